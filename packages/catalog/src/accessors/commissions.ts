import type { Commission } from "@romsk-inkludering/model";
import type { CommissionRole } from "../types.js";
import { contextOf, knownAsOf, knownBy, optionalDate } from "./context.js";

/**
 * Every government commission (regeringsuppdrag) in the catalog; with
 * `asOf` (given, or bound by {@link createCatalog}), only those decided by
 * then (`decided.on` not after it).
 *
 * @category Commissions
 * @param options - `asOf`, an ISO date
 * @returns the commissions
 * @throws RangeError when `asOf` is given and is not an ISO date
 * @example
 * ```ts
 * import { commissions } from "@romsk-inkludering/catalog";
 * commissions().some((c) => c.decisions.some((d) => d.number === "Ku2019/02101/CSM" && d.date === "2019-12-19"));
 * // => true
 * commissions({ asOf: "2016-01-01" }).some((c) => c.id === "ku2019-02101-csm");
 * // => false
 * ```
 */
export function commissions(this: unknown, options?: { asOf?: string }): readonly Commission[] {
  const context = contextOf(this);
  return knownAsOf(context.data.commissions, optionalDate(context, options?.asOf, "commissions: options.asOf"));
}

/**
 * A commission by id, or `undefined`.
 *
 * @category Commissions
 * @param id - the commission's id
 * @returns the commission
 * @example
 * ```ts
 * import { getCommission } from "@romsk-inkludering/catalog";
 * getCommission("lansstyrelsen-stockholm-2012")?.parts.map((p) => p.id);
 * // => ["groundwork","pilot-coordination","contacts-until-july-2012","municipal-support-until-july-2012","municipal-network-preparation"]
 * ```
 */
export function getCommission(this: unknown, id: string): Commission | undefined {
  const { data, index } = contextOf(this);
  return index(data.commissions, (c) => c.id).get(id);
}

/**
 * The commissions in which an actor has a role: by default those assigned
 * to it; with `role`, those it issued, receives deliverables of, must be
 * involved in as a consultation party (directly or as a programme's
 * municipality), or any of these. With `asOf`, only the commissions
 * decided by then.
 *
 * @category Commissions
 * @param actorId - the actor's id
 * @param options - `role` (default `assignee`), `asOf` (an ISO date)
 * @returns the commissions, in catalog order
 * @example
 * ```ts
 * import { commissionsFor } from "@romsk-inkludering/catalog";
 * commissionsFor("skolverket").map((c) => c.id);
 * // => ["skolverket-pilot-2012"]
 * commissionsFor("municipality-0580", { role: "party" }).map((c) => c.id);
 * // => ["lansstyrelsen-stockholm-2012"]
 * ```
 */
export function commissionsFor(this: unknown, actorId: string, options?: { role?: CommissionRole; asOf?: string }): readonly Commission[] {
  const context = contextOf(this);
  const { data, index } = context;
  const asOf = optionalDate(context, options?.asOf, "commissionsFor: options.asOf");
  const role = options?.role ?? "assignee";
  const programmesById = index(data.programmes, (p) => p.id);
  const has = (c: Commission, r: Exclude<CommissionRole, "any">): boolean => {
    if (r === "assignee") return c.assigneeId === actorId;
    if (r === "issuer") return c.issuerId === actorId;
    if (r === "recipient") return c.parts.some((p) => p.deliverables.some((d) => d.recipientId === actorId));
    return c.parts.some((p) =>
      p.consultations.some((req) =>
        req.parties.some((party) => {
          if (party.kind === "actor") return party.actorId === actorId;
          if (party.kind !== "programme-municipalities") return false;
          const programme = programmesById.get(party.programmeId);
          return programme !== undefined && programme.municipalities.some((m) => m.actorId === actorId);
        }),
      ),
    );
  };
  const roles: Exclude<CommissionRole, "any">[] = role === "any" ? ["assignee", "issuer", "recipient", "party"] : [role];
  return Object.freeze(data.commissions.filter((c) => knownBy(c, asOf) && roles.some((r) => has(c, r))));
}
