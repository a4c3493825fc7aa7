/**
 * Dates written for people, with date-fns's Swedish and English locales:
 * for display only. Deadlines, days late and every other piece of date
 * arithmetic stay with the calendar, which also parses the date here.
 */
import { parseIsoDate } from "@romsk-inkludering/calendar";
import type { Month } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { sv } from "date-fns/locale/sv";
import { langOption } from "../format.js";
import type { Lang } from "../labels.js";

/**
 * Writes an ISO date as people read it: `"15 april 2018"` in Swedish,
 * `"15 April 2018"` in English (date-fns's `sv` and `en-GB` locales name
 * the month, as their `format` with `"d MMMM yyyy"` would). The calendar
 * parses the date; anything it does not accept is a RangeError naming the
 * value. The text is made from the date's parts and no `Date` is built,
 * so the process's time zone cannot change it (a local `Date` can: in
 * Pacific/Kiritimati, 31 December 1994 never happened on the clock).
 *
 * @category Reports
 * @example
 * ```ts
 * import { displayDate } from "@romsk-inkludering/reports/html";
 * displayDate("2018-04-15", { lang: "sv" });
 * // => "15 april 2018"
 * displayDate("2018-04-15", { lang: "en" });
 * // => "15 April 2018"
 * ```
 */
export function displayDate(iso: string, options: { readonly lang?: Lang | undefined } = {}): string {
  const lang = langOption("displayDate", options);
  const parsed = parseIsoDate(iso);
  if (!parsed.success) throw new RangeError(`displayDate: ${parsed.error}`);
  const { year, month, day } = parsed.data;
  const locale = lang === "sv" ? sv : enGB;
  // The month's name as date-fns's "MMMM" writes it in a date; "d" and "yyyy" are the day unpadded and the year in four digits.
  const name = locale.localize.month((month - 1) as Month, { width: "wide", context: "formatting" });
  return `${day} ${name} ${String(year).padStart(4, "0")}`;
}
