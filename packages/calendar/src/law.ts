/**
 * The rules of lag (1989:253) om allmänna helgdagar, as day-of-year
 * computations on integer day numbers. Internal: the public surface is in
 * `holidays.ts`.
 */
import { dayOfYearIndex, daysFromCivil, weekdayOfDay } from "./iso.js";

/**
 * The id of a named public holiday of lag (1989:253).
 *
 * | id | sv | en |
 * | --- | --- | --- |
 * | `new-years-day` | nyårsdagen | New Year's Day |
 * | `epiphany` | trettondedag jul | Epiphany |
 * | `good-friday` | långfredagen | Good Friday |
 * | `easter-sunday` | påskdagen | Easter Sunday |
 * | `easter-monday` | annandag påsk | Easter Monday |
 * | `may-day` | första maj | May Day |
 * | `ascension-day` | Kristi himmelsfärdsdag | Ascension Day |
 * | `whit-sunday` | pingstdagen | Whit Sunday |
 * | `whit-monday` | annandag pingst (until 2004) | Whit Monday |
 * | `national-day` | nationaldagen (from 2005) | National Day of Sweden |
 * | `midsummer-day` | midsommardagen | Midsummer Day |
 * | `all-saints-day` | alla helgons dag | All Saints' Day |
 * | `christmas-day` | juldagen | Christmas Day |
 * | `boxing-day` | annandag jul | Boxing Day |
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { HolidayId } from "@romsk-inkludering/calendar";
 * const id: HolidayId = "midsummer-day";
 * id;
 * // => "midsummer-day"
 * ```
 */
export type HolidayId =
  | "new-years-day"
  | "epiphany"
  | "good-friday"
  | "easter-sunday"
  | "easter-monday"
  | "may-day"
  | "ascension-day"
  | "whit-sunday"
  | "whit-monday"
  | "national-day"
  | "midsummer-day"
  | "all-saints-day"
  | "christmas-day"
  | "boxing-day";

/** @internal Swedish and English names, the Swedish as written in the law. */
export const HOLIDAY_NAMES: Readonly<Record<HolidayId, Readonly<{ sv: string; en: string }>>> = Object.freeze({
  "new-years-day": Object.freeze({ sv: "nyårsdagen", en: "New Year's Day" }),
  epiphany: Object.freeze({ sv: "trettondedag jul", en: "Epiphany" }),
  "good-friday": Object.freeze({ sv: "långfredagen", en: "Good Friday" }),
  "easter-sunday": Object.freeze({ sv: "påskdagen", en: "Easter Sunday" }),
  "easter-monday": Object.freeze({ sv: "annandag påsk", en: "Easter Monday" }),
  "may-day": Object.freeze({ sv: "första maj", en: "May Day" }),
  "ascension-day": Object.freeze({ sv: "Kristi himmelsfärdsdag", en: "Ascension Day" }),
  "whit-sunday": Object.freeze({ sv: "pingstdagen", en: "Whit Sunday" }),
  "whit-monday": Object.freeze({ sv: "annandag pingst", en: "Whit Monday" }),
  "national-day": Object.freeze({ sv: "nationaldagen", en: "National Day of Sweden" }),
  "midsummer-day": Object.freeze({ sv: "midsommardagen", en: "Midsummer Day" }),
  "all-saints-day": Object.freeze({ sv: "alla helgons dag", en: "All Saints' Day" }),
  "christmas-day": Object.freeze({ sv: "juldagen", en: "Christmas Day" }),
  "boxing-day": Object.freeze({ sv: "annandag jul", en: "Boxing Day" }),
});

/**
 * The first year of SFS 2004:1320 (in force 1 April 2005): nationaldagen is
 * a public holiday and annandag pingst is not. Annandag pingst falls between
 * 11 May and 14 June, always after 1 April, so the change takes effect for
 * the whole of 2005: annandag pingst 2005 (16 May) was already an ordinary
 * Monday.
 *
 * @internal
 */
export const NATIONAL_DAY_FROM_YEAR = 2005;

/**
 * @internal Easter Sunday by the Gregorian computus (the anonymous Gregorian
 * algorithm of Meeus, Jones and Butcher): `[month, day]`.
 */
export function easterMonthDay(year: number): readonly [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

/** @internal The 0-based day of the year of the Saturday in the seven days from `month`/`day`. */
export function saturdayFrom(year: number, month: number, day: number): number {
  const weekday = weekdayOfDay(daysFromCivil(year, month, day));
  return dayOfYearIndex(year, month, day) + ((6 - weekday + 7) % 7);
}

/** @internal One named holiday as a 0-based day of the year. */
export interface HolidayDay {
  readonly doy: number;
  readonly id: HolidayId;
}

/**
 * @internal The named public holidays of `year` (a supported year), sorted by
 * day; holidays on the same day keep the order of the list below (the order
 * of the {@link HolidayId} table).
 */
export function holidayDays(year: number): HolidayDay[] {
  const [easterMonth, easterDay] = easterMonthDay(year);
  const easter = dayOfYearIndex(year, easterMonth, easterDay);
  const days: HolidayDay[] = [
    { doy: dayOfYearIndex(year, 1, 1), id: "new-years-day" },
    { doy: dayOfYearIndex(year, 1, 6), id: "epiphany" },
    { doy: easter - 2, id: "good-friday" },
    { doy: easter, id: "easter-sunday" },
    { doy: easter + 1, id: "easter-monday" },
    { doy: dayOfYearIndex(year, 5, 1), id: "may-day" },
    { doy: easter + 39, id: "ascension-day" },
    { doy: easter + 49, id: "whit-sunday" },
  ];
  if (year < NATIONAL_DAY_FROM_YEAR) days.push({ doy: easter + 50, id: "whit-monday" });
  else days.push({ doy: dayOfYearIndex(year, 6, 6), id: "national-day" });
  days.push(
    { doy: saturdayFrom(year, 6, 20), id: "midsummer-day" },
    { doy: saturdayFrom(year, 10, 31), id: "all-saints-day" },
    { doy: dayOfYearIndex(year, 12, 25), id: "christmas-day" },
    { doy: dayOfYearIndex(year, 12, 26), id: "boxing-day" },
  );
  // Stable sort: equal days keep the order above (e.g. första maj before
  // Kristi himmelsfärdsdag on 2008-05-01).
  return days.sort((x, y) => x.doy - y.doy);
}
