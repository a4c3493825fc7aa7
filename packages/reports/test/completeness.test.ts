import { describe, expect, it } from "vitest";
import { assessCompleteness, summarize } from "../src/index.js";
import { BORAS, expected2017, GAVLE, HELSINGBORG, LINKOPING, reports2017, SKOLVERKET, VASTERAS } from "./fixtures.js";

const agg = summarize(reports2017);

// The library's one setting for lag (1930:173) 2 § (the calendar's DEFAULT_APPLY_STATUTORY_SHIFT) is off by default:
// the date annual reports are asked by is set by a decision, not by statute. `check` reads the same setting.
describe("completeness of the 2017 reports (deadline 15 April 2018, a Sunday)", () => {
  const c = assessCompleteness(agg, { year: 2017, deadline: "2018-04-15", asOf: "2018-05-02", expectedReporters: expected2017 });
  const shifted = assessCompleteness(agg, { year: 2017, deadline: "2018-04-15", asOf: "2018-05-02", expectedReporters: expected2017, applyStatutoryShift: true });

  it("applies the deadline as given, and gives the date lag (1930:173) 2 § would give: Monday 16 April", () => {
    expect([c.deadline, c.effectiveDeadline, c.statutoryDeadline, c.applyStatutoryShift]).toEqual(["2018-04-15", "2018-04-15", "2018-04-16", false]);
    expect([shifted.effectiveDeadline, shifted.applyStatutoryShift]).toEqual(["2018-04-16", true]);
  });

  it("lists every reporter with its status and days late, and what the law would give", () => {
    expect(c.reporters.map((r) => [r.actorId, r.status, r.submittedOn, r.daysLate, r.statusUnderOtherReading ?? null])).toEqual([
      [LINKOPING, "late", "2018-04-18", 3, null],
      [HELSINGBORG, "overdue", null, null, null],
      [BORAS, "late", "2018-04-16", 1, "on-time"],
      [VASTERAS, "on-time", "2018-04-10", null, null],
      [GAVLE, "on-time", "2018-04-13", null, null],
      [SKOLVERKET, "date-unknown", null, null, null],
    ]);
    expect(c.reporters[0]?.name).toEqual({ sv: "Linköpings kommun", en: "Linköping Municipality" });
    expect(shifted.reporters.map((r) => [r.actorId, r.status, r.daysLate, r.statusUnderOtherReading ?? null])).toEqual([
      [LINKOPING, "late", 2, null],
      [HELSINGBORG, "overdue", null, null],
      [BORAS, "on-time", null, "late"],
      [VASTERAS, "on-time", null, null],
      [GAVLE, "on-time", null, null],
      [SKOLVERKET, "date-unknown", null, null],
    ]);
  });

  it("counts by status", () => {
    const b = c.byStatus;
    expect([c.expected, c.reported, c.notReported, b["on-time"], b.late, b.overdue, b["due-soon"], b.upcoming, b["date-unknown"], b["no-deadline"], b.passed, c.unexpected]).toEqual([
      6, 5, 1, 2, 2, 1, 0, 0, 1, 0, 0, 0,
    ]);
    // Every reporter is counted under one status of the calendar's vocabulary.
    expect(Object.values(b).reduce((x, y) => x + y, 0)).toBe(c.reported + c.notReported);
    expect([shifted.byStatus["on-time"], shifted.byStatus.late]).toEqual([3, 1]);
  });
});

describe("completeness as of other dates and inputs", () => {
  it("does not call a report missing before the deadline that applies has passed", () => {
    const onDeadline = assessCompleteness(agg, { year: 2017, deadline: "2018-04-15", asOf: "2018-04-15", expectedReporters: expected2017 });
    expect(onDeadline.reporters.find((r) => r.actorId === HELSINGBORG)?.status).toBe("due-soon");
    const dayAfter = assessCompleteness(agg, { year: 2017, deadline: "2018-04-15", asOf: "2018-04-16", expectedReporters: expected2017 });
    expect(dayAfter.reporters.find((r) => r.actorId === HELSINGBORG)).toMatchObject({ status: "overdue", statusUnderOtherReading: "due-soon" });
    const shifted = assessCompleteness(agg, { year: 2017, deadline: "2018-04-15", asOf: "2018-04-16", expectedReporters: expected2017, applyStatutoryShift: true });
    expect(shifted.reporters.find((r) => r.actorId === HELSINGBORG)?.status).toBe("due-soon");
  });

  it("shifts 15 April 2017 (påskafton) past annandag påsk to 18 April when the shift is applied", () => {
    const r2016 = summarize(reports2017.map((r) => ({ ...r, year: 2016, submittedOn: "2017-04-18" })));
    expect(assessCompleteness(r2016, { year: 2016, deadline: "2017-04-15", asOf: "2017-05-02" }).statutoryDeadline).toBe("2017-04-18");
    const c = assessCompleteness(r2016, { year: 2016, deadline: "2017-04-15", asOf: "2017-05-02", applyStatutoryShift: true });
    expect(c.effectiveDeadline).toBe("2017-04-18");
    expect(c.byStatus["on-time"]).toBe(5);
    expect(c.expected).toBeNull();
    expect(c.reporters.every((r) => !r.expected)).toBe(true);
  });

  it("lists reporters that were not expected", () => {
    const c = assessCompleteness(agg, {
      year: 2017,
      deadline: "2018-04-15",
      asOf: "2018-05-02",
      expectedReporters: expected2017.filter((e) => e.actorId !== SKOLVERKET),
    });
    expect(c.unexpected).toBe(1);
    expect(c.reporters.find((r) => r.actorId === SKOLVERKET)?.expected).toBe(false);
  });

  it("without a deadline, judges no lateness", () => {
    const c = assessCompleteness(agg, { year: 2017, asOf: "2018-05-02", expectedReporters: expected2017 });
    expect(c.effectiveDeadline).toBeNull();
    // Without a deadline nothing can be judged: Helsingborg has not reported, the others have.
    expect([c.byStatus["no-deadline"], c.reported, c.notReported]).toEqual([6, 5, 1]);
    expect(c.reporters.find((r) => r.actorId === HELSINGBORG)).toMatchObject({ status: "no-deadline", reported: false });
  });

  it("only looks at the year asked for", () => {
    expect(assessCompleteness(agg, { year: 2018, asOf: "2019-05-02" }).reported).toBe(0);
  });

  it("rejects dates that are not ISO dates, naming them", () => {
    expect(() => assessCompleteness(agg, { year: 2017, asOf: "2018-5-2" })).toThrow('asOf must be an ISO date YYYY-MM-DD, got "2018-5-2"');
    expect(() => assessCompleteness(agg, { year: 2017, asOf: "2018-05-02", deadline: "2018-02-30" })).toThrow(
      'deadline must be an ISO date YYYY-MM-DD, got "2018-02-30"',
    );
  });
});
