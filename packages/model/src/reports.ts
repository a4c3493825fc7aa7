import * as z from "zod";
import { ActivitySchema } from "./activities.js";
import { AreaIdSchema } from "./areas.js";
import { ContentRequirementSchema } from "./commissions.js";
import { ObservationSchema } from "./indicators.js";
import { MeetingSchema } from "./meetings.js";
import { SourceListSchema } from "./sources.js";
import { AmountSekSchema, FreeTextSchema, IdSchema, IsoDateSchema, PeriodSchema, YearSchema } from "./shared.js";

/**
 * What was handed in for a deliverable and when; `occurrence` is the year
 * of a yearly deliverable.
 *
 * @category Reports
 * @example
 * ```ts
 * import { SubmissionSchema } from "@romsk-inkludering/model";
 * SubmissionSchema.safeParse({
 *   deliverableId: "pilot-status-report",
 *   occurrence: 2013,
 *   submittedOn: "2013-04-15",
 *   contents: ["problem-analysis", "proposed-measures"],
 * }).success;
 * // => true
 * ```
 */
export const SubmissionSchema = z.strictObject({
  deliverableId: IdSchema.describe("Redovisning (deliverableId): the id of the deliverable handed in."),
  occurrence: YearSchema.optional().describe("Tillfälle (occurrence): for a yearly deliverable, the year it is for."),
  submittedOn: IsoDateSchema.describe("Inlämnad (submittedOn): the day it was handed in (YYYY-MM-DD)."),
  contents: z.array(ContentRequirementSchema).max(20).describe("Innehåll (contents): what it contains, e.g. problem-analysis, proposed-measures."),
});

/**
 * A submission (see {@link SubmissionSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { Submission } from "@romsk-inkludering/model";
 * const s: Submission = { deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: ["methods", "cost-estimate"] };
 * s.contents.length;
 * // => 2
 * ```
 */
export type Submission = z.infer<typeof SubmissionSchema>;

/**
 * A problem or a proposal in an annual report, optionally tied to an area.
 *
 * @category Reports
 * @example
 * ```ts
 * import { ReportStatementSchema } from "@romsk-inkludering/model";
 * ReportStatementSchema.safeParse({ areaId: "education", text: "Det saknas tolkar på romani chib." }).success;
 * // => true
 * ```
 */
export const ReportStatementSchema = z.strictObject({
  areaId: AreaIdSchema.optional().describe("Område (areaId): the area of the strategy the statement concerns, if one."),
  text: FreeTextSchema.describe("Text (text): the problem or proposal in the report's words."),
});

/**
 * A problem or proposal (see {@link ReportStatementSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportStatement } from "@romsk-inkludering/model";
 * const p: ReportStatement = { text: "Fler kommuner behöver börja arbeta med frågan." };
 * p.areaId;
 * // => undefined
 * ```
 */
export type ReportStatement = z.infer<typeof ReportStatementSchema>;

/**
 * What a reporter did in its year under one duty of lag (2009:724): the
 * measures, in the report's words. An empty list states that nothing was
 * done that year; leaving the statement out says nothing either way.
 *
 * @category Reports
 * @example
 * ```ts
 * import { DutyStatementSchema } from "@romsk-inkludering/model";
 * DutyStatementSchema.safeParse({ measures: ["Informationsträff om minoritetslagen på stadsbiblioteket"] }).success;
 * // => true
 * DutyStatementSchema.safeParse({ measures: [] }).success;
 * // => true
 * ```
 */
export const DutyStatementSchema = z.strictObject({
  measures: z.array(FreeTextSchema).max(200).describe("Åtgärder (measures): what was done in the year, in the report's words; an empty list states that nothing was done."),
});

/**
 * A statement of the year's work under one duty (see {@link DutyStatementSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { DutyStatement } from "@romsk-inkludering/model";
 * const statement: DutyStatement = { measures: [] };
 * statement.measures.length;
 * // => 0
 * ```
 */
export interface DutyStatement extends z.output<typeof DutyStatementSchema> {}

/**
 * The annual report of a municipality, agency, region or county
 * administrative board: its activities, consultations, observations,
 * problems and proposals for a year.
 *
 * @category Reports
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("annual-report", {
 *   id: "municipality-2180-2017",
 *   year: 2017,
 *   actorId: "municipality-2180",
 *   reporterKind: "municipality",
 *   areas: ["health-social-care-safety"],
 *   activities: [],
 *   consultations: [],
 *   observations: [],
 *   problems: [{ text: "Att nå ut till samtliga romska grupper." }],
 *   proposals: [],
 * }).success;
 * // => true
 * ```
 */
export const AnnualReportSchema = z.strictObject({
  id: IdSchema.describe("Id (id): the report's kebab-case id, e.g. municipality-2180-2017."),
  year: YearSchema.describe("År (year): the year the report covers."),
  actorId: IdSchema.describe("Rapportör (actorId): the reporting actor's id, e.g. municipality-2180."),
  reporterKind: z.enum(["municipality", "agency", "region", "county-administrative-board"]).describe("Rapportörstyp (reporterKind): municipality (kommun), agency (myndighet), region or county-administrative-board (länsstyrelse)."),
  submittedOn: IsoDateSchema.optional().describe("Inlämnad (submittedOn): the day the report was handed in (YYYY-MM-DD)."),
  areas: z.array(AreaIdSchema).max(6).describe("Områden (areas): the areas of the strategy the report covers (0–6)."),
  activities: z.array(ActivitySchema).max(1000).describe("Insatser (activities): the activities of the year."),
  consultations: z.array(MeetingSchema).max(1000).describe("Samråd (consultations): the consultations and meetings of the year."),
  observations: z.array(ObservationSchema).max(100_000).describe("Observationer (observations): indicator values reported."),
  problems: z.array(ReportStatementSchema).max(500).describe("Problem (problems): problems the reporter names."),
  proposals: z.array(ReportStatementSchema).max(500).describe("Förslag (proposals): proposals the reporter makes."),
  goalsAndGuidelines: z
    .strictObject({
      adopted: z.boolean().describe("Antagna (adopted): whether goals and guidelines have been adopted."),
      adoptedOn: IsoDateSchema.optional().describe("Antagna den (adoptedOn): the day they were adopted (YYYY-MM-DD)."),
    })
    .optional()
    .describe("Mål och riktlinjer (goalsAndGuidelines): whether the reporter has adopted goals and guidelines for its Roma inclusion work."),
  rightsInformation: DutyStatementSchema.optional().describe("Information om rättigheter (rightsInformation): how the reporter informed the national minorities, the Roma among them, of their rights in the year (lag 2009:724 3 §)."),
  languageAndCulture: z
    .strictObject({
      measures: z.array(FreeTextSchema).max(200).describe("Åtgärder (measures): how Romani chib and Roma culture were protected and promoted in the year; an empty list states that nothing was done."),
      children: z.array(FreeTextSchema).max(200).optional().describe("Barn (children): how children's development of a cultural identity and use of Romani chib were promoted in the year."),
    })
    .optional()
    .describe("Språk och kultur (languageAndCulture): how the reporter protected and promoted Romani chib and Roma culture in the year, children's cultural identity and language especially (lag 2009:724 4 §)."),
  influence: z
    .strictObject({
      measures: z.array(FreeTextSchema).max(200).describe("Åtgärder (measures): how the Roma minority was given influence and consulted in the year; an empty list states that nothing was done."),
      structuredDialogue: z.boolean().optional().describe("Strukturerad dialog (structuredDialogue): whether the consultation took the form of a structured dialogue, as lag 2009:724 5 § asks from 2019."),
    })
    .optional()
    .describe("Inflytande och samråd (influence): how the reporter gave the Roma minority influence and consulted it in the year (lag 2009:724 5 §)."),
  youthInfluence: DutyStatementSchema.optional().describe("Barns och ungas inflytande (youthInfluence): how the reporter promoted Roma children's and young people's influence and consultation in the year, in forms adapted to them (lag 2009:724 5 a §)."),
  principlesAddressed: z.array(IdSchema).max(50).optional().describe("Principer (principlesAddressed): ids of the working principles the reporter's work addresses."),
  targetGroupsAddressed: z.array(IdSchema).max(50).optional().describe("Målgrupper (targetGroupsAddressed): ids of the target groups the reporter's work addresses."),
});

/**
 * An annual report (see {@link AnnualReportSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { AnnualReport } from "@romsk-inkludering/model";
 * const kind: AnnualReport["reporterKind"] = "agency";
 * kind;
 * // => "agency"
 * ```
 */
export interface AnnualReport extends z.output<typeof AnnualReportSchema> {}

/**
 * A line of a funding application's budget, in whole SEK.
 *
 * @category Reports
 * @example
 * ```ts
 * import { BudgetLineSchema } from "@romsk-inkludering/model";
 * BudgetLineSchema.safeParse({ description: "Dokumentation och spridning", amountSek: 100000 }).success;
 * // => true
 * BudgetLineSchema.safeParse({ description: "Dokumentation och spridning", amountSek: -1 }).success;
 * // => false
 * ```
 */
export const BudgetLineSchema = z.strictObject({
  description: FreeTextSchema.describe("Beskrivning (description): what the money is for."),
  amountSek: AmountSekSchema.describe("Belopp (amountSek): the amount in whole kronor (SEK)."),
});

/**
 * A budget line (see {@link BudgetLineSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { BudgetLine } from "@romsk-inkludering/model";
 * const line: BudgetLine = { description: "Samordning, 20 % tjänstemannatid", amountSek: 130000 };
 * line.amountSek;
 * // => 130000
 * ```
 */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/**
 * An application for funding with its budget lines (whether the lines add
 * up to `totalSek` is checked by a rule, not by the schema).
 *
 * @category Reports
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("funding-application", {
 *   id: "national-network-proposal-1",
 *   applicantId: "malardalen-network",
 *   grantorId: "lst-stockholm",
 *   title: "Nationellt nätverk för romers inkludering, förslag 1",
 *   totalSek: 330000,
 *   budgetLines: [
 *     { description: "20 % tjänstemannatid per år, för samordning", amountSek: 130000 },
 *     { description: "Dokumentation och spridning", amountSek: 100000 },
 *     { description: "Kunskapsseminarier och konferenser", amountSek: 100000 },
 *   ],
 * }).success;
 * // => true
 * ```
 */
export const FundingApplicationSchema = z.strictObject({
  id: IdSchema.describe("Id (id): the application's kebab-case id."),
  applicantId: IdSchema.describe("Sökande (applicantId): the applying actor."),
  grantorId: IdSchema.describe("Beviljande aktör (grantorId): the actor that grants the money, e.g. a county administrative board."),
  title: FreeTextSchema.describe("Rubrik (title): the application's title."),
  period: PeriodSchema.optional().describe("Period (period): the period applied for."),
  totalSek: AmountSekSchema.describe("Totalbelopp (totalSek): the total applied for in whole kronor (SEK); that the budget lines add up to it is checked by a rule."),
  budgetLines: z.array(BudgetLineSchema).max(500).describe("Budgetposter (budgetLines): the budget's lines."),
  sources: SourceListSchema.optional().describe("Källor (sources): where the application is recorded."),
});

/**
 * A funding application (see {@link FundingApplicationSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { FundingApplication } from "@romsk-inkludering/model";
 * const lines: FundingApplication["budgetLines"] = [{ description: "Dokumentation och spridning", amountSek: 100000 }];
 * lines.reduce((sum, l) => sum + l.amountSek, 0);
 * // => 100000
 * ```
 */
export interface FundingApplication extends z.output<typeof FundingApplicationSchema> {}
