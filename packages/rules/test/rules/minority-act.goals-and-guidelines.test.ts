import type { AnnualReport } from "@romsk-inkludering/model";
import { check, defaultCatalog, type CatalogView } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { annualReport } from "../minority-act-fixtures.js";

const rules = ["minority-act.goals-and-guidelines"];

const report = (year: number, goalsAndGuidelines?: AnnualReport["goalsAndGuidelines"], actorId = "municipality-2180"): AnnualReport =>
  annualReport(actorId, year, { submittedOn: `${year + 1}-02-14`, ...(goalsAndGuidelines === undefined ? {} : { goalsAndGuidelines }) });

describe("minority-act.goals-and-guidelines (lag 2009:724 §5 b, per municipality or region and year, from 2019-01-01)", () => {
  it("Gävle: adopted 2019-06-10 passes 2019 and the years after, even when a later report is silent", () => {
    const findings = check({ reports: [report(2019, { adopted: true, adoptedOn: "2019-06-10" }), report(2020), report(2021, { adopted: true })] }, { asOf: "2022-04-15", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict, f.evidence.adoptedIn])).toEqual([
      ["municipality-2180/2019", "pass", "municipality-2180-2019"],
      ["municipality-2180/2020", "pass", "municipality-2180-2019"],
      ["municipality-2180/2021", "pass", "municipality-2180-2019"],
    ]);
    expect(findings[0]?.evidence.followUpAuthorityId).toBe("lansstyrelsen-stockholm");
  });

  it("adopted only after the year fails that year; not adopted fails an ended year and not a running one", () => {
    const later = check({ reports: [report(2019, { adopted: true, adoptedOn: "2020-03-01" })] }, { asOf: "2020-04-15", rules });
    expect(later.map((f) => [f.subject.id, f.verdict, f.message.sv])).toEqual([["municipality-2180/2019", "fail", "Mål och riktlinjer antogs först 2020-03-01, efter 2019."]]);
    const running = check({ reports: [{ ...report(2020, { adopted: false }), submittedOn: "2020-09-01" }] }, { asOf: "2020-09-30", rules });
    expect(running.map((f) => f.verdict)).toEqual(["not-applicable"]);
  });

  it("does not apply to an agency, and names the follow-up authority the catalog gives as of the date", () => {
    const agency = check({ subject: "skolverket" }, { asOf: "2020-04-15", rules });
    expect(agency.map((f) => [f.subject.id, f.verdict, f.evidence.actorKind])).toEqual([["skolverket", "not-applicable", "agency"]]);
    const moved: CatalogView = { ...defaultCatalog, followUpAuthority: ({ asOf }) => defaultCatalog.getActor(asOf >= "2025-01-01" ? "mucf" : "lansstyrelsen-stockholm", { asOf }) };
    const [after] = check({ reports: [report(2024, { adopted: true })] }, { asOf: "2025-04-15", rules, catalog: moved });
    expect(after?.evidence.followUpAuthorityId).toBe("mucf");
  });
});
