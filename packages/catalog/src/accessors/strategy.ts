import { valueAsOf } from "@romsk-inkludering/model";
import type { ActorAsOf, Strategy } from "../types.js";
import { getActor } from "./actors.js";
import { contextOf, requiredDate } from "./context.js";

/**
 * The strategy: skr. 2011/12:56, decided by the government on 2012-02-16,
 * for 2012–2032, with its overall goal and funding.
 *
 * @category Catalog
 * @returns the strategy
 * @example
 * ```ts
 * import { strategy } from "@romsk-inkludering/catalog";
 * strategy().funding.map((f) => [f.period.from, f.amountSek, f.approximate]);
 * // => [["2012-01-01",46000000,false],["2016-01-01",58000000,true]]
 * ```
 */
export function strategy(this: unknown): Strategy {
  return contextOf(this).data.strategy;
}

/**
 * The ministry responsible for the strategy on a date, with its name then:
 * Arbetsmarknadsdepartementet until the turn of 2014/15, then
 * Kulturdepartementet.
 *
 * @category Actors
 * @param options - `asOf`, an ISO date
 * @returns the ministry, or `undefined` before the strategy was decided
 * @throws RangeError when `asOf` is not an ISO date
 * @example
 * ```ts
 * import { responsibleMinistry } from "@romsk-inkludering/catalog";
 * [responsibleMinistry({ asOf: "2014-12-31" })?.id, responsibleMinistry({ asOf: "2015-01-01" })?.id];
 * // => ["arbetsmarknadsdepartementet","kulturdepartementet"]
 * ```
 */
export function responsibleMinistry(this: unknown, options?: { asOf?: string }): ActorAsOf | undefined {
  const context = contextOf(this);
  const asOf = requiredDate(context, options?.asOf, "responsibleMinistry: options.asOf");
  const id = valueAsOf(context.data.strategy.responsibleMinistry, asOf);
  return id === undefined ? undefined : getActor.call(context, id, { asOf });
}

/**
 * The follow-up authority on a date, with its name then: the authority that
 * coordinates and follows up the work under the strategy and receives the
 * municipalities' and agencies' yearly reports. Länsstyrelsen i Stockholms
 * län since 2012 (seed 000); on 20 June 2024 the government asked MUCF to
 * analyse taking over the minority-policy follow-up tasks (report by
 * 15 October 2024, no transfer date confirmed), so a transfer, once
 * decided, is a new entry in the strategy's `followUpAuthority` from its
 * day: every place that needs "the follow-up authority" or "the recipient"
 * asks this function as of its date.
 *
 * @category Actors
 * @param options - `asOf`, an ISO date (default: the date the accessors are bound to)
 * @returns the authority, or `undefined` before 2012
 * @throws RangeError when `asOf` is not an ISO date
 * @example
 * ```ts
 * import { followUpAuthority } from "@romsk-inkludering/catalog";
 * [followUpAuthority({ asOf: "2011-12-31" })?.id, followUpAuthority({ asOf: "2024-06-20" })?.name.sv];
 * // => [null,"Länsstyrelsen i Stockholms län"]
 * ```
 */
export function followUpAuthority(this: unknown, options?: { asOf?: string }): ActorAsOf | undefined {
  const context = contextOf(this);
  const asOf = requiredDate(context, options?.asOf, "followUpAuthority: options.asOf");
  const id = valueAsOf(context.data.strategy.followUpAuthority, asOf);
  return id === undefined ? undefined : getActor.call(context, id, { asOf });
}
