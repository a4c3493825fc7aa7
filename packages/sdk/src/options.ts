import { catalog as shippedCatalog, checkCatalog, createCatalog, type Catalog, type CatalogAccessors, type CatalogEntryKind } from "@romsk-inkludering/catalog";
import { IsoDateSchema, translateIssue, validate, validateWith, type Lang, type LocalProfile, type Message, type Result } from "@romsk-inkludering/model";
import * as z from "zod";
import { DEFAULT_SUPPRESSION_THRESHOLD } from "@romsk-inkludering/reports";

/**
 * Options of {@link createClient}. Every option is optional, and none has a
 * default date: a client made without `asOf` asks for one on each call that
 * needs a date.
 *
 * @category Shared
 * @example
 * ```ts
 * import { createClient, type ClientOptions } from "@romsk-inkludering/sdk";
 * const options: ClientOptions = { asOf: "2014-05-01", profile: "linkoping-consultation", suppressionThreshold: 5 };
 * createClient(options).profile?.consultation?.representativesPerRomaGroup;
 * // => 2
 * ```
 */
export interface ClientOptions {
  /** The date the client answers as of (`YYYY-MM-DD`). Without it, each dated call needs its own `asOf`. */
  readonly asOf?: string | undefined;
  /** A local profile, or the id of a profile in the catalog (e.g. `"linkoping-consultation"`). */
  readonly profile?: LocalProfile | string | undefined;
  /** The reference data: a whole catalog, e.g. the shipped one extended with `extendCatalog`. Default: the shipped catalog. */
  readonly catalog?: Catalog | undefined;
  /** Counts from 1 to threshold − 1 are suppressed in aggregates. Default: `DEFAULT_SUPPRESSION_THRESHOLD` (5). */
  readonly suppressionThreshold?: number | undefined;
}

/**
 * One problem with the options of {@link createClient}: which option, where
 * in it (for a catalog, the entry and the path inside it), a stable code and
 * a message in Swedish and English.
 *
 * @category Validation
 * @example
 * ```ts
 * import { createClientSafe, type ClientIssue } from "@romsk-inkludering/sdk";
 * const result = createClientSafe({ asOf: "2023-02-29" });
 * const issues: readonly ClientIssue[] = result.success ? [] : result.issues;
 * issues.map((issue) => [issue.option, issue.code]);
 * // => [["asOf","invalid-date"]]
 * ```
 */
export interface ClientIssue {
  /** The option with the problem. */
  readonly option: "options" | "asOf" | "profile" | "catalog" | "suppressionThreshold";
  /** For a catalog issue: the entry with the problem. */
  readonly entry?: { readonly kind: CatalogEntryKind; readonly id: string };
  /** Where in the option (for a catalog issue: inside the entry). */
  readonly path: readonly (string | number)[];
  /** A stable code: the model's validation codes, the catalog's (`unknown-reference`, `duplicate-id`, …), or `unknown-profile`, `invalid-profile`, `invalid-catalog`, `invalid-threshold`, `invalid-options`. */
  readonly code: string;
  /** What is wrong, in Swedish and English. */
  readonly message: Message;
}

/** The checked options: what a client is built from. @internal */
export interface ResolvedOptions {
  readonly asOf: string | undefined;
  readonly profile: LocalProfile | undefined;
  readonly data: Catalog;
  readonly accessors: CatalogAccessors;
  /**
   * The same catalog with no date bound: what the rules and the client's own
   * look-ups by id read (an ended programme or actor is still known; each
   * rule asks as of its own date).
   */
  readonly view: CatalogAccessors;
  readonly suppressionThreshold: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The options as zod checks them: each option's type and range. What the
 * catalog's entries hold and what a profile's fields say are checked after
 * it by their owners (the catalog's `checkCatalog`, the model's
 * `local-profile` schema); a catalog and a profile are kept as given (the
 * same objects), so the schema only tests them.
 */
const ClientOptionsSchema = z.object({
  asOf: IsoDateSchema.optional().describe("Datum (asOf): the date the client answers as of (YYYY-MM-DD)."),
  profile: z
    .union([z.string().min(1), z.custom<object>(isObject)])
    .optional()
    .describe("Lokal profil (profile): a local profile, or the id of a profile in the catalog."),
  catalog: z.custom<object>(isObject).optional().describe("Katalog (catalog): the reference data, e.g. the shipped catalog extended with extendCatalog."),
  suppressionThreshold: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe("Gräns för små tal (suppressionThreshold): counts from 1 to the threshold − 1 are suppressed in aggregates."),
});

/** The issue of one option that the schema refused, with a message that names the option and the value. */
function optionIssue(option: ClientIssue["option"], value: unknown, issue: z.core.$ZodIssue): ClientIssue[] {
  switch (option) {
    case "asOf": {
      // The model's own validation of a date, so its codes and messages (e.g. not-plain-data for a Date object).
      const checked = validateWith(IsoDateSchema, value);
      const issues = checked.success ? translateIssue({ ...issue, path: issue.path.slice(1) }) : checked.issues;
      return issues.map((i) => ({ option, path: i.path, code: i.code, message: i.message }));
    }
    case "catalog":
      return [{ option, path: [], code: "invalid-catalog", message: { sv: `Katalogen ska vara ett objekt, fick ${show(value, "sv")}.`, en: `The catalog must be an object, got ${show(value)}.` } }];
    case "profile":
      return [
        {
          option,
          path: [],
          code: "invalid-profile",
          message: {
            sv: `profile ska vara en lokal profil (ett objekt) eller id:t för en profil i katalogen, fick ${show(value, "sv")}.`,
            en: `profile must be a local profile (an object) or the id of a profile in the catalog, got ${show(value)}.`,
          },
        },
      ];
    case "suppressionThreshold":
      return [
        {
          option,
          path: [],
          code: "invalid-threshold",
          message: { sv: `suppressionThreshold ska vara ett heltal ≥ 0, fick ${show(value, "sv")}.`, en: `suppressionThreshold must be an integer ≥ 0, got ${show(value)}.` },
        },
      ];
    default:
      return [
        {
          option: "options",
          path: [],
          code: "invalid-options",
          message: { sv: `Inställningarna ska vara ett objekt, fick ${show(value, "sv")}.`, en: `The options must be an object, got ${show(value)}.` },
        },
      ];
  }
}

/** The lists of a catalog: those of the shipped one (so that lists added to the catalog package are required too). */
function listKeys(): string[] {
  return Object.keys(shippedCatalog).filter((key) => Array.isArray((shippedCatalog as unknown as Record<string, unknown>)[key]));
}

/** A short, safe description of a value for a message, in Swedish and English (text and numbers as they are). */
function show(value: unknown, lang: Lang = "en"): string {
  if (value === undefined) return lang === "sv" ? "inget värde" : "undefined";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return lang === "sv" ? "en lista" : "an array";
  if (typeof value === "object") return lang === "sv" ? "ett objekt" : "an object";
  return typeof value;
}

/** The catalog's lists must be arrays before the catalog can be checked entry by entry. */
function catalogShapeIssues(data: unknown): ClientIssue[] {
  const issue = (path: (string | number)[], sv: string, en: string): ClientIssue => ({
    option: "catalog",
    path,
    code: "invalid-catalog",
    message: { sv, en },
  });
  const record = data as Record<string, unknown>;
  const out: ClientIssue[] = [];
  const strategy = record["strategy"];
  if (typeof strategy !== "object" || strategy === null || !Array.isArray((strategy as Record<string, unknown>)["responsibleMinistry"]) || !Array.isArray((strategy as Record<string, unknown>)["funding"])) {
    out.push(
      issue(
        ["strategy"],
        "Katalogen saknar strategin (med responsibleMinistry och funding); utgå från den levererade katalogen med extendCatalog.",
        "The catalog has no strategy (with responsibleMinistry and funding); start from the shipped catalog with extendCatalog.",
      ),
    );
  }
  for (const key of listKeys()) {
    if (!Array.isArray(record[key])) {
      out.push(
        issue(
          [key],
          `Katalogens lista ${key} saknas eller är ingen lista (fick ${show(record[key], "sv")}).`,
          `The catalog's list ${key} is missing or not a list (got ${show(record[key])}).`,
        ),
      );
    }
  }
  return out;
}

/** The catalog to use (when its lists are lists, even if entries are broken, so that a profile id can still be looked up) and whether it passed its check. */
function checkCatalogOption(data: object | undefined, out: ClientIssue[]): { data: Catalog | undefined; ok: boolean } {
  if (data === undefined || data === shippedCatalog) return { data: shippedCatalog, ok: true };
  const shape = catalogShapeIssues(data);
  if (shape.length > 0) {
    out.push(...shape);
    return { data: undefined, ok: false };
  }
  let checked: ReturnType<typeof checkCatalog>;
  try {
    checked = checkCatalog(data as Catalog);
  } catch (error) {
    // checkCatalog expects a Catalog; a value that only looks like one (say, an entry that is not an object) can make it throw.
    const reason = error instanceof Error ? error.message : String(error);
    out.push({
      option: "catalog",
      path: [],
      code: "invalid-catalog",
      message: { sv: `Katalogen kunde inte kontrolleras: ${reason}`, en: `The catalog could not be checked: ${reason}` },
    });
    return { data: undefined, ok: false };
  }
  if (checked.success) return { data: data as Catalog, ok: true };
  for (const i of checked.issues) {
    out.push({ option: "catalog", entry: i.entry, path: i.path, code: i.code, message: i.message });
  }
  return { data: data as Catalog, ok: false };
}

function checkProfile(profile: string | object | undefined, accessors: CatalogAccessors | undefined, out: ClientIssue[]): LocalProfile | undefined {
  if (profile === undefined) return undefined;
  if (typeof profile === "string") {
    if (accessors === undefined) return undefined;
    const found = accessors.getLocalProfile(profile);
    if (found !== undefined) return found;
    const known = accessors.localProfiles().map((p) => p.id).join(", ") || "–";
    out.push({
      option: "profile",
      path: [],
      code: "unknown-profile",
      message: {
        sv: `Katalogen har ingen lokal profil ${show(profile, "sv")}; kända profiler: ${known}.`,
        en: `The catalog has no local profile ${show(profile)}; known profiles: ${known}.`,
      },
    });
    return undefined;
  }
  const result: Result<LocalProfile> = validate("local-profile", profile);
  if (!result.success) {
    for (const i of result.issues) out.push({ option: "profile", path: i.path, code: i.code, message: i.message });
    return undefined;
  }
  const actorId = result.data.actorId;
  if (actorId !== undefined && accessors !== undefined && !accessors.actors().some((a) => a.id === actorId)) {
    out.push({
      option: "profile",
      path: ["actorId"],
      code: "unknown-reference",
      message: { sv: `Okänd aktör: ${actorId}.`, en: `Unknown actor: ${actorId}.` },
    });
    return undefined;
  }
  return result.data;
}

/**
 * Checks every option and collects every issue (a date, the catalog entry
 * by entry, the profile, the threshold) before giving up. @internal
 */
export function resolveOptions(options: unknown): { success: true; data: ResolvedOptions } | { success: false; issues: ClientIssue[] } {
  const parsed = ClientOptionsSchema.safeParse(options === undefined ? {} : options, { reportInput: true });
  const given = isObject(options) ? options : {};
  if (!parsed.success) {
    const refused = new Set<string>();
    const out: ClientIssue[] = [];
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      const option = key === "asOf" || key === "profile" || key === "catalog" || key === "suppressionThreshold" ? key : "options";
      if (option !== "asOf" && refused.has(option)) continue;
      refused.add(option);
      out.push(...optionIssue(option, option === "options" ? options : given[option], issue));
    }
    // An option of the right type is still checked by its owner, so that every issue is reported at once.
    if (!refused.has("options")) {
      const { data } = refused.has("catalog") ? { data: undefined } : checkCatalogOption(given["catalog"] as object | undefined, out);
      const accessors = data === undefined ? undefined : createCatalog(data);
      if (!refused.has("profile")) checkProfile(given["profile"] as string | object | undefined, accessors, out);
    }
    return { success: false, issues: out.sort((a, b) => ORDER.indexOf(a.option) - ORDER.indexOf(b.option)) };
  }
  const out: ClientIssue[] = [];
  // The values as given (a catalog and a profile are the same objects, not copies).
  const asOf = parsed.data.asOf;
  const { data } = checkCatalogOption(given["catalog"] as object | undefined, out);
  // A profile given by id is looked up in the catalog; a catalog without its lists cannot be searched.
  const accessors = data === undefined ? undefined : createCatalog(data);
  const profile = checkProfile(given["profile"] as string | object | undefined, accessors, out);
  const suppressionThreshold = parsed.data.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (out.length > 0 || data === undefined || accessors === undefined) return { success: false, issues: out };
  // The client's accessors are bound to its date (a date given in a call still wins).
  const bound = asOf === undefined ? accessors : createCatalog(data, { asOf });
  return { success: true, data: { asOf, profile, data, accessors: bound, view: accessors, suppressionThreshold } };
}

/** The order issues are reported in: the options, then each option as `ClientIssue["option"]` lists them. */
const ORDER: readonly ClientIssue["option"][] = ["options", "asOf", "catalog", "profile", "suppressionThreshold"];

/**
 * Options of {@link Client.obligations}: the window (inclusive), the date
 * (default: the client's), and optionally what came in: hand-ins of the
 * actor's deliverables (`submissions`) and its yearly reports (`reports`,
 * e.g. `AnnualReport`s); given, even empty, they make a due date's status
 * `on-time`, `late` or `overdue` instead of `passed`.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { createClient, type ObligationsCallOptions } from "@romsk-inkludering/sdk";
 * const options: ObligationsCallOptions = { from: "2012-09-01", to: "2012-09-30", submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03" }] };
 * createClient({ asOf: "2012-10-01" }).obligations("lansstyrelsen-stockholm", options).filter((o) => o.kind === "deliverable").map((o) => o.status);
 * // => ["late"]
 * ```
 */
export interface ObligationsCallOptions {
  /** First day of the window (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last day of the window (`YYYY-MM-DD`), not before `from`. */
  readonly to: string;
  /** The date of the answer; defaults to the client's. */
  readonly asOf?: string | undefined;
  /** Hand-ins of the actor's deliverables: the deliverable, the year of a yearly one, the day it came in. */
  readonly submissions?: readonly { readonly deliverableId: string; readonly occurrence?: number | null | undefined; readonly submittedOn: string }[] | undefined;
  /** The actor's yearly reports: the year reported on and the day it came in (an `AnnualReport` has both). */
  readonly reports?: readonly { readonly actorId?: string | undefined; readonly year: number; readonly submittedOn?: string | undefined }[] | undefined;
}

/** The options of `obligations` as zod checks them. */
const ObligationsOptionsSchema = z.object({
  from: IsoDateSchema.describe("Från (from): the first day of the window (YYYY-MM-DD)."),
  to: IsoDateSchema.describe("Till (to): the last day of the window (YYYY-MM-DD)."),
  asOf: IsoDateSchema.optional().describe("Datum (asOf): the date of the answer (YYYY-MM-DD); default the client's."),
  submissions: z
    .array(
      z.object({
        deliverableId: z.string().min(1).describe("Redovisning (deliverableId): the deliverable handed in."),
        occurrence: z.int().nullable().optional().describe("Tillfälle (occurrence): the year of a yearly deliverable."),
        submittedOn: IsoDateSchema.describe("Inlämnad (submittedOn): the day it came in."),
      }),
    )
    .optional()
    .describe("Inlämningar (submissions): hand-ins of the actor's deliverables."),
  reports: z
    .array(
      z.object({
        actorId: z.string().optional().describe("Aktör (actorId): the reporting actor."),
        year: z.int().describe("År (year): the year reported on."),
        submittedOn: IsoDateSchema.optional().describe("Inlämnad (submittedOn): the day it came in."),
      }),
    )
    .optional()
    .describe("Årsrapporter (reports): the actor's yearly reports."),
});

/**
 * The checked options of `client.obligations`; a `RangeError` naming the
 * first bad option and its value otherwise. @internal
 */
export function checkObligationsOptions(options: unknown): ObligationsCallOptions {
  if (!isObject(options)) throw new RangeError(`client.obligations: options must be an object { from, to, asOf?, submissions?, reports? }, got ${show(options)}`);
  const parsed = ObligationsOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue === undefined ? [] : issue.path;
  let value: unknown = options;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
  const where = path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${String(key)}`)).join("");
  throw new RangeError(`client.obligations: ${where} ${issue?.message ?? "is invalid"}, got ${show(value)}`);
}
