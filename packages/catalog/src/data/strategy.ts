import type { Strategy } from "../types.js";
import {
  FACTS_DATES_CHECKED,
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
  url,
} from "./sources.js";

/** The strategy itself: skr. 2011/12:56. @internal */
export const STRATEGY: Strategy = {
  id: "romsk-inkludering-2012-2032",
  title: {
    sv: "En samordnad och långsiktig strategi för romsk inkludering 2012–2032",
    en: "A coordinated and long-term strategy for Roma inclusion 2012–2032",
  },
  reference: "skr. 2011/12:56",
  decidedOn: "2012-02-16",
  decidedById: "regeringen",
  period: { from: "2012-01-01", to: "2032-12-31" },
  responsibleMinistry: [
    {
      validFrom: "2012-02-16",
      validTo: "2014-12-31",
      value: "arbetsmarknadsdepartementet",
      sources: [
        facts(FACTS_STRATEGY, "Decided 16 Feb 2012 (Arbetsmarknadsdepartementet)."),
        facts(FACTS_PROGRAMMES, "Länsstyrelsen i Stockholms län reported first to Arbetsmarknadsdepartementet, from the turn of 2014/15 to Kulturdepartementet."),
      ],
    },
    {
      validFrom: "2015-01-01",
      value: "kulturdepartementet",
      sources: [facts(FACTS_PROGRAMMES, "From the turn of 2014/15 to Kulturdepartementet.")],
    },
  ],
  followUpAuthority: [
    {
      validFrom: "2012-01-01",
      value: "lansstyrelsen-stockholm",
      sources: [
        seed(
          SEED_COMMISSION_2012,
          "Länsstyrelsen i Stockholms län ska samordna och följa pilotverksamheten",
          "The 2012 commission: coordinate and follow the work, report to the Government Offices. The commission's day is not in the seed; the role runs from the first day of 2012, the year FACTS gives (\"coordination and follow-up since 2012\").",
        ),
        facts(FACTS_PROGRAMMES, "Länsstyrelsen i Stockholms län: coordination and follow-up since 2012, annual report every year since 2013 (15 April)."),
        seed(SEED_PRESENTATION_2018, "Uppföljningsmyndighet för minoritetspolitiken"),
        seed(
          SEED_NETWORK_MEETING_2018,
          "Länsstyrelsen tar årligen fram en årsrapport som bygger på kommuners och myndigheters årsrapporter",
          "The recipient of the municipalities' and agencies' yearly reports.",
        ),
        facts(
          FACTS_DATES_CHECKED,
          "On 20 June 2024 the government asked MUCF to analyse taking over Länsstyrelsen i Stockholms län's tasks within minority policy (follow-up, coordination, grants; not Sametinget's), report by 15 Oct 2024; no transfer date is confirmed. A transfer would be a new entry here from its day.",
        ),
        url(
          "https://dikko.nu/ny-analys-ska-starka-samordningen-av-minoritetspolitiken/",
          "Magasin Dikko: Ny analys ska stärka samordningen av minoritetspolitiken (2024)",
          "\"MUCF fick uppdraget den 20 juni\"; a written report by 15 October 2024. The commission is to analyse the conditions for moving the tasks, not to move them.",
        ),
      ],
    },
  ],
  parliament: {
    committeeReport: "bet. 2011/12:KU17",
    decision: "rskr. 2011/12:227",
    outcome: {
      sv: "Skrivelsen lades till handlingarna (antogs inte).",
      en: "The communication was placed on file (not adopted).",
    },
  },
  overallGoal: {
    sv: "Den rom som fyller 20 år 2032 ska ha likvärdiga möjligheter i livet som den som är icke-rom.",
    en: "A Roma person who turns 20 in 2032 shall have the same opportunities in life as a non-Roma person.",
  },
  approach: {
    sv: "Romers rättigheter ska tillgodoses inom ordinarie strukturer. Det finns inga romskt specifika numeriska mål per område: uppföljningen sker mot mål som redan gäller för hela befolkningen.",
    en: "Roma rights are to be met within ordinary structures. There are no Roma-specific numeric targets per area: follow-up is against goals already set for the whole population.",
  },
  funding: [
    {
      period: { from: "2012-01-01", to: "2015-12-31" },
      amountSek: 46_000_000,
      approximate: false,
      sources: [
        facts(
          FACTS_STRATEGY,
          "\"Funding: 46 MSEK 2012–2015; about 58 MSEK 2016–2019.\" The strategy's funding for the years 2012–2015 (the pilot programme's years; the sources do not say how much of it went to the programme).",
        ),
      ],
    },
    {
      period: { from: "2016-01-01", to: "2019-12-31" },
      amountSek: 58_000_000,
      approximate: true,
      sources: [
        facts(
          FACTS_STRATEGY,
          "\"Funding: 46 MSEK 2012–2015; about 58 MSEK 2016–2019.\" The strategy's funding for the years 2016–2019 (the development municipalities' years; the sources do not say how much of it went to them), an approximate amount.",
        ),
      ],
    },
  ],
  sources: [
    publication("skr. 2011/12:56", "En samordnad och långsiktig strategi för romsk inkludering 2012–2032", "2012-02-16"),
    facts(FACTS_STRATEGY),
    seed(SEED_PILOT_PAGE, "Den 16 februari 2012 beslutade regeringen skrivelsen"),
    seed(SEED_NATIONAL_NETWORK_PROPOSAL, "regeringens skrivelse \"En samordnad och långsiktig strategi för romsk inkludering 2012 – 2032\""),
  ],
};
