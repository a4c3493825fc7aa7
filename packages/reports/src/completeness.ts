/**
 * Completeness of the annual reports of a year: who was expected and did
 * not report, who reported late, and by how many days. Each reporter's
 * status comes from the calendar's one deadline status function, with the
 * library's one setting for lag (1930:173) 2 §.
 */
import { DEFAULT_APPLY_STATUTORY_SHIFT, deadlineStatus, isIsoDate, type DeadlineStatusResult } from "@romsk-inkludering/calendar";
import type { Bilingual } from "@romsk-inkludering/model";
import type { Aggregate } from "./aggregate.js";

/**
 * An actor expected to hand in an annual report for the year (as the
 * catalog knows them as of the report's deadline), with an optional name
 * for the renderers.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ExpectedReporter } from "@romsk-inkludering/reports";
 * const gavle: ExpectedReporter = { actorId: "municipality-2180", name: { sv: "Gävle kommun", en: "Gävle Municipality" } };
 * gavle.actorId;
 * // => "municipality-2180"
 * ```
 */
export interface ExpectedReporter {
  readonly actorId: string;
  readonly name?: Bilingual;
}

/**
 * Where an actor stands: reported `on-time` or `late`; `missing`; not yet
 * due (`asOf` is not after the deadline); `date-unknown` (a report without
 * `submittedOn`); `no-deadline` (a report, but no deadline was given).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReporterStatus } from "@romsk-inkludering/reports";
 * const status: ReporterStatus = "late";
 * status;
 * // => "late"
 * ```
 */
export type ReporterStatus = "on-time" | "late" | "missing" | "not-yet-due" | "date-unknown" | "no-deadline";

/**
 * One actor in the completeness section.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReporterEntry } from "@romsk-inkludering/reports";
 * const e: ReporterEntry = { actorId: "municipality-0580", name: null, expected: true, status: "late", submittedOn: "2017-04-20", daysLate: 2 };
 * e.daysLate;
 * // => 2
 * ```
 */
export interface ReporterEntry {
  readonly actorId: string;
  readonly name: Bilingual | null;
  /** Whether the actor is among the expected reporters (false also when no list was given). */
  readonly expected: boolean;
  readonly status: ReporterStatus;
  /** The earliest `submittedOn` of the actor's reports for the year. */
  readonly submittedOn: string | null;
  /** Calendar days after the effective deadline, for late reports. */
  readonly daysLate: number | null;
  /** The status under the other reading of lag (1930:173) 2 § (see `applyStatutoryShift`), present when it differs. */
  readonly statusUnderOtherReading?: ReporterStatus;
}

/**
 * The completeness section: the deadline as given and as shifted, counts by
 * status and every reporter (expected or not), sorted by actor id. These
 * are lists of organisations, published by id, so their counts are not
 * suppressed.
 *
 * @category Reports
 * @example
 * ```ts
 * import { assessCompleteness, summarize } from "@romsk-inkludering/reports";
 * const c = assessCompleteness(summarize([]), { year: 2017, deadline: "2018-04-15", asOf: "2018-05-01", expectedReporters: [{ actorId: "municipality-2180" }] });
 * [c.effectiveDeadline, c.statutoryDeadline, c.missing, c.reporters[0]?.status];
 * // => ["2018-04-15","2018-04-16",1,"missing"]
 * ```
 */
export interface Completeness {
  readonly year: number;
  /** The deadline as given. */
  readonly deadline: string | null;
  /** The deadline that applies: `statutoryDeadline` with the shift, else the deadline as given. */
  readonly effectiveDeadline: string | null;
  /** The last day under lag (1930:173) 2 §: the next workday when the deadline is not one. */
  readonly statutoryDeadline?: string | null;
  /** Whether the shift of lag (1930:173) 2 § was applied (default: the calendar's `DEFAULT_APPLY_STATUTORY_SHIFT`, `false`). */
  readonly applyStatutoryShift?: boolean;
  readonly asOf: string;
  /** Number of expected reporters, null when no list was given. */
  readonly expected: number | null;
  /** Actors with at least one report for the year. */
  readonly reported: number;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  readonly notYetDue: number;
  readonly dateUnknown: number;
  readonly noDeadline: number;
  /** Reporters not in the expected list (0 when no list was given). */
  readonly unexpected: number;
  readonly reporters: readonly ReporterEntry[];
}

/**
 * Options of {@link assessCompleteness}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { CompletenessOptions } from "@romsk-inkludering/reports";
 * const o: CompletenessOptions = { year: 2016, deadline: "2017-04-15", asOf: "2017-05-02" };
 * o.deadline;
 * // => "2017-04-15"
 * ```
 */
export interface CompletenessOptions {
  readonly year: number;
  readonly asOf: string;
  readonly deadline?: string;
  readonly expectedReporters?: readonly ExpectedReporter[];
  /** Apply the shift of lag (1930:173) 2 § to the deadline; default the calendar's `DEFAULT_APPLY_STATUTORY_SHIFT` (`false`: the date annual reports are asked by is set by a decision, not by a författning). */
  readonly applyStatutoryShift?: boolean;
}

/**
 * Who reported for `year`, who did not, and who was late, by the
 * calendar's `deadlineStatus`. The deadline applies as given unless
 * `applyStatutoryShift` is set (the library's one default,
 * `DEFAULT_APPLY_STATUTORY_SHIFT`, is `false`: lag (1930:173) 2 § concerns
 * time set by statute, and the date annual reports are asked by is set by a
 * decision); the shifted date is always given (`statutoryDeadline`), and
 * a reporter whose status would differ under the other reading says so
 * (`statusUnderOtherReading`). A report is late when its earliest
 * `submittedOn` is after the deadline that applies, and `daysLate` counts
 * calendar days from it. An expected actor without a report is
 * `not-yet-due` while `asOf` is not after that deadline, `missing` after
 * it (or when no deadline is given). A report submitted after `asOf` is not
 * yet known: as of `asOf` its actor has not reported.
 *
 * @throws RangeError if `asOf` or `deadline` is not a real ISO date.
 * @category Reports
 * @example
 * ```ts
 * import { assessCompleteness, summarize } from "@romsk-inkludering/reports";
 * const report = (actorId: string, submittedOn: string) => ({
 *   id: `${actorId}-2016`, year: 2016, actorId, reporterKind: "municipality" as const, submittedOn,
 *   areas: [], activities: [], consultations: [], observations: [], problems: [], proposals: [],
 * });
 * // 15 April 2017 was påskafton (a Saturday) and 17 April annandag påsk: under the law the last day would be 18 April.
 * const c = assessCompleteness(summarize([report("municipality-0580", "2017-04-18"), report("municipality-1283", "2017-04-13")]), {
 *   year: 2016, deadline: "2017-04-15", asOf: "2017-05-02",
 *   expectedReporters: [{ actorId: "municipality-0580" }, { actorId: "municipality-1283" }, { actorId: "municipality-2180" }],
 * });
 * [c.effectiveDeadline, c.statutoryDeadline];
 * // => ["2017-04-15","2017-04-18"]
 * c.reporters.map((r) => [r.actorId, r.status, r.daysLate, r.statusUnderOtherReading ?? null]);
 * // => [["municipality-0580","late",3,"on-time"],["municipality-1283","on-time",null,null],["municipality-2180","missing",null,null]]
 * assessCompleteness(summarize([report("municipality-0580", "2017-04-18")]), { year: 2016, deadline: "2017-04-15", asOf: "2017-05-02", applyStatutoryShift: true })
 *   .reporters.map((r) => [r.status, r.daysLate]);
 * // => [["on-time",null]]
 * ```
 */
export function assessCompleteness(aggregate: Aggregate, options: CompletenessOptions): Completeness {
  const { year, asOf, deadline, expectedReporters } = options;
  if (!isIsoDate(asOf)) throw new RangeError(`assessCompleteness: asOf must be an ISO date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  if (deadline !== undefined && !isIsoDate(deadline)) {
    throw new RangeError(`assessCompleteness: deadline must be an ISO date YYYY-MM-DD, got ${JSON.stringify(deadline)}`);
  }
  const shift = options.applyStatutoryShift ?? DEFAULT_APPLY_STATUTORY_SHIFT;
  const judge = (submittedOn: string | null): DeadlineStatusResult | null =>
    deadline === undefined ? null : deadlineStatus({ due: deadline, asOf, submittedOn, applyStatutoryShift: shift });
  const reporterStatus = (status: DeadlineStatusResult["status"]): ReporterStatus =>
    status === "on-time" || status === "late" ? status : status === "overdue" || status === "passed" ? "missing" : "not-yet-due";
  const none = judge(null);
  const effective = none?.effectiveDue ?? null;
  const prefix = `${year}|`;
  const submitted = new Map<string, string | null>();
  for (const key of Object.keys(aggregate.submissions)) {
    if (!key.startsWith(prefix)) continue;
    const cell = aggregate.submissions[key];
    // A report submitted after `asOf` is not yet known.
    if (cell !== undefined && (cell.firstSubmittedOn === null || cell.firstSubmittedOn <= asOf)) {
      submitted.set(key.slice(prefix.length), cell.firstSubmittedOn);
    }
  }
  const names = new Map<string, Bilingual | null>();
  for (const e of expectedReporters ?? []) names.set(e.actorId, e.name ?? null);
  const other = (judged: DeadlineStatusResult | null, status: ReporterStatus): { statusUnderOtherReading?: ReporterStatus } => {
    const alternative = judged?.otherReading == null ? status : reporterStatus(judged.otherReading.status);
    return alternative === status ? {} : { statusUnderOtherReading: alternative };
  };

  const ids = [...new Set([...names.keys(), ...submitted.keys()])].sort();
  const reporters: ReporterEntry[] = ids.map((actorId) => {
    const expected = names.has(actorId);
    const name = names.get(actorId) ?? null;
    if (!submitted.has(actorId)) {
      const status = none === null ? "missing" : reporterStatus(none.status);
      return { actorId, name, expected, status, submittedOn: null, daysLate: null, ...other(none, status) };
    }
    const on = submitted.get(actorId) ?? null;
    if (effective === null) return { actorId, name, expected, status: "no-deadline", submittedOn: on, daysLate: null };
    if (on === null) return { actorId, name, expected, status: "date-unknown", submittedOn: null, daysLate: null };
    const judged = judge(on);
    const status = judged === null ? "no-deadline" : reporterStatus(judged.status);
    return { actorId, name, expected, status, submittedOn: on, daysLate: judged?.daysLate ?? null, ...other(judged, status) };
  });
  const count = (s: ReporterStatus): number => reporters.filter((r) => r.status === s).length;
  return {
    year,
    deadline: deadline ?? null,
    effectiveDeadline: effective,
    statutoryDeadline: none?.statutoryDue ?? null,
    applyStatutoryShift: shift,
    asOf,
    expected: expectedReporters === undefined ? null : names.size,
    reported: submitted.size,
    onTime: count("on-time"),
    late: count("late"),
    missing: count("missing"),
    notYetDue: count("not-yet-due"),
    dateUnknown: count("date-unknown"),
    noDeadline: count("no-deadline"),
    unexpected: expectedReporters === undefined ? 0 : reporters.filter((r) => !r.expected).length,
    reporters,
  };
}
