/** `romsk deadline <date>`: the last day under lag (1930:173) 2 §. Loads only the sdk's light entry point. */
import { dayOfWeek, isPublicHoliday, isWorkday, MAX_YEAR, midsummerEve, publicHolidays, statutoryDeadline } from "@romsk-inkludering/sdk/core";
import { requireDate } from "../common.js";
import { CliError, EXIT } from "../errors.js";
import { write, type Io } from "../io.js";
import type { Lang } from "../text.js";

const DAY_NAMES = {
  sv: ["", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
  en: ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
} as const;

/** Why a date is not a workday under lag (1930:173) 2 §, in words (undefined for a workday). */
export function nonWorkdayReason(date: string, lang: Lang): string | undefined {
  if (isWorkday(date)) return undefined;
  const year = Number(date.slice(0, 4));
  const holiday = publicHolidays(year).find((h) => h.date === date);
  const day = DAY_NAMES[lang][dayOfWeek(date)] ?? "";
  if (holiday !== undefined) return `${holiday.name[lang]} (${day})`;
  if (isPublicHoliday(date) || dayOfWeek(date) === 6) return day;
  const md = date.slice(5);
  const eve = md === "12-24" ? { sv: "julafton", en: "Christmas Eve" } : md === "12-31" ? { sv: "nyårsafton", en: "New Year's Eve" } : date === midsummerEve(year) ? { sv: "midsommarafton", en: "Midsummer Eve" } : undefined;
  return eve === undefined ? day : `${eve[lang]} (${day})`;
}

/** Prints the deadline (and why it moved) as text or JSON. */
export async function deadlineCommand(args: { date?: string | undefined; lang: Lang; format: "text" | "json" }, io: Io): Promise<number> {
  const date = requireDate(args.lang === "sv" ? "datumet" : "the date", args.date);
  let deadline: string;
  try {
    deadline = statutoryDeadline(date);
  } catch {
    // Only a date at the very end of the calendar's range has its next workday outside it.
    const reason = nonWorkdayReason(date, args.lang) ?? date;
    throw new CliError({
      en: `${date} is ${reason}; the next workday is after ${MAX_YEAR}, beyond the calendar's years, so no deadline can be given`,
      sv: `${date} är ${reason}; nästa vardag ligger efter ${MAX_YEAR}, utanför kalenderns år, så ingen frist kan anges`,
    });
  }
  const reason = nonWorkdayReason(date, args.lang) ?? null;
  if (args.format === "json") {
    await write(io.stdout, `${JSON.stringify({ date, deadline, moved: deadline !== date, reason, basis: "SFS 1930:173 2 §" })}\n`);
  } else if (deadline === date) {
    await write(io.stdout, `${deadline}\n`);
  } else {
    const why =
      args.lang === "sv"
        ? `${date} är ${reason}; fristen flyttas till nästa vardag enligt lag (1930:173) 2 §`
        : `${date} is ${reason !== null && !reason.includes("(") ? `a ${reason}` : reason}; the deadline moves to the next workday under lag (1930:173) 2 §`;
    await write(io.stdout, `${deadline}\t${why}\n`);
  }
  return EXIT.ok;
}
