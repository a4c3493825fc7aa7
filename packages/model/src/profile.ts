import * as z from "zod";
import { RomaGroupIdSchema } from "./areas.js";
import { SourceListSchema } from "./sources.js";
import { FreeTextSchema, IdSchema, IsoDateSchema } from "./shared.js";

/**
 * A local profile: how a municipality tightens the checks (never loosens
 * them), e.g. two representatives per Roma group in its consultations, or
 * youth taking part. `networkCommitments` lists the proposed networks whose
 * commitments the actor adopted, with the day it did: a proposal's
 * commitments (e.g. seed 004's national network) bind only a member that
 * adopted them.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("local-profile", {
 *   id: "linkoping-consultation",
 *   actorId: "municipality-0580",
 *   name: "Linköpings samråd: två deltagare per romsk grupp",
 *   consultation: { representativesPerRomaGroup: 2, requireYouth: true },
 *   sources: [{ kind: "seed", file: "003_c330e8c89015faff.txt" }],
 * }).success;
 * // => true
 * ```
 */
export const LocalProfileSchema = z.strictObject({
  id: IdSchema,
  actorId: IdSchema.optional(),
  name: FreeTextSchema,
  validFrom: IsoDateSchema.optional(),
  consultation: z
    .strictObject({
      representativesPerRomaGroup: z.int().min(0).max(100).optional(),
      romaGroups: z.array(RomaGroupIdSchema).max(5).optional(),
      requireYouth: z.boolean().optional(),
    })
    .optional(),
  networkCommitments: z
    .array(z.strictObject({ networkId: IdSchema, adoptedOn: IsoDateSchema.optional() }))
    .max(50)
    .optional(),
  deadlines: z
    .strictObject({
      applyStatutoryShift: z.boolean().optional(),
      dueSoonDays: z.int().min(0).max(366).optional(),
    })
    .optional(),
  sources: SourceListSchema.optional(),
});

/**
 * A local profile (see {@link LocalProfileSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { LocalProfile } from "@romsk-inkludering/model";
 * const p: LocalProfile = { id: "default", name: "Standard", deadlines: { dueSoonDays: 30 } };
 * p.deadlines?.dueSoonDays;
 * // => 30
 * ```
 */
export type LocalProfile = z.infer<typeof LocalProfileSchema>;
