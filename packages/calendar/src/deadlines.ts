/**
 * Deadlines under lag (1930:173) om beräkning av lagstadgad tid: workdays
 * (vardagar, §2), the next-workday rule (§2), period ends (§1), and
 * recurring yearly dates.
 */
import {
  dayOf,
  dayOfYearIndex,
  daysFromCivil,
  daysInMonth,
  describe,
  formatParts,
  MAX_YEAR,
  MIN_YEAR,
  monthOf,
  RANGE_TEXT,
  requireInteger,
  requirePacked,
  requireYear,
  resultDay,
  yearOf,
} from "./iso.js";
import { dateOf, yearTable, type YearTable } from "./table.js";

/**
 * Whether `date` is a vardag in the sense of lag (1930:173) §2: not a
 * Saturday, not a Sunday or other public holiday (lag 1989:253), and not
 * midsommarafton, julafton or nyårsafton.
 *
 * §2 is applied in its present wording (since SFS 1987:1212) to every year;
 * its earlier wordings are not modelled.
 *
 * @throws RangeError if `date` is not a real ISO date in 1900–2200.
 * @category Deadlines
 * @example
 * ```ts
 * import { isWorkday } from "@romsk-inkludering/calendar";
 * [isWorkday("2012-10-01"), isWorkday("2012-09-01"), isWorkday("2024-06-21"), isWorkday("2024-12-24"), isWorkday("2024-12-31")];
 * // => [true,false,false,false,false]
 * ```
 */
export function isWorkday(date: string): boolean {
  const packed = requirePacked("isWorkday", "date", date);
  const year = yearOf(packed);
  return yearTable(year).flags[dayOfYearIndex(year, monthOf(packed), dayOf(packed))] === 0;
}

/** The first workday after day `doy` of `year`, or a RangeError. */
function nextWorkday(fn: string, year: number, doy: number, date: string): string {
  let y = year;
  let table: YearTable = yearTable(y);
  let d = doy + 1;
  for (;;) {
    if (d >= table.length) {
      y += 1;
      if (y > MAX_YEAR) {
        throw new RangeError(`${fn}: the next workday after ${describe(date)} is outside ${RANGE_TEXT}`);
      }
      table = yearTable(y);
      d = 0;
    }
    if (table.flags[d] === 0) return dateOf(table, d);
    d += 1;
  }
}

/**
 * The last day for an action due on `date` under lag (1930:173) §2: `date`
 * itself if it is a workday, otherwise the next workday (see
 * {@link isWorkday}). A workday date is returned as the same string.
 *
 * @throws RangeError if `date` is not a real ISO date in 1900–2200, or the
 *   next workday is after 2200-12-31 (only for 2200-12-31 itself).
 * @category Deadlines
 * @example
 * ```ts
 * import { statutoryDeadline } from "@romsk-inkludering/calendar";
 * statutoryDeadline("2012-09-01");
 * // => "2012-09-03"
 * statutoryDeadline("2012-10-01");
 * // => "2012-10-01"
 * statutoryDeadline("2021-12-24");
 * // => "2021-12-27"
 * ```
 */
export function statutoryDeadline(date: string): string {
  const packed = requirePacked("statutoryDeadline", "date", date);
  const year = yearOf(packed);
  const doy = dayOfYearIndex(year, monthOf(packed), dayOf(packed));
  if (yearTable(year).flags[doy] === 0) return date;
  return nextWorkday("statutoryDeadline", year, doy, date);
}

/**
 * The workday `n` workdays after `date` (before it when `n` is negative);
 * `n = 0` returns `date` unchanged. Counting starts from the day after (or
 * before) `date`, so `date` itself need not be a workday: one workday after
 * Saturday 2012-09-01 is Monday 2012-09-03.
 *
 * For every date `d` and `n >= 0`, `workdaysBetween(d, addWorkdays(d, n))`
 * is `n`; for a workday `d` this holds for negative `n` too, and
 * `addWorkdays(addWorkdays(d, n), -n)` is `d`.
 *
 * @param n - An integer number of workdays.
 * @throws RangeError if `date` is not a real ISO date in 1900–2200, `n` is
 *   not an integer, or the result is outside 1900-01-01 to 2200-12-31.
 * @category Deadlines
 * @example
 * ```ts
 * import { addWorkdays } from "@romsk-inkludering/calendar";
 * [addWorkdays("2012-09-01", 1), addWorkdays("2024-12-23", 1), addWorkdays("2024-04-02", -1)];
 * // => ["2012-09-03","2024-12-27","2024-03-28"]
 * ```
 */
export function addWorkdays(date: string, n: number): string {
  const packed = requirePacked("addWorkdays", "date", date);
  const steps = requireInteger("addWorkdays", "n", n);
  if (steps === 0) return date;
  let year = yearOf(packed);
  let d = dayOfYearIndex(year, monthOf(packed), dayOf(packed));
  let table = yearTable(year);
  let remaining = Math.abs(steps);
  const outside = (): never => {
    throw new RangeError(`addWorkdays: the date ${steps} workdays from ${describe(date)} is outside ${RANGE_TEXT}`);
  };
  if (steps > 0) {
    for (;;) {
      const rest = (table.before[table.length] ?? 0) - (table.before[d + 1] ?? 0);
      if (remaining <= rest) break;
      remaining -= rest;
      year += 1;
      if (year > MAX_YEAR) outside();
      table = yearTable(year);
      d = -1;
    }
    for (;;) {
      d += 1;
      if (table.flags[d] === 0) {
        remaining -= 1;
        if (remaining === 0) return dateOf(table, d);
      }
    }
  }
  for (;;) {
    const rest = table.before[d] ?? 0;
    if (remaining <= rest) break;
    remaining -= rest;
    year -= 1;
    if (year < MIN_YEAR) outside();
    table = yearTable(year);
    d = table.length;
  }
  for (;;) {
    d -= 1;
    if (table.flags[d] === 0) {
      remaining -= 1;
      if (remaining === 0) return dateOf(table, d);
    }
  }
}

/** Workdays on days 1 January..`doy` (included) of `year`. */
function workdaysThrough(table: YearTable, doy: number): number {
  return table.before[doy + 1] ?? 0;
}

/**
 * The signed number of workdays from `a` to `b`: the workdays after `a` up
 * to and including `b` when `b` is later, and minus the workdays after `b`
 * up to and including `a` when `b` is earlier. Useful for "late by N
 * workdays"; `workdaysBetween(a, b) + workdaysBetween(b, c)` is
 * `workdaysBetween(a, c)`.
 *
 * @throws RangeError if either argument is not a real ISO date in 1900–2200.
 * @category Deadlines
 * @example
 * ```ts
 * import { workdaysBetween } from "@romsk-inkludering/calendar";
 * [workdaysBetween("2012-09-03", "2012-09-10"), workdaysBetween("2024-12-23", "2024-12-27"), workdaysBetween("2012-09-10", "2012-09-03")];
 * // => [5,1,-5]
 * ```
 */
export function workdaysBetween(a: string, b: string): number {
  const pa = requirePacked("workdaysBetween", "a", a);
  const pb = requirePacked("workdaysBetween", "b", b);
  // `0 - x`, not `-x`: no negative zero when no workday lies between.
  if (pa > pb) return 0 - countAfterThrough(pb, pa);
  return countAfterThrough(pa, pb);
}

/** Workdays in (from, to], for packed dates with from <= to. */
function countAfterThrough(from: number, to: number): number {
  const fromYear = yearOf(from);
  const toYear = yearOf(to);
  const fromTable = yearTable(fromYear);
  const toTable = yearTable(toYear);
  const fromDoy = dayOfYearIndex(fromYear, monthOf(from), dayOf(from));
  const toDoy = dayOfYearIndex(toYear, monthOf(to), dayOf(to));
  if (fromYear === toYear) return workdaysThrough(toTable, toDoy) - workdaysThrough(fromTable, fromDoy);
  let count = (fromTable.before[fromTable.length] ?? 0) - workdaysThrough(fromTable, fromDoy);
  for (let y = fromYear + 1; y < toYear; y += 1) {
    const table = yearTable(y);
    count += table.before[table.length] ?? 0;
  }
  return count + workdaysThrough(toTable, toDoy);
}

/**
 * The length of a period counted under lag (1930:173) §1.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { PeriodLength } from "@romsk-inkludering/calendar";
 * const threeWeeks: PeriodLength = { weeks: 3 };
 * threeWeeks.weeks;
 * // => 3
 * ```
 */
export interface PeriodLength {
  /** Whole weeks (non-negative integer). */
  readonly weeks?: number;
  /** Whole months (non-negative integer). */
  readonly months?: number;
  /** Whole years (non-negative integer). */
  readonly years?: number;
}

const LENGTH_KEYS: ReadonlySet<string> = new Set(["weeks", "months", "years"]);

function lengthPart(length: object, key: "weeks" | "months" | "years"): number {
  const value: unknown = (length as Record<string, unknown>)[key];
  if (value === undefined) return 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`periodEnd(length.${key}): expected a non-negative integer, got ${describe(value)}`);
  }
  return value;
}

/**
 * The last day of a period of weeks, months and/or years starting on
 * `start`, under lag (1930:173) §1: the day with the same weekday (weeks) or
 * the same day of the month (months, years) as `start`; where that day does
 * not exist in the end month, the month's last day. Years and months are
 * counted first, then weeks. An empty length gives `start`.
 *
 * The end day is not moved off a weekend or holiday: apply
 * {@link statutoryDeadline} to the result for §2.
 *
 * @throws RangeError if `start` is not a real ISO date in 1900–2200, a
 *   length part is not a non-negative integer, `length` has another key, or
 *   the end is after 2200-12-31.
 * @category Deadlines
 * @example
 * ```ts
 * import { periodEnd, statutoryDeadline } from "@romsk-inkludering/calendar";
 * [periodEnd("2024-01-31", { months: 1 }), periodEnd("2023-01-31", { months: 1 }), periodEnd("2024-02-29", { years: 1 }), periodEnd("2012-09-03", { weeks: 3 })];
 * // => ["2024-02-29","2023-02-28","2025-02-28","2012-09-24"]
 * statutoryDeadline(periodEnd("2012-08-01", { months: 1 }));
 * // => "2012-09-03"
 * ```
 */
export function periodEnd(start: string, length: PeriodLength): string {
  const packed = requirePacked("periodEnd", "start", start);
  if (typeof length !== "object" || length === null || Array.isArray(length)) {
    throw new RangeError(`periodEnd(length): expected an object such as { months: 1 }, got ${describe(length)}`);
  }
  for (const key of Object.keys(length)) {
    if (!LENGTH_KEYS.has(key)) {
      throw new RangeError(`periodEnd(length): unknown key ${describe(key)} (expected weeks, months or years)`);
    }
  }
  const weeks = lengthPart(length, "weeks");
  const months = lengthPart(length, "months");
  const years = lengthPart(length, "years");
  const year = yearOf(packed);
  const month = monthOf(packed);
  const day = dayOf(packed);
  const outside = (): string =>
    `the end of a period of ${years} years, ${months} months and ${weeks} weeks from ${describe(start)}`;
  const monthIndex = year * 12 + (month - 1) + years * 12 + months;
  const endYear = Math.floor(monthIndex / 12);
  if (!(endYear <= MAX_YEAR)) throw new RangeError(`periodEnd: ${outside()} is outside ${RANGE_TEXT}`);
  const endMonth = (monthIndex % 12) + 1;
  const endDay = Math.min(day, daysInMonth(endYear, endMonth));
  return resultDay("periodEnd", daysFromCivil(endYear, endMonth, endDay) + weeks * 7, outside);
}

/**
 * A yearly date rule such as "årligen under 2013–2015 senast den 15 april".
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { YearlyRule } from "@romsk-inkludering/calendar";
 * const rule: YearlyRule = { month: 4, day: 15, fromYear: 2013, toYear: 2015 };
 * rule.day;
 * // => 15
 * ```
 */
export interface YearlyRule {
  /** Month 1–12. */
  readonly month: number;
  /** Day of the month 1–31; must exist in every year of the rule. */
  readonly day: number;
  /** First year, 1900–2200. */
  readonly fromYear: number;
  /** Last year (included), 1900–2200, not before `fromYear`. */
  readonly toYear: number;
}

/**
 * The dates of a yearly rule, one per year from `fromYear` to `toYear`, as
 * written (not moved off weekends and holidays: map them through
 * {@link statutoryDeadline} for the last day under §2).
 *
 * @throws RangeError if a field is not an integer in range, `toYear` is
 *   before `fromYear`, or the day does not exist in one of the years (for
 *   example 29 February in 2013).
 * @category Deadlines
 * @example
 * ```ts
 * import { statutoryDeadline, yearlyDates } from "@romsk-inkludering/calendar";
 * yearlyDates({ month: 4, day: 15, fromYear: 2013, toYear: 2015 });
 * // => ["2013-04-15","2014-04-15","2015-04-15"]
 * yearlyDates({ month: 12, day: 15, fromYear: 2018, toYear: 2019 }).map(statutoryDeadline);
 * // => ["2018-12-17","2019-12-16"]
 * ```
 */
export function yearlyDates(rule: YearlyRule): string[] {
  if (typeof rule !== "object" || rule === null) {
    throw new RangeError(`yearlyDates(rule): expected an object { month, day, fromYear, toYear }, got ${describe(rule)}`);
  }
  const month = requireInteger("yearlyDates", "rule.month", rule.month);
  if (month < 1 || month > 12) throw new RangeError(`yearlyDates(rule.month): expected 1–12, got ${month}`);
  const day = requireInteger("yearlyDates", "rule.day", rule.day);
  if (day < 1 || day > 31) throw new RangeError(`yearlyDates(rule.day): expected 1–31, got ${day}`);
  const fromYear = requireYear("yearlyDates", "rule.fromYear", rule.fromYear);
  const toYear = requireYear("yearlyDates", "rule.toYear", rule.toYear);
  if (toYear < fromYear) {
    throw new RangeError(`yearlyDates(rule): toYear ${toYear} is before fromYear ${fromYear}`);
  }
  const out: string[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    if (day > daysInMonth(year, month)) {
      throw new RangeError(`yearlyDates(rule): day ${day} of month ${month} does not exist in ${year}`);
    }
    out.push(formatParts(year, month, day));
  }
  return out;
}
