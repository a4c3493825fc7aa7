/**
 * The national report as flat rows for notebooks (one record per cell, with
 * suppression flags) and as CSV text.
 */
import type { Cell } from "../suppression.js";
import type { AreaTable, NationalReport } from "../report.js";

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
  readonly section: "activity" | "completeness" | "indicator" | "indicator-group" | "progress";
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
 * Flattens the report into one record per cell, for notebooks and
 * spreadsheets: the overview and area tables (with suppression flags; a
 * suppressed cell has `value` null), each reporter's status, indicator
 * statistics and group averages, and progress figures.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport, toCsvRows } from "@romsk-inkludering/reports";
 * const report = buildNationalReport({ year: 2017, reports: [], suppressionThreshold: 5, asOf: "2018-04-16" });
 * toCsvRows(report).map((r) => [r.measure, r.value]);
 * // => [["reports",0],["active-actors",0],["activities",0],["funding-sek",0],["meetings",0],["participants",0]]
 * ```
 */
export function toCsvRows(report: NationalReport): CsvRow[] {
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
      text: r.status,
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
    rows.push({ ...base, year: report.year, measure: "status", text: p.status });
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
 * @category Reports
 * @example
 * ```ts
 * import { toCsv } from "@romsk-inkludering/reports";
 * toCsv([{ name: "Hälsa, social omsorg och trygghet", note: 'kallas "hälsoinspiratörer"', value: 160 }], ["name", "note", "value"]);
 * // => "name,note,value\r\n\"Hälsa, social omsorg och trygghet\",\"kallas \"\"hälsoinspiratörer\"\"\",160\r\n"
 * ```
 */
export function toCsv(rows: Iterable<object>, columns: readonly string[] = CSV_COLUMNS): string {
  let out = `${columns.map(field).join(",")}\r\n`;
  for (const r of rows) {
    const record = r as Record<string, unknown>;
    out += `${columns.map((c) => field(Object.prototype.hasOwnProperty.call(record, c) ? record[c] : undefined)).join(",")}\r\n`;
  }
  return out;
}
