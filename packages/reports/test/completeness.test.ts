import { describe, expect, it } from "vitest";
import { assessCompleteness, summarize } from "../src/index.js";
import { BORAS, expected2017, GAVLE, HELSINGBORG, LINKOPING, reports2017, SKOLVERKET, VASTERAS } from "./fixtures.js";

const agg = summarize(reports2017);

describe("completeness of the 2017 reports (deadline 15 April 2018, a Sunday)", () => {
  const c = assessCompleteness(agg, { year: 2017, deadline: "2018-04-15", asOf: "2018-05-02", expectedReporters: expected2017 });

  it("shifts the deadline to Monday 16 April under lag (1930:173) 2 §", () => {
    expect(c.deadline).toBe("2018-04-15");
    expect(c.effectiveDeadline).toBe("2018-04-16");
  });

  it("lists every reporter with its status and days late", () => {
    expect(c.reporters.map((r) => [r.actorId, r.status, r.submittedOn, r.daysLate])).toEqual([
      [LINKOPING, "late", "2018-04-18", 2],
      [HELSINGBORG, "missing", null, null],
      [BORAS, "on-time", "2018-04-16", null],
      [VASTERAS, "on-time", "2018-04-10", null],
      [GAVLE, "on-time", "2018-04-13", null],
      [SKOLVERKET, "date-unknown", null, null],
    ]);
    expect(c.reporters[0]?.name).toEqual({ sv: "Linköpings kommun", en: "Linköping Municipality" });
  });

  it("counts by status", () => {
    expect([c.expected, c.reported, c.onTime, c.late, c.missing, c.notYetDue, c.dateUnknown, c.noDeadline, c.unexpected]).toEqual([
      6, 5, 3, 1, 1, 0, 1, 0, 0,
    ]);
  });
});

describe("completeness as of other dates and inputs", () => {
  it("does not call a report missing before the effective deadline has passed", () => {
    const onDeadline = assessCompleteness(agg, { year: 2017, deadline: "2018-04-15", asOf: "2018-04-16", expectedReporters: expected2017 });
    expect(onDeadline.reporters.find((r) => r.actorId === HELSINGBORG)?.status).toBe("not-yet-due");
    const dayAfter = assessCompleteness(agg, { year: 2017, deadline: "2018-04-15", asOf: "2018-04-17", expectedReporters: expected2017 });
    expect(dayAfter.reporters.find((r) => r.actorId === HELSINGBORG)?.status).toBe("missing");
  });

  it("shifts 15 April 2017 (påskafton) past annandag påsk to 18 April", () => {
    const r2016 = summarize(reports2017.map((r) => ({ ...r, year: 2016, submittedOn: "2017-04-18" })));
    const c = assessCompleteness(r2016, { year: 2016, deadline: "2017-04-15", asOf: "2017-05-02" });
    expect(c.effectiveDeadline).toBe("2017-04-18");
    expect(c.onTime).toBe(5);
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
    expect(c.noDeadline).toBe(5);
    expect(c.missing).toBe(1);
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
