import { validate } from "@romsk-inkludering/model";
import { describe, expect, it } from "vitest";
import { areas, catalog, checkCatalog, createCatalog, extendCatalog, getIndicator, indicators, loadIndicators } from "../src/index.js";

/** The KPI ids of the Kolada table in FACTS.md's "Indicator sources" section. */
const factsKpis = ["N15428", "N15507", "N00914", "N03926", "N31807", "N66077", "U01413", "U60423", "N09809", "N09801", "U09800"];

describe("the indicator catalog", () => {
  it("every indicator validates, belongs to one of the six areas and has a source", () => {
    const areaIds = new Set(areas().map((a) => a.id));
    for (const indicator of indicators()) {
      expect(validate("indicator", indicator).success, indicator.id).toBe(true);
      expect(areaIds.has(indicator.areaId), indicator.id).toBe(true);
      expect(indicator.sources.length, indicator.id).toBeGreaterThan(0);
    }
  });

  it("holds every Kolada key figure of FACTS.md, under its KPI id in lower case, as a population-wide figure without a target", () => {
    expect(factsKpis).toHaveLength(11);
    const kolada = indicators({ population: "general" });
    expect(kolada.map((i) => (i.source.kind === "kolada" ? i.source.kpi : "")).sort()).toEqual([...factsKpis].sort());
    for (const i of kolada) {
      expect(i.id).toBe(i.source.kind === "kolada" ? i.source.kpi.toLowerCase() : "");
      expect(i.target).toBeUndefined();
      expect(i.note?.en).toContain("not split by ethnicity");
    }
    expect(getIndicator("n03926")?.areaId).toBe("employment");
    expect(getIndicator("n15428")?.disaggregations).toContain("gender");
  });

  it("has the EU framework's headline indicators with the targets of FACTS.md", () => {
    const eu = indicators().filter((i) => i.source.kind === "eu-framework");
    expect(eu).toHaveLength(10);
    const target = (id: string) => getIndicator(id)?.target;
    // "cut by at least half"
    for (const id of ["eu-discrimination-experienced", "eu-poverty-gap", "eu-early-childhood-education-gap", "eu-segregated-schooling", "eu-employment-gap", "eu-gender-employment-gap", "eu-life-expectancy-gap"]) {
      expect(target(id), id).toMatchObject({ kind: "gap-change", factor: 0.5, comparator: "at-most", year: 2030 });
    }
    expect(target("eu-discrimination-reported")).toMatchObject({ kind: "gap-change", factor: 2, comparator: "at-least" }); // double
    expect(target("eu-housing-deprivation-gap")).toMatchObject({ kind: "gap-change", factor: 2 / 3, comparator: "at-most" }); // at least a third
    expect(target("eu-tap-water")).toEqual({ kind: "absolute", comparator: "at-least", value: 95, year: 2030 });
  });

  it("keeps the known baselines (EU level, marked so) and null with a note where none is known", () => {
    expect(getIndicator("eu-poverty-gap")?.baseline).toMatchObject({ year: 2016, value: 80, comparison: 17 });
    expect(getIndicator("eu-poverty-gap")?.baseline?.note).toContain("EU level, not Sweden");
    expect(getIndicator("eu-life-expectancy-gap")?.baseline?.note).toContain("about 9");
    const unknown = getIndicator("eu-employment-gap")?.baseline;
    expect(unknown?.value).toBeNull();
    expect(unknown?.note).toContain("Sweden took no part");
  });

  it("has the strategy's goal as a gap closed by 2032", () => {
    const goal = getIndicator("strategy-goal-opportunity-gap");
    expect([goal?.population, goal?.target, goal?.source]).toEqual(["gap", { kind: "close-gap", year: 2032 }, { kind: "strategy" }]);
  });

  it("filters by area and population", () => {
    expect(indicators({ areaId: "housing" }).map((i) => i.id)).toEqual(["eu-housing-deprivation-gap", "eu-tap-water"]);
    expect(indicators({ population: "gap" }).every((i) => i.population === "gap")).toBe(true);
    expect(getIndicator("no-such-indicator")).toBeUndefined();
  });
});

describe("local indicators", () => {
  const local = {
    id: "linkoping-school-attendance",
    name: { sv: "Närvaro i grundskolan bland elever som deltar i brobyggarverksamheten", en: "School attendance of pupils in the bridge-builder programme" },
    areaId: "education" as const,
    unit: "percent" as const,
    direction: "higher-is-better" as const,
    population: "roma" as const,
    disaggregations: [],
    source: { kind: "local" as const, actorId: "municipality-0580" },
    target: { kind: "absolute" as const, comparator: "at-least" as const, value: 90, year: 2025 },
    sources: [{ kind: "url" as const, url: "https://www.linkoping.se/" }],
  };

  it("join the catalog through extendCatalog and are found by the bound accessors", () => {
    const extended = createCatalog(extendCatalog(catalog, { indicators: [local] }));
    expect(extended.getIndicator(local.id)?.target).toEqual(local.target);
    expect(extended.indicators({ population: "roma" }).map((i) => i.id)).toContain(local.id);
    expect(checkCatalog(extendCatalog(catalog, { indicators: [local] })).success).toBe(true);
  });

  it("are validated when loaded: an unknown area, an unknown actor and a missing source are each reported", () => {
    const broken = { ...local, areaId: "health", source: { kind: "local", actorId: "municipality-9999" }, sources: [] } as unknown as typeof local;
    const result = checkCatalog(extendCatalog(catalog, { indicators: [broken] }));
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues.filter((i) => i.entry.kind === "indicator");
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual(
      expect.arrayContaining([
        ["areaId", "invalid-value"],
        ["sources", "too-small"],
        ["areaId", "unknown-reference"],
        ["source.actorId", "unknown-reference"],
      ]),
    );
  });

  it("load from JSON through loadIndicators: a valid plan extends the catalog, a target and all", () => {
    const loaded = loadIndicators(catalog, JSON.parse(JSON.stringify([local])));
    expect(loaded.success).toBe(true);
    const extended = createCatalog(loaded.success ? loaded.data : catalog);
    expect(extended.indicators().length).toBe(indicators().length + 1);
    expect(extended.getIndicator(local.id)).toEqual(local);
    expect(indicators().length).toBe(22); // the shipped catalog is unchanged
  });

  it("report every issue when loaded, schema first, then references, and add nothing", () => {
    const schema = loadIndicators(catalog, [{ ...local, areaId: "health", direction: "up" }, { ...local, id: "second", sources: [] }, 7]);
    expect(schema.success ? [] : schema.issues.map((i) => [i.entry.id, i.path.join("."), i.code])).toEqual([
      [local.id, "areaId", "invalid-value"],
      [local.id, "direction", "invalid-value"],
      ["second", "sources", "too-small"],
      ["#2", "", "invalid-type"],
    ]);
    const twice = loadIndicators(catalog, [local, local]);
    expect(twice.success ? [] : twice.issues.map((i) => [i.entry.id, i.path.join("."), i.code])).toEqual([[local.id, "1.id", "duplicate-id"]]);
    const references = loadIndicators(catalog, [{ ...local, source: { kind: "local", actorId: "municipality-9999" } }, { ...local, id: "second" }]);
    expect(references.success ? [] : references.issues.map((i) => [i.entry.id, i.path.join("."), i.code, i.message.en])).toEqual([
      [local.id, "source.actorId", "unknown-reference", "Unknown actor: municipality-9999."],
    ]);
    const notAList = loadIndicators(catalog, { indicators: [local] });
    expect(notAList.success ? "" : notAList.issues[0]?.message.en).toBe("The indicators must be an array, not object.");
  });

  it("replace a catalog indicator with the same id (a local baseline for the poverty gap)", () => {
    const poverty = getIndicator("eu-poverty-gap")!;
    const own = { ...poverty, baseline: { year: 2016, value: null, note: "No Swedish figure." } };
    const loaded = loadIndicators(catalog, [own]);
    const extended = createCatalog(loaded.success ? loaded.data : catalog);
    expect(extended.indicators().length).toBe(22);
    expect(extended.getIndicator("eu-poverty-gap")?.baseline?.value).toBeNull();
  });
});
