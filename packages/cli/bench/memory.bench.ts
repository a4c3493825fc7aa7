/**
 * Memory of the built `romsk` command on large inputs, whole process:
 * `validate --format json` on 2M invalid NDJSON lines (every line a
 * problem, written as it is found) and `report` on ~300 MB of annual
 * reports (folded into one running aggregate, so memory grows with actors
 * and years, not with the input). Each row is the peak resident memory of
 * the process (`maxRSS`), median and min–max of its rounds, against the
 * target of 200 MB (scripts/bench/kit.ts). The inputs are generated in a
 * temporary directory and removed after. Run with `pnpm bench cli` after
 * `pnpm build`.
 */
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { peakMemory } from "../../../scripts/bench/kit.js";

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

try {
  const invalid = join(dir, "invalid.ndjson");
  // Every line is an invalid observation (gender "X"): 2,000,000 problems.
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
  const invalidMb = statSync(invalid).size / 1e6;
  const reportsMb = statSync(reports).size / 1e6;
  console.log(`romsk on large inputs, peak resident memory of the whole process: ${invalidMb.toFixed(0)} MB of 2,000,000 invalid observations; ${reportsMb.toFixed(0)} MB of 10,000 annual reports`);
  peakMemory({
    group: "cli",
    row: "validate --format json, 2M invalid lines: peak memory",
    args: [BIN, "validate", "observation", invalid, "--format", "json"],
    expectStatus: 1,
    targetMb: TARGET_MB,
    rounds: ROUNDS,
    note: `${invalidMb.toFixed(0)} MB input, one NDJSON problem line per record as found`,
  });
  peakMemory({
    group: "cli",
    row: "report, ~300 MB of annual reports: peak memory",
    args: [BIN, "report", reports, "--year", "2017", "--as-of", "2018-05-02", "--format", "json"],
    expectStatus: 0,
    targetMb: TARGET_MB,
    rounds: ROUNDS,
    note: `${reportsMb.toFixed(0)} MB input, 10,000 actors × 1 year`,
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
