import type { Indicator, Source } from "@romsk-inkludering/model";
import { decidedOn, facts, FACTS_STRATEGY } from "./sources.js";

/** FACTS.md's section on indicator sources. @internal */
export const FACTS_INDICATORS = "Indicator sources (for the indicator catalog)";

const EU_FRAMEWORK: Source[] = [
  facts(
    FACTS_INDICATORS,
    "EU Roma framework: Council Recommendation 2021/C 93/01 of 12 March 2021; COM(2020) 620 with SWD(2020) 530; FRA's monitoring framework of October 2020. Targets for 2030 are relative to the gap between Roma and the general population.",
  ),
];

/** The FRA surveys gave no figure for Sweden: Sweden took no part in the Roma Survey 2021. */
const NO_SWEDISH_BASELINE = "No baseline for Sweden: the baselines of the EU framework come from FRA's surveys (EU-MIDIS II 2016, Roma Survey 2021), and Sweden took no part in the Roma Survey 2021.";

/** The baseline year of the framework's targets: FRA's EU-MIDIS II survey of 2016. */
const BASELINE_YEAR = 2016;

const CUT_BY_HALF = { kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: BASELINE_YEAR, year: 2030 } as const;

function eu(
  id: string,
  objective: string,
  name: Indicator["name"],
  rest: Pick<Indicator, "areaId" | "unit" | "direction" | "population" | "target"> & Partial<Pick<Indicator, "baseline" | "note" | "disaggregations">>,
): Indicator {
  return {
    id,
    name,
    disaggregations: ["gender"],
    source: { kind: "eu-framework", objective },
    baseline: { year: BASELINE_YEAR, value: null, note: NO_SWEDISH_BASELINE },
    sources: EU_FRAMEWORK,
    decided: decidedOn("2021-03-12", ...EU_FRAMEWORK),
    ...rest,
  };
}

/**
 * The EU Roma framework's headline indicators with their 2030 targets, one
 * per objective named in FACTS.md. Baselines are `null` with a note where
 * no figure is known; the EU-level figures FACTS gives are kept, marked as
 * EU-level. Areas: discrimination has no area of its own among the
 * strategy's six and sits under health, social care and safety (trygghet).
 *
 * @internal
 */
export const EU_INDICATORS: readonly Indicator[] = [
  eu("eu-discrimination-experienced", "Fighting and preventing antigypsyism and discrimination", { sv: "Romer som upplevt diskriminering (andel)", en: "Roma who experienced discrimination (share)" }, {
    areaId: "health-social-care-safety",
    unit: "percent",
    direction: "lower-is-better",
    population: "roma",
    target: CUT_BY_HALF,
    note: { sv: "Mål: minst halvera andelen romer som upplever diskriminering.", en: "Target: cut the share of Roma who experience discrimination by at least half." },
  }),
  eu("eu-discrimination-reported", "Fighting and preventing antigypsyism and discrimination", { sv: "Romer som anmält upplevd diskriminering (andel)", en: "Roma who reported discrimination they experienced (share)" }, {
    areaId: "health-social-care-safety",
    unit: "percent",
    direction: "higher-is-better",
    population: "roma",
    target: { kind: "gap-change", factor: 2, comparator: "at-least", baselineYear: BASELINE_YEAR, year: 2030 },
    note: { sv: "Mål: minst fördubbla andelen som anmäler.", en: "Target: at least double the share who report." },
  }),
  eu("eu-poverty-gap", "Reducing poverty and social and economic exclusion", { sv: "Risk för fattigdom, gap mellan romer och befolkningen", en: "At risk of poverty, gap between Roma and the general population" }, {
    areaId: "health-social-care-safety",
    unit: "percentage-points",
    direction: "lower-is-better",
    population: "gap",
    baseline: { year: 2016, value: 80, comparison: 17, note: "EU level, not Sweden: 80% of Roma at risk of poverty against 17% on average in the EU (2016; the same in 2021)." },
    target: { kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: BASELINE_YEAR, year: 2030 },
  }),
  eu("eu-early-childhood-education-gap", "Increasing effective equal access to quality inclusive mainstream education", { sv: "Deltagande i förskola, gap", en: "Participation in early childhood education, gap" }, {
    areaId: "education",
    unit: "percentage-points",
    direction: "higher-is-better",
    population: "gap",
    target: CUT_BY_HALF,
  }),
  eu("eu-segregated-schooling", "Increasing effective equal access to quality inclusive mainstream education", { sv: "Romska barn i segregerade skolor (andel)", en: "Roma children in segregated primary schools (share)" }, {
    areaId: "education",
    unit: "percent",
    direction: "lower-is-better",
    population: "roma",
    target: CUT_BY_HALF,
    note: { sv: "Mål: minst halvera andelen, där det är relevant.", en: "Target: cut the share by at least half, where relevant." },
  }),
  eu("eu-employment-gap", "Increasing effective equal access to quality and sustainable employment", { sv: "Sysselsättning, gap", en: "Employment rate, gap" }, {
    areaId: "employment",
    unit: "percentage-points",
    direction: "higher-is-better",
    population: "gap",
    target: CUT_BY_HALF,
  }),
  eu("eu-gender-employment-gap", "Increasing effective equal access to quality and sustainable employment", { sv: "Sysselsättning, gap mellan romska män och kvinnor", en: "Employment rate, gap between Roma men and Roma women" }, {
    areaId: "employment",
    unit: "percentage-points",
    direction: "lower-is-better",
    population: "roma",
    target: CUT_BY_HALF,
    disaggregations: [],
    note: { sv: "Värdet är självt ett gap: skillnaden mellan romska mäns och kvinnors sysselsättning.", en: "The value is itself a gap: the difference between the employment rates of Roma men and Roma women." },
  }),
  eu("eu-life-expectancy-gap", "Improving Roma health and increasing effective equal access to quality healthcare and social services", { sv: "Förväntad livslängd, gap", en: "Life expectancy at birth, gap" }, {
    areaId: "health-social-care-safety",
    unit: "years",
    direction: "higher-is-better",
    population: "gap",
    baseline: { year: 2021, value: null, note: "EU level, not Sweden: Roma men live about 9 and Roma women about 11 years less than the general population (2021); the levels themselves are not given." },
    target: { kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: 2021, year: 2030 },
  }),
  eu("eu-housing-deprivation-gap", "Increasing effective equal access to adequate desegregated housing and essential services", { sv: "Bostadsbrister, gap", en: "Housing deprivation, gap" }, {
    areaId: "housing",
    unit: "percentage-points",
    direction: "lower-is-better",
    population: "gap",
    target: { kind: "gap-change", factor: 2 / 3, comparator: "at-most", baselineYear: BASELINE_YEAR, year: 2030 },
    note: { sv: "Mål: minska gapet med minst en tredjedel.", en: "Target: cut the gap by at least a third." },
  }),
  eu("eu-tap-water", "Increasing effective equal access to adequate desegregated housing and essential services", { sv: "Romer med tillgång till kranvatten (andel)", en: "Roma with access to tap water (share)" }, {
    areaId: "housing",
    unit: "percent",
    direction: "higher-is-better",
    population: "roma",
    baseline: { year: 2021, value: 78, note: "EU level, not Sweden: 22% of Roma lived without tap water in 2021 (about a third in 2016)." },
    target: { kind: "absolute", comparator: "at-least", value: 95, year: 2030 },
  }),
];

/**
 * The strategy's overall goal as a gap target: by 2032 a Roma person
 * turning 20 has the same opportunities as a non-Roma person.
 *
 * @internal
 */
// Opportunities are better higher: a Roma disadvantage is a negative gap (roma − general), closed at 0.
export const STRATEGY_GOAL_INDICATOR: Indicator = {
  id: "strategy-goal-opportunity-gap",
  name: { sv: "Strategins mål: lika möjligheter för romer som fyller 20 år 2032", en: "The strategy's goal: equal opportunities for Roma turning 20 in 2032" },
  areaId: "education",
  unit: "index",
  direction: "higher-is-better",
  population: "gap",
  disaggregations: [],
  source: { kind: "strategy" },
  baseline: {
    year: 2012,
    value: null,
    note: "No statistic measures the gap: Sweden registers no ethnicity. The follow-up builds on the nulägesbeskrivningar and on surveys made with Roma.",
  },
  target: { kind: "close-gap", year: 2032 },
  decided: decidedOn("2012-02-16", facts(FACTS_STRATEGY, "skr. 2011/12:56, decided 16 Feb 2012: the strategy and its goal.")),
  note: {
    sv: "Målet gäller alla sex områden; det står under utbildning eftersom det utgår från den som fyller 20 år.",
    en: "The goal spans all six areas; it is filed under education because it is framed around a person turning 20.",
  },
  sources: [
    facts(FACTS_INDICATORS, "The Swedish strategy's own goal is a gap target too: by 2032 a Roma person turning 20 has the same opportunities as a non-Roma person (the gap closed)."),
    facts(FACTS_STRATEGY),
  ],
};

function kolada(kpi: string, name: Indicator["name"], rest: Pick<Indicator, "areaId" | "unit" | "direction"> & { gender: boolean }): Indicator {
  return {
    id: kpi.toLowerCase(),
    name,
    areaId: rest.areaId,
    unit: rest.unit,
    direction: rest.direction,
    population: "general",
    disaggregations: rest.gender ? ["municipality", "gender"] : ["municipality"],
    source: { kind: "kolada", kpi },
    note: {
      sv: "Kontext: nyckeltalet beskriver alla invånare i kommunen och är inte uppdelat på etnicitet; det mäter inte romers situation.",
      en: "Context: the key figure describes everyone living in the municipality and is not split by ethnicity; it does not measure the situation of Roma.",
    },
    sources: [facts(FACTS_INDICATORS, `Kolada KPI ${kpi}.`)],
  };
}

/**
 * Kolada's context key figures (FACTS.md), mapped to the strategy's areas.
 * Ids are the KPI ids in lower case, as `importKolada` writes them.
 *
 * @internal
 */
export const KOLADA_INDICATORS: readonly Indicator[] = [
  kolada("N15428", { sv: "Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)", en: "Pupils in year 9 eligible for a vocational programme, home municipality (%)" }, { areaId: "education", unit: "percent", direction: "higher-is-better", gender: true }),
  kolada("N15507", { sv: "Elever i åk 9, meritvärde, hemkommun, genomsnitt (17 ämnen)", en: "Pupils in year 9, merit rating, home municipality, average (17 subjects)" }, { areaId: "education", unit: "index", direction: "higher-is-better", gender: true }),
  kolada("N00914", { sv: "Förvärvsarbetande invånare 20–64 år, andel (%)", en: "Residents aged 20–64 in gainful employment (%)" }, { areaId: "employment", unit: "percent", direction: "higher-is-better", gender: false }),
  kolada("N03926", { sv: "Långtidsarbetslöshet 25–64 år, andel (%)", en: "Long-term unemployment, aged 25–64 (%)" }, { areaId: "employment", unit: "percent", direction: "lower-is-better", gender: true }),
  kolada("N31807", { sv: "Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%)", en: "Residents who received financial assistance during the year (%)" }, { areaId: "health-social-care-safety", unit: "percent", direction: "lower-is-better", gender: false }),
  kolada("N66077", { sv: "Invånare 0–19 år med låg ekonomisk standard, andel (%)", en: "Residents aged 0–19 with a low economic standard (%)" }, { areaId: "health-social-care-safety", unit: "percent", direction: "lower-is-better", gender: false }),
  kolada("U01413", { sv: "Invånare 16–84 år med avsaknad av tillit till andra, andel (%)", en: "Residents aged 16–84 who lack trust in others (%)" }, { areaId: "civil-society", unit: "percent", direction: "lower-is-better", gender: true }),
  kolada("U60423", { sv: "Invånare 16–84 år med lågt socialt deltagande, andel (%)", en: "Residents aged 16–84 with low social participation (%)" }, { areaId: "civil-society", unit: "percent", direction: "lower-is-better", gender: false }),
  kolada("N09809", { sv: "Aktiva låntagare i folkbiblioteken, andel av invånarna (%)", en: "Active library borrowers, share of residents (public libraries)" }, { areaId: "culture-language", unit: "percent", direction: "higher-is-better", gender: false }),
  kolada("N09801", { sv: "Lån från kommunala bibliotek, antal/inv", en: "Loans from municipal libraries, per resident" }, { areaId: "culture-language", unit: "per-capita", direction: "higher-is-better", gender: false }),
  kolada("U09800", { sv: "Deltagartillfällen i idrottsföreningar, antal/inv 7–20 år (senare 7–25 år)", en: "Sports club participations, per resident aged 7–20 (later 7–25)" }, { areaId: "civil-society", unit: "per-capita", direction: "higher-is-better", gender: false }),
];

/** Every indicator of the catalog. @internal */
export const INDICATORS: readonly Indicator[] = [...EU_INDICATORS, STRATEGY_GOAL_INDICATOR, ...KOLADA_INDICATORS];
