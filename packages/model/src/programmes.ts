import * as z from "zod";
import { DecidedSchema } from "./decided.js";
import { boundsOutOfOrder, repeatedIds } from "./checks.js";
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
      actorId: IdSchema.describe("Medlem (actorId): the member's actor id, e.g. a municipality."),
      validFrom: IsoDateSchema.optional().describe("Med från (validFrom): the first day of the membership, inclusive (YYYY-MM-DD)."),
      validTo: IsoDateSchema.optional().describe("Med till (validTo): the last day of the membership, inclusive (YYYY-MM-DD); absent while it lasts."),
      decided: DecidedSchema.optional().describe("Beslutad (decided): the day it was decided or became known, with its sources; as of an earlier date it is not yet known."),
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
  id: IdSchema.describe("Id (id): the component's kebab-case id, unique within the programme."),
  name: BilingualSchema.describe("Namn (name): the component's name in Swedish and English, e.g. Brobyggare / Bridge builders."),
  description: BilingualSchema.optional().describe("Beskrivning (description): what the component does."),
  actorId: IdSchema.optional().describe("Ansvarig (actorId): the actor responsible for the component."),
  startDate: IsoDateSchema.optional().describe("Startdatum (startDate): the day the component started (YYYY-MM-DD)."),
  counts: z
    .array(
      z.strictObject({
        metric: z.string().min(1).max(100).describe("Mått (metric): what was counted, e.g. bridge-builders."),
        value: z.number().min(0).describe("Antal (value): the number."),
      }),
    )
    .max(50)
    .optional()
    .describe("Antal (counts): counts the sources give for the component."),
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
      id: IdSchema.describe("Id (id): the programme's kebab-case id."),
      kind: z.enum(["pilot", "development-municipalities", "state-grant", "other"]).describe("Programtyp (kind): pilot (pilotverksamhet), development-municipalities (utvecklingskommuner), state-grant (statsbidrag) or other."),
      name: BilingualSchema.describe("Namn (name): the programme's name in Swedish and English."),
      period: PeriodSchema.describe("Period (period): when the programme runs."),
      coordinatorId: IdSchema.describe("Samordnare (coordinatorId): the actor that coordinates the programme."),
      municipalities: z.array(MembershipSchema).max(400).describe("Kommuner (municipalities): the municipalities taking part, each with its membership dates."),
      participants: z
        .array(
          z.strictObject({
            actorId: IdSchema.describe("Aktör (actorId): the participating actor."),
            role: BilingualSchema.describe("Roll (role): the actor's role in the programme, in Swedish and English."),
          }),
        )
        .max(200)
        .describe("Deltagare (participants): other actors taking part and their roles."),
      components: z.array(ProgrammeComponentSchema).max(100).describe("Delar (components): the programme's components; ids are unique."),
      fundingSek: AmountSekSchema.optional().describe("Finansiering (fundingSek): the programme's funding in whole kronor (SEK)."),
      decided: DecidedSchema.optional().describe("Beslutad (decided): the day it was decided or became known, with its sources; as of an earlier date it is not yet known."),
      sources: SourcesSchema.describe("Källor (sources): where the programme is described (at least one)."),
    })
    .superRefine((programme, ctx) => {
      for (const i of repeatedIds(programme.components.map((component) => component.id))) {
        const component = programme.components[i] as { id: string };
        ctx.addIssue({
          code: "custom",
          path: ["components", i, "id"],
          message: `the id ${component.id} is used more than once`,
          params: { code: "duplicate-id", id: component.id },
        });
      }
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
export interface Programme extends z.output<typeof ProgrammeSchema> {}

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
  id: IdSchema.describe("Id (id): the forum's kebab-case id."),
  name: BilingualSchema.describe("Namn (name): the forum's name in Swedish and English."),
  organiserId: IdSchema.describe("Arrangör (organiserId): the actor that convenes the forum."),
  programmeId: IdSchema.optional().describe("Program (programmeId): the programme the forum belongs to, if any."),
  composition: BilingualSchema.describe("Sammansättning (composition): who sits in the forum, in Swedish and English."),
  approxParticipants: z.int().min(0).max(100_000).optional().describe("Ungefärligt antal deltagare (approxParticipants): about how many take part."),
  cadence: z
    .strictObject({
      meetings: z.int().min(1).max(366).describe("Möten (meetings): how many meetings."),
      per: z.enum(["term", "year"]).describe("Per (per): term (termin) or year (år)."),
    })
    .describe("Mötesfrekvens (cadence): how often the forum meets, e.g. 2 meetings per term."),
  sources: SourcesSchema.describe("Källor (sources): where the forum is described (at least one)."),
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
export interface Forum extends z.output<typeof ForumSchema> {}

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
      id: IdSchema.describe("Id (id): the evaluation's kebab-case id."),
      name: BilingualSchema.describe("Namn (name): the evaluation's name in Swedish and English."),
      evaluatorId: IdSchema.describe("Utvärderare (evaluatorId): the actor that carries out the evaluation."),
      commissionedById: IdSchema.describe("Beställare (commissionedById): the actor that commissioned it."),
      subject: z
        .strictObject({
          kind: z.enum(["programme", "strategy", "commission"]).describe("Typ (kind): programme, strategy or commission."),
          id: IdSchema.optional().describe("Id (id): the evaluated programme's or commission's id."),
        })
        .describe("Utvärderas (subject): what is evaluated."),
      decision: DecisionNumberSchema.optional().describe("Diarienummer (decision): the file number of the decision to commission it."),
      commissionedOn: IsoDateSchema.optional().describe("Beställd (commissionedOn): the day it was commissioned (YYYY-MM-DD)."),
      publishedOn: IsoDateSchema.optional().describe("Publicerad (publishedOn): the day it was published (YYYY-MM-DD)."),
      reference: z.string().min(1).max(200).optional().describe("Referens (reference): the report's reference, e.g. a report series number."),
      tasks: z
        .array(
          z.strictObject({
            number: z.int().min(1).max(1000).describe("Nummer (number): the task's number, unique within the evaluation."),
            description: BilingualSchema.describe("Beskrivning (description): the task in Swedish and English."),
          }),
        )
        .max(100)
        .describe("Uppgifter (tasks): the evaluation's numbered tasks."),
      sources: SourcesSchema.describe("Källor (sources): where the evaluation is described (at least one)."),
    })
    .superRefine((evaluation, ctx) => {
      for (const i of repeatedIds(evaluation.tasks.map((task) => task.number))) {
        const task = evaluation.tasks[i] as { number: number };
        ctx.addIssue({
          code: "custom",
          path: ["tasks", i, "number"],
          message: `the task number ${task.number} is used more than once`,
          params: { code: "duplicate-id", id: task.number },
        });
      }
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
export interface Evaluation extends z.output<typeof EvaluationSchema> {}

/**
 * A commitment of network members, e.g. an activity plan, a contact
 * person, an elected representative, a four-year participation period,
 * about four meetings a year (two with elected representatives), a peer
 * review every third year, own costs, consultation established with the
 * Roma minority.
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
  id: IdSchema.describe("Id (id): the commitment's kebab-case id."),
  kind: z.enum([
    "activity-plan",
    "contact-person",
    "elected-representative",
    "participation-period",
    "meetings",
    "peer-review",
    "own-costs",
    "roma-consultation",
  ]).describe("Åtagandetyp (kind): activity-plan (handlingsplan), contact-person, elected-representative, participation-period, meetings, peer-review (kollegial granskning), own-costs (egna kostnader) or roma-consultation (etablerat samråd med den romska minoriteten)."),
  description: BilingualSchema.describe("Beskrivning (description): the commitment in Swedish and English."),
  params: z
    .strictObject({
      years: z.int().min(1).max(100).optional().describe("År (years): how many years the commitment lasts (participation-period)."),
      meetingsPerYear: z.int().min(0).max(366).optional().describe("Möten per år (meetingsPerYear): the least number of meetings a year."),
      meetingsWithElectedPerYear: z.int().min(0).max(366).optional().describe("Möten med förtroendevalda per år (meetingsWithElectedPerYear): the least number of meetings a year with elected representatives."),
      everyYears: z.int().min(1).max(100).optional().describe("Vart n:te år (everyYears): how often, in years (e.g. a peer review every 2 years)."),
      atLeastOncePerPeriod: z.boolean().optional().describe("Minst en gång per period (atLeastOncePerPeriod): true when once during the membership period is enough."),
    })
    .optional()
    .describe("Villkor (params): the numbers of the commitment."),
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
      id: IdSchema.describe("Id (id): the network's kebab-case id."),
      name: BilingualSchema.describe("Namn (name): the network's name in Swedish and English."),
      status: z.enum(["active", "proposed", "ended"]).describe("Status (status): active (aktivt), proposed (föreslaget) or ended (avslutat)."),
      coordinatorId: IdSchema.optional().describe("Samordnare (coordinatorId): the actor that coordinates the network."),
      validFrom: IsoDateSchema.optional().describe("Finns från (validFrom): the first day of the network, inclusive (YYYY-MM-DD)."),
      validTo: IsoDateSchema.optional().describe("Finns till (validTo): the last day of the network, inclusive (YYYY-MM-DD); absent while it exists."),
      members: z.array(MembershipSchema).max(400).describe("Medlemmar (members): the members, each with its membership dates."),
      commitments: z.array(CommitmentSchema).max(50).describe("Åtaganden (commitments): what members commit to."),
      meetingsPerYear: z
        .strictObject({
          min: z.int().min(0).max(366).describe("Minst (min): the least number of meetings a year."),
          max: z.int().min(0).max(366).describe("Högst (max): the most meetings a year; not below `min`."),
        })
        .optional()
        .describe("Möten per år (meetingsPerYear): how many meetings the network holds a year."),
      decided: DecidedSchema.optional().describe("Beslutad (decided): the day it was decided or became known, with its sources; as of an earlier date it is not yet known."),
      sources: SourcesSchema.describe("Källor (sources): where the network is described (at least one)."),
    })
    .superRefine((network, ctx) => {
      checkValidity(network, ctx);
      const range = network.meetingsPerYear;
      if (range !== undefined && boundsOutOfOrder(range.min, range.max)) {
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
export interface Network extends z.output<typeof NetworkSchema> {}
