/**
 * The national annual report: overview, per area, completeness,
 * indicators and progress, as plain JSON with every count of people
 * suppressed as configured.
 */
import { isIsoDate } from "@romsk-inkludering/calendar";
import type { AnnualReport, Bilingual, Gender, Indicator, Observation, Place } from "@romsk-inkludering/model";
import { merge, statsMean, exactSumValue, summarize, type ActivityCell, type Aggregate, type ValueStats } from "./aggregate.js";
import { assessCompleteness, type Completeness, type ExpectedReporter } from "./completeness.js";
import { dedupeReports, type ReplacedReport } from "./duplicates.js";
import { clean } from "./format.js";
import {
  ACTIVITY_KINDS,
  ACTOR_TYPES,
  AREA_KEYS,
  MEETING_KINDS,
  OUTPUT_METRICS,
  PARTICIPANT_ROLES,
  ROMA_GROUP_KEYS,
  YOUTH_KEYS,
  byOrder,
  type ActivityKind,
  type ActorType,
  type ActorTypes,
  type AreaKey,
  type MeetingKind,
  type OutputMetric,
  type ParticipantRole,
  type RomaGroupKey,
  type TypeKey,
  type YouthKey,
} from "./labels.js";
import { reportingStatus, type ReportingStatus } from "./reporting-status.js";
import { evaluateProgress, type ProgressIndicator, type ProgressResult } from "./progress.js";
import { checkThreshold, countsPeople, suppressCounts, suppressionPolicy, type Cell, type Relation, type SuppressionPolicy } from "./suppression.js";

/**
 * The format tag of a {@link NationalReport} (changes only if the shape does).
 *
 * @category Reports
 * @example
 * ```ts
 * import { REPORT_FORMAT } from "@romsk-inkludering/reports";
 * REPORT_FORMAT;
 * // => "romsk-inkludering.reports.national-report/2"
 * ```
 */
export const REPORT_FORMAT = "romsk-inkludering.reports.national-report/2";

/**
 * An indicator as the report reads it: what progress needs, plus an
 * optional name and unit for the renderers (a model `Indicator` fits).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { ReportIndicator } from "@romsk-inkludering/reports";
 * const i: ReportIndicator = {
 *   id: "n15428",
 *   name: { sv: "Elever i åk 9 som är behöriga till yrkesprogram, andel (%)", en: "Pupils in year 9 eligible for vocational programmes, share (%)" },
 *   unit: "percent",
 *   direction: "higher-is-better",
 *   population: "general",
 * };
 * i.unit;
 * // => "percent"
 * ```
 */
export interface ReportIndicator extends ProgressIndicator {
  readonly name?: Bilingual;
  readonly unit?: Indicator["unit"];
}

/**
 * Input of {@link buildNationalReport}.
 *
 * @category Reports
 * @example
 * ```ts
 * import { DEFAULT_SUPPRESSION_THRESHOLD, type NationalReportInput } from "@romsk-inkludering/reports";
 * const input: NationalReportInput = { year: 2017, reports: [], suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD, asOf: "2018-04-16" };
 * input.suppressionThreshold;
 * // => 5
 * ```
 */
export interface NationalReportInput {
  /** The year reported on. */
  readonly year: number;
  /** Annual reports (any year; those of `year` are used, one per actor: see {@link dedupeReports}). */
  readonly reports: Iterable<AnnualReport>;
  /** Indicator observations (those of years after `year` are left out). */
  readonly observations?: Iterable<Observation>;
  /** A partial aggregate summarized elsewhere (same `actorTypes`), merged in. */
  readonly aggregate?: Aggregate;
  /** Indicator definitions: names for the renderers, and targets for the progress section. */
  readonly indicators?: readonly ReportIndicator[];
  /** The actors expected to report, as the catalog knows them as of the deadline. */
  readonly expectedReporters?: readonly ExpectedReporter[];
  /** The deadline for the annual reports (as given; see `applyStatutoryShift`). */
  readonly deadline?: string;
  /** Apply the shift of lag (1930:173) 2 § to the deadline; default the calendar's `DEFAULT_APPLY_STATUTORY_SHIFT` (`false`). */
  readonly applyStatutoryShift?: boolean;
  /** The types of each actor id. */
  readonly actorTypes?: ActorTypes;
  /** Counts from 1 to threshold − 1 are suppressed (see `DEFAULT_SUPPRESSION_THRESHOLD`). */
  readonly suppressionThreshold: number;
  /** The date of the report: completeness and progress are judged as of it. */
  readonly asOf: string;
}

/**
 * The counts of one area (or all areas) and one actor type (or all), each
 * a published or suppressed {@link Cell}. Breakdowns have one key per
 * category present in the year (see {@link ReportDimensions}). Only counts
 * of people (participants and the outputs that count people) can be
 * suppressed; counts of reports, actors, activities and meetings are
 * always published, and funding is an amount in SEK (see `suppressionPolicy`).
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * const r = buildNationalReport({ year: 2017, reports: [], suppressionThreshold: 5, asOf: "2018-04-16" });
 * r.overview.rows[0]?.measures.reports;
 * // => {"value":0,"suppressed":null}
 * ```
 */
export interface MeasureCells {
  /** Annual reports covering the area. */
  readonly reports: Cell;
  /** Actors with an activity or a meeting in the area. */
  readonly activeActors: Cell;
  readonly activities: Cell;
  readonly activitiesByKind: Readonly<Partial<Record<ActivityKind, Cell>>>;
  /** Outputs: `low` sums the reported values, `high` the upper ends of ranges. */
  readonly outputs: Readonly<Partial<Record<OutputMetric, { readonly low: Cell; readonly high: Cell }>>>;
  readonly fundingSek: number;
  /** Consultations and other meetings held (the reports' consultation events). */
  readonly meetings: Cell;
  readonly meetingsByKind: Readonly<Partial<Record<MeetingKind, Cell>>>;
  readonly participants: Cell;
  readonly participantsByRole: Readonly<Partial<Record<ParticipantRole, Cell>>>;
  readonly participantsByRomaGroup: Readonly<Partial<Record<RomaGroupKey, Cell>>>;
  readonly participantsByYouth: Readonly<Partial<Record<YouthKey, Cell>>>;
}

/**
 * One area's table: a row per actor type present in the year, then the
 * `all` row (each actor and activity counted once).
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * const r = buildNationalReport({ year: 2017, reports: [], suppressionThreshold: 5, asOf: "2018-04-16" });
 * [r.overview.area, r.overview.rows.map((row) => row.actorType)];
 * // => ["all",["all"]]
 * ```
 */
export interface AreaTable {
  readonly area: AreaKey;
  readonly rows: readonly { readonly actorType: TypeKey; readonly measures: MeasureCells }[];
}

/**
 * The categories present in the report's year, in the model's order: the
 * rows, columns and breakdown keys of every table.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * buildNationalReport({ year: 2017, reports: [], suppressionThreshold: 5, asOf: "2018-04-16" }).dimensions.areas;
 * // => []
 * ```
 */
export interface ReportDimensions {
  readonly areas: readonly AreaKey[];
  readonly actorTypes: readonly ActorType[];
  readonly activityKinds: readonly ActivityKind[];
  readonly outputMetrics: readonly OutputMetric[];
  readonly meetingKinds: readonly MeetingKind[];
  readonly roles: readonly ParticipantRole[];
  readonly romaGroups: readonly RomaGroupKey[];
  readonly youth: readonly YouthKey[];
}

/**
 * Statistics of an indicator for a year, place level, gender and group
 * (`null`: observations without a group). `observations` counts the values
 * (e.g. municipalities) contributing, `missing` the null values (not
 * zeros). These count places, not people, and are published as they are.
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { IndicatorStatsRow } from "@romsk-inkludering/reports";
 * const row: IndicatorStatsRow = { indicatorId: "n15428", year: 2019, level: "municipality", gender: "T", group: null, observations: 2, missing: 1, sum: 160, min: 78.1, max: 81.9, mean: 80 };
 * row.mean;
 * // => 80
 * ```
 */
export interface IndicatorStatsRow {
  readonly indicatorId: string;
  readonly year: number;
  readonly level: Place["level"];
  readonly gender: Gender;
  readonly group: "roma" | "general" | null;
  readonly observations: number;
  readonly missing: number;
  readonly sum: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
}

/**
 * A Kolada-style group average: the unweighted mean of an indicator over
 * the municipalities of an actor type, with the number of members (when
 * the actor types are known), of contributing members (with a value) and
 * of null values.
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { IndicatorGroupRow } from "@romsk-inkludering/reports";
 * const row: IndicatorGroupRow = { indicatorId: "n15428", year: 2019, gender: "T", group: null, actorType: "pilot", members: 5, contributing: 4, missing: 1, mean: 79.2, min: 74.3, max: 84.5 };
 * row.members;
 * // => 5
 * ```
 */
export interface IndicatorGroupRow {
  readonly indicatorId: string;
  readonly year: number;
  readonly gender: Gender;
  readonly group: "roma" | "general" | null;
  readonly actorType: ActorType;
  readonly members: number | null;
  readonly contributing: number;
  readonly missing: number;
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * The national annual report as plain JSON.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * const r = buildNationalReport({ year: 2017, reports: [], suppressionThreshold: 5, asOf: "2018-04-16" });
 * Object.keys(r);
 * // => ["format","year","asOf","suppression","dimensions","overview","areas","completeness","reportingStatus","replaced","indicators","progress"]
 * ```
 */
export interface NationalReport {
  readonly format: typeof REPORT_FORMAT;
  readonly year: number;
  readonly asOf: string;
  readonly suppression: {
    readonly threshold: number;
    /** Cells suppressed because they are from 1 to threshold − 1. */
    readonly primaryCells: number;
    /** Cells suppressed so that primary cells cannot be worked out. */
    readonly secondaryCells: number;
    /** What is suppressed (counts of people) and what is published as it is, with the statement that opens the report and its basis. */
    readonly policy: SuppressionPolicy;
  };
  readonly dimensions: ReportDimensions;
  /** All areas together. */
  readonly overview: AreaTable;
  /** One table per area present in the year. */
  readonly areas: readonly AreaTable[];
  readonly completeness: Completeness;
  /** Reporting status at a glance: who reported by actor type and area, and which indicators have data. */
  readonly reportingStatus: ReportingStatus;
  /** Reports of the year left out because a later copy (same id, or same actor and year) replaced them: never summed twice. */
  readonly replaced: readonly ReplacedReport[];
  readonly indicators: {
    readonly definitions: readonly {
      readonly id: string;
      readonly name: Bilingual | null;
      readonly unit: Indicator["unit"] | null;
      readonly direction: Indicator["direction"];
      readonly population: Indicator["population"];
    }[];
    readonly stats: readonly IndicatorStatsRow[];
    readonly groups: readonly IndicatorGroupRow[];
  };
  readonly progress: readonly ProgressResult[];
}

// ---------------------------------------------------------------------------

const EMPTY_CELL: ActivityCell = {
  reports: 0,
  actors: [],
  activities: {},
  outputs: {},
  fundingSek: 0,
  meetings: {},
  participants: { byRole: {}, byRomaGroup: {}, byYouth: {} },
};

function sum(record: Readonly<Partial<Record<string, number>>>): number {
  let total = 0;
  for (const v of Object.values(record)) total += v ?? 0;
  return total;
}

/** The reports known by `asOf`: one submitted after it is not yet known (one without `submittedOn` is kept, its date unknown). */
function* knownBy(reports: Iterable<AnnualReport>, asOf: string): Iterable<AnnualReport> {
  for (const r of reports) if (r.submittedOn === undefined || r.submittedOn <= asOf) yield r;
}

function* upToYear(observations: Iterable<Observation>, year: number): Iterable<Observation> {
  for (const o of observations) if (o.year <= year) yield o;
}

/** Scalar measures of a cell, keyed as in the suppression value map. */
function scalarValues(cell: ActivityCell, dims: ReportDimensions): [string, number][] {
  const out: [string, number][] = [
    ["reports", cell.reports],
    ["actors", cell.actors.length],
    ["activities", sum(cell.activities)],
    ["meetings", sum(cell.meetings)],
    ["participants", sum(cell.participants.byRole)],
  ];
  for (const k of dims.activityKinds) out.push([`activity:${k}`, cell.activities[k] ?? 0]);
  for (const m of dims.outputMetrics) {
    out.push([`output:${m}:low`, cell.outputs[m]?.low ?? 0]);
    out.push([`output:${m}:high`, cell.outputs[m]?.high ?? 0]);
  }
  for (const k of dims.meetingKinds) out.push([`meeting:${k}`, cell.meetings[k] ?? 0]);
  for (const r of dims.roles) out.push([`role:${r}`, cell.participants.byRole[r] ?? 0]);
  for (const g of dims.romaGroups) out.push([`group:${g}`, cell.participants.byRomaGroup[g] ?? 0]);
  for (const y of dims.youth) out.push([`youth:${y}`, cell.participants.byYouth[y] ?? 0]);
  return out;
}

function dimensionsOf(aggregate: Aggregate, year: number): ReportDimensions {
  const areas = new Set<AreaKey>();
  const types = new Set<ActorType>();
  const kinds = new Set<ActivityKind>();
  const metrics = new Set<OutputMetric>();
  const meetingKinds = new Set<MeetingKind>();
  const roles = new Set<ParticipantRole>();
  const groups = new Set<RomaGroupKey>();
  const youth = new Set<YouthKey>();
  const prefix = `${year}|`;
  for (const key of Object.keys(aggregate.cells)) {
    if (!key.startsWith(prefix)) continue;
    const [, area, type] = key.split("|") as [string, AreaKey, TypeKey];
    if (area !== "all") areas.add(area);
    if (type !== "all") types.add(type);
    const cell = aggregate.cells[key] ?? EMPTY_CELL;
    for (const k of Object.keys(cell.activities)) kinds.add(k as ActivityKind);
    for (const k of Object.keys(cell.outputs)) metrics.add(k as OutputMetric);
    for (const k of Object.keys(cell.meetings)) meetingKinds.add(k as MeetingKind);
    for (const k of Object.keys(cell.participants.byRole)) roles.add(k as ParticipantRole);
    for (const k of Object.keys(cell.participants.byRomaGroup)) groups.add(k as RomaGroupKey);
    for (const k of Object.keys(cell.participants.byYouth)) youth.add(k as YouthKey);
  }
  return {
    areas: [...areas].sort(byOrder(AREA_KEYS)),
    actorTypes: [...types].sort(byOrder(ACTOR_TYPES)),
    activityKinds: [...kinds].sort(byOrder(ACTIVITY_KINDS)),
    outputMetrics: [...metrics].sort(byOrder(OUTPUT_METRICS)),
    meetingKinds: [...meetingKinds].sort(byOrder(MEETING_KINDS)),
    roles: [...roles].sort(byOrder(PARTICIPANT_ROLES)),
    romaGroups: [...groups].sort(byOrder(ROMA_GROUP_KEYS)),
    youth: [...youth].sort(byOrder(YOUTH_KEYS)),
  };
}

interface ActivitySections {
  overview: AreaTable;
  areas: AreaTable[];
  primary: number;
  secondary: number;
}

/** Whether a measure key of the suppression value map counts people (see `suppressionPolicy`). */
function isPeopleMeasure(measure: string): boolean {
  if (measure === "participants") return true;
  if (measure.startsWith("role:") || measure.startsWith("group:") || measure.startsWith("youth:")) return true;
  if (measure.startsWith("output:")) return countsPeople(measure.split(":")[1] as OutputMetric);
  return false;
}

function activitySections(aggregate: Aggregate, year: number, dims: ReportDimensions, threshold: number): ActivitySections {
  const areaKeys: AreaKey[] = [...dims.areas, "all"];
  const typeKeys: TypeKey[] = [...dims.actorTypes, "all"];
  // Counts of people go through suppression; counts of organisations,
  // reports, activities and meetings are published as they are.
  const values: Record<string, number> = {};
  const published = new Map<string, number>();
  const measures: string[] = [];
  const funding = new Map<string, number>();
  for (const area of areaKeys) {
    for (const type of typeKeys) {
      const cell = aggregate.cells[`${year}|${area}|${type}`] ?? EMPTY_CELL;
      funding.set(`${area}|${type}`, cell.fundingSek);
      const scalars = scalarValues(cell, dims);
      if (measures.length === 0) measures.push(...scalars.map(([m]) => m).filter(isPeopleMeasure));
      for (const [m, v] of scalars) {
        if (isPeopleMeasure(m)) values[`${m}|${area}|${type}`] = v;
        else published.set(`${m}|${area}|${type}`, v);
      }
    }
  }

  // Relations between counts of people: for every measure, the area × type
  // table with its margins (rows: areas then all areas; columns: types then
  // all types), and in every cell each breakdown of participants with its total.
  const relations: Relation[] = [];
  const parts = (m: string, area: AreaKey, types: readonly TypeKey[]): string[] => types.map((t) => `${m}|${area}|${t}`);
  for (const m of measures) {
    for (const area of areaKeys) relations.push({ total: `${m}|${area}|all`, parts: parts(m, area, dims.actorTypes) });
    for (const type of typeKeys) {
      relations.push({ total: `${m}|all|${type}`, parts: dims.areas.map((a) => `${m}|${a}|${type}`) });
    }
  }
  for (const area of areaKeys) {
    for (const type of typeKeys) {
      const at = `|${area}|${type}`;
      const breakdown = (total: string, prefix: string, keys: readonly string[]): void => {
        if (keys.length > 0) relations.push({ total: `${total}${at}`, parts: keys.map((k) => `${prefix}:${k}${at}`) });
      };
      breakdown("participants", "role", dims.roles);
      breakdown("participants", "group", dims.romaGroups);
      breakdown("participants", "youth", dims.youth);
    }
  }

  const cells = suppressCounts(values, relations, threshold);
  let primary = 0;
  let secondary = 0;
  for (const c of Object.values(cells)) {
    if (c.suppressed === "primary") primary += 1;
    else if (c.suppressed === "secondary") secondary += 1;
  }
  const get = (m: string, area: AreaKey, type: TypeKey): Cell => {
    const key = `${m}|${area}|${type}`;
    return cells[key] ?? { value: published.get(key) ?? 0, suppressed: null };
  };
  const record = <K extends string>(keys: readonly K[], m: (k: K) => string, area: AreaKey, type: TypeKey): Partial<Record<K, Cell>> => {
    const out: Partial<Record<K, Cell>> = {};
    for (const k of keys) out[k] = get(m(k), area, type);
    return out;
  };
  const table = (area: AreaKey): AreaTable => ({
    area,
    rows: typeKeys.map((type) => {
      const outputs: Partial<Record<OutputMetric, { low: Cell; high: Cell }>> = {};
      for (const metric of dims.outputMetrics) {
        outputs[metric] = { low: get(`output:${metric}:low`, area, type), high: get(`output:${metric}:high`, area, type) };
      }
      return {
        actorType: type,
        measures: {
          reports: get("reports", area, type),
          activeActors: get("actors", area, type),
          activities: get("activities", area, type),
          activitiesByKind: record(dims.activityKinds, (k) => `activity:${k}`, area, type),
          outputs,
          fundingSek: funding.get(`${area}|${type}`) ?? 0,
          meetings: get("meetings", area, type),
          meetingsByKind: record(dims.meetingKinds, (k) => `meeting:${k}`, area, type),
          participants: get("participants", area, type),
          participantsByRole: record(dims.roles, (k) => `role:${k}`, area, type),
          participantsByRomaGroup: record(dims.romaGroups, (k) => `group:${k}`, area, type),
          participantsByYouth: record(dims.youth, (k) => `youth:${k}`, area, type),
        },
      };
    }),
  });
  return { overview: table("all"), areas: dims.areas.map(table), primary, secondary };
}

const LEVEL_ORDER: Readonly<Record<Place["level"], number>> = { country: 0, county: 1, municipality: 2 };
const GENDER_ORDER: Readonly<Record<Gender, number>> = { T: 0, K: 1, M: 2 };
const GROUP_ORDER: Readonly<Record<string, number>> = { none: 0, roma: 1, general: 2 };

function statsFields(s: ValueStats): { sum: number | null; min: number | null; max: number | null; mean: number | null } {
  const mean = statsMean(s);
  return {
    sum: s.n === 0 ? null : clean(exactSumValue(s.sum)),
    min: s.min,
    max: s.max,
    mean: mean === null ? null : clean(mean),
  };
}

function indicatorStats(aggregate: Aggregate, year: number): IndicatorStatsRow[] {
  const rows: (IndicatorStatsRow & { sortKey: number[] })[] = [];
  for (const [key, s] of Object.entries(aggregate.indicators)) {
    const [indicatorId = "", y = "", level = "", gender = "", group = ""] = key.split("|");
    const yr = Number(y);
    if (yr > year) continue;
    rows.push({
      indicatorId,
      year: yr,
      level: level as Place["level"],
      gender: gender as Gender,
      group: group === "none" ? null : (group as "roma" | "general"),
      observations: s.n,
      missing: s.missing,
      ...statsFields(s),
      sortKey: [yr, LEVEL_ORDER[level as Place["level"]] ?? 9, GENDER_ORDER[gender as Gender] ?? 9, GROUP_ORDER[group] ?? 9],
    });
  }
  return rows.sort((a, b) => compareRows(a.indicatorId, b.indicatorId, a.sortKey, b.sortKey)).map(({ sortKey: _, ...row }) => row);
}

function compareRows(idA: string, idB: string, a: number[], b: number[]): number {
  if (idA !== idB) return idA < idB ? -1 : 1;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function groupStats(aggregate: Aggregate, year: number, actorTypes: ActorTypes | undefined): IndicatorGroupRow[] {
  const members = new Map<ActorType, number>();
  if (actorTypes !== undefined) {
    for (const [id, types] of Object.entries(actorTypes)) {
      if (!/^municipality-[0-9]{4}$/.test(id)) continue;
      for (const t of new Set(types)) members.set(t, (members.get(t) ?? 0) + 1);
    }
  }
  const rows: (IndicatorGroupRow & { sortKey: number[] })[] = [];
  for (const [key, s] of Object.entries(aggregate.groups)) {
    const [indicatorId = "", y = "", gender = "", group = "", type = ""] = key.split("|");
    const yr = Number(y);
    if (yr > year) continue;
    const { min, max, mean } = statsFields(s);
    rows.push({
      indicatorId,
      year: yr,
      gender: gender as Gender,
      group: group === "none" ? null : (group as "roma" | "general"),
      actorType: type as ActorType,
      members: actorTypes === undefined ? null : (members.get(type as ActorType) ?? 0),
      contributing: s.n,
      missing: s.missing,
      mean,
      min,
      max,
      sortKey: [yr, GENDER_ORDER[gender as Gender] ?? 9, GROUP_ORDER[group] ?? 9, ACTOR_TYPES.indexOf(type as ActorType)],
    });
  }
  return rows.sort((a, b) => compareRows(a.indicatorId, b.indicatorId, a.sortKey, b.sortKey)).map(({ sortKey: _, ...row }) => row);
}

/**
 * The country-level series of an indicator, rebuilt from the aggregate as
 * observations (one per year, gender and group; two, the minimum and the
 * maximum, when several disagreeing values were summarized, so that
 * progress reports the conflict).
 */
function countrySeries(aggregate: Aggregate, indicatorId: string, lastYear: number): Observation[] {
  const out: Observation[] = [];
  const prefix = `${indicatorId}|`;
  for (const [key, s] of Object.entries(aggregate.indicators)) {
    if (!key.startsWith(prefix)) continue;
    const [, y = "", level = "", gender = "", group = ""] = key.split("|");
    if (level !== "country" || Number(y) > lastYear) continue;
    const base = {
      indicatorId,
      place: { level: "country" as const },
      year: Number(y),
      gender: gender as Gender,
      ...(group === "roma" || group === "general" ? { group: group as "roma" | "general" } : {}),
    };
    if (s.n === 0) out.push({ ...base, value: null });
    else if (s.min === s.max) out.push({ ...base, value: s.min });
    else out.push({ ...base, value: s.min }, { ...base, value: s.max });
  }
  return out;
}

/**
 * Builds the national annual report for `year` from the municipalities'
 * and agencies' annual reports and indicator observations, as of `asOf`: a
 * report submitted after `asOf` is not yet known and is left out.
 *
 * - **Overview and areas**: per area (and all areas) and actor type (and
 *   all types): reports, active actors, activities by kind, outputs (ranges
 *   `value..upTo` summed as low and high), meetings by kind, participants by
 *   role, Roma group and youth, funding.
 * - **Suppression protects people, not organisations**: every count of
 *   people in those tables (participants by role, Roma group and youth;
 *   people trained or reached; staff) is suppressed as `suppressCounts`
 *   describes, with complementary suppression across the area × type
 *   margins and each breakdown's total. Counts of reports, actors,
 *   activities and meetings, and funding (SEK), are facts about public
 *   bodies and are published as they are; `suppression.policy` states the
 *   policy and its basis (`suppressionPolicy`). Indicator statistics count places, not
 *   people, and are published (they come from producers such as Kolada
 *   that protect their own figures).
 * - **One report per actor and year**: two reports with the same id, or
 *   for the same actor and year, are copies of one report and are never
 *   summed: the later submission replaces the earlier (`dedupeReports`),
 *   and `replaced` lists every report left out with the one used instead.
 *   Reports inside a partial `aggregate` were summarized elsewhere and
 *   are not checked again (dedupe them before summarizing).
 * - **Reporting status at a glance**: `reportingStatus`, who reported by
 *   actor type and area, and which indicators have data.
 * - **Completeness**: `assessCompleteness` (the deadline as given, or
 *   shifted under lag (1930:173) 2 § with `applyStatutoryShift`; the
 *   library's one default is no shift).
 * - **Indicators**: count, missing, sum, min, max and mean by indicator,
 *   year (up to `year`), place level, gender and group; group averages by
 *   actor type over municipalities.
 * - **Progress**: `evaluateProgress` for each indicator given, on the
 *   country-level series (gender T) up to `year`, as of `asOf`.
 *
 * Deterministic: the same input, in any order, gives the same JSON, as
 * long as no two reports are copies of one; with copies, `replaced` names
 * reports by their position in the input, and of two copies submitted on
 * the same day the one read last is used.
 *
 * @throws RangeError if `suppressionThreshold` is not a non-negative
 *   integer, `year` is not an integer, or `asOf` or `deadline` is not a real
 *   ISO date.
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport, DEFAULT_SUPPRESSION_THRESHOLD } from "@romsk-inkludering/reports";
 * const report = buildNationalReport({
 *   year: 2017,
 *   reports: [{
 *     id: "municipality-2180-2017", year: 2017, actorId: "municipality-2180", reporterKind: "municipality", submittedOn: "2018-03-30",
 *     areas: ["health-social-care-safety"], consultations: [], observations: [], problems: [], proposals: [],
 *     // Illustrative counts: seed 003's 160 trained are a national total, not Gävle's.
 *     activities: [{
 *       id: "health-inspirers-2017", actorId: "municipality-2180", areas: ["health-social-care-safety"], kind: "health-inspirers",
 *       title: "Romska hälsoinspiratörer", period: { from: "2017-01-01", to: "2017-12-31" },
 *       outputs: [{ metric: "people-trained", value: 12 }, { metric: "people-reached", value: 36, upTo: 120, approximate: true }],
 *     }],
 *   }],
 *   actorTypes: { "municipality-2180": ["development-municipality"] },
 *   suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
 *   asOf: "2018-04-16",
 * });
 * const total = report.overview.rows.find((row) => row.actorType === "all")?.measures;
 * [total?.activeActors, total?.outputs["people-trained"]?.low, total?.outputs["people-reached"]?.high];
 * // => [{"value":1,"suppressed":null},{"value":12,"suppressed":null},{"value":120,"suppressed":null}]
 * ```
 */
export function buildNationalReport(input: NationalReportInput): NationalReport {
  const fn = "buildNationalReport";
  const threshold = checkThreshold(fn, input.suppressionThreshold);
  if (!Number.isInteger(input.year)) throw new RangeError(`${fn}: year must be an integer, got ${String(input.year)}`);
  if (!isIsoDate(input.asOf)) throw new RangeError(`${fn}: asOf must be an ISO date YYYY-MM-DD, got ${JSON.stringify(input.asOf)}`);
  const { year, actorTypes } = input;
  const options = actorTypes === undefined ? {} : { actorTypes };

  const { reports, replaced } = dedupeReports(knownBy(input.reports, input.asOf), { year });
  let aggregate = summarize(reports, options);
  if (input.observations !== undefined) aggregate = merge(aggregate, summarize(upToYear(input.observations, year), options));
  if (input.aggregate !== undefined) aggregate = merge(aggregate, input.aggregate);

  const dims = dimensionsOf(aggregate, year);
  const sections = activitySections(aggregate, year, dims, threshold);
  const completeness = assessCompleteness(aggregate, {
    year,
    asOf: input.asOf,
    ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
    ...(input.applyStatutoryShift !== undefined ? { applyStatutoryShift: input.applyStatutoryShift } : {}),
    ...(input.expectedReporters !== undefined ? { expectedReporters: input.expectedReporters } : {}),
  });
  const indicators = input.indicators ?? [];
  const progress = indicators.map((indicator) =>
    evaluateProgress(indicator, countrySeries(aggregate, indicator.id, year), { asOf: input.asOf }),
  );

  return {
    format: REPORT_FORMAT,
    year,
    asOf: input.asOf,
    suppression: { threshold, primaryCells: sections.primary, secondaryCells: sections.secondary, policy: suppressionPolicy(threshold) },
    dimensions: dims,
    overview: sections.overview,
    areas: sections.areas,
    completeness,
    reportingStatus: reportingStatus(aggregate, completeness, { year, actorTypes, indicators }),
    replaced,
    indicators: {
      definitions: indicators.map((i) => ({
        id: i.id,
        name: i.name ?? null,
        unit: i.unit ?? null,
        direction: i.direction,
        population: i.population,
      })),
      stats: indicatorStats(aggregate, year),
      groups: groupStats(aggregate, year, actorTypes),
    },
    progress,
  };
}
