import { describe, expect, it } from "vitest";
import { createMunicipalService } from "../src/index.js";
import { actionPlanFollowUp, consultation, LINKOPING } from "../src/linkoping.js";

const twoEach = { "swedish-roma": 2, "finnish-roma": 2, travellers: 2, "non-nordic-roma": 2, "newly-arrived-roma": 2 } as const;
const service = createMunicipalService({ actorId: LINKOPING, profile: "linkoping-consultation", ownCommissions: [actionPlanFollowUp] });
const records = {
  meetings: [consultation("samrad-2019-10", "2019-10-15", twoEach), consultation("samrad-2020-02", "2020-02-11", { ...twoEach, travellers: 1 })],
  submissions: [{ deliverableId: "linkoping-action-plan-follow-up", occurrence: 2019, submittedOn: "2019-03-29", contents: [] }],
};

describe("Linköping's overview in a municipal system", () => {
  const overview = service.overview("2020-03-02", records);

  it("names the municipality from the catalog", () => {
    expect(overview.municipality).toBe("Linköping");
  });

  it("shows the next two yearly follow-ups; 31 March 2020 is 29 days away (a leap year) and due soon", () => {
    expect(overview.upcoming.map((d) => [d.effectiveDue, d.daysLeft, d.status])).toEqual([
      ["2020-03-31", 29, "due-soon"],
      ["2021-03-31", 394, "upcoming"],
    ]);
  });

  it("flags the consultation with one representative of resande romer under Linköping's two-per-group profile", () => {
    const participation = overview.attention.filter((a) => a.ruleId === "consultation.roma-participation");
    expect(participation.map((a) => [a.subject, a.verdict])).toEqual([["samrad-2020-02", "fail"]]);
    expect(participation[0]?.message).toContain("resande romer (1)");
  });

  it("flags the 2019 follow-up handed in before any consultation with Roma representatives", () => {
    const required = overview.attention.find((a) => a.ruleId === "consultation.required-parties");
    expect(required?.message).toContain("2019-03-29");
  });

  it("asks how children and young people had influence in 2019, a year that has ended, not in 2020, which is running (lag 2009:724 §5 a)", () => {
    // §5 a is judged per authority and year: a consultation without young people is evidence, not a fail.
    expect(overview.attention.filter((a) => a.ruleId === "minority-act.youth-influence").map((a) => [a.verdict, a.subject])).toEqual([["warning", "municipality-0580/2019"]]);
    const before = service.overview("2018-12-31", { meetings: [consultation("samrad-2018-10", "2018-10-16", twoEach)] });
    expect(before.attention.some((a) => a.ruleId === "minority-act.youth-influence")).toBe(false);
  });

  it("lists what needs attention, and counts every applicable verdict", () => {
    // The 2020 follow-up is due in 29 days (a warning); 2019 shows no youth influence (a warning: §5 a is
    // judged per year, 2020 is still running); two fails: the 2019 follow-up without a consultation before
    // it, one representative of resande romer in February 2020. §§3, 4 and 5 b are judged from annual
    // reports, and these records hold none.
    expect(overview.attention.map((a) => `${a.verdict} ${a.ruleId} ${a.subject}`).sort()).toEqual([
      "fail consultation.required-parties linkoping-action-plan-2018-2021/yearly-follow-up",
      "fail consultation.roma-participation samrad-2020-02",
      "warning deliverable.on-time linkoping-action-plan-follow-up/2020",
      "warning minority-act.youth-influence municipality-0580/2019",
    ]);
    // Five passes: the 2019 follow-up on time (29 March, due 31 March), two of each group in October 2019, the
    // profile, and §5 (consultation with Roma representatives) in 2019 and in 2020.
    expect(overview.status).toEqual({ pass: 5, fail: 2, warning: 2, error: 0 });
  });
});
