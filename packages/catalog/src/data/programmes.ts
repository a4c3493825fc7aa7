import type { Evaluation, Forum, Programme } from "@romsk-inkludering/model";
import {
  decidedInYear,
  decision,
  FACTS_PROGRAMMES,
  FACTS_STRATEGY,
  facts,
  publication,
  seed,
  SEED_COMMISSION_2012,
  SEED_NATIONAL_NETWORK_PROPOSAL,
  SEED_NETWORK_MEETING_2018,
  SEED_PILOT_PAGE,
  SEED_PRESENTATION_2018,
} from "./sources.js";

const PILOT_DECISION = seed(
  SEED_PILOT_PAGE,
  "Regeringen beslutade 10 april 2012 att utse Luleå, Linköping, Göteborg, Helsingborg och Malmö kommuner till pilotkommuner",
);
const pilotMember = (code: string) => ({ actorId: `municipality-${code}`, validFrom: "2012-04-10", validTo: "2015-12-31" });

/** The pilot programme 2012–2015 and the development municipalities 2016–2019. @internal */
export const PROGRAMMES: Programme[] = [
  {
    id: "pilot-2012-2015",
    kind: "pilot",
    name: {
      sv: "Pilotverksamhet för romsk inkludering 2012–2015",
      en: "Pilot programme for Roma inclusion 2012–2015",
    },
    period: { from: "2012-01-01", to: "2015-12-31" },
    decided: decidedInYear(2012, seed(SEED_COMMISSION_2012, "pilotverksamheten för romsk inkludering i fem kommuner under 2012–2015")),
    coordinatorId: "lansstyrelsen-stockholm",
    municipalities: [pilotMember("2580"), pilotMember("0580"), pilotMember("1480"), pilotMember("1283"), pilotMember("1280")],
    participants: [
      {
        actorId: "skolverket",
        role: {
          sv: "Uppdrag: utbildning av brobyggare, pröva hälsokommunikatörer, ökad kunskap om stöd till romska barn i skolan, lärverktyg på samtliga varieteter av romani chib.",
          en: "Commissioned: bridge-builder training, trying out health communicators, better knowledge of support to Roma children in school, learning materials in all varieties of Romani Chib.",
        },
      },
      {
        actorId: "arbetsformedlingen",
        role: {
          sv: "Uppdrag: sprida information och kunskap bland romer i pilotkommunerna om Arbetsförmedlingens service och stöd; fem brobyggare och en nationell samordnare.",
          en: "Commissioned: spread information and knowledge among Roma in the pilot municipalities about its services and support; five bridge builders and a national coordinator.",
        },
      },
      {
        actorId: "skr",
        role: {
          sv: "Uppdrag: stödja pilotkommunerna att utveckla samrådsformer för romsk inkludering.",
          en: "Commissioned: support the pilot municipalities in developing forms of consultation for Roma inclusion.",
        },
      },
      {
        actorId: "diskrimineringsombudsmannen",
        role: {
          sv: "Utvecklar formerna för samarbetet tillsammans med Länsstyrelsen; inget specifikt uppdrag, arbetar med strategin inom ordinarie verksamhet.",
          en: "Develops the forms of cooperation with the Board; no specific commission, works with the strategy within its ordinary activities.",
        },
      },
      {
        actorId: "sprakradet",
        role: {
          sv: "Inget specifikt uppdrag; arbetar med strategin inom ordinarie verksamhet.",
          en: "No specific commission; works with the strategy within its ordinary activities.",
        },
      },
      {
        actorId: "sodertorns-hogskola",
        role: { sv: "Ger den romska brobyggarutbildningen.", en: "Gives the Roma bridge-builder training." },
      },
      {
        actorId: "raoul-wallenberg-institutet",
        role: { sv: "Extern utvärderare, upphandlad av Länsstyrelsen.", en: "External evaluator, procured by the Board." },
      },
    ],
    components: [
      {
        id: "bridge-builder-training",
        name: { sv: "Romsk brobyggarutbildning", en: "Roma bridge-builder training" },
        description: {
          sv: "Södertörns högskola fick i slutet av oktober 2012 i uppdrag att planera och starta utbildningen före 31 december 2012. Den startade den 14–15 december 2012, pågår i två år på halvtid och utgör 50 % av en brobyggares tjänstgöring; en kursplan är fastställd.",
          en: "Södertörn University was commissioned at the end of October 2012 to plan and start the training before 31 December 2012. It started on 14–15 December 2012, runs for two years half-time and makes up 50 % of a bridge builder's post; a syllabus has been adopted.",
        },
        actorId: "sodertorns-hogskola",
        startDate: "2012-12-14",
        counts: [
          { metric: "duration-years", value: 2 },
          { metric: "share-of-post-percent", value: 50 },
        ],
      },
      {
        id: "health-communicators",
        name: { sv: "Hälsokommunikatörer", en: "Health communicators" },
        description: { sv: "Pröva användningen av hälsokommunikatörer.", en: "Trying out health communicators." },
        actorId: "skolverket",
      },
      {
        id: "school-support",
        name: { sv: "Stöd till romska barn i skolan", en: "Support to Roma children in school" },
        actorId: "skolverket",
      },
      {
        id: "learning-materials",
        name: { sv: "Lärverktyg på romani chib", en: "Learning materials in Romani Chib" },
        description: {
          sv: "Böcker och andra lärverktyg på samtliga varieteter av romani chib för barn, unga och vuxna.",
          en: "Books and other learning materials in all varieties of Romani Chib for children, young people and adults.",
        },
        actorId: "skolverket",
      },
      {
        id: "employment-service-bridge-builders",
        name: { sv: "Brobyggare vid Arbetsförmedlingen", en: "Bridge builders at the Public Employment Service" },
        description: {
          sv: "Fem brobyggare och en nationell samordnare; brobyggarna är stöd och brygga mellan romer och Arbetsförmedlingen.",
          en: "Five bridge builders and a national coordinator; the bridge builders support and link Roma and the Service.",
        },
        actorId: "arbetsformedlingen",
        counts: [
          { metric: "bridge-builders", value: 5 },
          { metric: "national-coordinators", value: 1 },
        ],
      },
      {
        id: "consultation-forms",
        name: { sv: "Samrådsformer i pilotkommunerna", en: "Forms of consultation in the pilot municipalities" },
        actorId: "skr",
      },
    ],
    sources: [
      PILOT_DECISION,
      seed(SEED_PILOT_PAGE, "Särskilda satsningar"),
      seed(SEED_PILOT_PAGE, "Södertörns högskola fick i slutet av oktober 2012 i uppdrag att planera och starta en romsk brobyggarutbildning före 31 december 2012", "Started 14–15 December 2012."),
      seed(SEED_COMMISSION_2012, "Pilotverksamhet"),
      seed(SEED_NATIONAL_NETWORK_PROPOSAL, "18 kommuner ansökte under våren 2012", "18 municipalities applied in spring 2012; five were chosen."),
      facts(FACTS_PROGRAMMES, "Pilot municipalities, decided 10 Apr 2012: Luleå, Linköping, Göteborg, Helsingborg, Malmö (2012–2015)."),
      facts(
        FACTS_STRATEGY,
        "The period runs from the first day of 2012; the municipalities from the decision of 10 April 2012. The 46 MSEK of 2012–2015 are the strategy's funding for those years (\"Funding: 46 MSEK 2012–2015\"), not the programme's: they are on the strategy.",
      ),
    ],
  },
  {
    id: "development-municipalities-2016-2019",
    kind: "development-municipalities",
    name: {
      sv: "Utvecklingskommuner för romsk inkludering 2016–2019",
      en: "Development municipalities for Roma inclusion 2016–2019",
    },
    period: { from: "2016-01-01", to: "2019-12-31" },
    decided: decidedInYear(2016, facts(FACTS_PROGRAMMES, "Development municipalities (utvecklingskommuner) 2016–2019: Gävle, Borås, Stockholm, Haninge, Uppsala.")),
    coordinatorId: "lansstyrelsen-stockholm",
    municipalities: [
      { actorId: "municipality-2180" },
      { actorId: "municipality-1490" },
      { actorId: "municipality-0180" },
      { actorId: "municipality-0136" },
      { actorId: "municipality-0380" },
    ],
    participants: [
      {
        actorId: "skolverket",
        role: {
          sv: "Insatser för ökad kunskap i skolan om den nationella minoriteten romer, med fokus på utvecklingskommunerna.",
          en: "Measures to increase knowledge in schools about the Roma national minority, focused on the development municipalities.",
        },
      },
      {
        actorId: "emerga",
        role: {
          sv: "Processtöd i rättighetsbaserat arbetssätt till utvecklingskommunerna.",
          en: "Process support in a rights-based approach to the development municipalities.",
        },
      },
    ],
    components: [
      {
        id: "learning-meetings",
        name: { sv: "Lärandeträffar med utvecklingskommunerna", en: "Learning meetings with the development municipalities" },
        actorId: "lansstyrelsen-stockholm",
      },
      {
        id: "rights-based-process-support",
        name: { sv: "Processtöd i rättighetsbaserat arbetssätt", en: "Process support in a rights-based approach" },
        actorId: "emerga",
      },
    ],
    sources: [
      facts(
        FACTS_PROGRAMMES,
        "Development municipalities (utvecklingskommuner) 2016–2019: Gävle, Borås, Stockholm, Haninge, Uppsala (one public page omits Borås); their state funding ended 2020.",
      ),
      facts(
        FACTS_STRATEGY,
        "The about 58 MSEK of 2016–2019 are the strategy's funding for those years (\"about 58 MSEK 2016–2019\"), not the programme's: they are on the strategy.",
      ),
      seed(SEED_PRESENTATION_2018, "Lärandeträffar med utvecklingskommunerna"),
      seed(SEED_NETWORK_MEETING_2018, "två utvecklingskommuner; Haninge och Gävle"),
      decision("Ku2016/00159/DISK", undefined, "The Board's commission 2016–2019, under which it supports the development municipalities."),
    ],
  },
];

/** The Board's forum in the pilot programme. @internal */
export const FORUMS: Forum[] = [
  {
    id: "pilot-forum",
    name: {
      sv: "Länsstyrelsen i Stockholms läns forum för pilotverksamheten",
      en: "The County Administrative Board of Stockholm's forum for the pilot programme",
    },
    organiserId: "lansstyrelsen-stockholm",
    programmeId: "pilot-2012-2015",
    composition: {
      sv: "Representanter från pilotkommunerna, sakkunniga i arbetsgruppen och representanter från respektive myndighet; varje kommun utser sina deltagare.",
      en: "Representatives of the pilot municipalities, the experts of the working group and representatives of each agency; each municipality appoints its participants.",
    },
    approxParticipants: 20,
    cadence: { meetings: 2, per: "term" },
    sources: [
      seed(SEED_PILOT_PAGE, "Forumet", "\"idag finns det ca.20 deltagare\"; \"Forumet träffas två gånger per termin\"."),
      seed(SEED_COMMISSION_2012, "att återkommande ordna möten med representanter för deltagande kommuner, myndigheter och Sveriges Kommuner och Landsting samt lokala romska representanter och romska sakkunniga"),
    ],
  },
];

/** The external evaluation of the pilot programme and Statskontoret's evaluation of the strategy. @internal */
export const EVALUATIONS: Evaluation[] = [
  {
    id: "pilot-external-evaluation",
    name: {
      sv: "Extern utvärdering av pilotverksamheten för romsk inkludering",
      en: "External evaluation of the pilot programme for Roma inclusion",
    },
    evaluatorId: "raoul-wallenberg-institutet",
    commissionedById: "lansstyrelsen-stockholm",
    subject: { kind: "programme", id: "pilot-2012-2015" },
    tasks: [
      {
        number: 1,
        description: {
          sv: "Stödja framtagande av mål och indikatorer som sträcker sig under tiden för pilotverksamheten",
          en: "Support the development of goals and indicators that cover the period of the pilot programme",
        },
      },
      {
        number: 2,
        description: {
          sv: "Göra en bedömning av aktiviteter och resultat i förhållande till mål och syfte i strategin",
          en: "Assess activities and results against the goals and purpose of the strategy",
        },
      },
      {
        number: 3,
        description: {
          sv: "Se över hur samverkan mellan berörda organisationer fungerar, bl.a. när det gäller lärande, erfarenhetsutbyte, engagemang m.m.",
          en: "Review how cooperation between the organisations concerned works, among other things as to learning, exchange of experience and commitment",
        },
      },
      {
        number: 4,
        description: {
          sv: "Se över hur projektorganisationen är uppbyggd och, både när det gäller enskilda kommuner och för helheten.",
          en: "Review how the project organisation is set up, both in the individual municipalities and as a whole.",
        },
      },
      {
        number: 5,
        description: {
          sv: "Bedöma pilotverksamhetens bidrag till systempåverkan och den offentliga debatten.",
          en: "Assess the pilot programme's contribution to systemic change and to public debate.",
        },
      },
    ],
    sources: [
      seed(SEED_PILOT_PAGE, "Extern utvärderare", "The Swedish task texts are quoted from the seed; the English texts are translations."),
      seed(SEED_COMMISSION_2012, "att ansvara för att en extern utvärdering sker av pilotverksamheten"),
    ],
  },
  {
    id: "statskontoret-2018-13",
    name: {
      sv: "Statskontorets utvärdering av strategin för romsk inkludering",
      en: "The Swedish Agency for Public Management's evaluation of the strategy for Roma inclusion",
    },
    evaluatorId: "statskontoret",
    commissionedById: "regeringen",
    subject: { kind: "strategy" },
    decision: "Ku2017/01054/DISK",
    commissionedOn: "2017-04-06",
    publishedOn: "2018-06-01",
    reference: "Statskontoret 2018:13",
    tasks: [],
    sources: [
      publication("Statskontoret 2018:13", undefined, "2018-06-01"),
      decision("Ku2017/01054/DISK", "2017-04-06"),
      facts(FACTS_PROGRAMMES, "Evaluation: Statskontoret 2018:13 (commissioned 6 Apr 2017, Ku2017/01054/DISK, published 1 Jun 2018). Its tasks are not in the sources."),
    ],
  },
];
