import * as z from "zod";
import { markRefined, whenValid } from "./refinements.js";
import { checkValidity, effectiveDated, SourcesSchema } from "./sources.js";
import {
  BilingualSchema,
  CountyCodeSchema,
  IdSchema,
  IsoDateSchema,
  MUNICIPALITY_CODE_PATTERN,
  MunicipalityCodeSchema,
} from "./shared.js";
import type { Message } from "./messages.js";

/**
 * The kinds of actor: the government, a ministry, a state agency, a county
 * administrative board (länsstyrelse), a municipality, a region, a Roma
 * organisation, academia (including evaluators), an EU body, a network, or other.
 *
 * @category Actors
 * @example
 * ```ts
 * import { ActorKindSchema } from "@romsk-inkludering/model";
 * ActorKindSchema.safeParse("county-administrative-board").success;
 * // => true
 * ActorKindSchema.options.length;
 * // => 11
 * ```
 */
export const ActorKindSchema = z.enum([
  "government",
  "ministry",
  "agency",
  "county-administrative-board",
  "municipality",
  "region",
  "roma-organisation",
  "academia",
  "eu-body",
  "network",
  "other",
]);

/**
 * A kind of actor (see {@link ActorKindSchema}).
 *
 * @category Actors
 * @example
 * ```ts
 * import type { ActorKind } from "@romsk-inkludering/model";
 * const kind: ActorKind = "agency";
 * kind;
 * // => "agency"
 * ```
 */
export type ActorKind = z.infer<typeof ActorKindSchema>;

/**
 * The kinds of actor in Swedish and English, as the glossary (docs/glossary.md)
 * names them. Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Actors
 * @example
 * ```ts
 * import { ACTOR_KIND_LABELS } from "@romsk-inkludering/model";
 * ACTOR_KIND_LABELS["county-administrative-board"];
 * // => {"sv":"länsstyrelse","en":"county administrative board"}
 * ```
 */
export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, Readonly<Message>>> = Object.freeze({
  government: { sv: "regeringen", en: "the Government" },
  ministry: { sv: "departement", en: "ministry" },
  agency: { sv: "myndighet", en: "agency" },
  "county-administrative-board": { sv: "länsstyrelse", en: "county administrative board" },
  municipality: { sv: "kommun", en: "municipality" },
  region: { sv: "region", en: "region" },
  "roma-organisation": { sv: "romsk organisation", en: "Roma organisation" },
  academia: { sv: "akademin", en: "academia" },
  "eu-body": { sv: "EU-organ", en: "EU body" },
  network: { sv: "nätverk", en: "network" },
  other: { sv: "annan aktör", en: "other actor" },
});

/**
 * An actor's name over a span of dates: a bilingual name and an optional
 * short form (e.g. `SKL`, later `SKR`).
 *
 * @category Actors
 * @example
 * ```ts
 * import { ActorNameSchema } from "@romsk-inkludering/model";
 * ActorNameSchema.safeParse({
 *   validFrom: "2014-01-01",
 *   value: { name: { sv: "Folkhälsomyndigheten", en: "Public Health Agency of Sweden" } },
 * }).success;
 * // => true
 * ```
 */
export const ActorNameSchema = effectiveDated(
  z.strictObject({
    name: BilingualSchema,
    short: z.string().min(1).max(50).optional(),
  }),
);

/**
 * An effective-dated actor name (see {@link ActorNameSchema}).
 *
 * @category Actors
 * @example
 * ```ts
 * import type { ActorName } from "@romsk-inkludering/model";
 * const n: ActorName = { validFrom: "2012-01-01", value: { name: { sv: "Sveriges Kommuner och Landsting", en: "Swedish Association of Local Authorities and Regions" }, short: "SKL" } };
 * n.value.short;
 * // => "SKL"
 * ```
 */
export type ActorName = z.infer<typeof ActorNameSchema>;

/**
 * An organisation that acts in the strategy, with effective-dated names
 * (renames such as SKL -> SKR keep both names with their dates). A
 * municipality has the id `municipality-<code>` and its `municipalityCode`
 * (a zod-only check, code `municipality-id`).
 *
 * @category Actors
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("actor", {
 *   id: "municipality-1283",
 *   kind: "municipality",
 *   names: [{ validFrom: "1971-01-01", value: { name: { sv: "Helsingborgs stad", en: "City of Helsingborg" } } }],
 *   municipalityCode: "1283",
 *   countyCode: "12",
 *   sources: [{ kind: "seed", file: "001_90733e24716ad9fb.txt" }],
 * }).success;
 * // => true
 * ```
 */
export const ActorSchema = markRefined(
  z
    .strictObject({
      id: IdSchema,
      kind: ActorKindSchema,
      names: z.array(ActorNameSchema).min(1).max(50),
      parentId: IdSchema.optional(),
      municipalityCode: MunicipalityCodeSchema.optional(),
      countyCode: CountyCodeSchema.optional(),
      validFrom: IsoDateSchema.optional(),
      validTo: IsoDateSchema.optional(),
      successorId: IdSchema.optional(),
      sources: SourcesSchema,
    })
    .superRefine((actor, ctx) => {
      checkValidity(actor, ctx);
      const codeIsValid = actor.municipalityCode === undefined || MUNICIPALITY_CODE_PATTERN.test(actor.municipalityCode);
      if (actor.kind === "municipality" && codeIsValid) {
        const expected = actor.municipalityCode === undefined ? undefined : `municipality-${actor.municipalityCode}`;
        if (expected === undefined || actor.id !== expected) {
          ctx.addIssue({
            code: "custom",
            path: expected === undefined ? ["municipalityCode"] : ["id"],
            message:
              expected === undefined
                ? "a municipality actor needs its municipalityCode"
                : `a municipality actor has the id ${expected}, not ${actor.id}`,
            params: { code: "municipality-id", id: actor.id, ...(expected === undefined ? {} : { expected }) },
          });
        }
      }
    }, whenValid("id", "kind", "municipalityCode", "validFrom", "validTo")),
  "validity-order",
  "municipality-id",
);

/**
 * An actor (see {@link ActorSchema}).
 *
 * @category Actors
 * @example
 * ```ts
 * import type { Actor } from "@romsk-inkludering/model";
 * const lst: Actor = {
 *   id: "lst-stockholm",
 *   kind: "county-administrative-board",
 *   names: [{ validFrom: "1971-01-01", value: { name: { sv: "Länsstyrelsen i Stockholms län", en: "County Administrative Board of Stockholm" } } }],
 *   countyCode: "01",
 *   sources: [{ kind: "seed", file: "000_fd74c5439764a9cd.txt" }],
 * };
 * lst.kind;
 * // => "county-administrative-board"
 * ```
 */
export type Actor = z.infer<typeof ActorSchema>;

/**
 * Who must be (or was) consulted: an actor, the municipalities of a
 * programme, or a role such as local Roma representatives or Roma experts.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { PartyRefSchema } from "@romsk-inkludering/model";
 * PartyRefSchema.safeParse({ kind: "role", role: "roma-experts" }).success;
 * // => true
 * PartyRefSchema.safeParse({ kind: "programme-municipalities", programmeId: "pilot-2012-2015" }).success;
 * // => true
 * ```
 */
export const PartyRefSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("actor"), actorId: IdSchema }),
  z.strictObject({ kind: z.literal("programme-municipalities"), programmeId: IdSchema }),
  z.strictObject({
    kind: z.literal("role"),
    role: z.enum(["roma-representatives", "roma-experts", "roma-organisations", "elected-representatives"]),
  }),
]);

/**
 * A reference to a party of a consultation (see {@link PartyRefSchema}).
 *
 * @category Consultation
 * @example
 * ```ts
 * import type { PartyRef } from "@romsk-inkludering/model";
 * const party: PartyRef = { kind: "actor", actorId: "skolverket" };
 * party.kind;
 * // => "actor"
 * ```
 */
export type PartyRef = z.infer<typeof PartyRefSchema>;

/**
 * The roles a commission names among the parties of a consultation
 * (`PartyRef` of kind `role`), in Swedish and English. Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { PARTY_ROLE_LABELS } from "@romsk-inkludering/model";
 * PARTY_ROLE_LABELS["roma-experts"].sv;
 * // => "romska sakkunniga"
 * ```
 */
export const PARTY_ROLE_LABELS: Readonly<Record<Extract<PartyRef, { kind: "role" }>["role"], Readonly<Message>>> = Object.freeze({
  "roma-representatives": { sv: "romska företrädare", en: "Roma representatives" },
  "roma-experts": { sv: "romska sakkunniga", en: "Roma experts" },
  "roma-organisations": { sv: "romska organisationer", en: "Roma organisations" },
  "elected-representatives": { sv: "förtroendevalda", en: "elected representatives" },
});
