import type { ActorKind } from "@romsk-inkludering/model";
import { isInForce, overlaps } from "@romsk-inkludering/model";
import type { StatutoryDuty } from "../types.js";
import { contextOf, requireIsoDate, requiredDate } from "./context.js";

/**
 * The duties of lag (2009:724) that concern the Roma minority (§3
 * information, §4 language and culture, §5 influence and consultation and
 * its structured dialogue from 2019, §5 a children's and young people's
 * influence, §5 b goals and guidelines) known and in force as of `asOf`,
 * in the statute's order. A duty is known from the day it enters into
 * force (no source gives the day SFS 2018:1367 was decided), so as of a day
 * in 2018 neither §5 a nor §5 b is known, whatever the window.
 *
 * - Without `from`/`to`: the duties in force on `asOf`.
 * - With `from` and `to` (both, inclusive): the duties known on `asOf`
 *   that are in force on at least one day of that window (what an
 *   obligations listing of the window shows).
 * - With `actorKind`: only the duties that apply to that kind of actor
 *   (§5 b: municipalities and regions; §§3, 5, 5 a: agencies, county
 *   administrative boards, municipalities and regions; §4: the public
 *   sector).
 *
 * The administrative-area duties of §§6–18 never apply to Roma (Romani
 * chib has no administrative area) and are never listed here; ask
 * {@link getStatutoryDuty} for `sfs-2009-724-6-18` to see that and why.
 *
 * @category Compliance
 * @param options - `asOf` (an ISO date; default: the date the accessors are bound to), `actorKind`, and `from`/`to` for a window
 * @returns the duties, frozen catalog entries
 * @throws RangeError when a date is not an ISO date, when only one of `from` and `to` is given, or when `from` is after `to`
 * @example
 * ```ts
 * import { statutoryDuties } from "@romsk-inkludering/catalog";
 * statutoryDuties({ asOf: "2018-06-01" }).map((d) => d.section);
 * // => ["3 §","4 §","5 §"]
 * statutoryDuties({ asOf: "2020-06-01", actorKind: "municipality" }).map((d) => d.id);
 * // => ["sfs-2009-724-3","sfs-2009-724-4","sfs-2009-724-5","sfs-2009-724-5-structured-dialogue","sfs-2009-724-5-a","sfs-2009-724-5-b"]
 * statutoryDuties({ asOf: "2018-06-01", from: "2020-01-01", to: "2020-12-31" }).map((d) => d.section);
 * // => ["3 §","4 §","5 §"]
 * statutoryDuties({ asOf: "2020-06-01", actorKind: "agency" }).some((d) => d.section === "5 b §");
 * // => false
 * ```
 */
export function statutoryDuties(
  this: unknown,
  options?: { asOf?: string; actorKind?: ActorKind; from?: string; to?: string },
): readonly StatutoryDuty[] {
  const context = contextOf(this);
  const asOf = requiredDate(context, options?.asOf, "statutoryDuties: options.asOf");
  const from = options?.from === undefined ? undefined : requireIsoDate(options.from, "statutoryDuties: options.from");
  const to = options?.to === undefined ? undefined : requireIsoDate(options.to, "statutoryDuties: options.to");
  if ((from === undefined) !== (to === undefined)) {
    throw new RangeError(`statutoryDuties: options.from and options.to go together (a window), got from ${JSON.stringify(from ?? null)} and to ${JSON.stringify(to ?? null)}`);
  }
  if (from !== undefined && to !== undefined && to < from) {
    throw new RangeError(`statutoryDuties: options.from ${from} is after options.to ${to}`);
  }
  const actorKind = options?.actorKind;
  return Object.freeze(
    context.data.statutoryDuties.filter(
      (duty) =>
        duty.appliesToRoma &&
        knownOn(duty, asOf) &&
        (from === undefined || to === undefined ? isInForce(duty, asOf) : overlaps(duty, { validFrom: from, validTo: to })) &&
        (actorKind === undefined || duty.actorKinds.includes(actorKind)),
    ),
  );
}

/** Known on `asOf`: from the day the duty entered into force (no decision date is sourced). */
function knownOn(duty: StatutoryDuty, asOf: string): boolean {
  return isInForce({ validFrom: duty.validFrom }, asOf);
}

/**
 * A duty of lag (2009:724) by id, or `undefined`: any entry of the
 * catalog's `statutoryDuties`, also `sfs-2009-724-6-18`, the
 * administrative-area duties of §§6–18, which never apply to Roma
 * (`appliesToRoma: false`, with the reason: Romani chib has no
 * administrative area).
 *
 * @category Compliance
 * @param id - the duty's id, e.g. `sfs-2009-724-5-a`
 * @returns the duty
 * @example
 * ```ts
 * import { getStatutoryDuty } from "@romsk-inkludering/catalog";
 * const areas = getStatutoryDuty("sfs-2009-724-6-18");
 * [areas?.appliesToRoma, areas?.notApplicableReason?.en];
 * // => [false,"Romani chib has no administrative area (förvaltningsområde): the law's administrative-area rights apply to Finnish, Meänkieli and Sami only, so sections 6–18 never apply to Roma."]
 * getStatutoryDuty("sfs-2009-724-5-b")?.actorKinds;
 * // => ["municipality","region"]
 * ```
 */
export function getStatutoryDuty(this: unknown, id: string): StatutoryDuty | undefined {
  const { data, index } = contextOf(this);
  return index(data.statutoryDuties, (d) => d.id).get(id);
}
