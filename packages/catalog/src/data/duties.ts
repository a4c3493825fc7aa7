import type { Source } from "@romsk-inkludering/model";
import type { StatutoryDuty } from "../types.js";
import { FACTS_DATES_CHECKED, FACTS_LAW, facts, url } from "./sources.js";

/** The statute: lag (2009:724) om nationella minoriteter och minoritetsspråk. @internal */
const SFS = "2009:724";

/** The amending law of 2018 (from 2019-01-01): structured dialogue, §5 a and §5 b. @internal */
const SFS_2018 = "2018:1367";

/** The day lag (2009:724) entered into force, with its sources. @internal */
const IN_FORCE_2010 = "2010-01-01";

/** The day SFS 2018:1367 entered into force. @internal */
const IN_FORCE_2019 = "2019-01-01";

/** Where 1 January 2010 comes from. @internal */
const SINCE_2010: readonly Source[] = [
  url(
    "https://norrbotten.se/sv/minoretetssprak/rattigheter-for-vara-minoritetssprak/",
    "Region Norrbotten: Rättigheter för våra minoritetsspråk",
    "\"Lagen (2009:724) om nationella minoriteter och minoritetsspråk (minoritetslagen) har gällt i Sverige sedan januari 2010.\" The day is the first of that month, as other public pages give it (\"Den 1 januari 2010 trädde lagen om nationella minoriteter och minoritetsspråk i kraft\", Arjeplogs kommun).",
  ),
  url(
    "https://www.dorotea.se/nyheter/nationella-minoriteter/",
    "Dorotea kommun: Nationella minoriteter (2018-12-20)",
    "\"har gällt i Sverige sedan januari 2010. Från den 1 januari 2019 träder ändringar i lagen om nationella minoriteter och minoritetsspråk i kraft.\"",
  ),
];

/** Where SFS 2018:1367 and its day of entry into force come from. @internal */
const SINCE_2019: readonly Source[] = [
  { kind: "sfs", sfs: SFS_2018, title: "Lag om ändring i lagen (2009:724) om nationella minoriteter och minoritetsspråk", note: "In force from 2019-01-01. No source in the catalog gives the day it was decided, so the duties it introduced are known from the day they entered into force." },
  url(
    "https://www.dorotea.se/nyheter/nationella-minoriteter/",
    "Dorotea kommun: Nationella minoriteter (2018-12-20)",
    "\"Från den 1 januari 2019 träder ändringar i lagen om nationella minoriteter och minoritetsspråk i kraft.\"",
  ),
];

/** SFS 2019:938: §§3 and 5 b as they read from 2020 ("regioner" for "landsting"; the 2020 change of terminology). @internal */
const SFS_2019_938 = (section: string, quote: string): Source =>
  url(
    "https://www.lagboken.se/Lagboken/start/sfs/sfs/2019/900-999/d_3805824-sfs-2019_938-lag-om-andring-i-lagen-2009_724-om-nationella-minoriteter-och-minoritetssprak",
    "SFS 2019:938 Lag om ändring i lagen (2009:724) om nationella minoriteter och minoritetsspråk",
    `${section} as it reads from 2020-01-01 (\"landsting\" became \"regioner\"; earlier wording SFS 2018:1367): \"${quote}\"`,
  );

/** The authorities that owe §§5 and 5 a: state and municipal förvaltningsmyndigheter. @internal */
const AUTHORITIES = ["agency", "county-administrative-board", "municipality", "region"] as const;

/**
 * The duties of lag (2009:724) that concern the Roma minority, in the
 * statute's order, and the administrative-area duties of §§6–18, which do
 * not (Romani chib has no administrative area).
 *
 * @internal
 */
export const STATUTORY_DUTIES: StatutoryDuty[] = [
  {
    id: "sfs-2009-724-3",
    sfs: SFS,
    section: "3 §",
    introducedBy: SFS,
    title: { sv: "Information om rättigheter", en: "Information on rights" },
    summary: {
      sv: "Kommuner och regioner, och statliga förvaltningsmyndigheter vars verksamhet är av betydelse för minoriteterna, ska informera de nationella minoriteterna om deras rättigheter enligt lagen.",
      en: "Municipalities and regions, and state authorities whose work matters to the minorities, inform the national minorities of their rights under the law.",
    },
    actorKinds: [...AUTHORITIES],
    actorNote: {
      sv: "Statliga förvaltningsmyndigheter bara när deras verksamhet är av betydelse för de nationella minoriteterna eller minoritetsspråken.",
      en: "State authorities only where their work matters to the national minorities or the minority languages.",
    },
    appliesToRoma: true,
    validFrom: IN_FORCE_2010,
    ruleId: "minority-act.information",
    sources: [
      facts(FACTS_LAW, "§3: information duty (municipalities and regions, and state authorities whose work matters to the minorities)."),
      { kind: "sfs", sfs: SFS, section: "3 §", title: "Lag om nationella minoriteter och minoritetsspråk" },
      ...SINCE_2010,
      SFS_2019_938(
        "3 §",
        "Kommuner och regioner ska informera de nationella minoriteterna om deras rättigheter och det allmännas ansvar enligt denna lag och de föreskrifter som denna lag hänvisar till. Detsamma gäller statliga förvaltningsmyndigheter vars verksamhet är av betydelse för de nationella minoriteterna eller minoritetsspråken.",
      ),
    ],
  },
  {
    id: "sfs-2009-724-4",
    sfs: SFS,
    section: "4 §",
    introducedBy: SFS,
    title: { sv: "Skydda och främja språk och kultur", en: "Protect and promote language and culture" },
    summary: {
      sv: "Det allmänna har ett särskilt ansvar för att skydda och främja de nationella minoritetsspråken och minoriteternas möjligheter att behålla och utveckla sin kultur; barns utveckling av en kulturell identitet och användning av sitt minoritetsspråk ska främjas särskilt.",
      en: "The public sector has a special responsibility to protect and promote the national minority languages and the minorities' possibilities to keep and develop their culture; children's development of a cultural identity and use of their minority language is to be promoted especially.",
    },
    actorKinds: ["government", "ministry", ...AUTHORITIES],
    actorNote: { sv: "Det allmänna: staten, regionerna och kommunerna.", en: "The public sector (det allmänna): the state, the regions and the municipalities." },
    appliesToRoma: true,
    validFrom: IN_FORCE_2010,
    ruleId: "minority-act.language-and-culture",
    sources: [
      facts(
        FACTS_DATES_CHECKED,
        "Lag (2009:724) §4: the public sector has a special responsibility to protect and promote the national minority languages, and to promote the minorities' possibilities to keep and develop their culture; children's development of a cultural identity and use of their minority language is to be promoted especially.",
      ),
      { kind: "sfs", sfs: SFS, section: "4 §", title: "Lag om nationella minoriteter och minoritetsspråk" },
      ...SINCE_2010,
    ],
  },
  {
    id: "sfs-2009-724-5",
    sfs: SFS,
    section: "5 §",
    introducedBy: SFS,
    title: { sv: "Inflytande och samråd", en: "Influence and consultation" },
    summary: {
      sv: "Förvaltningsmyndigheter, statliga och kommunala, ska ge de nationella minoriteterna möjlighet till inflytande i frågor som berör dem och så långt det är möjligt samråda med deras företrädare.",
      en: "Administrative authorities (state and municipal) give the minorities influence in matters that concern them and consult them as far as possible.",
    },
    actorKinds: [...AUTHORITIES],
    appliesToRoma: true,
    validFrom: IN_FORCE_2010,
    ruleId: "minority-act.consultation",
    sources: [
      facts(FACTS_LAW, "§5: förvaltningsmyndigheter (state and municipal) give the minorities influence and consult them as far as possible."),
      { kind: "sfs", sfs: SFS, section: "5 §", title: "Lag om nationella minoriteter och minoritetsspråk" },
      ...SINCE_2010,
    ],
  },
  {
    id: "sfs-2009-724-5-structured-dialogue",
    sfs: SFS,
    section: "5 §",
    introducedBy: SFS_2018,
    amends: "sfs-2009-724-5",
    title: { sv: "Samråd genom en strukturerad dialog", en: "Consultation as a structured dialogue" },
    summary: {
      sv: "Från den 1 januari 2019 ska samrådet enligt 5 § ske genom \"en strukturerad dialog\".",
      en: "From 1 January 2019 the consultation of section 5 is to take the form of \"en strukturerad dialog\" (a structured dialogue).",
    },
    actorKinds: [...AUTHORITIES],
    appliesToRoma: true,
    validFrom: IN_FORCE_2019,
    ruleId: "minority-act.consultation",
    sources: [
      facts(FACTS_LAW, "From 1 Jan 2019 (SFS 2018:1367) consultation is \"en strukturerad dialog\"."),
      { kind: "sfs", sfs: SFS, section: "5 §", title: "Lag om nationella minoriteter och minoritetsspråk", note: "As amended by SFS 2018:1367, from 2019-01-01." },
      ...SINCE_2019,
    ],
  },
  {
    id: "sfs-2009-724-5-a",
    sfs: SFS,
    section: "5 a §",
    introducedBy: SFS_2018,
    title: { sv: "Barns och ungas inflytande och samråd", en: "Children's and young people's influence and consultation" },
    summary: {
      sv: "Förvaltningsmyndigheter ska främja barns och ungas möjligheter till inflytande och samråd i frågor som berör dem, i former anpassade efter deras förutsättningar.",
      en: "Administrative authorities promote children's and young people's influence and consultation, adapted to their conditions.",
    },
    actorKinds: [...AUTHORITIES],
    appliesToRoma: true,
    validFrom: IN_FORCE_2019,
    ruleId: "minority-act.youth-influence",
    sources: [
      facts(FACTS_LAW, "§5 a (from 2019): promote children's and young people's influence and consultation, adapted to their conditions."),
      { kind: "sfs", sfs: SFS, section: "5 a §", title: "Lag om nationella minoriteter och minoritetsspråk", note: "In force from 2019-01-01 (SFS 2018:1367)." },
      ...SINCE_2019,
    ],
  },
  {
    id: "sfs-2009-724-5-b",
    sfs: SFS,
    section: "5 b §",
    introducedBy: SFS_2018,
    title: { sv: "Mål och riktlinjer för det minoritetspolitiska arbetet", en: "Goals and guidelines for the minority-policy work" },
    summary: {
      sv: "Kommuner och regioner ska anta mål och riktlinjer för sitt minoritetspolitiska arbete och på begäran lämna uppgifter om dem till uppföljningsmyndigheten (20 §).",
      en: "Municipalities and regions adopt goals and guidelines (mål och riktlinjer) for their minority-policy work and hand them to the follow-up authority (section 20) on request.",
    },
    actorKinds: ["municipality", "region"],
    appliesToRoma: true,
    validFrom: IN_FORCE_2019,
    ruleId: "minority-act.goals-and-guidelines",
    sources: [
      facts(FACTS_LAW, "§5 b (from 2019): municipalities and regions adopt \"mål och riktlinjer\" for their minority policy work and hand them to the follow-up authority (§20) on request. There is no §5 c."),
      { kind: "sfs", sfs: SFS, section: "5 b §", title: "Lag om nationella minoriteter och minoritetsspråk", note: "In force from 2019-01-01 (SFS 2018:1367)." },
      ...SINCE_2019,
      SFS_2019_938(
        "5 b §",
        "Kommuner och regioner ska anta mål och riktlinjer för sitt minoritetspolitiska arbete. Uppgifter om mål och riktlinjer som har antagits enligt första stycket ska på begäran lämnas till den myndighet som har uppföljningsansvar enligt 20 §.",
      ),
    ],
  },
  {
    id: "sfs-2009-724-6-18",
    sfs: SFS,
    section: "6–18 §§",
    introducedBy: SFS,
    title: { sv: "Förvaltningsområdenas skyldigheter", en: "The duties of the administrative areas" },
    summary: {
      sv: "Rätten att använda finska, meänkieli och samiska hos myndigheter och domstolar, och förskola och äldreomsorg på dessa språk, i förvaltningsområdena för språken.",
      en: "The right to use Finnish, Meänkieli and Sami with authorities and courts, and preschool and elderly care in those languages, in the languages' administrative areas.",
    },
    actorKinds: [...AUTHORITIES],
    appliesToRoma: false,
    notApplicableReason: {
      sv: "Romani chib har inget förvaltningsområde: lagens rättigheter i förvaltningsområden gäller bara finska, meänkieli och samiska, så 6–18 §§ gäller aldrig romer.",
      en: "Romani chib has no administrative area (förvaltningsområde): the law's administrative-area rights apply to Finnish, Meänkieli and Sami only, so sections 6–18 never apply to Roma.",
    },
    validFrom: IN_FORCE_2010,
    ruleId: null,
    sources: [
      facts(FACTS_DATES_CHECKED, "Romani chib has no administrative area (förvaltningsområde): the administrative-area rights of the law apply to Finnish, Meänkieli and Sami only."),
      { kind: "sfs", sfs: SFS, section: "6–18 §§", title: "Lag om nationella minoriteter och minoritetsspråk" },
      url(
        "https://norrbotten.se/sv/minoretetssprak/rattigheter-for-vara-minoritetssprak/",
        "Region Norrbotten: Rättigheter för våra minoritetsspråk",
        "\"Där står också vad som gäller i de speciella förvaltningsområden som finns för finska, meänkieli och samiska.\"",
      ),
    ],
  },
];
