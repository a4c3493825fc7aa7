import type { Forum, ForumRecord } from "@romsk-inkludering/model";
import { check, defaultCatalog } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

const rules = ["forum.cadence"];

/** Seed 001: "Forumet träffas två gånger per termin." */
function pilotForum(): Forum {
  const forum = defaultCatalog.forums().find((f) => f.cadence.per === "term" && f.cadence.meetings === 2);
  if (forum === undefined) throw new Error("the catalog has no forum that meets twice per term");
  return forum;
}

const record = (period: ForumRecord["period"], meetingDates: string[]): ForumRecord => ({ forumId: pilotForum().id, period, meetingDates });

describe("forum.cadence (seed 001: twice per term)", () => {
  it("evaluates each complete term in the period: spring 2013 met twice, autumn 2013 once", () => {
    const findings = check({ forumRecords: [record({ from: "2013-01-01", to: "2013-12-31" }, ["2013-02-12", "2013-05-21", "2013-10-08"])] }, { asOf: "2014-01-31", rules });
    expect(findings.map((f) => [f.evidence.unit, f.verdict, f.evidence.meetings, f.evidence.required])).toEqual([
      ["2013-spring", "pass", 2, 2],
      ["2013-autumn", "fail", 1, 2],
    ]);
    expect(findings[1]?.evidence).toMatchObject({ from: "2013-07-01", to: "2013-12-31", dates: ["2013-10-08"] });
    expect(findings[1]?.basis).toContainEqual(expect.objectContaining({ kind: "seed", file: "001_90733e24716ad9fb.txt" }));
  });

  it("skips terms that are not complete in the period or not over by asOf", () => {
    const findings = check(
      { forumRecords: [record({ from: "2013-03-01", to: "2014-12-31" }, ["2013-09-10", "2013-11-19", "2014-02-11"])] },
      { asOf: "2014-05-01", rules },
    );
    expect(findings.map((f) => [f.evidence.unit, f.verdict])).toEqual([["2013-autumn", "pass"]]);
  });

  it("is not applicable before a complete term, and for a forum missing from the catalog", () => {
    const early = check({ forumRecords: [record({ from: "2013-01-01", to: "2013-12-31" }, ["2013-02-12"])] }, { asOf: "2013-06-29", rules });
    expect(early.map((f) => f.verdict)).toEqual(["not-applicable"]);
    const unknown = check({ forumRecords: [{ forumId: "romsk-referensgrupp", period: { from: "2018-01-01", to: "2018-12-31" }, meetingDates: [] }] }, { asOf: "2019-01-31", rules });
    expect(unknown.map((f) => [f.subject.id, f.verdict])).toEqual([["romsk-referensgrupp", "not-applicable"]]);
  });

  it("counts a meeting date once and ignores meetings after asOf", () => {
    const findings = check({ forumRecords: [record({ from: "2013-01-01", to: "2013-06-30" }, ["2013-02-12", "2013-02-12"])] }, { asOf: "2013-07-01", rules });
    expect(findings.map((f) => [f.verdict, f.evidence.meetings])).toEqual([["fail", 1]]);
  });
});
