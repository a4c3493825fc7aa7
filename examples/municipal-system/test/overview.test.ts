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

describe("what Linköping and Eskilstuna owe in a year, as of a date", () => {
  const eskilstuna = createMunicipalService({ actorId: "municipality-0484" });
  const handedIn = (submittedOn: string) => ({ submissions: [{ deliverableId: "linkoping-action-plan-follow-up", occurrence: 2019, submittedOn }] });

  it("gives Eskilstuna, a network member outside every programme, §§3, 4, 5, 5 a and 5 b of lag (2009:724) for 2020, with the SFS that introduced them", () => {
    const lines = eskilstuna.obligations(2020, "2020-06-30");
    expect(lines.map((o) => [o.id, o.when, o.kind, o.status, o.sfs.join(" + "), o.ruleId])).toEqual([
      ["municipality-0484/sfs-2009-724-3/2020", "2020-01-01 – 2020-12-31", "lagstadgad skyldighet", "kommande", "2009:724", "minority-act.information"],
      ["municipality-0484/sfs-2009-724-4/2020", "2020-01-01 – 2020-12-31", "lagstadgad skyldighet", "kommande", "2009:724", "minority-act.language-and-culture"],
      ["municipality-0484/sfs-2009-724-5/2020", "2020-01-01 – 2020-12-31", "lagstadgad skyldighet", "kommande", "2009:724 + 2018:1367", "minority-act.consultation"],
      ["municipality-0484/sfs-2009-724-5-a/2020", "2020-01-01 – 2020-12-31", "lagstadgad skyldighet", "kommande", "2009:724 + 2018:1367", "minority-act.youth-influence"],
      ["municipality-0484/sfs-2009-724-5-b/2020", "2020-01-01 – 2020-12-31", "lagstadgad skyldighet", "kommande", "2009:724 + 2018:1367", "minority-act.goals-and-guidelines"],
    ]);
    expect(lines[3]?.title).toBe("Barns och ungas inflytande och samråd (5 a §)");
  });

  it("does not give Eskilstuna §5 a or §5 b in 2018 (in force from 1 January 2019, SFS 2018:1367), and asks for its yearly report of 2017 with no invented due date", () => {
    expect(eskilstuna.obligations(2018, "2018-06-30").map((o) => [o.id, o.when, o.status])).toEqual([
      ["municipality-0484/yearly-report/2017", "–", "ingen sista dag"],
      ["municipality-0484/sfs-2009-724-3/2018", "2018-01-01 – 2018-12-31", "kommande"],
      ["municipality-0484/sfs-2009-724-4/2018", "2018-01-01 – 2018-12-31", "kommande"],
      ["municipality-0484/sfs-2009-724-5/2018", "2018-01-01 – 2018-12-31", "kommande"],
    ]);
  });

  it("gives Linköping its duties of 2020 and its own follow-up, due 31 March 2020 and due soon as of 2 March", () => {
    const lines = service.obligations(2020, "2020-03-02", handedIn("2019-03-29"));
    expect(lines.map((o) => o.id.split("/").slice(1).join("/"))).toEqual([
      "sfs-2009-724-3/2020",
      "sfs-2009-724-4/2020",
      "sfs-2009-724-5/2020",
      "sfs-2009-724-5-a/2020",
      "sfs-2009-724-5-b/2020",
      "deliverable/linkoping-action-plan-follow-up/2020",
    ]);
    expect(lines.at(-1)).toMatchObject({ when: "2020-03-31", kind: "redovisning", status: "snart", title: "Uppföljning till kommunstyrelsen 2020" });
    // As of 30 June the 2020 follow-up has not come in: overdue.
    expect(service.obligations(2020, "2020-06-30", handedIn("2019-03-29")).at(-1)?.status).toBe("försenad");
  });

  it("reads Linköping's 2019 follow-up (due 31 March 2019) as on time when handed in 29 March, late on 2 April, and the year's duties as passed", () => {
    const onTime = service.obligations(2019, "2020-03-02", handedIn("2019-03-29"));
    expect(onTime.at(-1)).toMatchObject({ id: "municipality-0580/deliverable/linkoping-action-plan-follow-up/2019", when: "2019-03-31", status: "i tid" });
    expect(service.obligations(2019, "2020-03-02", handedIn("2019-04-02")).at(-1)?.status).toBe("för sent");
    expect(onTime.filter((o) => o.kind === "lagstadgad skyldighet").map((o) => o.status)).toEqual(["passerad", "passerad", "passerad", "passerad", "passerad"]);
  });
});
