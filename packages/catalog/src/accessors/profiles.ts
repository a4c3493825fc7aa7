import type { LocalProfile } from "@romsk-inkludering/model";
import { contextOf } from "./context.js";

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
export function localProfiles(this: unknown): readonly LocalProfile[] {
  return contextOf(this).data.localProfiles;
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
