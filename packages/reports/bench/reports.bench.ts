/**
 * Aggregation speed and memory.
 *
 * 1. `summarize` over 8 chunks of 1 000 000 observations and `mergeAll` of
 *    the partials, against a hand-written single pass over the same array
 *    that computes the same statistics (count, missing, exact sum in whole
 *    units and millionths, min, max, per indicator, year, place level,
 *    gender and group, plus the group averages by actor type) into a Map.
 *    Both results are compared for equality. A naive pass with a plain
 *    floating-point sum is printed for reference. Median of several runs.
 * 2. `summarize` over 10 000 000 observations produced lazily by a
 *    generator (never materialised), with heapUsed sampled every 50 000
 *    observations; the peak is printed (target: under 100 MB), with the same
 *    for 1 000 000 to show that memory does not grow with the input. The
 *    peak includes the stream's own short-lived objects not yet collected;
 *    what is retained after a collection is the aggregate.
 *
 * Prints figures and ratios; asserts nothing about timing.
 */
import type { Gender, Observation, Place } from "@romsk-inkludering/model";
import { mergeAll, summarize, type ActorTypes, type Aggregate } from "../src/index.js";

const exposedGc = (globalThis as { gc?: () => void }).gc;
if (exposedGc === undefined) throw new Error("run with node --expose-gc (pnpm bench reports does)");
const gc: () => void = exposedGc;

// ---------------------------------------------------------------------------
// Data: 5 Kolada KPIs, 290 municipalities, 21 regions and the country,
// 2010–2024, genders T/K/M, values with one decimal, 3% nulls.

const COUNTIES = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"];
const MUNICIPALITY_CODES = Array.from({ length: 290 }, (_, i) => `${COUNTIES[i % COUNTIES.length]}${String(10 + Math.floor(i / COUNTIES.length)).padStart(2, "0")}`);
const PLACES: Place[] = [
  ...MUNICIPALITY_CODES.map((code): Place => ({ level: "municipality", code })),
  ...COUNTIES.map((code): Place => ({ level: "county", code })),
  { level: "country" },
];
const INDICATORS = ["n15428", "n15507", "n00914", "n03926", "n31807"];
const GENDERS: Gender[] = ["T", "K", "M"];

/** Pilot, development and network municipalities, as an SDK would pass them (60 of the 290). */
const actorTypes: ActorTypes = Object.fromEntries(
  MUNICIPALITY_CODES.slice(0, 60).map((code, i) => [
    `municipality-${code}`,
    i < 5 ? (["pilot", "network-member"] as const) : i < 10 ? (["development-municipality", "network-member"] as const) : (["network-member"] as const),
  ]),
);

function observationAt(i: number): Observation {
  // A small multiplicative hash: deterministic, spread over places, years and values.
  const h = Math.imul(i ^ (i >>> 13), 0x5bd1e995) >>> 0;
  const place = PLACES[h % PLACES.length] as Place;
  const value = h % 33 === 0 ? null : ((h >>> 8) % 1000) / 10;
  return {
    indicatorId: INDICATORS[i % INDICATORS.length] as string,
    place,
    year: 2010 + ((h >>> 4) % 15),
    gender: GENDERS[(h >>> 2) % 3] as Gender,
    value,
  };
}

function* stream(n: number, sample?: (i: number) => void): Generator<Observation> {
  for (let i = 0; i < n; i++) {
    if (sample !== undefined && i % 50_000 === 0) sample(i);
    yield observationAt(i);
  }
}

// ---------------------------------------------------------------------------
// The hand-written loop.

interface HandStats {
  n: number;
  missing: number;
  whole: number;
  micro: number;
  min: number;
  max: number;
}

function handLoop(rows: readonly Observation[], types: ActorTypes): { indicators: Map<string, HandStats>; groups: Map<string, HandStats> } {
  const indicators = new Map<string, HandStats>();
  const groups = new Map<string, HandStats>();
  const typeOf = new Map<string, readonly string[]>();
  for (const o of rows) {
    const group = o.group ?? "none";
    const key = `${o.indicatorId}|${o.year}|${o.place.level}|${o.gender}|${group}`;
    let s = indicators.get(key);
    if (s === undefined) {
      s = { n: 0, missing: 0, whole: 0, micro: 0, min: Infinity, max: -Infinity };
      indicators.set(key, s);
    }
    const v = o.value;
    let whole = 0;
    let micro = 0;
    if (v === null) s.missing += 1;
    else {
      whole = Math.trunc(v);
      micro = Math.round((v - whole) * 1_000_000);
      s.n += 1;
      s.whole += whole;
      s.micro += micro;
      if (v < s.min) s.min = v;
      if (v > s.max) s.max = v;
    }
    if (o.place.level === "municipality") {
      let ts = typeOf.get(o.place.code);
      if (ts === undefined) {
        ts = [...(types[`municipality-${o.place.code}`] ?? [])].sort();
        typeOf.set(o.place.code, ts);
      }
      for (const t of ts) {
        const gKey = `${o.indicatorId}|${o.year}|${o.gender}|${group}|${t}`;
        let g = groups.get(gKey);
        if (g === undefined) {
          g = { n: 0, missing: 0, whole: 0, micro: 0, min: Infinity, max: -Infinity };
          groups.set(gKey, g);
        }
        if (v === null) g.missing += 1;
        else {
          g.n += 1;
          g.whole += whole;
          g.micro += micro;
          if (v < g.min) g.min = v;
          if (v > g.max) g.max = v;
        }
      }
    }
  }
  return { indicators, groups };
}

function naiveLoop(rows: readonly Observation[]): Map<string, { n: number; sum: number }> {
  const out = new Map<string, { n: number; sum: number }>();
  for (const o of rows) {
    const key = `${o.indicatorId}|${o.year}|${o.place.level}|${o.gender}|${o.group ?? "none"}`;
    let s = out.get(key);
    if (s === undefined) {
      s = { n: 0, sum: 0 };
      out.set(key, s);
    }
    if (o.value !== null) {
      s.n += 1;
      s.sum += o.value;
    }
  }
  return out;
}

function sameAsHand(agg: Aggregate, hand: ReturnType<typeof handLoop>): boolean {
  const plain = (m: Map<string, HandStats>) =>
    Object.fromEntries(
      [...m.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, s]) => [k, { n: s.n, missing: s.missing, sum: { whole: s.whole, micro: s.micro }, min: s.n === 0 ? null : s.min, max: s.n === 0 ? null : s.max }]),
    );
  return JSON.stringify(agg.indicators) === JSON.stringify(plain(hand.indicators)) && JSON.stringify(agg.groups) === JSON.stringify(plain(hand.groups));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const out = fn();
  return [performance.now() - t0, out];
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number): string => `${x.toFixed(1)} ms`;

// ---------------------------------------------------------------------------
// 1. One million observations.

const N = 1_000_000;
const CHUNKS = 8;
const rows = Array.from({ length: N }, (_, i) => observationAt(i));
const chunkSize = Math.ceil(N / CHUNKS);
const chunks = Array.from({ length: CHUNKS }, (_, k) => rows.slice(k * chunkSize, (k + 1) * chunkSize));

const RUNS = 7;
const route = {
  summarizeMerge: () => mergeAll(chunks.map((c) => summarize(c, { actorTypes }))),
  summarizeWhole: () => summarize(rows, { actorTypes }),
  hand: () => handLoop(rows, actorTypes),
  naive: () => naiveLoop(rows),
};
const timings: Record<keyof typeof route, number[]> = { summarizeMerge: [], summarizeWhole: [], hand: [], naive: [] };
for (let run = 0; run < RUNS + 2; run++) {
  // Alternate the routes so that none always runs on a warmer or colder heap.
  for (const name of Object.keys(route) as (keyof typeof route)[]) {
    gc();
    const fn: () => unknown = route[name];
    const [t] = time(fn);
    if (run >= 2) timings[name].push(t);
  }
}

const merged = route.summarizeMerge();
const hand = route.hand();
const medians = {
  summarizeMerge: median(timings.summarizeMerge),
  summarizeWhole: median(timings.summarizeWhole),
  hand: median(timings.hand),
  naive: median(timings.naive),
};
console.log(`1 000 000 observations, ${Object.keys(merged.indicators).length} indicator groups, ${Object.keys(merged.groups).length} actor-type groups; median of ${RUNS} runs`);
console.table({
  [`summarize ${CHUNKS} chunks + mergeAll`]: { median: ms(medians.summarizeMerge), "ratio to hand loop": (medians.summarizeMerge / medians.hand).toFixed(2) },
  "summarize (one pass)": { median: ms(medians.summarizeWhole), "ratio to hand loop": (medians.summarizeWhole / medians.hand).toFixed(2) },
  "hand-written loop (same statistics)": { median: ms(medians.hand), "ratio to hand loop": "1.00" },
  "naive loop (count and float sum only)": { median: ms(medians.naive), "ratio to hand loop": (medians.naive / medians.hand).toFixed(2) },
});
console.log(`same statistics as the hand-written loop: ${sameAsHand(merged, hand) ? "yes" : "NO"}`);
console.log(`summarize + merge / hand loop: ${(medians.summarizeMerge / medians.hand).toFixed(2)}x (target: within 2x)`);

// ---------------------------------------------------------------------------
// 2. Streams of 1 000 000 and 10 000 000 observations, never materialised.

rows.length = 0;
for (const c of chunks) c.length = 0;

function streamed(n: number): { peak: number; base: number; retained: number; elapsed: number; agg: Aggregate } {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sample = (): void => {
    const used = process.memoryUsage().heapUsed;
    if (used > peak) peak = used;
  };
  const [elapsed, agg] = time(() => summarize(stream(n, sample), { actorTypes }));
  sample();
  gc();
  // What stays once the garbage of the stream is collected: the aggregate itself.
  const retained = process.memoryUsage().heapUsed - base;
  return { peak, base, retained, elapsed, agg };
}

for (const n of [1_000_000, 10_000_000]) {
  const r = streamed(n);
  const count = Object.values(r.agg.indicators).reduce((s, x) => s + x.n + x.missing, 0);
  console.log(
    `stream of ${n.toLocaleString("en")} observations (${count.toLocaleString("en")} summarized): ${ms(r.elapsed)}, heapUsed before ${mb(r.base)}, peak ${mb(r.peak)} (+${mb(r.peak - r.base)}), retained after gc ${mb(r.retained)}${n === 10_000_000 ? `; target under 100 MB: ${r.peak < 100 * 1024 * 1024 ? "yes" : "NO"}` : ""}`,
  );
}
