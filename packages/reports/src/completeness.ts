/**
 * Completeness of the annual reports of a year: who was expected and did
 * not report, who reported late, and by how many days. Each reporter's
 * status comes from the calendar's one deadline status function, with the
 * library's one setting for lag (1930:173) 2 §.
 */
import { DEADLINE_STATUSES, DEFAULT_APPLY_STATUTORY_SHIFT, deadlineStatus, isIsoDate, type DeadlineStatus, type DeadlineStatusResult } from "@romsk-inkludering/calendar";
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
 * One actor in the completeness section.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReporterEntry } from "@romsk-inkludering/reports";
 * const e: ReporterEntry = { actorId: "municipality-0580", name: null, expected: true, reported: true, status: "late", submittedOn: "2017-04-20", daysLate: 2 };
 * e.daysLate;
 * // => 2
 * ```
 */
export interface ReporterEntry {
  readonly actorId: string;
  readonly name: Bilingual | null;
  /** Whether the actor is among the expected reporters (false also when no list was given). */
  readonly expected: boolean;
  /** Whether a report of the actor for the year is known by `asOf`. */
  readonly reported: boolean;
  /**
   * Where the actor stands, in the calendar's one vocabulary
   * (`DEADLINE_STATUSES`): reported `on-time` or `late`; not reported and
   * `overdue`, or `due-soon`/`upcoming` while the deadline has not passed;
   * `date-unknown` for a report without `submittedOn`; `no-deadline` when
   * no deadline was given.
   */
  readonly status: DeadlineStatus;
  /** The earliest `submittedOn` of the actor's reports for the year. */
  readonly submittedOn: string | null;
  /** Calendar days after the effective deadline, for late reports. */
  readonly daysLate: number | null;
  /** The status under the other reading of lag (1930:173) 2 § (see `applyStatutoryShift`), present when it differs. */
  readonly statusUnderOtherReading?: DeadlineStatus;
}

/**
 * The completeness section: the deadline as given and as shifted, counts by
 * status (the calendar's one vocabulary, `DEADLINE_STATUSES`) and every reporter (expected or not), sorted by actor id. These
 * are lists of organisations, published by id, so their counts are not
 * suppressed.
 *
 * @category Reports
 * @example
 * ```ts
 * import { assessCompleteness, summarize } from "@romsk-inkludering/reports";
 * const c = assessCompleteness(summarize([]), { year: 2017, deadline: "2018-04-15", asOf: "2018-05-01", expectedReporters: [{ actorId: "municipality-2180" }] });
 * [c.effectiveDeadline, c.statutoryDeadline, c.byStatus.overdue, c.reporters[0]?.status];
 * // => ["2018-04-15","2018-04-16",1,"overdue"]
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
  /** Actors with at least one report for the year (known by `asOf`). */
  readonly reported: number;
  /** Expected actors without a report (0 when no list was given). */
  readonly notReported: number;
  /**
   * The number of reporters with each status; every reporter is counted
   * once, so they add up to `reported + notReported`.
   */
  readonly byStatus: Readonly<Record<DeadlineStatus, number>>;
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
 * calendar days from it. An expected actor without a report is `upcoming`
 * or `due-soon` while `asOf` is not after that deadline and `overdue` after
 * it; a report without `submittedOn` is `date-unknown`; without a deadline
 * every reporter is `no-deadline`. A report submitted after `asOf` is not
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
 * // => [["municipality-0580","late",3,"on-time"],["municipality-1283","on-time",null,null],["municipality-2180","overdue",null,null]]
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
  const other = (judged: DeadlineStatusResult | null, status: DeadlineStatus): { statusUnderOtherReading?: DeadlineStatus } => {
    const alternative = judged?.otherReading == null ? status : judged.otherReading.status;
    return alternative === status ? {} : { statusUnderOtherReading: alternative };
  };

  const ids = [...new Set([...names.keys(), ...submitted.keys()])].sort();
  const reporters: ReporterEntry[] = ids.map((actorId) => {
    const expected = names.has(actorId);
    const name = names.get(actorId) ?? null;
    if (!submitted.has(actorId)) {
      const status = none === null ? "no-deadline" : none.status;
      return { actorId, name, expected, reported: false, status, submittedOn: null, daysLate: null, ...other(none, status) };
    }
    const on = submitted.get(actorId) ?? null;
    if (effective === null) return { actorId, name, expected, reported: true, status: "no-deadline", submittedOn: on, daysLate: null };
    if (on === null) return { actorId, name, expected, reported: true, status: "date-unknown", submittedOn: null, daysLate: null };
    const judged = judge(on);
    const status = judged === null ? "no-deadline" : judged.status;
    return { actorId, name, expected, reported: true, status, submittedOn: on, daysLate: judged?.daysLate ?? null, ...other(judged, status) };
  });
  const byStatus = Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, 0])) as Record<DeadlineStatus, number>;
  for (const r of reporters) byStatus[r.status] += 1;
  return {
    year,
    deadline: deadline ?? null,
    effectiveDeadline: effective,
    statutoryDeadline: none?.statutoryDue ?? null,
    applyStatutoryShift: shift,
    asOf,
    expected: expectedReporters === undefined ? null : names.size,
    reported: submitted.size,
    notReported: reporters.length - submitted.size,
    byStatus: Object.freeze(byStatus),
    unexpected: expectedReporters === undefined ? 0 : reporters.filter((r) => !r.expected).length,
    reporters,
  };
}
