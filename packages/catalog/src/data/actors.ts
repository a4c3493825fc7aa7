import type { Actor, ActorName, Source } from "@romsk-inkludering/model";
import {
  FACTS_LAW,
  FACTS_PROGRAMMES,
  FACTS_STRATEGY,
  facts,
  OPEN_START,
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

/** A rename on the first day of `year` (the sources give only the year). */
function renamed(
  year: number,
  before: { sv: string; en: string; short?: string },
  after: { sv: string; en: string; short?: string },
  sources: Source[],
): ActorName[] {
  const value = (n: { sv: string; en: string; short?: string }) => ({
    name: { sv: n.sv, en: n.en },
    ...(n.short === undefined ? {} : { short: n.short }),
  });
  const note = yearOnlyNote(`${before.sv} -> ${after.sv}`, year);
  const dated = sources.map((s) => ({ ...s, note: s.note === undefined ? note : `${s.note} ${note}` }));
  return [
    { validFrom: OPEN_START, validTo: `${year - 1}-12-31`, value: value(before), sources: dated },
    { validFrom: `${year}-01-01`, value: value(after), sources: dated },
  ];
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
    names: renamed(
      2014,
      { sv: "Statens folkhälsoinstitut", en: "Swedish National Institute of Public Health", short: "FHI" },
      { sv: "Folkhälsomyndigheten", en: "Public Health Agency of Sweden" },
      [RENAMES],
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
      [RENAMES],
    ),
    sources: [seed(SEED_COMMISSION_2012, "Datainspektionen"), RENAMES],
  },
  {
    id: "mucf",
    kind: "agency",
    names: renamed(
      2014,
      { sv: "Ungdomsstyrelsen", en: "Swedish National Board for Youth Affairs" },
      { sv: "Myndigheten för ungdoms- och civilsamhällesfrågor", en: "Swedish Agency for Youth and Civil Society", short: "MUCF" },
      [RENAMES],
    ),
    sources: [seed(SEED_PILOT_PAGE, "Under 2010-2012 har Ungdomsstyrelsen i uppdrag"), RENAMES],
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
    names: renamed(
      2019,
      { sv: "Sveriges Kommuner och Landsting", en: "Swedish Association of Local Authorities and Regions", short: "SKL" },
      { sv: "Sveriges Kommuner och Regioner", en: "Swedish Association of Local Authorities and Regions", short: "SKR" },
      [RENAMES],
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
    names: always("Region Västerbotten", "Region Västerbotten"),
    countyCode: "24",
    sources: [
      seed(
        SEED_PRESENTATION_2018,
        "Kommunalt nätverk – sedan 2012",
        "Named Region Västerbotten in the presentation of 2017–2018; FACTS dates landsting -> regioner to 2020 in general; an earlier name of this county council is not in the sources.",
      ),
    ],
  },
  {
    id: "region-stockholm",
    kind: "region",
    names: [
      {
        validFrom: OPEN_START,
        validTo: "2019-12-31",
        value: { name: { sv: "Stockholms läns landsting", en: "Stockholm County Council" }, short: "SLL" },
      },
      {
        validFrom: "2020-01-01",
        value: { name: { sv: "Region Stockholm", en: "Region Stockholm" } },
        sources: [
          facts(
            FACTS_PROGRAMMES,
            `Renamed actors: landsting -> regioner (2020). ${yearOnlyNote("Stockholms läns landsting -> Region Stockholm", 2020)} The sources give no separate date for Stockholm.`,
          ),
        ],
      },
    ],
    countyCode: "01",
    sources: [seed(SEED_PRESENTATION_2018, "Stockholms läns landsting"), RENAMES],
  },
  // Networks as actors (the applicant of seed 004's funding proposals)
  {
    id: "malardalen-network",
    kind: "network",
    names: [{ validFrom: "2009-01-01", value: { name: { sv: "Mälardalens nätverk", en: "The Mälardalen network" } } }],
    validFrom: "2009-01-01",
    sources: [
      seed(
        SEED_NATIONAL_NETWORK_PROPOSAL,
        "Sedan 2009 har ett nätverk bestående av ett antal kommuner i Mälardalen regelbundet träffats",
        yearOnlyNote("The network's start", 2009),
      ),
    ],
  },
];
