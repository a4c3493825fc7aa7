#!/usr/bin/env node
// Runs the benchmarks (packages/*/bench/*.bench.ts), each in its own
// process so that heap figures are not polluted by other benchmarks, then
// prints every row that says yes or no (scripts/bench/kit.ts): the measured
// median, the spread of its interleaved rounds, the target and PASS/MISS.
//
//   pnpm bench              every benchmark
//   pnpm bench model cli    only those whose path contains a name (a group:
//                           calendar, model, rules, reports, sdk, cli, or a file name)
//   pnpm bench --record     every benchmark (or those named) three times in a
//                           row, each run's rows written to bench/results.json,
//                           the record the READMEs' performance tables are
//                           rendered from (scripts/readme-numbers.ts --write)
//                           and checked against. The benchmarks with verdict
//                           rows: pnpm bench --record ndjson model rules sdk
//                           (calendar, reports and the cli's memory print
//                           figures only, and calendar takes minutes)
//
// Exit status 1 when a row misses its target or a benchmark fails. Needs
// `pnpm build` first: the CLI rows run the built `romsk`, the others import
// the built packages (tsx is given scripts/bench/tsconfig.json, which has no
// paths to the sources). Benchmarks never run inside `pnpm test`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const record = process.argv.includes("--record");
const only = process.argv.slice(2).filter((a) => a !== "--record");
const RUNS = record ? 3 : 1;
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
/** One run of every selected benchmark: its rows, and the files that failed to run. */
function runOnce(label) {
  const dir = mkdtempSync(join(tmpdir(), "romsk-bench-results-"));
  const results = join(dir, "rows.ndjson");
  const failed = [];
  const load = loadavg().map((x) => Math.round(x * 10) / 10);
  const started = new Date().toISOString();
  for (const file of files) {
    console.log(`\n== ${label}${file}`);
    const run = spawnSync(
      process.execPath,
      ["--expose-gc", "--max-old-space-size=4096", "--import", "tsx", file],
      // The benchmarks' own tsconfig (no paths): the packages resolve to their built dist.
      { stdio: "inherit", env: { ...process.env, BENCH_RESULTS: results, TSX_TSCONFIG_PATH: join("scripts", "bench", "tsconfig.json") } },
    );
    if (run.status !== 0) failed.push(file);
  }
  const rows = existsSync(results)
    ? readFileSync(results, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l))
    : [];
  rmSync(dir, { recursive: true, force: true });
  return { started, load, rows, failed };
}

const fmt = (row, x) => (row.unit === "ratio" ? `${x.toFixed(2)}×` : row.unit === "MB" ? `${x.toFixed(0)} MB` : `${x.toFixed(1)} ms`);
function summary(run, label) {
  const { rows, failed } = run;
  if (rows.length > 0) {
    console.log(`\n${label}Summary: median of the rounds (min–max), target, verdict`);
    const width = Math.max(...rows.map((r) => `${r.group} | ${r.row}`.length));
    for (const r of rows) {
      console.log(
        `${`${r.group} | ${r.row}`.padEnd(width)}  ${fmt(r, r.median).padStart(9)}  (${fmt(r, r.min)}–${fmt(r, r.max)}, ${r.rounds} rounds)  target ≤ ${fmt(r, r.target)}  ${r.pass ? "PASS" : "MISS"}`,
      );
    }
  }
  const missed = rows.filter((r) => !r.pass).length;
  console.log(`\n${label}${rows.length - missed} of ${rows.length} rows PASS${missed > 0 ? `, ${missed} MISS` : ""}${failed.length > 0 ? `; failed to run: ${failed.join(", ")}` : ""}`);
  return missed > 0 || failed.length > 0;
}

/** Writes the record of the runs so far (after each run, so an interrupted recording keeps what it measured). */
function writeRecord(runs) {
  mkdirSync("bench", { recursive: true });
  const out = {
    about:
      "Rows of three runs of `pnpm bench` in a row (pnpm bench --record): CPU time, interleaved rounds, each row's median, min and max over its rounds, target and verdict. The READMEs' performance tables are rendered from this file (scripts/readme-numbers.ts).",
    machine: { cpus: cpus().length, node: process.version },
    files,
    runs: runs.map((r) => ({ started: r.started, loadAverage: r.load, failed: r.failed, rows: r.rows })),
  };
  writeFileSync(join("bench", "results.json"), `${JSON.stringify(out, null, 2)}\n`);
}

const runs = [];
let bad = false;
for (let i = 0; i < RUNS; i += 1) {
  const label = RUNS > 1 ? `run ${i + 1} of ${RUNS}: ` : "";
  const run = runOnce(label);
  runs.push(run);
  if (summary(run, label)) bad = true;
  if (record) writeRecord(runs);
}
if (record) console.log(`\nrecorded ${runs.length} runs in bench/results.json`);
process.exit(bad ? 1 : 0);
