import { cloneData, deepFreeze } from "./freeze.js";
import type { Catalog, CatalogExtension } from "./types.js";

type ListKey = Exclude<keyof Catalog, "strategy">;

const KEYS: { [K in ListKey]: (item: Catalog[K][number]) => string } = {
  areas: (x) => x.id,
  principles: (x) => x.id,
  romaGroups: (x) => x.id,
  targetGroups: (x) => x.id,
  actors: (x) => x.id,
  counties: (x) => x.code,
  commissions: (x) => x.id,
  programmes: (x) => x.id,
  forums: (x) => x.id,
  evaluations: (x) => x.id,
  networks: (x) => x.id,
  networkPartners: (x) => `${x.networkId}/${x.actorId}`,
  fundingApplications: (x) => x.id,
  localProfiles: (x) => x.id,
  indicators: (x) => x.id,
  statutoryDuties: (x) => x.id,
  grantSchemes: (x) => x.id,
  notes: (x) => x.id,
};

function merge<T>(base: readonly T[], extra: readonly T[] | undefined, key: (item: T) => string): T[] {
  if (extra === undefined || extra.length === 0) return [...base];
  const replacements = new Map(extra.map((item) => [key(item), item]));
  const used = new Set<string>();
  const out = base.map((item) => {
    const k = key(item);
    const replacement = replacements.get(k);
    if (replacement === undefined) return item;
    used.add(k);
    return replacement;
  });
  for (const item of extra) {
    const k = key(item);
    if (!used.has(k)) {
      out.push(item);
      used.add(k);
    }
  }
  return out;
}

/**
 * A new catalog: `base` with the entries of `extension` added. An entry
 * whose id (a county's code; a network partner's network and actor) is
 * already in `base` replaces that entry in place; new entries are appended
 * in their order. The result is a deep copy, deeply frozen; neither input
 * is changed. Check the result with {@link checkCatalog} and query it with
 * {@link createCatalog}.
 *
 * @category Catalog
 * @param base - the catalog to extend (e.g. {@link catalog})
 * @param extension - entries to add or replace, list by list
 * @returns the extended catalog
 * @example
 * ```ts
 * import { catalog, extendCatalog } from "@romsk-inkludering/catalog";
 * const extended = extendCatalog(catalog, {
 *   localProfiles: [{ id: "linkoping-consultation", actorId: "municipality-0580", name: "Linköping: tre deltagare per grupp", consultation: { representativesPerRomaGroup: 3 }, sources: [{ kind: "facts", section: "Law" }] }],
 * });
 * [extended.localProfiles.length, extended.localProfiles[0]?.consultation?.representativesPerRomaGroup, Object.isFrozen(extended.localProfiles[0])];
 * // => [1,3,true]
 * catalog.localProfiles[0]?.consultation?.representativesPerRomaGroup;
 * // => 2
 * ```
 */
export function extendCatalog(base: Catalog, extension: CatalogExtension): Catalog {
  const merged: Record<string, unknown> = { strategy: extension.strategy ?? base.strategy };
  for (const key of Object.keys(KEYS) as ListKey[]) {
    merged[key] = merge(base[key] as readonly unknown[], extension[key] as readonly unknown[] | undefined, KEYS[key] as (item: unknown) => string);
  }
  return deepFreeze(cloneData(merged as unknown as Catalog));
}
