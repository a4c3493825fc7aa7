import { requireIsoDate } from "./context.js";
import type { Catalog } from "../types.js";
import { actorName, actors, getActor } from "./actors.js";
import { actorRoles } from "./roles.js";
import { areas, getArea, getPrinciple, getRomaGroup, getTargetGroup, principles, romaGroups, targetGroups } from "./areas.js";
import { citations } from "./citations.js";
import { commissions, commissionsFor, getCommission } from "./commissions.js";
import { makeContext } from "./context.js";
import { deliverables } from "./deliverables.js";
import { getStatutoryDuty, statutoryDuties } from "./duties.js";
import { grantRounds, grantSchemes } from "./grants.js";
import { catalogNotes } from "./notes.js";
import { indicators, getIndicator } from "./indicators.js";
import { counties, getCounty, municipalities, municipalityByCode } from "./municipalities.js";
import { fundingApplications, getFundingApplication, getNetwork, networkMembers, networkPartners, networks } from "./networks.js";
import { getLocalProfile, localProfiles } from "./profiles.js";
import { evaluations, forums, getEvaluation, getForum, getProgramme, programmeMunicipalities, programmes } from "./programmes.js";
import { followUpAuthority, responsibleMinistry, strategy } from "./strategy.js";

/** Every accessor of the package, by name: what {@link createCatalog} binds. */
const ACCESSORS = {
  /** {@inheritDoc strategy} */
  strategy,
  /** {@inheritDoc responsibleMinistry} */
  responsibleMinistry,
  /** {@inheritDoc followUpAuthority} */
  followUpAuthority,
  /** {@inheritDoc areas} */
  areas,
  /** {@inheritDoc getArea} */
  getArea,
  /** {@inheritDoc principles} */
  principles,
  /** {@inheritDoc getPrinciple} */
  getPrinciple,
  /** {@inheritDoc romaGroups} */
  romaGroups,
  /** {@inheritDoc getRomaGroup} */
  getRomaGroup,
  /** {@inheritDoc targetGroups} */
  targetGroups,
  /** {@inheritDoc getTargetGroup} */
  getTargetGroup,
  /** {@inheritDoc actors} */
  actors,
  /** {@inheritDoc getActor} */
  getActor,
  /** {@inheritDoc actorName} */
  actorName,
  /** {@inheritDoc actorRoles} */
  actorRoles,
  /** {@inheritDoc municipalities} */
  municipalities,
  /** {@inheritDoc municipalityByCode} */
  municipalityByCode,
  /** {@inheritDoc counties} */
  counties,
  /** {@inheritDoc getCounty} */
  getCounty,
  /** {@inheritDoc commissions} */
  commissions,
  /** {@inheritDoc getCommission} */
  getCommission,
  /** {@inheritDoc commissionsFor} */
  commissionsFor,
  /** {@inheritDoc deliverables} */
  deliverables,
  /** {@inheritDoc programmes} */
  programmes,
  /** {@inheritDoc getProgramme} */
  getProgramme,
  /** {@inheritDoc programmeMunicipalities} */
  programmeMunicipalities,
  /** {@inheritDoc forums} */
  forums,
  /** {@inheritDoc getForum} */
  getForum,
  /** {@inheritDoc evaluations} */
  evaluations,
  /** {@inheritDoc getEvaluation} */
  getEvaluation,
  /** {@inheritDoc networks} */
  networks,
  /** {@inheritDoc getNetwork} */
  getNetwork,
  /** {@inheritDoc networkMembers} */
  networkMembers,
  /** {@inheritDoc networkPartners} */
  networkPartners,
  /** {@inheritDoc fundingApplications} */
  fundingApplications,
  /** {@inheritDoc getFundingApplication} */
  getFundingApplication,
  /** {@inheritDoc grantSchemes} */
  grantSchemes,
  /** {@inheritDoc grantRounds} */
  grantRounds,
  /** {@inheritDoc catalogNotes} */
  catalogNotes,
  /** {@inheritDoc localProfiles} */
  localProfiles,
  /** {@inheritDoc getLocalProfile} */
  getLocalProfile,
  /** {@inheritDoc indicators} */
  indicators,
  /** {@inheritDoc getIndicator} */
  getIndicator,
  /** {@inheritDoc citations} */
  citations,
  /** {@inheritDoc statutoryDuties} */
  statutoryDuties,
  /** {@inheritDoc getStatutoryDuty} */
  getStatutoryDuty,
} as const;

type Accessors = typeof ACCESSORS;

/**
 * Accessors bound to one catalog (and, optionally, one date): every query
 * of the package, each the package's own function bound to the catalog
 * given to {@link createCatalog}. Unknown ids give `undefined`; a malformed
 * date throws a `RangeError` naming it. With a bound `asOf`, an accessor
 * that takes a date uses it unless the call gives its own.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { catalog, createCatalog, type CatalogAccessors } from "@romsk-inkludering/catalog";
 * const accessors: CatalogAccessors = createCatalog(catalog);
 * accessors.actorName("folkhalsomyndigheten", { asOf: "2012-06-01" });
 * // => "Statens folkhälsoinstitut"
 * const dated: CatalogAccessors = createCatalog(catalog, { asOf: "2018-06-01" });
 * [dated.asOf, dated.getActor("skr")?.short, dated.getActor("skr", { asOf: "2020-01-01" })?.short];
 * // => ["2018-06-01","SKL","SKR"]
 * ```
 */
export interface CatalogAccessors extends Accessors {
  /** The catalog the accessors answer from. */
  readonly data: Catalog;
  /** The date the accessors are bound to, or `undefined` when each dated call brings its own. */
  readonly asOf: string | undefined;
}

/**
 * Binds every accessor to a catalog, e.g. one extended with
 * {@link extendCatalog}, and optionally to a date (`asOf`: the default of
 * every accessor that takes one; a date given in a call still wins).
 * Indexes are built on first use; nothing is copied, and the answers are
 * the catalog's own (frozen) entries. Unknown ids give `undefined`; dates
 * must be ISO dates `YYYY-MM-DD` (a malformed one throws a `RangeError`
 * that names it).
 *
 * @category Catalog
 * @param data - the catalog to query (not validated here: see {@link checkCatalog})
 * @param options - `asOf`, an ISO date the accessors are bound to
 * @returns the accessors, frozen
 * @throws RangeError when `asOf` is given and is not an ISO date
 * @example
 * ```ts
 * import { catalog, createCatalog, extendCatalog } from "@romsk-inkludering/catalog";
 * const extended = extendCatalog(catalog, {
 *   localProfiles: [{ id: "youth", name: "Samråd med unga", consultation: { requireYouth: true }, sources: [{ kind: "facts", section: "Law" }] }],
 * });
 * const accessors = createCatalog(extended);
 * accessors.localProfiles().map((p) => p.id);
 * // => ["linkoping-consultation","youth"]
 * accessors.getActor("municipality-1283", { asOf: "2013-01-01" })?.name.sv;
 * // => "Helsingborg"
 * createCatalog(catalog, { asOf: "2013-12-31" }).actorName("mucf");
 * // => "Ungdomsstyrelsen"
 * ```
 */
export function createCatalog(data: Catalog, options?: { asOf?: string | undefined }): CatalogAccessors {
  const asOf = options?.asOf === undefined ? undefined : requireIsoDate(options.asOf, "createCatalog: options.asOf");
  const context = makeContext(data, asOf);
  const bound: Record<string, unknown> = { data, asOf };
  for (const [name, accessor] of Object.entries(ACCESSORS)) bound[name] = (accessor as (...args: unknown[]) => unknown).bind(context);
  return Object.freeze(bound) as unknown as CatalogAccessors;
}
