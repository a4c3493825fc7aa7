import * as z from "zod";
import { CommissionSchema } from "./commissions.js";
import { MeetingSchema } from "./meetings.js";
import { GrantApplicationSchema } from "./grants.js";
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
  networkId: IdSchema.describe("Nätverk (networkId): the network's id."),
  memberId: IdSchema.describe("Medlem (memberId): the member's actor id, e.g. a municipality."),
  period: PeriodSchema.describe("Period (period): the period the participation record covers."),
  activityPlanAdoptedOn: IsoDateSchema.optional().describe("Handlingsplan antagen (activityPlanAdoptedOn): the day the member adopted its activity plan (YYYY-MM-DD)."),
  hasContactPerson: z.boolean().describe("Kontaktperson (hasContactPerson): whether the member has named a contact person (a role, never a name)."),
  hasElectedRepresentative: z.boolean().describe("Förtroendevald (hasElectedRepresentative): whether an elected representative takes part for the member."),
  romaConsultationEstablishedOn: IsoDateSchema.optional().describe("Romskt samråd etablerat (romaConsultationEstablishedOn): the day by which the member had established consultation with the Roma minority (YYYY-MM-DD), a condition of the proposed national network (seed 004)."),
  meetings: z
    .array(
      z.strictObject({
        date: IsoDateSchema.describe("Datum (date): the day of the meeting (YYYY-MM-DD)."),
        withElectedRepresentatives: z.boolean().describe("Med förtroendevalda (withElectedRepresentatives): whether elected representatives took part."),
      }),
    )
    .max(1000)
    .describe("Möten (meetings): the network meetings the member attended."),
  peerReviews: z.array(IsoDateSchema).max(100).describe("Kollegial granskning (peerReviews): the days of peer reviews (YYYY-MM-DD)."),
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
export interface NetworkParticipation extends z.output<typeof NetworkParticipationSchema> {}

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
  id: IdSchema.describe("Id (id): the plan's kebab-case id."),
  actorId: IdSchema.describe("Kommun (actorId): the municipality's actor id, e.g. municipality-0180."),
  adoptedOn: IsoDateSchema.describe("Antagen (adoptedOn): the day the plan was adopted (YYYY-MM-DD)."),
  period: PeriodSchema.describe("Period (period): the period the plan covers."),
  principlesAddressed: z.array(IdSchema).max(50).describe("Principer (principlesAddressed): ids of the working principles the plan addresses."),
  targetGroupsAddressed: z.array(IdSchema).max(50).describe("Målgrupper (targetGroupsAddressed): ids of the target groups the plan addresses."),
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
export interface MunicipalPlan extends z.output<typeof MunicipalPlanSchema> {}

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
  forumId: IdSchema.describe("Forum (forumId): the forum's id."),
  period: PeriodSchema.describe("Period (period): the period the record covers."),
  meetingDates: z.array(IsoDateSchema).max(1000).describe("Mötesdagar (meetingDates): the days the forum met (YYYY-MM-DD)."),
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
export interface ForumRecord extends z.output<typeof ForumRecordSchema> {}

/**
 * Everything a compliance check looks at: commissions not (yet) in the
 * catalog, submissions, meetings, annual reports, network participation,
 * forum records, municipal plans, funding applications and applications
 * to state grant rounds; `subject` is
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
  subject: IdSchema.optional().describe("Granskad aktör (subject): check only this actor's obligations; absent checks everyone's."),
  commissions: z.array(CommissionSchema).max(200).optional().describe("Regeringsuppdrag (commissions): the commissions whose deliverables and consultations are checked."),
  submissions: z.array(SubmissionSchema).max(10_000).optional().describe("Inlämningar (submissions): what was handed in for the deliverables, and when."),
  meetings: z.array(MeetingSchema).max(10_000).optional().describe("Möten (meetings): the meetings and consultations held."),
  reports: z.array(AnnualReportSchema).max(1000).optional().describe("Årsrapporter (reports): the annual reports handed in."),
  networkParticipation: z.array(NetworkParticipationSchema).max(1000).optional().describe("Nätverksdeltagande (networkParticipation): the members' participation in networks."),
  forumRecords: z.array(ForumRecordSchema).max(100).optional().describe("Forumprotokoll (forumRecords): the meeting dates of forums."),
  plans: z.array(MunicipalPlanSchema).max(1000).optional().describe("Kommunala planer (plans): the municipalities' plans."),
  fundingApplications: z.array(FundingApplicationSchema).max(1000).optional().describe("Ansökningar om medel (fundingApplications): funding applications with their budgets."),
  grantApplications: z.array(GrantApplicationSchema).max(1000).optional().describe("Ansökningar om statsbidrag (grantApplications): applications to the rounds of a state grant in the catalog, checked against the round's deadline and criteria."),
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
export interface ComplianceInput extends z.output<typeof ComplianceInputSchema> {}
