/**
 * Memory of the built `romsk` command on large inputs, whole process:
 * `validate --format json` on 2M invalid NDJSON lines (every line a
 * problem, written as it is found) and `report` on ~300 MB of annual
 * reports (folded into one running aggregate). Prints each run's peak
 * resident memory (min / median / max of the rounds) beside its target.
 * The inputs are generated in a temporary directory and removed after.
 * Run with `pnpm bench cli` after `pnpm build`.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
if (!existsSync(BIN)) throw new Error("run `pnpm build` first");
const dir = mkdtempSync(join(tmpdir(), "romsk-memory-"));
const ROUNDS = 3;
const TARGET_MB = 200;

async function writeLines(path: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i += 1) if (!out.write(`${line(i)}\n`)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

// Prints the child's peak RSS on exit, to stderr.
const RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss_kb="+process.resourceUsage().maxRSS+"\\n"))`;

function peaks(label: string, args: readonly string[], expectedExit: number): void {
  const mb: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const r = spawnSync(process.execPath, ["--import", RSS, BIN, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== expectedExit) throw new Error(`${label}: exit ${r.status}, expected ${expectedExit}: ${r.stderr.slice(0, 500)}`);
    mb.push(Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024);
  }
  mb.sort((a, b) => a - b);
  const [min = 0, median = 0, max = 0] = [mb[0], mb[Math.floor(mb.length / 2)], mb[mb.length - 1]];
  const verdict = max < TARGET_MB ? "meets" : "MISSES";
  console.log(`${label.padEnd(44)} peak RSS ${min.toFixed(0)} / ${median.toFixed(0)} / ${max.toFixed(0)} MB (min / median / max of ${ROUNDS})  target < ${TARGET_MB} MB: ${verdict}`);
}

const invalid = join(dir, "invalid.ndjson");
await writeLines(invalid, 2_000_000, (i) => `{"indicatorId":"n03926","place":{"level":"municipality","code":"1283"},"year":${2000 + (i % 20)},"gender":"X","value":${i % 97}}`);

const gavle = JSON.parse(readFileSync(fileURLToPath(new URL("../../../examples/data/annual-reports-2017.ndjson", import.meta.url)), "utf8").split("\n")[0] ?? "{}") as { activities: Record<string, unknown>[] } & Record<string, unknown>;
const activity = gavle.activities[0] ?? {};
const reports = join(dir, "reports.ndjson");
// 10,000 actors' reports for 2017, each with 90 activities: about 300 MB.
await writeLines(reports, 10_000, (i) =>
  JSON.stringify({
    ...gavle,
    id: `report-${i}-2017`,
    actorId: `municipality-bench-${i}`,
    activities: Array.from({ length: 90 }, (_, k) => ({ ...activity, id: `activity-${i}-${k}`, actorId: `municipality-bench-${i}` })),
  }),
);

console.log("romsk on large inputs: peak resident memory of the whole process");
console.log(`  inputs: ${(statSync(invalid).size / 1e6).toFixed(0)} MB of 2,000,000 invalid observations; ${(statSync(reports).size / 1e6).toFixed(0)} MB of 10,000 annual reports`);
peaks("validate --format json, 2M invalid lines", ["validate", "observation", invalid, "--format", "json"], 1);
peaks("report, ~300 MB of annual reports", ["report", reports, "--year", "2017", "--as-of", "2018-05-02", "--format", "json"], 0);
rmSync(dir, { recursive: true, force: true });
