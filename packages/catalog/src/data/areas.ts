import {
  AREA_LABELS,
  capitalised,
  ROMA_GROUP_LABELS,
  type Area,
  type AreaId,
  type Principle,
  type RomaGroup,
  type RomaGroupId,
  type TargetGroup,
} from "@romsk-inkludering/model";
import {
  FACTS_STRATEGY,
  facts,
  seed,
  SEED_NETWORK_MEETING_2018,
  SEED_PILOT_PAGE,
  SEED_PRESENTATION_2018,
} from "./sources.js";

const SIX_AREAS = [
  seed(SEED_PILOT_PAGE, "Sex sociala områden"),
  facts(FACTS_STRATEGY, "Six areas: Utbildning; Arbete; Bostad; Hälsa, social omsorg och trygghet; Kultur och språk; Civilsamhällets organisering."),
];

/** The six areas of the strategy, in the order of the sources. @internal */
export const AREAS: Area[] = (
  ["education", "employment", "housing", "health-social-care-safety", "culture-language", "civil-society"] satisfies AreaId[]
).map((id) => ({ id, name: capitalised(AREA_LABELS[id]), sources: SIX_AREAS }));

const STRATEGY_PRINCIPLES = facts(
  FACTS_STRATEGY,
  "Principles of the strategy: human rights, with non-discrimination first (rights belong to individuals); Roma participation and influence throughout; continuous follow-up at local, regional and national level.",
);
const WORKING_PRINCIPLES = seed(SEED_PRESENTATION_2018, "\"Principerna\" i utvecklingsarbetet");

/** The strategy's principles and the four working principles of the municipal work. @internal */
export const PRINCIPLES: Principle[] = [
  {
    id: "strategy-human-rights",
    scope: "strategy",
    name: {
      sv: "Mänskliga rättigheter, med rätten till icke-diskriminering först",
      en: "Human rights, with the right to non-discrimination first",
    },
    description: {
      sv: "Rättigheterna tillhör den enskilda människan.",
      en: "The rights belong to the individual.",
    },
    sources: [STRATEGY_PRINCIPLES],
  },
  {
    id: "strategy-roma-participation",
    scope: "strategy",
    name: {
      sv: "Romers delaktighet och inflytande i hela genomförandet",
      en: "Roma participation and influence throughout the implementation",
    },
    sources: [STRATEGY_PRINCIPLES, seed(SEED_PILOT_PAGE, "Romers delaktighet och inflytande är en viktig utgångspunkt")],
  },
  {
    id: "strategy-continuous-follow-up",
    scope: "strategy",
    name: {
      sv: "Kontinuerlig uppföljning på lokal, regional och nationell nivå",
      en: "Continuous follow-up at local, regional and national level",
    },
    sources: [STRATEGY_PRINCIPLES],
  },
  {
    id: "human-rights-and-non-discrimination",
    scope: "municipal-work",
    name: { sv: "Mänskliga rättigheter och icke-diskriminering", en: "Human rights and non-discrimination" },
    sources: [WORKING_PRINCIPLES],
  },
  {
    id: "long-term-structure",
    scope: "municipal-work",
    name: {
      sv: "Långsiktig struktur i den kommunala förvaltningen",
      en: "A long-term structure in the municipal administration",
    },
    sources: [WORKING_PRINCIPLES],
  },
  {
    id: "roma-participation",
    scope: "municipal-work",
    name: { sv: "Romers delaktighet och inflytande i arbetet", en: "Roma participation and influence in the work" },
    sources: [WORKING_PRINCIPLES],
  },
  {
    id: "priority-target-groups",
    scope: "municipal-work",
    name: { sv: "Prioriterade målgrupper", en: "Priority target groups" },
    description: {
      sv: "Socialt utsatta, kvinnor, barn och unga.",
      en: "The socially vulnerable, women, children and young people.",
    },
    sources: [WORKING_PRINCIPLES],
  },
];

const TARGET_GROUP_FACT = facts(
  FACTS_STRATEGY,
  "Target group: mainly Roma in social and economic exclusion who face discrimination; priority to women, children and young people.",
);
const PRIORITY_GROUPS_SEED = seed(SEED_PRESENTATION_2018, "prioriterade målgrupper (socialt utsatta, kvinnor, barn och unga)");

/** The strategy's target group and its priority groups. @internal */
export const TARGET_GROUPS: TargetGroup[] = [
  {
    id: "roma-in-social-exclusion",
    name: {
      sv: "Romer i socialt och ekonomiskt utanförskap som utsätts för diskriminering",
      en: "Roma in social and economic exclusion who face discrimination",
    },
    description: {
      sv: "Strategins huvudsakliga målgrupp; i kommunernas arbete \"socialt utsatta\".",
      en: "The strategy's main target group; \"the socially vulnerable\" in the municipal work.",
    },
    sources: [TARGET_GROUP_FACT, PRIORITY_GROUPS_SEED],
  },
  {
    id: "women",
    name: { sv: "Kvinnor och flickor", en: "Women and girls" },
    description: {
      sv: "Prioriterad grupp; skrivelsen tar särskilt upp romska flickors och kvinnors hälsa och livssituation.",
      en: "A priority group; the communication singles out the health and living conditions of Roma girls and women.",
    },
    sources: [TARGET_GROUP_FACT, PRIORITY_GROUPS_SEED, seed(SEED_PILOT_PAGE, "romska flickors och kvinnors hälsa och livssituation")],
  },
  {
    id: "children-and-young-people",
    name: { sv: "Barn och unga", en: "Children and young people" },
    description: { sv: "Prioriterad grupp.", en: "A priority group." },
    sources: [TARGET_GROUP_FACT, PRIORITY_GROUPS_SEED],
  },
];

const GROUPS_FOOTNOTE = seed(
  SEED_NETWORK_MEETING_2018,
  "footnote 1: Svenska romer, finska romer, resande romer, utomnordiska romer och nyanlända romer.",
);
const GROUPS_FACT = facts(FACTS_STRATEGY, "Roma groups (seed 003 footnote).");

/** The five Roma groups. @internal */
export const ROMA_GROUPS: RomaGroup[] = (
  ["swedish-roma", "finnish-roma", "travellers", "non-nordic-roma", "newly-arrived-roma"] satisfies RomaGroupId[]
).map((id) => ({ id, name: capitalised(ROMA_GROUP_LABELS[id]), sources: [GROUPS_FOOTNOTE, GROUPS_FACT] }));
