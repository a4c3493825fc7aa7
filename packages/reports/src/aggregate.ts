/**
 * Mergeable partial aggregates of annual reports and indicator
 * observations: `summarize` folds items into a plain-JSON partial,
 * `merge` combines two partials exactly, `emptyAggregate` is the identity.
 */
import type { ActivityKind, AnnualReport, Gender, MeetingKind, Observation, ParticipantRole, Place } from "@romsk-inkludering/model";
import type { ActorType, ActorTypes, AreaKey, OutputMetric, RomaGroupKey, TypeKey, YouthKey } from "./labels.js";

/**
 * The format tag of an {@link Aggregate} (changes only if the shape does).
 *
 * @category Reports
 * @example
 * ```ts
 * import { AGGREGATE_FORMAT, emptyAggregate } from "@romsk-inkludering/reports";
 * emptyAggregate().format === AGGREGATE_FORMAT;
 * // => true
 * ```
 */
export const AGGREGATE_FORMAT = "romsk-inkludering.reports.aggregate/1";

/**
 * An exact sum of decimal values: `whole + micro / 1 000 000`. Each value is
 * split into its integer part and its fraction in millionths; both parts are
 * summed as integers, so the sum does not depend on the order of the values
 * or on how they were split into chunks. Exact for values with at most six
 * decimals (more decimals are rounded to six in the sum; min and max keep
 * the values as given) while each part stays below 2^53 (about 9·10^15:
 * e.g. ten million values below 900 000 000 each).
 *
 * @category Indicators
 * @example
 * ```ts
 * import { summarize } from "@romsk-inkludering/reports";
 * const agg = summarize([
 *   { indicatorId: "n15428", place: { level: "country" }, year: 2019, gender: "T", value: 84.5 },
 *   { indicatorId: "n15428", place: { level: "country" }, year: 2019, gender: "T", value: 0.1 },
 * ]);
 * agg.indicators["n15428|2019|country|T|none"]?.sum;
 * // => {"whole":84,"micro":600000}
 * ```
 */
export interface ExactSum {
  /** The sum of the values' integer parts (truncated toward zero). */
  readonly whole: number;
  /** The sum of the values' fractions, in millionths. */
  readonly micro: number;
}

/**
 * Count, missing, exact sum, min and max of a set of indicator values. Null
 * (and non-finite) values are counted as missing, never as zero. The mean is
 * derived at the end ({@link statsMean}).
 *
 * @category Indicators
 * @example
 * ```ts
 * import { summarize } from "@romsk-inkludering/reports";
 * const agg = summarize([
 *   { indicatorId: "n00914", place: { level: "municipality", code: "2180" }, year: 2018, gender: "T", value: 76.8 },
 *   { indicatorId: "n00914", place: { level: "municipality", code: "0580" }, year: 2018, gender: "T", value: null },
 * ]);
 * agg.indicators["n00914|2018|municipality|T|none"];
 * // => {"n":1,"missing":1,"sum":{"whole":76,"micro":800000},"min":76.8,"max":76.8}
 * ```
 */
export interface ValueStats {
  /** Number of values that are numbers. */
  readonly n: number;
  /** Number of values that are null (or not finite). */
  readonly missing: number;
  readonly sum: ExactSum;
  /** Smallest value, null when `n` is 0. */
  readonly min: number | null;
  /** Largest value, null when `n` is 0. */
  readonly max: number | null;
}

/**
 * Participants of meetings by role, by Roma group and by youth; each
 * breakdown adds up to the same total.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ParticipantTotals } from "@romsk-inkludering/reports";
 * const p: ParticipantTotals = { byRole: { "roma-representative": 4 }, byRomaGroup: { "finnish-roma": 2, "swedish-roma": 2 }, byYouth: { unspecified: 4 } };
 * p.byRole["roma-representative"];
 * // => 4
 * ```
 */
export interface ParticipantTotals {
  readonly byRole: Readonly<Partial<Record<ParticipantRole, number>>>;
  readonly byRomaGroup: Readonly<Partial<Record<RomaGroupKey, number>>>;
  readonly byYouth: Readonly<Partial<Record<YouthKey, number>>>;
}

/**
 * What the annual reports of one year say for one area and actor type.
 * Counts of zero are left out of the records.
 *
 * @category Reports
 * @example
 * ```ts
 * import { summarize } from "@romsk-inkludering/reports";
 * const agg = summarize([{
 *   id: "municipality-2180-2017", year: 2017, actorId: "municipality-2180", reporterKind: "municipality",
 *   areas: ["health-social-care-safety"], consultations: [], observations: [], problems: [], proposals: [],
 *   activities: [{
 *     id: "health-inspirers-2017", actorId: "municipality-2180", areas: ["health-social-care-safety"], kind: "health-inspirers",
 *     title: "Romska hälsoinspiratörer", period: { from: "2017-01-01", to: "2017-12-31" },
 *     outputs: [{ metric: "people-reached", value: 1500, upTo: 2000, approximate: true }],
 *   }],
 * }], { actorTypes: { "municipality-2180": ["development-municipality"] } });
 * const cell = agg.cells["2017|health-social-care-safety|development-municipality"];
 * [cell?.actors, cell?.activities, cell?.outputs];
 * // => [["municipality-2180"],{"health-inspirers":1},{"people-reached":{"low":1500,"high":2000}}]
 * ```
 */
export interface ActivityCell {
  /**
   * Annual reports that cover the area (list it, or report an activity or
   * meeting in it); a report that covers no area counts under `unspecified`.
   */
  readonly reports: number;
  /** Active actors (with an activity or meeting in the area), sorted ids. */
  readonly actors: readonly string[];
  /** Activities by kind. */
  readonly activities: Readonly<Partial<Record<ActivityKind, number>>>;
  /** Outputs by metric: `low` sums `value`, `high` sums `upTo` (or `value` when there is no range). */
  readonly outputs: Readonly<Partial<Record<OutputMetric, { readonly low: number; readonly high: number }>>>;
  /** Funding of the activities, whole SEK. */
  readonly fundingSek: number;
  /** Meetings (the reports' consultation events) by kind. */
  readonly meetings: Readonly<Partial<Record<MeetingKind, number>>>;
  readonly participants: ParticipantTotals;
}

/**
 * The annual reports an actor handed in for a year: how many, the earliest
 * and latest `submittedOn` (null when no report gave a date), and the
 * reporter kinds.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { SubmissionCell } from "@romsk-inkludering/reports";
 * const s: SubmissionCell = { reports: 1, firstSubmittedOn: "2018-04-18", lastSubmittedOn: "2018-04-18", reporterKinds: ["municipality"] };
 * s.firstSubmittedOn;
 * // => "2018-04-18"
 * ```
 */
export interface SubmissionCell {
  readonly reports: number;
  readonly firstSubmittedOn: string | null;
  readonly lastSubmittedOn: string | null;
  readonly reporterKinds: readonly AnnualReport["reporterKind"][];
}

/**
 * A partial aggregate: plain JSON (it can cross a worker boundary or be
 * stored), with sorted keys, so that equal contents serialise to equal
 * strings. Keys join dimensions with `|`:
 *
 * - `cells`: `year|area|actorType` (area and type may be `all`; an activity
 *   in two areas counts in both areas and once in `all`; an actor with two
 *   types counts in both and once in `all`);
 * - `submissions`: `year|actorId`;
 * - `indicators`: `indicatorId|year|level|gender|group` (group `roma`,
 *   `general` or `none`), over all observations at that place level;
 * - `groups`: `indicatorId|year|gender|group|actorType`, over
 *   municipality-level observations of municipalities (actor id
 *   `municipality-<code>`) of that actor type: Kolada-style group averages.
 *
 * @category Reports
 * @example
 * ```ts
 * import { emptyAggregate } from "@romsk-inkludering/reports";
 * emptyAggregate();
 * // => {"format":"romsk-inkludering.reports.aggregate/1","cells":{},"submissions":{},"indicators":{},"groups":{}}
 * ```
 */
export interface Aggregate {
  readonly format: typeof AGGREGATE_FORMAT;
  readonly cells: Readonly<Record<string, ActivityCell>>;
  readonly submissions: Readonly<Record<string, SubmissionCell>>;
  readonly indicators: Readonly<Record<string, ValueStats>>;
  readonly groups: Readonly<Record<string, ValueStats>>;
}

/**
 * Options of {@link summarize}. Partials are only mergeable when they were
 * summarized with the same options.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { SummarizeOptions } from "@romsk-inkludering/reports";
 * const options: SummarizeOptions = { actorTypes: { "municipality-1283": ["pilot", "network-member"] } };
 * Object.keys(options.actorTypes ?? {});
 * // => ["municipality-1283"]
 * ```
 */
export interface SummarizeOptions {
  /** The types of each actor id; actors not listed (or with no types) count as `"other"`. */
  readonly actorTypes?: ActorTypes;
}

/**
 * What {@link summarize} folds: annual reports (with their activities,
 * consultations and observations) and loose observations.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { AggregateItem } from "@romsk-inkludering/reports";
 * const item: AggregateItem = { indicatorId: "n15428", place: { level: "municipality", code: "0580" }, year: 2019, gender: "T", value: 80.1 };
 * "indicatorId" in item;
 * // => true
 * ```
 */
export type AggregateItem = AnnualReport | Observation;

// ---------------------------------------------------------------------------
// Mutable accumulators (internal; converted to plain sorted JSON at the end).

interface MutStats {
  n: number;
  missing: number;
  whole: number;
  micro: number;
  min: number;
  max: number;
}

interface MutCell {
  reports: number;
  actors: Set<string>;
  activities: Map<string, number>;
  outputs: Map<string, { low: number; high: number }>;
  fundingSek: number;
  meetings: Map<string, number>;
  byRole: Map<string, number>;
  byRomaGroup: Map<string, number>;
  byYouth: Map<string, number>;
}

interface MutSubmission {
  reports: number;
  first: string | null;
  last: string | null;
  kinds: Set<string>;
}

const MICRO = 1_000_000;

function newStats(): MutStats {
  return { n: 0, missing: 0, whole: 0, micro: 0, min: Infinity, max: -Infinity };
}

function addValue(s: MutStats, value: number | null): void {
  if (value === null || !Number.isFinite(value)) {
    s.missing += 1;
    return;
  }
  const whole = Math.trunc(value);
  s.n += 1;
  s.whole += whole;
  // value - whole is exact in binary floating point; rounding to millionths
  // turns e.g. 0.29999999999999716 (from 45.3 - 45) into 300000.
  s.micro += Math.round((value - whole) * MICRO);
  if (value < s.min) s.min = value;
  if (value > s.max) s.max = value;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

class Accumulator {
  readonly cells = new Map<string, MutCell>();
  readonly submissions = new Map<string, MutSubmission>();
  readonly indicators = new Map<string, MutStats>();
  readonly groups = new Map<string, MutStats>();
  private readonly actorTypes: ActorTypes;
  private readonly typeCache = new Map<string, readonly TypeKey[]>();
  private readonly groupTypeCache = new Map<string, readonly ActorType[]>();

  constructor(options: SummarizeOptions) {
    this.actorTypes = options.actorTypes ?? {};
  }

  add(item: AggregateItem): void {
    if ("indicatorId" in item) this.observation(item);
    else this.report(item);
  }

  private typesOf(actorId: string): readonly TypeKey[] {
    let keys = this.typeCache.get(actorId);
    if (keys === undefined) {
      const given = Object.prototype.hasOwnProperty.call(this.actorTypes, actorId) ? this.actorTypes[actorId] : undefined;
      const unique = [...new Set(given ?? [])].sort();
      keys = [...(unique.length > 0 ? unique : ["other" as const]), "all"];
      this.typeCache.set(actorId, keys);
    }
    return keys;
  }

  private cell(year: number, area: AreaKey, type: TypeKey): MutCell {
    const key = `${year}|${area}|${type}`;
    let c = this.cells.get(key);
    if (c === undefined) {
      c = {
        reports: 0,
        actors: new Set(),
        activities: new Map(),
        outputs: new Map(),
        fundingSek: 0,
        meetings: new Map(),
        byRole: new Map(),
        byRomaGroup: new Map(),
        byYouth: new Map(),
      };
      this.cells.set(key, c);
    }
    return c;
  }

  private report(r: AnnualReport): void {
    const year = r.year;
    const types = this.typesOf(r.actorId);
    const covered = new Set<AreaKey>(r.areas);
    const active = new Set<AreaKey>();

    for (const activity of r.activities) {
      const areas: AreaKey[] = [...new Set(activity.areas), "all"];
      for (const area of areas) {
        covered.add(area);
        active.add(area);
        for (const type of types) {
          const c = this.cell(year, area, type);
          bump(c.activities, activity.kind, 1);
          for (const output of activity.outputs) {
            const o = c.outputs.get(output.metric) ?? { low: 0, high: 0 };
            o.low += output.value;
            o.high += output.upTo ?? output.value;
            c.outputs.set(output.metric, o);
          }
          c.fundingSek += activity.fundingSek ?? 0;
        }
      }
    }

    for (const meeting of r.consultations) {
      const named: AreaKey[] = meeting.areas.length > 0 ? [...new Set(meeting.areas)] : ["unspecified"];
      for (const area of [...named, "all" as const]) {
        covered.add(area);
        active.add(area);
        for (const type of types) {
          const c = this.cell(year, area, type);
          bump(c.meetings, meeting.kind, 1);
          for (const p of meeting.participants) {
            if (p.count === 0) continue;
            bump(c.byRole, p.role, p.count);
            bump(c.byRomaGroup, p.romaGroup ?? "unspecified", p.count);
            bump(c.byYouth, p.youth === undefined ? "unspecified" : p.youth ? "youth" : "not-youth", p.count);
          }
        }
      }
    }

    // A report that names no area and reports nothing in one counts under
    // "unspecified", so that every report is in at least one area.
    if (covered.size === 0) covered.add("unspecified");
    covered.add("all");
    for (const area of covered) {
      for (const type of types) {
        const c = this.cell(year, area, type);
        c.reports += 1;
        if (active.has(area)) c.actors.add(r.actorId);
      }
    }

    const sKey = `${year}|${r.actorId}`;
    let s = this.submissions.get(sKey);
    if (s === undefined) {
      s = { reports: 0, first: null, last: null, kinds: new Set() };
      this.submissions.set(sKey, s);
    }
    s.reports += 1;
    s.kinds.add(r.reporterKind);
    if (r.submittedOn !== undefined) {
      if (s.first === null || r.submittedOn < s.first) s.first = r.submittedOn;
      if (s.last === null || r.submittedOn > s.last) s.last = r.submittedOn;
    }

    for (const o of r.observations) this.observation(o);
  }

  private observation(o: Observation): void {
    const place: Place = o.place;
    const group = o.group ?? "none";
    const key = `${o.indicatorId}|${o.year}|${place.level}|${o.gender}|${group}`;
    let s = this.indicators.get(key);
    if (s === undefined) {
      s = newStats();
      this.indicators.set(key, s);
    }
    addValue(s, o.value);
    if (place.level === "municipality") {
      const types = this.municipalityTypes(place.code);
      for (const type of types) {
        const gKey = `${o.indicatorId}|${o.year}|${o.gender}|${group}|${type}`;
        let g = this.groups.get(gKey);
        if (g === undefined) {
          g = newStats();
          this.groups.set(gKey, g);
        }
        addValue(g, o.value);
      }
    }
  }

  private municipalityTypes(code: string): readonly ActorType[] {
    let types = this.groupTypeCache.get(code);
    if (types === undefined) {
      const id = `municipality-${code}`;
      const given = Object.prototype.hasOwnProperty.call(this.actorTypes, id) ? this.actorTypes[id] : undefined;
      types = [...new Set(given ?? [])].sort();
      this.groupTypeCache.set(code, types);
    }
    return types;
  }

  toAggregate(): Aggregate {
    return {
      format: AGGREGATE_FORMAT,
      cells: sortedRecord(this.cells, freezeCell),
      submissions: sortedRecord(this.submissions, (s) => ({
        reports: s.reports,
        firstSubmittedOn: s.first,
        lastSubmittedOn: s.last,
        reporterKinds: [...s.kinds].sort() as AnnualReport["reporterKind"][],
      })),
      indicators: sortedRecord(this.indicators, freezeStats),
      groups: sortedRecord(this.groups, freezeStats),
    };
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord<V, R>(map: ReadonlyMap<string, V>, convert: (v: V) => R): Record<string, R> {
  const out: Record<string, R> = {};
  for (const key of [...map.keys()].sort(compareStrings)) out[key] = convert(map.get(key) as V);
  return out;
}

function countRecord<K extends string>(map: ReadonlyMap<string, number>): Partial<Record<K, number>> {
  const out: Partial<Record<string, number>> = {};
  for (const key of [...map.keys()].sort(compareStrings)) {
    const v = map.get(key) ?? 0;
    if (v !== 0) out[key] = v;
  }
  return out as Partial<Record<K, number>>;
}

function freezeCell(c: MutCell): ActivityCell {
  const outputs: Partial<Record<string, { low: number; high: number }>> = {};
  for (const key of [...c.outputs.keys()].sort(compareStrings)) {
    const o = c.outputs.get(key);
    if (o !== undefined) outputs[key] = { low: o.low, high: o.high };
  }
  return {
    reports: c.reports,
    actors: [...c.actors].sort(compareStrings),
    activities: countRecord(c.activities),
    outputs: outputs as ActivityCell["outputs"],
    fundingSek: c.fundingSek,
    meetings: countRecord(c.meetings),
    participants: {
      byRole: countRecord(c.byRole),
      byRomaGroup: countRecord(c.byRomaGroup),
      byYouth: countRecord(c.byYouth),
    },
  };
}

function freezeStats(s: MutStats): ValueStats {
  return {
    n: s.n,
    missing: s.missing,
    sum: { whole: s.whole + 0, micro: s.micro + 0 },
    // + 0 turns a negative zero into 0, so equal contents serialise equally.
    min: s.n === 0 ? null : s.min + 0,
    max: s.n === 0 ? null : s.max + 0,
  };
}

// ---------------------------------------------------------------------------
// Public API.

/**
 * The empty aggregate: the identity of {@link merge}.
 *
 * @category Reports
 * @example
 * ```ts
 * import { emptyAggregate, merge, summarize } from "@romsk-inkludering/reports";
 * const a = summarize([{ indicatorId: "n15428", place: { level: "country" }, year: 2019, gender: "T", value: 84.5 }]);
 * JSON.stringify(merge(emptyAggregate(), a)) === JSON.stringify(a);
 * // => true
 * ```
 */
export function emptyAggregate(): Aggregate {
  return { format: AGGREGATE_FORMAT, cells: {}, submissions: {}, indicators: {}, groups: {} };
}

/**
 * Folds annual reports and observations (an array or any iterable, read
 * once) into a partial aggregate. Memory grows with the number of groups
 * (years, areas, actor types, indicators, place levels, genders) and
 * distinct actors, not with the number of items, so a lazily generated
 * stream of millions of observations fits in a few megabytes.
 *
 * The items are trusted to be valid model objects (validate untrusted input
 * with the model's `validate` first). Reports contribute to the cells of
 * their own `year`; observations to their own `year`.
 *
 * @param items - Annual reports and observations, in any order.
 * @param options - The actor types; use the same options for partials you
 *   want to merge.
 * @category Reports
 * @example
 * ```ts
 * import { summarize } from "@romsk-inkludering/reports";
 * const agg = summarize([
 *   { indicatorId: "n15428", place: { level: "municipality", code: "2180" }, year: 2019, gender: "T", value: 80.5 },
 *   { indicatorId: "n15428", place: { level: "municipality", code: "0580" }, year: 2019, gender: "T", value: 84.5 },
 * ], { actorTypes: { "municipality-0580": ["pilot"] } });
 * [agg.indicators["n15428|2019|municipality|T|none"]?.n, agg.groups["n15428|2019|T|none|pilot"]?.max];
 * // => [2,84.5]
 * ```
 */
export function summarize(items: Iterable<AggregateItem>, options: SummarizeOptions = {}): Aggregate {
  const acc = new Accumulator(options);
  for (const item of items) acc.add(item);
  return acc.toAggregate();
}

/**
 * {@link summarize} for an async iterable (e.g. rows parsed from a file or
 * fetched page by page), read once; memory stays proportional to the number
 * of groups.
 *
 * @category Reports
 * @example
 * ```ts
 * import { summarizeAsync } from "@romsk-inkludering/reports";
 * async function* rows() {
 *   yield { indicatorId: "n00914", place: { level: "country" as const }, year: 2018, gender: "T" as const, value: 80.2 };
 * }
 * const agg = await summarizeAsync(rows());
 * agg.indicators["n00914|2018|country|T|none"]?.n;
 * // => 1
 * ```
 */
export async function summarizeAsync(
  items: AsyncIterable<AggregateItem> | Iterable<AggregateItem>,
  options: SummarizeOptions = {},
): Promise<Aggregate> {
  const acc = new Accumulator(options);
  for await (const item of items) acc.add(item);
  return acc.toAggregate();
}

function mergeCounts<T extends Readonly<Partial<Record<string, number>>>>(a: T, b: T): T {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareStrings);
  const out: Record<string, number> = {};
  for (const key of keys) {
    const v = (a[key] ?? 0) + (b[key] ?? 0);
    if (v !== 0) out[key] = v;
  }
  return out as unknown as T;
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort(compareStrings);
}

function mergeCell(a: ActivityCell, b: ActivityCell): ActivityCell {
  const keys = [...new Set([...Object.keys(a.outputs), ...Object.keys(b.outputs)])].sort(compareStrings) as OutputMetric[];
  const outputs: Partial<Record<OutputMetric, { low: number; high: number }>> = {};
  for (const key of keys) {
    const x = a.outputs[key];
    const y = b.outputs[key];
    outputs[key] = { low: (x?.low ?? 0) + (y?.low ?? 0), high: (x?.high ?? 0) + (y?.high ?? 0) };
  }
  return {
    reports: a.reports + b.reports,
    actors: mergeSorted(a.actors, b.actors),
    activities: mergeCounts(a.activities, b.activities),
    outputs,
    fundingSek: a.fundingSek + b.fundingSek,
    meetings: mergeCounts(a.meetings, b.meetings),
    participants: {
      byRole: mergeCounts(a.participants.byRole, b.participants.byRole),
      byRomaGroup: mergeCounts(a.participants.byRomaGroup, b.participants.byRomaGroup),
      byYouth: mergeCounts(a.participants.byYouth, b.participants.byYouth),
    },
  };
}

function minDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a <= b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a >= b ? a : b;
}

function mergeSubmission(a: SubmissionCell, b: SubmissionCell): SubmissionCell {
  return {
    reports: a.reports + b.reports,
    firstSubmittedOn: minDate(a.firstSubmittedOn, b.firstSubmittedOn),
    lastSubmittedOn: maxDate(a.lastSubmittedOn, b.lastSubmittedOn),
    reporterKinds: mergeSorted(a.reporterKinds, b.reporterKinds) as AnnualReport["reporterKind"][],
  };
}

function minOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function mergeStats(a: ValueStats, b: ValueStats): ValueStats {
  return {
    n: a.n + b.n,
    missing: a.missing + b.missing,
    sum: { whole: a.sum.whole + b.sum.whole, micro: a.sum.micro + b.sum.micro },
    min: minOf(a.min, b.min),
    max: maxOf(a.max, b.max),
  };
}

function mergeRecords<V>(
  a: Readonly<Record<string, V>>,
  b: Readonly<Record<string, V>>,
  combine: (x: V, y: V) => V,
): Record<string, V> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareStrings);
  const out: Record<string, V> = {};
  const has = (r: Readonly<Record<string, V>>, k: string): boolean => Object.prototype.hasOwnProperty.call(r, k);
  for (const key of keys) {
    const x = has(a, key) ? a[key] : undefined;
    const y = has(b, key) ? b[key] : undefined;
    out[key] = x === undefined ? (y as V) : y === undefined ? x : combine(x, y);
  }
  return out;
}

/**
 * Combines two partial aggregates exactly: counts, sums, exact value sums,
 * minima and maxima combine, actor sets are unioned. Associative and
 * commutative, with {@link emptyAggregate} as identity, so partials from
 * chunks, workers or another engine can be combined in any grouping and
 * order. Neither input is changed.
 *
 * @throws TypeError if either argument is not an aggregate of this format.
 * @category Reports
 * @example
 * ```ts
 * import { merge, summarize } from "@romsk-inkludering/reports";
 * const rows = [
 *   { indicatorId: "n15428", place: { level: "municipality" as const, code: "2180" }, year: 2019, gender: "T" as const, value: 80.5 },
 *   { indicatorId: "n15428", place: { level: "municipality" as const, code: "1283" }, year: 2019, gender: "T" as const, value: 78.1 },
 * ];
 * JSON.stringify(merge(summarize(rows.slice(0, 1)), summarize(rows.slice(1)))) === JSON.stringify(summarize(rows));
 * // => true
 * ```
 */
export function merge(a: Aggregate, b: Aggregate): Aggregate {
  for (const [name, x] of [["a", a], ["b", b]] as const) {
    if (typeof x !== "object" || x === null || x.format !== AGGREGATE_FORMAT) {
      throw new TypeError(`merge: argument ${name} is not a reports aggregate (format "${AGGREGATE_FORMAT}")`);
    }
  }
  return {
    format: AGGREGATE_FORMAT,
    cells: mergeRecords(a.cells, b.cells, mergeCell),
    submissions: mergeRecords(a.submissions, b.submissions, mergeSubmission),
    indicators: mergeRecords(a.indicators, b.indicators, mergeStats),
    groups: mergeRecords(a.groups, b.groups, mergeStats),
  };
}

/**
 * Merges any number of partial aggregates (the empty aggregate for none).
 *
 * @category Reports
 * @example
 * ```ts
 * import { mergeAll, summarize } from "@romsk-inkludering/reports";
 * const part = (value: number) => summarize([{ indicatorId: "n00914", place: { level: "country" }, year: 2018, gender: "T", value }]);
 * mergeAll([part(79.5), part(80.5), part(81.5)]).indicators["n00914|2018|country|T|none"]?.n;
 * // => 3
 * ```
 */
export function mergeAll(aggregates: Iterable<Aggregate>): Aggregate {
  let out = emptyAggregate();
  for (const a of aggregates) out = merge(out, a);
  return out;
}

/**
 * The sum of an {@link ExactSum} as a number (one rounding step).
 *
 * @category Indicators
 * @example
 * ```ts
 * import { exactSumValue } from "@romsk-inkludering/reports";
 * exactSumValue({ whole: 160, micro: 500000 });
 * // => 160.5
 * ```
 */
export function exactSumValue(sum: ExactSum): number {
  return sum.whole + sum.micro / MICRO;
}

/**
 * The mean of {@link ValueStats}: the exact sum divided by the number of
 * values, or null when there is no value (missing values are not zeros).
 *
 * @category Indicators
 * @example
 * ```ts
 * import { statsMean } from "@romsk-inkludering/reports";
 * statsMean({ n: 2, missing: 1, sum: { whole: 160, micro: 0 }, min: 78.1, max: 81.9 });
 * // => 80
 * ```
 */
export function statsMean(stats: ValueStats): number | null {
  return stats.n === 0 ? null : exactSumValue(stats.sum) / stats.n;
}

/** Splits an aggregate key into its parts. @internal */
export function splitKey(key: string): string[] {
  return key.split("|");
}

/** The gender values, for iteration. @internal */
export const GENDERS: readonly Gender[] = ["T", "K", "M"];
