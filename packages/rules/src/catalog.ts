import {
  commissions,
  forums,
  followUpAuthority,
  fundingApplications,
  getActor,
  grantRounds,
  networks,
  principles,
  programmes,
  targetGroups,
} from "@romsk-inkludering/catalog";
import type { CatalogView } from "./types.js";

/**
 * The reference data of `@romsk-inkludering/catalog` as a {@link CatalogView}:
 * what {@link @romsk-inkludering/rules!check} reads when no `catalog` option is given.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { defaultCatalog } from "@romsk-inkludering/rules";
 * defaultCatalog.getActor("municipality-0580", { asOf: "2018-05-16" })?.kind;
 * // => "municipality"
 * ```
 */
export const defaultCatalog: CatalogView = Object.freeze({
  commissions: (options?: { asOf?: string }) => commissions(options),
  getActor: (id: string, options: { asOf: string }) => getActor(id, options),
  networks: () => networks(),
  forums: () => forums(),
  programmes: () => programmes(),
  principles: (options: { scope: "strategy" | "municipal-work" }) => principles(options),
  targetGroups: () => targetGroups(),
  fundingApplications: () => fundingApplications(),
  followUpAuthority: (options: { asOf: string }) => followUpAuthority(options),
  grantRounds: (options: { asOf: string; applyStatutoryShift?: boolean }) => grantRounds(options),
});
