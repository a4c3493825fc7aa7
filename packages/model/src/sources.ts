import * as z from "zod";
import { datesOutOfOrder } from "./checks.js";
import { markRefined, whenValid } from "./refinements.js";
import {
  DECISION_NUMBER_PATTERN,
  FreeTextSchema,
  HTTPS_URL_PATTERN,
  IsoDateSchema,
  SEED_FILE_PATTERN,
  SFS_PATTERN,
  ShortTextSchema,
} from "./shared.js";

/**
 * A decision number (diarienummer) of Regeringskansliet, e.g.
 * `Ku2019/02101/CSM` or `A2009/2285/DISK`.
 *
 * @category Shared
 * @example
 * ```ts
 * import { DecisionNumberSchema } from "@romsk-inkludering/model";
 * DecisionNumberSchema.safeParse("Ku2019/02101/CSM").success;
 * // => true
 * DecisionNumberSchema.safeParse("Ku 2019-02101").success;
 * // => false
 * ```
 */
export const DecisionNumberSchema = z
  .string()
  .regex(DECISION_NUMBER_PATTERN, { message: "must be a decision number such as Ku2019/02101/CSM" });

/**
 * An SFS number, e.g. `2009:724` (lag om nationella minoriteter och minoritetsspråk).
 *
 * @category Shared
 * @example
 * ```ts
 * import { SfsNumberSchema } from "@romsk-inkludering/model";
 * SfsNumberSchema.safeParse("2009:724").success;
 * // => true
 * SfsNumberSchema.safeParse("SFS 2009:724").success;
 * // => false
 * ```
 */
export const SfsNumberSchema = z.string().regex(SFS_PATTERN, { message: "must be an SFS number such as 2009:724" });

const note = { note: FreeTextSchema.optional().describe("Anmärkning (note): what the source says or how it was read, when that needs saying.") };

/**
 * A source passage in one of the project's seed documents.
 *
 * @category Shared
 * @example
 * ```ts
 * import { SeedSourceSchema } from "@romsk-inkludering/model";
 * SeedSourceSchema.safeParse({ kind: "seed", file: "000_fd74c5439764a9cd.txt", locator: "Pilotverksamhet" }).success;
 * // => true
 * ```
 */
export const SeedSourceSchema = z.strictObject({
  kind: z.literal("seed").describe("Källtyp (kind): \"seed\", a text file of the project's source material (shared/seeds)."),
  file: z.string().regex(SEED_FILE_PATTERN, { message: "must be a seed file name such as 000_fd74c5439764a9cd.txt" }).describe("Fil (file): the seed file name, e.g. 000_fd74c5439764a9cd.txt."),
  locator: FreeTextSchema.optional().describe("Ställe (locator): where in the file, e.g. a heading or a quoted phrase."),
  ...note,
});

/**
 * A provision of Swedish law by SFS number, with an optional section.
 *
 * @category Shared
 * @example
 * ```ts
 * import { SfsSourceSchema } from "@romsk-inkludering/model";
 * SfsSourceSchema.safeParse({ kind: "sfs", sfs: "2009:724", section: "5 a §" }).success;
 * // => true
 * ```
 */
export const SfsSourceSchema = z.strictObject({
  kind: z.literal("sfs").describe("Källtyp (kind): \"sfs\", a Swedish statute in the Swedish Code of Statutes (Svensk författningssamling)."),
  sfs: SfsNumberSchema.describe("SFS-nummer (sfs): the statute's number, e.g. 2009:724."),
  section: ShortTextSchema.optional().describe("Paragraf (section): the section referred to, e.g. 5 §."),
  title: ShortTextSchema.optional().describe("Rubrik (title): the statute's title, e.g. Lag (2009:724) om nationella minoriteter och minoritetsspråk."),
  ...note,
});

/**
 * A government decision by its decision number.
 *
 * @category Shared
 * @example
 * ```ts
 * import { DecisionSourceSchema } from "@romsk-inkludering/model";
 * DecisionSourceSchema.safeParse({ kind: "decision", number: "Ku2019/02101/CSM", date: "2019-12-19" }).success;
 * // => true
 * ```
 */
export const DecisionSourceSchema = z.strictObject({
  kind: z.literal("decision").describe("Källtyp (kind): \"decision\", a government decision (regeringsbeslut)."),
  number: DecisionNumberSchema.describe("Diarienummer (number): the decision's file number, e.g. Ku2011/1982/DISK."),
  date: IsoDateSchema.optional().describe("Beslutsdatum (date): the day of the decision (YYYY-MM-DD)."),
  title: ShortTextSchema.optional().describe("Rubrik (title): the decision's title."),
  ...note,
});

/**
 * A publication by its reference, e.g. `skr. 2011/12:56`, `Statskontoret 2018:13`, `COM(2020) 620`.
 *
 * @category Shared
 * @example
 * ```ts
 * import { PublicationSourceSchema } from "@romsk-inkludering/model";
 * PublicationSourceSchema.safeParse({ kind: "publication", reference: "skr. 2011/12:56", date: "2012-02-16" }).success;
 * // => true
 * ```
 */
export const PublicationSourceSchema = z.strictObject({
  kind: z.literal("publication").describe("Källtyp (kind): \"publication\", a published report, inquiry or government paper."),
  reference: ShortTextSchema.describe("Referens (reference): the publication's reference, e.g. SOU 2010:55 or Skr. 2011/12:56."),
  title: ShortTextSchema.optional().describe("Titel (title): the publication's title."),
  date: IsoDateSchema.optional().describe("Utgivningsdatum (date): the day of publication (YYYY-MM-DD)."),
  ...note,
});

/**
 * A web page (https only).
 *
 * @category Shared
 * @example
 * ```ts
 * import { UrlSourceSchema } from "@romsk-inkludering/model";
 * UrlSourceSchema.safeParse({ kind: "url", url: "https://www.minoritet.se/romsk-inkludering" }).success;
 * // => true
 * UrlSourceSchema.safeParse({ kind: "url", url: "http://www.minoritet.se/romsk-inkludering" }).success;
 * // => false
 * ```
 */
export const UrlSourceSchema = z.strictObject({
  kind: z.literal("url").describe("Källtyp (kind): \"url\", a public web page."),
  url: z.string().max(2000).regex(HTTPS_URL_PATTERN, { message: "must be an https URL" }).describe("Adress (url): the page's https address."),
  title: ShortTextSchema.optional().describe("Rubrik (title): the page's title."),
  ...note,
});

/**
 * A fact from the project's FACTS file, by its section heading.
 *
 * @category Shared
 * @example
 * ```ts
 * import { FactsSourceSchema } from "@romsk-inkludering/model";
 * FactsSourceSchema.safeParse({ kind: "facts", section: "Programmes and commissions" }).success;
 * // => true
 * ```
 */
export const FactsSourceSchema = z.strictObject({
  kind: z.literal("facts").describe("Källtyp (kind): \"facts\", a section of the project's checked list of public facts (`FACTS.md`), which names its own sources."),
  section: ShortTextSchema.describe("Avsnitt (section): the section's heading in `FACTS.md`."),
  ...note,
});

/**
 * Where a fact comes from: a seed file, an SFS provision, a decision number,
 * a publication, an https URL or a section of the FACTS file
 * (discriminated on `kind`).
 *
 * @category Shared
 * @example
 * ```ts
 * import { SourceSchema } from "@romsk-inkludering/model";
 * SourceSchema.safeParse({ kind: "sfs", sfs: "1930:173", section: "2 §" }).success;
 * // => true
 * SourceSchema.safeParse({ kind: "rumour" }).success;
 * // => false
 * ```
 */
export const SourceSchema = z.discriminatedUnion("kind", [
  SeedSourceSchema,
  SfsSourceSchema,
  DecisionSourceSchema,
  PublicationSourceSchema,
  UrlSourceSchema,
  FactsSourceSchema,
]);

/**
 * A source reference (see {@link SourceSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { Source } from "@romsk-inkludering/model";
 * const law: Source = { kind: "sfs", sfs: "2009:724", section: "5 §" };
 * law.kind;
 * // => "sfs"
 * ```
 */
export type Source = z.infer<typeof SourceSchema>;

/**
 * A non-empty list of sources (every catalog fact has at least one).
 *
 * @category Shared
 * @example
 * ```ts
 * import { SourcesSchema } from "@romsk-inkludering/model";
 * SourcesSchema.safeParse([{ kind: "facts", section: "The strategy" }]).success;
 * // => true
 * SourcesSchema.safeParse([]).success;
 * // => false
 * ```
 */
export const SourcesSchema = z.array(SourceSchema).min(1).max(100);

/** A possibly empty list of sources. @internal */
export const SourceListSchema = z.array(SourceSchema).max(100);

/**
 * A value valid over a span of dates: `validFrom` and `validTo` are
 * inclusive ISO dates; no `validTo` means still in force.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { EffectiveDated } from "@romsk-inkludering/model";
 * const name: EffectiveDated<string> = { validFrom: "2014-01-01", value: "Folkhälsomyndigheten" };
 * name.value;
 * // => "Folkhälsomyndigheten"
 * ```
 */
export interface EffectiveDated<T> {
  /** First day the value applies (inclusive). */
  validFrom: string;
  /** Last day the value applies (inclusive); absent while still in force. */
  validTo?: string | undefined;
  /** The value. */
  value: T;
  /** Where the value and its dates come from. */
  sources?: Source[] | undefined;
}

/**
 * Builds the schema of an effective-dated value `{ validFrom, validTo?, value, sources? }`
 * around `valueSchema`; `validTo` must not be before `validFrom` (a
 * zod-only check, code `validity-order`).
 *
 * @category Shared
 * @param valueSchema - the schema of `value`
 * @param extra - more fields of the entry, e.g. `decided` for a rename
 * @returns a strict object schema
 * @example
 * ```ts
 * import { z } from "zod";
 * import { effectiveDated } from "@romsk-inkludering/model";
 * const Name = effectiveDated(z.string());
 * Name.safeParse({ validFrom: "2014-01-01", value: "Folkhälsomyndigheten" }).success;
 * // => true
 * Name.safeParse({ validFrom: "2014-01-01", validTo: "2013-12-31", value: "Statens folkhälsoinstitut" }).success;
 * // => false
 * ```
 */
export function effectiveDated<T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(valueSchema: T, extra?: E) {
  return markRefined(
    z
      .strictObject({
        validFrom: IsoDateSchema.describe("Gäller från (validFrom): the first day the value applies, inclusive (YYYY-MM-DD)."),
        validTo: IsoDateSchema.optional().describe("Gäller till (validTo): the last day the value applies, inclusive (YYYY-MM-DD); absent while it still applies."),
        value: valueSchema.describe("Värde (value): the value that applies between the two dates."),
        sources: SourceListSchema.optional().describe("Källor (sources): where the value and its dates come from."),
        ...(extra ?? ({} as E)),
      })
      .superRefine((v, ctx) => checkValidity(v as { validFrom?: string | undefined; validTo?: string | undefined }, ctx), whenValid("validFrom", "validTo")),
    "validity-order",
  );
}

/**
 * Adds a `validity-order` issue when `validTo` is before `validFrom`.
 *
 * @internal
 */
export function checkValidity(
  v: { validFrom?: string | undefined; validTo?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (datesOutOfOrder(v.validFrom, v.validTo)) {
    ctx.addIssue({
      code: "custom",
      path: ["validTo"],
      message: `validTo ${v.validTo} is before validFrom ${v.validFrom}`,
      params: { code: "validity-order", validFrom: v.validFrom, validTo: v.validTo },
    });
  }
}
