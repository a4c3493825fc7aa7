import type { Actor, ActorName, Decided, Source } from "@romsk-inkludering/model";
import {
  FACTS_DATES_CHECKED,
  FACTS_LAW,
  FACTS_PROGRAMMES,
  FACTS_STRATEGY,
  facts,
  OPEN_START,
  RENAME_SOURCES,
  seed,
  SEED_COMMISSION_2012,
  SEED_NATIONAL_NETWORK_PROPOSAL,
  SEED_NETWORK_MEETING_2018,
  SEED_PILOT_PAGE,
  SEED_PRESENTATION_2018,
  url,
  yearOnlyNote,
} from "./sources.js";

/** One name in force from before anything the sources date. */
function always(sv: string, en: string, short?: string): ActorName[] {
  return [{ validFrom: OPEN_START, value: { name: { sv, en }, ...(short === undefined ? {} : { short }) } }];
}

/**
 * A rename on a day the sources give: the old name up to `day.lastOld`,
 * the new one from `day.firstNew` (the next day; both written out, as the
 * data modules do no date arithmetic); `sources` (with the note that quotes
 * the day) go on both names, and `decided` (when the rename was decided or
 * became known, with its own sources) on the new one.
 */
function renamedOn(
  day: { lastOld: string; firstNew: string },
  before: { sv: string; en: string; short?: string },
  after: { sv: string; en: string; short?: string },
  sources: Source[],
  decided: Decided,
): ActorName[] {
  const value = (n: { sv: string; en: string; short?: string }) => ({
    name: { sv: n.sv, en: n.en },
    ...(n.short === undefined ? {} : { short: n.short }),
  });
  return [
    { validFrom: OPEN_START, validTo: day.lastOld, value: value(before), sources },
    { validFrom: day.firstNew, value: value(after), sources, decided },
  ];
}

/**
 * Where no source gives the day a rename was decided: it is known from the
 * day it took effect (the documented convention; it cannot have been
 * unknown after that), said so in each source's note.
 */
function knownWhenInEffect(firstNew: string, sources: Source[], precision?: Decided["precision"]): Decided {
  const note = `No source here gives the day the rename was decided or announced, so it is known from the day it took effect (${firstNew}).`;
  return {
    on: firstNew,
    ...(precision === undefined ? {} : { precision }),
    sources: sources.map((s) => ({ ...s, note: s.note === undefined ? note : `${s.note} ${note}` })),
  };
}

/** A rename on the first day of `year` (the sources give only the year), said so in each source's note; known from that day. */
function renamed(
  year: number,
  before: { sv: string; en: string; short?: string },
  after: { sv: string; en: string; short?: string },
  sources: Source[],
): ActorName[] {
  const note = yearOnlyNote(`${before.sv} -> ${after.sv}`, year);
  const dated = sources.map((s) => ({ ...s, note: s.note === undefined ? note : `${s.note} ${note}` }));
  return renamedOn({ lastOld: `${year - 1}-12-31`, firstNew: `${year}-01-01` }, before, after, dated, knownWhenInEffect(`${year}-01-01`, dated, "year"));
}

const RENAMES = facts(FACTS_PROGRAMMES, "Renamed actors.");

/** The government, ministries, county administrative boards, agencies, regions, organisations and networks named in the sources (municipalities are in municipalities.ts). @internal */
export const ACTORS: Actor[] = [
  // The government and its offices
  {
    id: "regeringen",
    kind: "government",
    names: always("Regeringen", "The Government of Sweden"),
    sources: [seed(SEED_PILOT_PAGE, "Regeringen beslutade 10 april 2012"), facts(FACTS_STRATEGY)],
  },
  {
    id: "regeringskansliet",
    kind: "government",
    names: always("Regeringskansliet", "Government Offices of Sweden"),
    parentId: "regeringen",
    sources: [seed(SEED_COMMISSION_2012, "Regeringskansliet (Arbetsmarknadsdepartementet)"), seed(SEED_NETWORK_MEETING_2018, "Regeringskansliet (Kulturdepartementet)")],
  },
  {
    id: "arbetsmarknadsdepartementet",
    kind: "ministry",
    names: always("Arbetsmarknadsdepartementet", "Ministry of Employment"),
    parentId: "regeringskansliet",
    sources: [
      seed(SEED_COMMISSION_2012, "Regeringskansliet (Arbetsmarknadsdepartementet)"),
      seed(SEED_NATIONAL_NETWORK_PROPOSAL, "den av Arbetsmarknadsdepartementet utlysta pilotverksamheten"),
      facts(FACTS_STRATEGY, "The strategy was decided in Arbetsmarknadsdepartementet; responsible until the turn of 2014/15."),
    ],
  },
  {
    id: "kulturdepartementet",
    kind: "ministry",
    names: always("Kulturdepartementet", "Ministry of Culture"),
    parentId: "regeringskansliet",
    sources: [
      seed(SEED_NETWORK_MEETING_2018, "Regeringskansliet (Kulturdepartementet) om aktuella insatser inom strategin"),
      facts(FACTS_PROGRAMMES, "Responsible for the strategy from the turn of 2014/15."),
    ],
  },
  // County administrative boards
  {
    id: "lansstyrelsen-stockholm",
    kind: "county-administrative-board",
    names: always("Länsstyrelsen i Stockholms län", "County Administrative Board of Stockholm"),
    countyCode: "01",
    sources: [
      seed(SEED_COMMISSION_2012, "Länsstyrelsen i Stockholms län ska samordna och följa pilotverksamheten"),
      seed(SEED_PRESENTATION_2018, "Uppföljningsmyndighet för minoritetspolitiken"),
      facts(FACTS_PROGRAMMES, "Coordination and follow-up since 2012."),
      facts(FACTS_LAW, "Follow-up authority under lag (2009:724), with Sametinget."),
    ],
  },
  {
    id: "lansstyrelsen-vastmanland",
    kind: "county-administrative-board",
    names: always("Länsstyrelsen i Västmanlands län", "County Administrative Board of Västmanland"),
    countyCode: "19",
    sources: [
      seed(
        SEED_NATIONAL_NETWORK_PROPOSAL,
        "Bakgrund",
        "The OCR'd text reads \"Liansstyrelsen i Vidstmanland\" and \"lansstyrelser i Vastmanland Lén\": Länsstyrelsen i Västmanlands län.",
      ),
    ],
  },
  {
    id: "lansstyrelsen-orebro",
    kind: "county-administrative-board",
    names: always("Länsstyrelsen i Örebro län", "County Administrative Board of Örebro"),
    countyCode: "18",
    sources: [seed(SEED_NATIONAL_NETWORK_PROPOSAL, "Nätverket har", "The OCR'd text reads \"Orebro Lén\": Örebro län.")],
  },
  // State agencies
  {
    id: "skolverket",
    kind: "agency",
    names: always("Statens skolverk", "Swedish National Agency for Education", "Skolverket"),
    sources: [
      seed(SEED_COMMISSION_2012, "Statens skolverk"),
      seed(SEED_PILOT_PAGE, "Skolverket, Arbetsförmedlingen och SKL har uppdrag kopplade till satsningen"),
      seed(SEED_NETWORK_MEETING_2018, "Skolverket"),
    ],
  },
  {
    id: "arbetsformedlingen",
    kind: "agency",
    names: always("Arbetsförmedlingen", "Swedish Public Employment Service", "AF"),
    sources: [
      seed(SEED_COMMISSION_2012, "Arbetsförmedlingen"),
      seed(SEED_PILOT_PAGE, "Arbetsförmedlingen ska bland annat sprida information"),
      seed(SEED_PRESENTATION_2018, "i samverkan med AF"),
    ],
  },
  {
    id: "boverket",
    kind: "agency",
    names: always("Boverket", "Swedish National Board of Housing, Building and Planning"),
    sources: [seed(SEED_COMMISSION_2012, "Boverket"), seed(SEED_PRESENTATION_2018, "Nulägesbeskrivning")],
  },
  {
    id: "socialstyrelsen",
    kind: "agency",
    names: always("Socialstyrelsen", "National Board of Health and Welfare"),
    sources: [seed(SEED_COMMISSION_2012, "Socialstyrelsen"), seed(SEED_PRESENTATION_2018, "Nulägesbeskrivning")],
  },
  {
    id: "folkhalsomyndigheten",
    kind: "agency",
    names: renamedOn(
      { lastOld: "2013-12-31", firstNew: "2014-01-01" },
      { sv: "Statens folkhälsoinstitut", en: "Swedish National Institute of Public Health", short: "FHI" },
      { sv: "Folkhälsomyndigheten", en: "Public Health Agency of Sweden" },
      [
        facts(FACTS_PROGRAMMES, "Renamed actors: Statens folkhälsoinstitut -> Folkhälsomyndigheten (2014). FACTS gives the year only."),
        {
          ...RENAME_SOURCES.folkhalsomyndigheten,
          note: `${RENAME_SOURCES.folkhalsomyndigheten.note} The day, 2014-01-01, is the agency's own; strictly a merger of two agencies into a new one, kept as one actor under two names.`,
        },
      ],
      knownWhenInEffect("2014-01-01", [RENAME_SOURCES.folkhalsomyndigheten]),
    ),
    sources: [
      seed(SEED_COMMISSION_2012, "Statens folkhälsoinstitut"),
      seed(SEED_PRESENTATION_2018, "Folkhälsomyndigheten"),
      RENAMES,
    ],
  },
  {
    id: "diskrimineringsombudsmannen",
    kind: "agency",
    names: always("Diskrimineringsombudsmannen", "Equality Ombudsman", "DO"),
    sources: [seed(SEED_COMMISSION_2012, "Diskrimineringsombudsmannen"), seed(SEED_PILOT_PAGE, "Språkrådet och DO")],
  },
  {
    id: "scb",
    kind: "agency",
    names: always("Statistiska centralbyrån", "Statistics Sweden", "SCB"),
    sources: [seed(SEED_COMMISSION_2012, "Statistiska centralbyrån")],
  },
  {
    id: "imy",
    kind: "agency",
    names: renamed(
      2021,
      { sv: "Datainspektionen", en: "Swedish Data Protection Authority" },
      { sv: "Integritetsskyddsmyndigheten", en: "Swedish Authority for Privacy Protection", short: "IMY" },
      [RENAMES, RENAME_SOURCES.imy],
    ),
    sources: [seed(SEED_COMMISSION_2012, "Datainspektionen"), RENAMES],
  },
  {
    id: "mucf",
    kind: "agency",
    names: renamedOn(
      { lastOld: "2014-03-31", firstNew: "2014-04-01" },
      { sv: "Ungdomsstyrelsen", en: "Swedish National Board for Youth Affairs" },
      { sv: "Myndigheten för ungdoms- och civilsamhällesfrågor", en: "Swedish Agency for Youth and Civil Society", short: "MUCF" },
      [
        facts(
          FACTS_DATES_CHECKED,
          "Ungdomsstyrelsen -> MUCF: announced Feb 2014; a press item of 18 Feb 2014 gives the new name \"from 1 april 2014\" (not 1 Jan 2014, the year-only convention used before).",
        ),
        RENAME_SOURCES.mucf,
      ],
      {
        on: "2014-02-18",
        sources: [{ ...RENAME_SOURCES.mucf, note: `${RENAME_SOURCES.mucf.note} The press item of 18 Feb 2014 announces the new name: known by that day (FACTS.md: "announced Feb 2014").` }],
      },
    ),
    sources: [
      seed(SEED_PILOT_PAGE, "Under 2010-2012 har Ungdomsstyrelsen i uppdrag"),
      RENAMES,
      facts(
        FACTS_DATES_CHECKED,
        "On 20 June 2024 the government asked MUCF to analyse taking over Länsstyrelsen i Stockholms län's tasks within minority policy (follow-up, coordination, grants; not Sametinget's), report by 15 Oct 2024; no transfer date is confirmed.",
      ),
    ],
  },
  {
    id: "sprakradet",
    kind: "agency",
    names: always("Språkrådet", "Language Council of Sweden"),
    sources: [seed(SEED_PILOT_PAGE, "Andra myndigheter som Språkrådet och DO har inget specifikt uppdrag")],
  },
  {
    id: "forsakringskassan",
    kind: "agency",
    names: always("Försäkringskassan", "Swedish Social Insurance Agency"),
    sources: [seed(SEED_NETWORK_MEETING_2018, "Försäkringskassan har haft i uppdrag i sina regleringsbrev att samråda med de nationella minoriteterna")],
  },
  {
    id: "pensionsmyndigheten",
    kind: "agency",
    names: always("Pensionsmyndigheten", "Swedish Pensions Agency"),
    sources: [seed(SEED_NETWORK_MEETING_2018, "tillsammans med Arbetsförmedlingen, Pensionsmyndigheten och Skatteverket")],
  },
  {
    id: "skatteverket",
    kind: "agency",
    names: always("Skatteverket", "Swedish Tax Agency"),
    sources: [seed(SEED_NETWORK_MEETING_2018, "tillsammans med Arbetsförmedlingen, Pensionsmyndigheten och Skatteverket")],
  },
  {
    id: "statskontoret",
    kind: "agency",
    names: always("Statskontoret", "Swedish Agency for Public Management"),
    sources: [
      seed(SEED_NETWORK_MEETING_2018, "denna punkt ersatte Statskontorets del"),
      facts(FACTS_PROGRAMMES, "Evaluation: Statskontoret 2018:13."),
    ],
  },
  {
    id: "forum-for-levande-historia",
    kind: "agency",
    names: always("Forum för levande historia", "Living History Forum"),
    sources: [
      url(
        "https://www.levandehistoria.se/fakta-fordjupning/antiziganism",
        "Forum för levande historia: Antiziganism",
        "The agency's own page on antiziganism and Roma history; the seeds and FACTS do not name the agency.",
      ),
    ],
  },
  {
    id: "sametinget",
    kind: "agency",
    names: always("Sametinget", "Sami Parliament"),
    sources: [
      facts(FACTS_LAW, "Follow-up authorities: Länsstyrelsen i Stockholms län and Sametinget."),
      seed(SEED_PILOT_PAGE, "Sametinget ansvarar för minoritet.se"),
    ],
  },
  // Associations, academia, EU
  {
    id: "skr",
    kind: "other",
    names: renamedOn(
      { lastOld: "2019-11-26", firstNew: "2019-11-27" },
      { sv: "Sveriges Kommuner och Landsting", en: "Swedish Association of Local Authorities and Regions", short: "SKL" },
      { sv: "Sveriges Kommuner och Regioner", en: "Swedish Association of Local Authorities and Regions", short: "SKR" },
      [
        facts(
          FACTS_DATES_CHECKED,
          "SKL -> SKR: the congress in Linköping decided the new name on 27 Nov 2019, with immediate effect (not 1 Jan 2019, the year-only convention used before). The English name (SALAR) did not change.",
        ),
        RENAME_SOURCES.skr,
      ],
      { on: "2019-11-27", sources: [RENAME_SOURCES.skr] },
    ),
    sources: [
      seed(SEED_COMMISSION_2012, "Sveriges Kommuner och Landsting"),
      seed(SEED_PILOT_PAGE, "SKL ska stödja pilotkommuner att utveckla samrådsformer för romsk inkludering"),
      RENAMES,
    ],
  },
  {
    id: "sodertorns-hogskola",
    kind: "academia",
    names: always("Södertörns högskola", "Södertörn University"),
    sources: [seed(SEED_PILOT_PAGE, "Södertörns högskola fick i slutet av oktober 2012 i uppdrag")],
  },
  {
    id: "raoul-wallenberg-institutet",
    kind: "academia",
    names: always("Raoul Wallenberg Institutet", "Raoul Wallenberg Institute of Human Rights and Humanitarian Law"),
    sources: [seed(SEED_PILOT_PAGE, "Extern utvärderare")],
  },
  {
    id: "linkopings-universitet",
    kind: "academia",
    names: always("Linköpings universitet", "Linköping University"),
    sources: [seed(SEED_NETWORK_MEETING_2018, "en utvärdering som två följeforskare från Linköpings universitet gjort")],
  },
  {
    id: "fra",
    kind: "eu-body",
    names: always("Europeiska unionens byrå för grundläggande rättigheter", "European Union Agency for Fundamental Rights", "FRA"),
    sources: [
      seed(
        SEED_NETWORK_MEETING_2018,
        "Europeiska byrån för mänskliga rättigheter, Fundamental Rights Agency (FRA)",
        "The seed calls it \"Europeiska byrån för mänskliga rättigheter\"; the name used here is the agency's Swedish name.",
      ),
    ],
  },
  {
    id: "kompetenscentret-mellersta-finland",
    kind: "other",
    names: always(
      "Kompetenscentret inom det sociala området i Mellersta Finland",
      "Centre of Expertise on Social Welfare in Central Finland",
    ),
    sources: [seed(SEED_NETWORK_MEETING_2018, "Kompetenscentret inom det sociala området i Mellersta Finland")],
  },
  {
    id: "ipsos",
    kind: "other",
    names: always("Ipsos", "Ipsos"),
    sources: [seed(SEED_NETWORK_MEETING_2018, "Ipsos om intervjustudie")],
  },
  {
    id: "allmanna-arvsfonden",
    kind: "other",
    names: always("Allmänna arvsfonden", "Swedish Inheritance Fund"),
    sources: [seed(SEED_NETWORK_MEETING_2018, "Allmänna arvsfonden finansierar projektet")],
  },
  {
    id: "emerga",
    kind: "other",
    names: always("Emerga", "Emerga"),
    sources: [seed(SEED_PRESENTATION_2018, "Processtöd i rättighetsbaserat arbetssätt till utvecklingskommuner (Emerga)")],
  },
  // Roma organisations and bodies
  {
    id: "romska-ungdomsforbundet",
    kind: "roma-organisation",
    names: always("Romska ungdomsförbundet", "Roma Youth Federation"),
    sources: [seed(SEED_NETWORK_MEETING_2018, "Romska ungdomsförbundet om projekt med romska hälsoinspiratörer och en romsk app")],
  },
  {
    id: "romano-center-i-vast",
    kind: "other",
    names: [
      {
        validFrom: OPEN_START,
        validTo: "2017-12-31",
        value: { name: { sv: "Romskt informations- och kunskapscenter", en: "Roma Information and Knowledge Centre" } },
      },
      {
        validFrom: "2018-01-01",
        value: { name: { sv: "Romano center i Väst", en: "Romano Center in West Sweden" } },
        sources: [
          seed(
            SEED_NETWORK_MEETING_2018,
            "Romano center i Väst (tidigare romskt informations- och kunskapscenter i Göteborg)",
            "The notes of 2018-05-16 call it newly started under its new name; the date of the rename is not in the sources, so 2018-01-01 (the first day of the year of the notes) is used.",
          ),
        ],
        decided: {
          on: "2018-05-16",
          sources: [
            seed(
              SEED_NETWORK_MEETING_2018,
              "Romano center i Väst (tidigare romskt informations- och kunskapscenter i Göteborg)",
              "The notes of the network meeting of 16 May 2018 are the first source that gives the new name: the rename is known from that day, so before it the old name still applies.",
            ),
          ],
        },
      },
    ],
    parentId: "municipality-1480",
    sources: [
      seed(
        SEED_NETWORK_MEETING_2018,
        "Romano center i Väst (tidigare romskt informations- och kunskapscenter i Göteborg)",
        "A unit of Göteborgs stad that also works with the surrounding municipalities.",
      ),
    ],
  },
  {
    id: "romska-radet-goteborg",
    kind: "other",
    names: always("Romska rådet i Göteborg", "Roma Council of Gothenburg"),
    parentId: "municipality-1480",
    sources: [seed(SEED_NETWORK_MEETING_2018, "har godkänts av det romska rådet i Göteborg")],
  },
  {
    id: "romsk-referensgrupp-kulturdepartementet",
    kind: "other",
    names: always("Kulturdepartementets romska referensgrupp", "The Ministry of Culture's Roma reference group"),
    parentId: "kulturdepartementet",
    sources: [
      seed(
        SEED_NETWORK_MEETING_2018,
        "Kulturdepartementet arbetar tillsammans med en romsk referensgrupp som består av 20 personer",
        "About 20 members; meets a few times a year.",
      ),
    ],
  },
  {
    id: "delegationen-for-romska-fragor",
    kind: "other",
    names: always("Delegationen för romska frågor", "Delegation for Roma Issues"),
    sources: [
      seed(
        SEED_NATIONAL_NETWORK_PROPOSAL,
        "dåvarande Delegationen för romska frågor",
        "Called \"dåvarande\" (then) in the 2012 proposal; the delegation's dates are not in the sources.",
      ),
    ],
  },
  // Regions (landsting until 2020)
  {
    id: "region-vasterbotten",
    kind: "region",
    names: renamedOn(
      { lastOld: "2018-12-31", firstNew: "2019-01-01" },
      { sv: "Västerbottens läns landsting", en: "Västerbotten County Council" },
      { sv: "Region Västerbotten", en: "Region Västerbotten" },
      [
        facts(
          FACTS_DATES_CHECKED,
          "Landsting -> regioner: the last seven landsting became regions on 1 Jan 2019. The kommunallag's terminology change is 2020 (used here before); it is not the rename date.",
        ),
        RENAME_SOURCES.regions2019,
        RENAME_SOURCES.vasterbotten,
      ],
      knownWhenInEffect("2019-01-01", [RENAME_SOURCES.regions2019, RENAME_SOURCES.vasterbotten]),
    ),
    countyCode: "24",
    sources: [
      seed(
        SEED_PRESENTATION_2018,
        "Kommunalt nätverk – sedan 2012",
        "The presentation (2018) lists \"Region Västerbotten\" in the municipal network. Before 2019 that name was borne by the regionförbund, the cooperation body of the county's municipalities and the landsting, which merged with Västerbottens läns landsting into today's Region Västerbotten on 1 Jan 2019; the seed does not say which body took part. The catalog records the county council (county code 24), the region of the same name since 2019, and names it Västerbottens läns landsting before that day.",
      ),
      RENAME_SOURCES.vasterbotten,
    ],
  },
  {
    id: "region-stockholm",
    kind: "region",
    names: renamedOn(
      { lastOld: "2018-12-31", firstNew: "2019-01-01" },
      { sv: "Stockholms läns landsting", en: "Stockholm County Council", short: "SLL" },
      { sv: "Region Stockholm", en: "Region Stockholm" },
      [
        facts(
          FACTS_DATES_CHECKED,
          "Landsting -> regioner: the last seven landsting (Stockholm among them) became regions on 1 Jan 2019 (Stockholms läns landsting -> Region Stockholm), not 1 Jan 2020 (the kommunallag's terminology change, used here before).",
        ),
        RENAME_SOURCES.regions2019,
      ],
      knownWhenInEffect("2019-01-01", [RENAME_SOURCES.regions2019]),
    ),
    countyCode: "01",
    sources: [seed(SEED_PRESENTATION_2018, "Stockholms läns landsting"), RENAMES],
  },
  // Networks as actors (the applicant of seed 004's funding proposals)
  {
    id: "malardalen-network",
    kind: "network",
    names: [{ validFrom: "2009-01-01", validTo: "2012-12-31", value: { name: { sv: "Mälardalens nätverk", en: "The Mälardalen network" } } }],
    validFrom: "2009-01-01",
    validTo: "2012-12-31",
    sources: [
      seed(
        SEED_NATIONAL_NETWORK_PROPOSAL,
        "Sedan 2009 har ett nätverk bestående av ett antal kommuner i Mälardalen regelbundet träffats",
        `${yearOnlyNote("The network's start", 2009)} The end, 2012-12-31, is the last day of the proposal's year (2012, its day not given): where the sources' knowledge of the network ends, not a known end (see the network's entry).`,
      ),
    ],
  },
];
