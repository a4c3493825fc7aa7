/**
 * Zod schemas, inferred types, JSON Schemas and bilingual validation for
 * every domain object of Sweden's strategy for Roma inclusion 2012–2032.
 *
 * @packageDocumentation
 * @module @romsk-inkludering/model
 */
export {
  AmountSekSchema,
  BilingualSchema,
  containsEmailAddress,
  containsPersonalIdentityNumber,
  containsPhoneNumber,
  CountyCodeSchema,
  FreeTextSchema,
  GENDER_LABELS,
  GenderSchema,
  IdSchema,
  IsoDateSchema,
  JsonValueSchema,
  MunicipalityCodeSchema,
  PeriodSchema,
  YearSchema,
} from "./shared.js";
export type { Bilingual, CountyCode, FreeText, Gender, Id, IsoDate, JsonValue, MunicipalityCode, Period, Year } from "./shared.js";
export {
  DecisionNumberSchema,
  DecisionSourceSchema,
  effectiveDated,
  FactsSourceSchema,
  PublicationSourceSchema,
  SeedSourceSchema,
  SfsNumberSchema,
  SfsSourceSchema,
  SourceSchema,
  SourcesSchema,
  UrlSourceSchema,
} from "./sources.js";
export type { EffectiveDated, Source } from "./sources.js";
export { isInForce, overlaps, valueAsOf } from "./validity.js";
export type { Validity } from "./validity.js";
export {
  AREA_LABELS,
  AreaIdSchema,
  AreaSchema,
  PrincipleSchema,
  ROMA_GROUP_LABELS,
  RomaGroupIdSchema,
  RomaGroupSchema,
  TargetGroupSchema,
} from "./areas.js";
export type { Area, AreaId, Principle, RomaGroup, RomaGroupId, TargetGroup } from "./areas.js";
export { ACTOR_KIND_LABELS, ActorKindSchema, ActorNameSchema, ActorSchema, PARTY_ROLE_LABELS, PartyRefSchema } from "./actors.js";
export type { Actor, ActorKind, ActorName, PartyRef } from "./actors.js";
export {
  AlternativeDueSchema,
  AmendmentSchema,
  CommissionPartSchema,
  CommissionSchema,
  ConsultationModeSchema,
  ConsultationRequirementSchema,
  CONTENT_REQUIREMENT_LABELS,
  ContentRequirementSchema,
  DecisionRefSchema,
  DeliverableKindSchema,
  DeliverableSchema,
  DueRuleSchema,
} from "./commissions.js";
export type {
  AlternativeDue,
  Amendment,
  Commission,
  CommissionPart,
  ConsultationMode,
  ConsultationRequirement,
  ContentRequirement,
  DecisionRef,
  Deliverable,
  DeliverableKind,
  DueRule,
} from "./commissions.js";
export {
  CommitmentSchema,
  EvaluationSchema,
  ForumSchema,
  MembershipSchema,
  NetworkSchema,
  ProgrammeComponentSchema,
  ProgrammeSchema,
} from "./programmes.js";
export type { Commitment, Evaluation, Forum, Membership, Network, Programme, ProgrammeComponent } from "./programmes.js";
export {
  ConsultationSchema,
  MEETING_KIND_LABELS,
  MeetingKindSchema,
  MeetingSchema,
  PARTICIPANT_ROLE_LABELS,
  ParticipantCountSchema,
  ParticipantRoleSchema,
} from "./meetings.js";
export type { Consultation, Meeting, MeetingKind, ParticipantCount, ParticipantRole } from "./meetings.js";
export { ACTIVITY_KIND_LABELS, ActivityKindSchema, ActivitySchema, OUTPUT_METRIC_LABELS, OutputSchema } from "./activities.js";
export type { Activity, ActivityKind, Output } from "./activities.js";
export {
  INDICATOR_UNIT_LABELS,
  IndicatorSchema,
  IndicatorSourceSchema,
  KoladaKpiSchema,
  ObservationSchema,
  PLACE_LEVEL_LABELS,
  PlaceSchema,
  POPULATION_LABELS,
  PROGRESS_STATUS_LABELS,
  PROGRESS_STATUSES,
  TargetSchema,
} from "./indicators.js";
export type { Indicator, IndicatorSource, Observation, Place, ProgressStatus, Target } from "./indicators.js";
export {
  AnnualReportSchema,
  BudgetLineSchema,
  DutyStatementSchema,
  FundingApplicationSchema,
  ReportStatementSchema,
  SubmissionSchema,
} from "./reports.js";
export type { AnnualReport, BudgetLine, DutyStatement, FundingApplication, ReportStatement, Submission } from "./reports.js";
export { GrantApplicationSchema, GrantCriterionAnswerSchema } from "./grants.js";
export type { GrantApplication, GrantCriterionAnswer } from "./grants.js";
export { ComplianceInputSchema, ForumRecordSchema, MunicipalPlanSchema, NetworkParticipationSchema } from "./compliance.js";
export type { ComplianceInput, ForumRecord, MunicipalPlan, NetworkParticipation } from "./compliance.js";
export { LocalProfileSchema } from "./profile.js";
export type { LocalProfile } from "./profile.js";
export { ExplanationSchema, FindingSchema, TRACE_STEP_KINDS, TraceStepSchema, VERDICT_LABELS, VerdictSchema } from "./findings.js";
export { ScenarioExpectationSchema, ScenarioFileSchema, ScenarioSchema } from "./scenarios.js";
export type { Scenario, ScenarioExpectation, ScenarioFile } from "./scenarios.js";
export type { Explanation, Finding, TraceStep, Verdict } from "./findings.js";
export { capitalised, translateIssue } from "./messages.js";
export type { Lang, Message, ValidationIssue } from "./messages.js";
export { compareIssues, formatIssues, validateWith } from "./validate.js";
export type { Result } from "./validate.js";
export { isKind, kinds, schemas, validate } from "./registry.js";
export type { Kind, KindType, KindTypes } from "./registry.js";
export { JSON_SCHEMA_BASE_URI, serializeJsonSchema, toJsonSchema, toJsonSchemas, toOutputJsonSchemas } from "./json-schema.js";
export {
  CellSchema,
  DeadlineListSchema,
  DeadlineOutputSchema,
  DeadlineStatusSchema,
  FindingListSchema,
  isOutputKind,
  NationalReportSchema,
  ObligationListSchema,
  ObligationSchema,
  ObligationKindSchema,
  OBLIGATION_KIND_LABELS,
  outputKinds,
  outputSchemas,
  ProgressResultSchema,
  PUBLISHED_MEASURES,
  SUPPRESSED_MEASURES,
} from "./outputs.js";
export type { DeadlineOutput, NationalReportOutput, ObligationOutput, OutputKind, ProgressResultOutput, PublishedMeasure, SuppressedMeasure } from "./outputs.js";
export type { JsonSchemaDocument } from "./json-schema.js";
export { DecidedSchema } from "./decided.js";
export type { Decided } from "./decided.js";
