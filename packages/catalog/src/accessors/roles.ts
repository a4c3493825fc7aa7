import { overlaps as overlapsSpan, type Programme } from "@romsk-inkludering/model";
import { contextOf, knownBy, optionalDate } from "./context.js";

/**
 * The roles an actor has in a year, as the catalog knows them: the kinds of
 * the programmes it took part in, whether it was a member of an active
 * network, and whether it is an agency (a state agency or a county
 * administrative board).
 *
 * @category Actors
 * @example
 * ```ts
 * import type { ActorRoles } from "@romsk-inkludering/catalog";
 * const gavle: ActorRoles = { programmes: ["development-municipalities"], networkMember: true, agency: false };
 * gavle.programmes;
 * // => ["development-municipalities"]
 * ```
 */
export interface ActorRoles {
  /** The kinds of the programmes the actor took part in during the year. */
  readonly programmes: readonly Programme["kind"][];
  /** Whether the actor was a member of an active network during the year. */
  readonly networkMember: boolean;
  /** Whether the actor is a state agency or a county administrative board in force during the year. */
  readonly agency: boolean;
}

/**
 * The roles of every actor that had one in a year: programme memberships
 * and active network memberships that overlap the year and were decided or
 * known by `asOf` (by default the date the catalog is bound to, else the
 * year's last day), and the agencies in force in it. Actors are listed in
 * id order; the national report's actor types are made from these, as of
 * the report's date.
 *
 * @category Actors
 * @param year - a year from 1900 to 2200
 * @param options - `asOf`, the ISO date of what is known
 * @returns the roles by actor id, frozen
 * @throws RangeError when `year` is not an integer from 1900 to 2200, or `asOf` is not an ISO date
 * @example
 * ```ts
 * import { actorRoles } from "@romsk-inkludering/catalog";
 * const roles = actorRoles(2017);
 * [roles["municipality-2180"]?.programmes, "municipality-0580" in roles, roles["skolverket"]?.agency];
 * // => [["development-municipalities"],false,true]
 * actorRoles(2013)["municipality-0580"]?.programmes;
 * // => ["pilot"]
 * // Västerås's membership of the municipal network in 2017 is known from the presentation of 16 May 2018.
 * [actorRoles(2017, { asOf: "2018-05-15" })["municipality-1980"]?.networkMember ?? false, actorRoles(2017, { asOf: "2018-05-16" })["municipality-1980"]?.networkMember];
 * // => [false,true]
 * ```
 */
export function actorRoles(this: unknown, year: number, options?: { asOf?: string }): Readonly<Record<string, ActorRoles>> {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new RangeError(`actorRoles: year must be an integer from 1900 to 2200, got ${String(year)}`);
  }
  const context = contextOf(this);
  const { data } = context;
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const known = optionalDate(context, options?.asOf, "actorRoles: options.asOf") ?? last;
  const wholeYear = { validFrom: first, validTo: last };
  const overlaps = (validFrom: string | undefined, validTo: string | undefined): boolean => overlapsSpan({ validFrom, validTo }, wholeYear);
  const roles = new Map<string, { programmes: Set<Programme["kind"]>; networkMember: boolean; agency: boolean }>();
  const of = (actorId: string) => {
    let found = roles.get(actorId);
    if (found === undefined) {
      found = { programmes: new Set(), networkMember: false, agency: false };
      roles.set(actorId, found);
    }
    return found;
  };
  for (const programme of data.programmes) {
    if (!overlaps(programme.period.from, programme.period.to) || !knownBy(programme, known)) continue;
    for (const m of programme.municipalities) if (overlaps(m.validFrom, m.validTo) && knownBy(m, known)) of(m.actorId).programmes.add(programme.kind);
  }
  for (const network of data.networks) {
    if (network.status !== "active" || !overlaps(network.validFrom, network.validTo) || !knownBy(network, known)) continue;
    for (const m of network.members) if (overlaps(m.validFrom, m.validTo) && knownBy(m, known)) of(m.actorId).networkMember = true;
  }
  for (const actor of data.actors) {
    if ((actor.kind === "agency" || actor.kind === "county-administrative-board") && overlaps(actor.validFrom, actor.validTo)) of(actor.id).agency = true;
  }
  const out: Record<string, ActorRoles> = {};
  for (const id of [...roles.keys()].sort()) {
    const r = roles.get(id) as { programmes: Set<Programme["kind"]>; networkMember: boolean; agency: boolean };
    out[id] = Object.freeze({ programmes: Object.freeze([...r.programmes].sort()), networkMember: r.networkMember, agency: r.agency });
  }
  return Object.freeze(out);
}
