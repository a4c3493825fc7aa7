import { validate, type Indicator } from "@romsk-inkludering/model";
import { checkCatalog } from "./check.js";
import { extendCatalog } from "./extend.js";
import type { Catalog, CatalogIssue } from "./types.js";

/**
 * The result of {@link loadIndicators}: the extended catalog, or every
 * issue found (nothing is added then).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { IndicatorLoadResult } from "@romsk-inkludering/catalog";
 * const failed: IndicatorLoadResult = { success: false, issues: [] };
 * failed.success;
 * // => false
 * ```
 */
export type IndicatorLoadResult = { success: true; data: Catalog } | { success: false; issues: CatalogIssue[] };

/** The id an issue names: the entry's own id when it has a string one, else its position. */
function entryId(value: unknown, index: number): string {
  const id = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? id : `#${index}`;
}

/**
 * Loads local indicators and targets (e.g. those of a municipality's
 * action plan, parsed from JSON) into a catalog, through the same schema as
 * the catalog's own: every entry is validated against the model's
 * `Indicator`, then the extended catalog is checked with
 * {@link checkCatalog} (the area exists, a local source's actor exists, at
 * least one source); an id used twice in `input` is an issue too. Every issue is reported, each with
 * its entry (the indicator's id, or `#<index>` when it has none) and path;
 * nothing is added unless all pass. An indicator whose id is already in
 * `base` replaces it (as in {@link extendCatalog}). Never throws.
 *
 * @category Indicators
 * @param base - the catalog to extend (e.g. {@link catalog})
 * @param input - an array of indicators, of unknown shape
 * @returns `{ success: true, data }` with the extended catalog, or `{ success: false, issues }`
 * @example
 * ```ts
 * import { catalog, createCatalog, loadIndicators } from "@romsk-inkludering/catalog";
 * const plan = [{
 *   id: "linkoping-bridge-builders",
 *   name: { sv: "Brobyggare i grundskolan, antal", en: "Bridge builders in compulsory school, count" },
 *   areaId: "education",
 *   unit: "count",
 *   direction: "higher-is-better",
 *   population: "roma",
 *   disaggregations: [],
 *   source: { kind: "local", actorId: "municipality-0580" },
 *   target: { kind: "absolute", comparator: "at-least", value: 4, year: 2026 },
 *   sources: [{ kind: "url", url: "https://www.linkoping.se/" }],
 * }];
 * const loaded = loadIndicators(catalog, plan);
 * loaded.success ? createCatalog(loaded.data).getIndicator("linkoping-bridge-builders")?.target : null;
 * // => {"kind":"absolute","comparator":"at-least","value":4,"year":2026}
 * const broken = loadIndicators(catalog, [{ ...plan[0], areaId: "schools", sources: [] }, "x"]);
 * broken.success ? [] : broken.issues.map((i) => [i.entry.id, i.path.join("."), i.code]);
 * // => [["linkoping-bridge-builders","areaId","invalid-value"],["linkoping-bridge-builders","sources","too-small"],["#1","","invalid-type"]]
 * ```
 */
export function loadIndicators(base: Catalog, input: unknown): IndicatorLoadResult {
  if (!Array.isArray(input)) {
    const kind = input === null ? "null" : typeof input;
    return {
      success: false,
      issues: [
        {
          entry: { kind: "indicator", id: "#input" },
          path: [],
          code: "invalid-type",
          message: { sv: `Indikatorerna ska vara en lista, inte ${kind}.`, en: `The indicators must be an array, not ${kind}.` },
        },
      ],
    };
  }
  const issues: CatalogIssue[] = [];
  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  input.forEach((value: unknown, index) => {
    const id = entryId(value, index);
    const result = validate("indicator", value);
    if (result.success) indicators.push(result.data);
    else for (const i of result.issues) issues.push({ entry: { kind: "indicator", id }, path: i.path, code: i.code, message: i.message });
    if (seen.has(id)) {
      issues.push({
        entry: { kind: "indicator", id },
        path: [index, "id"],
        code: "duplicate-id",
        message: { sv: `Id:t ${id} används mer än en gång bland indikatorerna.`, en: `The id ${id} is used more than once among the indicators.` },
      });
    }
    seen.add(id);
  });
  if (issues.length > 0) return { success: false, issues };
  const data = extendCatalog(base, { indicators });
  const checked = checkCatalog(data);
  return checked.success ? { success: true, data } : { success: false, issues: checked.issues };
}
