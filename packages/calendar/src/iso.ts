/**
 * ISO calendar dates (`YYYY-MM-DD`) as integer day numbers: days since
 * 1970-01-01 in the proleptic Gregorian calendar. No `Date` is ever
 * constructed, so every result is the same in every process time zone.
 */

/**
 * The first year the calendar supports (dates from 1900-01-01).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { MIN_YEAR } from "@romsk-inkludering/calendar";
 * MIN_YEAR;
 * // => 1900
 * ```
 */
export const MIN_YEAR = 1900;

/**
 * The last year the calendar supports (dates to 2200-12-31).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { MAX_YEAR } from "@romsk-inkludering/calendar";
 * MAX_YEAR;
 * // => 2200
 * ```
 */
export const MAX_YEAR = 2200;

/**
 * The parts of a valid ISO date.
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { IsoDateParts } from "@romsk-inkludering/calendar";
 * const parts: IsoDateParts = { year: 2012, month: 9, day: 1 };
 * parts.month;
 * // => 9
 * ```
 */
export interface IsoDateParts {
  /** The year, 1900–2200. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31 (never past the month's last day). */
  readonly day: number;
}

/**
 * The result of {@link parseIsoDate}: the date's parts, or why the input is
 * not a supported ISO date.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { parseIsoDate, type IsoDateParseResult } from "@romsk-inkludering/calendar";
 * const result: IsoDateParseResult = parseIsoDate("2024-13-01");
 * result.success;
 * // => false
 * ```
 */
export type IsoDateParseResult =
  | { readonly success: true; readonly data: IsoDateParts }
  | { readonly success: false; readonly error: string };

// ---------------------------------------------------------------------------
// Internal scanning: allocation-free, returns a packed date or a negative
// error code. The packing `year << 9 | month << 5 | day` keeps every step in
// small integers (no floating-point division), and packed dates compare in
// date order.

/** @internal */
export const ERR_TYPE = -1;
/** @internal */
export const ERR_FORMAT = -2;
/** @internal */
export const ERR_MONTH = -3;
/** @internal */
export const ERR_DAY = -4;
/** @internal */
export const ERR_RANGE = -5;

/** @internal Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month of a year in the proleptic Gregorian
 * calendar (February has 29 days in a leap year: divisible by 4, except
 * centuries not divisible by 400). Months outside 1–12 give 31, as the
 * caller is expected to have checked the month.
 *
 * @param year - A year, e.g. 2024.
 * @param month - A month, 1–12.
 * @category Calendar
 * @example
 * ```ts
 * import { daysInMonth } from "@romsk-inkludering/calendar";
 * [daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2013, 4), daysInMonth(2013, 12)];
 * // => [29,28,28,30,31]
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The dates {@link isIsoDate} accepts, as a regular expression: a real
 * calendar date `YYYY-MM-DD` in the years 1900–2200. Meant for places that
 * need the rule as text, such as a JSON Schema `pattern` (no look-around,
 * so RE2-based validators accept it; `[0-9]`, not `\d`, which matches other
 * digits in some languages). In code, call {@link isIsoDate} or
 * {@link parseIsoDate}: they say the same and are faster.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { ISO_DATE_PATTERN } from "@romsk-inkludering/calendar";
 * ["2024-02-29", "2023-02-29", "2200-12-31", "2201-01-01"].map((d) => ISO_DATE_PATTERN.test(d));
 * // => [true,false,true,false]
 * ```
 */
export const ISO_DATE_PATTERN: RegExp =
  /^(?:(?:19|20|21)[0-9][0-9]|2200)-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))$|^(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)-02-29$/;

/** Days before the first of each month (index 1–12) in a common year. */
const DAYS_BEFORE_MONTH: readonly number[] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/** @internal The 0-based day of the year of a valid month and day. */
export function dayOfYearIndex(year: number, month: number, day: number): number {
  return (DAYS_BEFORE_MONTH[month] ?? 0) + day - 1 + (month > 2 && isLeapYear(year) ? 1 : 0);
}

/** `(c >>> 0) > 9` is true for any non-digit code unit (negative or large). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >>> 0 > 9 ? -1 : c;
}

/**
 * @internal Scans an ISO date without allocating: the packed
 * `year << 9 | month << 5 | day`, or a negative error code.
 */
export function scanIsoDate(s: unknown): number {
  if (typeof s !== "string") return ERR_TYPE;
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return ERR_FORMAT;
  const y0 = digit(s, 0);
  const y1 = digit(s, 1);
  const y2 = digit(s, 2);
  const y3 = digit(s, 3);
  const m0 = digit(s, 5);
  const m1 = digit(s, 6);
  const d0 = digit(s, 8);
  const d1 = digit(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return ERR_FORMAT;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12) return ERR_MONTH;
  if (day < 1 || day > daysInMonth(year, month)) return ERR_DAY;
  if (year < MIN_YEAR || year > MAX_YEAR) return ERR_RANGE;
  return (year << 9) | (month << 5) | day;
}

/** @internal The year of a packed date. */
export function yearOf(packed: number): number {
  return packed >> 9;
}

/** @internal The month (1–12) of a packed date. */
export function monthOf(packed: number): number {
  return (packed >> 5) & 15;
}

/** @internal The day of the month of a packed date. */
export function dayOf(packed: number): number {
  return packed & 31;
}

/** @internal A short, safe description of any value for an error message. */
export function describe(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
    case "undefined":
      return String(value);
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
  }
}

/** @internal */
export const RANGE_TEXT = `the supported range ${MIN_YEAR}-01-01 to ${MAX_YEAR}-12-31`;

/** @internal Why a scan failed, naming the value. */
export function scanError(value: unknown, code: number): string {
  const shown = describe(value);
  switch (code) {
    case ERR_TYPE:
      return `expected an ISO date string YYYY-MM-DD, got ${shown}`;
    case ERR_FORMAT:
      return `expected an ISO date YYYY-MM-DD (four-digit year, two-digit month and day), got ${shown}`;
    case ERR_MONTH:
      return `${shown} is not a real calendar date: month ${String(value).slice(5, 7)} does not exist`;
    case ERR_DAY: {
      const s = String(value);
      const year = Number(s.slice(0, 4));
      const month = Number(s.slice(5, 7));
      return `${shown} is not a real calendar date: ${s.slice(0, 7)} has ${daysInMonth(year, month)} days`;
    }
    default:
      return `${shown} is outside ${RANGE_TEXT}`;
  }
}

/**
 * Parses an ISO calendar date `YYYY-MM-DD` without throwing. Only real
 * calendar dates in the supported years 1900–2200 succeed (`2023-02-29`,
 * `2024-13-01`, `2024-1-5`, `""` and non-strings fail with a reason).
 *
 * @param s - Any value.
 * @returns `{ success: true, data: { year, month, day } }` or `{ success: false, error }`.
 * @category Calendar
 * @example
 * ```ts
 * import { parseIsoDate } from "@romsk-inkludering/calendar";
 * parseIsoDate("2012-09-01");
 * // => {"success":true,"data":{"year":2012,"month":9,"day":1}}
 * parseIsoDate("2023-02-29");
 * // => {"success":false,"error":"\"2023-02-29\" is not a real calendar date: 2023-02 has 28 days"}
 * ```
 */
export function parseIsoDate(s: unknown): IsoDateParseResult {
  const packed = scanIsoDate(s);
  if (packed < 0) return { success: false, error: scanError(s, packed) };
  return {
    success: true,
    data: { year: yearOf(packed), month: monthOf(packed), day: dayOf(packed) },
  };
}

/**
 * Whether a value is a real ISO calendar date `YYYY-MM-DD` in the supported
 * years 1900–2200. Never throws.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { isIsoDate } from "@romsk-inkludering/calendar";
 * [isIsoDate("2024-02-29"), isIsoDate("2023-02-29"), isIsoDate(20240229)];
 * // => [true,false,false]
 * ```
 */
export function isIsoDate(s: unknown): s is string {
  return scanIsoDate(s) > 0;
}

// ---------------------------------------------------------------------------
// Day numbers.

/** @internal Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** @internal The first and last supported day numbers. */
export const MIN_DAY = daysFromCivil(MIN_YEAR, 1, 1);
/** @internal */
export const MAX_DAY = daysFromCivil(MAX_YEAR, 12, 31);

const PAD2: readonly string[] = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** @internal Formats a valid year, month and day. */
export function formatParts(year: number, month: number, day: number): string {
  return `${year}-${PAD2[month]}-${PAD2[day]}`;
}

/** @internal The ISO date of a day number (caller checks the range). */
export function formatDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatParts(year, month, day);
}

/** @internal The packed date's day number. */
export function packedToDay(packed: number): number {
  return daysFromCivil(yearOf(packed), monthOf(packed), dayOf(packed));
}

/** @internal Parses `value` or throws a RangeError naming it. Returns the packed date. */
export function requirePacked(fn: string, name: string, value: unknown): number {
  const packed = scanIsoDate(value);
  if (packed < 0) throw new RangeError(`${fn}(${name}): ${scanError(value, packed)}`);
  return packed;
}

/** @internal Parses `value` or throws a RangeError naming it. Returns the day number. */
export function requireDay(fn: string, name: string, value: unknown): number {
  return packedToDay(requirePacked(fn, name, value));
}

/** @internal Throws unless `value` is an integer. */
export function requireInteger(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new RangeError(`${fn}(${name}): expected an integer, got ${describe(value)}`);
  }
  return value;
}

/** @internal Throws unless `value` is an integer year in 1900–2200. */
export function requireYear(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    throw new RangeError(`${fn}(${name}): expected an integer year in ${MIN_YEAR}–${MAX_YEAR}, got ${describe(value)}`);
  }
  return value;
}

/** @internal Formats a day number, or throws when it leaves the supported range. */
export function resultDay(fn: string, n: number, what: () => string): string {
  if (!(n >= MIN_DAY && n <= MAX_DAY)) throw new RangeError(`${fn}: ${what()} is outside ${RANGE_TEXT}`);
  return formatDay(n);
}

// ---------------------------------------------------------------------------
// Public date arithmetic.

/**
 * Compares two ISO dates: `-1` if `a` is earlier, `0` if equal, `1` if later.
 * Usable as an `Array.prototype.sort` comparator.
 *
 * @throws RangeError if either argument is not a supported ISO date.
 * @category Calendar
 * @example
 * ```ts
 * import { compareIsoDates } from "@romsk-inkludering/calendar";
 * ["2015-04-15", "2012-09-01", "2013-04-15"].sort(compareIsoDates);
 * // => ["2012-09-01","2013-04-15","2015-04-15"]
 * ```
 */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  const pa = requirePacked("compareIsoDates", "a", a);
  const pb = requirePacked("compareIsoDates", "b", b);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/**
 * The date `n` calendar days after `date` (before it when `n` is negative).
 *
 * @param n - An integer number of days.
 * @throws RangeError if `date` is not a supported ISO date, `n` is not an
 *   integer, or the result falls outside 1900-01-01 to 2200-12-31.
 * @category Calendar
 * @example
 * ```ts
 * import { addDays } from "@romsk-inkludering/calendar";
 * [addDays("2024-02-28", 1), addDays("2024-03-01", -1), addDays("2012-12-31", 1)];
 * // => ["2024-02-29","2024-02-29","2013-01-01"]
 * ```
 */
export function addDays(date: string, n: number): string {
  const start = requireDay("addDays", "date", date);
  const steps = requireInteger("addDays", "n", n);
  return resultDay("addDays", start + steps, () => `the date ${steps} days from ${describe(date)}`);
}

/**
 * The signed number of calendar days from `a` to `b` (`b - a`): positive when
 * `b` is later.
 *
 * @throws RangeError if either argument is not a supported ISO date.
 * @category Calendar
 * @example
 * ```ts
 * import { daysBetween } from "@romsk-inkludering/calendar";
 * [daysBetween("2012-09-01", "2012-09-03"), daysBetween("2013-01-01", "2012-01-01")];
 * // => [2,-366]
 * ```
 */
export function daysBetween(a: string, b: string): number {
  return requireDay("daysBetween", "b", b) - requireDay("daysBetween", "a", a);
}

/**
 * The ISO day of the week: 1 = Monday … 7 = Sunday.
 *
 * @throws RangeError if `date` is not a supported ISO date.
 * @category Calendar
 * @example
 * ```ts
 * import { dayOfWeek } from "@romsk-inkludering/calendar";
 * [dayOfWeek("2012-09-01"), dayOfWeek("2012-10-01"), dayOfWeek("2024-03-31")];
 * // => [6,1,7]
 * ```
 */
export function dayOfWeek(date: string): number {
  return weekdayOfDay(requireDay("dayOfWeek", "date", date));
}

/** @internal ISO weekday (1 = Monday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOfDay(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/**
 * Every date from `from` to `to`, both included, as an array (empty when
 * `to` is before `from`). See {@link iterateDays} for a lazy iterator.
 *
 * @throws RangeError if either argument is not a supported ISO date.
 * @category Calendar
 * @example
 * ```ts
 * import { eachDay } from "@romsk-inkludering/calendar";
 * eachDay("2024-02-27", "2024-03-01");
 * // => ["2024-02-27","2024-02-28","2024-02-29","2024-03-01"]
 * ```
 */
export function eachDay(from: string, to: string): string[] {
  const first = requireDay("eachDay", "from", from);
  const last = requireDay("eachDay", "to", to);
  const out: string[] = [];
  for (let n = first; n <= last; n += 1) out.push(formatDay(n));
  return out;
}

/**
 * A lazy iterator over every date from `from` to `to`, both included (none
 * when `to` is before `from`). The arguments are checked at once, not on the
 * first step.
 *
 * @throws RangeError if either argument is not a supported ISO date.
 * @category Calendar
 * @example
 * ```ts
 * import { iterateDays } from "@romsk-inkludering/calendar";
 * const days: string[] = [];
 * for (const day of iterateDays("2012-12-30", "2013-01-02")) days.push(day);
 * days;
 * // => ["2012-12-30","2012-12-31","2013-01-01","2013-01-02"]
 * ```
 */
export function iterateDays(from: string, to: string): IterableIterator<string> {
  const first = requireDay("iterateDays", "from", from);
  const last = requireDay("iterateDays", "to", to);
  return dayRange(first, last);
}

function* dayRange(first: number, last: number): Generator<string, void, undefined> {
  for (let n = first; n <= last; n += 1) yield formatDay(n);
}
