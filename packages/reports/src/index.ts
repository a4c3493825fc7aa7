/**
 * Aggregation of municipal and agency annual reports and indicator
 * observations into the national annual report of Sweden's strategy for
 * Roma inclusion: mergeable partial aggregates, completeness, small-cell
 * suppression, progress against baselines and targets, import of
 * Kolada-shaped data, and renderers (JSON, Markdown, CSV, Vega-Lite).
 *
 * @packageDocumentation
 * @module @romsk-inkludering/reports
 */
export { ACTOR_TYPES } from "./labels.js";
export type { ActorType, ActorTypes, AreaKey, Lang, OutputMetric, RomaGroupKey, TypeKey, YouthKey } from "./labels.js";
export {
  AGGREGATE_FORMAT,
  emptyAggregate,
  exactSumValue,
  merge,
  mergeAll,
  statsMean,
  summarize,
  summarizeAsync,
} from "./aggregate.js";
export type {
  ActivityCell,
  Aggregate,
  AggregateItem,
  ExactSum,
  ParticipantTotals,
  SubmissionCell,
  SummarizeOptions,
  ValueStats,
} from "./aggregate.js";
export {
  countsPeople,
  DEFAULT_SUPPRESSION_THRESHOLD,
  exposedCells,
  isSmallCount,
  PEOPLE_OUTPUT_METRICS,
  suppressCounts,
  suppressionPolicy,
  suppressTable,
} from "./suppression.js";
export type {
  Cell,
  CountTable,
  PublishedMeasure,
  Relation,
  SuppressedMeasure,
  SuppressedTable,
  SuppressionKind,
  SuppressionPolicy,
} from "./suppression.js";
export { evaluateProgress } from "./progress.js";
export type {
  ProgressIndicator,
  ProgressOptions,
  ProgressPoint,
  ProgressReason,
  ProgressResult,
  ProgressStatus,
  Trajectory,
} from "./progress.js";
export { importKolada, koladaPlace } from "./kolada.js";
export type { KoladaImportOptions, KoladaImportResult, KoladaPage, KoladaRejectedRow } from "./kolada.js";
export { assessCompleteness } from "./completeness.js";
export type { Completeness, CompletenessOptions, ExpectedReporter, ReporterEntry } from "./completeness.js";
export { buildNationalReport, REPORT_FORMAT } from "./report.js";
export { reportingStatus } from "./reporting-status.js";
export type { IndicatorDataStatus, ReportingGroup, ReportingStatus, ReportingStatusOptions } from "./reporting-status.js";
export { dedupeReports } from "./duplicates.js";
export type { DedupedReports, DedupeOptions, ReplacedReport, ReportIdentity, ReportRef } from "./duplicates.js";
export type {
  AreaTable,
  IndicatorGroupRow,
  IndicatorStatsRow,
  MeasureCells,
  NationalReport,
  NationalReportInput,
  ReportDimensions,
  ReportIndicator,
} from "./report.js";
export { renderJson } from "./render/json.js";
export { renderMarkdown } from "./render/markdown.js";
export type { MarkdownOptions } from "./render/markdown.js";
export { CSV_COLUMNS, toCsv, toCsvRows } from "./render/csv.js";
export type { CsvOptions, CsvRow } from "./render/csv.js";
export { areaActivitySpec, indicatorTrendSpec, VEGA_LITE_SCHEMA } from "./render/vega.js";
export type { AreaChartOptions, TrendOptions, VegaLiteSpec } from "./render/vega.js";
