import type { Indicator } from "@romsk-inkludering/model";
import { contextOf, knownBy, optionalDate } from "./context.js";

/**
 * The catalog's indicators, optionally of one area and/or one population.
 * Each says what it measures (`population`): `roma` (a figure about Roma),
 * `gap` (the difference between Roma and the general population) or
 * `general` (everyone living in a place: Kolada's key figures are context,
 * not outcomes for Roma, since Sweden registers no ethnicity). There are
 * the EU Roma framework's ten headline indicators with their 2030 targets,
 * the strategy's own goal (the gap closed by 2032) and eleven Kolada key
 * figures, whose ids are their KPI ids in lower case (as `importKolada` in
 * `@romsk-inkludering/reports` writes them).
 *
 * With `asOf`, only the indicators decided by then (the EU framework's on
 * 12 March 2021, the strategy's goal on 16 February 2012; Kolada's key
 * figures carry no decision date and are always listed).
 *
 * @category Indicators
 * @param options - `areaId` (e.g. `"employment"`), `population`, `asOf` (an ISO date)
 * @returns the indicators, in catalog order
 * @example
 * ```ts
 * import { indicators } from "@romsk-inkludering/catalog";
 * [indicators().length, indicators({ population: "general" }).length, indicators({ areaId: "employment", population: "gap" }).map((i) => i.id)];
 * // => [22,11,["eu-employment-gap"]]
 * indicators({ asOf: "2020-12-31", population: "gap" }).map((i) => i.id);
 * // => ["strategy-goal-opportunity-gap"]
 * ```
 */
export function indicators(
  this: unknown,
  options?: { areaId?: string; population?: Indicator["population"]; asOf?: string },
): readonly Indicator[] {
  const context = contextOf(this);
  const asOf = optionalDate(context, options?.asOf, "indicators: options.asOf");
  return context.data.indicators.filter(
    (i) =>
      (options?.areaId === undefined || i.areaId === options.areaId) &&
      (options?.population === undefined || i.population === options.population) &&
      knownBy(i, asOf),
  );
}

/**
 * An indicator by id, or `undefined`. Targets are data: `absolute` (e.g.
 * at least 95% of Roma with tap water by 2030), `gap-change` (the gap cut
 * by a factor: 0.5 for "at least half", 2/3 for "at least a third", 2 with
 * `at-least` for "double") and `close-gap` (closed by a year).
 *
 * @category Indicators
 * @param id - the indicator's id
 * @returns the indicator
 * @example
 * ```ts
 * import { getIndicator } from "@romsk-inkludering/catalog";
 * const poverty = getIndicator("eu-poverty-gap");
 * [poverty?.population, poverty?.baseline?.value, poverty?.baseline?.comparison, poverty?.target];
 * // => ["gap",80,17,{"kind":"gap-change","factor":0.5,"comparator":"at-most","baselineYear":2016,"year":2030}]
 * getIndicator("n03926")?.source;
 * // => {"kind":"kolada","kpi":"N03926"}
 * ```
 */
export function getIndicator(this: unknown, id: string): Indicator | undefined {
  const { data, index } = contextOf(this);
  return index(data.indicators, (i) => i.id).get(id);
}
