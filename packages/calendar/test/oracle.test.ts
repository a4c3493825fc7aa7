/**
 * Cross-check against date-holidays (a well-kept holiday library) for every
 * day of 1900–2200.
 *
 * What date-holidays returns for Sweden ("SE"), by type:
 * - `public`: the 13 named holidays of lag (1989:253) as worded from 2005,
 *   with the same Swedish names as the law (and as this package).
 * - `bank`: midsommarafton, julafton and nyårsafton. They are not public
 *   holidays, but lag (1930:173) §2 excludes them from the vardagar, so they
 *   count as non-workdays here.
 * - `observance`: påskafton and pingstafton (always Saturdays, so never
 *   workdays anyway), skärtorsdagen, Mors dag, tjugondag Knut, Luciadagen
 *   and other name days: none is in either law.
 *   Also annandag pingst in every year, and nationaldagen for 1983–2004.
 * - `optional`: trettondagsafton, valborgsmässoafton and allhelgonaafton as
 *   half days from 12:00: not in either law, so ordinary workdays.
 *
 * The one real difference: date-holidays types annandag pingst as an
 * `observance` in every year, but it was an allmän helgdag under lag
 * (1989:253) in its original wording until SFS 2004:1320 removed it from
 * 1 April 2005 (prop. 2004/05:23: "Annandag pingst skall samtidigt upphöra
 * att vara allmän helgdag"). So for 1900–2004 this package, following the
 * law, has exactly date-holidays' annandag pingst dates as extra public
 * holidays (and non-workdays); for 2005–2200 there is no difference at all.
 * date-holidays agrees that nationaldagen was no public holiday before 2005.
 *
 * date-holidays' `date` field is the local date in the country's own time
 * zone, so this comparison does not depend on the process time zone.
 */
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { isPublicHoliday, isWorkday, publicHolidays } from "@romsk-inkludering/calendar";
import { ALL_YEARS, plusDays, weekday } from "./support.js";

interface Entry {
  readonly name: string;
  readonly type: string;
}

const hd = new Holidays("SE");
const byDate = new Map<string, Entry[]>();
for (const year of ALL_YEARS) {
  for (const h of hd.getHolidays(year)) {
    const date = h.date.slice(0, 10);
    const list = byDate.get(date) ?? [];
    list.push({ name: h.name, type: h.type });
    byDate.set(date, list);
  }
}
const entries = (date: string): Entry[] => byDate.get(date) ?? [];

/** date-holidays' annandag pingst dates up to 2004: the expected differences. */
const whitMondaysTo2004 = [...byDate]
  .filter(([date, list]) => date <= "2004-12-31" && list.some((e) => e.name === "annandag pingst"))
  .map(([date]) => date)
  .sort();

/** Every day of the supported range, by UTC arithmetic (independent of the package). */
const allDays: string[] = [];
for (let d = "1900-01-01"; d <= "2200-12-31"; d = plusDays(d, 1)) allDays.push(d);

describe("date-holidays as an oracle", () => {
  it("types midsommarafton, julafton and nyårsafton as bank days, and annandag pingst as an observance", () => {
    const bankNames = new Set([...byDate.values()].flat().filter((e) => e.type === "bank").map((e) => e.name));
    expect([...bankNames].sort()).toEqual(["julafton", "midsommarafton", "nyårsafton"]);
    expect(entries("2004-05-31")).toEqual([{ name: "annandag pingst", type: "observance" }]);
    expect(entries("2004-06-06")).toContainEqual({ name: "nationaldagen", type: "observance" });
    expect(entries("2005-06-06")).toContainEqual({ name: "nationaldagen", type: "public" });
  });

  it("has 105 annandag pingst dates in 1900–2004: the expected differences", () => {
    expect(whitMondaysTo2004).toHaveLength(105);
    expect(whitMondaysTo2004[0]).toBe("1900-06-04");
    expect(whitMondaysTo2004).toContain("1990-06-04");
    expect(whitMondaysTo2004.at(-1)).toBe("2004-05-31");
    expect(allDays).toHaveLength(109_938);
  });

  it("isPublicHoliday = date-holidays' public holidays plus Sundays, except annandag pingst to 2004", () => {
    const differences: string[] = [];
    for (const day of allDays) {
      const oracle = weekday(day) === 7 || entries(day).some((e) => e.type === "public");
      if (isPublicHoliday(day) !== oracle) differences.push(day);
    }
    expect(differences.filter((d) => d >= "2005-01-01")).toEqual([]);
    expect(differences.filter((d) => d < "2005-01-01")).toEqual(whitMondaysTo2004);
    for (const day of whitMondaysTo2004) expect(isPublicHoliday(day)).toBe(true);
  });

  it("isWorkday = a weekday that is neither a date-holidays public holiday nor a bank eve, except annandag pingst to 2004", () => {
    const differences: string[] = [];
    for (const day of allDays) {
      const oracle = weekday(day) <= 5 && !entries(day).some((e) => e.type === "public" || e.type === "bank");
      if (isWorkday(day) !== oracle) differences.push(day);
    }
    expect(differences.filter((d) => d >= "2005-01-01")).toEqual([]);
    expect(differences.filter((d) => d < "2005-01-01")).toEqual(whitMondaysTo2004);
  });

  it("publicHolidays lists date-holidays' public holidays with the same Swedish names (plus annandag pingst to 2004)", () => {
    for (const year of ALL_YEARS) {
      const ours = publicHolidays(year).map((h) => `${h.date} ${h.name.sv}`);
      const oracle = hd
        .getHolidays(year)
        .filter((h) => h.type === "public" || (year <= 2004 && h.name === "annandag pingst"))
        .map((h) => `${h.date.slice(0, 10)} ${h.name}`);
      expect(ours.sort(), String(year)).toEqual(oracle.sort());
    }
  });
});
