import type { FundingApplication, Network } from "@romsk-inkludering/model";
import { isInForce } from "@romsk-inkludering/model";
import type { ActorAsOf, NetworkPartner } from "../types.js";
import { contextOf, EMPTY, knownAsOf, knownBy, optionalDate, requiredDate } from "./context.js";
import { membersAsOf } from "./programmes.js";

/**
 * The networks: the Mälardalen network (from 2009), the municipal network
 * (from 2012) and the proposed national network with its commitments;
 * with `asOf`, only those decided or proposed by then.
 *
 * @category Actors
 * @param options - `asOf`, an ISO date
 * @returns the networks
 * @throws RangeError when `asOf` is given and is not an ISO date
 * @example
 * ```ts
 * import { networks } from "@romsk-inkludering/catalog";
 * networks().map((n) => [n.id, n.status, n.members.length]);
 * // => [["malardalen-network","active",5],["municipal-network","active",30],["national-network","proposed",0]]
 * networks({ asOf: "2010-06-01" }).map((n) => n.id);
 * // => ["malardalen-network"]
 * ```
 */
export function networks(this: unknown, options?: { asOf?: string }): readonly Network[] {
  const context = contextOf(this);
  return knownAsOf(context.data.networks, optionalDate(context, options?.asOf, "networks: options.asOf"));
}

/**
 * A network by id, or `undefined`.
 *
 * @category Actors
 * @param id - the network's id
 * @returns the network
 * @example
 * ```ts
 * import { getNetwork } from "@romsk-inkludering/catalog";
 * getNetwork("national-network")?.commitments.find((c) => c.kind === "peer-review")?.params;
 * // => {"everyYears":3,"atLeastOncePerPeriod":true}
 * ```
 */
export function getNetwork(this: unknown, id: string): Network | undefined {
  const { data, index } = contextOf(this);
  return index(data.networks, (n) => n.id).get(id);
}

/**
 * A network's members on a date, each with its name then (none before the
 * network started). `undefined` for an unknown network.
 *
 * @category Actors
 * @param networkId - the network's id
 * @param options - `asOf`, an ISO date
 * @returns the members
 * @throws RangeError when `asOf` is not an ISO date
 * @example
 * ```ts
 * import { networkMembers } from "@romsk-inkludering/catalog";
 * networkMembers("malardalen-network", { asOf: "2012-06-01" })?.map((m) => m.name.sv);
 * // => ["Västerås","Eskilstuna","Örebro","Södertälje","Uppsala"]
 * networkMembers("municipal-network", { asOf: "2018-05-16" })?.filter((m) => m.kind === "region").map((m) => m.name.sv);
 * // => ["Västerbottens läns landsting","Stockholms läns landsting"]
 * ```
 */
export function networkMembers(this: unknown, networkId: string, options?: { asOf?: string }): readonly ActorAsOf[] | undefined {
  const context = contextOf(this);
  const asOf = requiredDate(context, options?.asOf, "networkMembers: options.asOf");
  const network = context.index(context.data.networks, (n) => n.id).get(networkId);
  if (network === undefined) return undefined;
  if (!isInForce(network, asOf) || !knownBy(network, asOf)) return EMPTY;
  return membersAsOf(context, network.members, asOf);
}

/**
 * The actors that cooperate with a network without being members, with
 * their roles. `undefined` for an unknown network.
 *
 * @category Actors
 * @param networkId - the network's id
 * @returns the partners
 * @example
 * ```ts
 * import { networkPartners } from "@romsk-inkludering/catalog";
 * networkPartners("malardalen-network")?.map((p) => p.actorId);
 * // => ["lansstyrelsen-vastmanland","lansstyrelsen-orebro","lansstyrelsen-stockholm","delegationen-for-romska-fragor"]
 * ```
 */
export function networkPartners(this: unknown, networkId: string): readonly NetworkPartner[] | undefined {
  const { data, index } = contextOf(this);
  if (!index(data.networks, (n) => n.id).has(networkId)) return undefined;
  return Object.freeze(data.networkPartners.filter((p) => p.networkId === networkId));
}

/**
 * The funding applications: the two proposals of seed 004 by the Mälardalen
 * network to Länsstyrelsen i Stockholms län.
 *
 * @category Reports
 * @returns the applications
 * @example
 * ```ts
 * import { fundingApplications } from "@romsk-inkludering/catalog";
 * fundingApplications().map((f) => [f.id, f.totalSek, f.budgetLines.map((l) => l.amountSek)]);
 * // => [["national-network-proposal-1",330000,[130000,100000,100000]],["national-network-proposal-2",230000,[130000,100000]]]
 * ```
 */
export function fundingApplications(this: unknown): readonly FundingApplication[] {
  return contextOf(this).data.fundingApplications;
}

/**
 * A funding application by id, or `undefined`.
 *
 * @category Reports
 * @param id - the application's id
 * @returns the application
 * @example
 * ```ts
 * import { getFundingApplication } from "@romsk-inkludering/catalog";
 * getFundingApplication("national-network-proposal-2")?.grantorId;
 * // => "lansstyrelsen-stockholm"
 * ```
 */
export function getFundingApplication(this: unknown, id: string): FundingApplication | undefined {
  const { data, index } = contextOf(this);
  return index(data.fundingApplications, (a) => a.id).get(id);
}
