/**
 * The national report as flat rows for notebooks (one record per cell, with
 * suppression flags) and as CSV text.
 */
import { DEADLINE_STATUSES } from "@romsk-inkludering/calendar";
import { langOption } from "../format.js";
import type { Lang } from "../labels.js";
import type { Cell } from "../suppression.js";
import type { AreaTable, NationalReport } from "../report.js";
import { progressName, statusName } from "./markdown.js";

/**
 * One cell of the report as a flat record. Columns that do not apply are
 * empty strings; `year` is the year the value refers to (the report's year
 * for counts, the observation year for indicators, the baseline, latest or
 * target year for progress figures). `value` is null when suppressed (see
 * `suppressed`) or not applicable; `text` carries statuses.
 *
 * Sections and measures:
 * - `activity`: `reports`, `active-actors`, `activities`,
 *   `activities-by-kind`, `output-low`, `output-high` (category: the
 *   metric), `funding-sek`, `meetings`, `meetings-by-kind`, `participants`,
 *   `participants-by-role`, `participants-by-roma-group`,
 *   `participants-by-youth`; area `all` is the overview;
 * - `completeness`: `reporter` (category: actor id; value: days late; text:
 *   status; date: submitted on); `replaced-report` (category: the id of a
 *   report a later copy replaced; value: its position in the input, from 0;
 *   text: the id of the report used instead; date: submitted on);
 * - `reporting-status` (the reporting status at a glance; counts of
 *   organisations and indicators, never suppressed): per actor type, then
 *   `all` for the total (area empty), `expected` (null when no list of
 *   expected reporters was given), `reported`, `not-reported` and
 *   `reporters-by-status` (category: the status); per area (actorType
 *   `all`), `reports`, `active-actors` and `reporters-by-status`; per
 *   indicator (indicatorId), `has-data-for-year` (1 or 0) and
 *   `latest-year` (null when none), then `indicators`,
 *   `indicators-with-data` and `indicators-with-data-for-year` (indicatorId
 *   empty). `reporters-by-status` rows come for each status that any
 *   reporter has, in the calendar's order, zeros included, the columns of
 *   the Markdown and HTML tables;
 * - `indicator`: `observations`, `missing`, `sum`, `min`, `max`, `mean`;
 * - `indicator-group`: `members`, `contributing`, `missing`, `mean`,
 *   `min`, `max` (actorType: the group);
 * - `progress`: `status` (text), `baseline`, `latest`, `target`,
 *   `expected-at-latest`, `expected-now`.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { CsvRow } from "@romsk-inkludering/reports";
 * const r: CsvRow = {
 *   section: "activity", year: 2017, area: "all", actorType: "pilot", measure: "active-actors", category: "",
 *   indicatorId: "", level: "", gender: "", group: "", date: "", value: null, text: "", suppressed: "primary",
 * };
 * r.suppressed;
 * // => "primary"
 * ```
 */
export interface CsvRow {
  readonly section: "activity" | "completeness" | "reporting-status" | "indicator" | "indicator-group" | "progress";
  readonly year: number;
  readonly area: string;
  readonly actorType: string;
  readonly measure: string;
  readonly category: string;
  readonly indicatorId: string;
  readonly level: string;
  readonly gender: string;
  readonly group: string;
  readonly date: string;
  readonly value: number | null;
  readonly text: string;
  readonly suppressed: "" | "primary" | "secondary";
}

/**
 * The columns of {@link CsvRow}, in order.
 *
 * @category Reports
 * @example
 * ```ts
 * import { CSV_COLUMNS } from "@romsk-inkludering/reports";
 * CSV_COLUMNS.length;
 * // => 14
 * ```
 */
export const CSV_COLUMNS: readonly (keyof CsvRow)[] = Object.freeze([
  "section",
  "year",
  "area",
  "actorType",
  "measure",
  "category",
  "indicatorId",
  "level",
  "gender",
  "group",
  "date",
  "value",
  "text",
  "suppressed",
] as const);

const BLANK = {
  area: "",
  actorType: "",
  measure: "",
  category: "",
  indicatorId: "",
  level: "",
  gender: "",
  group: "",
  date: "",
  value: null,
  text: "",
  suppressed: "",
} as const;

function activityRows(report: NationalReport, t: AreaTable): CsvRow[] {
  const rows: CsvRow[] = [];
  const d = report.dimensions;
  for (const { actorType, measures: m } of t.rows) {
    const base = { ...BLANK, section: "activity" as const, year: report.year, area: t.area, actorType };
    const cell = (measure: string, c: Cell | undefined, category = ""): void => {
      rows.push({ ...base, measure, category, value: c?.value ?? (c === undefined ? 0 : null), suppressed: c?.suppressed ?? "" });
    };
    cell("reports", m.reports);
    cell("active-actors", m.activeActors);
    cell("activities", m.activities);
    for (const k of d.activityKinds) cell("activities-by-kind", m.activitiesByKind[k], k);
    for (const metric of d.outputMetrics) {
      cell("output-low", m.outputs[metric]?.low, metric);
      cell("output-high", m.outputs[metric]?.high, metric);
    }
    rows.push({ ...base, measure: "funding-sek", value: m.fundingSek });
    cell("meetings", m.meetings);
    for (const k of d.meetingKinds) cell("meetings-by-kind", m.meetingsByKind[k], k);
    cell("participants", m.participants);
    for (const k of d.roles) cell("participants-by-role", m.participantsByRole[k], k);
    for (const k of d.romaGroups) cell("participants-by-roma-group", m.participantsByRomaGroup[k], k);
    for (const k of d.youth) cell("participants-by-youth", m.participantsByYouth[k], k);
  }
  return rows;
}

/**
 * Options of {@link toCsvRows} and {@link toCsv}: the language a person
 * reads the CSV in.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { CsvOptions } from "@romsk-inkludering/reports";
 * const options: CsvOptions = { lang: "sv" };
 * options.lang;
 * // => "sv"
 * ```
 */
export interface CsvOptions {
  /**
   * `"sv"`: the header names the columns in Swedish and `text` gives each
   * status in Swedish words ("I tid", "Försenad"); ids stay ids in every
   * other column. `"en"` (the default): the header is the column names and
   * every value an id, the form notebooks read.
   */
  readonly lang?: Lang | undefined;
}

/** The header in Swedish: each column's Swedish term, as the model's field descriptions name them. */
const SWEDISH_COLUMNS: Readonly<Record<keyof CsvRow, string>> = Object.freeze({
  section: "avsnitt",
  year: "år",
  area: "område",
  actorType: "aktörstyp",
  measure: "mått",
  category: "kategori",
  indicatorId: "indikator",
  level: "nivå",
  gender: "kön",
  group: "grupp",
  date: "datum",
  value: "värde",
  text: "text",
  suppressed: "dold",
});

function reportingStatusRows(report: NationalReport, sv: boolean): CsvRow[] {
  // Reports of an older format have no reporting status.
  const s = report.reportingStatus as NationalReport["reportingStatus"] | undefined;
  if (s === undefined || (s.byActorType.length === 0 && s.byArea.length === 0 && s.indicators.length === 0)) return [];
  const rows: CsvRow[] = [];
  const base = { ...BLANK, section: "reporting-status" as const, year: report.year };
  // The status columns of the Markdown and HTML tables: those with a reporter anywhere.
  const statuses = DEADLINE_STATUSES.filter((status) => s.byStatus[status] > 0);
  const byStatus = (row: CsvRow, counts: Readonly<Record<(typeof statuses)[number], number>>): void => {
    for (const status of statuses) {
      rows.push({ ...row, measure: "reporters-by-status", category: status, value: counts[status], text: sv ? statusName(status, "sv") : "" });
    }
  };
  // The actor types, then their total, as the Markdown's table.
  for (const g of s.byActorType.length === 0 ? [] : [...s.byActorType, { ...s, actorType: "all" }]) {
    const row = { ...base, actorType: g.actorType };
    rows.push({ ...row, measure: "expected", value: g.expected }, { ...row, measure: "reported", value: g.reported }, { ...row, measure: "not-reported", value: g.notReported });
    byStatus(row, g.byStatus);
  }
  for (const a of s.byArea) {
    const row = { ...base, area: a.area, actorType: "all" };
    rows.push({ ...row, measure: "reports", value: a.reports }, { ...row, measure: "active-actors", value: a.activeActors });
    byStatus(row, a.byStatus);
  }
  for (const i of s.indicators) {
    const row = { ...base, indicatorId: i.indicatorId };
    rows.push({ ...row, measure: "has-data-for-year", value: i.hasDataForYear ? 1 : 0 }, { ...row, measure: "latest-year", value: i.latestYear });
  }
  if (s.indicators.length > 0) {
    rows.push(
      { ...base, measure: "indicators", value: s.indicators.length },
      { ...base, measure: "indicators-with-data", value: s.indicatorsWithData },
      { ...base, measure: "indicators-with-data-for-year", value: s.indicatorsWithDataForYear },
    );
  }
  return rows;
}

/**
 * Flattens the report into one record per cell, for notebooks and
 * spreadsheets: the overview and area tables (with suppression flags; a
 * suppressed cell has `value` null), each reporter's status, the reporting
 * status at a glance, indicator statistics and group averages, and
 * progress figures. With `lang: "sv"` the statuses in `text` are Swedish
 * words.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport, toCsvRows } from "@romsk-inkludering/reports";
 * const report = buildNationalReport({ year: 2017, reports: [], suppressionThreshold: 5, asOf: "2018-04-16" });
 * toCsvRows(report).map((r) => [r.measure, r.value]);
 * // => [["reports",0],["active-actors",0],["activities",0],["funding-sek",0],["meetings",0],["participants",0]]
 * const missing = buildNationalReport({ year: 2017, reports: [], expectedReporters: [{ actorId: "municipality-1283" }], deadline: "2018-04-15", suppressionThreshold: 5, asOf: "2018-05-02" });
 * toCsvRows(missing, { lang: "sv" }).filter((r) => r.section === "reporting-status" && r.actorType === "all").map((r) => [r.measure, r.category, r.value, r.text]);
 * // => [["expected","",1,""],["reported","",0,""],["not-reported","",1,""],["reporters-by-status","overdue",1,"Försenad"]]
 * ```
 */
export function toCsvRows(report: NationalReport, options: CsvOptions = {}): CsvRow[] {
  const sv = langOption("toCsvRows", options) === "sv";
  const rows: CsvRow[] = [...activityRows(report, report.overview)];
  for (const t of report.areas) rows.push(...activityRows(report, t));

  for (const r of report.completeness.reporters) {
    rows.push({
      ...BLANK,
      section: "completeness",
      year: report.year,
      measure: "reporter",
      category: r.actorId,
      date: r.submittedOn ?? "",
      value: r.daysLate,
      text: sv ? statusName(r.status, "sv") : r.status,
    });
  }

  // Reports of an older format have no `replaced`.
  for (const r of report.replaced ?? []) {
    rows.push({
      ...BLANK,
      section: "completeness",
      year: report.year,
      measure: "replaced-report",
      category: r.id,
      date: r.submittedOn ?? "",
      value: r.index,
      text: r.replacedBy.id,
    });
  }

  rows.push(...reportingStatusRows(report, sv));

  for (const s of report.indicators.stats) {
    const base = {
      ...BLANK,
      section: "indicator" as const,
      year: s.year,
      indicatorId: s.indicatorId,
      level: s.level,
      gender: s.gender,
      group: s.group ?? "",
    };
    rows.push(
      { ...base, measure: "observations", value: s.observations },
      { ...base, measure: "missing", value: s.missing },
      { ...base, measure: "sum", value: s.sum },
      { ...base, measure: "min", value: s.min },
      { ...base, measure: "max", value: s.max },
      { ...base, measure: "mean", value: s.mean },
    );
  }

  for (const g of report.indicators.groups) {
    const base = {
      ...BLANK,
      section: "indicator-group" as const,
      year: g.year,
      indicatorId: g.indicatorId,
      level: "municipality",
      gender: g.gender,
      group: g.group ?? "",
      actorType: g.actorType,
    };
    rows.push(
      { ...base, measure: "members", value: g.members },
      { ...base, measure: "contributing", value: g.contributing },
      { ...base, measure: "missing", value: g.missing },
      { ...base, measure: "mean", value: g.mean },
      { ...base, measure: "min", value: g.min },
      { ...base, measure: "max", value: g.max },
    );
  }

  for (const p of report.progress) {
    const base = {
      ...BLANK,
      section: "progress" as const,
      indicatorId: p.indicatorId,
      level: p.evidence.place.level,
      gender: p.evidence.gender,
      group: p.measure === "gap" ? "gap" : "",
    };
    rows.push({ ...base, year: report.year, measure: "status", text: sv ? progressName(p.status, "sv") : p.status });
    if (p.baseline !== null) rows.push({ ...base, year: p.baseline.year, measure: "baseline", value: p.baseline.value });
    if (p.latest !== null) rows.push({ ...base, year: p.latest.year, measure: "latest", value: p.latest.value });
    if (p.targetValue !== null && p.targetYear !== null) rows.push({ ...base, year: p.targetYear, measure: "target", value: p.targetValue });
    if (p.expectedAtLatest !== null && p.latest !== null) {
      rows.push({ ...base, year: p.latest.year, measure: "expected-at-latest", value: p.expectedAtLatest });
    }
    if (p.expectedNow !== null) rows.push({ ...base, year: p.expectedNow.year, measure: "expected-now", value: p.expectedNow.value });
  }
  return rows;
}

function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV (RFC 4180): a header line, then one line per row,
 * lines ended by CRLF; a field with a comma, double quote, line break or
 * leading or trailing space is quoted, with quotes doubled; null and
 * undefined are empty fields; numbers use `.` as decimal mark.
 *
 * @param rows - Records (e.g. from {@link toCsvRows}).
 * @param columns - The columns, in order (default: {@link CSV_COLUMNS}).
 * @param options - `lang: "sv"` names the columns of {@link CSV_COLUMNS}
 *   in Swedish in the header ("avsnitt", "år", "område", …); other columns
 *   keep their names.
 * @category Reports
 * @example
 * ```ts
 * import { toCsv } from "@romsk-inkludering/reports";
 * toCsv([{ name: "Hälsa, social omsorg och trygghet", note: 'kallas "hälsoinspiratörer"', value: 160 }], ["name", "note", "value"]);
 * // => "name,note,value\r\n\"Hälsa, social omsorg och trygghet\",\"kallas \"\"hälsoinspiratörer\"\"\",160\r\n"
 * toCsv([], ["section", "year", "value"], { lang: "sv" });
 * // => "avsnitt,år,värde\r\n"
 * ```
 */
export function toCsv(rows: Iterable<object>, columns: readonly string[] = CSV_COLUMNS, options: CsvOptions = {}): string {
  const sv = langOption("toCsv", options) === "sv";
  const name = (c: string): string => (sv && Object.prototype.hasOwnProperty.call(SWEDISH_COLUMNS, c) ? SWEDISH_COLUMNS[c as keyof CsvRow] : c);
  let out = `${columns.map((c) => field(name(c))).join(",")}\r\n`;
  for (const r of rows) {
    const record = r as Record<string, unknown>;
    out += `${columns.map((c) => field(Object.prototype.hasOwnProperty.call(record, c) ? record[c] : undefined)).join(",")}\r\n`;
  }
  return out;
}
