import * as z from "zod";
import { boundsOutOfOrder, missingYearlyDate, repeatedIds } from "./checks.js";
import { PartyRefSchema } from "./actors.js";
import { markRefined, whenValid } from "./refinements.js";
import { DecisionNumberSchema, SourceListSchema, SourcesSchema } from "./sources.js";
import { DecidedSchema } from "./decided.js";
import { BilingualSchema, FreeTextSchema, IdSchema, IsoDateSchema, PeriodSchema, ShortTextSchema, YearSchema } from "./shared.js";
import type { Message } from "./messages.js";

/**
 * How a commission must involve others: `dialogue` ("i dialog med"),
 * `consultation` ("i samråd med"), `cooperation` ("i samverkan med"),
 * `together` ("tillsammans med").
 *
 * @category Consultation
 * @example
 * ```ts
 * import { ConsultationModeSchema } from "@romsk-inkludering/model";
 * ConsultationModeSchema.options;
 * // => ["dialogue","consultation","cooperation","together"]
 * ```
 */
export const ConsultationModeSchema = z.enum(["dialogue", "consultation", "cooperation", "together"]);

/**
 * A consultation mode (see {@link ConsultationModeSchema}).
 *
 * @category Consultation
 * @example
 * ```ts
 * import type { ConsultationMode } from "@romsk-inkludering/model";
 * const mode: ConsultationMode = "dialogue";
 * mode;
 * // => "dialogue"
 * ```
 */
export type ConsultationMode = z.infer<typeof ConsultationModeSchema>;

/**
 * A requirement to involve parties in a given mode, e.g. the 2012 groundwork
 * report "i dialog med" seven agencies.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { ConsultationRequirementSchema } from "@romsk-inkludering/model";
 * ConsultationRequirementSchema.safeParse({
 *   mode: "consultation",
 *   parties: [{ kind: "role", role: "roma-representatives" }, { kind: "role", role: "roma-experts" }],
 * }).success;
 * // => true
 * ConsultationRequirementSchema.safeParse({ mode: "consultation", parties: [] }).success;
 * // => false
 * ```
 */
export const ConsultationRequirementSchema = z.strictObject({
  mode: ConsultationModeSchema.describe("Form (mode): how the Roma minority takes part: dialogue (dialog), consultation (samråd), cooperation (samverkan) or together (tillsammans med)."),
  parties: z.array(PartyRefSchema).min(1).max(200).describe("Parter (parties): who must be consulted (at least one): named actors, a programme's municipalities or a role."),
  sources: SourceListSchema.optional().describe("Källor (sources): where the requirement is stated."),
});

/**
 * A consultation requirement (see {@link ConsultationRequirementSchema}).
 *
 * @category Consultation
 * @example
 * ```ts
 * import type { ConsultationRequirement } from "@romsk-inkludering/model";
 * const req: ConsultationRequirement = { mode: "consultation", parties: [{ kind: "actor", actorId: "skl" }] };
 * req.parties.length;
 * // => 1
 * ```
 */
export type ConsultationRequirement = z.infer<typeof ConsultationRequirementSchema>;

const FixedDueSchema = z.strictObject({
  kind: z.literal("fixed").describe("Typ (kind): \"fixed\", one due date."),
  date: IsoDateSchema.describe("Datum (date): the due date as the decision gives it (YYYY-MM-DD), before any shift to a working day."),
});

const YearlyDueSchema = markRefined(
  z
    .strictObject({
      kind: z.literal("yearly").describe("Typ (kind): \"yearly\", the same day every year."),
      month: z.int().min(1).max(12).describe("Månad (month): the month of the yearly due date, 1–12."),
      day: z.int().min(1).max(31).describe("Dag (day): the day of the month, 1–31; must exist in every year of the range (no 30 February)."),
      fromYear: YearSchema.describe("Från år (fromYear): the first year with a due date."),
      toYear: YearSchema.describe("Till år (toYear): the last year with a due date; not before fromYear."),
    })
    .superRefine((rule, ctx) => {
      if (boundsOutOfOrder(rule.fromYear, rule.toYear)) {
        ctx.addIssue({
          code: "custom",
          path: ["toYear"],
          message: `toYear ${rule.toYear} is before fromYear ${rule.fromYear}`,
          params: { code: "year-order", from: rule.fromYear, to: rule.toYear },
        });
        return;
      }
      // Runs only on years within YearSchema's 1900–2200 (whenValid below), and the rule reads no year outside them.
      const year = missingYearlyDate(rule.month, rule.day, rule.fromYear, rule.toYear);
      if (year !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["day"],
          message: `day ${rule.day} of month ${rule.month} does not exist in ${year}`,
          params: { code: "yearly-date", month: rule.month, day: rule.day, year },
        });
      }
    }, whenValid("month", "day", "fromYear", "toYear")),
  "year-order",
  "yearly-date",
);

/**
 * When a deliverable is due: a fixed date, or yearly on a month and day
 * from `fromYear` to `toYear` (e.g. every 15 April 2013–2015). The day must
 * exist in every year of the span and `toYear` must not be before
 * `fromYear` (zod-only checks, codes `yearly-date` and `year-order`).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { DueRuleSchema } from "@romsk-inkludering/model";
 * DueRuleSchema.safeParse({ kind: "yearly", month: 4, day: 15, fromYear: 2013, toYear: 2015 }).success;
 * // => true
 * DueRuleSchema.safeParse({ kind: "yearly", month: 4, day: 31, fromYear: 2013, toYear: 2015 }).success;
 * // => false
 * ```
 */
export const DueRuleSchema = z.discriminatedUnion("kind", [FixedDueSchema, YearlyDueSchema]);

/**
 * A due rule (see {@link DueRuleSchema}).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { DueRule } from "@romsk-inkludering/model";
 * const due: DueRule = { kind: "fixed", date: "2012-09-01" };
 * due.kind;
 * // => "fixed"
 * ```
 */
export type DueRule = z.infer<typeof DueRuleSchema>;

/**
 * The kind of a deliverable: `report` (redovisning), `interim-report`
 * (delredovisning), `final-report` (slutredovisning), `status-report`
 * (lägesrapport), `annual-report` (årsrapport).
 *
 * @category Commissions
 * @example
 * ```ts
 * import { DeliverableKindSchema } from "@romsk-inkludering/model";
 * DeliverableKindSchema.safeParse("status-report").success;
 * // => true
 * ```
 */
export const DeliverableKindSchema = z.enum(["report", "interim-report", "final-report", "status-report", "annual-report"]);

/**
 * A deliverable kind (see {@link DeliverableKindSchema}).
 *
 * @category Commissions
 * @example
 * ```ts
 * import type { DeliverableKind } from "@romsk-inkludering/model";
 * const kind: DeliverableKind = "final-report";
 * kind;
 * // => "final-report"
 * ```
 */
export type DeliverableKind = z.infer<typeof DeliverableKindSchema>;

/**
 * What a deliverable must contain, e.g. `problem-analysis` ("en analys av
 * eventuella problem") and `proposed-measures` ("förslag till åtgärder").
 *
 * @category Commissions
 * @example
 * ```ts
 * import { ContentRequirementSchema } from "@romsk-inkludering/model";
 * ContentRequirementSchema.options;
 * // => ["problem-analysis","proposed-measures","area-coverage","cost-estimate","methods","conclusions","coordination-options","contribution-to-overall-goal"]
 * ```
 */
export const ContentRequirementSchema = z.enum([
  "problem-analysis",
  "proposed-measures",
  "area-coverage",
  "cost-estimate",
  "methods",
  "conclusions",
  "coordination-options",
  "contribution-to-overall-goal",
]);

/**
 * A required content item (see {@link ContentRequirementSchema}).
 *
 * @category Commissions
 * @example
 * ```ts
 * import type { ContentRequirement } from "@romsk-inkludering/model";
 * const item: ContentRequirement = "cost-estimate";
 * item;
 * // => "cost-estimate"
 * ```
 */
export type ContentRequirement = z.infer<typeof ContentRequirementSchema>;

/**
 * What a commission can require a report to contain, in Swedish and English. Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Commissions
 * @example
 * ```ts
 * import { CONTENT_REQUIREMENT_LABELS } from "@romsk-inkludering/model";
 * CONTENT_REQUIREMENT_LABELS["proposed-measures"].sv;
 * // => "förslag till åtgärder"
 * ```
 */
export const CONTENT_REQUIREMENT_LABELS: Readonly<Record<ContentRequirement, Readonly<Message>>> = Object.freeze({
  "problem-analysis": { sv: "analys av problem", en: "analysis of problems" },
  "proposed-measures": { sv: "förslag till åtgärder", en: "proposed measures" },
  "area-coverage": { sv: "redovisning per område", en: "coverage of the areas" },
  "cost-estimate": { sv: "kostnadsuppskattning", en: "cost estimate" },
  methods: { sv: "metoder", en: "methods" },
  conclusions: { sv: "slutsatser", en: "conclusions" },
  "coordination-options": { sv: "möjligheter till samordning och annat samarbete", en: "possibilities for coordination and other cooperation" },
  "contribution-to-overall-goal": { sv: "om insatserna bidrar till strategins övergripande mål", en: "whether the efforts contribute to the strategy's overall goal" },
});

/**
 * A change of a due date by a later decision; `decision` identifies it
 * (usually its decision number, e.g. `Ku2019/02101/CSM`, or a name such as
 * a regleringsbrev); `occurrence` names the year of a yearly deliverable
 * that is changed.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { AmendmentSchema } from "@romsk-inkludering/model";
 * // illustrative values: the shape of an amendment
 * AmendmentSchema.safeParse({
 *   decision: "Ku2019/02101/CSM",
 *   date: "2019-12-19",
 *   newDue: "2024-04-15",
 *   sources: [{ kind: "facts", section: "Programmes and commissions" }],
 * }).success;
 * // => true
 * ```
 */
export const AmendmentSchema = z.strictObject({
  decision: ShortTextSchema.describe("Beslut (decision): the decision that moved the due date, e.g. its file number or title."),
  date: IsoDateSchema.describe("Beslutsdatum (date): the day of the amending decision (YYYY-MM-DD)."),
  occurrence: YearSchema.optional().describe("Tillfälle (occurrence): for a yearly deliverable, the year whose due date was moved."),
  newDue: IsoDateSchema.describe("Nytt datum (newDue): the new due date (YYYY-MM-DD)."),
  sources: SourcesSchema.describe("Källor (sources): where the amendment is recorded (at least one)."),
});

/**
 * An amendment of a due date (see {@link AmendmentSchema}).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { Amendment } from "@romsk-inkludering/model";
 * // illustrative values: the shape of an amendment
 * const a: Amendment = { decision: "Ku2019/02101/CSM", date: "2019-12-19", newDue: "2024-04-15", sources: [{ kind: "facts", section: "Programmes and commissions" }] };
 * a.newDue;
 * // => "2024-04-15"
 * ```
 */
export type Amendment = z.infer<typeof AmendmentSchema>;

/**
 * Another due date given by another source: both are kept, each with its source.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { AlternativeDueSchema } from "@romsk-inkludering/model";
 * AlternativeDueSchema.safeParse({
 *   due: { kind: "fixed", date: "2018-10-15" },
 *   sources: [{ kind: "facts", section: "Programmes and commissions" }],
 *   note: "En sida på minoritet.se anger 15 oktober 2018.",
 * }).success;
 * // => true
 * ```
 */
export const AlternativeDueSchema = z.strictObject({
  due: DueRuleSchema.describe("Förfallodag (due): the alternative due rule."),
  sources: SourcesSchema.describe("Källor (sources): the sources that give this date (at least one)."),
  note: FreeTextSchema.optional().describe("Anmärkning (note): why the sources disagree, when known."),
});

/**
 * An alternative due date (see {@link AlternativeDueSchema}).
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { AlternativeDue } from "@romsk-inkludering/model";
 * const alt: AlternativeDue = { due: { kind: "fixed", date: "2018-10-15" }, sources: [{ kind: "facts", section: "Programmes and commissions" }] };
 * alt.due.kind;
 * // => "fixed"
 * ```
 */
export type AlternativeDue = z.infer<typeof AlternativeDueSchema>;

/**
 * A deliverable of a commission part: its kind, recipient, due rule,
 * required content, amendments and sources.
 *
 * @category Commissions
 * @example
 * ```ts
 * import { DeliverableSchema } from "@romsk-inkludering/model";
 * DeliverableSchema.safeParse({
 *   id: "pilot-status-report",
 *   kind: "status-report",
 *   title: { sv: "Lägesrapport om pilotverksamheten", en: "Status report on the pilot programme" },
 *   recipientId: "ministry-of-employment",
 *   due: { kind: "yearly", month: 4, day: 15, fromYear: 2013, toYear: 2015 },
 *   requiredContent: ["problem-analysis", "proposed-measures"],
 *   amendments: [],
 *   sources: [{ kind: "seed", file: "000_fd74c5439764a9cd.txt", locator: "Pilotverksamhet" }],
 * }).success;
 * // => true
 * ```
 */
export const DeliverableSchema = z.strictObject({
  id: IdSchema.describe("Id (id): the deliverable's kebab-case id, unique within the commission."),
  kind: DeliverableKindSchema.describe("Redovisningstyp (kind): report (redovisning), interim-report (delredovisning), final-report (slutredovisning), status-report (lägesrapport) or annual-report (årsrapport)."),
  title: BilingualSchema.describe("Rubrik (title): what is to be handed in, in Swedish and English."),
  recipientId: IdSchema.describe("Mottagare (recipientId): the actor the deliverable goes to, e.g. the government offices."),
  due: DueRuleSchema.describe("Förfallodag (due): when it is due: a fixed date or the same day every year."),
  alternativeDue: z.array(AlternativeDueSchema).max(20).optional().describe("Andra uppgifter om förfallodag (alternativeDue): due dates given by other sources that disagree with `due`."),
  requiredContent: z.array(ContentRequirementSchema).max(20).describe("Krav på innehåll (requiredContent): what the deliverable must contain, e.g. problem-analysis, proposed-measures, cost-estimate."),
  amendments: z.array(AmendmentSchema).max(100).describe("Ändringar (amendments): later decisions that moved the due date."),
  decided: DecidedSchema.optional().describe("Beslutad (decided): the day it was decided or became known, with its sources; as of an earlier date it is not yet known."),
  sources: SourcesSchema.describe("Källor (sources): where the deliverable is required (at least one)."),
});

/**
 * A deliverable (see {@link DeliverableSchema}).
 *
 * @category Commissions
 * @example
 * ```ts
 * import type { Deliverable } from "@romsk-inkludering/model";
 * const d: Deliverable = {
 *   id: "network-final-report",
 *   kind: "final-report",
 *   title: { sv: "Slutredovisning om kommunalt nätverk", en: "Final report on the municipal network" },
 *   recipientId: "ministry-of-employment",
 *   due: { kind: "fixed", date: "2012-10-01" },
 *   requiredContent: [],
 *   amendments: [],
 *   sources: [{ kind: "seed", file: "000_fd74c5439764a9cd.txt" }],
 * };
 * d.due;
 * // => {"kind":"fixed","date":"2012-10-01"}
 * ```
 */
export type Deliverable = z.infer<typeof DeliverableSchema>;

/**
 * A part of a commission (deluppdrag) with its consultation requirements
 * and deliverables.
 *
 * @category Commissions
 * @example
 * ```ts
 * import { CommissionPartSchema } from "@romsk-inkludering/model";
 * CommissionPartSchema.safeParse({
 *   id: "municipal-network",
 *   title: { sv: "Kommunalt nätverk", en: "Municipal network" },
 *   consultations: [{ mode: "consultation", parties: [{ kind: "actor", actorId: "skl" }] }],
 *   deliverables: [],
 *   sources: [{ kind: "seed", file: "000_fd74c5439764a9cd.txt", locator: "Övrigt" }],
 * }).success;
 * // => true
 * ```
 */
export const CommissionPartSchema = z.strictObject({
  id: IdSchema.describe("Id (id): the part's kebab-case id, unique within the commission."),
  title: BilingualSchema.describe("Rubrik (title): the part (deluppdrag) in Swedish and English."),
  description: BilingualSchema.optional().describe("Beskrivning (description): what the part asks for."),
  period: PeriodSchema.optional().describe("Period (period): when the part runs, when it differs from the commission's."),
  consultations: z.array(ConsultationRequirementSchema).max(50).describe("Samråd (consultations): the consultation requirements of the part."),
  deliverables: z.array(DeliverableSchema).max(100).describe("Redovisningar (deliverables): what the part must hand in, and when."),
  sources: SourcesSchema.describe("Källor (sources): where the part is stated (at least one)."),
});

/**
 * A commission part (see {@link CommissionPartSchema}).
 *
 * @category Commissions
 * @example
 * ```ts
 * import type { CommissionPart } from "@romsk-inkludering/model";
 * const part: CommissionPart = {
 *   id: "groundwork",
 *   title: { sv: "Underlag för uppföljningssystem", en: "Groundwork for a follow-up system" },
 *   consultations: [],
 *   deliverables: [],
 *   sources: [{ kind: "seed", file: "000_fd74c5439764a9cd.txt" }],
 * };
 * part.deliverables.length;
 * // => 0
 * ```
 */
export type CommissionPart = z.infer<typeof CommissionPartSchema>;

/**
 * A reference to a government decision of a commission: the decision
 * itself, a later amendment, or an earlier commission it continues.
 *
 * @category Commissions
 * @example
 * ```ts
 * import { DecisionRefSchema } from "@romsk-inkludering/model";
 * DecisionRefSchema.safeParse({ number: "A2009/2285/DISK", kind: "earlier" }).success;
 * // => true
 * ```
 */
export const DecisionRefSchema = z.strictObject({
  number: DecisionNumberSchema.describe("Diarienummer (number): the decision's file number, e.g. Ku2011/1982/DISK."),
  date: IsoDateSchema.optional().describe("Beslutsdatum (date): the day of the decision (YYYY-MM-DD)."),
  kind: z.enum(["decision", "amendment", "earlier"]).describe("Typ (kind): decision (the commission itself), amendment (a change) or earlier (an earlier decision it builds on)."),
});

/**
 * A decision reference (see {@link DecisionRefSchema}).
 *
 * @category Commissions
 * @example
 * ```ts
 * import type { DecisionRef } from "@romsk-inkludering/model";
 * const ref: DecisionRef = { number: "Ku2019/02101/CSM", date: "2019-12-19", kind: "decision" };
 * ref.kind;
 * // => "decision"
 * ```
 */
export type DecisionRef = z.infer<typeof DecisionRefSchema>;

/**
 * A government commission (regeringsuppdrag): issuer, assignee, decisions,
 * period and parts. Part ids and deliverable ids are unique within the
 * commission (a zod-only check, code `duplicate-id`).
 *
 * @category Commissions
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * const result = validate("commission", {
 *   id: "ku2019-02101",
 *   title: { sv: "Uppdrag om romsk inkludering 2020–2023", en: "Commission on Roma inclusion 2020–2023" },
 *   issuerId: "government",
 *   assigneeId: "lst-stockholm",
 *   decisions: [{ number: "Ku2019/02101/CSM", date: "2019-12-19", kind: "decision" }],
 *   period: { from: "2020-01-01", to: "2023-12-31" },
 *   parts: [{
 *     id: "follow-up",
 *     title: { sv: "Stöd och uppföljning", en: "Support and follow-up" },
 *     consultations: [],
 *     deliverables: [],
 *     sources: [{ kind: "decision", number: "Ku2019/02101/CSM" }],
 *   }],
 *   sources: [{ kind: "facts", section: "Programmes and commissions" }],
 * });
 * result.success;
 * // => true
 * ```
 */
export const CommissionSchema = markRefined(
  z
    .strictObject({
      id: IdSchema.describe("Id (id): the commission's kebab-case id."),
      title: BilingualSchema.describe("Rubrik (title): the commission (regeringsuppdrag) in Swedish and English."),
      issuerId: IdSchema.describe("Uppdragsgivare (issuerId): the actor that gave the commission, usually the government."),
      assigneeId: IdSchema.describe("Uppdragstagare (assigneeId): the actor that carries it out, e.g. an agency or a county administrative board."),
      decisions: z.array(DecisionRefSchema).max(50).describe("Beslut (decisions): the government decisions behind the commission."),
      period: PeriodSchema.describe("Period (period): when the commission runs."),
      parts: z.array(CommissionPartSchema).min(1).max(50).describe("Deluppdrag (parts): the parts of the commission (at least one); ids of parts and deliverables are unique."),
      decided: DecidedSchema.optional().describe("Beslutad (decided): the day it was decided or became known, with its sources; as of an earlier date it is not yet known."),
      sources: SourcesSchema.describe("Källor (sources): where the commission is described (at least one)."),
    })
    .superRefine((commission, ctx) => {
      // Parts' ids are unique among the parts, deliverables' ids among all the commission's deliverables; the issues come part by part.
      const repeatedParts = new Set(repeatedIds(commission.parts.map((part) => part.id)));
      const repeatedDeliverables = new Set(repeatedIds(commission.parts.flatMap((part) => part.deliverables.map((deliverable) => deliverable.id))));
      let k = 0;
      commission.parts.forEach((part, i) => {
        if (repeatedParts.has(i)) {
          ctx.addIssue({
            code: "custom",
            path: ["parts", i, "id"],
            message: `the id ${part.id} is used more than once`,
            params: { code: "duplicate-id", id: part.id },
          });
        }
        part.deliverables.forEach((deliverable, j) => {
          if (repeatedDeliverables.has(k)) {
            ctx.addIssue({
              code: "custom",
              path: ["parts", i, "deliverables", j, "id"],
              message: `the id ${deliverable.id} is used more than once`,
              params: { code: "duplicate-id", id: deliverable.id },
            });
          }
          k += 1;
        });
      });
    }, whenValid("parts")),
  "duplicate-id",
);

/**
 * A government commission (see {@link CommissionSchema}).
 *
 * @category Commissions
 * @example
 * ```ts
 * import type { Commission } from "@romsk-inkludering/model";
 * const c: Pick<Commission, "id" | "period"> = { id: "ku2016-00159", period: { from: "2016-01-01", to: "2019-12-31" } };
 * c.period.from;
 * // => "2016-01-01"
 * ```
 */
export interface Commission extends z.output<typeof CommissionSchema> {}
