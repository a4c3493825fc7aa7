import type { Source } from "@romsk-inkludering/model";
import type { Catalog, CatalogEntryKind, Citation } from "../types.js";
import { contextOf } from "./context.js";

/** Collects every source found under a `sources` key anywhere in `value`. */
function collectSources(value: unknown, out: Source[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectSources(item, out);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(item)) out.push(...(item as Source[]));
      collectSources(item, out);
    }
  }
}

/** Every entry of a catalog with its kind and id. @internal */
export function catalogEntries(data: Catalog): { kind: CatalogEntryKind; id: string; value: unknown }[] {
  return [
    { kind: "strategy", id: data.strategy.id, value: data.strategy },
    ...data.areas.map((value) => ({ kind: "area" as const, id: value.id, value })),
    ...data.principles.map((value) => ({ kind: "principle" as const, id: value.id, value })),
    ...data.romaGroups.map((value) => ({ kind: "roma-group" as const, id: value.id, value })),
    ...data.targetGroups.map((value) => ({ kind: "target-group" as const, id: value.id, value })),
    ...data.actors.map((value) => ({ kind: "actor" as const, id: value.id, value })),
    ...data.counties.map((value) => ({ kind: "county" as const, id: value.code, value })),
    ...data.commissions.map((value) => ({ kind: "commission" as const, id: value.id, value })),
    ...data.programmes.map((value) => ({ kind: "programme" as const, id: value.id, value })),
    ...data.forums.map((value) => ({ kind: "forum" as const, id: value.id, value })),
    ...data.evaluations.map((value) => ({ kind: "evaluation" as const, id: value.id, value })),
    ...data.networks.map((value) => ({ kind: "network" as const, id: value.id, value })),
    ...data.networkPartners.map((value) => ({
      kind: "network-partner" as const,
      id: `${value.networkId}/${value.actorId}`,
      value,
    })),
    ...data.fundingApplications.map((value) => ({ kind: "funding-application" as const, id: value.id, value })),
    ...data.localProfiles.map((value) => ({ kind: "local-profile" as const, id: value.id, value })),
    ...data.indicators.map((value) => ({ kind: "indicator" as const, id: value.id, value })),
    ...data.statutoryDuties.map((value) => ({ kind: "statutory-duty" as const, id: value.id, value })),
    ...data.grantSchemes.map((value) => ({ kind: "grant-scheme" as const, id: value.id, value })),
    ...data.notes.map((value) => ({ kind: "note" as const, id: value.id, value })),
  ];
}

const allCitations = new WeakMap<Catalog, readonly Citation[]>();

function citationsOf(data: Catalog): readonly Citation[] {
  let found = allCitations.get(data);
  if (found === undefined) {
    found = Object.freeze(
      catalogEntries(data).flatMap(({ kind, id, value }) => {
        const sources: Source[] = [];
        collectSources(value, sources);
        return sources.map((source) => Object.freeze({ entry: Object.freeze({ kind, id }), source }));
      }),
    );
    allCitations.set(data, found);
  }
  return found;
}

/**
 * Every source cited anywhere in the catalog, with the entry that cites
 * it, optionally filtered by entry kind, source kind or seed file.
 *
 * @category Catalog
 * @param options - `entryKind`, `sourceKind`, `file` (a seed file name)
 * @returns the citations, in catalog order
 * @example
 * ```ts
 * import { citations } from "@romsk-inkludering/catalog";
 * [...new Set(citations({ file: "004_f723fd64a64a7139.txt" }).map((c) => c.entry.kind))];
 * // => ["strategy","actor","commission","programme","network","network-partner","funding-application"]
 * ```
 */
export function citations(
  this: unknown,
  options?: { entryKind?: CatalogEntryKind; sourceKind?: Source["kind"]; file?: string },
): readonly Citation[] {
  const all = citationsOf(contextOf(this).data);
  const { entryKind, sourceKind, file } = options ?? {};
  if (entryKind === undefined && sourceKind === undefined && file === undefined) return all;
  return Object.freeze(
    all.filter(
      (c) =>
        (entryKind === undefined || c.entry.kind === entryKind) &&
        (sourceKind === undefined || c.source.kind === sourceKind) &&
        (file === undefined || (c.source.kind === "seed" && c.source.file === file)),
    ),
  );
}
