import { validate, type Indicator } from "@romsk-inkludering/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateProgress, type ProgressIndicator } from "../src/index.js";
import { COUNTRY, muni, obs, pair, poverty, tapWater } from "./fixtures.js";

const povertyNoBaseline: ProgressIndicator = { ...poverty, baseline: undefined };

describe("EU framework: poverty gap cut by at least half (lower is better)", () => {
  // FACTS: at risk of poverty 80% of Roma vs 17% in general, 2016 and 2021.
  const observations = [...pair(poverty.id, 2016, 80, 17), ...pair(poverty.id, 2021, 80, 17)];

  it("is off track in 2021 with the same gap of 63 points: the straight line expects 51.75", () => {
    const r = evaluateProgress(povertyNoBaseline, observations, { asOf: "2022-06-30" });
    expect(r.status).toBe("off-track");
    expect(r.reason).toBeNull();
    expect(r.measure).toBe("gap");
    expect(r.baseline).toEqual({ year: 2016, value: 63, roma: 80, general: 17, source: "observations" });
    expect(r.latest).toEqual({ year: 2021, value: 63, roma: 80, general: 17 });
    expect(r.targetValue).toBe(31.5);
    expect(r.comparator).toBe("at-most");
    expect(r.trajectory).toEqual({ fromYear: 2016, fromValue: 63, toYear: 2030, toValue: 31.5, perYear: -2.25 });
    // 63 − 31.5 × 5/14 = 51.75
    expect(r.expectedAtLatest).toBe(51.75);
    // Where the line is in 2022: 63 − 31.5 × 6/14 = 49.5.
    expect(r.expectedNow).toEqual({ year: 2022, value: 49.5 });
    expect(r.judgedAgainst).toBe("trajectory");
    expect(r.message.en).toBe(
      "Off track: the gap of 63 in 2021; a straight line from 63 in 2016 to 31.5 in 2030 requires at most 51.75 in 2021.",
    );
    expect(r.message.sv).toBe("Inte på väg: gapet 63 år 2021; en rak linje från 63 år 2016 till 31,5 år 2030 kräver högst 51,75 år 2021.");
    expect(r.evidence.series).toHaveLength(2);
  });

  it("takes the indicator's own baseline (Roma value and comparison) when its year is the target's baseline year", () => {
    const r = evaluateProgress(poverty, pair(poverty.id, 2021, 80, 17), { asOf: "2022-06-30" });
    expect(r.baseline).toEqual({ year: 2016, value: 63, roma: 80, general: 17, source: "indicator" });
    expect(r.status).toBe("off-track");
    expect(r.expectedAtLatest).toBe(51.75);
  });

  it("is on track exactly on the line (a gap of 51.75 in 2021)", () => {
    const r = evaluateProgress(poverty, pair(poverty.id, 2021, 68.75, 17), { asOf: "2022-06-30" });
    expect(r.status).toBe("on-track");
    expect(r.latest?.value).toBe(51.75);
  });

  it("is reached when the gap is at most 31.5, even before 2030", () => {
    const r = evaluateProgress(poverty, pair(poverty.id, 2027, 48, 17), { asOf: "2028-01-01" });
    expect(r.status).toBe("reached");
    expect(r.judgedAgainst).toBe("target");
    expect(r.latest?.value).toBe(31);
  });

  it("after 2030 is judged against the target itself and says so", () => {
    const r = evaluateProgress(poverty, pair(poverty.id, 2030, 60, 17), { asOf: "2031-04-15" });
    expect(r.status).toBe("off-track");
    expect(r.judgedAgainst).toBe("target");
    expect(r.evidence.notes).toContain("the target year 2030 has passed");
    expect(r.message.en).toBe(
      "Off track: the target year 2030 has passed and the gap of 43 in 2030 does not meet the target of at most 31.5 by 2030.",
    );
    const reached = evaluateProgress(poverty, pair(poverty.id, 2030, 45, 17), { asOf: "2031-04-15" });
    expect(reached.status).toBe("reached");
  });

  it("needs a baseline to scale the target: none in 2016 means insufficient data", () => {
    const r = evaluateProgress(povertyNoBaseline, pair(poverty.id, 2021, 80, 17), { asOf: "2022-06-30" });
    expect(r.status).toBe("insufficient-data");
    expect(r.reason).toBe("no-baseline");
    expect(r.targetValue).toBeNull();
  });

  it("needs an observation after the baseline year", () => {
    const r = evaluateProgress(poverty, pair(poverty.id, 2016, 80, 17), { asOf: "2018-04-16" });
    expect(r.status).toBe("insufficient-data");
    expect(r.reason).toBe("no-observation-after-baseline");
    expect(r.targetValue).toBe(31.5);
    expect(r.latest).toEqual({ year: 2016, value: 63, roma: 80, general: 17 });
  });

  it("does not use a year with half a pair, and lists it", () => {
    const r = evaluateProgress(poverty, [...pair(poverty.id, 2021, 80, null)], { asOf: "2022-06-30" });
    expect(r.status).toBe("insufficient-data");
    expect(r.reason).toBe("no-observations");
    expect(r.evidence.incompleteYears).toEqual([2021]);
  });

  it("reports disagreeing observations for the same year and group", () => {
    const r = evaluateProgress(poverty, [...pair(poverty.id, 2021, 80, 17), obs(poverty.id, COUNTRY, 2021, 79, { group: "roma" })], {
      asOf: "2022-06-30",
    });
    expect(r.status).toBe("insufficient-data");
    expect(r.reason).toBe("conflicting-observations");
    expect(r.evidence.conflictingYears).toEqual([2021]);
  });

  it("ignores other places, genders, indicators and years after asOf", () => {
    const noise = [
      obs(poverty.id, muni("2180"), 2021, 10, { group: "roma" }),
      obs(poverty.id, COUNTRY, 2021, 10, { group: "roma", gender: "K" }),
      obs("other", COUNTRY, 2021, 10, { group: "roma" }),
      ...pair(poverty.id, 2023, 40, 17),
    ];
    const r = evaluateProgress(poverty, [...pair(poverty.id, 2021, 80, 17), ...noise], { asOf: "2022-06-30" });
    expect(r.status).toBe("off-track");
    expect(r.evidence.ignored).toBe(2);
    expect(r.evidence.series.map((p) => p.year)).toEqual([2021]);
  });

  it("reads another place or gender when asked", () => {
    const women = [...pair(poverty.id, 2021, 48, 17, "K")];
    expect(evaluateProgress(poverty, women, { asOf: "2022-06-30", gender: "K" }).status).toBe("reached");
    const linkoping = [obs(poverty.id, muni("0580"), 2021, 40, { group: "roma" }), obs(poverty.id, muni("0580"), 2021, 17, { group: "general" })];
    expect(evaluateProgress(poverty, linkoping, { asOf: "2022-06-30", place: muni("0580") }).latest?.value).toBe(23);
    expect(evaluateProgress(poverty, linkoping, { asOf: "2022-06-30", place: muni("2180") }).reason).toBe("no-observations");
  });
});

describe("EU framework: at least 95% of Roma with tap water (absolute)", () => {
  // FACTS: no tap water for about a third of Roma in 2016 (so about 67% had it), 22% in 2021 (78% had it).
  const observations = [obs(tapWater.id, COUNTRY, 2016, 67, { group: "roma" }), obs(tapWater.id, COUNTRY, 2021, 78, { group: "roma" })];

  it("is on track in 2021: the line from 67 (2016) to 95 (2030) expects 77", () => {
    const r = evaluateProgress(tapWater, observations, { asOf: "2022-06-30" });
    expect(r.status).toBe("on-track");
    expect(r.measure).toBe("level");
    expect(r.targetValue).toBe(95);
    expect(r.comparator).toBe("at-least");
    expect(r.baseline).toEqual({ year: 2016, value: 67, source: "observations" });
    expect(r.expectedAtLatest).toBe(77);
    expect(r.message.en).toBe("On track: the value of 78 in 2021; a straight line from 67 in 2016 to 95 in 2030 requires at least 77 in 2021.");
  });

  it("is off track below the line", () => {
    const r = evaluateProgress(tapWater, [observations[0]!, obs(tapWater.id, COUNTRY, 2021, 76.5)], { asOf: "2022-06-30" });
    expect(r.status).toBe("off-track");
  });

  it("is reached at 95% or more", () => {
    expect(evaluateProgress(tapWater, [...observations, obs(tapWater.id, COUNTRY, 2028, 95)], { asOf: "2029-01-01" }).status).toBe("reached");
  });

  it("after 2030 below 95% is off track against the target", () => {
    const r = evaluateProgress(tapWater, [...observations, obs(tapWater.id, COUNTRY, 2030, 90)], { asOf: "2031-06-30" });
    expect(r.status).toBe("off-track");
    expect(r.judgedAgainst).toBe("target");
  });

  it("without data has insufficient data", () => {
    const r = evaluateProgress(tapWater, [], { asOf: "2022-06-30" });
    expect(r.status).toBe("insufficient-data");
    expect(r.reason).toBe("no-observations");
    expect(r.message.en).toBe("Insufficient data: there are no usable observations.");
  });

  it("with one observation below the target has no line to judge against", () => {
    const r = evaluateProgress(tapWater, [observations[1]!], { asOf: "2022-06-30" });
    expect(r.status).toBe("insufficient-data");
    expect(r.reason).toBe("no-observation-after-baseline");
  });

  it("ignores values of another population", () => {
    const r = evaluateProgress(tapWater, [...observations, obs(tapWater.id, COUNTRY, 2021, 99, { group: "general" })], { asOf: "2022-06-30" });
    expect(r.latest?.value).toBe(78);
    expect(r.evidence.ignored).toBe(1);
  });
});

describe("direction", () => {
  it("life expectancy gap (higher is better): a negative gap is cut by half toward zero", () => {
    // FACTS: Roma men live about 9 years less (2021). The levels are illustrative; the gap is −9.
    const life: ProgressIndicator = {
      id: "life-expectancy-gap",
      direction: "higher-is-better",
      population: "gap",
      target: { kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: 2021, year: 2030 },
    };
    const base = pair(life.id, 2021, 72.2, 81.2, "M");
    const r = evaluateProgress(life, [...base, ...pair(life.id, 2025, 74.2, 81.2, "M")], { asOf: "2026-01-01", gender: "M" });
    expect(r.baseline?.value).toBe(-9);
    expect(r.targetValue).toBe(-4.5);
    expect(r.comparator).toBe("at-least");
    // −9 + 4.5 × 4/9 = −7: a gap of −7 in 2025 is on the line.
    expect(r.expectedAtLatest).toBe(-7);
    expect(r.status).toBe("on-track");
    const worse = evaluateProgress(life, [...base, ...pair(life.id, 2025, 73.2, 81.2, "M")], { asOf: "2026-01-01", gender: "M" });
    expect(worse.status).toBe("off-track");
    const halved = evaluateProgress(life, [...base, ...pair(life.id, 2028, 77, 81.2, "M")], { asOf: "2029-01-01", gender: "M" });
    expect(halved.status).toBe("reached");
  });

  it("long-term unemployment (lower is better, a level): at most 3.0% is met from above", () => {
    const unemployment: ProgressIndicator = {
      id: "n03926",
      direction: "lower-is-better",
      population: "general",
      baseline: { year: 2019, value: 4.1 },
      target: { kind: "absolute", comparator: "at-most", value: 3, year: 2030 },
    };
    const r = evaluateProgress(unemployment, [obs("n03926", COUNTRY, 2023, 3.2)], { asOf: "2024-03-01" });
    // 4.1 + (3.0 − 4.1) × 4/11 = 3.7
    expect(r.expectedAtLatest).toBe(3.7);
    expect(r.baseline).toEqual({ year: 2019, value: 4.1, source: "indicator" });
    expect(r.status).toBe("on-track");
    // A key figure of everyone living in the place: judged, and flagged as context.
    expect(r.population).toBe("general");
    expect(r.evidence.notes).toEqual([
      "the indicator describes the general population (everyone living in the place), not Roma: it is context, not an outcome for Roma",
    ]);
    expect(evaluateProgress(unemployment, [obs("n03926", COUNTRY, 2023, 3.9)], { asOf: "2024-03-01" }).status).toBe("off-track");
    expect(evaluateProgress(unemployment, [obs("n03926", COUNTRY, 2023, 2.9)], { asOf: "2024-03-01" }).status).toBe("reached");
  });

  it("notes a comparator that goes against the direction", () => {
    const odd: ProgressIndicator = {
      id: "odd",
      direction: "lower-is-better",
      population: "general",
      target: { kind: "absolute", comparator: "at-least", value: 10, year: 2030 },
    };
    const r = evaluateProgress(odd, [obs("odd", COUNTRY, 2020, 12)], { asOf: "2021-01-01" });
    expect(r.evidence.notes).toEqual([
      "the indicator describes the general population (everyone living in the place), not Roma: it is context, not an outcome for Roma",
      "the target's comparator (at-least) goes against the indicator's direction (lower-is-better)",
    ]);
  });
});

describe("other targets", () => {
  it("close-gap: the strategy's goal of equal opportunities by 2032 (gap 0)", () => {
    const goal: ProgressIndicator = { id: "eligible-gap", direction: "higher-is-better", population: "gap", target: { kind: "close-gap", year: 2032 } };
    const r = evaluateProgress(goal, [...pair(goal.id, 2012, 50, 80), ...pair(goal.id, 2022, 60, 80)], { asOf: "2023-01-01" });
    expect(r.targetValue).toBe(0);
    expect(r.comparator).toBe("at-least");
    // −30 + 30 × 10/20 = −15; −20 is short of it.
    expect(r.expectedAtLatest).toBe(-15);
    expect(r.status).toBe("off-track");
    expect(evaluateProgress(goal, pair(goal.id, 2031, 80, 80), { asOf: "2032-01-01" }).status).toBe("reached");
  });

  it("gap-change by a factor 2, at least: reporting of discrimination doubled (a level)", () => {
    const reporting: ProgressIndicator = {
      id: "discrimination-reported",
      direction: "higher-is-better",
      population: "roma",
      target: { kind: "gap-change", factor: 2, comparator: "at-least", baselineYear: 2016, year: 2030 },
    };
    const r = evaluateProgress(reporting, [obs(reporting.id, COUNTRY, 2016, 12), obs(reporting.id, COUNTRY, 2023, 18)], { asOf: "2024-01-01" });
    expect(r.targetValue).toBe(24);
    expect(r.expectedAtLatest).toBe(18);
    expect(r.status).toBe("on-track");
  });

  it("gap-change by a third: housing deprivation gap at most 0.667 of the baseline", () => {
    const housing: ProgressIndicator = {
      id: "housing-deprivation-gap",
      direction: "lower-is-better",
      population: "gap",
      target: { kind: "gap-change", factor: 0.667, comparator: "at-most", baselineYear: 2016, year: 2030 },
    };
    const r = evaluateProgress(housing, pair(housing.id, 2016, 60, 15), { asOf: "2017-01-01" });
    expect(r.targetValue).toBe(30.015);
  });

  it("no target: insufficient data, with the series as evidence", () => {
    const r = evaluateProgress({ id: "n15428", direction: "higher-is-better", population: "general" }, [obs("n15428", COUNTRY, 2019, 82)], {
      asOf: "2020-01-01",
    });
    expect([r.status, r.reason, r.latest]).toEqual(["insufficient-data", "no-target", { year: 2019, value: 82 }]);
  });

  it("rejects an asOf that is not a date, naming it", () => {
    expect(() => evaluateProgress(poverty, [], { asOf: "2022-02-30" })).toThrow(/evaluateProgress: asOf "2022-02-30" is not a real calendar date/);
  });
});

describe("catalog-shaped indicators (a full model Indicator, passed as it is)", () => {
  // The shape of the catalog's entry: a baseline at EU level, with a note that says so.
  const euPoverty: Indicator = {
    id: "eu-poverty-gap",
    name: { sv: "Risk för fattigdom, gap mellan romer och befolkningen", en: "At risk of poverty, gap between Roma and the general population" },
    areaId: "health-social-care-safety",
    unit: "percentage-points",
    direction: "lower-is-better",
    population: "gap",
    disaggregations: ["gender"],
    source: { kind: "eu-framework", objective: "Reducing poverty and social and economic exclusion" },
    baseline: { year: 2016, value: 80, comparison: 17, note: "EU level, not Sweden: 80% of Roma at risk of poverty against 17% on average in the EU." },
    target: { kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: 2016, year: 2030 },
    sources: [{ kind: "facts", section: "Indicator sources (for the indicator catalog)" }],
  };

  it("validates, and is judged with the baseline's note in the evidence: 63 points in 2021 is off track", () => {
    expect(validate("indicator", euPoverty).success).toBe(true);
    const r = evaluateProgress(euPoverty, pair(euPoverty.id, 2021, 80, 17), { asOf: "2022-06-30" });
    expect([r.status, r.population, r.baseline?.value, r.targetValue, r.expectedAtLatest, r.latest?.value]).toEqual(["off-track", "gap", 63, 31.5, 51.75, 63]);
    expect(r.evidence.notes).toEqual(["the indicator's baseline: EU level, not Sweden: 80% of Roma at risk of poverty against 17% on average in the EU."]);
  });

  it("does not repeat the note when the baseline comes from the observations", () => {
    const noBaselinePair: Indicator = { ...euPoverty, baseline: { year: 2012, value: 80, comparison: 17, note: "another year" } };
    const r = evaluateProgress(noBaselinePair, [...pair(euPoverty.id, 2016, 80, 17), ...pair(euPoverty.id, 2021, 80, 17)], { asOf: "2022-06-30" });
    expect(r.baseline?.source).toBe("observations");
    expect(r.evidence.notes).toEqual([]);
  });

  it("explains a missing baseline with its note: life expectancy, where only the EU-level gaps are known", () => {
    // FACTS: Roma men live about 9 and women about 11 years less (2021); the levels are not given, so the catalog's value is null.
    const life: Indicator = {
      ...euPoverty,
      id: "eu-life-expectancy-gap",
      unit: "years",
      direction: "higher-is-better",
      baseline: { year: 2021, value: null, note: "EU level, not Sweden: Roma men live about 9 and Roma women about 11 years less." },
      target: { kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: 2021, year: 2030 },
    };
    expect(validate("indicator", life).success).toBe(true);
    const r = evaluateProgress(life, [], { asOf: "2022-06-30" });
    expect([r.status, r.reason, r.targetValue]).toEqual(["insufficient-data", "no-baseline", null]);
    expect(r.evidence.notes).toEqual(["the indicator's baseline: EU level, not Sweden: Roma men live about 9 and Roma women about 11 years less."]);
  });
});

describe("properties", () => {
  const gapIndicator = (direction: Indicator["direction"], factor: number): ProgressIndicator => ({
    id: "gap",
    direction,
    population: "gap",
    target: { kind: "gap-change", factor, comparator: "at-most", baselineYear: 2016, year: 2030 },
  });
  const level = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
  const input = fc.record({
    factor: fc.constantFrom(0, 0.5, 2 / 3, 1),
    base: fc.tuple(level, level),
    latest: fc.tuple(level, level),
    year: fc.integer({ min: 2017, max: 2034 }),
  });

  it("swapping Roma and general levels and flipping the direction gives the same verdict, with the gaps negated", () => {
    fc.assert(
      fc.property(input, ({ factor, base, latest, year }) => {
        const asOf = `${year + 1}-01-01`;
        const lower = evaluateProgress(gapIndicator("lower-is-better", factor), [...pair("gap", 2016, base[0], base[1]), ...pair("gap", year, latest[0], latest[1])], { asOf });
        const higher = evaluateProgress(gapIndicator("higher-is-better", factor), [...pair("gap", 2016, base[1], base[0]), ...pair("gap", year, latest[1], latest[0])], { asOf });
        expect(higher.status).toBe(lower.status);
        expect(higher.comparator).toBe(lower.comparator === "at-most" ? "at-least" : "at-most");
        expect(higher.targetValue).toBeCloseTo(-(lower.targetValue ?? 0), 9);
        expect(higher.expectedAtLatest ?? 0).toBeCloseTo(-(lower.expectedAtLatest ?? 0), 9);
      }),
      { numRuns: 100 },
    );
  });

  it("a smaller Roma disadvantage is never judged worse", () => {
    const rank = { "off-track": 0, "on-track": 1, reached: 2, "insufficient-data": -1 } as const;
    fc.assert(
      fc.property(input, level, ({ factor, base, latest, year }, better) => {
        const asOf = `${year + 1}-01-01`;
        const indicator = gapIndicator("lower-is-better", factor);
        const before = pair("gap", 2016, base[0], base[1]);
        const worse = evaluateProgress(indicator, [...before, ...pair("gap", year, latest[0], latest[1])], { asOf });
        const improved = evaluateProgress(indicator, [...before, ...pair("gap", year, Math.min(latest[0], better), latest[1])], { asOf });
        expect(rank[improved.status]).toBeGreaterThanOrEqual(rank[worse.status]);
      }),
      { numRuns: 100 },
    );
  });
});
