import { describe, expect, it } from "vitest";
import {
  addWorkdays,
  dayOfWeek,
  isWorkday,
  periodEnd,
  statutoryDeadline,
  workdaysBetween,
  yearlyDates,
} from "@romsk-inkludering/calendar";

describe("statutoryDeadline: lag (1930:173) §2 on the seeds' deadlines", () => {
  it('"senast den 1 september 2012" was a Saturday: the last day is Monday 2012-09-03', () => {
    expect(dayOfWeek("2012-09-01")).toBe(6);
    expect(isWorkday("2012-09-01")).toBe(false);
    expect(statutoryDeadline("2012-09-01")).toBe("2012-09-03");
  });

  it('"senast den 1 oktober 2012" was a Monday: it stays', () => {
    expect(dayOfWeek("2012-10-01")).toBe(1);
    expect(statutoryDeadline("2012-10-01")).toBe("2012-10-01");
  });

  it('"årligen under 2013–2015 senast den 15 april": Monday, Tuesday, Wednesday, all kept', () => {
    const dates = yearlyDates({ month: 4, day: 15, fromYear: 2013, toYear: 2015 });
    expect(dates).toEqual(["2013-04-15", "2014-04-15", "2015-04-15"]);
    expect(dates.map(dayOfWeek)).toEqual([1, 2, 3]);
    expect(dates.map(statutoryDeadline)).toEqual(["2013-04-15", "2014-04-15", "2015-04-15"]);
  });

  it('"senast 15 december 2018" was a Saturday: Monday 2018-12-17', () => {
    expect(dayOfWeek("2018-12-15")).toBe(6);
    expect(statutoryDeadline("2018-12-15")).toBe("2018-12-17");
  });

  it("15 April 2024 (Monday) and 31 March 2025 (Monday) stay", () => {
    expect(statutoryDeadline("2024-04-15")).toBe("2024-04-15");
    expect(statutoryDeadline("2025-03-31")).toBe("2025-03-31");
  });

  it("returns the same string for a workday", () => {
    const date = "2012-10-01";
    expect(statutoryDeadline(date)).toBe(date);
  });

  it("moves past Easter: långfredagen 2024 → Tuesday after annandag påsk", () => {
    expect(statutoryDeadline("2024-03-29")).toBe("2024-04-02");
    expect(statutoryDeadline("2024-03-30")).toBe("2024-04-02");
    expect(statutoryDeadline("2024-03-28")).toBe("2024-03-28"); // skärtorsdagen is a workday
  });

  it("moves past midsommar: midsommarafton 2024 → Monday 2024-06-24", () => {
    expect(isWorkday("2024-06-21")).toBe(false);
    expect(statutoryDeadline("2024-06-21")).toBe("2024-06-24");
    expect(statutoryDeadline("2024-06-20")).toBe("2024-06-20");
  });

  it("julafton on a Friday (2021) → Monday 2021-12-27, after annandag jul on the Sunday", () => {
    expect(dayOfWeek("2021-12-24")).toBe(5);
    expect(statutoryDeadline("2021-12-24")).toBe("2021-12-27");
  });

  it("julafton on a Thursday (2020) → Monday 2020-12-28, past juldagen, Saturday and Sunday", () => {
    expect(dayOfWeek("2020-12-24")).toBe(4);
    expect(statutoryDeadline("2020-12-24")).toBe("2020-12-28");
  });

  it("julafton on a Wednesday (2025) → Monday 2025-12-29, the longest shift (five days)", () => {
    expect(dayOfWeek("2025-12-24")).toBe(3);
    expect(statutoryDeadline("2025-12-24")).toBe("2025-12-29");
  });

  it("julafton on a Tuesday (2024) → Friday 2024-12-27", () => {
    expect(statutoryDeadline("2024-12-24")).toBe("2024-12-27");
  });

  it("nyårsafton on a Friday (2021) → Monday 2022-01-03, and on a Thursday (2026) → Monday 2027-01-04", () => {
    expect(statutoryDeadline("2021-12-31")).toBe("2022-01-03");
    expect(statutoryDeadline("2026-12-31")).toBe("2027-01-04");
  });

  it("across the 2005 change: annandag pingst was no workday in 2004 but is one from 2005", () => {
    expect(statutoryDeadline("2004-05-29")).toBe("2004-06-01"); // pingstafton → past annandag pingst
    expect(statutoryDeadline("2005-05-14")).toBe("2005-05-16"); // pingstafton → annandag pingst, now a workday
    expect(statutoryDeadline("2008-06-06")).toBe("2008-06-09"); // nationaldagen (Friday)
    expect(statutoryDeadline("2003-06-06")).toBe("2003-06-06"); // 6 June (Friday) before 2005
  });

  it("Kristi himmelsfärdsdag and första maj", () => {
    expect(statutoryDeadline("2024-05-09")).toBe("2024-05-10");
    expect(statutoryDeadline("2024-05-01")).toBe("2024-05-02");
  });
});

describe("isWorkday: vardagar under §2", () => {
  it("midsommarafton, julafton and nyårsafton are not workdays on any weekday", () => {
    expect(isWorkday("2024-06-21")).toBe(false); // midsommarafton
    expect(isWorkday("2024-12-24")).toBe(false); // julafton, Tuesday
    expect(isWorkday("2024-12-31")).toBe(false); // nyårsafton, Tuesday
    expect(isWorkday("2025-12-24")).toBe(false); // Wednesday
    expect(isWorkday("2025-12-31")).toBe(false); // Wednesday
  });

  it("other eves are ordinary workdays", () => {
    expect(isWorkday("2024-01-05")).toBe(true); // trettondagsafton
    expect(isWorkday("2024-04-30")).toBe(true); // valborgsmässoafton
    expect(isWorkday("2024-11-01")).toBe(true); // allhelgonaafton
    expect(isWorkday("2024-12-23")).toBe(true);
  });

  it("counts 251 workdays in 2024 and 249 in 2025", () => {
    // 2024: 262 weekdays minus nyårsdagen, långfredagen, annandag påsk, första maj,
    // Kristi himmelsfärdsdag, nationaldagen, midsommarafton, julafton, juldagen,
    // annandag jul, nyårsafton (11 on weekdays; trettondedag jul, midsommardagen
    // and alla helgons dag fell on Saturdays).
    expect(workdaysBetween("2023-12-31", "2024-12-31")).toBe(262 - 11);
    // 2025: 261 weekdays minus nyårsdagen, trettondedag jul, långfredagen,
    // annandag påsk, första maj, Kristi himmelsfärdsdag, nationaldagen,
    // midsommarafton, julafton, juldagen, annandag jul, nyårsafton (12); alla
    // helgons dag and midsommardagen are Saturdays.
    expect(workdaysBetween("2024-12-31", "2025-12-31")).toBe(261 - 12);
  });
});

describe("addWorkdays and workdaysBetween", () => {
  it("counts from the day after, skipping non-workdays", () => {
    expect(addWorkdays("2012-09-01", 1)).toBe("2012-09-03");
    expect(addWorkdays("2012-09-03", 5)).toBe("2012-09-10");
    expect(addWorkdays("2024-12-23", 1)).toBe("2024-12-27");
    expect(addWorkdays("2024-12-23", 3)).toBe("2025-01-02");
  });

  it("counts backwards for negative n", () => {
    expect(addWorkdays("2024-04-02", -1)).toBe("2024-03-28");
    expect(addWorkdays("2012-09-03", -1)).toBe("2012-08-31");
    expect(addWorkdays("2025-01-02", -3)).toBe("2024-12-23");
  });

  it("returns the date unchanged for n = 0, even on a non-workday", () => {
    expect(addWorkdays("2012-09-01", 0)).toBe("2012-09-01");
  });

  it("crosses many years at once", () => {
    // 2024 has 251 workdays and 2025 has 249 (see above).
    expect(addWorkdays("2023-12-31", 251 + 249)).toBe("2025-12-30");
    expect(addWorkdays("2025-12-30", -(251 + 249) + 1)).toBe("2024-01-02");
  });

  it("measures lateness in workdays", () => {
    // Due Monday 2012-09-03 (from Saturday 1 September), handed in Monday 2012-09-10.
    expect(workdaysBetween("2012-09-03", "2012-09-10")).toBe(5);
    // Handed in on the Saturday after a Friday deadline: one day, no workday late.
    expect(workdaysBetween("2012-09-07", "2012-09-08")).toBe(0);
    expect(workdaysBetween("2012-09-10", "2012-09-03")).toBe(-5);
    expect(workdaysBetween("2012-09-03", "2012-09-03")).toBe(0);
    // Backwards over a weekend only: zero, not negative zero.
    expect(workdaysBetween("2012-09-09", "2012-09-07")).toBe(0);
  });

  it("counts the whole range", () => {
    expect(workdaysBetween("1900-01-01", "2200-12-31")).toBe(
      workdaysBetween("1900-01-01", "2004-12-31") + workdaysBetween("2004-12-31", "2200-12-31"),
    );
  });
});

describe("periodEnd: lag (1930:173) §1", () => {
  it("weeks end on the same weekday", () => {
    expect(periodEnd("2012-09-03", { weeks: 3 })).toBe("2012-09-24");
    expect(periodEnd("2024-12-30", { weeks: 1 })).toBe("2025-01-06");
  });

  it("months and years end on the same date", () => {
    expect(periodEnd("2012-08-01", { months: 1 })).toBe("2012-09-01");
    expect(periodEnd("2012-03-15", { months: 1 })).toBe("2012-04-15");
    expect(periodEnd("2012-11-30", { months: 3 })).toBe("2013-02-28");
    expect(periodEnd("2012-01-01", { years: 4 })).toBe("2016-01-01");
    expect(periodEnd("2012-01-15", { years: 1, months: 2 })).toBe("2013-03-15");
  });

  it("ends on the month's last day when the date does not exist there", () => {
    expect(periodEnd("2024-01-31", { months: 1 })).toBe("2024-02-29");
    expect(periodEnd("2023-01-31", { months: 1 })).toBe("2023-02-28");
    expect(periodEnd("2012-08-31", { months: 1 })).toBe("2012-09-30");
    expect(periodEnd("2024-02-29", { years: 1 })).toBe("2025-02-28");
    expect(periodEnd("2024-02-29", { years: 4 })).toBe("2028-02-29");
    expect(periodEnd("2096-02-29", { years: 4 })).toBe("2100-02-28"); // 2100 is no leap year
  });

  it("counts years and months first, then weeks", () => {
    expect(periodEnd("2024-01-31", { months: 1, weeks: 1 })).toBe("2024-03-07");
  });

  it("does not move the end off a weekend: §2 is a separate step", () => {
    expect(periodEnd("2012-08-01", { months: 1 })).toBe("2012-09-01");
    expect(statutoryDeadline(periodEnd("2012-08-01", { months: 1 }))).toBe("2012-09-03");
  });

  it("gives the start for an empty length", () => {
    expect(periodEnd("2012-08-01", {})).toBe("2012-08-01");
  });
});

describe("yearlyDates", () => {
  it("lists one date per year, as written", () => {
    expect(yearlyDates({ month: 12, day: 15, fromYear: 2018, toYear: 2018 })).toEqual(["2018-12-15"]);
    expect(yearlyDates({ month: 2, day: 29, fromYear: 2024, toYear: 2024 })).toEqual(["2024-02-29"]);
  });

  it("maps through statutoryDeadline for the last days under §2", () => {
    expect(yearlyDates({ month: 4, day: 1, fromYear: 2017, toYear: 2019 }).map(statutoryDeadline)).toEqual([
      "2017-04-03", // Saturday
      "2018-04-03", // annandag påsk 2018 was 2 April, 1 April påskdagen
      "2019-04-01",
    ]);
  });
});
