import { check } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { groundwork, statusReport } from "../fixtures.js";

const rules = ["report.required-content"];

describe("report.required-content", () => {
  it("has the seed's requirement in the catalog: a lägesrapport with an analysis of problems and proposed measures", () => {
    expect([...statusReport().deliverable.requiredContent].sort()).toEqual(["problem-analysis", "proposed-measures"]);
  });

  it("passes a lägesrapport with both, fails one without proposed measures", () => {
    const { deliverable, commission } = statusReport();
    const findings = check(
      {
        subject: commission.assigneeId,
        submissions: [
          { deliverableId: deliverable.id, occurrence: 2013, submittedOn: "2013-04-15", contents: ["proposed-measures", "problem-analysis"] },
          { deliverableId: deliverable.id, occurrence: 2014, submittedOn: "2014-04-16", contents: ["problem-analysis"] },
        ],
      },
      { asOf: "2014-12-31", rules },
    );
    expect(findings.map((f) => [f.subject.id, f.verdict, f.evidence.missing])).toEqual([
      [`${deliverable.id}/2013`, "pass", []],
      [`${deliverable.id}/2014`, "fail", ["proposed-measures"]],
    ]);
    expect(findings[1]?.message.sv).toBe("Redovisningen 2014-04-16 saknar förslag till åtgärder, som uppdraget kräver.");
  });

  it("checks the groundwork report against the seed: methods, the areas, possibilities for coordination and a cost estimate", () => {
    const { deliverable, commission } = groundwork();
    expect([...deliverable.requiredContent].sort()).toEqual(["area-coverage", "coordination-options", "cost-estimate", "methods"]);
    const findings = check(
      { subject: commission.assigneeId, submissions: [{ deliverableId: deliverable.id, submittedOn: "2012-09-03", contents: ["methods"] }] },
      { asOf: "2012-12-31", rules },
    );
    expect(findings.map((f) => [f.verdict, f.evidence.missing])).toEqual([["fail", ["area-coverage", "coordination-options", "cost-estimate"]]]);
    expect(findings[0]?.message.en).toBe(
      "The submission of 2012-09-03 lacks coverage of the areas, possibilities for coordination and other cooperation and cost estimate, which the commission requires.",
    );
    expect(findings[0]?.message.sv).toContain("möjligheter till samordning och annat samarbete");
  });

  it("does not check a submission made after asOf", () => {
    const { deliverable, commission } = statusReport();
    const findings = check(
      { subject: commission.assigneeId, submissions: [{ deliverableId: deliverable.id, occurrence: 2014, submittedOn: "2014-04-16", contents: [] }] },
      { asOf: "2014-04-15", rules },
    );
    expect(findings).toEqual([]);
  });
});
