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
  deliverableId: IdSchema,
  occurrence: YearSchema.optional(),
  submittedOn: IsoDateSchema,
  contents: z.array(ContentRequirementSchema).max(20),
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
  areaId: AreaIdSchema.optional(),
  text: FreeTextSchema,
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
  id: IdSchema,
  year: YearSchema,
  actorId: IdSchema,
  reporterKind: z.enum(["municipality", "agency", "region", "county-administrative-board"]),
  submittedOn: IsoDateSchema.optional(),
  areas: z.array(AreaIdSchema).max(6),
  activities: z.array(ActivitySchema).max(1000),
  consultations: z.array(MeetingSchema).max(1000),
  observations: z.array(ObservationSchema).max(100_000),
  problems: z.array(ReportStatementSchema).max(500),
  proposals: z.array(ReportStatementSchema).max(500),
  goalsAndGuidelines: z.strictObject({ adopted: z.boolean(), adoptedOn: IsoDateSchema.optional() }).optional(),
  principlesAddressed: z.array(IdSchema).max(50).optional(),
  targetGroupsAddressed: z.array(IdSchema).max(50).optional(),
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
export type AnnualReport = z.infer<typeof AnnualReportSchema>;

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
  description: FreeTextSchema,
  amountSek: AmountSekSchema,
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
  id: IdSchema,
  applicantId: IdSchema,
  grantorId: IdSchema,
  title: FreeTextSchema,
  period: PeriodSchema.optional(),
  totalSek: AmountSekSchema,
  budgetLines: z.array(BudgetLineSchema).max(500),
  sources: SourceListSchema.optional(),
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
export type FundingApplication = z.infer<typeof FundingApplicationSchema>;
