/**
 * The benchmark kit: measures a subject against a baseline (or against a
 * fixed bound) in interleaved rounds of CPU time, and prints each row with
 * its median, the spread of its rounds (min / median / max), the target and
 * PASS or MISS. `scripts/bench.mjs` collects the rows of every benchmark
 * (through the file named by BENCH_RESULTS) and prints them together.
 *
 * CPU time (user + system of this process, `process.cpuUsage`) rather than
 * wall time: on a shared machine another process's load stretches the wall
 * clock of both sides unevenly, much less their CPU time. The two sides of a
 * ratio alternate within every round (which goes first alternates too), so a
 * drift in the machine's speed falls on both.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Row {
  readonly group: string;
  readonly row: string;
  /** "ratio" (subject ÷ baseline), "ms" (CPU milliseconds per run) or "MB" (peak resident memory of a process, megabytes). */
  readonly unit: "ratio" | "ms" | "MB";
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly rounds: number;
  /** The bound the median must not exceed. */
  readonly target: number;
  readonly pass: boolean;
  readonly note?: string;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** CPU microseconds (user + system) of this process so far. */
export function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/** CPU microseconds per call of `fn`, calling it until at least `ms` of CPU time have passed (at least once). */
export function cpuPerCall(fn: () => unknown, ms: number): number {
  let calls = 0;
  const start = cpuMicros();
  let spent = 0;
  do {
    fn();
    calls += 1;
    spent = cpuMicros() - start;
  } while (spent < ms * 1000);
  return spent / calls;
}

function finish(row: Omit<Row, "pass">): Row {
  const done: Row = { ...row, pass: row.median <= row.target };
  const file = process.env["BENCH_RESULTS"];
  if (file !== undefined && file !== "") appendFileSync(file, `${JSON.stringify(done)}\n`);
  console.log(formatRow(done));
  return done;
}

/** A figure of a row as printed and quoted: a ratio with two decimals and ×, megabytes whole, milliseconds with one decimal. */
export const formatFigure = (unit: Row["unit"], x: number): string => (unit === "ratio" ? `${x.toFixed(2)}×` : unit === "MB" ? `${x.toFixed(0)} MB` : `${x.toFixed(1)} ms`);
const fmt = (row: Pick<Row, "unit">, x: number): string => formatFigure(row.unit, x);

/** One line: the row, its median, the spread, the target and the verdict. */
export function formatRow(row: Row): string {
  return `${row.pass ? "PASS" : "MISS"}  ${row.group} | ${row.row}: ${fmt(row, row.median)} (min ${fmt(row, row.min)}, max ${fmt(row, row.max)}, ${row.rounds} rounds); target ≤ ${fmt(row, row.target)}${row.note === undefined ? "" : `; ${row.note}`}`;
}

export interface CompareOptions {
  readonly group: string;
  readonly row: string;
  /** What is measured. */
  readonly subject: () => unknown;
  /** What it is measured against. */
  readonly baseline: () => unknown;
  /** The largest acceptable median of subject ÷ baseline. */
  readonly target: number;
  /** Interleaved rounds (at least 5). */
  readonly rounds?: number;
  /** CPU milliseconds per side and round. */
  readonly roundMs?: number;
  /** Slices per round in which the sides alternate (default 20; 1 for calls that take long). */
  readonly slices?: number;
  readonly note?: string;
}

/** The ratio subject ÷ baseline of CPU time per call, over interleaved rounds. */
export function compare(options: CompareOptions): Row {
  const rounds = Math.max(5, options.rounds ?? 9);
  const ms = options.roundMs ?? 150;
  // Warm-up: both sides compiled and their caches filled before the first round.
  // The clock (a system call) is read once per batch of calls, a batch
  // lasting about 0.2 ms, so reading it costs neither side a noticeable
  // share: read after every call of a few microseconds, it took a quarter of
  // the CPU time and drowned the difference being measured.
  const batchOf = (micros: number): number => Math.max(1, Math.floor(200 / Math.max(micros, 1e-3)));
  const batch = {
    baseline: batchOf(cpuPerCall(options.baseline, ms / 2)),
    subject: batchOf(cpuPerCall(options.subject, ms / 2)),
  };
  // Each round alternates the two sides in short slices and sums each
  // side's CPU time and calls, so a change in the machine's speed within
  // the round falls on both sides alike.
  const slices = Math.max(1, options.slices ?? 20);
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const sides = { subject: { cpu: 0, calls: 0 }, baseline: { cpu: 0, calls: 0 } };
    for (let k = 0; k < slices; k += 1) {
      const order = (r + k) % 2 === 0 ? (["baseline", "subject"] as const) : (["subject", "baseline"] as const);
      for (const side of order) {
        const fn = side === "subject" ? options.subject : options.baseline;
        const n = batch[side];
        const start = cpuMicros();
        let calls = 0;
        do {
          for (let i = 0; i < n; i += 1) fn();
          calls += n;
        } while (cpuMicros() - start < (ms * 1000) / slices);
        sides[side].cpu += cpuMicros() - start;
        sides[side].calls += calls;
      }
    }
    ratios.push(sides.subject.cpu / sides.subject.calls / (sides.baseline.cpu / sides.baseline.calls));
  }
  return finish({
    group: options.group,
    row: options.row,
    unit: "ratio",
    min: Math.min(...ratios),
    median: median(ratios),
    max: Math.max(...ratios),
    rounds,
    target: options.target,
    ...(options.note === undefined ? {} : { note: options.note }),
  });
}

/** CPU milliseconds per call of `fn` over rounds, against a bound. */
export function bound(options: { group: string; row: string; fn: () => unknown; targetMs: number; rounds?: number; roundMs?: number; note?: string }): Row {
  const rounds = Math.max(5, options.rounds ?? 7);
  cpuPerCall(options.fn, options.roundMs ?? 200);
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) times.push(cpuPerCall(options.fn, options.roundMs ?? 200) / 1000);
  return finish({
    group: options.group,
    row: options.row,
    unit: "ms",
    min: Math.min(...times),
    median: median(times),
    max: Math.max(...times),
    rounds,
    target: options.targetMs,
    ...(options.note === undefined ? {} : { note: options.note }),
  });
}

/**
 * The peak resident memory (MB) of `node <args>` run to the end, whole
 * process, as the child itself counted it (`process.resourceUsage().maxRSS`
 * on exit); `expectStatus` guards against measuring a run that failed.
 */
export function childPeakMb(args: readonly string[], options: { expectStatus?: number } = {}): number {
  const hook = `data:text/javascript,process.on("exit",()=>process.stderr.write("bench_maxrss_kb="+process.resourceUsage().maxRSS+"\\n"))`;
  const r = spawnSync(process.execPath, ["--import", hook, ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const match = /bench_maxrss_kb=(\d+)/.exec(r.stderr ?? "");
  if (match === null || (options.expectStatus !== undefined && r.status !== options.expectStatus)) {
    throw new Error(`node ${args.join(" ")}: exit ${r.status}: ${(r.stderr ?? "").slice(0, 2000)}`);
  }
  return Number(match[1]) / 1024;
}

/** The peak memory of a command over rounds (one process per round), against a bound in MB. */
export function peakMemory(options: { group: string; row: string; args: readonly string[]; expectStatus?: number; targetMb: number; rounds?: number; note?: string }): Row {
  const rounds = Math.max(3, options.rounds ?? 3);
  const mb: number[] = [];
  for (let r = 0; r < rounds; r += 1) mb.push(childPeakMb(options.args, options.expectStatus === undefined ? {} : { expectStatus: options.expectStatus }));
  return finish({
    group: options.group,
    row: options.row,
    unit: "MB",
    min: Math.min(...mb),
    median: median(mb),
    max: Math.max(...mb),
    rounds,
    target: options.targetMb,
    ...(options.note === undefined ? {} : { note: options.note }),
  });
}

const HOOK = fileURLToPath(new URL("./cpu-hook.cjs", import.meta.url));

/** Runs `node <args>` to the end and returns its CPU milliseconds (start-up included), as the child itself counted them. */
export function childCpuMs(args: readonly string[], options: { expectStatus?: number } = {}): number {
  const r = spawnSync(process.execPath, ["-r", HOOK, ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const match = /bench_cpu_us=(\d+)/.exec(r.stderr ?? "");
  if (match === null || (options.expectStatus !== undefined && r.status !== options.expectStatus)) {
    throw new Error(`node ${args.join(" ")}: exit ${r.status}: ${(r.stderr ?? "").slice(0, 2000)}`);
  }
  return Number(match[1]) / 1000;
}

/** The ratio of two commands' CPU time (subject ÷ baseline), run in turn: a pair per round. */
export function compareProcesses(options: {
  group: string;
  row: string;
  subject: readonly string[];
  baseline: readonly string[];
  target: number;
  rounds?: number;
  note?: string;
}): Row {
  const rounds = Math.max(5, options.rounds ?? 7);
  childCpuMs(options.baseline);
  childCpuMs(options.subject);
  const ratios: number[] = [];
  const subjectMs: number[] = [];
  const baselineMs: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    let s: number;
    let base: number;
    if (r % 2 === 0) {
      base = childCpuMs(options.baseline);
      s = childCpuMs(options.subject);
    } else {
      s = childCpuMs(options.subject);
      base = childCpuMs(options.baseline);
    }
    subjectMs.push(s);
    baselineMs.push(base);
    ratios.push(s / base);
  }
  const note = `CPU ${median(subjectMs).toFixed(0)} ms vs ${median(baselineMs).toFixed(0)} ms (medians)${options.note === undefined ? "" : `; ${options.note}`}`;
  return finish({
    group: options.group,
    row: options.row,
    unit: "ratio",
    min: Math.min(...ratios),
    median: median(ratios),
    max: Math.max(...ratios),
    rounds,
    target: options.target,
    note,
  });
}
