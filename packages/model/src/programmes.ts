import * as z from "zod";
import { markRefined, whenValid } from "./refinements.js";
import { checkValidity, DecisionNumberSchema, SourcesSchema } from "./sources.js";
import { AmountSekSchema, BilingualSchema, IdSchema, IsoDateSchema, PeriodSchema } from "./shared.js";

/**
 * An actor's membership of a programme or network, with optional
 * inclusive dates (`validTo` not before `validFrom`: a zod-only check,
 * code `validity-order`).
 *
 * @category Actors
 * @example
 * ```ts
 * import { MembershipSchema } from "@romsk-inkludering/model";
 * MembershipSchema.safeParse({ actorId: "municipality-1283", validFrom: "2012-04-10", validTo: "2015-12-31" }).success;
 * // => true
 * ```
 */
export const MembershipSchema = markRefined(
  z
    .strictObject({
      actorId: IdSchema,
      validFrom: IsoDateSchema.optional(),
      validTo: IsoDateSchema.optional(),
    })
    .superRefine(checkValidity, whenValid("validFrom", "validTo")),
  "validity-order",
);

/**
 * A membership (see {@link MembershipSchema}).
 *
 * @category Actors
 * @example
 * ```ts
 * import type { Membership } from "@romsk-inkludering/model";
 * const m: Membership = { actorId: "municipality-0580" };
 * m.actorId;
 * // => "municipality-0580"
 * ```
 */
export type Membership = z.infer<typeof MembershipSchema>;

/**
 * A part of a programme (e.g. the bridge-builder training), with optional counts.
 *
 * @category Actors
 * @example
 * ```ts
 * import { ProgrammeComponentSchema } from "@romsk-inkludering/model";
 * ProgrammeComponentSchema.safeParse({
 *   id: "bridge-builder-training",
 *   name: { sv: "Brobyggarutbildning", en: "Bridge-builder training" },
 *   actorId: "sodertorns-hogskola",
 *   startDate: "2012-12-14",
 * }).success;
 * // => true
 * ```
 */
export const ProgrammeComponentSchema = z.strictObject({
  id: IdSchema,
  name: BilingualSchema,
  description: BilingualSchema.optional(),
  actorId: IdSchema.optional(),
  startDate: IsoDateSchema.optional(),
  counts: z
    .array(z.strictObject({ metric: z.string().min(1).max(100), value: z.number().min(0) }))
    .max(50)
    .optional(),
});

/**
 * A programme component (see {@link ProgrammeComponentSchema}).
 *
 * @category Actors
 * @example
 * ```ts
 * import type { ProgrammeComponent } from "@romsk-inkludering/model";
 * const c: ProgrammeComponent = { id: "bridge-builders", name: { sv: "Brobyggare", en: "Bridge builders" }, counts: [{ metric: "bridge-builders", value: 5 }] };
 * c.counts?.[0]?.value;
 * // => 5
 * ```
 */
export type ProgrammeComponent = z.infer<typeof ProgrammeComponentSchema>;

/**
 * A programme: the pilot municipalities 2012–2015, the development
 * municipalities 2016–2019, a state grant, or other. Component ids are
 * unique (a zod-only check, code `duplicate-id`). `fundingSek` is the
 * programme's own funding where a source gives it; the strategy's funding
 * for a period (46 MSEK 2012–2015, about 58 MSEK 2016–2019) belongs to the
 * strategy, not to the programme of those years.
 *
 * @category Actors
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("programme", {
 *   id: "pilot-2012-2015",
 *   kind: "pilot",
 *   name: { sv: "Pilotverksamhet för romsk inkludering", en: "Pilot programme for Roma inclusion" },
 *   period: { from: "2012-01-01", to: "2015-12-31" },
 *   coordinatorId: "lst-stockholm",
 *   municipalities: [{ actorId: "municipality-2580" }, { actorId: "municipality-0580" }],
 *   participants: [],
 *   components: [],
 *   sources: [{ kind: "seed", file: "001_90733e24716ad9fb.txt" }],
 * }).success;
 * // => true
 * ```
 */
export const ProgrammeSchema = markRefined(
  z
    .strictObject({
      id: IdSchema,
      kind: z.enum(["pilot", "development-municipalities", "state-grant", "other"]),
      name: BilingualSchema,
      period: PeriodSchema,
      coordinatorId: IdSchema,
      municipalities: z.array(MembershipSchema).max(400),
      participants: z.array(z.strictObject({ actorId: IdSchema, role: BilingualSchema })).max(200),
      components: z.array(ProgrammeComponentSchema).max(100),
      fundingSek: AmountSekSchema.optional(),
      sources: SourcesSchema,
    })
    .superRefine((programme, ctx) => {
      const seen = new Set<string>();
      programme.components.forEach((component, i) => {
        if (seen.has(component.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["components", i, "id"],
            message: `the id ${component.id} is used more than once`,
            params: { code: "duplicate-id", id: component.id },
          });
        }
        seen.add(component.id);
      });
    }, whenValid("components")),
  "duplicate-id",
);

/**
 * A programme (see {@link ProgrammeSchema}).
 *
 * @category Actors
 * @example
 * ```ts
 * import type { Programme } from "@romsk-inkludering/model";
 * const kind: Programme["kind"] = "development-municipalities";
 * kind;
 * // => "development-municipalities"
 * ```
 */
export type Programme = z.infer<typeof ProgrammeSchema>;

/**
 * A standing forum, e.g. the forum of Länsstyrelsen i Stockholms län for
 * the pilot programme (about 20 participants, two meetings per term).
 *
 * @category Consultation
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("forum", {
 *   id: "pilot-forum",
 *   name: { sv: "Forumet", en: "The forum" },
 *   organiserId: "lst-stockholm",
 *   programmeId: "pilot-2012-2015",
 *   composition: { sv: "Representanter från pilotkommuner, sakkunniga och myndigheter", en: "Representatives of the pilot municipalities, experts and agencies" },
 *   approxParticipants: 20,
 *   cadence: { meetings: 2, per: "term" },
 *   sources: [{ kind: "seed", file: "001_90733e24716ad9fb.txt", locator: "Forumet" }],
 * }).success;
 * // => true
 * ```
 */
export const ForumSchema = z.strictObject({
  id: IdSchema,
  name: BilingualSchema,
  organiserId: IdSchema,
  programmeId: IdSchema.optional(),
  composition: BilingualSchema,
  approxParticipants: z.int().min(0).max(100_000).optional(),
  cadence: z.strictObject({ meetings: z.int().min(1).max(366), per: z.enum(["term", "year"]) }),
  sources: SourcesSchema,
});

/**
 * A forum (see {@link ForumSchema}).
 *
 * @category Consultation
 * @example
 * ```ts
 * import type { Forum } from "@romsk-inkludering/model";
 * const cadence: Forum["cadence"] = { meetings: 2, per: "term" };
 * cadence.meetings * 2;
 * // => 4
 * ```
 */
export type Forum = z.infer<typeof ForumSchema>;

/**
 * An evaluation with its numbered tasks, e.g. the external evaluation of
 * the pilot programme (five tasks) or Statskontoret 2018:13. Task numbers
 * are unique (a zod-only check, code `duplicate-id`).
 *
 * @category Actors
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("evaluation", {
 *   id: "statskontoret-2018-13",
 *   name: { sv: "Utvärdering av strategin för romsk inkludering", en: "Evaluation of the strategy for Roma inclusion" },
 *   evaluatorId: "statskontoret",
 *   commissionedById: "government",
 *   subject: { kind: "strategy" },
 *   decision: "Ku2017/01054/DISK",
 *   commissionedOn: "2017-04-06",
 *   publishedOn: "2018-06-01",
 *   reference: "Statskontoret 2018:13",
 *   tasks: [],
 *   sources: [{ kind: "publication", reference: "Statskontoret 2018:13" }],
 * }).success;
 * // => true
 * ```
 */
export const EvaluationSchema = markRefined(
  z
    .strictObject({
      id: IdSchema,
      name: BilingualSchema,
      evaluatorId: IdSchema,
      commissionedById: IdSchema,
      subject: z.strictObject({ kind: z.enum(["programme", "strategy", "commission"]), id: IdSchema.optional() }),
      decision: DecisionNumberSchema.optional(),
      commissionedOn: IsoDateSchema.optional(),
      publishedOn: IsoDateSchema.optional(),
      reference: z.string().min(1).max(200).optional(),
      tasks: z.array(z.strictObject({ number: z.int().min(1).max(1000), description: BilingualSchema })).max(100),
      sources: SourcesSchema,
    })
    .superRefine((evaluation, ctx) => {
      const seen = new Set<number>();
      evaluation.tasks.forEach((task, i) => {
        if (seen.has(task.number)) {
          ctx.addIssue({
            code: "custom",
            path: ["tasks", i, "number"],
            message: `the task number ${task.number} is used more than once`,
            params: { code: "duplicate-id", id: task.number },
          });
        }
        seen.add(task.number);
      });
    }, whenValid("tasks")),
  "duplicate-id",
);

/**
 * An evaluation (see {@link EvaluationSchema}).
 *
 * @category Actors
 * @example
 * ```ts
 * import type { Evaluation } from "@romsk-inkludering/model";
 * const task: Evaluation["tasks"][number] = {
 *   number: 1,
 *   description: { sv: "Stödja framtagande av mål och indikatorer", en: "Support the development of goals and indicators" },
 * };
 * task.number;
 * // => 1
 * ```
 */
export type Evaluation = z.infer<typeof EvaluationSchema>;

/**
 * A commitment of network members, e.g. an activity plan, a contact
 * person, an elected representative, a four-year participation period,
 * about four meetings a year (two with elected representatives), a peer
 * review every third year, own costs.
 *
 * @category Actors
 * @example
 * ```ts
 * import { CommitmentSchema } from "@romsk-inkludering/model";
 * CommitmentSchema.safeParse({
 *   id: "peer-review",
 *   kind: "peer-review",
 *   description: { sv: "Kollegial granskning vart tredje år", en: "Peer review every third year" },
 *   params: { everyYears: 3 },
 * }).success;
 * // => true
 * ```
 */
export const CommitmentSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum([
    "activity-plan",
    "contact-person",
    "elected-representative",
    "participation-period",
    "meetings",
    "peer-review",
    "own-costs",
  ]),
  description: BilingualSchema,
  params: z
    .strictObject({
      years: z.int().min(1).max(100).optional(),
      meetingsPerYear: z.int().min(0).max(366).optional(),
      meetingsWithElectedPerYear: z.int().min(0).max(366).optional(),
      everyYears: z.int().min(1).max(100).optional(),
      atLeastOncePerPeriod: z.boolean().optional(),
    })
    .optional(),
});

/**
 * A network commitment (see {@link CommitmentSchema}).
 *
 * @category Actors
 * @example
 * ```ts
 * import type { Commitment } from "@romsk-inkludering/model";
 * const c: Commitment = { id: "four-years", kind: "participation-period", description: { sv: "Fyraårsperiod", en: "Four-year period" }, params: { years: 4 } };
 * c.params?.years;
 * // => 4
 * ```
 */
export type Commitment = z.infer<typeof CommitmentSchema>;

/**
 * A network of municipalities (and others) with members, membership
 * periods and commitments. `meetingsPerYear.max` is not below `min` and
 * `validTo` not before `validFrom` (zod-only checks, codes `range-order`
 * and `validity-order`).
 *
 * @category Actors
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("network", {
 *   id: "malardalen-network",
 *   name: { sv: "Mälardalens nätverk", en: "The Mälardalen network" },
 *   status: "active",
 *   members: [{ actorId: "municipality-1980" }, { actorId: "municipality-0484" }],
 *   commitments: [],
 *   meetingsPerYear: { min: 2, max: 3 },
 *   sources: [{ kind: "seed", file: "004_f723fd64a64a7139.txt", locator: "Bakgrund" }],
 * }).success;
 * // => true
 * ```
 */
export const NetworkSchema = markRefined(
  z
    .strictObject({
      id: IdSchema,
      name: BilingualSchema,
      status: z.enum(["active", "proposed", "ended"]),
      coordinatorId: IdSchema.optional(),
      validFrom: IsoDateSchema.optional(),
      validTo: IsoDateSchema.optional(),
      members: z.array(MembershipSchema).max(400),
      commitments: z.array(CommitmentSchema).max(50),
      meetingsPerYear: z.strictObject({ min: z.int().min(0).max(366), max: z.int().min(0).max(366) }).optional(),
      sources: SourcesSchema,
    })
    .superRefine((network, ctx) => {
      checkValidity(network, ctx);
      const range = network.meetingsPerYear;
      if (range !== undefined && range.max < range.min) {
        ctx.addIssue({
          code: "custom",
          path: ["meetingsPerYear", "max"],
          message: `max ${range.max} is below min ${range.min}`,
          params: { code: "range-order", min: range.min, max: range.max },
        });
      }
    }, whenValid("validFrom", "validTo", "meetingsPerYear")),
  "validity-order",
  "range-order",
);

/**
 * A network (see {@link NetworkSchema}).
 *
 * @category Actors
 * @example
 * ```ts
 * import type { Network } from "@romsk-inkludering/model";
 * const status: Network["status"] = "proposed";
 * status;
 * // => "proposed"
 * ```
 */
export type Network = z.infer<typeof NetworkSchema>;
