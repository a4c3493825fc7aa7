import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addWorkdays,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  eachDay,
  isIsoDate,
  isWorkday,
  parseIsoDate,
  periodEnd,
  statutoryDeadline,
  term,
  workdaysBetween,
} from "@romsk-inkludering/calendar";
import { DAY_MS, iso, plusDays, utc, weekday } from "./support.js";

/** ISO dates between two bounds, made with UTC `Date` (independent of the package). */
const isoDate = (from = "1900-01-01", to = "2200-12-31"): fc.Arbitrary<string> =>
  fc.integer({ min: utc(from) / DAY_MS, max: utc(to) / DAY_MS }).map((n) => iso(n * DAY_MS));

const runs = { numRuns: 2000 };

describe("statutoryDeadline properties", () => {
  it("is on or after the date, a workday, the first one, and idempotent", () => {
    fc.assert(
      fc.property(isoDate("1900-01-01", "2200-12-30"), (d) => {
        const due = statutoryDeadline(d);
        expect(due >= d).toBe(true);
        expect(isWorkday(due)).toBe(true);
        expect(statutoryDeadline(due)).toBe(due);
        // No workday is skipped: every day before `due` is not a workday.
        for (let x = d; x < due; x = plusDays(x, 1)) expect(isWorkday(x)).toBe(false);
        // At most five days: the longest run of non-workdays is julafton on a
        // Wednesday to the Sunday after (24–28 December).
        expect(daysBetween(d, due)).toBeLessThanOrEqual(5);
      }),
      runs,
    );
  });
});

describe("addWorkdays properties", () => {
  it("returns to a workday d: addWorkdays(addWorkdays(d, n), -n) = d", () => {
    fc.assert(
      fc.property(isoDate("1902-01-01", "2198-12-31"), fc.integer({ min: -400, max: 400 }), (d0, n) => {
        const d = statutoryDeadline(d0);
        expect(addWorkdays(addWorkdays(d, n), -n)).toBe(d);
      }),
      runs,
    );
  });

  it("moves exactly n workdays: workdaysBetween(d, addWorkdays(d, n)) = n (n >= 0, any d)", () => {
    fc.assert(
      fc.property(isoDate("1900-01-01", "2197-12-31"), fc.integer({ min: 0, max: 600 }), (d, n) => {
        const end = addWorkdays(d, n);
        expect(workdaysBetween(d, end)).toBe(n);
        if (n > 0) expect(isWorkday(end)).toBe(true);
      }),
      runs,
    );
  });

  it("moves n workdays back from a workday", () => {
    fc.assert(
      fc.property(isoDate("1903-01-01", "2200-12-31"), fc.integer({ min: -600, max: 0 }), (d0, n) => {
        const d = addWorkdays(d0, -1);
        expect(workdaysBetween(d, addWorkdays(d, n))).toBe(n);
      }),
      runs,
    );
  });

  it("counts one workday per workday in a walk by days", () => {
    fc.assert(
      fc.property(isoDate("1900-01-01", "2200-10-31"), fc.integer({ min: 1, max: 60 }), (d, span) => {
        const days = eachDay(addDays(d, 1), addDays(d, span));
        expect(workdaysBetween(d, addDays(d, span))).toBe(days.filter(isWorkday).length);
      }),
      runs,
    );
  });
});

describe("workdaysBetween properties", () => {
  it("is antisymmetric and additive", () => {
    fc.assert(
      fc.property(isoDate(), isoDate(), isoDate(), (a, b, c) => {
        expect(workdaysBetween(b, a) + workdaysBetween(a, b)).toBe(0);
        expect(workdaysBetween(a, b) + workdaysBetween(b, c)).toBe(workdaysBetween(a, c));
      }),
      { numRuns: 500 },
    );
  });
});

describe("periodEnd properties (§1)", () => {
  const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

  it("months: the same day in the month m months on, or that month's last day", () => {
    fc.assert(
      fc.property(isoDate("1900-01-01", "2150-12-31"), fc.integer({ min: 0, max: 600 }), (start, m) => {
        const end = periodEnd(start, { months: m });
        const [y, mo, d] = start.split("-").map(Number) as [number, number, number];
        const index = y * 12 + (mo - 1) + m;
        const endYear = Math.floor(index / 12);
        const endMonth = (index % 12) + 1;
        expect(end.slice(0, 7)).toBe(`${endYear}-${String(endMonth).padStart(2, "0")}`);
        expect(Number(end.slice(8))).toBe(Math.min(d, lastDay(endYear, endMonth)));
        expect(compareIsoDates(end, start)).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it("years are twelve months, and months are monotone", () => {
    fc.assert(
      fc.property(isoDate("1900-01-01", "2150-12-31"), fc.integer({ min: 0, max: 50 }), (start, y) => {
        expect(periodEnd(start, { years: y })).toBe(periodEnd(start, { months: 12 * y }));
        expect(periodEnd(start, { months: y + 1 }) > periodEnd(start, { months: y })).toBe(true);
      }),
      runs,
    );
  });

  it("weeks: the same weekday, 7 days a week", () => {
    fc.assert(
      fc.property(isoDate("1900-01-01", "2150-12-31"), fc.integer({ min: 0, max: 2000 }), (start, w) => {
        const end = periodEnd(start, { weeks: w });
        expect(daysBetween(start, end)).toBe(7 * w);
        expect(dayOfWeek(end)).toBe(dayOfWeek(start));
      }),
      runs,
    );
  });

  it("for days 1–28 keeps the day of the month", () => {
    fc.assert(
      fc.property(isoDate("1900-01-01", "2150-12-31"), fc.integer({ min: 0, max: 600 }), (start, m) => {
        fc.pre(Number(start.slice(8)) <= 28);
        expect(periodEnd(start, { months: m }).slice(8)).toBe(start.slice(8));
      }),
      runs,
    );
  });
});

describe("ISO date properties", () => {
  it("parseIsoDate never throws, on any value", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseIsoDate(value);
        expect(typeof result.success).toBe("boolean");
        expect(isIsoDate(value)).toBe(result.success);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        expect(parseIsoDate(s).success).toBe(isIsoDate(s));
      }),
      runs,
    );
  });

  it("parseIsoDate accepts exactly the real dates of 1900–2200 among date-shaped strings", () => {
    const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0"));
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2300 }), twoDigits, twoDigits, (y, m, d) => {
        const s = `${y}-${m}-${d}`;
        const ms = Date.parse(`${s}T00:00:00Z`);
        // A real date survives the UTC round trip unchanged (no roll-over).
        const real = !Number.isNaN(ms) && iso(ms) === s;
        const result = parseIsoDate(s);
        expect(result.success, s).toBe(real && y >= 1900 && y <= 2200);
        if (result.success) expect(result.data).toEqual({ year: y, month: Number(m), day: Number(d) });
      }),
      { numRuns: 5000 },
    );
  });

  it("addDays, daysBetween and dayOfWeek agree with UTC Date arithmetic", () => {
    fc.assert(
      fc.property(isoDate(), isoDate(), (a, b) => {
        const n = (utc(b) - utc(a)) / DAY_MS;
        expect(daysBetween(a, b)).toBe(n);
        expect(addDays(a, n)).toBe(b);
        expect(dayOfWeek(a)).toBe(weekday(a));
      }),
      runs,
    );
  });

  it("term contains the date and is half a year", () => {
    fc.assert(
      fc.property(isoDate(), (d) => {
        const t = term(d);
        expect(t.from <= d && d <= t.to).toBe(true);
        expect(t.year).toBe(Number(d.slice(0, 4)));
        expect(t.id).toBe(`${t.year}-${t.term}`);
        expect(t.term).toBe(Number(d.slice(5, 7)) <= 6 ? "spring" : "autumn");
      }),
      runs,
    );
  });
});
