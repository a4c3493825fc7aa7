import { ISO_DATE_PATTERN } from "@romsk-inkludering/calendar";
import * as z from "zod";
import type { Message } from "./messages.js";
import { markRefined, whenValid } from "./refinements.js";
import { containsEmailAddress, containsPersonalIdentityNumber, containsPhoneNumber, datesOutOfOrder, FREE_TEXT_MAX, YEAR_MAX, YEAR_MIN } from "./checks.js";

// The personal-data checks live in checks.ts (no zod); the schemas below and the package's index take them from here as before.
export {
  containsEmailAddress,
  containsPersonalIdentityNumber,
  containsPhoneNumber,
  EMAIL_ADDRESS_PATTERN,
  FREE_TEXT_MAX,
  normaliseForScan,
  PERSONAL_IDENTITY_NUMBER_PATTERN,
  PHONE_NUMBER_PATTERN,
} from "./checks.js";

/** The slug pattern of ids. @internal */
export const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** The pattern of a Regeringskansliet decision number (diarienummer). @internal */
export const DECISION_NUMBER_PATTERN = /^[A-Z][A-Za-z]{0,3}[0-9]{4}\/[0-9]{1,6}(?:\/[A-Z]{1,10})?$/;

/** The pattern of an SFS number. @internal */
export const SFS_PATTERN = /^[0-9]{4}:[0-9]{1,4}$/;

/** The pattern of an https URL. @internal */
export const HTTPS_URL_PATTERN = /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;

/** The pattern of a seed file name. @internal */
export const SEED_FILE_PATTERN = /^[0-9]{3}_[0-9a-f]{16}\.txt$/;

/** The pattern of a four-digit municipality code. @internal */
export const MUNICIPALITY_CODE_PATTERN = /^[0-9]{4}$/;

/** The pattern of a Kolada KPI id. @internal */
export const KOLADA_KPI_PATTERN = /^[NU][0-9]{5}$/;

/** The pattern of a two-digit county code. @internal */
export const COUNTY_CODE_PATTERN = /^[0-9]{2}$/;

// The first and last years of YearSchema (and of ISO dates) live in checks.ts beside the yearly-date rule that reads them.
export { YEAR_MAX, YEAR_MIN } from "./checks.js";

/** Maximum length of a short text (names of things, references). @internal */
export const SHORT_TEXT_MAX = 500;

function guardPersonalData<S extends z.ZodString>(schema: S): S {
  return markRefined(
    schema.superRefine((s, ctx) => {
      // One issue per kind of personal data found, each with its own code; the text itself is never echoed.
      if (containsPersonalIdentityNumber(s)) {
        ctx.addIssue({ code: "custom", message: "looks like a Swedish personal identity number; personal data must not be stored", params: { code: "personal-identity-number" } });
      }
      if (containsEmailAddress(s)) {
        ctx.addIssue({ code: "custom", message: "contains an e-mail address; contact details belong in the integrating system", params: { code: "email-address" } });
      }
      if (containsPhoneNumber(s)) {
        ctx.addIssue({ code: "custom", message: "contains a telephone number; contact details belong in the integrating system", params: { code: "phone-number" } });
      }
    }, whenValid()),
    "personal-identity-number",
    "email-address",
    "phone-number",
  );
}

/**
 * An ISO calendar date `YYYY-MM-DD`: a real date (2023-02-29 is rejected,
 * 2024-02-29 accepted) in the years 1900–2200. The rule is the calendar
 * package's (`isIsoDate`, and its `ISO_DATE_PATTERN` for the JSON Schema).
 *
 * @category Shared
 * @example
 * ```ts
 * import { IsoDateSchema } from "@romsk-inkludering/model";
 * IsoDateSchema.safeParse("2012-09-01").success;
 * // => true
 * IsoDateSchema.safeParse("2023-02-29").success;
 * // => false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, { message: "must be a real calendar date YYYY-MM-DD in the years 1900–2200" });

/**
 * An ISO calendar date string `YYYY-MM-DD` (see {@link IsoDateSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { IsoDate } from "@romsk-inkludering/model";
 * const due: IsoDate = "2012-09-01";
 * due.length;
 * // => 10
 * ```
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A calendar year, an integer from 1900 to 2200.
 *
 * @category Shared
 * @example
 * ```ts
 * import { YearSchema } from "@romsk-inkludering/model";
 * YearSchema.safeParse(2013).success;
 * // => true
 * YearSchema.safeParse(2013.5).success;
 * // => false
 * ```
 */
export const YearSchema = z.int().min(YEAR_MIN).max(YEAR_MAX);

/**
 * A calendar year (see {@link YearSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { Year } from "@romsk-inkludering/model";
 * const first: Year = 2013;
 * first + 2;
 * // => 2015
 * ```
 */
export type Year = z.infer<typeof YearSchema>;

/**
 * A period `{ from, to }` of ISO dates, both inclusive; `to` is not before
 * `from` (a zod-only check, code `period-order`).
 *
 * @category Shared
 * @example
 * ```ts
 * import { PeriodSchema } from "@romsk-inkludering/model";
 * PeriodSchema.safeParse({ from: "2012-01-01", to: "2015-12-31" }).success;
 * // => true
 * PeriodSchema.safeParse({ from: "2015-12-31", to: "2012-01-01" }).success;
 * // => false
 * ```
 */
export const PeriodSchema = markRefined(
  z
    .strictObject({
      from: IsoDateSchema.describe("Från och med (from): the first day of the period, inclusive (YYYY-MM-DD)."),
      to: IsoDateSchema.describe("Till och med (to): the last day of the period, inclusive (YYYY-MM-DD); not before `from`."),
    })
    .superRefine((p, ctx) => {
      if (datesOutOfOrder(p.from, p.to)) {
        ctx.addIssue({
          code: "custom",
          path: ["to"],
          message: `the end ${p.to} is before the start ${p.from}`,
          params: { code: "period-order", from: p.from, to: p.to },
        });
      }
    }),
  "period-order",
);

/**
 * A period of ISO dates (see {@link PeriodSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { Period } from "@romsk-inkludering/model";
 * const pilot: Period = { from: "2012-01-01", to: "2015-12-31" };
 * pilot.to > pilot.from;
 * // => true
 * ```
 */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * A kebab-case slug id (`^[a-z0-9]+(?:[-.][a-z0-9]+)*$`, at most 200
 * characters), e.g. `municipality-1283` or `lst-ab`.
 *
 * @category Shared
 * @example
 * ```ts
 * import { IdSchema } from "@romsk-inkludering/model";
 * IdSchema.safeParse("municipality-1283").success;
 * // => true
 * IdSchema.safeParse("Municipality 1283").success;
 * // => false
 * ```
 */
export const IdSchema = z.string().max(200).regex(ID_PATTERN, { message: "must be a kebab-case id" });

/**
 * A kebab-case slug id (see {@link IdSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { Id } from "@romsk-inkludering/model";
 * const id: Id = "municipality-1283";
 * id.startsWith("municipality-");
 * // => true
 * ```
 */
export type Id = z.infer<typeof IdSchema>;

/**
 * Free text (1 to 10 000 characters) that must not contain anything that
 * looks like a Swedish personal identity number (`YYMMDD-NNNN`,
 * `YYYYMMDDNNNN`, separator `-`, `+` or none): a zod-only check, issue code
 * `personal-identity-number`.
 *
 * @category Shared
 * @example
 * ```ts
 * import { FreeTextSchema } from "@romsk-inkludering/model";
 * FreeTextSchema.safeParse("Läxläsning för elever i årskurs 7–9").success;
 * // => true
 * FreeTextSchema.safeParse("Kontakt: 121212-1212").success;
 * // => false
 * ```
 */
export const FreeTextSchema = guardPersonalData(z.string().min(1).max(FREE_TEXT_MAX));

/**
 * Free text without personal identity numbers (see {@link FreeTextSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { FreeText } from "@romsk-inkludering/model";
 * const topic: FreeText = "Samråd med romska företrädare";
 * topic.length > 0;
 * // => true
 * ```
 */
export type FreeText = z.infer<typeof FreeTextSchema>;

/** A short non-empty text (at most 500 characters) guarded against personal identity numbers. @internal */
export const ShortTextSchema = guardPersonalData(z.string().min(1).max(SHORT_TEXT_MAX));

/**
 * A label in Swedish and English, both non-empty free text.
 *
 * @category Shared
 * @example
 * ```ts
 * import { BilingualSchema } from "@romsk-inkludering/model";
 * BilingualSchema.safeParse({ sv: "Utbildning", en: "Education" }).success;
 * // => true
 * BilingualSchema.safeParse({ sv: "Utbildning" }).success;
 * // => false
 * ```
 */
export const BilingualSchema = z.strictObject({
  sv: FreeTextSchema.describe("Svenska (sv): the text in Swedish."),
  en: FreeTextSchema.describe("Engelska (en): the same text in English."),
});

/**
 * A label in Swedish and English (see {@link BilingualSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { Bilingual } from "@romsk-inkludering/model";
 * const area: Bilingual = { sv: "Bostad", en: "Housing" };
 * area.en;
 * // => "Housing"
 * ```
 */
export type Bilingual = z.infer<typeof BilingualSchema>;

/**
 * A municipality code (kommunkod): four digits, e.g. `1283` for Helsingborg.
 *
 * @category Shared
 * @example
 * ```ts
 * import { MunicipalityCodeSchema } from "@romsk-inkludering/model";
 * MunicipalityCodeSchema.safeParse("1283").success;
 * // => true
 * MunicipalityCodeSchema.safeParse("128").success;
 * // => false
 * ```
 */
export const MunicipalityCodeSchema = z
  .string()
  .regex(MUNICIPALITY_CODE_PATTERN, { message: "must be a four-digit municipality code" });

/**
 * A four-digit municipality code (see {@link MunicipalityCodeSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { MunicipalityCode } from "@romsk-inkludering/model";
 * const helsingborg: MunicipalityCode = "1283";
 * helsingborg.slice(0, 2);
 * // => "12"
 * ```
 */
export type MunicipalityCode = z.infer<typeof MunicipalityCodeSchema>;

/**
 * A county code (länskod): two digits, e.g. `01` for Stockholms län.
 *
 * @category Shared
 * @example
 * ```ts
 * import { CountyCodeSchema } from "@romsk-inkludering/model";
 * CountyCodeSchema.safeParse("01").success;
 * // => true
 * CountyCodeSchema.safeParse("1").success;
 * // => false
 * ```
 */
export const CountyCodeSchema = z
  .string()
  .regex(COUNTY_CODE_PATTERN, { message: "must be a two-digit county code" });

/**
 * A two-digit county code (see {@link CountyCodeSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { CountyCode } from "@romsk-inkludering/model";
 * const stockholm: CountyCode = "01";
 * stockholm.length;
 * // => 2
 * ```
 */
export type CountyCode = z.infer<typeof CountyCodeSchema>;

/**
 * Gender as Kolada codes it: `T` total, `K` women (kvinnor), `M` men (män).
 *
 * @category Shared
 * @example
 * ```ts
 * import { GenderSchema } from "@romsk-inkludering/model";
 * GenderSchema.safeParse("K").success;
 * // => true
 * GenderSchema.safeParse("F").success;
 * // => false
 * ```
 */
export const GenderSchema = z.enum(["T", "K", "M"]);

/**
 * A Kolada gender code (see {@link GenderSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { Gender } from "@romsk-inkludering/model";
 * const total: Gender = "T";
 * total;
 * // => "T"
 * ```
 */
export type Gender = z.infer<typeof GenderSchema>;

/**
 * The Kolada gender codes in Swedish and English. Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Shared
 * @example
 * ```ts
 * import { GENDER_LABELS } from "@romsk-inkludering/model";
 * GENDER_LABELS.K;
 * // => {"sv":"kvinnor","en":"women"}
 * ```
 */
export const GENDER_LABELS: Readonly<Record<Gender, Readonly<Message>>> = Object.freeze({
  T: { sv: "totalt", en: "total" },
  K: { sv: "kvinnor", en: "women" },
  M: { sv: "män", en: "men" },
});

/**
 * An amount in whole Swedish kronor (SEK), not negative.
 *
 * @category Shared
 * @example
 * ```ts
 * import { AmountSekSchema } from "@romsk-inkludering/model";
 * AmountSekSchema.safeParse(130000).success;
 * // => true
 * AmountSekSchema.safeParse(99.5).success;
 * // => false
 * ```
 */
export const AmountSekSchema = z.int().min(0);

/**
 * Any JSON value (string, finite number, boolean, null, array, object).
 *
 * @category Shared
 * @example
 * ```ts
 * import { JsonValueSchema } from "@romsk-inkludering/model";
 * JsonValueSchema.safeParse({ due: "2012-09-01", shifted: false }).success;
 * // => true
 * JsonValueSchema.safeParse(Number.NaN).success;
 * // => false
 * ```
 */
export const JsonValueSchema = z.json();

/**
 * Any JSON value (see {@link JsonValueSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { JsonValue } from "@romsk-inkludering/model";
 * const evidence: JsonValue = { due: "2012-09-01", submittedOn: null };
 * JSON.stringify(evidence);
 * // => "{\"due\":\"2012-09-01\",\"submittedOn\":null}"
 * ```
 */
export type JsonValue = z.infer<typeof JsonValueSchema>;
