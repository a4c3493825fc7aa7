/**
 * The zod-only refinements are bounded: none runs on a value whose own
 * checks (type, range) failed, so none loops past the schema's limits or
 * adds a second issue about a value already reported.
 */
import { describe, expect, it } from "vitest";
import { DueRuleSchema, validate } from "@romsk-inkludering/model";
import { fixture } from "./fixtures/index.js";

function issues(result: ReturnType<typeof validate>): [string, string][] {
  return result.success ? [] : result.issues.map((issue) => [issue.path.join("."), issue.code]);
}

describe("refinements run only on values that passed their own checks", () => {
  it("a yearly due rule up to year 9007199254740991 returns at once with one too-big issue (the yearly-date loop never runs)", () => {
    const commission = fixture("commission/lst-stockholm-2012");
    commission.parts[0].deliverables[0].due = { kind: "yearly", month: 4, day: 15, fromYear: 2013, toYear: Number.MAX_SAFE_INTEGER };
    expect(issues(validate("commission", commission))).toEqual([["parts.0.deliverables.0.due.toYear", "too-big"]]);
  });

  it("a yearly due rule from year -9007199254740991 gives one too-small issue", () => {
    const result = DueRuleSchema.safeParse({ kind: "yearly", month: 2, day: 29, fromYear: -Number.MAX_SAFE_INTEGER, toYear: 2015 });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([["fromYear", "too_small"]]);
  });

  it("29 February every year 2013–2015 is still a yearly-date issue, and 2016–2016 is fine", () => {
    const commission = fixture("commission/lst-stockholm-2012");
    commission.parts[0].deliverables[0].due = { kind: "yearly", month: 2, day: 29, fromYear: 2013, toYear: 2015 };
    expect(issues(validate("commission", commission))).toEqual([["parts.0.deliverables.0.due.day", "yearly-date"]]);
    commission.parts[0].deliverables[0].due = { kind: "yearly", month: 2, day: 29, fromYear: 2016, toYear: 2016 };
    expect(validate("commission", commission).success).toBe(true);
  });

  it("a year out of range is not also out of order", () => {
    const indicator = fixture("indicator/poverty-gap");
    const target = { kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: 3000, year: 2030 };
    indicator.target = target;
    expect(issues(validate("indicator", indicator))).toEqual([["target.baselineYear", "too-big"]]);
  });

  it("a negative output is not also below its upper bound", () => {
    const activity = fixture("activity/health-inspirers");
    activity.outputs = [{ metric: "people-reached", value: -5, upTo: -10 }];
    expect(issues(validate("activity", activity))).toEqual([
      ["outputs.0.upTo", "too-small"],
      ["outputs.0.value", "too-small"],
    ]);
    activity.outputs = [{ metric: "people-reached", value: 2000, upTo: 1500 }];
    expect(issues(validate("activity", activity))).toEqual([["outputs.0.upTo", "range-order"]]);
  });

  it("a refinement still runs beside an unknown key", () => {
    const commission = fixture("commission/lst-stockholm-2012");
    commission.period = { from: "2012-12-31", to: "2012-01-01", note: "x" };
    expect(issues(validate("commission", commission))).toEqual([
      ["period.note", "unknown-key"],
      ["period.to", "period-order"],
    ]);
  });
});
