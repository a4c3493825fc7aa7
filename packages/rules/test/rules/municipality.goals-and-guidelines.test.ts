import type { AnnualReport } from "@romsk-inkludering/model";
import { createCatalog } from "@romsk-inkludering/catalog";
import { check } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { catalogWithTransfer } from "../../../catalog/test/fixtures/transfer.js";

const rules = ["municipality.goals-and-guidelines"];

/** An annual report of Gävle (municipality 2180, a development municipality 2016–2019). */
const report = (year: number, submittedOn: string, goalsAndGuidelines?: AnnualReport["goalsAndGuidelines"]): AnnualReport => ({
  id: `municipality-2180-${year}`,
  year,
  actorId: "municipality-2180",
  reporterKind: "municipality",
  submittedOn,
  areas: ["health-social-care-safety"],
  activities: [],
  consultations: [],
  observations: [],
  problems: [{ areaId: "health-social-care-safety", text: "Att nå ut till samtliga romska grupper." }],
  proposals: [],
  ...(goalsAndGuidelines === undefined ? {} : { goalsAndGuidelines }),
});

describe("municipality.goals-and-guidelines (lag 2009:724 §5 b, from 2019-01-01)", () => {
  it("is not applicable before 2019", () => {
    const findings = check({ subject: "municipality-2180", reports: [report(2018, "2019-02-15", { adopted: false })] }, { asOf: "2018-12-31", rules });
    expect(findings.map((f) => [f.subject.kind, f.verdict, f.evidence.validFrom])).toEqual([["rule", "not-applicable", "2019-01-01"]]);
  });

  it("passes when the latest report says goals and guidelines were adopted by asOf", () => {
    const findings = check(
      { subject: "municipality-2180", reports: [report(2018, "2019-02-15", { adopted: false }), report(2019, "2020-02-14", { adopted: true, adoptedOn: "2019-06-10" })] },
      { asOf: "2020-04-15", rules },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      verdict: "pass",
      subject: { kind: "actor", id: "municipality-2180" },
      evidence: { reportId: "municipality-2180-2019", reportYear: 2019, adopted: true, adoptedOn: "2019-06-10" },
    });
    expect(findings[0]?.basis).toContainEqual(expect.objectContaining({ kind: "sfs", sfs: "2009:724", section: "5 b §" }));
  });

  it("fails when the latest known report says they were not adopted (a later report is not yet known)", () => {
    const reports = [report(2018, "2019-02-15", { adopted: false }), report(2019, "2020-02-14", { adopted: true, adoptedOn: "2019-06-10" })];
    const [finding] = check({ subject: "municipality-2180", reports }, { asOf: "2019-12-31", rules });
    expect([finding?.verdict, finding?.evidence.reportYear]).toEqual(["fail", 2018]);
  });

  it("fails when the adoption date is after asOf", () => {
    const [finding] = check({ subject: "municipality-2180", reports: [report(2019, "2019-03-01", { adopted: true, adoptedOn: "2019-09-01" })] }, { asOf: "2019-06-30", rules });
    expect(finding?.verdict).toBe("fail");
    expect(finding?.message.en).toBe("Goals and guidelines were adopted only on 2019-09-01, after 2019-06-30.");
  });

  it("warns when no report states it", () => {
    const [finding] = check({ subject: "municipality-2180", reports: [report(2019, "2020-02-14")] }, { asOf: "2020-04-15", rules });
    expect([finding?.verdict, finding?.evidence.reportId]).toEqual(["warning", null]);
  });

  it("is not applicable to an actor that is not a municipality or region", () => {
    const [finding] = check({ subject: "lansstyrelsen-stockholm" }, { asOf: "2020-04-15", rules });
    expect(finding?.verdict).toBe("not-applicable");
    expect(finding?.evidence.actorKind).toBe("county-administrative-board");
  });

  it("without a subject, checks every reporting municipality", () => {
    const linkoping: AnnualReport = { ...report(2019, "2020-02-01", { adopted: true }), id: "municipality-0580-2019", actorId: "municipality-0580" };
    const findings = check({ reports: [report(2019, "2020-02-14", { adopted: false }), linkoping] }, { asOf: "2020-04-15", rules });
    const reporting = findings.filter((f) => f.evidence.reports !== undefined && (f.evidence.reports as string[]).length > 0);
    expect(reporting.map((f) => [f.subject.id, f.verdict])).toEqual([
      ["municipality-0580", "pass"],
      ["municipality-2180", "fail"],
    ]);
  });
  it("names the follow-up authority as of its date, asked of the catalog: a transfer entry changes it after the day only", () => {
    const transferred = createCatalog(catalogWithTransfer());
    const authority = (asOf: string, view?: typeof transferred) =>
      check({ subject: "municipality-2180", reports: [report(2019, "2020-02-14")] }, { asOf, rules, ...(view === undefined ? {} : { catalog: view }) })[0]
        ?.evidence.followUpAuthorityId;
    expect([authority("2020-04-15"), authority("2026-01-01")]).toEqual(["lansstyrelsen-stockholm", "lansstyrelsen-stockholm"]);
    expect([authority("2025-12-31", transferred), authority("2026-01-01", transferred)]).toEqual(["lansstyrelsen-stockholm", "mucf"]);
  });
});
