import type { GrantApplication } from "@romsk-inkludering/model";
import { check } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

const rules = ["grant.application"];

/** An application by Eskilstuna to the round of 1 February 2023 (the measure and amount are illustrative). */
const eskilstuna: GrantApplication = {
  id: "eskilstuna-2023-02",
  applicantId: "municipality-0484",
  roundId: "grant-round-2023-02-01",
  amountSek: 450_000,
  submittedOn: "2023-02-01",
  criteria: [
    { criterionId: "long-term-effect", description: "Brobyggarfunktionen förs in i ordinarie verksamhet." },
    { criterionId: "anchoring-among-roma", description: "Planerad i samråd med de romska föreningarna." },
  ],
  romaInvolvement: { women: "En romsk kvinnoförening leder föräldraträffarna.", children: "Barn i årskurs 4–9 deltar i läxhjälpen." },
};

const byKey = (findings: ReturnType<typeof check>) => findings.map((f) => [f.verdict, f.message.en]);

describe("grant.application", () => {
  it("passes an application handed in on the last day, 1 February 2023", () => {
    const findings = check({ grantApplications: [eskilstuna] }, { asOf: "2023-03-01", rules });
    expect(findings.map((f) => [f.verdict, f.evidence.due ?? null, f.evidence.missingCriteria ?? null])).toEqual([
      ["pass", null, []],
      ["pass", "2023-02-01", null],
    ]);
  });

  it("fails an application handed in the day after the deadline, one day late, in both languages", () => {
    const findings = check({ grantApplications: [{ ...eskilstuna, submittedOn: "2023-02-02" }] }, { asOf: "2023-03-01", rules });
    const deadline = findings.find((f) => f.evidence.status !== undefined);
    expect([deadline?.verdict, deadline?.evidence.daysLate]).toEqual(["fail", 1]);
    expect(deadline?.message.sv).toContain("kom in 2023-02-02, 1 dag för sent (sista dag 2023-02-01)");
    expect(deadline?.message.en).toContain("came in on 2023-02-02, 1 day late (last day 2023-02-01)");
  });

  it("tells an application that omits the involvement of Roma women and children so", () => {
    const { romaInvolvement: _omitted, ...without } = eskilstuna;
    const findings = check({ grantApplications: [without] }, { asOf: "2023-03-01", rules });
    const criteria = findings.find((f) => f.evidence.missingCriteria !== undefined);
    expect([criteria?.verdict, criteria?.evidence.missingCriteria, criteria?.evidence.missingInvolvement]).toEqual([
      "warning",
      ["roma-women-and-children"],
      ["women", "children"],
    ]);
    expect(criteria?.message.sv).toBe(
      "Ansökan eskilstuna-2023-02 beskriver inte romska kvinnors och barns delaktighet; bidragsgivaren ska ta hänsyn till det vid fördelningen. Spridningen över landet och över kommunstorlekar väger bidragsgivaren vid fördelningen; en enskild ansökan prövas inte mot den.",
    );
    expect(criteria?.message.en).toContain("does not describe the involvement of Roma women and children");
  });

  it("names each missing criterion and the missing half of the involvement", () => {
    const findings = check(
      { grantApplications: [{ ...eskilstuna, criteria: [eskilstuna.criteria[0]!], romaInvolvement: { women: "Kvinnor deltar." } }] },
      { asOf: "2023-03-01", rules },
    );
    const criteria = findings.find((f) => f.evidence.missingCriteria !== undefined);
    expect(criteria?.evidence.missingCriteria).toEqual(["anchoring-among-roma", "roma-women-and-children"]);
    expect(criteria?.message.en).toContain('does not describe "The measure\'s anchoring among Roma" and the involvement of Roma children');
  });

  it("applies the §2 shift only with the setting: 13 November 2022 is a Sunday", () => {
    const application = { ...eskilstuna, id: "x", roundId: "grant-round-2022-11-13", submittedOn: "2022-11-14" };
    const plain = check({ grantApplications: [application] }, { asOf: "2022-12-01", rules }).find((f) => f.evidence.status !== undefined);
    const shifted = check(
      { grantApplications: [application] },
      { asOf: "2022-12-01", rules, profile: { id: "shift", name: "Förskjutning", deadlines: { applyStatutoryShift: true } } },
    ).find((f) => f.evidence.status !== undefined);
    expect([plain?.verdict, plain?.evidence.daysLate, plain?.evidence.statusUnderOtherReading]).toEqual(["fail", 1, "on-time"]);
    expect([shifted?.verdict, shifted?.evidence.due]).toEqual(["pass", "2022-11-14"]);
  });

  it("does not know an application that came in after the date asked, nor a round not yet known", () => {
    expect(check({ grantApplications: [eskilstuna] }, { asOf: "2023-01-31", rules })).toEqual([]);
    const future = check({ grantApplications: [{ ...eskilstuna, roundId: "grant-round-2024-04-15", submittedOn: "2024-01-31" }] }, { asOf: "2024-02-01", rules });
    expect(byKey(future)).toEqual([
      ["warning", "Application eskilstuna-2023-02 is for the round grant-round-2024-04-15, which is not known as of 2024-02-01; it cannot be judged."],
    ]);
  });

  it("fails an applicant that is not a municipality", () => {
    const findings = check({ grantApplications: [{ ...eskilstuna, applicantId: "lansstyrelsen-stockholm" }] }, { asOf: "2023-03-01", rules });
    const applicant = findings.find((f) => f.evidence.applicantKind !== undefined);
    expect([applicant?.verdict, applicant?.evidence.applicantKind]).toEqual(["fail", "county-administrative-board"]);
  });

  it("traces the deadline step by step under explain", () => {
    const findings = check({ grantApplications: [{ ...eskilstuna, submittedOn: "2023-02-02" }] }, { asOf: "2023-03-01", rules, explain: true });
    const deadline = findings.find((f) => f.evidence.status !== undefined);
    const steps = deadline?.explanation?.steps.map((s) => [s.kind, s.value]) ?? [];
    expect(steps).toContainEqual(["lookup", "2023-02-01"]);
    expect(steps).toContainEqual(["compute", "late"]);
    expect(steps).toContainEqual(["compute", 1]);
    expect(deadline?.explanation?.ruleUrl).toBe("documents/Rule_reference.grant.application.html");
  });
});
