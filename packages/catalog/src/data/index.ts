import { deepFreeze } from "../freeze.js";
import type { Catalog } from "../types.js";
import { ACTORS } from "./actors.js";
import { AREAS, PRINCIPLES, ROMA_GROUPS, TARGET_GROUPS } from "./areas.js";
import { COMMISSIONS } from "./commissions.js";
import { INDICATORS } from "./indicators.js";
import { COUNTIES, MUNICIPALITY_ACTORS } from "./municipalities.js";
import { GRANT_SCHEMES } from "./grants.js";
import { FUNDING_APPLICATIONS, NETWORK_PARTNERS, NETWORKS } from "./networks.js";
import { LOCAL_PROFILES } from "./profiles.js";
import { EVALUATIONS, FORUMS, PROGRAMMES } from "./programmes.js";
import { STRATEGY } from "./strategy.js";
import { STATUTORY_DUTIES } from "./duties.js";
import { NOTES } from "./notes.js";

/** The catalog's data, deeply frozen. @internal */
export const CATALOG_DATA: Catalog = deepFreeze({
  strategy: STRATEGY,
  areas: AREAS,
  principles: PRINCIPLES,
  romaGroups: ROMA_GROUPS,
  targetGroups: TARGET_GROUPS,
  actors: [...ACTORS, ...MUNICIPALITY_ACTORS],
  counties: COUNTIES,
  commissions: COMMISSIONS,
  programmes: PROGRAMMES,
  forums: FORUMS,
  evaluations: EVALUATIONS,
  networks: NETWORKS,
  networkPartners: NETWORK_PARTNERS,
  fundingApplications: FUNDING_APPLICATIONS,
  localProfiles: LOCAL_PROFILES,
  indicators: INDICATORS,
  statutoryDuties: STATUTORY_DUTIES,
  grantSchemes: GRANT_SCHEMES,
  notes: NOTES,
});
