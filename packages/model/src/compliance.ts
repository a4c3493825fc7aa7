import * as z from "zod";
import { CommissionSchema } from "./commissions.js";
import { MeetingSchema } from "./meetings.js";
import { AnnualReportSchema, FundingApplicationSchema, SubmissionSchema } from "./reports.js";
import { IdSchema, IsoDateSchema, PeriodSchema } from "./shared.js";

/**
 * One member's participation in a network over a period (the commitments
 * of the proposed national network, seed 004): activity plan, contact
 * person, elected representative, meetings (with or without elected
 * representatives) and peer reviews. Roles only, never names.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("network-participation", {
 *   networkId: "national-network-proposal",
 *   memberId: "municipality-1980",
 *   period: { from: "2013-01-01", to: "2016-12-31" },
 *   hasContactPerson: true,
 *   hasElectedRepresentative: true,
 *   meetings: [{ date: "2013-03-14", withElectedRepresentatives: true }],
 *   peerReviews: [],
 * }).success;
 * // => true
 * ```
 */
export const NetworkParticipationSchema = z.strictObject({
  networkId: IdSchema,
  memberId: IdSchema,
  period: PeriodSchema,
  activityPlanAdoptedOn: IsoDateSchema.optional(),
  hasContactPerson: z.boolean(),
  hasElectedRepresentative: z.boolean(),
  meetings: z.array(z.strictObject({ date: IsoDateSchema, withElectedRepresentatives: z.boolean() })).max(1000),
  peerReviews: z.array(IsoDateSchema).max(100),
});

/**
 * A network participation record (see {@link NetworkParticipationSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { NetworkParticipation } from "@romsk-inkludering/model";
 * const meetings: NetworkParticipation["meetings"] = [{ date: "2013-03-14", withElectedRepresentatives: false }];
 * meetings.length;
 * // => 1
 * ```
 */
export type NetworkParticipation = z.infer<typeof NetworkParticipationSchema>;

/**
 * A municipality's plan for its work on Roma inclusion, with the working
 * principles and target groups it addresses (ids as in the catalog).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("municipal-plan", {
 *   id: "example-action-plan",
 *   actorId: "example-municipality",
 *   adoptedOn: "2018-03-01",
 *   period: { from: "2018-01-01", to: "2021-12-31" },
 *   principlesAddressed: ["human-rights", "roma-participation"],
 *   targetGroupsAddressed: ["women", "children-and-young-people"],
 * }).success;
 * // => true
 * ```
 */
export const MunicipalPlanSchema = z.strictObject({
  id: IdSchema,
  actorId: IdSchema,
  adoptedOn: IsoDateSchema,
  period: PeriodSchema,
  principlesAddressed: z.array(IdSchema).max(50),
  targetGroupsAddressed: z.array(IdSchema).max(50),
});

/**
 * A municipal plan (see {@link MunicipalPlanSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { MunicipalPlan } from "@romsk-inkludering/model";
 * const principles: MunicipalPlan["principlesAddressed"] = ["long-term-structure"];
 * principles[0];
 * // => "long-term-structure"
 * ```
 */
export type MunicipalPlan = z.infer<typeof MunicipalPlanSchema>;

/**
 * The meeting dates of a forum over a period (a meeting record names its
 * forum, so the forum's cadence, e.g. two meetings per term, can be checked).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("forum-record", {
 *   forumId: "pilot-forum",
 *   period: { from: "2013-01-01", to: "2013-06-30" },
 *   meetingDates: ["2013-02-12", "2013-05-21"],
 * }).success;
 * // => true
 * ```
 */
export const ForumRecordSchema = z.strictObject({
  forumId: IdSchema,
  period: PeriodSchema,
  meetingDates: z.array(IsoDateSchema).max(1000),
});

/**
 * A forum record (see {@link ForumRecordSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { ForumRecord } from "@romsk-inkludering/model";
 * const record: ForumRecord = { forumId: "pilot-forum", period: { from: "2013-01-01", to: "2013-06-30" }, meetingDates: [] };
 * record.meetingDates.length;
 * // => 0
 * ```
 */
export type ForumRecord = z.infer<typeof ForumRecordSchema>;

/**
 * Everything a compliance check looks at: commissions not (yet) in the
 * catalog, submissions, meetings, annual reports, network participation,
 * forum records, municipal plans and funding applications; `subject` is
 * the actor whose obligations are checked (absent: every actor in the input).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("compliance-input", {
 *   subject: "lst-stockholm",
 *   submissions: [{ deliverableId: "pilot-status-report", occurrence: 2013, submittedOn: "2013-04-15", contents: ["problem-analysis", "proposed-measures"] }],
 * }).success;
 * // => true
 * validate("compliance-input", { submission: [] }).success;
 * // => false
 * ```
 */
export const ComplianceInputSchema = z.strictObject({
  subject: IdSchema.optional(),
  commissions: z.array(CommissionSchema).max(200).optional(),
  submissions: z.array(SubmissionSchema).max(10_000).optional(),
  meetings: z.array(MeetingSchema).max(10_000).optional(),
  reports: z.array(AnnualReportSchema).max(1000).optional(),
  networkParticipation: z.array(NetworkParticipationSchema).max(1000).optional(),
  forumRecords: z.array(ForumRecordSchema).max(100).optional(),
  plans: z.array(MunicipalPlanSchema).max(1000).optional(),
  fundingApplications: z.array(FundingApplicationSchema).max(1000).optional(),
});

/**
 * The input of a compliance check (see {@link ComplianceInputSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { ComplianceInput } from "@romsk-inkludering/model";
 * const input: ComplianceInput = { subject: "municipality-0580", meetings: [] };
 * input.subject;
 * // => "municipality-0580"
 * ```
 */
export type ComplianceInput = z.infer<typeof ComplianceInputSchema>;
