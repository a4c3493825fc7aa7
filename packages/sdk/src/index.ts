/**
 * One entry point for Sweden's strategy for Roma inclusion 2012–2032:
 * `createClient` wires the catalog, the compliance rules and the reports
 * for one catalog, one local profile and (optionally) one date, and the
 * package re-exports what most apps need from `@romsk-inkludering/model`,
 * `calendar`, `catalog`, `rules` and `reports`. Everything is
 * tree-shakable: an app that only validates bundles neither the rules nor
 * the reports.
 *
 * @packageDocumentation
 * @module @romsk-inkludering/sdk
 */

// The client.
export { ClientConfigError, createClient, createClientSafe } from "./client.js";
export { AggregateInputError } from "./contracts.js";
export type { AggregateIssue } from "./contracts.js";
export type {
  AggregateOptions,
  AsOfOf,
  CheckCallOptions,
  Client,
  ClientResult,
  DateOption,
  Deadline,
  DeadlinesOptions,
  ProgressCallOptions,
} from "./client.js";
export type { ClientIssue, ClientOptions } from "./options.js";

// Scenarios: cases with the findings the rules must give (`romsk test` reads them from YAML).
export { runScenarios } from "./scenarios.js";
export type { RunScenariosOptions, ScenarioDifference, ScenarioDifferenceKind, ScenarioResult, ScenarioRun } from "./scenarios.js";

// Validation and the domain types (@romsk-inkludering/model).
export {
  compareIssues,
  formatIssues,
  isKind,
  JSON_SCHEMA_BASE_URI,
  kinds,
  schemas,
  toJsonSchema,
  toJsonSchemas,
  validate,
  validateWith,
  valueAsOf,
  VERDICT_LABELS,
} from "@romsk-inkludering/model";
export type {
  Activity,
  ActivityKind,
  Actor,
  ActorKind,
  AnnualReport,
  Area,
  AreaId,
  Bilingual,
  Commission,
  CommissionPart,
  Commitment,
  ComplianceInput,
  Consultation,
  ConsultationMode,
  ConsultationRequirement,
  ContentRequirement,
  CountyCode,
  Deliverable,
  DeliverableKind,
  DueRule,
  EffectiveDated,
  Evaluation,
  Explanation,
  Finding,
  Forum,
  ForumRecord,
  FundingApplication,
  Gender,
  Indicator,
  IsoDate,
  JsonSchemaDocument,
  JsonValue,
  Kind,
  KindType,
  LocalProfile,
  Meeting,
  MeetingKind,
  Message,
  MunicipalityCode,
  MunicipalPlan,
  Network,
  NetworkParticipation,
  Observation,
  Output,
  ParticipantCount,
  ParticipantRole,
  PartyRef,
  Period,
  Place,
  Principle,
  Programme,
  Result,
  RomaGroup,
  RomaGroupId,
  Scenario,
  ScenarioExpectation,
  Source,
  Submission,
  Target,
  TargetGroup,
  TraceStep,
  ValidationIssue,
  Verdict,
  Year,
} from "@romsk-inkludering/model";

// Statutory dates (@romsk-inkludering/calendar).
export {
  addDays,
  addWorkdays,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  deadlineStatus,
  DEADLINE_STATUS_LABELS,
  DEADLINE_STATUSES,
  DEFAULT_APPLY_STATUTORY_SHIFT,
  DEFAULT_DUE_SOON_DAYS,
  easterSunday,
  eachDay,
  isIsoDate,
  isPublicHoliday,
  isWorkday,
  iterateDays,
  MAX_YEAR,
  midsummerEve,
  MIN_YEAR,
  parseIsoDate,
  periodEnd,
  publicHolidays,
  statutoryDeadline,
  term,
  workdaysBetween,
  yearlyDates,
} from "@romsk-inkludering/calendar";
export type {
  DeadlineStatus,
  DeadlineStatusInput,
  DeadlineStatusResult,
  Holiday,
  HolidayId,
  IsoDateParseResult,
  IsoDateParts,
  PeriodLength,
  Term,
  TermName,
  YearlyRule,
} from "@romsk-inkludering/calendar";

// Reference data (@romsk-inkludering/catalog): the shipped catalog, its
// accessors (bound to the shipped catalog; a client's `catalog` is bound to
// the client's), and the tools to extend and check a catalog.
export {
  actorName,
  actorRoles,
  actors,
  areas,
  catalog,
  checkCatalog,
  citations,
  commissions,
  commissionsFor,
  counties,
  createCatalog,
  deliverableOccurrences,
  deliverables,
  evaluations,
  extendCatalog,
  forums,
  fundingApplications,
  indicators,
  getActor,
  getArea,
  getCommission,
  getCounty,
  getEvaluation,
  getForum,
  getFundingApplication,
  getIndicator,
  getLocalProfile,
  getNetwork,
  getPrinciple,
  getProgramme,
  getRomaGroup,
  getTargetGroup,
  localProfiles,
  municipalities,
  municipalityByCode,
  networkMembers,
  networkPartners,
  networks,
  principles,
  programmeMunicipalities,
  programmes,
  responsibleMinistry,
  romaGroups,
  strategy,
  targetGroups,
} from "@romsk-inkludering/catalog";
export type {
  ActorAsOf,
  ActorRoles,
  Catalog,
  CatalogAccessors,
  CatalogCheckResult,
  CatalogEntryKind,
  CatalogExtension,
  CatalogIssue,
  Citation,
  CommissionRole,
  County,
  DeliverableOccurrence,
  // The reports package has an identical `Lang` ("sv" | "en"); one is enough.
  Lang,
  NetworkPartner,
  Strategy,
} from "@romsk-inkludering/catalog";

// Compliance rules (@romsk-inkludering/rules): the registry and what a
// custom rule needs. Run checks with `client.check`.
export { compare, DEFAULT_SETTINGS, getRule, overrideSettings, registry, ruleDocUrl, rulesInForce, SETTINGS, SUBJECT_KINDS } from "@romsk-inkludering/rules";
export type {
  CatalogView,
  CompareSide,
  Comparison,
  Difference,
  Rule,
  RuleContext,
  RuleOutcome,
  RuleSettings,
  SettingDefinition,
  SettingKey,
  Subject,
  SubjectKind,
} from "@romsk-inkludering/rules";

// Reports (@romsk-inkludering/reports): renderers, progress, Kolada import
// and partial aggregates for streaming. Build reports with `client.aggregate`.
export {
  ACTOR_TYPES,
  areaActivitySpec,
  CSV_COLUMNS,
  DEFAULT_SUPPRESSION_THRESHOLD,
  emptyAggregate,
  evaluateProgress,
  importKolada,
  indicatorTrendSpec,
  merge,
  mergeAll,
  renderJson,
  renderMarkdown,
  summarize,
  summarizeAsync,
  toCsv,
  toCsvRows,
  VEGA_LITE_SCHEMA,
} from "@romsk-inkludering/reports";
export type {
  ActorType,
  ActorTypes,
  Aggregate,
  AreaChartOptions,
  Cell,
  Completeness,
  CsvRow,
  ExpectedReporter,
  KoladaImportResult,
  KoladaPage,
  MarkdownOptions,
  NationalReport,
  ProgressIndicator,
  ProgressResult,
  ProgressStatus,
  ReportIndicator,
  SummarizeOptions,
  TrendOptions,
  VegaLiteSpec,
} from "@romsk-inkludering/reports";
