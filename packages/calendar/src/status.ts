/**
 * Deadline status: the one vocabulary of where a deadline stands on a date,
 * the one function that decides it, the one setting for the statutory
 * shift, and the status labels in Swedish and English.
 */
import { statutoryDeadline } from "./deadlines.js";
import { daysBetween, isIsoDate } from "./iso.js";

/**
 * Whether the shift of lag (1930:173) §2 (a last day on a Saturday,
 * Sunday or public holiday moves to the next workday) applies to a
 * deadline unless a setting says otherwise: `false`. The law concerns time
 * limits set "i lag eller annan författning"; a government commission's due
 * date, or the date a coordinating authority asks annual reports by, is set
 * by a decision, not by a författning. Rules (the profile setting
 * `deadlines.applyStatutoryShift`), reports (`applyStatutoryShift` of the
 * completeness), the SDK and the command line all default to this value;
 * findings and reports always show the date the law would give.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { DEFAULT_APPLY_STATUTORY_SHIFT } from "@romsk-inkludering/calendar";
 * DEFAULT_APPLY_STATUTORY_SHIFT;
 * // => false
 * ```
 */
export const DEFAULT_APPLY_STATUTORY_SHIFT = false;

/**
 * The number of days before a deadline from which it is `due-soon`
 * unless a setting says otherwise (the profile's `deadlines.dueSoonDays`).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { DEFAULT_DUE_SOON_DAYS } from "@romsk-inkludering/calendar";
 * DEFAULT_DUE_SOON_DAYS;
 * // => 30
 * ```
 */
export const DEFAULT_DUE_SOON_DAYS = 30;

/**
 * Where a deadline stands on a date, in one vocabulary for every package:
 * `on-time` (handed in by the due date), `late` (handed in after it),
 * `overdue` (nothing handed in by `asOf`, and the due date has passed),
 * `passed` (the due date has passed and hand-ins are not tracked by the
 * caller, e.g. a list of deadlines), `due-soon` (not handed in, due within
 * the due-soon window, the due day included) and `upcoming`. Two more say
 * why a hand-in cannot be judged: `date-unknown` (handed in, on a date no
 * one gave) and `no-deadline` (no due date to judge by). {@link deadlineStatus}
 * decides the first six; a caller that lacks the hand-in's date or the due
 * date uses the last two (the report's completeness does).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { DEADLINE_STATUSES } from "@romsk-inkludering/calendar";
 * DEADLINE_STATUSES;
 * // => ["on-time","late","overdue","passed","due-soon","upcoming","date-unknown","no-deadline"]
 * ```
 */
export const DEADLINE_STATUSES = Object.freeze(["on-time", "late", "overdue", "passed", "due-soon", "upcoming", "date-unknown", "no-deadline"] as const);

/**
 * One of {@link DEADLINE_STATUSES}.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { DeadlineStatus } from "@romsk-inkludering/calendar";
 * const status: DeadlineStatus = "overdue";
 * status;
 * // => "overdue"
 * ```
 */
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/**
 * The Swedish and English label of each {@link DeadlineStatus}, as a person
 * reads it.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { DEADLINE_STATUS_LABELS } from "@romsk-inkludering/calendar";
 * [DEADLINE_STATUS_LABELS.overdue.sv, DEADLINE_STATUS_LABELS["due-soon"].en];
 * // => ["försenad","due soon"]
 * ```
 */
export const DEADLINE_STATUS_LABELS: Readonly<Record<DeadlineStatus, { readonly sv: string; readonly en: string }>> = Object.freeze({
  "on-time": Object.freeze({ sv: "i tid", en: "on time" }),
  late: Object.freeze({ sv: "för sent", en: "late" }),
  overdue: Object.freeze({ sv: "försenad", en: "overdue" }),
  passed: Object.freeze({ sv: "passerad", en: "passed" }),
  "due-soon": Object.freeze({ sv: "snart", en: "due soon" }),
  upcoming: Object.freeze({ sv: "kommande", en: "upcoming" }),
  "date-unknown": Object.freeze({ sv: "datum okänt", en: "date unknown" }),
  "no-deadline": Object.freeze({ sv: "ingen sista dag", en: "no deadline" }),
});

/**
 * What {@link deadlineStatus} needs: the due date as written (or amended),
 * the date of the answer, and optionally the hand-in and the settings.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { DeadlineStatusInput } from "@romsk-inkludering/calendar";
 * const input: DeadlineStatusInput = { due: "2012-09-01", asOf: "2012-10-01", submittedOn: "2012-09-03" };
 * input.submittedOn;
 * // => "2012-09-03"
 * ```
 */
export interface DeadlineStatusInput {
  /** The due date as written (or as amended), `YYYY-MM-DD`. */
  readonly due: string;
  /** The date of the answer, `YYYY-MM-DD`. */
  readonly asOf: string;
  /**
   * The first hand-in: a date (one after `asOf` is not yet known and counts
   * as none), `null` when hand-ins are tracked and there is none, or
   * absent when they are not tracked (then a past due date is `passed`).
   */
  readonly submittedOn?: string | null | undefined;
  /** Apply the shift of lag (1930:173) §2; default {@link DEFAULT_APPLY_STATUTORY_SHIFT}. */
  readonly applyStatutoryShift?: boolean | undefined;
  /** The due-soon window in days; default {@link DEFAULT_DUE_SOON_DAYS}. */
  readonly dueSoonDays?: number | undefined;
}

/**
 * A deadline's status with the dates it was judged by.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { deadlineStatus, type DeadlineStatusResult } from "@romsk-inkludering/calendar";
 * const r: DeadlineStatusResult = deadlineStatus({ due: "2012-09-01", asOf: "2012-08-15" });
 * [r.status, r.daysLeft];
 * // => ["due-soon",17]
 * ```
 */
export interface DeadlineStatusResult {
  /** The status; never `date-unknown` or `no-deadline`, which a caller gives when it has no date to judge by. */
  readonly status: Exclude<DeadlineStatus, "date-unknown" | "no-deadline">;
  /** The due date as given. */
  readonly due: string;
  /** The last day under lag (1930:173) §2: the next workday when `due` is not one (`due` itself past 2200-12-30). */
  readonly statutoryDue: string;
  /** The date that applies: `statutoryDue` with the shift, else `due`. */
  readonly effectiveDue: string;
  /** The hand-in known by `asOf`, or `null`. */
  readonly submittedOn: string | null;
  /** Calendar days from `asOf` to `effectiveDue` (negative once it has passed). */
  readonly daysLeft: number;
  /** For `late`, calendar days after `effectiveDue`; else `null`. */
  readonly daysLate: number | null;
  /**
   * The status under the other reading of lag (1930:173) §2 (with the
   * shift when it is not applied, without it when it is), when it differs:
   * e.g. a hand-in on Monday after a due date on Sunday is `late` without
   * the shift and would be `on-time` with it.
   */
  readonly otherReading: {
    readonly applyStatutoryShift: boolean;
    readonly status: Exclude<DeadlineStatus, "date-unknown" | "no-deadline">;
    readonly effectiveDue: string;
  } | null;
}

function shifted(date: string): string {
  try {
    return statutoryDeadline(date);
  } catch (error) {
    // 2200-12-31 has no next workday in the calendar's range: the date itself.
    if (error instanceof RangeError && isIsoDate(date)) return date;
    throw error;
  }
}

function statusAgainst(due: string, asOf: string, submittedOn: string | null | undefined, dueSoonDays: number): DeadlineStatusResult["status"] {
  if (typeof submittedOn === "string") return submittedOn <= due ? "on-time" : "late";
  if (asOf > due) return submittedOn === null ? "overdue" : "passed";
  return daysBetween(asOf, due) <= dueSoonDays ? "due-soon" : "upcoming";
}

/**
 * Where a deadline stands on `asOf`: the one status function of the
 * library, used for deliverable findings, lists of deadlines and the
 * completeness of annual reports. A hand-in after `asOf` is not yet known.
 * Without the shift (the default, {@link DEFAULT_APPLY_STATUTORY_SHIFT}) the
 * due date applies as written; the result also gives the status under the
 * other reading of lag (1930:173) §2 when it differs.
 *
 * @category Deadlines
 * @throws RangeError when `due` or `asOf` is not an ISO date, or a hand-in is not one
 * @example
 * ```ts
 * import { deadlineStatus } from "@romsk-inkludering/calendar";
 * // Due Saturday 1 September 2012, handed in Monday 3 September.
 * const r = deadlineStatus({ due: "2012-09-01", asOf: "2012-10-01", submittedOn: "2012-09-03" });
 * [r.status, r.daysLate, r.otherReading];
 * // => ["late",2,{"applyStatutoryShift":true,"status":"on-time","effectiveDue":"2012-09-03"}]
 * deadlineStatus({ due: "2012-09-01", asOf: "2012-10-01", submittedOn: null }).status;
 * // => "overdue"
 * deadlineStatus({ due: "2012-09-01", asOf: "2012-10-01" }).status;
 * // => "passed"
 * deadlineStatus({ due: "2012-09-01", asOf: "2012-08-31", submittedOn: "2012-09-03" }).status;
 * // => "due-soon"
 * ```
 */
export function deadlineStatus(input: DeadlineStatusInput): DeadlineStatusResult {
  const { due, asOf } = input;
  if (!isIsoDate(due)) throw new RangeError(`deadlineStatus: due must be an ISO date YYYY-MM-DD, got ${JSON.stringify(due)}`);
  if (!isIsoDate(asOf)) throw new RangeError(`deadlineStatus: asOf must be an ISO date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  const given = input.submittedOn;
  if (typeof given === "string" && !isIsoDate(given)) {
    throw new RangeError(`deadlineStatus: submittedOn must be an ISO date YYYY-MM-DD, got ${JSON.stringify(given)}`);
  }
  const submittedOn = typeof given === "string" ? (given <= asOf ? given : null) : given;
  const shift = input.applyStatutoryShift ?? DEFAULT_APPLY_STATUTORY_SHIFT;
  const dueSoonDays = input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const statutoryDue = shifted(due);
  const effectiveDue = shift ? statutoryDue : due;
  const otherDue = shift ? due : statutoryDue;
  const status = statusAgainst(effectiveDue, asOf, submittedOn, dueSoonDays);
  const other = statusAgainst(otherDue, asOf, submittedOn, dueSoonDays);
  return {
    status,
    due,
    statutoryDue,
    effectiveDue,
    submittedOn: typeof submittedOn === "string" ? submittedOn : null,
    daysLeft: daysBetween(asOf, effectiveDue),
    daysLate: status === "late" && typeof submittedOn === "string" ? daysBetween(effectiveDue, submittedOn) : null,
    otherReading: other === status ? null : { applyStatutoryShift: !shift, status: other, effectiveDue: otherDue },
  };
}
