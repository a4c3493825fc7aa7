import { describe, expect, it } from "vitest";
import {
  addDays,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  eachDay,
  ISO_DATE_PATTERN,
  isIsoDate,
  iterateDays,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDate,
  term,
} from "@romsk-inkludering/calendar";

describe("parseIsoDate", () => {
  it("parses real calendar dates", () => {
    expect(parseIsoDate("2012-09-01")).toEqual({ success: true, data: { year: 2012, month: 9, day: 1 } });
    expect(parseIsoDate("2024-02-29")).toEqual({ success: true, data: { year: 2024, month: 2, day: 29 } });
    expect(parseIsoDate("2000-02-29")).toEqual({ success: true, data: { year: 2000, month: 2, day: 29 } });
    expect(parseIsoDate("1900-01-01")).toEqual({ success: true, data: { year: 1900, month: 1, day: 1 } });
    expect(parseIsoDate("2200-12-31")).toEqual({ success: true, data: { year: 2200, month: 12, day: 31 } });
  });

  it("rejects dates that do not exist, naming the value and the reason", () => {
    expect(parseIsoDate("2023-02-29")).toEqual({
      success: false,
      error: '"2023-02-29" is not a real calendar date: 2023-02 has 28 days',
    });
    expect(parseIsoDate("1900-02-29")).toEqual({
      success: false,
      error: '"1900-02-29" is not a real calendar date: 1900-02 has 28 days',
    });
    expect(parseIsoDate("2024-04-31")).toEqual({
      success: false,
      error: '"2024-04-31" is not a real calendar date: 2024-04 has 30 days',
    });
    expect(parseIsoDate("2024-13-01")).toEqual({
      success: false,
      error: '"2024-13-01" is not a real calendar date: month 13 does not exist',
    });
    expect(parseIsoDate("2024-00-10")).toEqual({
      success: false,
      error: '"2024-00-10" is not a real calendar date: month 00 does not exist',
    });
    expect(parseIsoDate("2024-01-00")).toEqual({
      success: false,
      error: '"2024-01-00" is not a real calendar date: 2024-01 has 31 days',
    });
  });

  it("rejects other formats", () => {
    for (const bad of ["2024-1-5", "", "20240105", "2024/01/05", "2024-01-05T00:00:00Z", " 2024-01-05", "2024-01-5 ", "+2024-01-0", "2024-０1-05", "２０２４-01-05"]) {
      const result = parseIsoDate(bad);
      expect(result.success, bad).toBe(false);
      if (!result.success) {
        expect(result.error).toBe(
          `expected an ISO date YYYY-MM-DD (four-digit year, two-digit month and day), got ${JSON.stringify(bad)}`,
        );
      }
    }
  });

  it("rejects years outside 1900–2200", () => {
    expect(parseIsoDate("1899-12-31")).toEqual({
      success: false,
      error: '"1899-12-31" is outside the supported range 1900-01-01 to 2200-12-31',
    });
    expect(parseIsoDate("2201-01-01")).toEqual({
      success: false,
      error: '"2201-01-01" is outside the supported range 1900-01-01 to 2200-12-31',
    });
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1900, 2200]);
  });

  it("rejects non-strings without throwing", () => {
    const cases: [unknown, string][] = [
      [20240105, "20240105"],
      [null, "null"],
      [undefined, "undefined"],
      [{}, "an object"],
      [["2024-01-05"], "an array"],
      [Symbol("x"), "a symbol"],
      [5n, "5n"],
      [() => "2024-01-05", "a function"],
    ];
    for (const [value, shown] of cases) {
      expect(parseIsoDate(value)).toEqual({ success: false, error: `expected an ISO date string YYYY-MM-DD, got ${shown}` });
    }
  });

  it("shortens a long bad string in the message", () => {
    const result = parseIsoDate("x".repeat(100));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toContain(`"${"x".repeat(40)}…"`);
  });
});

describe("isIsoDate", () => {
  it("agrees with parseIsoDate", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate(42)).toBe(false);
  });
});

describe("date arithmetic", () => {
  it("compareIsoDates orders dates", () => {
    expect(compareIsoDates("2012-09-01", "2012-10-01")).toBe(-1);
    expect(compareIsoDates("2012-10-01", "2012-09-01")).toBe(1);
    expect(compareIsoDates("2012-10-01", "2012-10-01")).toBe(0);
  });

  it("addDays crosses months, leap days and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(addDays("2012-12-31", 1)).toBe("2013-01-01");
    expect(addDays("2013-01-01", -1)).toBe("2012-12-31");
    expect(addDays("2012-09-01", 0)).toBe("2012-09-01");
    expect(addDays("1900-01-01", 109_937)).toBe("2200-12-31");
  });

  it("daysBetween is b minus a", () => {
    expect(daysBetween("2012-09-01", "2012-09-03")).toBe(2);
    expect(daysBetween("2012-09-03", "2012-09-01")).toBe(-2);
    expect(daysBetween("2012-01-01", "2013-01-01")).toBe(366);
    expect(daysBetween("1900-01-01", "2200-12-31")).toBe(109_937);
    expect(daysBetween("1970-01-01", "1969-12-31")).toBe(-1);
  });

  it("dayOfWeek is ISO: Monday 1 … Sunday 7", () => {
    expect(dayOfWeek("1900-01-01")).toBe(1);
    expect(dayOfWeek("1970-01-01")).toBe(4);
    expect(dayOfWeek("1969-12-31")).toBe(3);
    expect(dayOfWeek("2012-09-01")).toBe(6);
    expect(dayOfWeek("2024-03-31")).toBe(7);
    expect(dayOfWeek("2200-12-31")).toBe(3);
  });

  it("eachDay and iterateDays list every date, both ends included", () => {
    expect(eachDay("2024-02-27", "2024-03-01")).toEqual(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(eachDay("2024-03-01", "2024-03-01")).toEqual(["2024-03-01"]);
    expect(eachDay("2024-03-02", "2024-03-01")).toEqual([]);
    expect([...iterateDays("2012-12-30", "2013-01-02")]).toEqual(["2012-12-30", "2012-12-31", "2013-01-01", "2013-01-02"]);
    expect([...iterateDays("2013-01-02", "2012-12-30")]).toEqual([]);
    expect(eachDay("1900-01-01", "2200-12-31")).toHaveLength(109_938);
  });
});

describe("term: calendar half-years", () => {
  it("splits the year at 1 July", () => {
    expect(term("2013-01-01")).toEqual({ year: 2013, term: "spring", id: "2013-spring", from: "2013-01-01", to: "2013-06-30" });
    expect(term("2013-06-30")).toEqual({ year: 2013, term: "spring", id: "2013-spring", from: "2013-01-01", to: "2013-06-30" });
    expect(term("2013-07-01")).toEqual({ year: 2013, term: "autumn", id: "2013-autumn", from: "2013-07-01", to: "2013-12-31" });
    expect(term("2013-12-31")).toEqual({ year: 2013, term: "autumn", id: "2013-autumn", from: "2013-07-01", to: "2013-12-31" });
  });

  it("tiles the years: the day after a term's end starts the next term", () => {
    let current = term("2012-01-01");
    const ids: string[] = [];
    while (current.from < "2014-01-01") {
      ids.push(current.id);
      current = term(addDays(current.to, 1));
    }
    expect(ids).toEqual(["2012-spring", "2012-autumn", "2013-spring", "2013-autumn"]);
  });
});

describe("ISO_DATE_PATTERN and daysInMonth", () => {
  it("the pattern accepts exactly what isIsoDate accepts, for every year, month 00–13 and day 00–32 of 1899–2201", () => {
    const disagreements: string[] = [];
    let accepted = 0;
    for (let year = 1899; year <= 2201; year += 1) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const s = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const byPattern = ISO_DATE_PATTERN.test(s);
          if (byPattern) accepted += 1;
          if (byPattern !== isIsoDate(s)) disagreements.push(s);
        }
      }
    }
    expect(disagreements).toEqual([]);
    // 1900-01-01 to 2200-12-31: 301 years, 73 of them leap years.
    expect(accepted).toBe(301 * 365 + 73);
    for (const s of ["2012-9-1", " 2012-09-01", "2012-09-01 ", "２０１２-09-01", "2012/09/01", ""]) {
      expect([s, ISO_DATE_PATTERN.test(s)]).toEqual([s, isIsoDate(s)]);
    }
  });

  it("daysInMonth follows the Gregorian leap-year rule", () => {
    expect([2012, 2013, 1900, 2000, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 28, 29, 28]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2013, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});
