/**
 * Reporting status at a glance (after Open SDG's reporting-status page):
 * for a year, which expected reporters reported, by actor type and by
 * area, and which indicators have data. Plain data for a table and a
 * chart; every status is in the calendar's one vocabulary.
 */
import { DEADLINE_STATUSES, type DeadlineStatus } from "@romsk-inkludering/calendar";
import type { Bilingual } from "@romsk-inkludering/model";
import type { Aggregate } from "./aggregate.js";
import type { Completeness } from "./completeness.js";
import { ACTOR_TYPES, AREA_KEYS, byOrder, type ActorType, type ActorTypes, type AreaKey } from "./labels.js";

/**
 * How many reporters of a group were expected, reported, did not, and how
 * many have each status.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportingGroup } from "@romsk-inkludering/reports";
 * const g: ReportingGroup = {
 *   expected: 2, reported: 1, notReported: 1,
 *   byStatus: { "on-time": 1, late: 0, overdue: 1, passed: 0, "due-soon": 0, upcoming: 0, "date-unknown": 0, "no-deadline": 0 },
 * };
 * g.byStatus.overdue;
 * // => 1
 * ```
 */
export interface ReportingGroup {
  /** Expected reporters in the group; null when no list of expected reporters was given. */
  readonly expected: number | null;
  /** Reporters in the group with a report known by `asOf`. */
  readonly reported: number;
  /** Expected reporters in the group without a report. */
  readonly notReported: number;
  /** Reporters in the group by status (every status of `DEADLINE_STATUSES`, zeros included). */
  readonly byStatus: Readonly<Record<DeadlineStatus, number>>;
}

/**
 * One indicator in the reporting status: whether it has data up to the
 * report's year, for the year itself, and in which years.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { IndicatorDataStatus } from "@romsk-inkludering/reports";
 * const s: IndicatorDataStatus = { indicatorId: "n15428", name: null, hasData: true, hasDataForYear: false, latestYear: 2016, years: [2016] };
 * s.latestYear;
 * // => 2016
 * ```
 */
export interface IndicatorDataStatus {
  readonly indicatorId: string;
  readonly name: Bilingual | null;
  /** Whether any value (not null) up to the year is known. */
  readonly hasData: boolean;
  /** Whether a value for the year itself is known. */
  readonly hasDataForYear: boolean;
  /** The latest year with a value, null when none. */
  readonly latestYear: number | null;
  /** The years with a value, ascending. */
  readonly years: readonly number[];
}

/**
 * Reporting status at a glance for a year: the reporters as a whole, by
 * actor type (an actor with two types counts in both) and by area (the
 * reporters active in the area: an expected reporter without a report has
 * no area), and which indicators have data. Counts of organisations and
 * indicators, published as they are.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * const r = buildNationalReport({ year: 2017, reports: [], expectedReporters: [{ actorId: "municipality-2180" }], deadline: "2018-04-15", suppressionThreshold: 5, asOf: "2018-05-02" });
 * [r.reportingStatus.expected, r.reportingStatus.reported, r.reportingStatus.byStatus.overdue, r.reportingStatus.byActorType.map((t) => t.actorType)];
 * // => [1,0,1,["other"]]
 * ```
 */
export interface ReportingStatus extends ReportingGroup {
  readonly year: number;
  readonly asOf: string;
  /** The deadline that applies, null when none was given. */
  readonly deadline: string | null;
  readonly byActorType: readonly (ReportingGroup & { readonly actorType: ActorType })[];
  readonly byArea: readonly {
    readonly area: AreaKey;
    /** Annual reports covering the area. */
    readonly reports: number;
    /** Reporters with an activity or a meeting in the area. */
    readonly activeActors: number;
    /** The active reporters of the area by status. */
    readonly byStatus: Readonly<Record<DeadlineStatus, number>>;
  }[];
  readonly indicators: readonly IndicatorDataStatus[];
  /** Indicators with any value up to the year. */
  readonly indicatorsWithData: number;
  /** Indicators with a value for the year itself. */
  readonly indicatorsWithDataForYear: number;
}

/**
 * What {@link reportingStatus} reads besides the aggregate and the
 * completeness.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportingStatusOptions } from "@romsk-inkludering/reports";
 * const o: ReportingStatusOptions = { year: 2017, actorTypes: { "municipality-2180": ["development-municipality"] }, indicators: [{ id: "n15428" }] };
 * o.indicators?.length;
 * // => 1
 * ```
 */
export interface ReportingStatusOptions {
  readonly year: number;
  /** The types of each actor id (actors not listed count as `"other"`). */
  readonly actorTypes?: ActorTypes | undefined;
  /** The indicators expected to have data, with optional names. */
  readonly indicators?: readonly { readonly id: string; readonly name?: Bilingual | undefined }[] | undefined;
}

function zeros(): Record<DeadlineStatus, number> {
  return Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, 0])) as Record<DeadlineStatus, number>;
}

function typesOf(actorTypes: ActorTypes | undefined, actorId: string): readonly ActorType[] {
  const given = actorTypes !== undefined && Object.prototype.hasOwnProperty.call(actorTypes, actorId) ? actorTypes[actorId] : undefined;
  const unique = [...new Set(given ?? [])];
  return unique.length > 0 ? unique : ["other"];
}

/**
 * Reporting status at a glance for `options.year`, from the aggregate the
 * report was built from and its completeness: which expected reporters
 * reported, by actor type and area, and which indicators (those given,
 * and any observed) have data. Deterministic; rows in the model's order.
 *
 * @category Reports
 * @example
 * ```ts
 * import { assessCompleteness, reportingStatus, summarize } from "@romsk-inkludering/reports";
 * const agg = summarize([
 *   { id: "g-2017", year: 2017, actorId: "municipality-2180", reporterKind: "municipality", submittedOn: "2018-04-13", areas: ["education"],
 *     activities: [], consultations: [], observations: [], problems: [], proposals: [] },
 *   { indicatorId: "n15428", place: { level: "country" }, year: 2016, gender: "T", value: 82.5 },
 * ]);
 * const c = assessCompleteness(agg, { year: 2017, deadline: "2018-04-15", asOf: "2018-05-02", expectedReporters: [{ actorId: "municipality-2180" }, { actorId: "municipality-0580" }] });
 * const s = reportingStatus(agg, c, { year: 2017, actorTypes: { "municipality-2180": ["development-municipality"] }, indicators: [{ id: "n15428" }, { id: "n00914" }] });
 * s.byActorType.map((t) => [t.actorType, t.expected, t.reported, t.byStatus["on-time"], t.byStatus.overdue]);
 * // => [["development-municipality",1,1,1,0],["other",1,0,0,1]]
 * s.indicators.map((i) => [i.indicatorId, i.hasData, i.hasDataForYear, i.latestYear]);
 * // => [["n15428",true,false,2016],["n00914",false,false,null]]
 * ```
 */
export function reportingStatus(aggregate: Aggregate, completeness: Completeness, options: ReportingStatusOptions): ReportingStatus {
  const { year, actorTypes } = options;
  const statusOf = new Map(completeness.reporters.map((r) => [r.actorId, r]));

  // By actor type: every reporter of the completeness (expected or not).
  const groups = new Map<ActorType, { expected: number; reported: number; notReported: number; byStatus: Record<DeadlineStatus, number> }>();
  for (const r of completeness.reporters) {
    for (const type of typesOf(actorTypes, r.actorId)) {
      let g = groups.get(type);
      if (g === undefined) {
        g = { expected: 0, reported: 0, notReported: 0, byStatus: zeros() };
        groups.set(type, g);
      }
      if (r.expected) g.expected += 1;
      if (r.reported) g.reported += 1;
      else if (r.expected) g.notReported += 1;
      g.byStatus[r.status] += 1;
    }
  }
  const listed = completeness.expected !== null;
  const byActorType = [...groups.keys()].sort(byOrder(ACTOR_TYPES)).map((actorType) => {
    const g = groups.get(actorType) ?? { expected: 0, reported: 0, notReported: 0, byStatus: zeros() };
    return { actorType, expected: listed ? g.expected : null, reported: g.reported, notReported: g.notReported, byStatus: g.byStatus };
  });

  // By area: the reporters active in the area (all types), with their status.
  const prefix = `${year}|`;
  const byArea: ReportingStatus["byArea"][number][] = [];
  for (const key of Object.keys(aggregate.cells)) {
    if (!key.startsWith(prefix) || !key.endsWith("|all")) continue;
    const area = key.slice(prefix.length, -"|all".length) as AreaKey;
    if (area === "all") continue;
    const cell = aggregate.cells[key];
    if (cell === undefined) continue;
    const byStatus = zeros();
    for (const actorId of cell.actors) {
      const r = statusOf.get(actorId);
      if (r !== undefined) byStatus[r.status] += 1;
    }
    byArea.push({ area, reports: cell.reports, activeActors: cell.actors.length, byStatus });
  }
  byArea.sort((a, b) => byOrder(AREA_KEYS)(a.area, b.area));

  // Indicators: those given, then any other observed, by id.
  const years = new Map<string, Set<number>>();
  for (const [key, stats] of Object.entries(aggregate.indicators)) {
    const [indicatorId = "", y = ""] = key.split("|");
    const yr = Number(y);
    if (yr > year || stats.n === 0) {
      if (!years.has(indicatorId) && yr <= year) years.set(indicatorId, new Set());
      continue;
    }
    const set = years.get(indicatorId) ?? new Set<number>();
    set.add(yr);
    years.set(indicatorId, set);
  }
  const given = options.indicators ?? [];
  const ids = [...given.map((i) => i.id), ...[...years.keys()].filter((id) => !given.some((i) => i.id === id)).sort()];
  const names = new Map(given.map((i) => [i.id, i.name ?? null]));
  const indicators: IndicatorDataStatus[] = [...new Set(ids)].map((indicatorId) => {
    const list = [...(years.get(indicatorId) ?? [])].sort((a, b) => a - b);
    return {
      indicatorId,
      name: names.get(indicatorId) ?? null,
      hasData: list.length > 0,
      hasDataForYear: list.includes(year),
      latestYear: list.length > 0 ? (list[list.length - 1] ?? null) : null,
      years: list,
    };
  });

  return {
    year,
    asOf: completeness.asOf,
    deadline: completeness.effectiveDeadline,
    expected: completeness.expected,
    reported: completeness.reported,
    notReported: completeness.notReported,
    byStatus: { ...completeness.byStatus },
    byActorType,
    byArea,
    indicators,
    indicatorsWithData: indicators.filter((i) => i.hasData).length,
    indicatorsWithDataForYear: indicators.filter((i) => i.hasDataForYear).length,
  };
}
