import { catalog as shippedCatalog, checkCatalog, createCatalog, type Catalog, type CatalogAccessors, type CatalogEntryKind } from "@romsk-inkludering/catalog";
import { IsoDateSchema, validate, validateWith, type LocalProfile, type Message, type Result } from "@romsk-inkludering/model";
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
  /** A stable code: the model's validation codes, the catalog's (`unknown-reference`, `duplicate-id`, …), or `unknown-profile`, `invalid-catalog`, `invalid-threshold`, `invalid-options`. */
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

/** The lists of a catalog: those of the shipped one (so that lists added to the catalog package are required too). */
function listKeys(): string[] {
  return Object.keys(shippedCatalog).filter((key) => Array.isArray((shippedCatalog as unknown as Record<string, unknown>)[key]));
}

function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : typeof value;
}

/** The catalog's lists must be arrays before the catalog can be checked entry by entry. */
function catalogShapeIssues(data: unknown): ClientIssue[] {
  const issue = (path: (string | number)[], sv: string, en: string): ClientIssue => ({
    option: "catalog",
    path,
    code: "invalid-catalog",
    message: { sv, en },
  });
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return [issue([], `Katalogen ska vara ett objekt, fick ${show(data)}.`, `The catalog must be an object, got ${show(data)}.`)];
  }
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
          `Katalogens lista ${key} saknas eller är ingen lista (fick ${show(record[key])}).`,
          `The catalog's list ${key} is missing or not a list (got ${show(record[key])}).`,
        ),
      );
    }
  }
  return out;
}

function checkAsOf(asOf: unknown, out: ClientIssue[]): string | undefined {
  if (asOf === undefined) return undefined;
  const result = validateWith(IsoDateSchema, asOf);
  if (result.success) return result.data;
  for (const i of result.issues) out.push({ option: "asOf", path: i.path, code: i.code, message: i.message });
  return undefined;
}

/** The catalog to use (when its lists are lists, even if entries are broken, so that a profile id can still be looked up) and whether it passed its check. */
function checkCatalogOption(data: unknown, out: ClientIssue[]): { data: Catalog | undefined; ok: boolean } {
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

function checkProfile(profile: unknown, accessors: CatalogAccessors | undefined, out: ClientIssue[]): LocalProfile | undefined {
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
        sv: `Katalogen har ingen lokal profil ${show(profile)}; kända profiler: ${known}.`,
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

function checkThreshold(threshold: unknown, out: ClientIssue[]): number {
  if (threshold === undefined) return DEFAULT_SUPPRESSION_THRESHOLD;
  if (typeof threshold === "number" && Number.isInteger(threshold) && threshold >= 0) return threshold;
  out.push({
    option: "suppressionThreshold",
    path: [],
    code: "invalid-threshold",
    message: {
      sv: `suppressionThreshold ska vara ett heltal ≥ 0, fick ${show(threshold)}.`,
      en: `suppressionThreshold must be an integer ≥ 0, got ${show(threshold)}.`,
    },
  });
  return DEFAULT_SUPPRESSION_THRESHOLD;
}

/**
 * Checks every option and collects every issue (a date, the catalog entry
 * by entry, the profile, the threshold) before giving up. @internal
 */
export function resolveOptions(options: unknown): { success: true; data: ResolvedOptions } | { success: false; issues: ClientIssue[] } {
  const out: ClientIssue[] = [];
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    return {
      success: false,
      issues: [
        {
          option: "options",
          path: [],
          code: "invalid-options",
          message: { sv: `Inställningarna ska vara ett objekt, fick ${show(options)}.`, en: `The options must be an object, got ${show(options)}.` },
        },
      ],
    };
  }
  const given = (options ?? {}) as Record<string, unknown>;
  const asOf = checkAsOf(given["asOf"], out);
  const { data } = checkCatalogOption(given["catalog"], out);
  // A profile given by id is looked up in the catalog; a catalog without its lists cannot be searched.
  const accessors = data === undefined ? undefined : createCatalog(data);
  const profile = checkProfile(given["profile"], accessors, out);
  const suppressionThreshold = checkThreshold(given["suppressionThreshold"], out);
  if (out.length > 0 || data === undefined || accessors === undefined) return { success: false, issues: out };
  // The client's accessors are bound to its date (a date given in a call still wins).
  const bound = asOf === undefined ? accessors : createCatalog(data, { asOf });
  return { success: true, data: { asOf, profile, data, accessors: bound, view: accessors, suppressionThreshold } };
}
