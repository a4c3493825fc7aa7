/**
 * Fixtures from the seeds and FACTS. Municipalities carry their SCB codes
 * (Gävle 2180, Linköping 0580, Helsingborg 1283, Borås 1490, Västerås
 * 1980). Counts are those of the sources where the sources give them, and
 * illustrative where they do not:
 * - seed 003: Romska ungdomsförbundet's health-inspirer project, carried
 *   out in Gävle in 2017; each inspirer then had a group of 3–10 people. The
 *   seed's 160 trained and 1 500–2 000 reached are the project's national
 *   totals since 2015, not Gävle's: Gävle's 12 trained are illustrative and
 *   its 36–120 reached follow from the 3–10 per inspirer. Linköping's
 *   consultation with two participants per Roma group (five groups,
 *   footnote 1); Borås's bridge-building team (individual support);
 * - seed 002: Västerås's cooperation within the municipality and with other
 *   agencies (one of the measures the seed lists for 2017) in four areas;
 *   its 120 000 kr and its three consultations are illustrative (no seed
 *   gives Västerås's funding or meetings; seed 004's 330 000 kr were the
 *   Mälardalen network's 2012 application, money applied for, not
 *   received);
 * - FACTS: the poverty figures of the EU framework (80% of Roma, 17% in
 *   general, 2016 and 2021), tap water (no tap water for about a third of
 *   Roma in 2016, 22% in 2021), life expectancy (Roma men about 9 years
 *   less, 2021).
 * Kolada values of N15428 are illustrative (the KPI id is real).
 */
import type { Activity, AnnualReport, Meeting, Observation } from "@romsk-inkludering/model";
import type { ActorTypes, ExpectedReporter, ReportIndicator } from "../src/index.js";

export const GAVLE = "municipality-2180";
export const LINKOPING = "municipality-0580";
export const HELSINGBORG = "municipality-1283";
export const BORAS = "municipality-1490";
export const VASTERAS = "municipality-1980";
export const SKOLVERKET = "skolverket";

/**
 * The actor types given to `summarize`: an input chosen so that actors have
 * one or two types (which types an actor had in a year is the catalog's to
 * say, through the sdk's `actorTypes`; the municipal network's members are
 * known from 16 May 2018, so these are not the types of 2017).
 */
export const actorTypes: ActorTypes = {
  [GAVLE]: ["development-municipality", "network-member"],
  [LINKOPING]: ["pilot", "network-member"],
  [HELSINGBORG]: ["pilot", "network-member"],
  [BORAS]: ["development-municipality", "network-member"],
  [VASTERAS]: ["network-member"],
  [SKOLVERKET]: ["agency"],
};

export const ROMA_GROUPS = ["swedish-roma", "finnish-roma", "travellers", "non-nordic-roma", "newly-arrived-roma"] as const;

export const healthInspirers: Activity = {
  id: "health-inspirers-2017",
  actorId: GAVLE,
  areas: ["health-social-care-safety"],
  kind: "health-inspirers",
  title: "Romska hälsoinspiratörer: Romska ungdomsförbundets projekt, genomfört i Gävle 2017",
  period: { from: "2017-01-01", to: "2017-12-31" },
  outputs: [
    { metric: "people-trained", value: 12 },
    { metric: "people-reached", value: 36, upTo: 120, approximate: true },
  ],
};

/** Linköping's consultation: two participants per Roma group (seed 003). */
export const linkopingConsultation: Meeting = {
  id: "linkoping-consultation-2017",
  date: "2017-10-12",
  organiserId: LINKOPING,
  kind: "consultation",
  areas: [],
  topics: ["Reviderad handlingsplan 2018–2021"],
  parties: [{ kind: "role", role: "roma-representatives" }],
  participants: ROMA_GROUPS.map((romaGroup) => ({ role: "roma-representative" as const, count: 2, romaGroup })),
};

function report(actorId: string, year: number, extra: Partial<AnnualReport>): AnnualReport {
  return {
    id: `${actorId}-${year}`,
    year,
    actorId,
    reporterKind: actorId.startsWith("municipality-") ? "municipality" : "agency",
    areas: [],
    activities: [],
    consultations: [],
    observations: [],
    problems: [],
    proposals: [],
    ...extra,
  };
}

export const gavle2017 = report(GAVLE, 2017, {
  submittedOn: "2018-04-13",
  areas: ["health-social-care-safety"],
  activities: [healthInspirers],
});

export const linkoping2017 = report(LINKOPING, 2017, {
  submittedOn: "2018-04-18",
  consultations: [linkopingConsultation],
});

export const boras2017 = report(BORAS, 2017, {
  submittedOn: "2018-04-16",
  areas: ["employment"],
  activities: [
    {
      id: "boras-bridge-builders-2017",
      actorId: BORAS,
      areas: ["employment"],
      kind: "bridge-building",
      title: "Brobyggarteam: enskilt stöd i fem steg",
      period: { from: "2017-01-01", to: "2017-12-31" },
      outputs: [],
    },
  ],
});

const FOUR_AREAS = ["employment", "education", "housing", "health-social-care-safety"] as const;

export const vasteras2017 = report(VASTERAS, 2017, {
  submittedOn: "2018-04-10",
  areas: [...FOUR_AREAS],
  activities: [
    {
      id: "vasteras-cooperation-2017",
      actorId: VASTERAS,
      areas: [...FOUR_AREAS],
      kind: "cooperation",
      title: "Samverkan inom kommunen och med andra myndigheter",
      period: { from: "2017-01-01", to: "2017-12-31" },
      outputs: [],
      fundingSek: 120_000,
    },
  ],
  consultations: ["2017-03-15", "2017-09-20", "2017-11-29"].map((date, i) => ({
    id: `vasteras-consultation-${i + 1}`,
    date,
    organiserId: VASTERAS,
    kind: "consultation" as const,
    areas: [...FOUR_AREAS],
    topics: ["Erfarenhetsutbyte"],
    parties: [],
    participants: [],
  })),
});

export const skolverket2017 = report(SKOLVERKET, 2017, {
  areas: ["education"],
  activities: [
    {
      id: "skolverket-mr-ambassadors-2017",
      actorId: SKOLVERKET,
      areas: ["education"],
      kind: "training",
      title: "Utbildning av MR-ambassadörer med fokus på romer",
      period: { from: "2017-01-01", to: "2017-12-31" },
      outputs: [],
    },
  ],
});

export const reports2017: AnnualReport[] = [gavle2017, linkoping2017, boras2017, vasteras2017, skolverket2017];

export const expected2017: ExpectedReporter[] = [
  { actorId: GAVLE, name: { sv: "Gävle kommun", en: "Gävle Municipality" } },
  { actorId: LINKOPING, name: { sv: "Linköpings kommun", en: "Linköping Municipality" } },
  { actorId: HELSINGBORG, name: { sv: "Helsingborgs stad", en: "City of Helsingborg" } },
  { actorId: BORAS, name: { sv: "Borås stad", en: "City of Borås" } },
  { actorId: VASTERAS, name: { sv: "Västerås stad", en: "City of Västerås" } },
  { actorId: SKOLVERKET, name: { sv: "Skolverket", en: "Swedish National Agency for Education" } },
];

export function obs(
  indicatorId: string,
  place: Observation["place"],
  year: number,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation {
  return { indicatorId, place, year, gender: "T", value, ...extra };
}

export const COUNTRY = { level: "country" } as const;
export const muni = (code: string): Observation["place"] => ({ level: "municipality", code });

/** Gap pairs for an indicator at the country level. */
export function pair(indicatorId: string, year: number, roma: number | null, general: number | null, gender: Observation["gender"] = "T"): Observation[] {
  return [
    { indicatorId, place: COUNTRY, year, gender, value: roma, group: "roma" },
    { indicatorId, place: COUNTRY, year, gender, value: general, group: "general" },
  ];
}

export const poverty: ReportIndicator = {
  id: "eu-poverty-gap",
  name: { sv: "Risk för fattigdom, gap (procentenheter)", en: "At risk of poverty, gap (percentage points)" },
  unit: "percentage-points",
  direction: "lower-is-better",
  population: "gap",
  baseline: { year: 2016, value: 80, comparison: 17 },
  target: { kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: 2016, year: 2030 },
};

export const tapWater: ReportIndicator = {
  id: "eu-tap-water",
  name: { sv: "Romer med tillgång till kranvatten (%)", en: "Roma with tap water (%)" },
  unit: "percent",
  direction: "higher-is-better",
  population: "roma",
  target: { kind: "absolute", comparator: "at-least", value: 95, year: 2030 },
};

export const eligibleVocational: ReportIndicator = {
  id: "n15428",
  name: {
    sv: "Elever i åk 9 som är behöriga till yrkesprogram, andel (%)",
    en: "Pupils in year 9 eligible for vocational programmes, share (%)",
  },
  unit: "percent",
  direction: "higher-is-better",
  population: "general",
};
