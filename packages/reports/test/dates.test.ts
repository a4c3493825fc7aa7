/**
 * Dates written for people (`displayDate`, the HTML report's dates), in
 * every process time zone: scripts/test-timezones.mjs runs this file under
 * UTC, Europe/Stockholm, America/Los_Angeles and Pacific/Kiritimati. The
 * text is made from the ISO date's parts, so no zone can move a day; a
 * local `Date` could (Kiritimati's clocks skipped 31 December 1994).
 */
import { daysInMonth } from "@romsk-inkludering/calendar";
import { describe, expect, it } from "vitest";
import { displayDate } from "../src/html.js";

/** The month names as a Swedish and an English reader expect them (lower case in Swedish). */
const MONTHS = {
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

const zone = process.env.TZ ?? "the machine's zone";

describe(`displayDate (TZ=${zone})`, () => {
  it("writes the deadline and the days around the zones' clock changes as the calendar gives them", () => {
    expect(displayDate("2018-04-15", { lang: "sv" })).toBe("15 april 2018");
    expect(displayDate("2018-04-15", { lang: "en" })).toBe("15 April 2018");
    // The day Pacific/Kiritimati skipped when it moved across the date line: a local Date of that day is 1 January 1995 there.
    expect(displayDate("1994-12-31", { lang: "sv" })).toBe("31 december 1994");
    expect(displayDate("1994-12-31", { lang: "en" })).toBe("31 December 1994");
    // Summer time starts and ends in Stockholm (25 March, 28 October 2018) and Los Angeles (11 March, 4 November 2018).
    expect(["2018-03-25", "2018-10-28", "2018-03-11", "2018-11-04"].map((d) => displayDate(d, { lang: "sv" }))).toEqual([
      "25 mars 2018",
      "28 oktober 2018",
      "11 mars 2018",
      "4 november 2018",
    ]);
    // The first and the last day of the strategy, and a leap day.
    expect(displayDate("2012-01-01", { lang: "sv" })).toBe("1 januari 2012");
    expect(displayDate("2032-12-31", { lang: "en" })).toBe("31 December 2032");
    expect(displayDate("2024-02-29", { lang: "sv" })).toBe("29 februari 2024");
    expect(() => displayDate("2023-02-29", { lang: "sv" })).toThrow('displayDate: "2023-02-29" is not a real calendar date');
  });

  it("gives every day from 1990 to 2035 as its own day, month and year", () => {
    const wrong: string[] = [];
    for (let year = 1990; year <= 2035; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          for (const lang of ["sv", "en"] as const) {
            const want = `${day} ${MONTHS[lang][month - 1]} ${year}`;
            const got = displayDate(iso, { lang });
            if (got !== want) wrong.push(`${iso} (${lang}): ${got}, expected ${want}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
