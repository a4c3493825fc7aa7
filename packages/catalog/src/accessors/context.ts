import type { Actor } from "@romsk-inkludering/model";
import { CATALOG_DATA } from "../data/index.js";
import { parseIsoDate } from "@romsk-inkludering/calendar";
import type { Catalog } from "../types.js";

const CONTEXT = Symbol("romsk-inkludering.catalog-context");

/**
 * What a catalog accessor answers from: the catalog's data, the date it is
 * bound to (if any), and indexes built on first use. {@link createCatalog}
 * makes one and binds every accessor to it; an accessor called on its own
 * answers from the package's catalog with no bound date.
 *
 * @internal
 */
export interface CatalogContext {
  readonly [CONTEXT]: true;
  readonly data: Catalog;
  readonly asOf: string | undefined;
  /** The entry of a list with that id (the first one on a clash), indexes built on first use. */
  index<T>(list: readonly T[], key: (item: T) => string): ReadonlyMap<string, T>;
}

/**
 * A context over a catalog: indexes are built on first use and kept.
 *
 * @internal
 */
export function makeContext(data: Catalog, asOf: string | undefined): CatalogContext {
  const indexes = new Map<readonly unknown[], ReadonlyMap<string, unknown>>();
  return Object.freeze({
    [CONTEXT]: true as const,
    data,
    asOf,
    index<T>(list: readonly T[], key: (item: T) => string): ReadonlyMap<string, T> {
      let map = indexes.get(list) as Map<string, T> | undefined;
      if (map === undefined) {
        map = new Map<string, T>();
        for (const item of list) if (!map.has(key(item))) map.set(key(item), item);
        indexes.set(list, map);
      }
      return map;
    },
  });
}

let packageContext: CatalogContext | undefined;

/**
 * The context an accessor answers from: the one it was bound to by
 * {@link createCatalog}, else the package's own catalog (also when it is
 * called as a method of the module namespace).
 *
 * @internal
 */
export function contextOf(self: unknown): CatalogContext {
  if (typeof self === "object" && self !== null && CONTEXT in self) return self as CatalogContext;
  packageContext ??= makeContext(CATALOG_DATA, undefined);
  return packageContext;
}

/**
 * Returns `value` when it is an ISO date (the calendar's {@link parseIsoDate}
 * decides), else throws a `RangeError` that names the function, the option
 * and the bad value, with the calendar's reason.
 *
 * @internal
 */
export function requireIsoDate(value: unknown, where: string): string {
  const parsed = parseIsoDate(value);
  if (!parsed.success) throw new RangeError(`${where} must be an ISO date YYYY-MM-DD (1900–2200): ${parsed.error}`);
  return value as string;
}

/**
 * The date of a call: the one given, else the context's; checked.
 * `undefined` when neither is given.
 *
 * @internal
 */
export function optionalDate(context: CatalogContext, given: string | undefined, where: string): string | undefined {
  const asOf = given ?? context.asOf;
  return asOf === undefined ? undefined : requireIsoDate(asOf, where);
}

/**
 * The date of a call that needs one: the one given, else the context's;
 * a `RangeError` naming the option when neither is a valid ISO date.
 *
 * @internal
 */
export function requiredDate(context: CatalogContext, given: string | undefined, where: string): string {
  return requireIsoDate(given ?? context.asOf, where);
}

/** An actor by id. @internal */
export function actorById(context: CatalogContext, id: string): Actor | undefined {
  return context.index(context.data.actors, (a) => a.id).get(id);
}

/** The empty answer, frozen. @internal */
export const EMPTY: readonly never[] = Object.freeze([]);

/**
 * True when an entry was decided (or became known) by `asOf`: it has no
 * `decided`, or `decided.on` is not after `asOf`; always true without a date.
 *
 * @internal
 */
export function knownBy(entry: { readonly decided?: { readonly on: string } | undefined }, asOf: string | undefined): boolean {
  return asOf === undefined || entry.decided === undefined || entry.decided.on <= asOf;
}

/**
 * The entries of a list known by `asOf` (see {@link knownBy}); the list
 * itself without a date. @internal
 */
export function knownAsOf<T extends { readonly decided?: { readonly on: string } | undefined }>(list: readonly T[], asOf: string | undefined): readonly T[] {
  return asOf === undefined ? list : Object.freeze(list.filter((entry) => knownBy(entry, asOf)));
}
