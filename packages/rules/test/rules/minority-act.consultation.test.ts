import type { AnnualReport, Meeting } from "@romsk-inkludering/model";
import { check } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { annualReport } from "../minority-act-fixtures.js";

const rules = ["minority-act.consultation"];

const meeting = (id: string, date: string, roma: number, organiserId = "municipality-0484"): Meeting => ({
  id,
  date,
  organiserId,
  kind: "consultation",
  areas: [],
  topics: ["Romsk inkludering"],
  parties: [{ kind: "role", role: "roma-representatives" }],
  participants: roma > 0 ? [{ role: "roma-representative", count: roma }, { role: "official", count: 3 }] : [{ role: "official", count: 3 }],
});

const report = (year: number, influence?: AnnualReport["influence"], consultations: Meeting[] = []): AnnualReport =>
  annualReport("municipality-0484", year, { consultations, ...(influence === undefined ? {} : { influence }) });

describe("minority-act.consultation (lag 2009:724 §5, per authority and year; structured dialogue from 2019)", () => {
  it("a consultation with Roma representatives passes the year; each consultation is listed with its count", () => {
    const findings = check({ meetings: [meeting("samrad-2018-03", "2018-03-01", 0), meeting("samrad-2018-09", "2018-09-12", 5)] }, { asOf: "2019-02-01", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict, f.evidence.consultationsWithRoma, f.evidence.structuredDialogueRequired])).toEqual([["municipality-0484/2018", "pass", 1, false]]);
    expect(findings[0]?.evidence.consultations).toEqual([
      { id: "samrad-2018-03", date: "2018-03-01", kind: "consultation", romaRepresentatives: 0 },
      { id: "samrad-2018-09", date: "2018-09-12", kind: "consultation", romaRepresentatives: 5 },
    ]);
    expect(findings[0]?.message.sv).toBe("Eskilstuna gav minoriteten inflytande 2018: 1 av 2 samråd 2018 hade minst 1 romsk företrädare.");
  });

  it("from 2019 the structured dialogue: stated false fails the ended year, stated true passes, not stated passes with a note", () => {
    const m2019 = meeting("samrad-2019-09", "2019-09-10", 5);
    const m2020 = meeting("samrad-2020-09", "2020-09-15", 5);
    const m2021 = meeting("samrad-2021-09", "2021-09-14", 5);
    const reports = [report(2019, { measures: ["Samrådsgrupp"], structuredDialogue: false }, [m2019]), report(2020, { measures: ["Samrådsgrupp med dagordning"], structuredDialogue: true }, [m2020]), report(2021, undefined, [m2021])];
    const findings = check({ reports }, { asOf: "2022-06-30", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict, f.evidence.structuredDialogue])).toEqual([
      ["municipality-0484/2019", "fail", false],
      ["municipality-0484/2020", "pass", true],
      ["municipality-0484/2021", "pass", null],
    ]);
    expect(findings[0]?.message.sv).toBe("Årsrapporten för 2019 anger att samrådet inte skedde genom en strukturerad dialog, som 5 § kräver från 2019 (SFS 2018:1367).");
    expect(findings[2]?.message.sv).toContain("Om samrådet skedde genom en strukturerad dialog (krävs från 2019) anges inte.");
    expect(findings[0]?.basis).toContainEqual(expect.objectContaining({ kind: "sfs", sfs: "2018:1367" }));
  });

  it("a raised consultation.minRomaRepresentatives is read: two representatives do not count when a profile asks for three", () => {
    const input = { meetings: [meeting("samrad-2019-05", "2019-05-20", 2)] };
    expect(check(input, { asOf: "2020-02-01", rules }).map((f) => f.verdict)).toEqual(["pass"]);
    const strict = check(input, { asOf: "2020-02-01", rules, profile: { id: "tre", name: "Tre företrädare", consultation: { minRomaRepresentatives: 3 } } }).filter((f) => f.ruleId === rules[0]);
    expect(strict.map((f) => [f.verdict, f.evidence.minRomaRepresentatives])).toEqual([["warning", 3]]);
  });

  it("explains the year: the consultations, the count and whether a structured dialogue was required", () => {
    const [finding] = check({ meetings: [meeting("samrad-2020-09", "2020-09-15", 5)] }, { asOf: "2021-01-10", rules, explain: true });
    const steps = finding?.explanation?.steps.map((s) => [s.label.en, s.value]) ?? [];
    expect(steps).toContainEqual(["Is a structured dialogue required in 2020? (section 5 as amended by SFS 2018:1367, from 2019-01-01)", true]);
    expect(steps).toContainEqual(["Consultations with at least 1 Roma representative(s) (consultation.minRomaRepresentatives)", 1]);
  });
});
