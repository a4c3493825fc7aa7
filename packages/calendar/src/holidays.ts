/**
 * Public holidays (allmänna helgdagar) under lag (1989:253), with its
 * change by SFS 2004:1320.
 */
import { dayOf, dayOfYearIndex, formatDay, formatParts, monthOf, requirePacked, requireYear, yearOf } from "./iso.js";
import { easterMonthDay, HOLIDAY_NAMES, holidayDays, saturdayFrom, type HolidayId } from "./law.js";
import { PUBLIC_HOLIDAY, yearTable } from "./table.js";

export type { HolidayId } from "./law.js";

/**
 * A named public holiday on a date.
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { Holiday } from "@romsk-inkludering/calendar";
 * const holiday: Holiday = { date: "2005-06-06", id: "national-day", name: { sv: "nationaldagen", en: "National Day of Sweden" } };
 * holiday.name.sv;
 * // => "nationaldagen"
 * ```
 */
export interface Holiday {
  /** The ISO date. */
  readonly date: string;
  /** A stable id. */
  readonly id: HolidayId;
  /** The Swedish name as written in the law, and an English name. */
  readonly name: { readonly sv: string; readonly en: string };
}

/**
 * The named public holidays of lag (1989:253) in `year`, sorted by date
 * (holidays on the same date in the law's order, e.g. första maj and Kristi
 * himmelsfärdsdag both on 2008-05-01).
 *
 * The list follows the law in force that year: until 2004 annandag pingst is
 * a holiday and nationaldagen is not; from 2005 (SFS 2004:1320, in force
 * 1 April 2005, before any possible annandag pingst) the reverse. Easter is
 * computed by the Gregorian computus; midsommardagen is the Saturday in
 * 20–26 June and alla helgons dag the Saturday in 31 October–6 November.
 *
 * Lag (1989:253) came into force on 1 January 1990. For 1900–1989 its
 * original list is applied as if it had been in force; the earlier rules
 * (for example midsommardagen fixed on 24 June before 1953) are not
 * modelled. Sundays, which are all public holidays too, are not listed: see
 * {@link isPublicHoliday}.
 *
 * @param year - An integer year in 1900–2200.
 * @throws RangeError if `year` is not an integer in 1900–2200.
 * @category Calendar
 * @example
 * ```ts
 * import { publicHolidays } from "@romsk-inkludering/calendar";
 * publicHolidays(2024).map((h) => `${h.date} ${h.name.sv}`);
 * // => ["2024-01-01 nyårsdagen","2024-01-06 trettondedag jul","2024-03-29 långfredagen","2024-03-31 påskdagen","2024-04-01 annandag påsk","2024-05-01 första maj","2024-05-09 Kristi himmelsfärdsdag","2024-05-19 pingstdagen","2024-06-06 nationaldagen","2024-06-22 midsommardagen","2024-11-02 alla helgons dag","2024-12-25 juldagen","2024-12-26 annandag jul"]
 * publicHolidays(2004).find((h) => h.id === "whit-monday")?.date;
 * // => "2004-05-31"
 * ```
 */
export function publicHolidays(year: number): Holiday[] {
  const y = requireYear("publicHolidays", "year", year);
  const jan1 = yearTable(y).jan1;
  return holidayDays(y).map(({ doy, id }) => ({ date: formatDay(jan1 + doy), id, name: HOLIDAY_NAMES[id] }));
}

/**
 * Whether `date` is an allmän helgdag under lag (1989:253): every Sunday,
 * and the named holidays of {@link publicHolidays}. Saturdays and the eves
 * (midsommarafton, julafton, nyårsafton) are not public holidays, though
 * they are not workdays either (see {@link isWorkday}).
 *
 * @throws RangeError if `date` is not a real ISO date in 1900–2200.
 * @category Calendar
 * @example
 * ```ts
 * import { isPublicHoliday } from "@romsk-inkludering/calendar";
 * [isPublicHoliday("2024-06-06"), isPublicHoliday("2003-06-06"), isPublicHoliday("2024-06-23"), isPublicHoliday("2024-06-21")];
 * // => [true,false,true,false]
 * ```
 */
export function isPublicHoliday(date: string): boolean {
  const packed = requirePacked("isPublicHoliday", "date", date);
  const year = yearOf(packed);
  const doy = dayOfYearIndex(year, monthOf(packed), dayOf(packed));
  return ((yearTable(year).flags[doy] ?? 0) & PUBLIC_HOLIDAY) !== 0;
}

/**
 * Easter Sunday (påskdagen) of `year` by the Gregorian computus.
 *
 * @throws RangeError if `year` is not an integer in 1900–2200.
 * @category Calendar
 * @example
 * ```ts
 * import { easterSunday } from "@romsk-inkludering/calendar";
 * [easterSunday(2008), easterSunday(2024), easterSunday(2038)];
 * // => ["2008-03-23","2024-03-31","2038-04-25"]
 * ```
 */
export function easterSunday(year: number): string {
  const y = requireYear("easterSunday", "year", year);
  const [month, day] = easterMonthDay(y);
  return formatParts(y, month, day);
}

/**
 * Midsommarafton of `year`: the Friday before midsommardagen, so a Friday
 * in 19–25 June. Not a public holiday, but not a workday under lag
 * (1930:173) §2.
 *
 * @throws RangeError if `year` is not an integer in 1900–2200.
 * @category Calendar
 * @example
 * ```ts
 * import { midsummerEve } from "@romsk-inkludering/calendar";
 * [midsummerEve(2015), midsummerEve(2021), midsummerEve(2024)];
 * // => ["2015-06-19","2021-06-25","2024-06-21"]
 * ```
 */
export function midsummerEve(year: number): string {
  const y = requireYear("midsummerEve", "year", year);
  return formatDay(yearTable(y).jan1 + saturdayFrom(y, 6, 20) - 1);
}
