/**
 * Source builders shared by the data modules.
 *
 * @internal
 */
import type { Decided, Source } from "@romsk-inkludering/model";

/** Seed 000: an excerpt of the 2012 commission to Länsstyrelsen i Stockholms län. @internal */
export const SEED_COMMISSION_2012 = "000_fd74c5439764a9cd.txt";
/** Seed 001: minoritet.se's page on the completed pilot programme (updated 2017-07-13). @internal */
export const SEED_PILOT_PAGE = "001_90733e24716ad9fb.txt";
/** Seed 002: Länsstyrelsen i Stockholms län's presentation on its national commissions (2017–2018). @internal */
export const SEED_PRESENTATION_2018 = "002_45e07da4f0d67e87.txt";
/** Seed 003: notes of the municipal network's meeting of 2018-05-16. @internal */
export const SEED_NETWORK_MEETING_2018 = "003_c330e8c89015faff.txt";
/** Seed 004: the Mälardalen network's proposal for a national network (2012, OCR'd). @internal */
export const SEED_NATIONAL_NETWORK_PROPOSAL = "004_f723fd64a64a7139.txt";

/**
 * The first day used for a name or membership whose start the sources do
 * not give: "in force from before anything the catalog covers", not a
 * founding date.
 *
 * @internal
 */
export const OPEN_START = "1900-01-01";

/** FACTS.md section headings. @internal */
export const FACTS_STRATEGY = "The strategy";
/** @internal */
export const FACTS_PROGRAMMES = "Programmes and commissions";
/** @internal */
export const FACTS_LAW = "Law";
/** FACTS.md's last section: dates checked against public sources after the first release. @internal */
export const FACTS_DATES_CHECKED = "Dates checked against public sources (added after the first release)";

/** A passage of a seed file. @internal */
export function seed(file: string, locator?: string, note?: string): Source {
  return {
    kind: "seed",
    file,
    ...(locator === undefined ? {} : { locator }),
    ...(note === undefined ? {} : { note }),
  };
}

/** A section of the project's FACTS file. @internal */
export function facts(section: string, note?: string): Source {
  return { kind: "facts", section, ...(note === undefined ? {} : { note }) };
}

/** An https page. @internal */
export function url(address: string, title?: string, note?: string): Source {
  return {
    kind: "url",
    url: address,
    ...(title === undefined ? {} : { title }),
    ...(note === undefined ? {} : { note }),
  };
}

/** A government decision by number. @internal */
export function decision(number: string, date?: string, note?: string): Source {
  return {
    kind: "decision",
    number,
    ...(date === undefined ? {} : { date }),
    ...(note === undefined ? {} : { note }),
  };
}

/** A publication by reference. @internal */
export function publication(reference: string, title?: string, date?: string, note?: string): Source {
  return {
    kind: "publication",
    reference,
    ...(title === undefined ? {} : { title }),
    ...(date === undefined ? {} : { date }),
    ...(note === undefined ? {} : { note }),
  };
}

/** The note for a change whose year, but not day, is in the sources. @internal */
export function yearOnlyNote(what: string, year: number): string {
  return `${what}: the sources give the year ${year} but not the day, so the year's first day (${year}-01-01) is used.`;
}

/** SCB's municipality and county code list, as copied into the package's data/municipalities.csv. @internal */
export const SCB_CODES: Source = publication(
  "SCB, kommun- och länskoder",
  "Statistics Sweden: municipality and county codes",
  undefined,
  "Copied into the package as data/municipalities.csv (290 municipalities, 21 counties).",
);

/**
 * When an entry was decided or became known, on a day the sources give. @internal
 */
export function decidedOn(on: string, ...sources: Source[]): Decided {
  return { on, sources };
}

/**
 * When an entry was decided or became known, where the sources give only
 * the year: by the catalog's convention the year's first day, with
 * `precision: "year"` and a note on the first source saying so. @internal
 */
export function decidedInYear(year: number, first: Source, ...more: Source[]): Decided {
  const note = `The sources give the year ${year} but not the day; by the catalog's convention the year's first day (${year}-01-01) is used.`;
  return {
    on: `${year}-01-01`,
    precision: "year",
    sources: [{ ...first, note: first.note === undefined ? note : `${first.note} ${note}` }, ...more],
  };
}

/**
 * Public pages that date the renames, quoted in the catalog's notes (the
 * FACTS-style record of each correction, beside the entries that use it).
 *
 * - SKL -> SKR: the congress in Linköping decided the new name on
 *   27 Nov 2019 with immediate effect ("Namnbytet gäller direkt",
 *   Läkartidningen of that day; "heter från och med den 27 november",
 *   SKR's own item as republished). The English name (SALAR) did not change.
 * - Ungdomsstyrelsen -> MUCF: the press item of 18 Feb 2014 ("Myndighetens
 *   nya namn gäller from 1 april 2014").
 * - Statens folkhälsoinstitut -> Folkhälsomyndigheten: "Den 1 januari 2014
 *   bildades Fohm genom en sammanslagning av dåvarande Smittskyddsinstitutet
 *   och Statens folkhälsoinstitut" (the agency's own page): a merger into a
 *   new agency, kept here as one actor under two names.
 * - Datainspektionen -> IMY: FACTS gives the year 2021; a third-party page
 *   says "Vid årsskiftet den 1 januari 2021", which is also the convention's
 *   day.
 * - Stockholms läns landsting -> Region Stockholm and Västerbottens läns
 *   landsting -> Region Västerbotten: the last seven landsting became
 *   regions on 1 Jan 2019 (Vårdfokus, 2 Jan 2019, lists Stockholm and
 *   Västerbotten). In Västerbotten the landsting and the regionförbund
 *   "Region Västerbotten" (a cooperation body that bore the name before
 *   2019) merged into Region Västerbotten on that day (the region's own
 *   news item of 21 Jan 2019). The kommunallag's change of the word
 *   landsting to region is of 2020; it is not a rename date.
 *
 * @internal
 */
export const RENAME_SOURCES = {
  skr: url(
    "https://lakartidningen.se/aktuellt/nyheter/2019/11/skl-har-bytt-namn-till-skr/",
    "Läkartidningen: SKL har bytt namn till SKR (27 Nov 2019)",
    "\"Beslutet fattades av ombuden på kongressen som pågår i Linköping\"; \"Namnbytet gäller direkt.\"",
  ),
  mucf: url(
    "https://eskilstunanytt.se/2014/02/18/ungdomsstyrelsen-blir-myndigheten-for-ungdoms-och-civilsamhallesfragor/",
    "Ungdomsstyrelsen blir Myndigheten för ungdoms- och civilsamhällesfrågor (press item of 18 Feb 2014)",
    "\"Myndighetens nya namn gäller from 1 april 2014.\"",
  ),
  folkhalsomyndigheten: url(
    "https://www.folkhalsomyndigheten.se/om-folkhalsomyndigheten/korta-fakta-om-oss/",
    "Folkhälsomyndigheten: Korta fakta om oss",
    "\"Den 1 januari 2014 bildades Fohm genom en sammanslagning av dåvarande Smittskyddsinstitutet och Statens folkhälsoinstitut.\"",
  ),
  imy: url(
    "https://avtalgdpr.se/category/nyheter/page/7",
    "Datainspektionen bytte namn till Integritetsskyddsmyndigheten",
    "A third-party page: \"Vid årsskiftet den 1 januari 2021 bytte Datainspektionen namn till Integritetsskyddsmyndigheten.\"",
  ),
  regions2019: url(
    "https://www.vardfokus.se/vardorganisation/nu-heter-alla-landsting-regioner/",
    "Vårdfokus: Nu heter alla landsting regioner (2 Jan 2019)",
    "\"Vid årsskiftet omvandlades de sista sju landstingen till regioner\": Blekinge, Dalarna, Kalmar, Stockholm, Sörmland, Värmland, Västerbotten.",
  ),
  vasterbotten: url(
    "https://www.regionvasterbotten.se/nytt-ar-ny-region",
    "Region Västerbotten: Nytt år - Ny region (21 Jan 2019)",
    "\"Den 1 januari gick Västerbottens läns landsting och Regionförbundet Region Västerbotten samman till en gemensam organisation.\"",
  ),
} as const;
