import type { AnnualReport, MunicipalPlan } from "@romsk-inkludering/model";
import { check, defaultCatalog } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

const rules = ["plan.principles-coverage"];

/** Linköping's revised action plan, proposed for 2018–2021 (seed 003). */
const plan = (principlesAddressed: string[], targetGroupsAddressed: string[]): MunicipalPlan => ({
  id: "linkoping-handlingsplan-2018-2021",
  actorId: "municipality-0580",
  adoptedOn: "2018-03-01",
  period: { from: "2018-01-01", to: "2021-12-31" },
  principlesAddressed,
  targetGroupsAddressed,
});

describe("plan.principles-coverage (seed 002: the four working principles, the priority target groups)", () => {
  const principles = defaultCatalog.principles({ scope: "municipal-work" }).map((p) => p.id);
  const groups = defaultCatalog.targetGroups().map((g) => g.id);

  it("has seed 002's four working principles and three priority groups in the catalog", () => {
    expect([...principles].sort()).toEqual(["human-rights-and-non-discrimination", "long-term-structure", "priority-target-groups", "roma-participation"]);
    expect([...groups].sort()).toEqual(["children-and-young-people", "roma-in-social-exclusion", "women"]);
  });

  it("passes a plan that addresses all four principles and the priority groups", () => {
    const [finding] = check({ plans: [plan(principles, groups)] }, { asOf: "2018-05-16", rules });
    expect(finding?.verdict).toBe("pass");
    expect(finding?.message.en).toBe("The plan addresses all 4 working principles and all 3 priority target groups.");
  });

  it("fails a plan without a long-term structure and without women, listing them", () => {
    const [finding] = check(
      { plans: [plan(principles.filter((p) => p !== "long-term-structure"), groups.filter((g) => g !== "women"))] },
      { asOf: "2018-05-16", rules },
    );
    expect(finding?.verdict).toBe("fail");
    expect(finding?.evidence).toMatchObject({ missingPrinciples: ["long-term-structure"], missingTargetGroups: ["women"], unrecognised: [] });
  });

  it("shows ids the catalog does not know, and ignores a plan adopted after asOf", () => {
    const [finding] = check({ plans: [plan([...principles, "gender-equality"], groups)] }, { asOf: "2018-05-16", rules });
    expect([finding?.verdict, finding?.evidence.unrecognised]).toEqual(["pass", ["gender-equality"]]);
    expect(check({ plans: [plan(principles, groups)] }, { asOf: "2018-02-28", rules })).toEqual([]);
  });

  it("checks an annual report's stated principles, and only what it states", () => {
    const report: AnnualReport = {
      id: "municipality-0580-2018",
      year: 2018,
      actorId: "municipality-0580",
      reporterKind: "municipality",
      submittedOn: "2019-02-28",
      areas: [],
      activities: [],
      consultations: [],
      observations: [],
      problems: [],
      proposals: [],
      principlesAddressed: ["roma-participation", "human-rights-and-non-discrimination"],
    };
    const [finding] = check({ reports: [report] }, { asOf: "2019-04-15", rules });
    expect(finding?.subject).toEqual({ kind: "annual-report", id: "municipality-0580-2018" });
    expect(finding?.evidence).toMatchObject({ missingPrinciples: ["long-term-structure", "priority-target-groups"], missingTargetGroups: [], targetGroupsAddressed: null });
    const { principlesAddressed: _p, ...silent } = report;
    expect(check({ reports: [silent] }, { asOf: "2019-04-15", rules })).toEqual([]);
  });
});
