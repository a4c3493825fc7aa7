import { check } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { annualReport, measuresDutyCase, measuresDutyTests } from "../minority-act-fixtures.js";

const rules = ["minority-act.information"];

describe("minority-act.information (lag 2009:724 §3, per authority and year)", () => {
  measuresDutyTests(measuresDutyCase("minority-act.information"));

  it("Eskilstuna: the pass counts the measures the report states", () => {
    const reports = [annualReport("municipality-0484", 2019, { rightsInformation: { measures: ["Informationsträff om minoritetslagen", "Broschyr på romani chib"] } })];
    const [finding] = check({ reports }, { asOf: "2020-06-30", rules });
    expect(finding?.message.sv).toBe("Eskilstuna informerade 2019 de nationella minoriteterna om deras rättigheter (2 insatser enligt årsrapporten).");
    expect(finding?.evidence.measures).toEqual(["Informationsträff om minoritetslagen", "Broschyr på romani chib"]);
  });
});
