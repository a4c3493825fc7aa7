import * as z from "zod";
import { AreaIdSchema, RomaGroupIdSchema } from "./areas.js";
import { boundsOutOfOrder } from "./checks.js";
import { markRefined, whenValid } from "./refinements.js";
import { AmountSekSchema, FreeTextSchema, IdSchema, PeriodSchema } from "./shared.js";
import type { Message } from "./messages.js";

/**
 * A measured output of an activity, e.g. 160 health inspirers trained, or
 * about 1 500–2 000 people reached (`value` 1500, `upTo` 2000,
 * `approximate`). `upTo` is not below `value` (a zod-only check, code
 * `range-order`).
 *
 * @category Reports
 * @example
 * ```ts
 * import { OutputSchema } from "@romsk-inkludering/model";
 * OutputSchema.safeParse({ metric: "people-reached", value: 1500, upTo: 2000, approximate: true }).success;
 * // => true
 * OutputSchema.safeParse({ metric: "people-reached", value: 2000, upTo: 1500 }).success;
 * // => false
 * ```
 */
export const OutputSchema = markRefined(
  z
    .strictObject({
      metric: z.enum(["people-trained", "people-reached", "participants", "sessions", "publications", "staff"]).describe("Mått (metric): what was counted: people-trained, people-reached, participants, sessions, publications or staff."),
      value: z.int().min(0).describe("Antal (value): the number, or the lower bound of a range."),
      upTo: z.int().min(0).optional().describe("Upp till (upTo): the upper bound when the source gives a range (e.g. 1 500–2 000); not below `value`."),
      approximate: z.boolean().optional().describe("Ungefär (approximate): true when the source gives the number as approximate (cirka)."),
    })
    .superRefine((output, ctx) => {
      if (boundsOutOfOrder(output.value, output.upTo)) {
        ctx.addIssue({
          code: "custom",
          path: ["upTo"],
          message: `upTo ${output.upTo} is below value ${output.value}`,
          params: { code: "range-order", min: output.value, max: output.upTo },
        });
      }
    }, whenValid("value", "upTo")),
  "range-order",
);

/**
 * An activity output (see {@link OutputSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { Output } from "@romsk-inkludering/model";
 * const trained: Output = { metric: "people-trained", value: 160 };
 * trained.value;
 * // => 160
 * ```
 */
export type Output = z.infer<typeof OutputSchema>;

/**
 * The output metrics of activities (`Output["metric"]`) in Swedish and English. Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Reports
 * @example
 * ```ts
 * import { OUTPUT_METRIC_LABELS } from "@romsk-inkludering/model";
 * OUTPUT_METRIC_LABELS["people-trained"];
 * // => {"sv":"utbildade personer","en":"people trained"}
 * ```
 */
export const OUTPUT_METRIC_LABELS: Readonly<Record<Output["metric"], Readonly<Message>>> = Object.freeze({
  "people-trained": { sv: "utbildade personer", en: "people trained" },
  "people-reached": { sv: "nådda personer", en: "people reached" },
  participants: { sv: "deltagare i insatser", en: "activity participants" },
  sessions: { sv: "tillfällen", en: "sessions" },
  publications: { sv: "publikationer", en: "publications" },
  staff: { sv: "personal", en: "staff" },
});

/**
 * The kinds of activity (insats) named in the sources: bridge building,
 * health inspirers, individual support, training, information, support to
 * associations, lectures, mother-tongue tuition in Romani chib, culture,
 * homework support, cooperation, other.
 *
 * @category Reports
 * @example
 * ```ts
 * import { ActivityKindSchema } from "@romsk-inkludering/model";
 * ActivityKindSchema.safeParse("health-inspirers").success;
 * // => true
 * ```
 */
export const ActivityKindSchema = z.enum([
  "bridge-building",
  "health-inspirers",
  "individual-support",
  "training",
  "information",
  "association-support",
  "lectures",
  "mother-tongue-tuition",
  "culture",
  "homework-support",
  "cooperation",
  "other",
]);

/**
 * An activity kind (see {@link ActivityKindSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ActivityKind } from "@romsk-inkludering/model";
 * const kind: ActivityKind = "bridge-building";
 * kind;
 * // => "bridge-building"
 * ```
 */
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

/**
 * The kinds of activity in Swedish and English. Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Reports
 * @example
 * ```ts
 * import { ACTIVITY_KIND_LABELS } from "@romsk-inkludering/model";
 * ACTIVITY_KIND_LABELS["bridge-building"];
 * // => {"sv":"brobyggarverksamhet","en":"bridge building"}
 * ```
 */
export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, Readonly<Message>>> = Object.freeze({
  "bridge-building": { sv: "brobyggarverksamhet", en: "bridge building" },
  "health-inspirers": { sv: "hälsoinspiratörer", en: "health inspirers" },
  "individual-support": { sv: "enskilt stöd", en: "individual support" },
  training: { sv: "utbildning", en: "training" },
  information: { sv: "information", en: "information" },
  "association-support": { sv: "stöd till föreningar", en: "support to associations" },
  lectures: { sv: "föreläsningar", en: "lectures" },
  "mother-tongue-tuition": { sv: "modersmålsundervisning", en: "mother-tongue tuition" },
  culture: { sv: "kultur", en: "culture" },
  "homework-support": { sv: "läxläsning", en: "homework support" },
  cooperation: { sv: "samverkan", en: "cooperation" },
  other: { sv: "övrigt", en: "other" },
});

/**
 * An activity (insats) of an actor: areas, kind, period, outputs and funding.
 *
 * @category Reports
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("activity", {
 *   id: "health-inspirers-2015-2017",
 *   actorId: "romska-ungdomsforbundet",
 *   areas: ["health-social-care-safety"],
 *   kind: "health-inspirers",
 *   title: "Romska hälsoinspiratörer",
 *   period: { from: "2015-01-01", to: "2017-12-31" },
 *   outputs: [
 *     { metric: "people-trained", value: 160 },
 *     { metric: "people-reached", value: 1500, upTo: 2000, approximate: true },
 *   ],
 * }).success;
 * // => true
 * ```
 */
export const ActivitySchema = z.strictObject({
  id: IdSchema.describe("Id (id): the activity's kebab-case id."),
  actorId: IdSchema.describe("Aktör (actorId): the actor that carries out the activity."),
  areas: z.array(AreaIdSchema).min(1).max(6).describe("Områden (areas): the areas of the strategy the activity serves (1–6)."),
  kind: ActivityKindSchema.describe("Insatstyp (kind): bridge-building (brobyggare), health-inspirers (hälsoinspiratörer), training (utbildning) and so on."),
  title: FreeTextSchema.describe("Rubrik (title): the activity's name as the source gives it."),
  period: PeriodSchema.describe("Period (period): when the activity runs."),
  outputs: z.array(OutputSchema).max(50).describe("Resultat (outputs): what the activity produced, counted."),
  fundingSek: AmountSekSchema.optional().describe("Finansiering (fundingSek): funding in whole kronor (SEK)."),
  fundingSourceId: IdSchema.optional().describe("Finansiär (fundingSourceId): the actor that funds the activity."),
  targetGroups: z.array(IdSchema).max(50).optional().describe("Målgrupper (targetGroups): ids of the target groups the activity reaches."),
  romaGroups: z.array(RomaGroupIdSchema).max(5).optional().describe("Romska grupper (romaGroups): the Roma groups the activity reaches."),
});

/**
 * An activity (see {@link ActivitySchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { Activity } from "@romsk-inkludering/model";
 * const areas: Activity["areas"] = ["education"];
 * areas.length;
 * // => 1
 * ```
 */
export interface Activity extends z.output<typeof ActivitySchema> {}
