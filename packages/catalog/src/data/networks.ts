import type { FundingApplication, Network } from "@romsk-inkludering/model";
import type { NetworkPartner } from "../types.js";
import {
  decidedInYear,
  seed,
  SEED_COMMISSION_2012,
  SEED_NATIONAL_NETWORK_PROPOSAL,
  SEED_NETWORK_MEETING_2018,
  SEED_PRESENTATION_2018,
  yearOnlyNote,
} from "./sources.js";

const OCR_NOTE = "Seed 004 is OCR'd; the names are written here as spelled in Swedish.";

/**
 * The day seed 002's member list is known from. The presentation carries no
 * date of its own; it is the slide show that the notes of the network's
 * meeting of 16 May 2018 (seed 003) refer to ("se mer information i
 * bildspel "Presentation nätverksmöte maj 18""): the same speakers, the
 * Board's role and yearly report, "fler kommuner behöver börja arbeta med
 * frågan", the nulägesbeskrivning due 15 December 2018. It describes the
 * work of 2017, but no source says since when each member took part, nor
 * that any stayed on after that day: each membership is in force on the
 * presentation's day only.
 */
const PRESENTATION_DAY = "2018-05-16";

/** The first day of 2017, the year whose work the presentation of 16 May 2018 describes (seed 002, "arbetet under 2017"). */
const DESCRIBED_YEAR_START = "2017-01-01";

/** The last day a source shows the municipal network at work: its meeting of 16 May 2018 (seed 003). */
const MUNICIPAL_NETWORK_LAST_SEEN = "2018-05-16";

/**
 * The last day of what seed 004 (the Mälardalen network's proposal, written
 * in 2012 after the press release of 25 June 2012; its day is not given)
 * knows of the network: the last day of 2012, by the convention for a year
 * without a day.
 */
const MALARDALEN_LAST_KNOWN = "2012-12-31";

const PRESENTATION_NOTE =
  "Members as listed in the presentation of 16 May 2018 (seed 002, the slides \"Presentation nätverksmöte maj 18\" of seed 003), which describes the work of 2017 (\"arbetet under 2017\"). Inferred, not stated: the list describes the network's members in 2017 and on the day of the presentation, so each membership is in force from 2017-01-01 (the first day of the year described; the seed gives no day) to 2018-05-16, and is known (decided) only from 2018-05-16, the presentation's day. No source gives the day each member joined (the heading \"sedan 2012\" is the network's, not each member's) or says that any stayed on after 16 May 2018; the network itself is in force from 1 July 2012.";

/** When the municipal network's members became known: the presentation of 16 May 2018 (seeds 002 and 003). */
const MEMBERS_KNOWN = {
  on: PRESENTATION_DAY,
  sources: [
    seed(SEED_PRESENTATION_2018, "Kommunalt nätverk – sedan 2012", "The list of members, in a presentation of the work of 2017."),
    seed(
      SEED_NETWORK_MEETING_2018,
      "se mer information i bildspel ”Presentation nätverksmöte maj 18",
      "The notes of the meeting of 16 May 2018 refer to the presentation by name: the members are known from that day.",
    ),
  ],
};

/** Seed 002's list "Kommunalt nätverk – sedan 2012": 28 municipalities and 2 regions. */
const MUNICIPAL_NETWORK_MUNICIPALITIES = [
  "0127", // Botkyrka
  "0484", // Eskilstuna
  "1480", // Göteborg
  "2583", // Haparanda
  "1283", // Helsingborg
  "2580", // Luleå
  "0580", // Linköping
  "1281", // Lund
  "1280", // Malmö
  "0581", // Norrköping
  "0188", // Norrtälje
  "0480", // Nyköping
  "1081", // Ronneby
  "0191", // Sigtuna
  "2482", // Skellefteå
  "1230", // Staffanstorp
  "1490", // Borås
  "2281", // Sundsvall
  "0136", // Haninge
  "1907", // Surahammar
  "2180", // Gävle
  "0181", // Södertälje
  "0180", // Stockholm
  "0114", // Upplands Väsby
  "0380", // Uppsala
  "1487", // Vänersborg
  "1980", // Västerås
  "1880", // Örebro
];

/** The Mälardalen network, the municipal network and the proposed national network. @internal */
export const NETWORKS: Network[] = [
  {
    id: "malardalen-network",
    name: { sv: "Mälardalens nätverk", en: "The Mälardalen network" },
    status: "active",
    validFrom: "2009-01-01",
    decided: decidedInYear(2009, seed(SEED_NATIONAL_NETWORK_PROPOSAL, "Sedan 2009 har ett nätverk bestående av ett antal kommuner i Mälardalen regelbundet träffats")),
    validTo: MALARDALEN_LAST_KNOWN,
    members: ["1980", "0484", "1880", "0181", "0380"].map((code) => ({
      actorId: `municipality-${code}`,
      validFrom: "2009-01-01",
      validTo: MALARDALEN_LAST_KNOWN,
    })),
    commitments: [],
    meetingsPerYear: { min: 2, max: 3 },
    sources: [
      seed(
        SEED_NATIONAL_NETWORK_PROPOSAL,
        "Bakgrund",
        `Since 2009; five municipal members (Västerås, Eskilstuna, Örebro, Södertälje, Uppsala); municipal representatives meet two to three times a year. ${yearOnlyNote("The network's start", 2009)} The five are members from the start as far as the sources know (the proposal names no later joiner). ${OCR_NOTE}`,
      ),
      seed(
        SEED_NATIONAL_NETWORK_PROPOSAL,
        "I ett pressmeddelande från 25 juni 2012",
        "The status \"active\" is as of the 2012 proposal. No later source says the Mälardalen network went on as such: the network and its memberships end on 2012-12-31, the last day of the proposal's year (its day is not given), which marks where the sources' knowledge ends, not a known end.",
      ),
      seed(
        SEED_NETWORK_MEETING_2018,
        "Det kommunala nätverket startade redan innan strategin för romsk inkludering sjösattes",
        "The notes of 2018 say the municipal network started before the strategy (among others Eskilstuna, Uppsala and Västerås took part) and then continued under the Board: a later form of the network, recorded as the municipal network.",
      ),
    ],
  },
  {
    id: "municipal-network",
    name: { sv: "Kommunala nätverket för romsk inkludering", en: "The municipal network for Roma inclusion" },
    status: "active",
    coordinatorId: "lansstyrelsen-stockholm",
    validFrom: "2012-07-01",
    decided: decidedInYear(2012, seed(SEED_COMMISSION_2012, "Länsstyrelsen ska under våren 2012 förbereda skapandet av ett kommunalt nätverk")),
    validTo: MUNICIPAL_NETWORK_LAST_SEEN,
    members: [
      ...MUNICIPAL_NETWORK_MUNICIPALITIES.map((code) => `municipality-${code}`),
      "region-vasterbotten",
      "region-stockholm",
    ].map((actorId) => ({ actorId, validFrom: DESCRIBED_YEAR_START, validTo: PRESENTATION_DAY, decided: MEMBERS_KNOWN })),
    commitments: [],
    sources: [
      seed(
        SEED_PRESENTATION_2018,
        "Kommunalt nätverk – sedan 2012",
        `${PRESENTATION_NOTE} 28 municipalities, Region Västerbotten (see its entry on which body that name meant in 2018) and Stockholms läns landsting.`,
      ),
      seed(
        SEED_NETWORK_MEETING_2018,
        "se mer information i bildspel ”Presentation nätverksmöte maj 18",
        "The notes of the meeting of 16 May 2018 refer to the presentation by name; that meeting is the presentation's day.",
      ),
      seed(
        SEED_NETWORK_MEETING_2018,
        "Nästa möte med det kommunala nätverket blir det 28 november i Stockholm",
        "The network is in force until 2018-05-16, the last day a source shows it at work (its next meeting was planned for 28 November 2018; no source records it): where the sources' knowledge ends, not a known end.",
      ),
      seed(
        SEED_COMMISSION_2012,
        "så att nätverket kan börja fungera den 1 juli 2012",
        "The 2012 commission prepared the network to start working on 1 July 2012 and said responsibility for it should not lie with Länsstyrelsen i Stockholms län.",
      ),
      seed(
        SEED_NETWORK_MEETING_2018,
        "Nätverket fortsatte sedan i Länsstyrelsens regi men då med ett roterande ordförandeskap",
        "Started before the strategy (among others Eskilstuna, Uppsala and Västerås took part), then continued under the Board with a rotating chair; the Board invited it to a day of experience on 2018-05-16. Status as of 2018.",
      ),
    ],
  },
  {
    id: "national-network",
    name: { sv: "Nationellt nätverk för romers inkludering", en: "National network for Roma inclusion" },
    status: "proposed",
    coordinatorId: "malardalen-network",
    decided: decidedInYear(
      2012,
      seed(SEED_NATIONAL_NETWORK_PROPOSAL, "18 kommuner ansökte under våren 2012", "The proposal is undated; it tells of the spring of 2012 and cites a press release of 25 June 2012, so it was made in 2012 or later."),
    ),
    members: [],
    commitments: [
      {
        id: "participation-period",
        kind: "participation-period",
        description: {
          sv: "Deltagande kommuner förbinder sig till ett aktivt deltagande under en fyraårsperiod.",
          en: "Participating municipalities commit to active participation for a four-year period.",
        },
        params: { years: 4 },
      },
      {
        id: "activity-plan",
        kind: "activity-plan",
        description: {
          sv: "Ta fram en verksamhetsplan som visar kommunens arbete med att lyfta in strategin i kommunala styrdokument, bokslut, konsekvensanalyser och utvärderingar.",
          en: "Draw up an activity plan (verksamhetsplan) showing how the municipality brings the strategy into its governing documents, annual accounts, impact analyses and evaluations.",
        },
      },
      {
        id: "contact-person",
        kind: "contact-person",
        description: {
          sv: "Bidra med en lokal kontaktperson som inom ramen för sin tjänst aktivt medverkar i nätverkets utvecklingsarbete.",
          en: "Provide a local contact person who, as part of their post, takes an active part in the network's development work.",
        },
      },
      {
        id: "elected-representative",
        kind: "elected-representative",
        description: {
          sv: "Utse en förtroendevald på kommunstyrelse-/stadsdelsnivå som representerar kommunen vid nätverksmöten.",
          en: "Appoint an elected representative at municipal executive board or district level to represent the municipality at network meetings.",
        },
      },
      {
        id: "meetings",
        kind: "meetings",
        description: {
          sv: "Nätverksmöten där ansvariga politiker och tjänstemän deltar, ca fyra gånger per år, varav två med deltagande från förtroendevalda.",
          en: "Network meetings with the responsible politicians and officials, about four times a year, two of them with elected representatives.",
        },
        params: { meetingsPerYear: 4, meetingsWithElectedPerYear: 2 },
      },
      {
        id: "peer-review",
        kind: "peer-review",
        description: {
          sv: "Kollegial granskning av nätverkets medlemskommuner vart tredje år; varje kommun deltar i en kollegial granskning under överenskommelseperioden, ur ett tvärsektoriellt perspektiv.",
          en: "Peer review (kollegial granskning) of the member municipalities every third year; each municipality takes part in a peer review during the agreement period, from a cross-sector perspective.",
        },
        params: { everyYears: 3, atLeastOncePerPeriod: true },
      },
      {
        id: "own-costs",
        kind: "own-costs",
        description: {
          sv: "Kommunen står för egna kostnader (kost, resa och logi) när nätverket möts och för kostnader vid kollegial granskning.",
          en: "The municipality pays its own costs (meals, travel and lodging) when the network meets, and the costs of peer review.",
        },
      },
      {
        id: "roma-consultation",
        kind: "roma-consultation",
        description: {
          sv: "Det förutsätts att de i nätverket deltagande kommunerna har etablerat samråd med den romska minoriteten; hur samrådet utformas lokalt är olika.",
          en: "The participating municipalities are presumed to have established consultation with the Roma minority; how it is arranged locally differs.",
        },
      },
    ],
    sources: [
      seed(
        SEED_NATIONAL_NETWORK_PROPOSAL,
        "Initiativ och medel till nationellt nätverk för romers inkludering",
        `Proposed by the Mälardalen network in 2012, after the press release of 25 June 2012. ${OCR_NOTE}`,
      ),
      seed(SEED_NATIONAL_NETWORK_PROPOSAL, "Deltagande nätverkskommuner förbinder sig att"),
      seed(SEED_NATIONAL_NETWORK_PROPOSAL, "Engagemang och tidsomfattning"),
      seed(
        SEED_NATIONAL_NETWORK_PROPOSAL,
        "Det förutsätts att de i nätverket deltagande kommunerna har etablerat samråd med den romska minoriteten",
        `The condition of the closing words (Slutord), recorded as the commitment roma-consultation. ${OCR_NOTE}`,
      ),
    ],
  },
];

/** Actors that cooperate with a network without being members. @internal */
export const NETWORK_PARTNERS: NetworkPartner[] = [
  {
    networkId: "malardalen-network",
    actorId: "lansstyrelsen-vastmanland",
    role: {
      sv: "Har i samverkan med kommunerna organiserat kunskapsseminarier med romska representanter; beviljades tillsammans med Västerås stad medel från Delegationen för romska frågor, vilket var nätverkets upprinnelse.",
      en: "Organised knowledge seminars with Roma representatives together with the municipalities; was granted funds with the City of Västerås by the Delegation for Roma Issues, which started the network.",
    },
    sources: [seed(SEED_NATIONAL_NETWORK_PROPOSAL, "Bakgrund", OCR_NOTE)],
  },
  {
    networkId: "malardalen-network",
    actorId: "lansstyrelsen-orebro",
    role: {
      sv: "Har i samverkan med kommunerna organiserat kunskapsseminarier med romska representanter.",
      en: "Organised knowledge seminars with Roma representatives together with the municipalities.",
    },
    sources: [seed(SEED_NATIONAL_NETWORK_PROPOSAL, "Nätverket har", OCR_NOTE)],
  },
  {
    networkId: "malardalen-network",
    actorId: "lansstyrelsen-stockholm",
    role: {
      sv: "Har aktivt deltagit i nätverkets träffar utifrån sitt uppdrag att samordna och följa upp minoritetspolitiken.",
      en: "Took an active part in the network's meetings under its task of coordinating and following up the minority policy.",
    },
    sources: [seed(SEED_NATIONAL_NETWORK_PROPOSAL, "Nätverket har", OCR_NOTE)],
  },
  {
    networkId: "malardalen-network",
    actorId: "delegationen-for-romska-fragor",
    role: {
      sv: "Finansierade nätverkets upprinnelse och kunskapsseminarierna.",
      en: "Funded the network's origin and the knowledge seminars.",
    },
    sources: [seed(SEED_NATIONAL_NETWORK_PROPOSAL, "Bakgrund", OCR_NOTE)],
  },
];

const PROPOSAL_SOURCES = (locator: string) => [
  seed(SEED_NATIONAL_NETWORK_PROPOSAL, locator, `The amounts are as written in the proposal; the sum is not stated there. ${OCR_NOTE}`),
  seed(SEED_NATIONAL_NETWORK_PROPOSAL, "Medel från Länsstyrelsen i Stockholms Län"),
];

/** Seed 004's two funding proposals. @internal */
export const FUNDING_APPLICATIONS: FundingApplication[] = [
  {
    id: "national-network-proposal-1",
    applicantId: "malardalen-network",
    grantorId: "lansstyrelsen-stockholm",
    title: "Medel till nationellt nätverk för romers inkludering, förslag 1",
    totalSek: 330_000,
    budgetLines: [
      { description: "20 % tjänstemannatid per år för samordning (inkl. PO-pålägg)", amountSek: 130_000 },
      { description: "Dokumentation och spridning", amountSek: 100_000 },
      { description: "Kunskapsseminarier och konferenser", amountSek: 100_000 },
    ],
    sources: PROPOSAL_SOURCES("Förslag 1"),
  },
  {
    id: "national-network-proposal-2",
    applicantId: "malardalen-network",
    grantorId: "lansstyrelsen-stockholm",
    title: "Medel till nationellt nätverk för romers inkludering, förslag 2",
    totalSek: 230_000,
    budgetLines: [
      { description: "20 % tjänstemannatid per år (inkl. PO-pålägg)", amountSek: 130_000 },
      { description: "Dokumentation och spridning", amountSek: 100_000 },
    ],
    sources: [
      ...PROPOSAL_SOURCES("Förslag 2"),
      seed(
        SEED_NATIONAL_NETWORK_PROPOSAL,
        "Arbetande nätverket inbjuds till de kunskapsseminarier och konferenser som förväntas ske inom SKL:s uppdrag",
        "Without the seminar line: the network would attend the seminars and conferences under SKL's commission and, where possible, the Board's.",
      ),
    ],
  },
];
