/**
 * NDJSON validation through the built `romsk` command: throughput (MB/s,
 * records/s) and the process's peak resident memory, for 1M small
 * observations and 20k annual reports. Prints figures; asserts nothing.
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
const dir = mkdtempSync(join(tmpdir(), "romsk-bench-"));

async function writeLines(path: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i += 1) if (!out.write(`${line(i)}\n`)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

const gavle = JSON.parse(readFileSync(fileURLToPath(new URL("../../../examples/data/annual-reports-2017.ndjson", import.meta.url)), "utf8").split("\n")[0] ?? "{}") as Record<string, unknown>;
const observations = join(dir, "observations.ndjson");
const reports = join(dir, "reports.ndjson");
await writeLines(observations, 1_000_000, (i) => `{"indicatorId":"n03926","place":{"level":"municipality","code":"1283"},"year":${2000 + (i % 20)},"gender":"T","value":${(i % 97) / 10}}`);
await writeLines(reports, 20_000, (i) => JSON.stringify({ ...gavle, id: `report-${i}` }));

// Prints the child's peak RSS on exit, to stderr.
const RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss_kb="+process.resourceUsage().maxRSS+"\\n"))`;

function measure(label: string, kind: string, path: string, records: number): void {
  const runs: { seconds: number; rssMb: number }[] = [];
  for (let round = 0; round < 3; round += 1) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["--import", RSS, BIN, "validate", kind, path], { encoding: "utf8" });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.status !== 0) throw new Error(`${label}: exit ${r.status}: ${r.stderr}`);
    runs.push({ seconds, rssMb: Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 });
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  const median = runs[1] ?? runs[0]!;
  const mb = statSync(path).size / 1e6;
  console.log(
    `${label.padEnd(30)} ${mb.toFixed(0).padStart(4)} MB  ${(mb / median.seconds).toFixed(1).padStart(6)} MB/s  ${Math.round(records / median.seconds).toLocaleString("en").padStart(9)} records/s  peak RSS ${Math.max(...runs.map((x) => x.rssMb)).toFixed(0)} MB  (median of 3 runs, ${median.seconds.toFixed(2)} s)`,
  );
}

console.log("romsk validate on NDJSON (the whole process: start-up, reading, validation, output)");
measure("1M observations", "observation", observations, 1_000_000);
measure("20k annual reports", "annual-report", reports, 20_000);
rmSync(dir, { recursive: true, force: true });
