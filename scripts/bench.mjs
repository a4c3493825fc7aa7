#!/usr/bin/env node
// Runs the benchmarks (packages/*/bench/*.bench.ts), each in its own
// process so that heap figures are not polluted by other benchmarks, then
// prints every row that says yes or no (scripts/bench/kit.ts): the measured
// median, the spread of its interleaved rounds, the target and PASS/MISS.
//
//   pnpm bench              every benchmark
//   pnpm bench model cli    only those whose path contains a name (a group:
//                           calendar, model, rules, reports, sdk, cli, or a file name)
//
// Exit status 1 when a row misses its target or a benchmark fails. Needs
// `pnpm build` first (the CLI rows run the built `romsk`; others import the
// built packages). Benchmarks never run inside `pnpm test`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const only = process.argv.slice(2);
const files = readdirSync("packages")
  .flatMap((pkg) => {
    const dir = join("packages", pkg, "bench");
    return existsSync(dir)
      ? readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).map((f) => join(dir, f))
      : [];
  })
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

if (files.length === 0) {
  console.log(`no benchmarks found${only.length > 0 ? ` for ${only.join(", ")}` : ""}`);
  process.exit(only.length > 0 ? 1 : 0);
}
const dir = mkdtempSync(join(tmpdir(), "romsk-bench-results-"));
const results = join(dir, "rows.ndjson");
const failed = [];
for (const file of files) {
  console.log(`\n== ${file}`);
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=4096", "--import", "tsx", file],
    { stdio: "inherit", env: { ...process.env, BENCH_RESULTS: results } },
  );
  if (run.status !== 0) failed.push(file);
}
const rows = existsSync(results)
  ? readFileSync(results, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l))
  : [];
rmSync(dir, { recursive: true, force: true });

const fmt = (row, x) => (row.unit === "ratio" ? `${x.toFixed(2)}×` : row.unit === "MB" ? `${x.toFixed(0)} MB` : `${x.toFixed(1)} ms`);
if (rows.length > 0) {
  console.log("\nSummary: median of the rounds (min–max), target, verdict");
  const width = Math.max(...rows.map((r) => `${r.group} | ${r.row}`.length));
  for (const r of rows) {
    console.log(
      `${`${r.group} | ${r.row}`.padEnd(width)}  ${fmt(r, r.median).padStart(9)}  (${fmt(r, r.min)}–${fmt(r, r.max)}, ${r.rounds} rounds)  target ≤ ${fmt(r, r.target)}  ${r.pass ? "PASS" : "MISS"}`,
    );
  }
}
const missed = rows.filter((r) => !r.pass).length;
console.log(`\n${rows.length - missed} of ${rows.length} rows PASS${missed > 0 ? `, ${missed} MISS` : ""}${failed.length > 0 ? `; failed to run: ${failed.join(", ")}` : ""}`);
process.exit(missed > 0 || failed.length > 0 ? 1 : 0);
