/**
 * The model's checks for personal data in free text (personal identity
 * numbers, e-mail addresses, telephone numbers) and the plain-data limits
 * of validation: code without zod, so that a caller that only needs to
 * know whether a text or a value passes these checks (the cli's fast path
 * for valid NDJSON, through the subpath entry `scan.ts`) can load it
 * without the schemas. The schemas (`shared.ts`, `validate.ts`) import
 * them from here: one owner. So do the zod-only refinements' rules (the
 * order of a period, a validity, years and ranges; yearly dates; unique
 * ids; a municipality's id): each is one predicate here, which the zod
 * schema's `superRefine` and the fast path both call.
 *
 * @internal
 */
import { compareIsoDates, daysInMonth, isIsoDate } from "@romsk-inkludering/calendar";

/**
 * Deepest nesting of arrays and objects accepted before parsing.
 *
 * @internal
 * @category Validation
 * @example
 * ```ts
 * import { MAX_DEPTH } from "@romsk-inkludering/model/scan";
 * MAX_DEPTH;
 * // => 100
 * ```
 */
export const MAX_DEPTH = 100;

/**
 * Most values (nodes) accepted in one input before parsing.
 *
 * @internal
 * @category Validation
 * @example
 * ```ts
 * import { MAX_NODES } from "@romsk-inkludering/model/scan";
 * MAX_NODES;
 * // => 2000000
 * ```
 */
export const MAX_NODES = 2_000_000;

/** Maximum length of a free-text string. @internal */
export const FREE_TEXT_MAX = 10_000;

/**
 * Anything that looks like a Swedish personal identity number (or a
 * coordination number, day + 60): `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYMMDDNNNN`,
 * `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, with up to three spaces on either side
 * of the separator (`19121212 1212`, `121212 - 1212`), not inside a longer
 * run of digits. Match it against {@link normaliseForScan}'s output, so
 * that full-width digits and other dashes count too.
 *
 * @internal
 */
export const PERSONAL_IDENTITY_NUMBER_PATTERN =
  /(?<!\d)(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])\s{0,3}[-+]?\s{0,3}\d{4}(?!\d)/;

/**
 * An e-mail address: `local@domain.tld` (the local part of letters, digits
 * and `._%+-`, a dotted domain, a top-level domain of at least two letters).
 *
 * @internal
 */
export const EMAIL_ADDRESS_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

const EMAIL_LOCAL_CHAR = /^[\p{L}\p{N}._%+-]$/u;
const EMAIL_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

/**
 * A telephone number: international (`+46 70 123 45 67`, `0046 8 123 456`,
 * `+45 12 34 56 78`: a `+` or `00` and a country code, then 7 to 13 digits
 * in groups) or Swedish national (`070-123 45 67`, `08-123 456 78`,
 * `(08) 123 45 67`, `0701234567`: a trunk `0`, an area code, then a
 * subscriber number of at least five digits; 8 to 10 digits in all).
 * Not after a letter, digit or `+-/.:` (so no part of a date, an SFS or
 * decision number or a clock time starts one): dates followed by a number
 * (`2015-05-29 1000 dagar`), years, amounts (`130 000 kr`) and
 * municipality codes do not match.
 *
 * @internal
 */
export const PHONE_NUMBER_PATTERN =
  /(?<![\p{L}\p{N}_+\-/.:])(?:(?:\+|00)[1-9]\d{0,2}[ -]?(?:\(0\)[ -]?)?\d(?:[ -]?\d){6,12}|\(?0[1-9]\d{0,3}\)?[ -]?\d{2,3}(?:[ -]?\d{2,3}){1,3}|0[1-9]\d{7,8})(?![\d-])/u;

/** {@link PHONE_NUMBER_PATTERN} for scanning a whole text (its matches never have length 0). */
const PHONE_NUMBER_GLOBAL = new RegExp(PHONE_NUMBER_PATTERN.source, "gu");

/** Hyphen-like characters NFKC leaves alone (en and em dash, minus sign, …), read as `-`. */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63]/g;

/**
 * The text a personal-data check scans: NFKC-normalised (full-width digits,
 * `＠`, `＋` and `－` become ASCII; no-break and thin spaces become spaces)
 * and every dash read as a hyphen. ASCII text is returned as it is.
 *
 * @internal
 */
export function normaliseForScan(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text.normalize("NFKC").replace(DASHES, "-");
}

/**
 * The national phone pattern needs 8 to 10 digits and a subscriber number
 * of at least five: checked on each match, since a regular expression
 * cannot count digits across groups.
 */
function isPhoneNumber(match: string): boolean {
  const digits = match.replace(/\D/g, "");
  if (match.startsWith("+") || match.startsWith("00")) return digits.length >= 8 && digits.length <= 17;
  if (digits.length < 8 || digits.length > 10) return false;
  const area = /^\(?0[1-9]\d{0,3}\)?[ -]/.exec(match);
  // Without a separator after the area code, only a whole number (mobile 07…, 10 digits; landline, 9) counts.
  if (area === null) return /^0[1-9]\d{7,8}$/.test(match);
  return match.slice(area[0].length).replace(/\D/g, "").length >= 5;
}

/**
 * Whether a text is longer than {@link FREE_TEXT_MAX} characters, counted
 * as the schemas count them: in Unicode code points (an emoji or 𝄞 is one
 * character, two UTF-16 units). A text of up to 20 000 UTF-16 units can
 * still be valid free text, so the scans below must read it.
 */
function overFreeTextMax(text: string): boolean {
  if (text.length <= FREE_TEXT_MAX) return false;
  if (text.length > 2 * FREE_TEXT_MAX) return true;
  let units = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      units -= 1;
      i += 1;
    }
  }
  return units > FREE_TEXT_MAX;
}

/**
 * True when `text` contains something that looks like a Swedish personal
 * identity number or coordination number (`YYMMDD-NNNN`, `YYMMDD+NNNN`,
 * `YYMMDDNNNN`, `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, with a valid month and day,
 * not inside a longer run of digits). Strings longer than 10 000 characters
 * (code points, as the schemas count them) are not scanned (they fail the
 * free-text length check anyway).
 *
 * @category Shared
 * @param text - any text
 * @returns whether the text must be rejected as personal data
 * @example
 * ```ts
 * import { containsPersonalIdentityNumber } from "@romsk-inkludering/model";
 * containsPersonalIdentityNumber("Samråd 2019-03-01, dnr Ku2019/02101/CSM");
 * // => false
 * containsPersonalIdentityNumber("Kontakt 19121212-1212");
 * // => true
 * ```
 */
export function containsPersonalIdentityNumber(text: string): boolean {
  return !overFreeTextMax(text) && PERSONAL_IDENTITY_NUMBER_PATTERN.test(normaliseForScan(text));
}

/** Whether a text already normalised ({@link normaliseForScan}) holds an e-mail address. */
function emailIn(scanned: string): boolean {
  // From each "@": a local-part character before it and a domain after it
  // (at most 255 characters are read), so long texts cost linear time.
  for (let at = scanned.indexOf("@"); at !== -1; at = scanned.indexOf("@", at + 1)) {
    if (at > 0 && EMAIL_LOCAL_CHAR.test(scanned.charAt(at - 1)) && EMAIL_DOMAIN.test(scanned.slice(at + 1, at + 256))) return true;
  }
  return false;
}

/** Whether a text already normalised ({@link normaliseForScan}) holds a telephone number. */
function phoneIn(scanned: string): boolean {
  // One global copy of the pattern, rewound on each call (building one per call cost more than the scan).
  PHONE_NUMBER_GLOBAL.lastIndex = 0;
  for (let match = PHONE_NUMBER_GLOBAL.exec(scanned); match !== null; match = PHONE_NUMBER_GLOBAL.exec(scanned)) {
    if (isPhoneNumber(match[0])) return true;
  }
  return false;
}

/** ASCII without a digit or `@`: every pattern above needs one of them (after NFKC, which only non-ASCII text changes). */
const NO_DIGIT_NOR_AT = /^[\x00-\x2f\x3a-\x3f\x41-\x7f]*$/;

/**
 * True when any of {@link containsPersonalIdentityNumber},
 * {@link containsEmailAddress} and {@link containsPhoneNumber} is: the
 * three checks of a free-text string at once, the text normalised once
 * and ASCII text without a digit or `@` passed over at once. For a caller
 * that needs the verdict and not which one (the cli's fast path).
 *
 * @internal
 * @category Shared
 * @param text - any text
 * @returns whether the text must be rejected as personal data or contact details
 * @example
 * ```ts
 * import { containsPersonalData } from "@romsk-inkludering/model/scan";
 * [containsPersonalData("Samråd 2019-03-01"), containsPersonalData("Ring ０７０－１２３ ４５ ６７"), containsPersonalData("Kontakt anna@kommun.se")];
 * // => [false,true,true]
 * ```
 */
export function containsPersonalData(text: string): boolean {
  if (NO_DIGIT_NOR_AT.test(text) || overFreeTextMax(text)) return false;
  const scanned = normaliseForScan(text);
  return PERSONAL_IDENTITY_NUMBER_PATTERN.test(scanned) || emailIn(scanned) || phoneIn(scanned);
}

/**
 * True when `text` contains an e-mail address (`name@domain.se`, also
 * with full-width characters). The model holds organisations and roles,
 * never contact details: those belong in the integrating system. Strings
 * longer than 10 000 characters (code points, as the schemas count them)
 * are not scanned (they fail the free-text length check anyway).
 *
 * @category Shared
 * @param text - any text
 * @returns whether the text must be rejected as contact details
 * @example
 * ```ts
 * import { containsEmailAddress } from "@romsk-inkludering/model";
 * containsEmailAddress("Kontakt: anna.andersson@kommun.se");
 * // => true
 * containsEmailAddress("Samråd @ stadshuset, 2019-03-01");
 * // => false
 * ```
 */
export function containsEmailAddress(text: string): boolean {
  return !overFreeTextMax(text) && emailIn(normaliseForScan(text));
}

/**
 * True when `text` contains a telephone number: international
 * (`+46 70 123 45 67`, `0046 8 123 456`) or Swedish national
 * (`070-123 45 67`, `08-123 456 78`, `(08) 123 45 67`, `0701234567`), also
 * with full-width digits or other dashes. Dates, years, amounts, SFS and
 * decision numbers and municipality codes are not telephone numbers.
 * Strings longer than 10 000 characters (code points) are not scanned.
 *
 * @category Shared
 * @param text - any text
 * @returns whether the text must be rejected as contact details
 * @example
 * ```ts
 * import { containsPhoneNumber } from "@romsk-inkludering/model";
 * containsPhoneNumber("Ring 070-123 45 67");
 * // => true
 * containsPhoneNumber("Budget 130 000 kr för 2012–2015, SFS 2009:724");
 * // => false
 * ```
 */
export function containsPhoneNumber(text: string): boolean {
  return !overFreeTextMax(text) && phoneIn(normaliseForScan(text));
}

/** The first year of the model's `YearSchema` (and of ISO dates). @internal */
export const YEAR_MIN = 1900;

/** The last year of the model's `YearSchema` (and of ISO dates). @internal */
export const YEAR_MAX = 2200;

/**
 * The rule of `period-order` (a period's `to` not before its `from`) and
 * `validity-order` (`validTo` not before `validFrom`): whether `end` is
 * before `start`, both ISO dates. Anything else (a missing bound, a value
 * that is no ISO date) is not out of order: other checks report it.
 *
 * @internal
 * @category Validation
 * @param start - the first day (`from`, `validFrom`)
 * @param end - the last day (`to`, `validTo`)
 * @returns whether the two dates are out of order
 * @example
 * ```ts
 * import { datesOutOfOrder } from "@romsk-inkludering/model/scan";
 * [datesOutOfOrder("2015-12-31", "2012-01-01"), datesOutOfOrder("2012-01-01", "2012-01-01"), datesOutOfOrder("2012-01-01", undefined)];
 * // => [true,false,false]
 * ```
 */
export function datesOutOfOrder(start: unknown, end: unknown): boolean {
  // Two ISO dates (years 1900–2200, four digits) in order are in order as text too: the calendar is asked only about a pair out of order as text.
  return typeof start === "string" && typeof end === "string" && end < start && isIsoDate(start) && isIsoDate(end) && compareIsoDates(end, start) < 0;
}

/**
 * The rule of `year-order` (an end year not before its start year) and
 * `range-order` (an upper bound, `max` or `upTo`, not below its lower
 * bound, `min` or `value`): whether `upper` is below `lower`, both numbers.
 * A missing bound is not out of order.
 *
 * @internal
 * @category Validation
 * @param lower - the start year or lower bound
 * @param upper - the end year or upper bound
 * @returns whether the two bounds are out of order
 * @example
 * ```ts
 * import { boundsOutOfOrder } from "@romsk-inkludering/model/scan";
 * [boundsOutOfOrder(2015, 2013), boundsOutOfOrder(1500, 2000), boundsOutOfOrder(3, undefined)];
 * // => [true,false,false]
 * ```
 */
export function boundsOutOfOrder(lower: unknown, upper: unknown): boolean {
  return typeof lower === "number" && typeof upper === "number" && upper < lower;
}

/**
 * The rule of `yearly-date`: the first year from `fromYear` to `toYear`
 * (read within {@link YEAR_MIN}–{@link YEAR_MAX}) in which month `month`
 * has no day `day` (30 February, 31 April, 29 February outside leap
 * years), or `undefined` when the day exists in every year of the range.
 *
 * @internal
 * @category Validation
 * @param month - the month, 1–12
 * @param day - the day of the month, 1–31
 * @param fromYear - the first year
 * @param toYear - the last year
 * @returns the first year without that day, or `undefined`
 * @example
 * ```ts
 * import { missingYearlyDate } from "@romsk-inkludering/model/scan";
 * [missingYearlyDate(2, 29, 2012, 2015), missingYearlyDate(4, 31, 2013, 2013), missingYearlyDate(4, 15, 2013, 2015) === undefined];
 * // => [2013,2013,true]
 * ```
 */
export function missingYearlyDate(month: number, day: number, fromYear: number, toYear: number): number | undefined {
  const last = Math.min(toYear, YEAR_MAX);
  for (let year = Math.max(fromYear, YEAR_MIN); year <= last; year += 1) if (day > daysInMonth(year, month)) return year;
  return undefined;
}

/**
 * The rule of `duplicate-id`: the positions in `ids` of each id that
 * occurs earlier in the list (ids compared as a `Set` does), in order; empty
 * when the ids are unique.
 *
 * @internal
 * @category Validation
 * @param ids - the ids (or task numbers) of a list, in its order
 * @returns the positions of the repeats
 * @example
 * ```ts
 * import { repeatedIds } from "@romsk-inkludering/model/scan";
 * [repeatedIds(["a", "b", "a", "a"]), repeatedIds([1, 2, 3])];
 * // => [[2,3],[]]
 * ```
 */
export function repeatedIds(ids: readonly unknown[]): number[] {
  const repeats: number[] = [];
  const seen = new Set<unknown>();
  for (let i = 0; i < ids.length; i += 1) {
    if (seen.has(ids[i])) repeats.push(i);
    else seen.add(ids[i]);
  }
  return repeats;
}

/**
 * The id a municipality actor has: `municipality-<municipalityCode>`.
 *
 * @internal
 * @category Validation
 * @param municipalityCode - the four-digit code (SCB)
 * @returns the actor id
 * @example
 * ```ts
 * import { municipalityActorId } from "@romsk-inkludering/model/scan";
 * municipalityActorId("2180");
 * // => "municipality-2180"
 * ```
 */
export function municipalityActorId(municipalityCode: string): string {
  return `municipality-${municipalityCode}`;
}

/**
 * The rule of `municipality-id`: whether an actor of `kind`
 * `"municipality"` lacks its `municipalityCode` or has an id other than
 * {@link municipalityActorId} of it. Other kinds never fail it.
 *
 * @internal
 * @category Validation
 * @param kind - the actor's kind
 * @param id - the actor's id
 * @param municipalityCode - the actor's municipality code, if any
 * @returns whether the actor fails the rule
 * @example
 * ```ts
 * import { wrongMunicipalityId } from "@romsk-inkludering/model/scan";
 * [wrongMunicipalityId("municipality", "municipality-2180", "2180"), wrongMunicipalityId("municipality", "goteborg", "1480"), wrongMunicipalityId("municipality", "municipality-2180", undefined), wrongMunicipalityId("agency", "skr", undefined)];
 * // => [false,true,true,false]
 * ```
 */
export function wrongMunicipalityId(kind: unknown, id: unknown, municipalityCode: unknown): boolean {
  return kind === "municipality" && (typeof municipalityCode !== "string" || id !== municipalityActorId(municipalityCode));
}
