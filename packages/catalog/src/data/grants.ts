import type { Source } from "@romsk-inkludering/model";
import type { GrantRound, GrantScheme } from "../types.js";
import { decidedOn, FACTS_DATES_CHECKED, FACTS_PROGRAMMES, facts, url } from "./sources.js";

/**
 * Where the grant's facts come from (`FACTS.md`-style, beside the entries):
 *
 * - Förordning (2022:259) om statsbidrag till kommuner för att främja romsk
 *   inkludering: the statute. Its day of issue is not in the sources (the
 *   SFS number gives the year, not a day), so no date of the library rests
 *   on it.
 * - Länsstyrelsen i Stockholms län's föreskrifter 01FS 2022:28 on the grant,
 *   "Beslutade den 7 september 2022 (dnr 101-27273-2022)", made under 14 §
 *   of the förordning; 3 §: applications "ska ha kommit in till
 *   Länsstyrelsen i Stockholms län senast den 13 november 2022, den 1
 *   februari 2023, den 1 juni 2023 eller den 1 oktober 2023". This is the
 *   first day a source shows the grant, its grantor and its first four
 *   rounds decided: the scheme and those rounds are known from 2022-09-07.
 * - minoritet.se (Länsstyrelsen's page, "Sidan uppdaterad 2023-09-20"): the
 *   board "fördelar också statsbidrag till kommuner för att främja romsk
 *   inkludering utifrån förordning (2022:259)" (`FACTS.md`, last section).
 * - Länsstyrelsen's page on the grant: the four criteria it takes into
 *   account, and "fortsatt uppdrag att under 2024 och 2025 fördela
 *   statsbidrag ... Sista ansökningsdag är den 15 april". The page carries
 *   no date; the first dated source that shows the grant going on in 2024
 *   is minoritet.se's page on the board's tasks updated 2024-02-20 (the 2024
 *   regleringsbrev, "Statsbidraget redovisas i myndighetens
 *   årsredovisning"), so the 2024 and 2025 rounds are known from
 *   2024-02-20, a day no earlier than a source supports.
 * - No source gives the day a round opens; none is given (an obligations
 *   listing shows a round as open until its deadline, from the day it is
 *   known).
 *
 * @internal
 */
const GRANT_SOURCES = {
  sfs: { kind: "sfs", sfs: "2022:259", title: "Förordning (2022:259) om statsbidrag till kommuner för att främja romsk inkludering" } satisfies Source,
  foreskrift: url(
    "https://www.lansstyrelsen.se/stockholm/om-oss/om-lansstyrelsen-stockholm/lanets-forfattningssamling/forfattningar-2022/forfattningssamling-2022/2022-09-08-01fs-202228.html",
    "01FS 2022:28 Länsstyrelsen i Stockholms läns beslut om statsbidrag till kommuner för att främja romsk inkludering",
    "\"Beslutade den 7 september 2022 (dnr 101-27273-2022)\"; 3 §: \"Ansökan om statsbidrag ska ha kommit in till Länsstyrelsen i Stockholms län senast den 13 november 2022, den 1 februari 2023, den 1 juni 2023 eller den 1 oktober 2023.\"",
  ),
  grantPage: url(
    "https://www.lansstyrelsen.se/stockholm/samhalle/social-hallbarhet/manskliga-rattigheter-och-demokrati/nationella-minoriteter-och-minoritetssprak/statsbidrag-till-kommuner-for-att-framja-romsk-inkludering.html",
    "Länsstyrelsen Stockholm: Statsbidrag till kommuner för att främja romsk inkludering",
    "The four criteria (\"Länsstyrelsen ska också ta hänsyn till ...\"); \"fortsatt uppdrag att under 2024 och 2025 fördela statsbidrag ... Sista ansökningsdag är den 15 april.\" The page is undated.",
  ),
  minoritet2023: url(
    "https://minoritet.se/7950",
    "minoritet.se: Länsstyrelsen i Stockholms län (Sidan uppdaterad 2023-09-20)",
    "\"Myndigheten fördelar också statsbidrag till kommuner för att främja romsk inkludering utifrån förordning (2022:259).\"",
  ),
  minoritet2024: url(
    "https://minoritet.se/7950",
    "minoritet.se: Länsstyrelsen i Stockholms län (Sidan uppdaterad 2024-02-20)",
    "The board's tasks under the 2024 regleringsbrev: \"Uppdragstid: 2024 (regleringsbrev) ... Statsbidraget redovisas i myndighetens årsredovisning.\" The first dated source that shows the grant going on in 2024; it does not give the deadline.",
  ),
  factsGrant: facts(FACTS_PROGRAMMES, "State grant, förordning (2022:259): application deadlines 13 Nov 2022, 1 Feb 2023, 1 Jun 2023, 1 Oct 2023; for 2024–25 15 April. Criteria: long-term effect, spread across the country and municipality sizes, anchoring among Roma, involvement of Roma women and children."),
  factsGrantor: facts(FACTS_DATES_CHECKED, "Länsstyrelsen i Stockholms län distributes the state grant to municipalities for Roma inclusion under förordning (2022:259) (minoritet.se, page updated 2023-09-20)."),
} as const;

/** Known from the föreskrift's decision day: the scheme and its 2022–2023 rounds. */
const DECIDED_2022 = decidedOn(
  "2022-09-07",
  GRANT_SOURCES.foreskrift,
  facts(FACTS_DATES_CHECKED, "The catalog's choice: the first day a source shows the grant decided (01FS 2022:28, decided 2022-09-07). The förordning's SFS number gives only its year; minoritet.se's page of 2023-09-20 is later."),
);

/** Known from the first dated source showing the grant in 2024: the 2024 and 2025 rounds. */
const DECIDED_2024 = decidedOn(
  "2024-02-20",
  GRANT_SOURCES.minoritet2024,
  facts(FACTS_PROGRAMMES, "The catalog's choice: the 15 April rounds of 2024 and 2025 are on Länsstyrelsen's undated grant page; the first dated source that shows the grant going on in 2024 is minoritet.se's page updated 2024-02-20."),
);

function round(deadline: string, decided: typeof DECIDED_2022, ...sources: Source[]): GrantRound {
  return { id: `grant-round-${deadline}`, year: Number(deadline.slice(0, 4)), deadline, decided, sources };
}

/** The state grants. @internal */
export const GRANT_SCHEMES: GrantScheme[] = [
  {
    id: "statsbidrag-romsk-inkludering",
    title: {
      sv: "Statsbidrag till kommuner för att främja romsk inkludering",
      en: "State grant to municipalities for promoting Roma inclusion",
    },
    sfs: "2022:259",
    applicantKinds: ["municipality"],
    grantor: [
      {
        validFrom: "2022-09-07",
        value: "lansstyrelsen-stockholm",
        decided: DECIDED_2022,
        sources: [
          GRANT_SOURCES.foreskrift,
          GRANT_SOURCES.minoritet2023,
          GRANT_SOURCES.factsGrantor,
          facts(
            FACTS_DATES_CHECKED,
            "On 20 June 2024 the government asked MUCF to analyse taking over Länsstyrelsen i Stockholms län's tasks within minority policy (follow-up, coordination, grants), report by 15 Oct 2024; no transfer date is confirmed. A transfer would be a new entry here from its day, with its decision.",
          ),
        ],
      },
    ],
    criteria: [
      {
        id: "long-term-effect",
        title: { sv: "Insatsens förutsättningar att ge upphov till långsiktiga effekter", en: "The measure's potential for long-term effects" },
        assessedIn: "application",
        sources: [GRANT_SOURCES.grantPage, GRANT_SOURCES.factsGrant],
      },
      {
        id: "national-spread",
        title: {
          sv: "Att bidraget tilldelas kommuner i olika delar av landet samt kommuner av olika storlek",
          en: "That the grant goes to municipalities in different parts of the country and of different sizes",
        },
        assessedIn: "allocation",
        sources: [GRANT_SOURCES.grantPage, GRANT_SOURCES.factsGrant],
      },
      {
        id: "anchoring-among-roma",
        title: { sv: "Insatsens förankring bland romer", en: "The measure's anchoring among Roma" },
        assessedIn: "application",
        sources: [GRANT_SOURCES.grantPage, GRANT_SOURCES.factsGrant],
      },
      {
        id: "roma-women-and-children",
        title: { sv: "Insatser som involverar romska kvinnor och barn", en: "Measures that involve Roma women and children" },
        assessedIn: "application",
        sources: [GRANT_SOURCES.grantPage, GRANT_SOURCES.factsGrant],
      },
    ],
    rounds: [
      round("2022-11-13", DECIDED_2022, GRANT_SOURCES.foreskrift, GRANT_SOURCES.factsGrant),
      round("2023-02-01", DECIDED_2022, GRANT_SOURCES.foreskrift, GRANT_SOURCES.factsGrant),
      round("2023-06-01", DECIDED_2022, GRANT_SOURCES.foreskrift, GRANT_SOURCES.factsGrant),
      round("2023-10-01", DECIDED_2022, GRANT_SOURCES.foreskrift, GRANT_SOURCES.factsGrant),
      round("2024-04-15", DECIDED_2024, GRANT_SOURCES.grantPage, GRANT_SOURCES.factsGrant),
      round("2025-04-15", DECIDED_2024, GRANT_SOURCES.grantPage, GRANT_SOURCES.factsGrant),
    ],
    decided: DECIDED_2022,
    sources: [GRANT_SOURCES.sfs, GRANT_SOURCES.foreskrift, GRANT_SOURCES.minoritet2023, GRANT_SOURCES.factsGrantor, GRANT_SOURCES.factsGrant],
  },
];
