import type { CatalogNote } from "../types.js";
import { decidedOn, seed, SEED_NETWORK_MEETING_2018, SEED_PRESENTATION_2018 } from "./sources.js";

/**
 * The day seeds 002 and 003 are known from: the municipal network's meeting
 * of 16 May 2018. Seed 003 is its notes (dated 2018-05-16); seed 002 is the
 * presentation those notes name ("Presentation nätverksmöte maj 18"), which
 * carries no date of its own (see the municipal network's entry).
 */
const MEETING_DAY = "2018-05-16";

const PRESENTATION_KNOWN = decidedOn(
  MEETING_DAY,
  seed(SEED_NETWORK_MEETING_2018, "se mer information i bildspel ”Presentation nätverksmöte maj 18", "The presentation (seed 002) is shown at the meeting of 16 May 2018 and known from that day."),
);
const NOTES_KNOWN = decidedOn(MEETING_DAY, seed(SEED_NETWORK_MEETING_2018, "Möte med det kommunala nätverket för romsk inkludering, 180516", "The notes of the meeting of 16 May 2018."));

/** The board's commission 2016–2019 that the presentation of seed 002 reports on ("Två regeringsuppdrag … 2016-2019"). */
const BOARD_COMMISSION = { kind: "commission", id: "ku2016-00159-disk" } as const;

/** Seeds 002 and 003: statements no other field of the catalog holds. @internal */
export const NOTES: CatalogNote[] = [
  {
    id: "active-municipalities-2018",
    kind: "count",
    subject: BOARD_COMMISSION,
    text: {
      sv: "Nationell strategi – ca 20 kommuner aktiva.",
      en: "The national strategy: about 20 municipalities active.",
    },
    count: { value: 20, approximate: true },
    decided: PRESENTATION_KNOWN,
    sources: [seed(SEED_PRESENTATION_2018, "Dags att få med fler kommuner", "\"Nationell strategi – ca 20 kommuner aktiva.\" The count is the board's, in 2018; the seed does not name the 20.")],
  },
  {
    id: "proposal-long-term-state-grant",
    kind: "proposal",
    subject: BOARD_COMMISSION,
    byId: "lansstyrelsen-stockholm",
    text: {
      sv: "Regeringen ser över möjligheten att utforma ett nytt statsbidrag för kommuners arbete med romsk inkludering; statsbidraget bör vara långsiktigt, likt det som finns för kommuner som ingår i förvaltningsområde för finska, samiska och meänkieli.",
      en: "The government should look into a new state grant for municipalities' work on Roma inclusion; the grant should be long-term, like the one for municipalities in the administrative areas for Finnish, Sami and Meänkieli.",
    },
    decided: PRESENTATION_KNOWN,
    sources: [seed(SEED_PRESENTATION_2018, "Länsstyrelsen föreslår att", "The first of the board's two proposals under \"Dags att få med fler kommuner\".")],
  },
  {
    id: "proposal-more-support-to-municipalities",
    kind: "proposal",
    subject: BOARD_COMMISSION,
    byId: "lansstyrelsen-stockholm",
    text: {
      sv: "Regeringen ökar resurserna för stöd till kommuner, antingen genom en förstärkt finansiering till Länsstyrelsen i Stockholm, eller genom att samtliga länsstyrelser får uppdrag och resurser att vara ett regionalt stöd i arbetet med strategin för romsk inkludering.",
      en: "The government should increase the resources for support to municipalities, either by strengthening the funding of the County Administrative Board of Stockholm or by giving all county administrative boards the task and resources to be a regional support in the work under the strategy.",
    },
    decided: PRESENTATION_KNOWN,
    sources: [seed(SEED_PRESENTATION_2018, "regeringen ökar resurserna för stöd till kommuner", "The second of the board's two proposals: through the board itself or through all county administrative boards.")],
  },
  {
    id: "linkoping-youth-dropped-out",
    kind: "observation",
    subject: { kind: "actor", id: "municipality-0580" },
    text: {
      sv: "Linköpings kommun har haft med ungdomar i samrådet med den romska minoriteten, men de har hoppat av efter ett tag; kommunen ser över processen för samrådet.",
      en: "Linköping had young people in its consultation with the Roma minority, but they dropped out after a while; the municipality is now reviewing how its consultation is run.",
    },
    decided: NOTES_KNOWN,
    sources: [seed(SEED_NETWORK_MEETING_2018, "de haft med ungdomar i samrådet men de har hoppat av efter ett tag", "Told by Linköping's development strategist at the network's meeting of 16 May 2018.")],
  },
  {
    id: "linkoping-action-plan-2018-2021",
    kind: "plan",
    subject: { kind: "actor", id: "municipality-0580" },
    text: {
      sv: "Linköpings kommun har tagit fram en reviderad handlingsplan för romsk inkludering som föreslås gälla 2018–2021.",
      en: "Linköping has drawn up a revised action plan for Roma inclusion, proposed to apply 2018–2021.",
    },
    period: { from: "2018-01-01", to: "2021-12-31" },
    decided: NOTES_KNOWN,
    sources: [
      seed(
        SEED_NETWORK_MEETING_2018,
        "Kommunen har bland annat tagit fram en reviderad handlingsplan som föreslås gälla 2018-2021",
        "Proposed, as of 16 May 2018 (\"föreslås gälla\"); the seed gives the years, not the days, so the period is the years' first and last days. Whether it would be carried through regardless of political majority \"kan man inte veta\".",
      ),
    ],
  },
  {
    id: "municipal-network-meeting-2018-11-28",
    kind: "planned-meeting",
    subject: { kind: "network", id: "municipal-network" },
    text: {
      sv: "Nästa möte med det kommunala nätverket blir den 28 november i Stockholm.",
      en: "The municipal network's next meeting is on 28 November in Stockholm.",
    },
    date: "2018-11-28",
    decided: NOTES_KNOWN,
    sources: [
      seed(
        SEED_NETWORK_MEETING_2018,
        "Nästa möte med det kommunala nätverket blir det 28 november i Stockholm",
        "Planned as of 16 May 2018 (the year is the notes'); no source records that the meeting was held.",
      ),
    ],
  },
];
