import type { AnnualReport } from "@romsk-inkludering/model";
import { check, getRule } from "@romsk-inkludering/rules";
import { getStatutoryDuty } from "@romsk-inkludering/catalog";
import { describe, expect, it } from "vitest";

const rules = ["minority-act.information"];

const report = (actorId: string, year: number, extra: Partial<AnnualReport> = {}): AnnualReport => ({
  id: `${actorId}-${year}`,
  year,
  actorId,
  reporterKind: actorId.startsWith("municipality-") ? "municipality" : "agency",
  submittedOn: `${year + 1}-03-31`,
  areas: [],
  activities: [],
  consultations: [],
  observations: [],
  problems: [],
  proposals: [],
  ...extra,
});

describe("minority-act.information (lag 2009:724 §3, per authority and year)", () => {
  it("takes its validity and section from the catalog's duty sfs-2009-724-3", () => {
    expect(getRule(rules[0] ?? "")?.validFrom).toBe(getStatutoryDuty("sfs-2009-724-3")?.validFrom);
    expect(getRule(rules[0] ?? "")?.basis[0]).toMatchObject({ kind: "sfs", sfs: "2009:724", section: "3 §" });
  });

  it("Eskilstuna: measures pass, an empty list fails the ended year, silence is a warning, a running year is never a fail", () => {
    const reports = [
      report("municipality-0484", 2019, { rightsInformation: { measures: ["Informationsträff om minoritetslagen"] } }),
      report("municipality-0484", 2020, { rightsInformation: { measures: [] } }),
      report("municipality-0484", 2021),
      { ...report("municipality-0484", 2022, { rightsInformation: { measures: [] } }), submittedOn: "2022-09-30" },
    ];
    const findings = check({ reports }, { asOf: "2022-10-15", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([
      ["municipality-0484/2019", "pass"],
      ["municipality-0484/2020", "fail"],
      ["municipality-0484/2021", "warning"],
      ["municipality-0484/2022", "not-applicable"],
    ]);
    expect(findings[1]?.message.sv).toBe("Årsrapporten för 2020 anger att Eskilstuna inte informerade minoriteterna om deras rättigheter det året.");
    expect(findings[2]?.message.sv).toBe("Årsrapporten för 2021 (municipality-0484-2021) anger inte hur minoriteterna informerats om sina rättigheter.");
    expect(findings[3]?.message.sv).toBe(
      "2022 pågår fortfarande per 2022-10-15; hittills: årsrapporten för 2022 anger att Eskilstuna inte informerade minoriteterna om deras rättigheter det året.",
    );
  });

  it("a report handed in after asOf is not yet known; a named subject with no report is not applicable, saying so", () => {
    const reports = [report("municipality-0484", 2020, { rightsInformation: { measures: ["Broschyr"] } })];
    expect(check({ reports }, { asOf: "2021-03-30", rules })).toEqual([]);
    const named = check({ subject: "municipality-0484", reports }, { asOf: "2021-03-30", rules });
    expect(named.map((f) => [f.subject.kind, f.subject.id, f.verdict])).toEqual([["actor", "municipality-0484", "not-applicable"]]);
    expect(named[0]?.message.sv).toBe("Inget underlag om Eskilstuna per 2021-03-30: ingen årsrapport att bedöma 3 § efter.");
  });

  it("lists the actor's plans covering the year in the evidence", () => {
    const plans = [{ id: "eskilstuna-handlingsplan", actorId: "municipality-0484", adoptedOn: "2019-02-01", period: { from: "2019-01-01", to: "2022-12-31" }, principlesAddressed: [], targetGroupsAddressed: [] }];
    const [finding] = check({ reports: [report("municipality-0484", 2020)], plans }, { asOf: "2021-06-30", rules });
    expect(finding?.evidence.plans).toEqual(["eskilstuna-handlingsplan"]);
  });
});
