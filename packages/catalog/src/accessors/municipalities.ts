import type { Actor } from "@romsk-inkludering/model";
import type { County } from "../types.js";
import { contextOf } from "./context.js";

const municipalityLists = new WeakMap<readonly Actor[], { list: readonly Actor[]; byCode: ReadonlyMap<string, Actor> }>();

function municipalityIndex(actors: readonly Actor[]): { list: readonly Actor[]; byCode: ReadonlyMap<string, Actor> } {
  let found = municipalityLists.get(actors);
  if (found === undefined) {
    const list = Object.freeze(actors.filter((a) => a.kind === "municipality"));
    const byCode = new Map<string, Actor>();
    for (const m of list) if (m.municipalityCode !== undefined && !byCode.has(m.municipalityCode)) byCode.set(m.municipalityCode, m);
    found = { list, byCode };
    municipalityLists.set(actors, found);
  }
  return found;
}

/**
 * The municipalities (actors of kind `municipality`, id
 * `municipality-<code>`), optionally of one county.
 *
 * @category Actors
 * @param options - `countyCode`, two digits
 * @returns the municipalities in SCB's order
 * @example
 * ```ts
 * import { municipalities } from "@romsk-inkludering/catalog";
 * [municipalities().length, municipalities({ countyCode: "09" }).map((m) => m.municipalityCode)];
 * // => [290,["0980"]]
 * ```
 */
export function municipalities(this: unknown, options?: { countyCode?: string }): readonly Actor[] {
  const { list } = municipalityIndex(contextOf(this).data.actors);
  const countyCode = options?.countyCode;
  return countyCode === undefined ? list : Object.freeze(list.filter((m) => m.countyCode === countyCode));
}

/**
 * A municipality by its four-digit SCB code, or `undefined`.
 *
 * @category Actors
 * @param code - the municipality code, e.g. `1283`
 * @returns the municipality actor
 * @example
 * ```ts
 * import { municipalityByCode } from "@romsk-inkludering/catalog";
 * const m = municipalityByCode("1283");
 * [m?.id, m?.names[0]?.value.name.sv, m?.countyCode];
 * // => ["municipality-1283","Helsingborg","12"]
 * ```
 */
export function municipalityByCode(this: unknown, code: string): Actor | undefined {
  return municipalityIndex(contextOf(this).data.actors).byCode.get(code);
}

/**
 * The 21 counties (län), in code order.
 *
 * @category Actors
 * @returns the counties
 * @example
 * ```ts
 * import { counties } from "@romsk-inkludering/catalog";
 * const list = counties();
 * [list.length, list[0]?.name, list[20]?.code];
 * // => [21,"Stockholms län","25"]
 * ```
 */
export function counties(this: unknown): readonly County[] {
  return contextOf(this).data.counties;
}

/**
 * A county by its two-digit code, or `undefined`.
 *
 * @category Actors
 * @param code - the county code, e.g. `19`
 * @returns the county
 * @example
 * ```ts
 * import { getCounty } from "@romsk-inkludering/catalog";
 * [getCounty("19")?.name, getCounty("02") === undefined];
 * // => ["Västmanlands län",true]
 * ```
 */
export function getCounty(this: unknown, code: string): County | undefined {
  const { data, index } = contextOf(this);
  return index(data.counties, (c) => c.code).get(code);
}
