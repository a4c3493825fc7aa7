/**
 * Per-year lookup tables keyed by day of the year, built lazily once per
 * year and kept: what kind of day each date is, and running workday counts.
 * Lookups after the first allocate nothing. Internal.
 */
import { daysFromCivil, formatDay, isLeapYear, MIN_YEAR, weekdayOfDay } from "./iso.js";
import { holidayDays, saturdayFrom } from "./law.js";

/** @internal A named public holiday of lag (1989:253). */
export const NAMED = 1;
/** @internal A Sunday (every Sunday is an allmän helgdag). */
export const SUNDAY = 2;
/** @internal A Saturday. */
export const SATURDAY = 4;
/** @internal Midsommarafton, julafton or nyårsafton (not vardagar under lag 1930:173 §2). */
export const EVE = 8;
/** @internal Named holiday or Sunday. */
export const PUBLIC_HOLIDAY = NAMED | SUNDAY;

/** @internal One year's lookup. */
export interface YearTable {
  /** Day number of 1 January. */
  readonly jan1: number;
  /** 365 or 366. */
  readonly length: number;
  /** Day kind bits by 0-based day of the year; 0 means a workday (vardag). */
  readonly flags: Uint8Array;
  /** `before[i]` = workdays among days 0..i-1 of the year; `before[length]` is the year's total. */
  readonly before: Uint16Array;
  /** The year as a string, e.g. `"2012"`. */
  readonly prefix: string;
  /** `"-MM-DD"` by day of the year (shared by all common or all leap years). */
  readonly suffixes: readonly string[];
}

const suffixCache: (readonly string[] | undefined)[] = [undefined, undefined];

/** `"-MM-DD"` for each day of a common (2001) or leap (2000) year, made once. */
function suffixes(leap: boolean): readonly string[] {
  const index = leap ? 1 : 0;
  const cached = suffixCache[index];
  if (cached !== undefined) return cached;
  const jan1 = daysFromCivil(leap ? 2000 : 2001, 1, 1);
  const made = Array.from({ length: leap ? 366 : 365 }, (_, doy) => formatDay(jan1 + doy).slice(4));
  suffixCache[index] = made;
  return made;
}

const tables: (YearTable | undefined)[] = [];

function build(year: number): YearTable {
  const jan1 = daysFromCivil(year, 1, 1);
  const length = isLeapYear(year) ? 366 : 365;
  const flags = new Uint8Array(366);
  // 1 January's ISO weekday, then step through the year.
  let weekday = weekdayOfDay(jan1);
  for (let doy = 0; doy < length; doy += 1) {
    if (weekday === 7) flags[doy] = SUNDAY;
    else if (weekday === 6) flags[doy] = SATURDAY;
    weekday = weekday === 7 ? 1 : weekday + 1;
  }
  for (const holiday of holidayDays(year)) flags[holiday.doy] = (flags[holiday.doy] ?? 0) | NAMED;
  const midsummerEve = saturdayFrom(year, 6, 20) - 1;
  flags[midsummerEve] = (flags[midsummerEve] ?? 0) | EVE;
  flags[length - 8] = (flags[length - 8] ?? 0) | EVE; // julafton, 24 December
  flags[length - 1] = (flags[length - 1] ?? 0) | EVE; // nyårsafton, 31 December
  const before = new Uint16Array(length + 1);
  for (let doy = 0; doy < length; doy += 1) before[doy + 1] = (before[doy] ?? 0) + (flags[doy] === 0 ? 1 : 0);
  return { jan1, length, flags, before, prefix: String(year), suffixes: suffixes(length === 366) };
}

/** @internal The table of a supported year (the caller checks the range). */
export function yearTable(year: number): YearTable {
  const index = year - MIN_YEAR;
  const cached = tables[index];
  if (cached !== undefined) return cached;
  const table = build(year);
  tables[index] = table;
  return table;
}

/**
 * @internal The ISO date of day `doy` of the table's year: one string
 * concatenation, the result string being the only allocation.
 */
export function dateOf(table: YearTable, doy: number): string {
  return table.prefix + (table.suffixes[doy] ?? "");
}
