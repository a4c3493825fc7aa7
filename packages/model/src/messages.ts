/**
 * Translation of zod issues into bilingual validation issues: a pure
 * mapping from an issue's code and details to `{ sv, en }` messages.
 */
import { ISO_DATE_PATTERN } from "@romsk-inkludering/calendar";
import type * as z from "zod";
import {
  EMAIL_ADDRESS_PATTERN,
  normaliseForScan,
  PERSONAL_IDENTITY_NUMBER_PATTERN,
  PHONE_NUMBER_PATTERN,
  KOLADA_KPI_PATTERN,
  COUNTY_CODE_PATTERN, DECISION_NUMBER_PATTERN, HTTPS_URL_PATTERN, ID_PATTERN, MUNICIPALITY_CODE_PATTERN, SEED_FILE_PATTERN, SFS_PATTERN } from "./shared.js";

/**
 * A message in Swedish and English.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { Message } from "@romsk-inkludering/model";
 * const m: Message = { sv: "Okänt fält", en: "Unknown field" };
 * m.en;
 * // => "Unknown field"
 * ```
 */
export interface Message {
  /** Swedish. */
  sv: string;
  /** English. */
  en: string;
}

/**
 * A language the library speaks: Swedish (`sv`) or English (`en`), the two
 * keys of every {@link Message} and label.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { Lang, Message } from "@romsk-inkludering/model";
 * const lang: Lang = "sv";
 * const m: Message = { sv: "Samråd", en: "Consultation" };
 * m[lang];
 * // => "Samråd"
 * ```
 */
export type Lang = keyof Message;

/**
 * A label with its first letter in upper case in both languages, for a
 * heading, a table cell or a name standing alone. The enum labels of the
 * model (e.g. {@link AREA_LABELS}) are written as they read inside a
 * sentence ("utbildning", "Swedish Roma"); this gives the form that starts
 * a line ("Utbildning", "Swedish Roma").
 *
 * @category Validation
 * @param label - a label in Swedish and English
 * @returns a new label, each text with an upper-case first letter
 * @example
 * ```ts
 * import { AREA_LABELS, capitalised } from "@romsk-inkludering/model";
 * capitalised(AREA_LABELS["civil-society"]);
 * // => {"sv":"Civilsamhällets organisering","en":"Organisation of civil society"}
 * ```
 */
export function capitalised(label: Readonly<Message>): Message {
  return { sv: upperFirst(label.sv), en: upperFirst(label.en) };
}

function upperFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One problem found in an input: where (`path`, keys and array indices
 * from the root), what (`code`, stable and kebab-case) and a message in
 * Swedish and English.
 *
 * @category Validation
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * const result = validate("roma-group", { id: "travellers", name: { sv: "Resande romer", en: "Travellers" }, sources: [], colour: "red" });
 * result.success ? [] : result.issues.map((issue) => [issue.path, issue.code]);
 * // => [[["colour"],"unknown-key"],[["sources"],"too-small"]]
 * ```
 */
export interface ValidationIssue {
  /** Keys and array indices from the root of the input to the problem. */
  path: (string | number)[];
  /** A stable kebab-case code, e.g. `unknown-key`, `invalid-date`, `personal-identity-number`. */
  code: string;
  /** What is wrong, in Swedish and English. */
  message: Message;
}

const TYPE_NAMES: Readonly<Record<string, Message>> = {
  string: { sv: "text", en: "a string" },
  number: { sv: "ett tal", en: "a number" },
  int: { sv: "ett heltal", en: "an integer" },
  boolean: { sv: "sant eller falskt", en: "a boolean" },
  null: { sv: "null", en: "null" },
  undefined: { sv: "inget värde", en: "no value" },
  array: { sv: "en lista", en: "an array" },
  object: { sv: "ett objekt", en: "an object" },
  record: { sv: "ett objekt", en: "an object" },
  bigint: { sv: "ett bigint-tal", en: "a bigint" },
  symbol: { sv: "en symbol", en: "a symbol" },
  function: { sv: "en funktion", en: "a function" },
  date: { sv: "ett Date-objekt", en: "a Date object" },
  nan: { sv: "NaN", en: "NaN" },
  infinity: { sv: "ett oändligt tal", en: "an infinite number" },
};

function typeName(name: string): Message {
  return TYPE_NAMES[name] ?? { sv: name, en: name };
}

/**
 * The JSON type name of a value, as used in messages (`string`, `number`,
 * `int`, `nan`, `infinity`, `null`, `array`, `object`, `date`, ...).
 *
 * @internal
 */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "nan";
    if (!Number.isFinite(value)) return "infinity";
    return "number";
  }
  if (value instanceof Date) return "date";
  return typeof value;
}

const MAX_SHOWN = 60;
/** What is masked in an echoed value: personal identity numbers, e-mail addresses, telephone numbers. */
const PERSONAL_DATA_GLOBAL = [PERSONAL_IDENTITY_NUMBER_PATTERN, EMAIL_ADDRESS_PATTERN, PHONE_NUMBER_PATTERN].map(
  (re) => new RegExp(re.source, re.flags.includes("u") ? "gu" : "g"),
);

function mask(text: string): string {
  let out = normaliseForScan(text);
  // Each pattern needs an ASCII digit (identity and telephone numbers) or
  // an @ (e-mail addresses) in the normalised text: without one nothing can
  // match, and the three scans are skipped (enum options, most keys).
  if (!HAS_DIGIT_OR_AT.test(out)) return out;
  for (const re of PERSONAL_DATA_GLOBAL) out = out.replace(re, "[…]");
  return out;
}

const HAS_DIGIT_OR_AT = /[0-9@]/;

/**
 * A short, safe rendering of a received value for a message: strings are
 * quoted and cut at 60 characters, with anything that looks like a personal
 * identity number masked; objects and arrays are not shown.
 *
 * @internal
 */
export function show(value: unknown): string | undefined {
  if (typeof value === "string") {
    const masked = mask(value.slice(0, MAX_SHOWN + 20));
    const cut = value.length > MAX_SHOWN || masked.length > MAX_SHOWN ? `${masked.slice(0, MAX_SHOWN)}…` : masked;
    return JSON.stringify(cut);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "null";
  return undefined;
}

function received(input: unknown): Message {
  const shown = show(input);
  return shown === undefined ? { sv: "", en: "" } : { sv: ` (fick ${shown})`, en: ` (got ${shown})` };
}

function both(sv: string, en: string): Message {
  return { sv, en };
}

function sizeWords(origin: string): Message {
  switch (origin) {
    case "string":
      return { sv: "tecken", en: "characters" };
    case "array":
    case "set":
      return { sv: "element", en: "items" };
    default:
      return { sv: "", en: "" };
  }
}

const PATTERNS: ReadonlyArray<readonly [RegExp, string, Message]> = [
  [ISO_DATE_PATTERN, "invalid-date", both("ett verkligt datum ÅÅÅÅ-MM-DD under åren 1900–2200", "a real calendar date YYYY-MM-DD in the years 1900–2200")],
  [ID_PATTERN, "invalid-id", both("ett id med små bokstäver, siffror och bindestreck (t.ex. municipality-1283)", "an id of lower-case letters, digits and hyphens (e.g. municipality-1283)")],
  [MUNICIPALITY_CODE_PATTERN, "invalid-municipality-code", both("en kommunkod med fyra siffror (t.ex. 1283)", "a four-digit municipality code (e.g. 1283)")],
  [COUNTY_CODE_PATTERN, "invalid-county-code", both("en länskod med två siffror (t.ex. 01)", "a two-digit county code (e.g. 01)")],
  [DECISION_NUMBER_PATTERN, "invalid-decision-number", both("ett diarienummer som Ku2019/02101/CSM", "a decision number such as Ku2019/02101/CSM")],
  [SFS_PATTERN, "invalid-sfs-number", both("ett SFS-nummer som 2009:724", "an SFS number such as 2009:724")],
  [HTTPS_URL_PATTERN, "invalid-url", both("en https-adress", "an https URL")],
  [SEED_FILE_PATTERN, "invalid-seed-file", both("ett filnamn som 000_fd74c5439764a9cd.txt", "a file name such as 000_fd74c5439764a9cd.txt")],
  [KOLADA_KPI_PATTERN, "invalid-kpi", both("ett Kolada-id som N15428", "a Kolada KPI id such as N15428")],
];

function patternMessage(pattern: string | undefined): readonly [string, Message] {
  for (const [re, code, what] of PATTERNS) {
    if (pattern === String(re)) return [code, what];
  }
  return ["invalid-format", both("rätt format", "the expected format")];
}

function quoteList(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => show(v) ?? String(v));
  return values.length > 12 ? `${shown.join(", ")}, …` : shown.join(", ");
}

function customMessage(params: Record<string, unknown>): readonly [string, Message] {
  const code = typeof params["code"] === "string" ? params["code"] : "custom";
  const p = (key: string): string => show(params[key]) ?? "?";
  const raw = (key: string): string => String(params[key] ?? "?");
  switch (code) {
    case "personal-identity-number":
      return [
        code,
        both(
          "Texten ser ut att innehålla ett personnummer (ÅÅMMDD-NNNN). Personuppgifter får inte lagras: ta bort numret.",
          "The text looks like it contains a Swedish personal identity number (YYMMDD-NNNN). Personal data must not be stored: remove the number.",
        ),
      ];
    case "email-address":
      return [
        code,
        both(
          "Texten innehåller en e-postadress. Modellen innehåller organisationer och roller, aldrig kontaktuppgifter: de hör hemma i det system som använder biblioteket.",
          "The text contains an e-mail address. The model holds organisations and roles, never contact details: they belong in the system that uses the library.",
        ),
      ];
    case "phone-number":
      return [
        code,
        both(
          "Texten innehåller ett telefonnummer. Modellen innehåller organisationer och roller, aldrig kontaktuppgifter: de hör hemma i det system som använder biblioteket.",
          "The text contains a telephone number. The model holds organisations and roles, never contact details: they belong in the system that uses the library.",
        ),
      ];
    case "period-order":
      return [code, both(`Slutdatumet ${raw("to")} ligger före startdatumet ${raw("from")}.`, `The end date ${raw("to")} is before the start date ${raw("from")}.`)];
    case "validity-order":
      return [
        code,
        both(`validTo ${raw("validTo")} ligger före validFrom ${raw("validFrom")}.`, `validTo ${raw("validTo")} is before validFrom ${raw("validFrom")}.`),
      ];
    case "year-order":
      return [code, both(`Slutåret ${raw("to")} ligger före startåret ${raw("from")}.`, `The end year ${raw("to")} is before the start year ${raw("from")}.`)];
    case "yearly-date":
      return [
        code,
        both(
          `Dag ${raw("day")} i månad ${raw("month")} finns inte år ${raw("year")}.`,
          `Day ${raw("day")} of month ${raw("month")} does not exist in ${raw("year")}.`,
        ),
      ];
    case "range-order":
      return [code, both(`Övre gränsen ${raw("max")} är mindre än den undre ${raw("min")}.`, `The upper bound ${raw("max")} is below the lower bound ${raw("min")}.`)];
    case "duplicate-id":
      return [code, both(`Id ${p("id")} förekommer mer än en gång.`, `The id ${p("id")} occurs more than once.`)];
    case "municipality-id":
      return params["expected"] === undefined
        ? [code, both("En kommun behöver sin kommunkod (municipalityCode).", "A municipality needs its municipalityCode.")]
        : [code, both(`En kommun ska ha id ${p("expected")}, inte ${p("id")}.`, `A municipality has the id ${p("expected")}, not ${p("id")}.`)];
    default:
      return [code, both("Värdet uppfyller inte ett villkor.", "The value does not meet a condition.")];
  }
}

function asPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

/**
 * Translates one zod issue into bilingual validation issues (an
 * `unrecognized_keys` issue becomes one `unknown-key` issue per key, with
 * the key in its path). Pure: reads only the issue.
 *
 * @category Validation
 * @param issue - a zod issue, e.g. from `schema.safeParse(x).error.issues`
 * @returns one or more issues with `sv` and `en` messages
 * @example
 * ```ts
 * import { translateIssue, IsoDateSchema } from "@romsk-inkludering/model";
 * const parsed = IsoDateSchema.safeParse("2023-02-29", { reportInput: true });
 * parsed.success ? [] : translateIssue(parsed.error.issues[0]!).map((issue) => issue.message.en);
 * // => ["Expected a real calendar date YYYY-MM-DD in the years 1900–2200 (got \"2023-02-29\")."]
 * ```
 */
export function translateIssue(issue: z.core.$ZodIssue): ValidationIssue[] {
  const path = asPath(issue.path);
  const make = (code: string, message: Message): ValidationIssue[] => [{ path, code, message }];
  const missing = "input" in issue && issue.input === undefined;
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeName(issue.expected);
      const got = "input" in issue ? typeName(describeType(issue.input)) : undefined;
      if (missing) {
        return make("missing", both(`Värde saknas: väntade ${expected.sv}.`, `Missing value: expected ${expected.en}.`));
      }
      const shown = "input" in issue ? show(issue.input) : undefined;
      const gotText = shown === undefined ? got : { sv: shown, en: shown };
      return make(
        "invalid-type",
        gotText === undefined
          ? both(`Fel typ: väntade ${expected.sv}.`, `Wrong type: expected ${expected.en}.`)
          : both(`Fel typ: väntade ${expected.sv}, fick ${gotText.sv}.`, `Wrong type: expected ${expected.en}, got ${gotText.en}.`),
      );
    }
    case "too_big": {
      const words = sizeWords(issue.origin);
      const max = String(issue.maximum);
      const strict = issue.inclusive === false;
      const unit = words.en === "" ? "" : ` ${words.en}`;
      const unitSv = words.sv === "" ? "" : ` ${words.sv}`;
      if (words.en === "") {
        const r = received(issue.input);
        return make(
          "too-big",
          both(`Värdet är för stort: högst ${strict ? "under " : ""}${max}${r.sv}.`, `The value is too big: at most ${strict ? "below " : ""}${max}${r.en}.`),
        );
      }
      return make("too-big", both(`För lång: högst ${max}${unitSv}.`, `Too long: at most ${max}${unit}.`));
    }
    case "too_small": {
      const words = sizeWords(issue.origin);
      const min = String(issue.minimum);
      const strict = issue.inclusive === false;
      if (words.en === "") {
        const r = received(issue.input);
        return make(
          "too-small",
          both(`Värdet är för litet: minst ${strict ? "över " : ""}${min}${r.sv}.`, `The value is too small: at least ${strict ? "above " : ""}${min}${r.en}.`),
        );
      }
      if (issue.origin === "string" && min === "1") {
        return make("too-small", both("Får inte vara tom.", "Must not be empty."));
      }
      if (min === "1") {
        return make("too-small", both("Listan får inte vara tom: minst 1 element.", "The list must not be empty: at least 1 item."));
      }
      return make("too-small", both(`För kort: minst ${min} ${words.sv}.`, `Too short: at least ${min} ${words.en}.`));
    }
    case "invalid_format": {
      const [code, what] = patternMessage(issue.format === "regex" ? issue.pattern : undefined);
      const r = received(issue.input);
      return make(code, both(`Väntade ${what.sv}${r.sv}.`, `Expected ${what.en}${r.en}.`));
    }
    case "not_multiple_of":
      return make("not-multiple-of", both(`Ska vara en multipel av ${issue.divisor}.`, `Must be a multiple of ${issue.divisor}.`));
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        code: "unknown-key",
        message: both(`Okänt fält ${show(key) ?? ""}: finns inte i schemat (stavfel?).`, `Unknown field ${show(key) ?? ""}: not in the schema (a typo?).`),
      }));
    case "invalid_union": {
      if (issue.discriminator !== undefined) {
        const options = quoteList("options" in issue && Array.isArray(issue.options) ? issue.options : []);
        const container: unknown = "input" in issue ? issue.input : undefined;
        const value = typeof container === "object" && container !== null ? (container as Record<string, unknown>)[issue.discriminator] : undefined;
        if (value === undefined) {
          return make("missing", both(`Värde saknas: väntade ett av ${options}.`, `Missing value: expected one of ${options}.`));
        }
        const r = received(value);
        return make(
          "invalid-discriminator",
          both(`Ogiltigt värde för ${issue.discriminator}${r.sv}; tillåtna: ${options}.`, `Invalid value of ${issue.discriminator}${r.en}; allowed: ${options}.`),
        );
      }
      return make("invalid-union", both("Värdet matchar ingen av de tillåtna formerna.", "The value matches none of the allowed shapes."));
    }
    case "invalid_key":
      return make("invalid-key", both("Ogiltig nyckel.", "Invalid key."));
    case "invalid_element":
      return make("invalid-element", both("Ogiltigt element.", "Invalid element."));
    case "invalid_value": {
      const options = quoteList(issue.values);
      if (missing) {
        return make("missing", both(`Värde saknas: väntade ett av ${options}.`, `Missing value: expected one of ${options}.`));
      }
      const r = received(issue.input);
      return make("invalid-value", both(`Ogiltigt värde${r.sv}; tillåtna: ${options}.`, `Invalid value${r.en}; allowed: ${options}.`));
    }
    case "custom": {
      const [code, message] = customMessage(issue.params ?? {});
      return make(code, message);
    }
    default:
      return make("invalid", both("Ogiltigt värde.", "Invalid value."));
  }
}
