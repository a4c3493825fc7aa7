// The main job (`pnpm demo`): the built `romsk` command over the example
// data set built from the seeds (examples/data): the catalog's deliverables
// 2012–2024, a compliance check of Länsstyrelsen i Stockholms län's 2012
// commission, the national report of 2017, and the progress of the EU
// framework's poverty-gap indicator, and last the 2017 report as one
// self-contained HTML page in Swedish (charts as SVG; the path is printed;
// `artifacts/` is not committed). Each command is printed
// before its output. Exit codes: `check` exits 1 because the data has
// failing findings (expected, and checked here); anything else but 0, or a
// crash, fails the demo. The build runs first and quietly: its output is
// shown only when it fails, so the first thing printed is a result.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { REPORT_2017_ARGS } from "./demo-report.mjs";

const bin = fileURLToPath(new URL("../packages/cli/dist/bin.js", import.meta.url));
const data = fileURLToPath(new URL("../examples/data/", import.meta.url));

const build = spawnSync("pnpm", ["build"], { cwd: fileURLToPath(new URL("../", import.meta.url)), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? "");
  process.stderr.write(build.stderr ?? "");
  console.error(`demo: the build failed (exit ${build.status ?? build.signal})`);
  process.exit(1);
}

function romsk(args, expected, stdout = "inherit") {
  console.log(`\n$ romsk ${args.join(" ")}${stdout === "inherit" ? "" : ` > ${stdout.shown}`}\n`);
  const out = stdout === "inherit" ? "inherit" : openSync(stdout.path, "w");
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: data, stdio: ["inherit", out, "inherit"] });
  if (out !== "inherit") closeSync(out);
  if (run.status !== expected) {
    console.error(`demo: romsk ${args[0]} exited ${run.status ?? run.signal}, expected ${expected}`);
    process.exit(1);
  }
}

romsk(["deadlines", "--from", "2012-01-01", "--to", "2024-12-31", "--as-of", "2026-11-23"], 0);
romsk(["deadline", "2012-09-01"], 0);
romsk(["validate", "compliance-input", "lansstyrelsen-stockholm-2012.json"], 0);
romsk(["check", "lansstyrelsen-stockholm-2012.json", "--as-of", "2016-01-01"], 1);
romsk(["validate", "annual-report", "annual-reports-2017.ndjson"], 0);
// The national report of 2017 as of 16 May 2018, the day the Board presented the year's work to the
// municipal network (seeds 002 and 003): from that day the network's members of 2017 are known.
romsk([...REPORT_2017_ARGS], 0);
romsk(["report", "observations-eu-poverty.ndjson", "--year", "2021", "--as-of", "2022-06-30"], 0);

const artifacts = fileURLToPath(new URL("../artifacts/", import.meta.url));
mkdirSync(artifacts, { recursive: true });
const html = { path: `${artifacts}national-report-2017.sv.html`, shown: "../../artifacts/national-report-2017.sv.html" };
// The same report as HTML; the README's screenshot (scripts/report-html.mjs) shows this page.
romsk([...REPORT_2017_ARGS, "--format", "html", "--lang", "sv"], 0, html);
console.log(`The national report of 2017 as HTML (${Math.round(statSync(html.path).size / 1024)} kB, open it in a browser or print it to A4): ${html.path}`);
