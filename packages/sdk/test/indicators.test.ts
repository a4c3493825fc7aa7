import { describe, expect, it } from "vitest";
import { createClient, getIndicator, importKolada, type Observation } from "../src/index.js";

const pair = (indicatorId: string, year: number, roma: number, general: number): Observation[] => [
  { indicatorId, place: { level: "country" }, year, gender: "T", value: roma, group: "roma" },
  { indicatorId, place: { level: "country" }, year, gender: "T", value: general, group: "general" },
];

describe("catalog indicators with the reports' progress", () => {
  const client = createClient({ asOf: "2022-06-30" });

  it("joins Kolada data to the catalog's key figures by id (N03926 → n03926)", () => {
    const page = { values: [{ kpi: "N03926", municipality: "1283", period: 2019, values: [{ gender: "T", count: 1, status: "", value: 4.2 }] }] };
    const { observations } = importKolada(page);
    const indicator = client.catalog.getIndicator(observations[0]?.indicatorId ?? "");
    expect([indicator?.id, indicator?.population, indicator?.areaId]).toEqual(["n03926", "general", "employment"]);
  });

  it("evaluates the EU poverty gap by id: 63 points in 2021 is off track (the straight line to 31.5 in 2030 expects 51.75)", () => {
    const result = client.progress("eu-poverty-gap", [...pair("eu-poverty-gap", 2016, 80, 17), ...pair("eu-poverty-gap", 2021, 80, 17)]);
    expect(result.status).toBe("off-track");
    expect(JSON.parse(JSON.stringify(result))).toMatchObject({ indicatorId: "eu-poverty-gap", measure: "gap" });
    expect(JSON.stringify(result)).toContain("31.5");
    expect(JSON.stringify(result)).toContain("51.75");
  });

  it("takes the catalog's baseline when there is no observation of the baseline year", () => {
    const result = client.progress("eu-poverty-gap", pair("eu-poverty-gap", 2021, 55, 17));
    expect(result.status).toBe("on-track"); // a gap of 38 is below the line's 51.75
  });

  it("judges the tap-water target (at least 95% of Roma) as reached at 96%", () => {
    const observations: Observation[] = [{ indicatorId: "eu-tap-water", place: { level: "country" }, year: 2022, gender: "T", value: 96, group: "roma" }];
    expect(client.progress(getIndicator("eu-tap-water")!, observations).status).toBe("reached");
  });

  it("has insufficient data for the strategy's goal: no statistic measures the gap", () => {
    expect(client.progress("strategy-goal-opportunity-gap", []).status).toBe("insufficient-data");
  });

  it("evaluates every catalog indicator without observations, and says why there is no verdict", () => {
    const reasons = new Map<string, string[]>();
    for (const indicator of client.catalog.indicators()) {
      const r = client.progress(indicator.id, []);
      expect(r.status, indicator.id).toBe("insufficient-data");
      reasons.set(r.reason ?? "", [...(reasons.get(r.reason ?? "") ?? []), indicator.id]);
    }
    // Kolada's key figures are context without a target.
    expect(reasons.get("no-target")).toHaveLength(11);
    // The EU framework's relative targets need a baseline that is not known for Sweden (all but poverty).
    expect(reasons.get("no-baseline")?.sort()).toEqual([
      "eu-discrimination-experienced",
      "eu-discrimination-reported",
      "eu-early-childhood-education-gap",
      "eu-employment-gap",
      "eu-gender-employment-gap",
      "eu-housing-deprivation-gap",
      "eu-life-expectancy-gap",
      "eu-segregated-schooling",
    ]);
    // Targets that need no observed baseline: the poverty gap (baseline 2016), tap water (absolute), the strategy's goal (close the gap).
    expect(reasons.get("no-observations")?.sort()).toEqual(["eu-poverty-gap", "eu-tap-water", "strategy-goal-opportunity-gap"]);
  });

  it("flags a Kolada key figure as context, not a Roma outcome", () => {
    const r = client.progress("n03926", []);
    expect(r.population).toBe("general");
    expect(r.evidence.notes[0]).toContain("not an outcome for Roma");
  });

  it("names an unknown indicator id", () => {
    expect(() => client.progress("no-such", [])).toThrow('progress: no indicator "no-such" in the client\'s catalog');
  });
});
