import type { Area, Principle, RomaGroup, TargetGroup } from "@romsk-inkludering/model";
import { contextOf } from "./context.js";

/**
 * The six areas of the strategy, in the order of the sources.
 *
 * @category Areas
 * @returns the areas
 * @example
 * ```ts
 * import { areas } from "@romsk-inkludering/catalog";
 * areas().map((a) => a.name.sv);
 * // => ["Utbildning","Arbete","Bostad","Hälsa, social omsorg och trygghet","Kultur och språk","Civilsamhällets organisering"]
 * ```
 */
export function areas(this: unknown): readonly Area[] {
  return contextOf(this).data.areas;
}

/**
 * An area by id, or `undefined`.
 *
 * @category Areas
 * @param id - an area id such as `housing`
 * @returns the area
 * @example
 * ```ts
 * import { getArea } from "@romsk-inkludering/catalog";
 * [getArea("housing")?.name.en, getArea("transport") === undefined];
 * // => ["Housing",true]
 * ```
 */
export function getArea(this: unknown, id: string): Area | undefined {
  const { data, index } = contextOf(this);
  return index(data.areas, (a) => a.id).get(id);
}

/**
 * The principles: the strategy's own (`scope: "strategy"`) and the four
 * working principles of the municipal work (`scope: "municipal-work"`).
 *
 * @category Areas
 * @param options - `scope` to keep one scope only
 * @returns the principles
 * @example
 * ```ts
 * import { principles } from "@romsk-inkludering/catalog";
 * principles({ scope: "municipal-work" }).map((p) => p.id);
 * // => ["human-rights-and-non-discrimination","long-term-structure","roma-participation","priority-target-groups"]
 * principles().length;
 * // => 7
 * ```
 */
export function principles(this: unknown, options?: { scope?: Principle["scope"] }): readonly Principle[] {
  const { data } = contextOf(this);
  const scope = options?.scope;
  return scope === undefined ? data.principles : Object.freeze(data.principles.filter((p) => p.scope === scope));
}

/**
 * A principle by id, or `undefined`.
 *
 * @category Areas
 * @param id - a principle id
 * @returns the principle
 * @example
 * ```ts
 * import { getPrinciple } from "@romsk-inkludering/catalog";
 * getPrinciple("long-term-structure")?.name.sv;
 * // => "Långsiktig struktur i den kommunala förvaltningen"
 * ```
 */
export function getPrinciple(this: unknown, id: string): Principle | undefined {
  const { data, index } = contextOf(this);
  return index(data.principles, (p) => p.id).get(id);
}

/**
 * The five Roma groups: svenska romer, finska romer, resande romer,
 * utomnordiska romer, nyanlända romer.
 *
 * @category Areas
 * @returns the groups
 * @example
 * ```ts
 * import { romaGroups } from "@romsk-inkludering/catalog";
 * romaGroups().map((g) => g.name.sv);
 * // => ["Svenska romer","Finska romer","Resande romer","Utomnordiska romer","Nyanlända romer"]
 * ```
 */
export function romaGroups(this: unknown): readonly RomaGroup[] {
  return contextOf(this).data.romaGroups;
}

/**
 * A Roma group by id, or `undefined`.
 *
 * @category Areas
 * @param id - a Roma group id
 * @returns the group
 * @example
 * ```ts
 * import { getRomaGroup } from "@romsk-inkludering/catalog";
 * getRomaGroup("travellers")?.name.sv;
 * // => "Resande romer"
 * ```
 */
export function getRomaGroup(this: unknown, id: string): RomaGroup | undefined {
  const { data, index } = contextOf(this);
  return index(data.romaGroups, (g) => g.id).get(id);
}

/**
 * The strategy's target group (Roma in social and economic exclusion who
 * face discrimination) and its priority groups (women and girls; children
 * and young people).
 *
 * @category Areas
 * @returns the target groups
 * @example
 * ```ts
 * import { targetGroups } from "@romsk-inkludering/catalog";
 * targetGroups().map((g) => g.id);
 * // => ["roma-in-social-exclusion","women","children-and-young-people"]
 * ```
 */
export function targetGroups(this: unknown): readonly TargetGroup[] {
  return contextOf(this).data.targetGroups;
}

/**
 * A target group by id, or `undefined`.
 *
 * @category Areas
 * @param id - a target group id
 * @returns the target group
 * @example
 * ```ts
 * import { getTargetGroup } from "@romsk-inkludering/catalog";
 * getTargetGroup("children-and-young-people")?.name.en;
 * // => "Children and young people"
 * ```
 */
export function getTargetGroup(this: unknown, id: string): TargetGroup | undefined {
  const { data, index } = contextOf(this);
  return index(data.targetGroups, (g) => g.id).get(id);
}
