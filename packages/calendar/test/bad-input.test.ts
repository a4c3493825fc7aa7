import { describe, expect, it } from "vitest";
import * as calendar from "@romsk-inkludering/calendar";

/** Calls `fn`, expecting a RangeError; returns its message. */
function rangeError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    return (error as RangeError).message;
  }
  throw new Error("expected a RangeError, but nothing was thrown");
}

/** Bad dates and how each is named in the message. */
const BAD_DATES: [unknown, string][] = [
  ["2023-02-29", '"2023-02-29" is not a real calendar date: 2023-02 has 28 days'],
  ["2024-13-01", '"2024-13-01" is not a real calendar date: month 13 does not exist'],
  ["2024-1-5", 'got "2024-1-5"'],
  ["", 'got ""'],
  ["1899-12-31", '"1899-12-31" is outside the supported range 1900-01-01 to 2200-12-31'],
  ["2201-01-01", '"2201-01-01" is outside the supported range 1900-01-01 to 2200-12-31'],
  [42, "expected an ISO date string YYYY-MM-DD, got 42"],
  [null, "expected an ISO date string YYYY-MM-DD, got null"],
  [undefined, "expected an ISO date string YYYY-MM-DD, got undefined"],
  [new Date(0), "expected an ISO date string YYYY-MM-DD, got an object"],
];

const GOOD = "2012-09-03";

/** Every date-taking function with each of its date parameters. */
const DATE_PARAMETERS: [string, string, (d: string) => unknown][] = [
  ["isPublicHoliday", "date", (d) => calendar.isPublicHoliday(d)],
  ["isWorkday", "date", (d) => calendar.isWorkday(d)],
  ["statutoryDeadline", "date", (d) => calendar.statutoryDeadline(d)],
  ["periodEnd", "start", (d) => calendar.periodEnd(d, { months: 1 })],
  ["addWorkdays", "date", (d) => calendar.addWorkdays(d, 1)],
  ["addWorkdays", "date", (d) => calendar.addWorkdays(d, 0)],
  ["term", "date", (d) => calendar.term(d)],
  ["compareIsoDates", "a", (d) => calendar.compareIsoDates(d, GOOD)],
  ["compareIsoDates", "b", (d) => calendar.compareIsoDates(GOOD, d)],
  ["addDays", "date", (d) => calendar.addDays(d, 1)],
  ["daysBetween", "a", (d) => calendar.daysBetween(d, GOOD)],
  ["daysBetween", "b", (d) => calendar.daysBetween(GOOD, d)],
  ["workdaysBetween", "a", (d) => calendar.workdaysBetween(d, GOOD)],
  ["workdaysBetween", "b", (d) => calendar.workdaysBetween(GOOD, d)],
  ["eachDay", "from", (d) => calendar.eachDay(d, GOOD)],
  ["eachDay", "to", (d) => calendar.eachDay(GOOD, d)],
  ["iterateDays", "from", (d) => calendar.iterateDays(d, GOOD)],
  ["iterateDays", "to", (d) => calendar.iterateDays(GOOD, d)],
  ["dayOfWeek", "date", (d) => calendar.dayOfWeek(d)],
];

describe("bad dates throw a RangeError naming the function, the parameter and the value", () => {
  for (const [fn, parameter, call] of DATE_PARAMETERS) {
    it(`${fn}(${parameter})`, () => {
      for (const [value, shown] of BAD_DATES) {
        const message = rangeError(() => call(value as string));
        expect(message.startsWith(`${fn}(${parameter}): `), message).toBe(true);
        expect(message).toContain(shown);
      }
    });
  }

  it("iterateDays checks its arguments before the first step", () => {
    expect(() => calendar.iterateDays("2023-02-29", GOOD)).toThrow(RangeError);
  });
});

describe("bad years throw a RangeError naming the value", () => {
  const BAD_YEARS: [unknown, string][] = [
    [2004.5, "2004.5"],
    [1899, "1899"],
    [2201, "2201"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    ["2024", '"2024"'],
    [undefined, "undefined"],
  ];
  const YEAR_FUNCTIONS: [string, (y: number) => unknown][] = [
    ["publicHolidays", (y) => calendar.publicHolidays(y)],
    ["easterSunday", (y) => calendar.easterSunday(y)],
    ["midsummerEve", (y) => calendar.midsummerEve(y)],
  ];
  for (const [fn, call] of YEAR_FUNCTIONS) {
    it(fn, () => {
      for (const [value, shown] of BAD_YEARS) {
        expect(rangeError(() => call(value as number))).toBe(
          `${fn}(year): expected an integer year in 1900–2200, got ${shown}`,
        );
      }
    });
  }
});

describe("bad counts throw a RangeError naming the value", () => {
  const BAD_COUNTS: [unknown, string][] = [
    [1.5, "1.5"],
    [Number.NaN, "NaN"],
    [Number.NEGATIVE_INFINITY, "-Infinity"],
    ["1", '"1"'],
    [null, "null"],
  ];
  it("addDays(n) and addWorkdays(n)", () => {
    for (const [value, shown] of BAD_COUNTS) {
      expect(rangeError(() => calendar.addDays(GOOD, value as number))).toBe(`addDays(n): expected an integer, got ${shown}`);
      expect(rangeError(() => calendar.addWorkdays(GOOD, value as number))).toBe(
        `addWorkdays(n): expected an integer, got ${shown}`,
      );
    }
  });
});

describe("periodEnd lengths", () => {
  it("rejects non-objects, unknown keys and bad parts", () => {
    const call = (length: unknown) => rangeError(() => calendar.periodEnd(GOOD, length as calendar.PeriodLength));
    expect(call(null)).toBe("periodEnd(length): expected an object such as { months: 1 }, got null");
    expect(call(3)).toBe("periodEnd(length): expected an object such as { months: 1 }, got 3");
    expect(call([1])).toBe("periodEnd(length): expected an object such as { months: 1 }, got an array");
    expect(call({ month: 1 })).toBe('periodEnd(length): unknown key "month" (expected weeks, months or years)');
    expect(call({ months: -1 })).toBe("periodEnd(length.months): expected a non-negative integer, got -1");
    expect(call({ weeks: 1.5 })).toBe("periodEnd(length.weeks): expected a non-negative integer, got 1.5");
    expect(call({ years: "1" })).toBe('periodEnd(length.years): expected a non-negative integer, got "1"');
  });
});

describe("yearlyDates rules", () => {
  const call = (rule: unknown) => rangeError(() => calendar.yearlyDates(rule as calendar.YearlyRule));
  it("rejects bad fields, reversed years and days that do not exist", () => {
    expect(call(null)).toBe("yearlyDates(rule): expected an object { month, day, fromYear, toYear }, got null");
    expect(call({ month: 13, day: 1, fromYear: 2013, toYear: 2015 })).toBe("yearlyDates(rule.month): expected 1–12, got 13");
    expect(call({ month: 4.5, day: 1, fromYear: 2013, toYear: 2015 })).toBe(
      "yearlyDates(rule.month): expected an integer, got 4.5",
    );
    expect(call({ month: 4, day: 0, fromYear: 2013, toYear: 2015 })).toBe("yearlyDates(rule.day): expected 1–31, got 0");
    expect(call({ month: 4, day: 15, fromYear: 1899, toYear: 2015 })).toBe(
      "yearlyDates(rule.fromYear): expected an integer year in 1900–2200, got 1899",
    );
    expect(call({ month: 4, day: 15, fromYear: 2013, toYear: 2201 })).toBe(
      "yearlyDates(rule.toYear): expected an integer year in 1900–2200, got 2201",
    );
    expect(call({ month: 4, day: 15, fromYear: 2015, toYear: 2013 })).toBe(
      "yearlyDates(rule): toYear 2013 is before fromYear 2015",
    );
    expect(call({ month: 4, day: 31, fromYear: 2013, toYear: 2015 })).toBe(
      "yearlyDates(rule): day 31 of month 4 does not exist in 2013",
    );
    expect(call({ month: 2, day: 29, fromYear: 2012, toYear: 2014 })).toBe(
      "yearlyDates(rule): day 29 of month 2 does not exist in 2013",
    );
  });
});

describe("results outside 1900-01-01 to 2200-12-31 throw a RangeError", () => {
  it("addDays", () => {
    expect(rangeError(() => calendar.addDays("2200-12-31", 1))).toBe(
      'addDays: the date 1 days from "2200-12-31" is outside the supported range 1900-01-01 to 2200-12-31',
    );
    expect(rangeError(() => calendar.addDays("1900-01-01", -1))).toContain('-1 days from "1900-01-01"');
    expect(rangeError(() => calendar.addDays("2012-09-01", 1e15))).toContain("outside the supported range");
  });

  it("addWorkdays", () => {
    expect(rangeError(() => calendar.addWorkdays("2200-12-29", 2))).toBe(
      'addWorkdays: the date 2 workdays from "2200-12-29" is outside the supported range 1900-01-01 to 2200-12-31',
    );
    expect(rangeError(() => calendar.addWorkdays("1900-01-02", -1))).toContain('-1 workdays from "1900-01-02"');
    expect(rangeError(() => calendar.addWorkdays("2012-09-01", 1e12))).toContain("outside the supported range");
    expect(rangeError(() => calendar.addWorkdays("2012-09-01", -1e12))).toContain("outside the supported range");
  });

  it("statutoryDeadline: nyårsafton 2200 has no next workday in the range", () => {
    expect(rangeError(() => calendar.statutoryDeadline("2200-12-31"))).toBe(
      'statutoryDeadline: the next workday after "2200-12-31" is outside the supported range 1900-01-01 to 2200-12-31',
    );
    // The last supported workday: julafton 2200 is a Wednesday, then juldagen,
    // annandag jul, Saturday and Sunday.
    expect(calendar.statutoryDeadline("2200-12-24")).toBe("2200-12-29");
  });

  it("periodEnd", () => {
    expect(rangeError(() => calendar.periodEnd("2200-12-31", { weeks: 1 }))).toBe(
      'periodEnd: the end of a period of 0 years, 0 months and 1 weeks from "2200-12-31" is outside the supported range 1900-01-01 to 2200-12-31',
    );
    expect(rangeError(() => calendar.periodEnd("2200-02-01", { months: 11 }))).toContain("outside the supported range");
    expect(rangeError(() => calendar.periodEnd("2024-01-01", { years: 1e300 }))).toContain("outside the supported range");
    expect(calendar.periodEnd("2200-01-31", { months: 11 })).toBe("2200-12-31");
  });
});
