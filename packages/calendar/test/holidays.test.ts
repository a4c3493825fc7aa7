import { describe, expect, it } from "vitest";
import {
  easterSunday,
  isPublicHoliday,
  midsummerEve,
  publicHolidays,
  type Holiday,
  type HolidayId,
} from "@romsk-inkludering/calendar";
import { ALL_YEARS, gaussEaster, plusDays, weekday } from "./support.js";

const dateOf = (holidays: Holiday[], id: HolidayId): string | undefined => holidays.find((h) => h.id === id)?.date;

describe("publicHolidays: the list of lag (1989:253)", () => {
  it("lists 2024 as the law names it (SFS 2004:1320 wording)", () => {
    expect(publicHolidays(2024)).toEqual([
      { date: "2024-01-01", id: "new-years-day", name: { sv: "nyårsdagen", en: "New Year's Day" } },
      { date: "2024-01-06", id: "epiphany", name: { sv: "trettondedag jul", en: "Epiphany" } },
      { date: "2024-03-29", id: "good-friday", name: { sv: "långfredagen", en: "Good Friday" } },
      { date: "2024-03-31", id: "easter-sunday", name: { sv: "påskdagen", en: "Easter Sunday" } },
      { date: "2024-04-01", id: "easter-monday", name: { sv: "annandag påsk", en: "Easter Monday" } },
      { date: "2024-05-01", id: "may-day", name: { sv: "första maj", en: "May Day" } },
      { date: "2024-05-09", id: "ascension-day", name: { sv: "Kristi himmelsfärdsdag", en: "Ascension Day" } },
      { date: "2024-05-19", id: "whit-sunday", name: { sv: "pingstdagen", en: "Whit Sunday" } },
      { date: "2024-06-06", id: "national-day", name: { sv: "nationaldagen", en: "National Day of Sweden" } },
      { date: "2024-06-22", id: "midsummer-day", name: { sv: "midsommardagen", en: "Midsummer Day" } },
      { date: "2024-11-02", id: "all-saints-day", name: { sv: "alla helgons dag", en: "All Saints' Day" } },
      { date: "2024-12-25", id: "christmas-day", name: { sv: "juldagen", en: "Christmas Day" } },
      { date: "2024-12-26", id: "boxing-day", name: { sv: "annandag jul", en: "Boxing Day" } },
    ]);
  });

  it("2004 (original wording): annandag pingst 2004-05-31 is a holiday, nationaldagen is not", () => {
    const h2004 = publicHolidays(2004);
    expect(dateOf(h2004, "whit-monday")).toBe("2004-05-31");
    expect(dateOf(h2004, "national-day")).toBeUndefined();
    expect(isPublicHoliday("2004-05-31")).toBe(true);
    // 2004-06-06 was a Sunday, so a public holiday as a Sunday, not as nationaldagen.
    expect(isPublicHoliday("2004-06-06")).toBe(true);
    expect(weekday("2004-06-06")).toBe(7);
    expect(isPublicHoliday("2003-06-06")).toBe(false);
  });

  it("2005 (SFS 2004:1320, in force 1 April 2005): nationaldagen 2005-06-06 yes, annandag pingst 2005-05-16 no", () => {
    const h2005 = publicHolidays(2005);
    expect(dateOf(h2005, "national-day")).toBe("2005-06-06");
    expect(dateOf(h2005, "whit-monday")).toBeUndefined();
    expect(dateOf(h2005, "whit-sunday")).toBe("2005-05-15");
    expect(isPublicHoliday("2005-06-06")).toBe(true);
    expect(isPublicHoliday("2005-05-16")).toBe(false);
    expect(weekday("2005-05-16")).toBe(1);
  });

  it("has annandag pingst in every year to 2004 and nationaldagen in every year from 2005", () => {
    for (const year of ALL_YEARS) {
      const ids = publicHolidays(year).map((h) => h.id);
      expect(ids.includes("whit-monday"), `whit-monday ${year}`).toBe(year <= 2004);
      expect(ids.includes("national-day"), `national-day ${year}`).toBe(year >= 2005);
      expect(ids).toHaveLength(13);
    }
  });

  it("follows every rule of §2 in every supported year", () => {
    for (const year of ALL_YEARS) {
      const h = publicHolidays(year);
      const easter = gaussEaster(year);
      expect(dateOf(h, "new-years-day")).toBe(`${year}-01-01`);
      expect(dateOf(h, "epiphany")).toBe(`${year}-01-06`);
      expect(dateOf(h, "easter-sunday")).toBe(easter);
      expect(weekday(easter)).toBe(7);
      // långfredagen: the Friday closest before påskdagen.
      expect(dateOf(h, "good-friday")).toBe(plusDays(easter, -2));
      expect(dateOf(h, "easter-monday")).toBe(plusDays(easter, 1));
      expect(dateOf(h, "may-day")).toBe(`${year}-05-01`);
      // Kristi himmelsfärdsdag: the sixth Thursday after påskdagen.
      expect(dateOf(h, "ascension-day")).toBe(plusDays(easter, 39));
      expect(weekday(plusDays(easter, 39))).toBe(4);
      // pingstdagen: the seventh Sunday after påskdagen.
      expect(dateOf(h, "whit-sunday")).toBe(plusDays(easter, 49));
      if (year <= 2004) expect(dateOf(h, "whit-monday")).toBe(plusDays(easter, 50));
      else expect(dateOf(h, "national-day")).toBe(`${year}-06-06`);
      const midsummer = dateOf(h, "midsummer-day") ?? "";
      expect(weekday(midsummer)).toBe(6);
      expect(midsummer >= `${year}-06-20` && midsummer <= `${year}-06-26`).toBe(true);
      const allSaints = dateOf(h, "all-saints-day") ?? "";
      expect(weekday(allSaints)).toBe(6);
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
      expect(dateOf(h, "christmas-day")).toBe(`${year}-12-25`);
      expect(dateOf(h, "boxing-day")).toBe(`${year}-12-26`);
      // Sorted by date.
      const dates = h.map((x) => x.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it("lists both holidays when two fall on one date, in the law's order", () => {
    // Easter 2008 was 23 March, so Kristi himmelsfärdsdag fell on första maj.
    const h2008 = publicHolidays(2008).filter((h) => h.date === "2008-05-01");
    expect(h2008.map((h) => h.id)).toEqual(["may-day", "ascension-day"]);
    // Easter 2049 is 18 April, so pingstdagen falls on nationaldagen.
    const h2049 = publicHolidays(2049).filter((h) => h.date === "2049-06-06");
    expect(h2049.map((h) => h.id)).toEqual(["whit-sunday", "national-day"]);
  });

  it("returns a fresh array each call", () => {
    const a = publicHolidays(2012);
    a.pop();
    expect(publicHolidays(2012)).toHaveLength(13);
  });
});

describe("easterSunday: Gregorian computus", () => {
  it("gives the published Easter dates", () => {
    expect(easterSunday(1900)).toBe("1900-04-15");
    expect(easterSunday(1913)).toBe("1913-03-23");
    expect(easterSunday(1943)).toBe("1943-04-25"); // latest possible date
    expect(easterSunday(1954)).toBe("1954-04-18");
    expect(easterSunday(2000)).toBe("2000-04-23");
    expect(easterSunday(2004)).toBe("2004-04-11");
    expect(easterSunday(2005)).toBe("2005-03-27");
    expect(easterSunday(2008)).toBe("2008-03-23");
    expect(easterSunday(2011)).toBe("2011-04-24");
    expect(easterSunday(2012)).toBe("2012-04-08");
    expect(easterSunday(2019)).toBe("2019-04-21");
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2038)).toBe("2038-04-25");
  });

  it("agrees with Gauss's algorithm for 1900–2200 and stays within 22 March–25 April", () => {
    for (const year of ALL_YEARS) {
      const easter = easterSunday(year);
      expect(easter).toBe(gaussEaster(year));
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
    }
  });
});

describe("midsommar and alla helgons dag at the edges of their weeks", () => {
  it("midsommardagen on 20 June (2015, 2026) and on 26 June (2010, 2021)", () => {
    expect(dateOf(publicHolidays(2015), "midsummer-day")).toBe("2015-06-20");
    expect(dateOf(publicHolidays(2026), "midsummer-day")).toBe("2026-06-20");
    expect(dateOf(publicHolidays(2010), "midsummer-day")).toBe("2010-06-26");
    expect(dateOf(publicHolidays(2021), "midsummer-day")).toBe("2021-06-26");
  });

  it("midsommarafton is the Friday before: 19 June in 2015 and 2026, 25 June in 2010 and 2021", () => {
    expect(midsummerEve(2015)).toBe("2015-06-19");
    expect(midsummerEve(2026)).toBe("2026-06-19");
    expect(midsummerEve(2010)).toBe("2010-06-25");
    expect(midsummerEve(2021)).toBe("2021-06-25");
    expect(midsummerEve(2024)).toBe("2024-06-21");
    for (const year of ALL_YEARS) {
      const eve = midsummerEve(year);
      expect(weekday(eve)).toBe(5);
      expect(plusDays(eve, 1)).toBe(dateOf(publicHolidays(year), "midsummer-day"));
      // An eve is not a public holiday.
      expect(isPublicHoliday(eve)).toBe(false);
    }
  });

  it("alla helgons dag on 31 October (2015, 2020) and on 6 November (2010, 2021)", () => {
    expect(dateOf(publicHolidays(2015), "all-saints-day")).toBe("2015-10-31");
    expect(dateOf(publicHolidays(2020), "all-saints-day")).toBe("2020-10-31");
    expect(dateOf(publicHolidays(2010), "all-saints-day")).toBe("2010-11-06");
    expect(dateOf(publicHolidays(2021), "all-saints-day")).toBe("2021-11-06");
  });
});

describe("isPublicHoliday", () => {
  it("is true on every Sunday and false on Saturdays that are no named holiday", () => {
    expect(isPublicHoliday("2012-09-02")).toBe(true); // Sunday
    expect(isPublicHoliday("2012-09-01")).toBe(false); // Saturday
    expect(isPublicHoliday("1900-01-07")).toBe(true); // first Sunday of the range
    expect(isPublicHoliday("2200-12-28")).toBe(true); // last Sunday of the range
  });

  it("is true on the named holidays, including those on Saturdays", () => {
    expect(isPublicHoliday("2024-06-22")).toBe(true); // midsommardagen, a Saturday
    expect(isPublicHoliday("2024-11-02")).toBe(true); // alla helgons dag, a Saturday
    expect(isPublicHoliday("2024-03-29")).toBe(true); // långfredagen
    expect(isPublicHoliday("2024-05-09")).toBe(true); // Kristi himmelsfärdsdag
  });

  it("is false on the eves and on days that are traditional but not in the law", () => {
    expect(isPublicHoliday("2024-12-24")).toBe(false); // julafton (Tuesday)
    expect(isPublicHoliday("2024-12-31")).toBe(false); // nyårsafton (Tuesday)
    expect(isPublicHoliday("2024-03-28")).toBe(false); // skärtorsdagen
    expect(isPublicHoliday("2024-04-30")).toBe(false); // valborgsmässoafton
    expect(isPublicHoliday("2024-05-20")).toBe(false); // annandag pingst after 2005
  });

  it("counts 63 public holidays in 2024: 52 Sundays and the 11 named holidays not on a Sunday", () => {
    // 2024 began on a Monday and had 366 days, so 52 Sundays. Påskdagen and
    // pingstdagen are always Sundays; none of the other 11 fell on one.
    let count = 0;
    for (let d = "2024-01-01"; d <= "2024-12-31"; d = plusDays(d, 1)) if (isPublicHoliday(d)) count += 1;
    expect(count).toBe(52 + 11);
  });
});
