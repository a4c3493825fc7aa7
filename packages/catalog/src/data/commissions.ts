import type { Commission, PartyRef } from "@romsk-inkludering/model";
import {
  decidedInYear,
  decidedOn,
  decision,
  FACTS_PROGRAMMES,
  facts,
  publication,
  seed,
  SEED_COMMISSION_2012,
  SEED_NATIONAL_NETWORK_PROPOSAL,
  SEED_NETWORK_MEETING_2018,
  SEED_PILOT_PAGE,
  SEED_PRESENTATION_2018,
  url,
} from "./sources.js";

const actor = (actorId: string): PartyRef => ({ kind: "actor", actorId });
const PILOT_MUNICIPALITIES: PartyRef = { kind: "programme-municipalities", programmeId: "pilot-2012-2015" };
const ROMA_REPRESENTATIVES: PartyRef = { kind: "role", role: "roma-representatives" };
const ROMA_EXPERTS: PartyRef = { kind: "role", role: "roma-experts" };

const YEARS_ONLY = (years: string) =>
  `The decision's exact date is not in the sources; the period is the years the sources name (${years}), from the first day of the first year to the last day of the last.`;

/** Seed 000: the 2012 commission to Länsstyrelsen i Stockholms län. */
const LST_2012: Commission = {
  id: "lansstyrelsen-stockholm-2012",
  title: {
    sv: "Uppdrag till Länsstyrelsen i Stockholms län 2012: uppföljningssystem, pilotverksamhet och kommunalt nätverk",
    en: "Commission to the County Administrative Board of Stockholm 2012: follow-up system, pilot programme and municipal network",
  },
  issuerId: "regeringen",
  assigneeId: "lansstyrelsen-stockholm",
  decisions: [
    { number: "A2009/2285/DISK", kind: "earlier" },
    { number: "A2010/2210/DISK", kind: "earlier" },
  ],
  period: { from: "2012-01-01", to: "2015-12-31" },
  decided: decidedInYear(2012, seed(SEED_COMMISSION_2012, "pilotverksamheten för romsk inkludering i fem kommuner under 2012–2015")),
  parts: [
    {
      id: "groundwork",
      title: {
        sv: "Underlag för ett nationellt uppföljningssystem",
        en: "Groundwork for a national follow-up system",
      },
      description: {
        sv: "Som ett första steg för att bygga upp ett nationellt uppföljningssystem ska Länsstyrelsen ta fram ett underlag som översiktligt behandlar metoder för att inhämta information om romers situation avseende utbildning, bostad, hälsa och social omsorg och trygghet för nulägesbeskrivningar i pilotkommunerna, möjligheter till samordning och annat samarbete för att samla in informationen, samt en uppskattning av kostnaderna.",
        en: "As a first step towards a national follow-up system, the Board prepares groundwork that outlines methods for gathering information on the situation of Roma in education, housing, health, social care and safety for baseline descriptions in the pilot municipalities, the possibilities of coordination and other cooperation in gathering it, and an estimate of the costs.",
      },
      consultations: [
        {
          mode: "dialogue",
          parties: [
            actor("skolverket"),
            actor("boverket"),
            actor("folkhalsomyndigheten"),
            actor("socialstyrelsen"),
            actor("diskrimineringsombudsmannen"),
            actor("scb"),
            actor("imy"),
          ],
          sources: [
            seed(
              SEED_COMMISSION_2012,
              "i dialog med Statens skolverk, Boverket, Statens folkhälsoinstitut, Socialstyrelsen, Diskrimineringsombudsmannen, Statistiska centralbyrån och Datainspektionen",
              "Statens folkhälsoinstitut and Datainspektionen are the actors folkhalsomyndigheten and imy under their names of 2012.",
            ),
          ],
        },
        {
          mode: "consultation",
          parties: [actor("arbetsmarknadsdepartementet"), PILOT_MUNICIPALITIES, ROMA_REPRESENTATIVES, ROMA_EXPERTS],
          sources: [
            seed(
              SEED_COMMISSION_2012,
              "i samråd med Regeringskansliet (Arbetsmarknadsdepartementet) och de kommuner som ska ingå i pilotverksamheten samt lokala romska företrädare och sakkunniga",
            ),
          ],
        },
      ],
      deliverables: [
        {
          id: "groundwork-report",
          kind: "report",
          title: {
            sv: "Redovisning av underlaget för ett nationellt uppföljningssystem",
            en: "Report on the groundwork for a national follow-up system",
          },
          recipientId: "arbetsmarknadsdepartementet",
          due: { kind: "fixed", date: "2012-09-01" },
          // Seed 000: "metoder för inhämtande av information ... Vidare ska underlaget behandla möjligheter till samordning och annat samarbete för att samla in informationen samt en uppskattning av kostnaderna".
          requiredContent: ["methods", "area-coverage", "cost-estimate", "coordination-options"],
          amendments: [],
          sources: [
            seed(
              SEED_COMMISSION_2012,
              "En redovisning av deluppdraget ska lämnas till Regeringskansliet (Arbetsmarknadsdepartementet) senast den 1 september 2012",
            ),
          ],
        },
      ],
      sources: [seed(SEED_COMMISSION_2012, "Som ett första steg för att bygga upp ett nationellt uppföljningssystem")],
    },
    {
      id: "pilot-coordination",
      title: { sv: "Samordna och följa pilotverksamheten", en: "Coordinate and follow the pilot programme" },
      description: {
        sv: "Samordna och följa pilotverksamheten i fem kommuner 2012–2015: utveckla formerna för samarbetet, återkommande ordna möten med kommuner, myndigheter, SKL, lokala romska representanter och romska sakkunniga, ansvara för en extern utvärdering, finna former för att sprida erfarenheterna, och kontinuerligt informera Regeringskansliet (Arbetsmarknadsdepartementet).",
        en: "Coordinate and follow the pilot programme in five municipalities 2012–2015: develop the forms of cooperation, hold recurring meetings with the municipalities, agencies, SKL, local Roma representatives and Roma experts, see to an external evaluation, find ways to spread the experience, and keep the Government Offices (Ministry of Employment) informed.",
      },
      period: { from: "2012-01-01", to: "2015-12-31" },
      consultations: [
        {
          mode: "together",
          parties: [
            PILOT_MUNICIPALITIES,
            actor("skolverket"),
            actor("arbetsformedlingen"),
            actor("diskrimineringsombudsmannen"),
            actor("skr"),
          ],
          sources: [
            seed(
              SEED_COMMISSION_2012,
              "att utveckla formerna för samarbetet i pilotverksamheten tillsammans med deltagande kommuner, Statens skolverk, Arbetsförmedlingen, Diskrimineringsombudsmannen och Sveriges Kommuner och Landsting",
            ),
          ],
        },
        {
          mode: "consultation",
          parties: [ROMA_REPRESENTATIVES, ROMA_EXPERTS],
          sources: [
            seed(SEED_COMMISSION_2012, "För genomförandet av detta deluppdrag ska myndigheten samråda med lokala romska företrädare och sakkunniga"),
          ],
        },
      ],
      deliverables: [
        {
          id: "pilot-status-report",
          kind: "status-report",
          title: { sv: "Lägesrapport om pilotverksamheten", en: "Status report on the pilot programme" },
          recipientId: "arbetsmarknadsdepartementet",
          due: { kind: "yearly", month: 4, day: 15, fromYear: 2013, toYear: 2015 },
          requiredContent: ["problem-analysis", "proposed-measures"],
          amendments: [],
          sources: [
            seed(
              SEED_COMMISSION_2012,
              "Länsstyrelsen ska årligen under 2013–2015 senast den 15 april till Regeringskansliet (Arbetsmarknadsdepartementet) lämna en lägesrapport om pilotverksamheten med en analys av eventuella problem och förslag till åtgärder",
              "The commission names Arbetsmarknadsdepartementet for all three years; the ministry responsible for the strategy changed to Kulturdepartementet at the turn of 2014/15 (FACTS).",
            ),
          ],
        },
      ],
      sources: [seed(SEED_COMMISSION_2012, "Pilotverksamhet"), seed(SEED_PILOT_PAGE, "Avslutad pilotverksamhet")],
    },
    {
      id: "contacts-until-july-2012",
      title: {
        sv: "Förmedla kontakter mellan den romska minoriteten och myndigheter till den 1 juli 2012",
        en: "Mediate contacts between the Roma minority and agencies until 1 July 2012",
      },
      description: {
        sv: "Fortsätta förmedla kontakter enligt tidigare uppdrag 2010 och 2011, utan råd- och stödverksamhet, och under våren 2012 informera myndigheter, kommuner, organisationer och romska representanter om att deluppdraget upphör efter den 1 juli 2012.",
        en: "Continue to mediate contacts under the earlier commissions of 2010 and 2011, without advice and support activities, and during spring 2012 inform agencies, municipalities, organisations and Roma representatives that this part ends after 1 July 2012.",
      },
      period: { from: "2012-01-01", to: "2012-07-01" },
      consultations: [],
      deliverables: [],
      sources: [seed(SEED_COMMISSION_2012, "Övrigt")],
    },
    {
      id: "municipal-support-until-july-2012",
      title: {
        sv: "Stöd till kommuner med pågående utvecklingsarbete till den 1 juli 2012",
        en: "Support to municipalities with ongoing development work until 1 July 2012",
      },
      period: { from: "2012-01-01", to: "2012-07-01" },
      consultations: [],
      deliverables: [],
      sources: [
        seed(
          SEED_COMMISSION_2012,
          "fram till den 1 juli 2012 fortsätta att ge stöd till de kommuner som påbörjat ett utvecklingsarbete",
        ),
      ],
    },
    {
      id: "municipal-network-preparation",
      title: {
        sv: "Förbereda ett kommunalt nätverk för erfarenhetsutbyte och kunskapsuppbyggnad",
        en: "Prepare a municipal network for exchange of experience and building of knowledge",
      },
      description: {
        sv: "Under våren 2012 förbereda ett nätverk mellan pilotkommunerna och andra intresserade kommuner så att det kan börja fungera den 1 juli 2012, och bestämma var ansvaret för nätverket ska ligga (inte hos Länsstyrelsen i Stockholms län).",
        en: "During spring 2012 prepare a network of the pilot municipalities and other interested municipalities so that it can start working on 1 July 2012, and decide where responsibility for it lies (not with the County Administrative Board of Stockholm).",
      },
      consultations: [
        {
          mode: "consultation",
          parties: [actor("skr")],
          sources: [seed(SEED_COMMISSION_2012, "Samråd ska ske med bl.a. Sveriges Kommuner och Landsting")],
        },
      ],
      deliverables: [
        {
          id: "municipal-network-final-report",
          kind: "final-report",
          title: {
            sv: "Slutredovisning om det kommunala nätverket",
            en: "Final report on the municipal network",
          },
          recipientId: "arbetsmarknadsdepartementet",
          due: { kind: "fixed", date: "2012-10-01" },
          requiredContent: [],
          amendments: [],
          sources: [
            seed(
              SEED_COMMISSION_2012,
              "En slutredovisning av detta deluppdrag ska lämnas till Regeringskansliet (Arbetsmarknadsdepartementet) senast den 1 oktober 2012",
            ),
          ],
        },
      ],
      sources: [seed(SEED_COMMISSION_2012, "förbereda skapandet av ett kommunalt nätverk för erfarenhetsutbyte och kunskapsuppbyggnad")],
    },
  ],
  sources: [
    seed(SEED_COMMISSION_2012, undefined, `An excerpt: the decision number and date of the 2012 commission are not in it. ${YEARS_ONLY("2012–2015")}`),
    facts(FACTS_PROGRAMMES, "Länsstyrelsen i Stockholms län: coordination and follow-up since 2012."),
  ],
};

/** The earlier commissions of 2010 and 2011 that the 2012 commission continues until 1 July 2012. */
function earlier(number: string, year: number): Commission {
  return {
    id: number.toLowerCase().replaceAll("/", "-"),
    title: {
      sv: `Uppdrag till Länsstyrelsen i Stockholms län ${year}: kontakter och stöd till kommuner`,
      en: `Commission to the County Administrative Board of Stockholm ${year}: contacts and support to municipalities`,
    },
    issuerId: "regeringen",
    assigneeId: "lansstyrelsen-stockholm",
    decisions: [{ number, kind: "decision" }],
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    decided: decidedInYear(year, seed(SEED_COMMISSION_2012, "i enlighet med tidigare uppdrag 2010 och 2011")),
    parts: [
      {
        id: "contacts",
        title: {
          sv: "Förmedla kontakter mellan den romska minoriteten och myndigheter",
          en: "Mediate contacts between the Roma minority and agencies",
        },
        consultations: [],
        deliverables: [],
        sources: [seed(SEED_COMMISSION_2012, "förmedla kontakter mellan den romska minoriteten och myndigheter i enlighet med tidigare uppdrag 2010 och 2011")],
      },
      {
        id: "municipal-support",
        title: {
          sv: "Stöd till kommuner som påbörjat ett utvecklingsarbete avseende den romska minoriteten",
          en: "Support to municipalities that have begun development work for the Roma minority",
        },
        consultations: [],
        deliverables: [],
        sources: [seed(SEED_COMMISSION_2012, "ge stöd till de kommuner som påbörjat ett utvecklingsarbete")],
      },
    ],
    sources: [
      seed(
        SEED_COMMISSION_2012,
        "tidigare uppdrag 2010 och 2011 (A2009/2285/DISK och A2010/2210/DISK)",
        `Seed 000 names the commissions of 2010 and 2011 with these two numbers in that order; their texts are not in the sources. ${YEARS_ONLY(String(year))}`,
      ),
      decision(number),
    ],
  };
}

const PILOT_AGENCIES = seed(SEED_PILOT_PAGE, "Skolverket, Arbetsförmedlingen och SKL har uppdrag kopplade till satsningen");
const PILOT_YEARS = YEARS_ONLY("the pilot programme's 2012–2015");

/** Seed 001: Skolverket's commissions in the pilot programme. */
const SKOLVERKET_PILOT: Commission = {
  id: "skolverket-pilot-2012",
  title: {
    sv: "Skolverkets uppdrag i pilotverksamheten för romsk inkludering",
    en: "The National Agency for Education's commissions in the pilot programme for Roma inclusion",
  },
  issuerId: "regeringen",
  assigneeId: "skolverket",
  decisions: [],
  period: { from: "2012-01-01", to: "2015-12-31" },
  decided: decidedInYear(2012, PILOT_AGENCIES),
  parts: [
    {
      id: "bridge-builder-training",
      title: { sv: "Utbildning av brobyggare", en: "Training of bridge builders" },
      consultations: [],
      deliverables: [],
      sources: [seed(SEED_PILOT_PAGE, "utbildning av brobyggare vilken Skolverket hade ett uppdrag till att leverera")],
    },
    {
      id: "health-communicators",
      title: { sv: "Pröva användningen av hälsokommunikatörer", en: "Test the use of health communicators" },
      consultations: [],
      deliverables: [],
      sources: [seed(SEED_PILOT_PAGE, "att pröva användningen av hälsokommunikatörer")],
    },
    {
      id: "school-support",
      title: {
        sv: "Ökad kunskap om stöd till romska barn i skolan",
        en: "Better knowledge of support to Roma children in school",
      },
      consultations: [],
      deliverables: [],
      sources: [seed(SEED_PILOT_PAGE, "ökad kunskap om stöd till romska barn i skolan")],
    },
    {
      id: "learning-materials",
      title: {
        sv: "Böcker och andra lärverktyg på samtliga varieteter av romani chib",
        en: "Books and other learning materials in all varieties of Romani Chib",
      },
      description: {
        sv: "Utveckla och producera böcker och andra lärverktyg på samtliga varieteter av romani chib för barn, unga och vuxna.",
        en: "Develop and produce books and other learning materials in all varieties of Romani Chib for children, young people and adults.",
      },
      consultations: [],
      deliverables: [],
      sources: [seed(SEED_PILOT_PAGE, "utveckla och producera böcker och andra lärverktyg på samtliga varieteter av romani chib")],
    },
  ],
  sources: [PILOT_AGENCIES, seed(SEED_PILOT_PAGE, undefined, `Decision numbers are not in the sources. ${PILOT_YEARS}`)],
};

/** Seed 001: Arbetsförmedlingen's commission in the pilot programme. */
const AF_PILOT: Commission = {
  id: "arbetsformedlingen-pilot-2012",
  title: {
    sv: "Arbetsförmedlingens uppdrag i pilotverksamheten för romsk inkludering",
    en: "The Public Employment Service's commission in the pilot programme for Roma inclusion",
  },
  issuerId: "regeringen",
  assigneeId: "arbetsformedlingen",
  decisions: [],
  period: { from: "2012-01-01", to: "2015-12-31" },
  decided: decidedInYear(2012, PILOT_AGENCIES),
  parts: [
    {
      id: "information",
      title: {
        sv: "Sprida information och kunskap bland romer i pilotkommunerna om Arbetsförmedlingens service och stöd",
        en: "Spread information and knowledge among Roma in the pilot municipalities about the Public Employment Service's services and support",
      },
      description: {
        sv: "Arbetsförmedlingen valde att anställa fem brobyggare och en nationell samordnare; brobyggarna är stöd och brygga mellan romer och Arbetsförmedlingen.",
        en: "The Public Employment Service chose to employ five bridge builders and a national coordinator; the bridge builders support and link Roma and the Service.",
      },
      consultations: [],
      deliverables: [],
      sources: [seed(SEED_PILOT_PAGE, "Arbetsförmedlingen ska bland annat sprida information och kunskap bland romer i pilotkommunerna")],
    },
  ],
  sources: [PILOT_AGENCIES, seed(SEED_PILOT_PAGE, undefined, `Decision numbers are not in the sources. ${PILOT_YEARS}`)],
};

/** Seeds 001 and 004: SKL's commission to support the pilot municipalities' consultation forms. */
const SKL_PILOT: Commission = {
  id: "skl-pilot-2012",
  title: {
    sv: "SKL:s uppdrag att stödja pilotkommunerna att utveckla samrådsformer",
    en: "SKL's commission to support the pilot municipalities in developing forms of consultation",
  },
  issuerId: "regeringen",
  assigneeId: "skr",
  decisions: [],
  period: { from: "2012-01-01", to: "2015-12-31" },
  decided: decidedOn(
    "2012-06-25",
    seed(
      SEED_NATIONAL_NETWORK_PROPOSAL,
      "I ett pressmeddelande från 25 juni 2012 från Arbetsmarknadsdepartementet framgår att SKL fått uppdraget",
      "The day the commission became known; the decision's own date is not in the sources.",
    ),
  ),
  parts: [
    {
      id: "consultation-forms",
      title: {
        sv: "Stödja pilotkommunerna att utveckla samrådsformer för romsk inkludering",
        en: "Support the pilot municipalities in developing forms of consultation for Roma inclusion",
      },
      description: {
        sv: "Enligt SKL avgränsat till de fem pilotkommunerna.",
        en: "According to SKL, limited to the five pilot municipalities.",
      },
      consultations: [],
      deliverables: [],
      sources: [
        seed(SEED_PILOT_PAGE, "SKL ska stödja pilotkommuner att utveckla samrådsformer för romsk inkludering"),
        seed(
          SEED_NATIONAL_NETWORK_PROPOSAL,
          "I ett pressmeddelande från 25 juni 2012 från Arbetsmarknadsdepartementet framgår att SKL fått uppdraget att stödja de utsedda pilotkommunerna att utveckla samrådsformer för romsk inkludering",
          "The proposal also says SKL understood its commission as limited to the five pilot municipalities.",
        ),
      ],
    },
  ],
  sources: [
    PILOT_AGENCIES,
    seed(
      SEED_NATIONAL_NETWORK_PROPOSAL,
      "pressmeddelande från 25 juni 2012",
      `Made public in a press release of Arbetsmarknadsdepartementet of 25 June 2012; the decision number and date are not in the sources. ${PILOT_YEARS}`,
    ),
  ],
};

/** Seed 001: Ungdomsstyrelsen's grant commissions. */
const UNGDOMSSTYRELSEN_2010: Commission = {
  id: "ungdomsstyrelsen-grants-2010-2012",
  title: {
    sv: "Ungdomsstyrelsens uppdrag att fördela medel mot diskriminering och för jämställdhet 2010–2012",
    en: "The National Board for Youth Affairs' commission to distribute funds against discrimination and for gender equality 2010–2012",
  },
  issuerId: "regeringen",
  assigneeId: "mucf",
  decisions: [],
  period: { from: "2010-01-01", to: "2012-12-31" },
  decided: decidedInYear(2010, seed(SEED_PILOT_PAGE, "Under 2010-2012 har Ungdomsstyrelsen i uppdrag")),
  parts: [
    {
      id: "grants",
      title: {
        sv: "Fördela medel till organisationer som vill intensifiera sitt arbete mot diskriminering och för jämställdhet i den egna verksamheten",
        en: "Distribute funds to organisations that want to intensify their work against discrimination and for gender equality within their own activities",
      },
      consultations: [],
      deliverables: [],
      sources: [seed(SEED_PILOT_PAGE, "Under 2010-2012 har Ungdomsstyrelsen i uppdrag att fördela medel")],
    },
  ],
  sources: [seed(SEED_PILOT_PAGE, "Under 2010-2012 har Ungdomsstyrelsen i uppdrag", YEARS_ONLY("2010–2012"))],
};

const UNGDOMSSTYRELSEN_2011: Commission = {
  id: "ungdomsstyrelsen-grants-2011-2014",
  title: {
    sv: "Ungdomsstyrelsens uppdrag att utlysa och fördela bidrag till de nationella minoriteternas organisationer 2011–2014",
    en: "The National Board for Youth Affairs' commission to announce and distribute grants to the national minorities' organisations 2011–2014",
  },
  issuerId: "regeringen",
  assigneeId: "mucf",
  decisions: [],
  period: { from: "2011-01-01", to: "2014-12-31" },
  decided: decidedInYear(2011, seed(SEED_PILOT_PAGE, "att under 2011-2014 utlysa och fördela bidrag")),
  parts: [
    {
      id: "grants",
      title: {
        sv: "Utlysa och fördela bidrag för verksamheter i de nationella minoriteternas organisationer för jämställdhet mellan kvinnor och män och mot diskriminering",
        en: "Announce and distribute grants for activities in the national minorities' organisations for equality between women and men and against discrimination",
      },
      consultations: [],
      deliverables: [],
      sources: [seed(SEED_PILOT_PAGE, "att under 2011-2014 utlysa och fördela bidrag")],
    },
  ],
  sources: [seed(SEED_PILOT_PAGE, "Regeringen har vidare beslutat att ge i uppdrag till Ungdomsstyrelsen", YEARS_ONLY("2011–2014"))],
};

/** FACTS: the first nulägesbeskrivning, ordered in 2012 and delivered in December 2014. */
const NULAGESBESKRIVNING_2012: Commission = {
  id: "nulagesbeskrivning-2012",
  title: {
    sv: "Den första nulägesbeskrivningen",
    en: "The first baseline description (nulägesbeskrivning)",
  },
  issuerId: "regeringen",
  assigneeId: "lansstyrelsen-stockholm",
  decisions: [],
  period: { from: "2012-01-01", to: "2014-12-31" },
  decided: decidedInYear(2012, facts(FACTS_PROGRAMMES, "The first nulägesbeskrivning was ordered in 2012 and delivered in Dec 2014.")),
  parts: [
    {
      id: "baseline",
      title: {
        sv: "Nulägesbeskrivning av romers situation i pilotkommunerna",
        en: "Baseline description of the situation of Roma in the pilot municipalities",
      },
      consultations: [],
      deliverables: [],
      sources: [
        seed(SEED_COMMISSION_2012, "för att göra nulägesbeskrivningar i de kommuner som ska delta i pilotverksamheten"),
        facts(FACTS_PROGRAMMES, "The first nulägesbeskrivning was ordered in 2012 and delivered in Dec 2014."),
      ],
    },
  ],
  sources: [
    facts(
      FACTS_PROGRAMMES,
      "The first nulägesbeskrivning was ordered in 2012 and delivered in Dec 2014. FACTS gives it among Länsstyrelsen i Stockholms län's commissions; its decision number and due date are not in the sources, so it has no deliverable here.",
    ),
  ],
};

/** Seeds 002 and 003, FACTS: the second nulägesbeskrivning, due 15 Dec 2018 (another source: 15 Oct 2018). */
const NULAGESBESKRIVNING_2018: Commission = {
  id: "nulagesbeskrivning-2018",
  title: {
    sv: "Uppdrag om nulägesbeskrivningar i kommuner med verksamhet för romsk inkludering",
    en: "Commission on baseline descriptions in municipalities with Roma inclusion work",
  },
  issuerId: "regeringen",
  assigneeId: "lansstyrelsen-stockholm",
  decisions: [],
  period: { from: "2017-01-01", to: "2018-12-15" },
  decided: decidedInYear(2017, seed(SEED_PRESENTATION_2018, "Nulägesbeskrivning", "The presentation of 2018 describes the commission's work in 2017.")),
  parts: [
    {
      id: "baseline",
      title: {
        sv: "Jämförbar och samlad bild av insatser, hinder och möjligheter för romers rättigheter",
        en: "A comparable, overall picture of measures, obstacles and opportunities for Roma rights",
      },
      description: {
        sv: "En jämförbar och samlad bild av vilka insatser, hinder och möjligheter som finns för att romers rättigheter ska tillgodoses inom utpekade områden i strategin, och om insatserna bidrar till strategins övergripande mål.",
        en: "A comparable, overall picture of the measures, obstacles and opportunities for meeting Roma rights in the strategy's areas, and whether the measures contribute to the strategy's overall goal.",
      },
      consultations: [
        {
          mode: "cooperation",
          parties: [
            actor("arbetsformedlingen"),
            actor("boverket"),
            actor("socialstyrelsen"),
            actor("skolverket"),
            actor("folkhalsomyndigheten"),
            ROMA_EXPERTS,
          ],
          sources: [
            seed(
              SEED_PRESENTATION_2018,
              "Uppdraget genomförs i samverkan med AF, Boverket, Socialstyrelsen, Skolverket, Folkhälsomyndigheten och romska sakkunniga",
            ),
            seed(SEED_NETWORK_MEETING_2018, "Samverkande myndigheter i uppdraget är Arbetsförmedlingen, Boverket, Skolverket, Socialstyrelsen och Folkhälsomyndigheten"),
            facts(FACTS_PROGRAMMES, "Nulägesbeskrivning (second): with Arbetsförmedlingen, Boverket, Socialstyrelsen, Skolverket, Folkhälsomyndigheten and Roma experts."),
          ],
        },
      ],
      deliverables: [
        {
          id: "nulagesbeskrivning-2018-report",
          kind: "report",
          title: {
            sv: "Redovisning av uppdraget om nulägesbeskrivningar",
            en: "Report on the baseline descriptions",
          },
          recipientId: "regeringskansliet",
          due: { kind: "fixed", date: "2018-12-15" },
          alternativeDue: [
            {
              due: { kind: "fixed", date: "2018-10-15" },
              sources: [facts(FACTS_PROGRAMMES, "A public page of minoritet.se gives 15 Oct 2018.")],
              note: "En sida på minoritet.se anger 15 oktober 2018; seeds 002 och 003 anger 15 december 2018.",
            },
          ],
          // Seed 002: "vilka insatser, hinder och möjligheter som finns ... inom utpekade områden i strategin samt se om insatser bidrar till strategins övergripande mål".
          requiredContent: ["area-coverage", "problem-analysis", "contribution-to-overall-goal"],
          amendments: [],
          sources: [
            seed(SEED_PRESENTATION_2018, "Uppdraget redovisas senast 15 december 2018"),
            seed(SEED_NETWORK_MEETING_2018, "Uppdraget ska redovisas till regeringskansliet senast den 15 december, 2018"),
          ],
        },
      ],
      sources: [seed(SEED_PRESENTATION_2018, "Nulägesbeskrivning"), seed(SEED_NETWORK_MEETING_2018, "nulägesbeskrivning i kommuner med verksamhet för romsk inkludering")],
    },
  ],
  sources: [
    seed(
      SEED_PRESENTATION_2018,
      "Uppdrag om nulägesbeskrivningar (redovisa i december 2018)",
      "The decision number and date are not in the sources; the period starts on the first day of 2017, the year in which the presentation describes the commission's work, and ends on the due date.",
    ),
    facts(FACTS_PROGRAMMES),
  ],
};

/** FACTS and seed 002: the commission 2016–2019. */
const KU2016: Commission = {
  id: "ku2016-00159-disk",
  title: {
    sv: "Uppdrag att samordna och följa upp insatser inom strategin för romsk inkludering 2016–2019",
    en: "Commission to coordinate and follow up measures under the strategy for Roma inclusion 2016–2019",
  },
  issuerId: "regeringen",
  assigneeId: "lansstyrelsen-stockholm",
  decisions: [{ number: "Ku2016/00159/DISK", kind: "decision" }],
  period: { from: "2016-01-01", to: "2019-12-31" },
  decided: decidedInYear(2016, decision("Ku2016/00159/DISK", undefined, "The decision number gives the year 2016."), facts(FACTS_PROGRAMMES, "Commission 2016–2019: Ku2016/00159/DISK.")),
  parts: [
    {
      id: "coordinate-and-follow-up",
      title: {
        sv: "Samordna och följa upp insatser inom strategin",
        en: "Coordinate and follow up measures under the strategy",
      },
      consultations: [],
      deliverables: [
        {
          id: "annual-report-2016-2020",
          kind: "annual-report",
          title: { sv: "Årsrapport", en: "Annual report" },
          recipientId: "kulturdepartementet",
          due: { kind: "yearly", month: 4, day: 15, fromYear: 2016, toYear: 2020 },
          requiredContent: [],
          amendments: [],
          sources: [
            facts(
              FACTS_PROGRAMMES,
              "Länsstyrelsen i Stockholms län: annual report every year since 2013 (15 April); from the turn of 2014/15 to Kulturdepartementet. One yearly report per year: those of 2013–2015 are the pilot programme's status reports of seed 000 (pilot-status-report), those of 2016–2020 belong to this commission, those of 2021–2023 and the final report of 2024 to Ku2019/02101/CSM, and the report of 2025 to the regleringsbrev 2024.",
            ),
            seed(SEED_PRESENTATION_2018, "Årsrapport i april"),
            seed(SEED_NETWORK_MEETING_2018, "Årsrapporten innehåller även myndighetens slutsatser och förslag på fortsatt arbete"),
          ],
        },
      ],
      sources: [seed(SEED_PRESENTATION_2018, "Samordna och följa upp insatser inom strategin")],
    },
    {
      id: "support-municipalities",
      title: {
        sv: "Stödja kommuner att utveckla arbetssätt och metoder",
        en: "Support municipalities in developing ways of working and methods",
      },
      description: {
        sv: "Bland annat lärandeträffar och processtöd för utvecklingskommunerna.",
        en: "Among other things learning meetings and process support for the development municipalities.",
      },
      consultations: [],
      deliverables: [],
      sources: [seed(SEED_PRESENTATION_2018, "stödja kommuner att utveckla arbetssätt och metoder")],
    },
    {
      id: "spread-knowledge",
      title: { sv: "Sprida kunskap och metoder", en: "Spread knowledge and methods" },
      consultations: [],
      deliverables: [],
      sources: [seed(SEED_PRESENTATION_2018, "sprida kunskap"), facts(FACTS_PROGRAMMES, "support municipalities, spread methods, follow up")],
    },
  ],
  sources: [
    decision("Ku2016/00159/DISK", undefined, "The decision's date is not in the sources; the period is the years 2016–2019 the sources name."),
    facts(FACTS_PROGRAMMES, "Commission 2016–2019: Ku2016/00159/DISK (support municipalities, spread methods, follow up)."),
    seed(SEED_PRESENTATION_2018, "Två regeringsuppdrag"),
  ],
};

const KU2019_FACT = facts(
  FACTS_PROGRAMMES,
  "Commission 2020–2023: decision 19 Dec 2019, Ku2019/02101/CSM: support municipalities, follow up with attention to consultation with Roma, build a follow-up system on the nulägesbeskrivningar, spread \"Antiziganismen i Sverige\"; reports yearly on 15 April, final report by 15 April 2024.",
);
const KU_RECIPIENT_NOTE =
  "The recipient is not named in the sources; the decision is Kulturdepartementet's (the prefix Ku), which has been responsible for the strategy since the turn of 2014/15.";

/** FACTS: the commission 2020–2023. */
const KU2019: Commission = {
  id: "ku2019-02101-csm",
  title: {
    sv: "Uppdrag att stödja kommuner och följa upp strategin för romsk inkludering 2020–2023",
    en: "Commission to support municipalities and follow up the strategy for Roma inclusion 2020–2023",
  },
  issuerId: "regeringen",
  assigneeId: "lansstyrelsen-stockholm",
  decisions: [{ number: "Ku2019/02101/CSM", date: "2019-12-19", kind: "decision" }],
  period: { from: "2020-01-01", to: "2023-12-31" },
  decided: decidedOn("2019-12-19", decision("Ku2019/02101/CSM", "2019-12-19"), facts(FACTS_PROGRAMMES, "Commission 2020–2023: decision 19 Dec 2019, Ku2019/02101/CSM.")),
  parts: [
    {
      id: "support-municipalities",
      title: { sv: "Stödja kommuner", en: "Support municipalities" },
      consultations: [],
      deliverables: [],
      sources: [KU2019_FACT],
    },
    {
      id: "follow-up",
      title: {
        sv: "Följa upp strategin med särskild uppmärksamhet på samråd med romer",
        en: "Follow up the strategy with attention to consultation with Roma",
      },
      consultations: [],
      deliverables: [
        {
          id: "ku2019-yearly-report",
          kind: "report",
          title: { sv: "Årlig redovisning", en: "Yearly report" },
          recipientId: "kulturdepartementet",
          due: { kind: "yearly", month: 4, day: 15, fromYear: 2021, toYear: 2023 },
          requiredContent: [],
          amendments: [],
          sources: [KU2019_FACT, decision("Ku2019/02101/CSM", "2019-12-19", KU_RECIPIENT_NOTE)],
        },
        {
          id: "ku2019-final-report",
          kind: "final-report",
          title: { sv: "Slutredovisning", en: "Final report" },
          recipientId: "kulturdepartementet",
          due: { kind: "fixed", date: "2024-04-15" },
          requiredContent: [],
          amendments: [],
          sources: [KU2019_FACT, decision("Ku2019/02101/CSM", "2019-12-19", KU_RECIPIENT_NOTE)],
        },
      ],
      sources: [KU2019_FACT],
    },
    {
      id: "follow-up-system",
      title: {
        sv: "Bygga ett uppföljningssystem utifrån nulägesbeskrivningarna",
        en: "Build a follow-up system on the baseline descriptions",
      },
      consultations: [],
      deliverables: [],
      sources: [KU2019_FACT],
    },
    {
      id: "antiziganism-book",
      title: {
        sv: "Sprida skolboken \"Antiziganismen i Sverige\"",
        en: "Spread the school book \"Antiziganismen i Sverige\" (Antiziganism in Sweden)",
      },
      description: {
        sv: "Skolboken gavs ut av Kommissionen mot antiziganism 2015; Länsstyrelsens arbete med den nämns redan 2017–2018.",
        en: "The school book was published by the Commission against Antiziganism in 2015; the Board's work with it is mentioned as early as 2017–2018.",
      },
      consultations: [],
      deliverables: [],
      sources: [
        KU2019_FACT,
        seed(SEED_PRESENTATION_2018, "Skolboken ”Antiziganismen i Sverige”"),
        url("https://minoritet.se/7682", "Antiziganismen i Sverige - skolbok", "Publisher: Kommissionen mot antiziganism, published 2015."),
      ],
    },
  ],
  sources: [decision("Ku2019/02101/CSM", "2019-12-19"), KU2019_FACT],
};

/** FACTS: from 2024 the task is in the regleringsbrev, with a report due 31 March 2025. */
const REGLERINGSBREV_2024: Commission = {
  id: "lansstyrelsen-stockholm-regleringsbrev-2024",
  title: {
    sv: "Uppgiften i Länsstyrelsen i Stockholms läns regleringsbrev från 2024",
    en: "The task in the County Administrative Board of Stockholm's appropriation directions from 2024",
  },
  issuerId: "regeringen",
  assigneeId: "lansstyrelsen-stockholm",
  decisions: [],
  period: { from: "2024-01-01", to: "2024-12-31" },
  decided: decidedInYear(2024, facts(FACTS_PROGRAMMES, "From 2024 the task sits in the regleringsbrev, report due 31 Mar 2025.")),
  parts: [
    {
      id: "follow-up",
      title: { sv: "Stöd och uppföljning inom strategin", en: "Support and follow-up under the strategy" },
      consultations: [],
      deliverables: [
        {
          id: "regleringsbrev-2024-report",
          kind: "report",
          title: { sv: "Redovisning enligt regleringsbrevet", en: "Report under the appropriation directions" },
          recipientId: "regeringskansliet",
          due: { kind: "fixed", date: "2025-03-31" },
          requiredContent: [],
          amendments: [],
          sources: [
            facts(
              FACTS_PROGRAMMES,
              "From 2024 the task sits in the regleringsbrev, report due 31 Mar 2025. The recipient is not named in the sources; reports under a regleringsbrev go to Regeringskansliet.",
            ),
          ],
        },
      ],
      sources: [facts(FACTS_PROGRAMMES, "From 2024 the task sits in the regleringsbrev.")],
    },
  ],
  sources: [
    facts(
      FACTS_PROGRAMMES,
      "From 2024 the task sits in the regleringsbrev, report due 31 Mar 2025. The regleringsbrev's number and date are not in the sources; the period is the year 2024.",
    ),
  ],
};

/** FACTS: Statskontoret's evaluation of the strategy. */
const STATSKONTORET: Commission = {
  id: "ku2017-01054-disk",
  title: {
    sv: "Uppdrag till Statskontoret att utvärdera strategin för romsk inkludering",
    en: "Commission to the Swedish Agency for Public Management to evaluate the strategy for Roma inclusion",
  },
  issuerId: "regeringen",
  assigneeId: "statskontoret",
  decisions: [{ number: "Ku2017/01054/DISK", date: "2017-04-06", kind: "decision" }],
  period: { from: "2017-04-06", to: "2018-06-01" },
  decided: decidedOn("2017-04-06", decision("Ku2017/01054/DISK", "2017-04-06")),
  parts: [
    {
      id: "evaluation",
      title: { sv: "Utvärdering av strategin", en: "Evaluation of the strategy" },
      consultations: [],
      deliverables: [],
      sources: [
        facts(FACTS_PROGRAMMES, "Evaluation: Statskontoret 2018:13 (commissioned 6 Apr 2017, Ku2017/01054/DISK, published 1 Jun 2018)."),
      ],
    },
  ],
  sources: [
    decision("Ku2017/01054/DISK", "2017-04-06"),
    publication("Statskontoret 2018:13", undefined, "2018-06-01", "The due date of the report is not in the sources; the period ends on the date of publication."),
    facts(FACTS_PROGRAMMES),
  ],
};

/** Every commission, in date order. @internal */
export const COMMISSIONS: Commission[] = [
  UNGDOMSSTYRELSEN_2010,
  earlier("A2009/2285/DISK", 2010),
  earlier("A2010/2210/DISK", 2011),
  UNGDOMSSTYRELSEN_2011,
  LST_2012,
  SKOLVERKET_PILOT,
  AF_PILOT,
  SKL_PILOT,
  NULAGESBESKRIVNING_2012,
  KU2016,
  STATSKONTORET,
  NULAGESBESKRIVNING_2018,
  KU2019,
  REGLERINGSBREV_2024,
];
