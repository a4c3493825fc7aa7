/** `YYYY-MM-DD` with a real month and day, years 1900–2200 (the model's range). */
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when `value` is a real calendar date `YYYY-MM-DD` in 1900–2200.
 *
 * @internal
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = SHAPE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Returns `value` when it is an ISO date, else throws a `RangeError` that
 * names the function, the option and the bad value.
 *
 * @internal
 */
export function requireIsoDate(value: unknown, where: string): string {
  if (!isIsoDate(value)) {
    throw new RangeError(`${where} must be an ISO date YYYY-MM-DD (1900–2200), got ${JSON.stringify(value) ?? String(value)}`);
  }
  return value;
}

/**
 * An ISO date from a year, month and day (no validation).
 *
 * @internal
 */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * True when `asOf` lies in the inclusive span (an absent end is open).
 *
 * @internal
 */
export function within(asOf: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || from <= asOf) && (to === undefined || asOf <= to);
}
