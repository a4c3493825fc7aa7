import * as z from "zod";
import { DecidedSchema } from "./decided.js";
import { municipalityActorId, wrongMunicipalityId } from "./checks.js";
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
 * short form (e.g. `SKL`, later `SKR`). A rename carries `decided`: the day
 * it was decided or became known, with its sources.
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
    name: BilingualSchema.describe("Namn (name): the actor's full name in Swedish and English."),
    short: z.string().min(1).max(50).optional().describe("Kortnamn (short): a short name or abbreviation, e.g. Lst Stockholm."),
  }),
  {
    decided: DecidedSchema.optional().describe(
      "Beslutad (decided): when the name was decided or became known, with its sources; as of an earlier day the name is not yet known and the name before it still applies.",
    ),
  },
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
      id: IdSchema.describe("Id (id): the actor's kebab-case id; a municipality's id is municipality-<code>, e.g. municipality-2180."),
      kind: ActorKindSchema.describe("Aktörstyp (kind): government, ministry, agency, county administrative board, municipality, region, Roma organisation, academia, EU body, network or other."),
      names: z.array(ActorNameSchema).min(1).max(50).describe("Namn över tid (names): the actor's names, each with the dates it applied (an agency can be renamed)."),
      parentId: IdSchema.optional().describe("Överordnad (parentId): the actor this one belongs to, e.g. a ministry's government."),
      municipalityCode: MunicipalityCodeSchema.optional().describe("Kommunkod (municipalityCode): the four-digit municipality code (SCB), required for a municipality, e.g. 2180."),
      countyCode: CountyCodeSchema.optional().describe("Länskod (countyCode): the two-digit county code (SCB), e.g. 01 for Stockholm county."),
      validFrom: IsoDateSchema.optional().describe("Finns från (validFrom): the first day the actor exists, inclusive (YYYY-MM-DD)."),
      validTo: IsoDateSchema.optional().describe("Finns till (validTo): the last day the actor exists, inclusive (YYYY-MM-DD); absent while it exists."),
      successorId: IdSchema.optional().describe("Efterträdare (successorId): the actor that took over its tasks when it ceased."),
      sources: SourcesSchema.describe("Källor (sources): where the facts about the actor come from (at least one)."),
    })
    .superRefine((actor, ctx) => {
      checkValidity(actor, ctx);
      const codeIsValid = actor.municipalityCode === undefined || MUNICIPALITY_CODE_PATTERN.test(actor.municipalityCode);
      if (codeIsValid && wrongMunicipalityId(actor.kind, actor.id, actor.municipalityCode)) {
        const expected = actor.municipalityCode === undefined ? undefined : municipalityActorId(actor.municipalityCode);
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
export interface Actor extends z.output<typeof ActorSchema> {}

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
  z.strictObject({
    kind: z.literal("actor").describe("Parttyp (kind): \"actor\", one named actor."),
    actorId: IdSchema.describe("Aktör (actorId): the actor's id."),
  }),
  z.strictObject({
    kind: z.literal("programme-municipalities").describe("Parttyp (kind): \"programme-municipalities\", every municipality taking part in a programme."),
    programmeId: IdSchema.describe("Program (programmeId): the programme's id."),
  }),
  z.strictObject({
    kind: z.literal("role").describe("Parttyp (kind): \"role\", everyone in a role rather than a named actor."),
    role: z.enum(["roma-representatives", "roma-experts", "roma-organisations", "elected-representatives"]).describe("Roll (role): Roma representatives, Roma experts, Roma organisations or elected representatives (förtroendevalda)."),
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
