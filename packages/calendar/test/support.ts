/**
 * Test-side reference computations that do not use the package: UTC-only
 * `Date` arithmetic (never local time) and an independent Easter algorithm.
 */

/** Milliseconds per day. */
export const DAY_MS = 86_400_000;

/** The UTC midnight timestamp of an ISO date (test inputs are always valid). */
export function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The ISO date of a UTC timestamp. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) computed with UTC `Date`. */
export function weekday(date: string): number {
  const d = new Date(utc(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** `date` plus `n` days, with UTC `Date` arithmetic. */
export function plusDays(date: string, n: number): string {
  return iso(utc(date) + n * DAY_MS);
}

/**
 * Easter Sunday by Gauss's Easter algorithm with Lichtenberg's corrections
 * (a different formulation from the package's Meeus/Jones/Butcher one).
 */
export function gaussEaster(year: number): string {
  const k = Math.floor(year / 100);
  const m = 15 + Math.floor((3 * k + 3) / 4) - Math.floor((8 * k + 13) / 25);
  const s = 2 - Math.floor((3 * k + 3) / 4);
  const a = year % 19;
  const d = (19 * a + m) % 30;
  const r = Math.floor((d + Math.floor(a / 11)) / 29);
  const og = 21 + d - r;
  const sz = 7 - ((year + Math.floor(year / 4) + s) % 7);
  const oe = 7 - ((og - sz) % 7);
  const marchDay = og + oe;
  const month = marchDay > 31 ? 4 : 3;
  const day = marchDay > 31 ? marchDay - 31 : marchDay;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every year of the supported range. */
export const ALL_YEARS: readonly number[] = Array.from({ length: 301 }, (_, i) => 1900 + i);
