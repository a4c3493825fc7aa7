import { CATALOG_DATA } from "./data/index.js";
import type { Catalog } from "./types.js";

/**
 * The catalog's data as one plain, deeply frozen object: the strategy and
 * every list of entries. Query it with the functions of this package (bound
 * to it), or pass it, or an extension of it, to {@link createCatalog}.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { catalog } from "@romsk-inkludering/catalog";
 * [catalog.actors.filter((a) => a.kind === "municipality").length, Object.isFrozen(catalog.actors[0])];
 * // => [290,true]
 * ```
 */
export const catalog: Catalog = CATALOG_DATA;
