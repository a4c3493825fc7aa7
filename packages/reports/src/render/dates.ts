/**
 * Dates written for people, with date-fns and its Swedish locale: for
 * display only. Deadlines, days late and every other piece of date
 * arithmetic stay with the calendar, which also parses the date here.
 */
import { parseIsoDate } from "@romsk-inkludering/calendar";
import { format } from "date-fns/format";
import { enGB } from "date-fns/locale/en-GB";
import { sv } from "date-fns/locale/sv";
import { langOption } from "../format.js";
import type { Lang } from "../labels.js";

/**
 * Writes an ISO date as people read it: `"15 april 2018"` in Swedish,
 * `"15 April 2018"` in English (date-fns with its `sv` and `en-GB`
 * locales). The calendar parses the date; anything it does not accept is
 * a RangeError naming the value. The day is built from its parts, so the
 * process's time zone never changes it.
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
  const date = new Date(2000, month - 1, day);
  date.setFullYear(year);
  return format(date, "d MMMM yyyy", { locale: lang === "sv" ? sv : enGB });
}
