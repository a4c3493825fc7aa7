import type { AnnualReport } from "@romsk-inkludering/model";
import { check } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { annualReport, measuresDutyCase, measuresDutyTests } from "../minority-act-fixtures.js";

const rules = ["minority-act.language-and-culture"];

const report = (year: number, languageAndCulture?: AnnualReport["languageAndCulture"]): AnnualReport =>
  annualReport("municipality-0580", year, languageAndCulture === undefined ? {} : { languageAndCulture });

describe("minority-act.language-and-culture (lag 2009:724 §4, per authority and year)", () => {
  measuresDutyTests(measuresDutyCase("minority-act.language-and-culture"));

  it("counts the language and culture measures and those for children, and says when nothing was stated for children", () => {
    const findings = check(
      { reports: [report(2019, { measures: ["Kurs i romani chib"], children: ["Modersmålsundervisning i romani chib"] }), report(2020, { measures: ["Romska nationaldagen"] }), report(2021, { measures: [], children: ["Sagostund på romani chib"] })] },
      { asOf: "2022-06-30", rules },
    );
    expect(findings.map((f) => [f.subject.id, f.verdict, f.evidence.children])).toEqual([
      ["municipality-0580/2019", "pass", ["Modersmålsundervisning i romani chib"]],
      ["municipality-0580/2020", "pass", null],
      ["municipality-0580/2021", "pass", ["Sagostund på romani chib"]],
    ]);
    expect(findings[0]?.message.sv).toBe("Linköping skyddade och främjade 2019 romani chib och romsk kultur (2 insatser enligt årsrapporten, varav 1 insats för barn).");
    expect(findings[1]?.message.en).toContain("the report states nothing in particular for children's cultural identity and language");
  });

  it("fails an ended year whose report states nothing was done, warns on a silent report, and a missing year is not invented", () => {
    const findings = check({ reports: [report(2019, { measures: [] }), report(2021)] }, { asOf: "2022-06-30", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([
      ["municipality-0580/2019", "fail"],
      ["municipality-0580/2021", "warning"],
    ]);
  });
});
