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
