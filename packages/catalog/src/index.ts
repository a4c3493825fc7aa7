/**
 * The reference data of Sweden's strategy for Roma inclusion 2012–2032:
 * areas, principles, Roma groups, target groups, actors (with renames over
 * time), the 290 municipalities and 21 counties, government commissions
 * with their parts, consultation requirements and deliverables, programmes,
 * the forum, evaluations, networks, funding applications and an example
 * local profile. Every entry is sourced, validated against
 * `@romsk-inkludering/model` in the tests, and deeply frozen. Accessors that
 * depend on time take an `asOf` ISO date.
 *
 * @packageDocumentation
 * @module @romsk-inkludering/catalog
 */
import type {
  Actor,
  ActorKind,
  Area,
  Commission,
  Evaluation,
  Forum,
  FundingApplication,
  Indicator,
  LocalProfile,
  Network,
  Principle,
  Programme,
  RomaGroup,
  Source,
  TargetGroup,
} from "@romsk-inkludering/model";
import { createCatalog } from "./accessors.js";
import { CATALOG_DATA } from "./data/index.js";
import type {
  ActorAsOf,
  Catalog,
  CatalogEntryKind,
  Citation,
  CommissionRole,
  County,
  DeliverableOccurrence,
  Lang,
  NetworkPartner,
  Strategy,
} from "./types.js";

export { createCatalog } from "./accessors.js";
export type { CatalogAccessors } from "./accessors.js";
export { checkCatalog } from "./check.js";
export { extendCatalog } from "./extend.js";
export { loadIndicators } from "./load.js";
export type { IndicatorLoadResult } from "./load.js";
export type {
  ActorAsOf,
  Catalog,
  CatalogCheckResult,
  CatalogEntryKind,
  CatalogExtension,
  CatalogIssue,
  Citation,
  CommissionRole,
  County,
  DeliverableOccurrence,
  Lang,
  NetworkPartner,
  Strategy,
} from "./types.js";

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

const bound = createCatalog(catalog);

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
export function strategy(): Strategy {
  return bound.strategy();
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
export function responsibleMinistry(options: { asOf: string }): ActorAsOf | undefined {
  return bound.responsibleMinistry(options);
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
 * @param options - `asOf`, an ISO date
 * @returns the authority, or `undefined` before 2012
 * @throws RangeError when `asOf` is not an ISO date
 * @example
 * ```ts
 * import { followUpAuthority } from "@romsk-inkludering/catalog";
 * [followUpAuthority({ asOf: "2011-12-31" })?.id, followUpAuthority({ asOf: "2024-06-20" })?.name.sv];
 * // => [null,"Länsstyrelsen i Stockholms län"]
 * ```
 */
export function followUpAuthority(options: { asOf: string }): ActorAsOf | undefined {
  return bound.followUpAuthority(options);
}

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
export function areas(): readonly Area[] {
  return bound.areas();
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
export function getArea(id: string): Area | undefined {
  return bound.getArea(id);
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
export function principles(options?: { scope?: Principle["scope"] }): readonly Principle[] {
  return bound.principles(options);
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
export function getPrinciple(id: string): Principle | undefined {
  return bound.getPrinciple(id);
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
export function romaGroups(): readonly RomaGroup[] {
  return bound.romaGroups();
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
export function getRomaGroup(id: string): RomaGroup | undefined {
  return bound.getRomaGroup(id);
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
export function targetGroups(): readonly TargetGroup[] {
  return bound.targetGroups();
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
export function getTargetGroup(id: string): TargetGroup | undefined {
  return bound.getTargetGroup(id);
}

/**
 * The actors, optionally of one kind. With `asOf`, only the actors in force
 * on that date, each with the name then (`name`, `short`).
 *
 * @category Actors
 * @param options - `kind`, and `asOf` (an ISO date)
 * @returns the actors
 * @throws RangeError when `asOf` is given and is not an ISO date
 * @example
 * ```ts
 * import { actors } from "@romsk-inkludering/catalog";
 * actors({ kind: "ministry" }).map((a) => a.id);
 * // => ["arbetsmarknadsdepartementet","kulturdepartementet"]
 * actors({ kind: "county-administrative-board", asOf: "2012-06-01" }).map((a) => a.name.sv);
 * // => ["Länsstyrelsen i Stockholms län","Länsstyrelsen i Västmanlands län","Länsstyrelsen i Örebro län"]
 * ```
 */
export function actors(options?: { kind?: ActorKind }): readonly Actor[];
export function actors(options: { kind?: ActorKind; asOf: string }): readonly ActorAsOf[];
export function actors(options?: { kind?: ActorKind; asOf?: string }): readonly (Actor | ActorAsOf)[] {
  return options?.asOf === undefined
    ? bound.actors(options?.kind === undefined ? {} : { kind: options.kind })
    : bound.actors({ ...(options.kind === undefined ? {} : { kind: options.kind }), asOf: options.asOf });
}

/**
 * An actor with the name in force on a date: `{ ...actor, name, short? }`.
 * `undefined` for an unknown id, or when the actor has no name in force
 * then (before it existed).
 *
 * @category Actors
 * @param id - the actor's id, e.g. `skr` or `municipality-1283`
 * @param options - `asOf`, an ISO date
 * @returns the actor as of the date
 * @throws RangeError when `asOf` is not an ISO date
 * @example
 * ```ts
 * import { getActor } from "@romsk-inkludering/catalog";
 * [getActor("skr", { asOf: "2018-06-01" })?.name.sv, getActor("skr", { asOf: "2020-01-01" })?.short];
 * // => ["Sveriges Kommuner och Landsting","SKR"]
 * getActor("no-such-actor", { asOf: "2020-01-01" });
 * // => undefined
 * ```
 */
export function getActor(id: string, options: { asOf: string }): ActorAsOf | undefined {
  return bound.getActor(id, options);
}

/**
 * An actor's name on a date, in Swedish (default) or English.
 *
 * @category Actors
 * @param id - the actor's id
 * @param options - `asOf` (an ISO date) and `lang`
 * @returns the name, or `undefined` for an unknown id or a date before the actor existed
 * @throws RangeError when `asOf` is not an ISO date
 * @example
 * ```ts
 * import { actorName } from "@romsk-inkludering/catalog";
 * [actorName("mucf", { asOf: "2014-03-31" }), actorName("mucf", { asOf: "2014-04-01", lang: "en" })];
 * // => ["Ungdomsstyrelsen","Swedish Agency for Youth and Civil Society"]
 * ```
 */
export function actorName(id: string, options: { asOf: string; lang?: Lang }): string | undefined {
  return bound.actorName(id, options);
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
export function municipalities(options?: { countyCode?: string }): readonly Actor[] {
  return bound.municipalities(options);
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
export function municipalityByCode(code: string): Actor | undefined {
  return bound.municipalityByCode(code);
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
export function counties(): readonly County[] {
  return bound.counties();
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
export function getCounty(code: string): County | undefined {
  return bound.getCounty(code);
}

/**
 * Every government commission (regeringsuppdrag) in the catalog.
 *
 * @category Commissions
 * @returns the commissions
 * @example
 * ```ts
 * import { commissions } from "@romsk-inkludering/catalog";
 * commissions().some((c) => c.decisions.some((d) => d.number === "Ku2019/02101/CSM" && d.date === "2019-12-19"));
 * // => true
 * ```
 */
export function commissions(): readonly Commission[] {
  return bound.commissions();
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
export function getCommission(id: string): Commission | undefined {
  return bound.getCommission(id);
}

/**
 * The commissions in which an actor has a role: by default those assigned
 * to it; with `role`, those it issued, receives deliverables of, must be
 * involved in as a consultation party (directly or as a programme's
 * municipality), or any of these.
 *
 * @category Commissions
 * @param actorId - the actor's id
 * @param options - `role` (default `assignee`)
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
export function commissionsFor(actorId: string, options?: { role?: CommissionRole }): readonly Commission[] {
  return bound.commissionsFor(actorId, options);
}

/**
 * The dated occurrences of every deliverable, sorted by due date: a yearly
 * rule gives one per year. `due` is the date written in the commission (or
 * set by an amendment decided by `asOf`, when given), never shifted for
 * weekends or holidays. An occurrence is included when its due date, or a
 * date another source gives for it (`alternativeDue`), lies in
 * `from`..`to` (inclusive; either may be left out). `actorId` keeps the
 * deliverables of one assignee.
 *
 * @category Deadlines
 * @param options - `from`, `to`, `asOf` (ISO dates) and `actorId`
 * @returns the occurrences
 * @throws RangeError when a date option is not an ISO date
 * @example
 * ```ts
 * import { deliverables } from "@romsk-inkludering/catalog";
 * deliverables({ from: "2013-01-01", to: "2015-12-31" })
 *   .filter((d) => d.deliverableId === "pilot-status-report")
 *   .map((d) => [d.occurrence, d.due, d.recipientId]);
 * // => [[2013,"2013-04-15","arbetsmarknadsdepartementet"],[2014,"2014-04-15","arbetsmarknadsdepartementet"],[2015,"2015-04-15","arbetsmarknadsdepartementet"]]
 * deliverables({ from: "2018-12-01", to: "2018-12-31" }).map((d) => [d.due, d.alternativeDue?.map((a) => a.due)]);
 * // => [["2018-12-15",["2018-10-15"]]]
 * ```
 */
export function deliverables(options?: {
  from?: string;
  to?: string;
  actorId?: string;
  asOf?: string;
}): readonly DeliverableOccurrence[] {
  return bound.deliverables(options);
}

/**
 * The programmes (the pilot 2012–2015, the development municipalities
 * 2016–2019), optionally only those running on `asOf`.
 *
 * @category Actors
 * @param options - `asOf`, an ISO date
 * @returns the programmes
 * @throws RangeError when `asOf` is given and is not an ISO date
 * @example
 * ```ts
 * import { programmes } from "@romsk-inkludering/catalog";
 * [programmes().length, programmes({ asOf: "2017-03-01" }).map((p) => p.id)];
 * // => [2,["development-municipalities-2016-2019"]]
 * ```
 */
export function programmes(options?: { asOf?: string }): readonly Programme[] {
  return bound.programmes(options);
}

/**
 * A programme by id, or `undefined`.
 *
 * @category Actors
 * @param id - the programme's id
 * @returns the programme
 * @example
 * ```ts
 * import { getProgramme } from "@romsk-inkludering/catalog";
 * getProgramme("pilot-2012-2015")?.period;
 * // => {"from":"2012-01-01","to":"2015-12-31"}
 * ```
 */
export function getProgramme(id: string): Programme | undefined {
  return bound.getProgramme(id);
}

/**
 * A programme's municipalities: all of them, or with `asOf` those taking
 * part on that date, each with its name then (none outside the programme's
 * period). `undefined` for an unknown programme.
 *
 * @category Actors
 * @param programmeId - the programme's id
 * @param options - `asOf`, an ISO date
 * @returns the municipalities
 * @throws RangeError when `asOf` is given and is not an ISO date
 * @example
 * ```ts
 * import { programmeMunicipalities } from "@romsk-inkludering/catalog";
 * programmeMunicipalities("pilot-2012-2015", { asOf: "2013-01-01" })?.map((m) => [m.name.sv, m.municipalityCode]);
 * // => [["Luleå","2580"],["Linköping","0580"],["Göteborg","1480"],["Helsingborg","1283"],["Malmö","1280"]]
 * programmeMunicipalities("pilot-2012-2015", { asOf: "2012-04-09" })?.length;
 * // => 0
 * ```
 */
export function programmeMunicipalities(programmeId: string, options?: { asOf?: undefined }): readonly Actor[] | undefined;
export function programmeMunicipalities(programmeId: string, options: { asOf: string }): readonly ActorAsOf[] | undefined;
export function programmeMunicipalities(
  programmeId: string,
  options?: { asOf?: string | undefined },
): readonly (Actor | ActorAsOf)[] | undefined {
  return options?.asOf === undefined
    ? bound.programmeMunicipalities(programmeId)
    : bound.programmeMunicipalities(programmeId, { asOf: options.asOf });
}

/**
 * The forums (the Board's forum of the pilot programme: about 20
 * participants, two meetings per term).
 *
 * @category Consultation
 * @returns the forums
 * @example
 * ```ts
 * import { forums } from "@romsk-inkludering/catalog";
 * forums().map((f) => [f.id, f.approxParticipants, f.cadence]);
 * // => [["pilot-forum",20,{"meetings":2,"per":"term"}]]
 * ```
 */
export function forums(): readonly Forum[] {
  return bound.forums();
}

/**
 * A forum by id, or `undefined`.
 *
 * @category Consultation
 * @param id - the forum's id
 * @returns the forum
 * @example
 * ```ts
 * import { getForum } from "@romsk-inkludering/catalog";
 * getForum("pilot-forum")?.programmeId;
 * // => "pilot-2012-2015"
 * ```
 */
export function getForum(id: string): Forum | undefined {
  return bound.getForum(id);
}

/**
 * The evaluations: the external evaluation of the pilot programme (five
 * tasks) and Statskontoret 2018:13.
 *
 * @category Actors
 * @returns the evaluations
 * @example
 * ```ts
 * import { evaluations } from "@romsk-inkludering/catalog";
 * evaluations().map((e) => [e.evaluatorId, e.tasks.length]);
 * // => [["raoul-wallenberg-institutet",5],["statskontoret",0]]
 * ```
 */
export function evaluations(): readonly Evaluation[] {
  return bound.evaluations();
}

/**
 * An evaluation by id, or `undefined`.
 *
 * @category Actors
 * @param id - the evaluation's id
 * @returns the evaluation
 * @example
 * ```ts
 * import { getEvaluation } from "@romsk-inkludering/catalog";
 * const e = getEvaluation("statskontoret-2018-13");
 * [e?.decision, e?.commissionedOn, e?.publishedOn];
 * // => ["Ku2017/01054/DISK","2017-04-06","2018-06-01"]
 * ```
 */
export function getEvaluation(id: string): Evaluation | undefined {
  return bound.getEvaluation(id);
}

/**
 * The networks: the Mälardalen network (from 2009), the municipal network
 * (from 2012) and the proposed national network with its commitments.
 *
 * @category Actors
 * @returns the networks
 * @example
 * ```ts
 * import { networks } from "@romsk-inkludering/catalog";
 * networks().map((n) => [n.id, n.status, n.members.length]);
 * // => [["malardalen-network","active",5],["municipal-network","active",30],["national-network","proposed",0]]
 * ```
 */
export function networks(): readonly Network[] {
  return bound.networks();
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
export function getNetwork(id: string): Network | undefined {
  return bound.getNetwork(id);
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
export function networkMembers(networkId: string, options: { asOf: string }): readonly ActorAsOf[] | undefined {
  return bound.networkMembers(networkId, options);
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
export function networkPartners(networkId: string): readonly NetworkPartner[] | undefined {
  return bound.networkPartners(networkId);
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
export function fundingApplications(): readonly FundingApplication[] {
  return bound.fundingApplications();
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
export function getFundingApplication(id: string): FundingApplication | undefined {
  return bound.getFundingApplication(id);
}

/**
 * Example local profiles: Linköping's consultation practice (two
 * participants per Roma group, chosen by the Roma themselves).
 *
 * @category Compliance
 * @returns the profiles
 * @example
 * ```ts
 * import { localProfiles } from "@romsk-inkludering/catalog";
 * localProfiles().map((p) => [p.id, p.actorId, p.consultation?.representativesPerRomaGroup]);
 * // => [["linkoping-consultation","municipality-0580",2]]
 * ```
 */
export function localProfiles(): readonly LocalProfile[] {
  return bound.localProfiles();
}

/**
 * A local profile by id, or `undefined`.
 *
 * @category Compliance
 * @param id - the profile's id
 * @returns the profile
 * @example
 * ```ts
 * import { getLocalProfile } from "@romsk-inkludering/catalog";
 * getLocalProfile("linkoping-consultation")?.consultation?.romaGroups?.length;
 * // => 5
 * ```
 */
export function getLocalProfile(id: string): LocalProfile | undefined {
  return bound.getLocalProfile(id);
}

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
 * @category Indicators
 * @param options - `areaId` (e.g. `"employment"`), `population`
 * @returns the indicators, in catalog order
 * @example
 * ```ts
 * import { indicators } from "@romsk-inkludering/catalog";
 * [indicators().length, indicators({ population: "general" }).length, indicators({ areaId: "employment", population: "gap" }).map((i) => i.id)];
 * // => [22,11,["eu-employment-gap"]]
 * ```
 */
export function indicators(options?: { areaId?: string; population?: Indicator["population"] }): readonly Indicator[] {
  return bound.indicators(options);
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
export function getIndicator(id: string): Indicator | undefined {
  return bound.getIndicator(id);
}

/**
 * Every source cited anywhere in the catalog, with the entry that cites
 * it, optionally filtered by entry kind, source kind or seed file.
 *
 * @category Catalog
 * @param options - `entryKind`, `sourceKind`, `file` (a seed file name)
 * @returns the citations, in catalog order
 * @example
 * ```ts
 * import { citations } from "@romsk-inkludering/catalog";
 * [...new Set(citations({ file: "004_f723fd64a64a7139.txt" }).map((c) => c.entry.kind))];
 * // => ["strategy","actor","commission","programme","network","network-partner","funding-application"]
 * ```
 */
export function citations(options?: {
  entryKind?: CatalogEntryKind;
  sourceKind?: Source["kind"];
  file?: string;
}): readonly Citation[] {
  return bound.citations(options);
}
