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
export { createCatalog } from "./accessors/bind.js";
export type { CatalogAccessors } from "./accessors/bind.js";
export { actorName, actors, getActor } from "./accessors/actors.js";
export { actorRoles } from "./accessors/roles.js";
export type { ActorRoles } from "./accessors/roles.js";
export { areas, getArea, getPrinciple, getRomaGroup, getTargetGroup, principles, romaGroups, targetGroups } from "./accessors/areas.js";
export { citations } from "./accessors/citations.js";
export { commissions, commissionsFor, getCommission } from "./accessors/commissions.js";
export { deliverableOccurrences, deliverables } from "./accessors/deliverables.js";
export { getStatutoryDuty, statutoryDuties } from "./accessors/duties.js";
export { grantRounds, grantSchemes } from "./accessors/grants.js";
export { catalogNotes } from "./accessors/notes.js";
export { getIndicator, indicators } from "./accessors/indicators.js";
export { counties, getCounty, municipalities, municipalityByCode } from "./accessors/municipalities.js";
export { fundingApplications, getFundingApplication, getNetwork, networkMembers, networkPartners, networks } from "./accessors/networks.js";
export { getLocalProfile, localProfiles } from "./accessors/profiles.js";
export { evaluations, forums, getEvaluation, getForum, getProgramme, programmeMunicipalities, programmes } from "./accessors/programmes.js";
export { followUpAuthority, responsibleMinistry, strategy } from "./accessors/strategy.js";
export { catalog } from "./catalog.js";
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
  CatalogNote,
  Citation,
  CommissionRole,
  County,
  DeliverableOccurrence,
  GrantCriterion,
  GrantRound,
  GrantRoundAsOf,
  GrantScheme,
  Lang,
  NetworkPartner,
  StatutoryDuty,
  Strategy,
} from "./types.js";
