/**
 * isWorkday and statutoryDeadline over every day of 1900–2200, against the
 * same computation done with date-holidays (its isHoliday plus the weekday
 * and eve checks). Prints calls per second, ratios and heap use; asserts
 * nothing about timing.
 *
 * date-holidays does not model the law before 2005 (it never lists annandag
 * pingst as a public holiday), so the like-for-like comparison covers
 * 2005–2200. date-holidays recomputes a year's holidays on every isHoliday
 * call (about a millisecond or more per call), so its route runs one pass over
 * those days (the whole benchmark takes about three minutes); this package's
 * route runs many passes.
 */
import { PerformanceObserver } from "node:perf_hooks";
import Holidays from "date-holidays";
import { Bench } from "tinybench";
import { eachDay, isWorkday, statutoryDeadline } from "../src/index.js";

const exposedGc = (globalThis as { gc?: () => void }).gc;
if (exposedGc === undefined) throw new Error("run with node --expose-gc (pnpm bench calendar does)");
const gc: () => void = exposedGc;

const FULL = eachDay("1900-01-01", "2200-12-31");
const MODERN = eachDay("2005-01-01", "2200-12-31");
// Nyårsafton 2200 has no next workday inside the supported range (it throws),
// so the deadline passes stop at 2200-12-30.
const FULL_DEADLINES = FULL.slice(0, -1);
const MODERN_DEADLINES = MODERN.slice(0, -1);

// ---------------------------------------------------------------------------
// The date-holidays route.

const hd = new Holidays("SE");
const EVES = new Set(["midsommarafton", "julafton", "nyårsafton"]);
const DAY_MS = 86_400_000;

/** A vardag by date-holidays: Monday–Friday, no public holiday, not one of the §2 eves. */
function dhIsWorkday(date: string): boolean {
  // UTC only: the weekday of a calendar date, whatever the process time zone.
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  // date-holidays reads a date string in the country's time zone (Europe/Stockholm).
  const hits = hd.isHoliday(date);
  if (hits === false) return true;
  return !hits.some((h) => h.type === "public" || EVES.has(h.name));
}

function dhStatutoryDeadline(date: string): string {
  let ms = Date.parse(`${date}T00:00:00Z`);
  let day = date;
  while (!dhIsWorkday(day)) {
    ms += DAY_MS;
    day = new Date(ms).toISOString().slice(0, 10);
  }
  return day;
}

// ---------------------------------------------------------------------------
// One pass = one call per day. The same pass functions are timed and then
// used for the heap check, so the heap is measured on optimised code.

let sink = 0;

function passIsWorkday(days: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < days.length; i += 1) if (isWorkday(days[i] as string)) count += 1;
  return count;
}

function passStatutoryDeadline(days: readonly string[]): number {
  let length = 0;
  for (let i = 0; i < days.length; i += 1) length += statutoryDeadline(days[i] as string).length;
  return length;
}

// Heap: GCs are counted with a PerformanceObserver; a pass with no GC and no
// heap growth allocated nothing.
let gcCount = 0;
const observer = new PerformanceObserver((list) => {
  gcCount += list.getEntries().length;
});
observer.observe({ entryTypes: ["gc"] });
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

interface HeapRow {
  readonly pass: string;
  readonly calls: number;
  readonly before: string;
  readonly after: string;
  readonly "growth/call (bytes)": string;
  readonly "GCs during pass": number;
  readonly "after GC": string;
}

async function heapPass(name: string, days: readonly string[], pass: (days: readonly string[]) => number): Promise<HeapRow> {
  gc();
  await settle();
  gcCount = 0;
  const before = process.memoryUsage().heapUsed;
  sink += pass(days);
  const after = process.memoryUsage().heapUsed;
  await settle();
  const gcs = gcCount;
  gc();
  const afterGc = process.memoryUsage().heapUsed;
  return {
    pass: name,
    calls: days.length,
    before: mb(before),
    after: mb(after),
    "growth/call (bytes)": ((after - before) / days.length).toFixed(2),
    "GCs during pass": gcs,
    "after GC": mb(afterGc),
  };
}

// The first pass builds the per-year tables (and runs unoptimised code).
const heapRows: HeapRow[] = [await heapPass("isWorkday 1900–2200, first pass (builds the tables)", FULL, passIsWorkday)];

// ---------------------------------------------------------------------------
// Speed.

const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add("isWorkday 1900–2200", () => {
    sink += passIsWorkday(FULL);
  })
  .add("statutoryDeadline 1900–2200", () => {
    sink += passStatutoryDeadline(FULL_DEADLINES);
  })
  .add("isWorkday 2005–2200", () => {
    sink += passIsWorkday(MODERN);
  })
  .add("statutoryDeadline 2005–2200", () => {
    sink += passStatutoryDeadline(MODERN_DEADLINES);
  });
await bench.run();

// Heap passes on the warmed-up code.
heapRows.push(
  await heapPass("isWorkday 1900–2200, warm", FULL, passIsWorkday),
  await heapPass("statutoryDeadline 1900–2200, warm", FULL_DEADLINES, passStatutoryDeadline),
);

const passMs = (name: string): number => {
  const result = bench.tasks.find((t) => t.name === name)?.result;
  return result !== undefined && "latency" in result ? result.latency.mean : Number.NaN;
};

function onePass(days: readonly string[], fn: (d: string) => unknown): { ms: number; results: unknown[] } {
  const results: unknown[] = new Array(days.length);
  const start = performance.now();
  for (let i = 0; i < days.length; i += 1) results[i] = fn(days[i] as string);
  return { ms: performance.now() - start, results };
}

console.log(`date-holidays route: one pass over ${MODERN.length} days of 2005–2200 per function (this takes a few minutes)...`);
const dhWork = onePass(MODERN, dhIsWorkday);
const dhDeadline = onePass(MODERN_DEADLINES, dhStatutoryDeadline);

// The two routes must agree before their speeds are worth comparing.
const workdayMismatches = MODERN.filter((day, i) => isWorkday(day) !== dhWork.results[i]);
const deadlineMismatches = MODERN_DEADLINES.filter((day, i) => statutoryDeadline(day) !== dhDeadline.results[i]);

const perSecond = (calls: number, ms: number): number => calls / (ms / 1000);
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

const ours = {
  workFull: perSecond(FULL.length, passMs("isWorkday 1900–2200")),
  deadlineFull: perSecond(FULL_DEADLINES.length, passMs("statutoryDeadline 1900–2200")),
  workModern: perSecond(MODERN.length, passMs("isWorkday 2005–2200")),
  deadlineModern: perSecond(MODERN_DEADLINES.length, passMs("statutoryDeadline 2005–2200")),
};
const dh = {
  work: perSecond(MODERN.length, dhWork.ms),
  deadline: perSecond(MODERN_DEADLINES.length, dhDeadline.ms),
};

console.log("\nCalls per second (every day of the range, one call per day)");
console.table([
  { route: "@romsk-inkludering/calendar", function: "isWorkday", range: "1900–2200", days: FULL.length, "calls/s": fmt(ours.workFull) },
  { route: "@romsk-inkludering/calendar", function: "statutoryDeadline", range: "1900–2200", days: FULL_DEADLINES.length, "calls/s": fmt(ours.deadlineFull) },
  { route: "@romsk-inkludering/calendar", function: "isWorkday", range: "2005–2200", days: MODERN.length, "calls/s": fmt(ours.workModern) },
  { route: "@romsk-inkludering/calendar", function: "statutoryDeadline", range: "2005–2200", days: MODERN_DEADLINES.length, "calls/s": fmt(ours.deadlineModern) },
  { route: "date-holidays isHoliday + checks", function: "isWorkday", range: "2005–2200", days: MODERN.length, "calls/s": fmt(dh.work) },
  { route: "date-holidays isHoliday + checks", function: "statutoryDeadline", range: "2005–2200", days: MODERN_DEADLINES.length, "calls/s": fmt(dh.deadline) },
]);

console.log("Speed-up over the date-holidays route, 2005–2200 (target: at least 10x):");
console.log(`  isWorkday:          ${fmt(ours.workModern / dh.work)}x`);
console.log(`  statutoryDeadline:  ${fmt(ours.deadlineModern / dh.deadline)}x`);
console.log(
  `Agreement on 2005–2200: ${workdayMismatches.length} isWorkday and ${deadlineMismatches.length} statutoryDeadline differences` +
    (workdayMismatches.length + deadlineMismatches.length > 0
      ? ` (first: ${[...workdayMismatches, ...deadlineMismatches].slice(0, 5).join(", ")})`
      : ""),
);
console.log("1900–2004 is not compared: date-holidays does not list annandag pingst as a public holiday before 2005.");

console.log("\nHeap (process.memoryUsage().heapUsed; the per-year tables are built on first use and kept):");
console.table(heapRows);
const moved = FULL_DEADLINES.filter((day) => statutoryDeadline(day) !== day).length;
const deadlineRow = heapRows[2];
const growth = deadlineRow === undefined ? Number.NaN : Number(deadlineRow["growth/call (bytes)"]) * deadlineRow.calls;
console.log(
  `statutoryDeadline returns a workday as the same string and makes one new 10-character result string for each of ` +
    `the other ${moved} of ${FULL_DEADLINES.length} days (${((100 * moved) / FULL_DEADLINES.length).toFixed(1)}%): ` +
    `the warm pass grew the heap by ${fmt(growth)} bytes, ${(growth / moved).toFixed(1)} bytes per moved date ` +
    "(one short string each), and GC returns the heap to its level.",
);
observer.disconnect();
if (sink === -1) console.log(sink);
