import * as z from "zod";
import { PartyRefSchema } from "./actors.js";
import { AreaIdSchema, RomaGroupIdSchema } from "./areas.js";
import { FreeTextSchema, GenderSchema, IdSchema, IsoDateSchema } from "./shared.js";
import type { Message } from "./messages.js";

/**
 * The roles in which people take part in a meeting (counted, never named).
 *
 * @category Consultation
 * @example
 * ```ts
 * import { ParticipantRoleSchema } from "@romsk-inkludering/model";
 * ParticipantRoleSchema.safeParse("roma-representative").success;
 * // => true
 * ```
 */
export const ParticipantRoleSchema = z.enum([
  "roma-representative",
  "roma-expert",
  "official",
  "elected-representative",
  "agency-representative",
  "organisation-representative",
  "other",
]);

/**
 * A participant role (see {@link ParticipantRoleSchema}).
 *
 * @category Consultation
 * @example
 * ```ts
 * import type { ParticipantRole } from "@romsk-inkludering/model";
 * const role: ParticipantRole = "official";
 * role;
 * // => "official"
 * ```
 */
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/**
 * The roles of meeting participants in Swedish and English (plural: they name
 * the people counted in each role). Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { PARTICIPANT_ROLE_LABELS } from "@romsk-inkludering/model";
 * PARTICIPANT_ROLE_LABELS.official;
 * // => {"sv":"tjänstepersoner","en":"officials"}
 * ```
 */
export const PARTICIPANT_ROLE_LABELS: Readonly<Record<ParticipantRole, Readonly<Message>>> = Object.freeze({
  "roma-representative": { sv: "romska representanter", en: "Roma representatives" },
  "roma-expert": { sv: "romska sakkunniga", en: "Roma experts" },
  official: { sv: "tjänstepersoner", en: "officials" },
  "elected-representative": { sv: "förtroendevalda", en: "elected representatives" },
  "agency-representative": { sv: "myndighetsrepresentanter", en: "agency representatives" },
  "organisation-representative": { sv: "organisationsrepresentanter", en: "organisation representatives" },
  other: { sv: "övriga", en: "other" },
});

/**
 * A count of participants by role, optionally by Roma group, youth and
 * gender: counts, never names.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { ParticipantCountSchema } from "@romsk-inkludering/model";
 * ParticipantCountSchema.safeParse({ role: "roma-representative", count: 2, romaGroup: "finnish-roma" }).success;
 * // => true
 * ParticipantCountSchema.safeParse({ role: "roma-representative", count: -1 }).success;
 * // => false
 * ```
 */
export const ParticipantCountSchema = z.strictObject({
  role: ParticipantRoleSchema.describe("Roll (role): the participants' role, e.g. roma-representative, official or elected-representative."),
  count: z.int().min(0).max(1_000_000).describe("Antal (count): how many took part in this role."),
  romaGroup: RomaGroupIdSchema.optional().describe("Romsk grupp (romaGroup): the Roma group the participants represent, when counted per group."),
  youth: z.boolean().optional().describe("Unga (youth): true when the count is of young people."),
  gender: GenderSchema.optional().describe("Kön (gender): T (totalt, all), K (kvinnor, women) or M (män, men)."),
});

/**
 * A participant count (see {@link ParticipantCountSchema}).
 *
 * @category Consultation
 * @example
 * ```ts
 * import type { ParticipantCount } from "@romsk-inkludering/model";
 * const c: ParticipantCount = { role: "roma-expert", count: 3 };
 * c.count;
 * // => 3
 * ```
 */
export type ParticipantCount = z.infer<typeof ParticipantCountSchema>;

/**
 * The kinds of meeting: consultation (samråd), dialogue, network meeting,
 * forum meeting, learning meeting (lärandeträff), seminar, other.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { MeetingKindSchema } from "@romsk-inkludering/model";
 * MeetingKindSchema.safeParse("learning-meeting").success;
 * // => true
 * ```
 */
export const MeetingKindSchema = z.enum([
  "consultation",
  "dialogue",
  "network-meeting",
  "forum-meeting",
  "learning-meeting",
  "seminar",
  "other",
]);

/**
 * A meeting kind (see {@link MeetingKindSchema}).
 *
 * @category Consultation
 * @example
 * ```ts
 * import type { MeetingKind } from "@romsk-inkludering/model";
 * const kind: MeetingKind = "network-meeting";
 * kind;
 * // => "network-meeting"
 * ```
 */
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

/**
 * The kinds of meeting in Swedish and English. Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { MEETING_KIND_LABELS } from "@romsk-inkludering/model";
 * MEETING_KIND_LABELS["learning-meeting"];
 * // => {"sv":"lärandeträffar","en":"learning meetings"}
 * ```
 */
export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, Readonly<Message>>> = Object.freeze({
  consultation: { sv: "samråd", en: "consultations" },
  dialogue: { sv: "dialog", en: "dialogue" },
  "network-meeting": { sv: "nätverksmöten", en: "network meetings" },
  "forum-meeting": { sv: "forummöten", en: "forum meetings" },
  "learning-meeting": { sv: "lärandeträffar", en: "learning meetings" },
  seminar: { sv: "seminarier", en: "seminars" },
  other: { sv: "övriga möten", en: "other meetings" },
});

/**
 * A meeting or consultation event: date, organiser, kind, areas, topics,
 * the parties involved and participant counts (never names).
 *
 * @category Consultation
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("meeting", {
 *   id: "network-2018-05-16",
 *   date: "2018-05-16",
 *   organiserId: "lst-stockholm",
 *   kind: "network-meeting",
 *   areas: ["health-social-care-safety"],
 *   topics: ["Romska hälsoinspiratörer", "Samråd med den romska minoriteten"],
 *   parties: [{ kind: "actor", actorId: "skolverket" }],
 *   participants: [{ role: "official", count: 25 }],
 * }).success;
 * // => true
 * ```
 */
export const MeetingSchema = z.strictObject({
  id: IdSchema.describe("Id (id): the meeting's kebab-case id."),
  date: IsoDateSchema.describe("Datum (date): the day of the meeting (YYYY-MM-DD)."),
  organiserId: IdSchema.describe("Arrangör (organiserId): the actor that held the meeting."),
  kind: MeetingKindSchema.describe("Mötestyp (kind): consultation (samråd), dialogue (dialog), network-meeting, forum-meeting, learning-meeting, seminar or other."),
  areas: z.array(AreaIdSchema).max(6).describe("Områden (areas): the areas of the strategy discussed (0–6)."),
  topics: z.array(FreeTextSchema).max(200).describe("Ämnen (topics): what was discussed, in the source's words."),
  commissionId: IdSchema.optional().describe("Regeringsuppdrag (commissionId): the commission the meeting serves, if any."),
  partId: IdSchema.optional().describe("Deluppdrag (partId): the part of that commission, if any."),
  parties: z.array(PartyRefSchema).max(500).describe("Parter (parties): who took part: named actors, a programme's municipalities or a role."),
  participants: z.array(ParticipantCountSchema).max(500).describe("Deltagare (participants): participant counts by role (numbers only, never names)."),
  youthInfluence: z
    .strictObject({
      methods: z.array(FreeTextSchema).max(50).describe("Metoder (methods): how young Roma influenced the meeting, in the source's words."),
    })
    .optional()
    .describe("Ungas inflytande (youthInfluence): how young people's influence was secured."),
  withElectedRepresentatives: z.boolean().optional().describe("Med förtroendevalda (withElectedRepresentatives): whether elected representatives took part."),
});

/**
 * A meeting (see {@link MeetingSchema}).
 *
 * @category Consultation
 * @example
 * ```ts
 * import type { Meeting } from "@romsk-inkludering/model";
 * const m: Meeting = {
 *   id: "consultation-2019-03-01",
 *   date: "2019-03-01",
 *   organiserId: "municipality-0580",
 *   kind: "consultation",
 *   areas: [],
 *   topics: [],
 *   parties: [{ kind: "role", role: "roma-representatives" }],
 *   participants: [{ role: "roma-representative", count: 2, romaGroup: "swedish-roma" }],
 * };
 * m.participants[0]?.count;
 * // => 2
 * ```
 */
export interface Meeting extends z.output<typeof MeetingSchema> {}

/**
 * A consultation event: the same shape as {@link MeetingSchema}.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { ConsultationSchema, MeetingSchema } from "@romsk-inkludering/model";
 * ConsultationSchema === MeetingSchema;
 * // => true
 * ```
 */
export const ConsultationSchema = MeetingSchema;

/**
 * A consultation event (see {@link ConsultationSchema}).
 *
 * @category Consultation
 * @example
 * ```ts
 * import type { Consultation } from "@romsk-inkludering/model";
 * const kind: Consultation["kind"] = "consultation";
 * kind;
 * // => "consultation"
 * ```
 */
export type Consultation = Meeting;
