import type { LocalProfile } from "@romsk-inkludering/model";
import { contextOf, knownAsOf, optionalDate } from "./context.js";

/**
 * Example local profiles: Linköping's consultation practice (two
 * participants per Roma group, chosen by the Roma themselves, as presented
 * on 2018-05-16); with `asOf`, only those known by then.
 *
 * @category Compliance
 * @param options - `asOf`, an ISO date
 * @returns the profiles
 * @throws RangeError when `asOf` is given and is not an ISO date
 * @example
 * ```ts
 * import { localProfiles } from "@romsk-inkludering/catalog";
 * localProfiles().map((p) => [p.id, p.actorId, p.consultation?.representativesPerRomaGroup]);
 * // => [["linkoping-consultation","municipality-0580",2]]
 * localProfiles({ asOf: "2017-12-31" }).length;
 * // => 0
 * ```
 */
export function localProfiles(this: unknown, options?: { asOf?: string }): readonly LocalProfile[] {
  const context = contextOf(this);
  return knownAsOf(context.data.localProfiles, optionalDate(context, options?.asOf, "localProfiles: options.asOf"));
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
export function getLocalProfile(this: unknown, id: string): LocalProfile | undefined {
  const { data, index } = contextOf(this);
  return index(data.localProfiles, (p) => p.id).get(id);
}
