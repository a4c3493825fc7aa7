/**
 * Vega-Lite specifications of the HTML report's charts (plain JSON, data
 * inline, labels from the model and the catalog, never raw ids), and
 * {@link chartSvg}, which draws one to SVG in Node with Vega (no browser,
 * no canvas).
 */
import { INDICATOR_UNIT_LABELS, POPULATION_LABELS, capitalised, type JsonValue, type Place } from "@romsk-inkludering/model";
import type { TopLevelSpec } from "vega-lite";
import { clean, langOption } from "../format.js";
import { ACTIVITY_KIND_NAMES, AREA_NAMES, GENDER_NAMES, TYPE_NAMES, type Lang } from "../labels.js";
import type { NationalReport } from "../report.js";
import { DEADLINE_STATUSES, type DeadlineStatus } from "@romsk-inkludering/calendar";
import { statusName } from "./markdown.js";
import { VEGA_LITE_SCHEMA } from "./vega.js";

/**
 * A chart of the HTML report as a Vega-Lite v5 specification: plain JSON
 * with its data inline, one mark (`mark`, `encoding`) or several layers
 * (`layer`) over the same data.
 *
 * @category Reports
 * @example
 * ```ts
 * import { VEGA_LITE_SCHEMA, type ChartSpec } from "@romsk-inkludering/reports/html";
 * const spec: ChartSpec = { $schema: VEGA_LITE_SCHEMA, title: "Insatser", description: "Antal insatser", data: { values: [] }, mark: "bar", encoding: {} };
 * spec.title;
 * // => "Insatser"
 * ```
 */
export interface ChartSpec {
  readonly $schema: typeof VEGA_LITE_SCHEMA;
  readonly title: string;
  /** What the chart shows, in one sentence (the figure's text alternative). */
  readonly description: string;
  readonly width?: number;
  readonly height?: number;
  readonly data: { readonly values: readonly { readonly [key: string]: JsonValue }[] };
  readonly mark?: JsonValue;
  readonly encoding?: { readonly [channel: string]: JsonValue };
  readonly layer?: readonly JsonValue[];
}

/**
 * Options of the chart builders: the language of every label.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ChartOptions } from "@romsk-inkludering/reports/html";
 * const options: ChartOptions = { lang: "sv" };
 * options.lang;
 * // => "sv"
 * ```
 */
export interface ChartOptions {
  /** Swedish (`"sv"`) or English (`"en"`, the default). */
  readonly lang?: Lang | undefined;
}

const WIDTH = 560;

/** The reporting statuses in the order of the chart, each with its colour. */
const STATUS_COLOURS: Readonly<Record<DeadlineStatus, string>> = {
  "on-time": "#2b7a3d",
  late: "#d68a00",
  overdue: "#b3261e",
  passed: "#8c1d18",
  "due-soon": "#4f6a8f",
  upcoming: "#6b7c93",
  "date-unknown": "#9aa5b1",
  "no-deadline": "#c5ccd3",
};

/**
 * A bar chart of the report's reporting status: how many reporters
 * reported on time, late, or not at all (and, when there are any, not yet
 * due, with no date, or with no deadline), from `report.completeness`.
 * Statuses with no reporter are left out.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * import { reportingStatusSpec } from "@romsk-inkludering/reports/html";
 * const report = buildNationalReport({
 *   year: 2017, suppressionThreshold: 5, asOf: "2018-05-02", deadline: "2018-04-15",
 *   expectedReporters: [{ actorId: "municipality-2180" }, { actorId: "skolverket" }],
 *   reports: [{ id: "r", year: 2017, actorId: "municipality-2180", reporterKind: "municipality", areas: [], activities: [], consultations: [], observations: [], problems: [], proposals: [], submittedOn: "2018-04-13" }],
 * });
 * reportingStatusSpec(report, { lang: "sv" }).data.values.map((v) => [v.status, v.reporters]);
 * // => [["I tid",1],["Försenad",1]]
 * ```
 */
export function reportingStatusSpec(report: NationalReport, options: ChartOptions = {}): ChartSpec {
  const lang = langOption("reportingStatusSpec", options);
  const c = report.completeness;
  // The calendar's one vocabulary, in its order; statuses with no reporter are left out.
  const present = DEADLINE_STATUSES.filter((status) => c.byStatus[status] > 0);
  const values = present.map((status) => ({ status: statusName(status, lang), reporters: c.byStatus[status] }));
  const expected = c.expected === null ? "" : lang === "sv" ? ` (${c.expected} förväntade)` : ` (${c.expected} expected)`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: lang === "sv" ? `Inrapportering ${report.year}${expected}` : `Reporting ${report.year}${expected}`,
    description:
      lang === "sv"
        ? "Antal rapportörer per status: i tid, för sent eller försenad (ej inkommen), med flera."
        : "Number of reporters by status: on time, late or overdue (not received), and others.",
    width: WIDTH - 160,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "status", type: "nominal", title: null, sort: present.map((s) => statusName(s, lang)) },
      x: { field: "reporters", type: "quantitative", title: lang === "sv" ? "Rapportörer" : "Reporters", axis: { tickMinStep: 1, format: "d" } },
      color: {
        field: "status",
        type: "nominal",
        legend: null,
        scale: { domain: present.map((s) => statusName(s, lang)), range: present.map((s) => STATUS_COLOURS[s]) },
      },
    },
  };
}

/** A stacked bar per group (actor type or area), its reporters by status in the calendar's order and colours. */
function statusStack(
  groups: readonly { readonly name: string; readonly byStatus: Readonly<Record<DeadlineStatus, number>> }[],
  lang: Lang,
  text: { readonly title: string; readonly description: string },
): ChartSpec {
  // Statuses with no reporter in any group are left out, and so are empty bars.
  const present = DEADLINE_STATUSES.filter((status) => groups.some((g) => g.byStatus[status] > 0));
  const values = groups.flatMap((g) =>
    present.filter((status) => g.byStatus[status] > 0).map((status) => ({ group: g.name, status: statusName(status, lang), reporters: g.byStatus[status] })),
  );
  return {
    $schema: VEGA_LITE_SCHEMA,
    ...text,
    width: WIDTH - 260,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "group", type: "nominal", title: null, sort: groups.map((g) => g.name), axis: { labelLimit: 320 } },
      x: { field: "reporters", type: "quantitative", stack: "zero", title: lang === "sv" ? "Rapportörer" : "Reporters", axis: { tickMinStep: 1, format: "d" } },
      color: {
        field: "status",
        type: "nominal",
        title: "Status",
        sort: present.map((s) => statusName(s, lang)),
        scale: { domain: present.map((s) => statusName(s, lang)), range: present.map((s) => STATUS_COLOURS[s]) },
        legend: { orient: "bottom" },
      },
    },
  };
}

/**
 * A stacked bar chart of the reporting status at a glance: the reporters
 * of each actor type by status, from `report.reportingStatus` (an actor of
 * two types counts in both). Each value is `{ group, status, reporters }`
 * with the actor type's and the status's names in the chart's language;
 * statuses with no reporter are left out.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * import { reportingByTypeSpec } from "@romsk-inkludering/reports/html";
 * const report = buildNationalReport({
 *   year: 2017, suppressionThreshold: 5, asOf: "2018-05-02", deadline: "2018-04-15",
 *   actorTypes: { "municipality-2180": ["development-municipality"] },
 *   expectedReporters: [{ actorId: "municipality-2180" }, { actorId: "skolverket" }],
 *   reports: [{ id: "r", year: 2017, actorId: "municipality-2180", reporterKind: "municipality", areas: [], activities: [], consultations: [], observations: [], problems: [], proposals: [], submittedOn: "2018-04-13" }],
 * });
 * reportingByTypeSpec(report, { lang: "sv" }).data.values.map((v) => [v.group, v.status, v.reporters]);
 * // => [["Utvecklingskommuner","I tid",1],["Övriga","Försenad",1]]
 * ```
 */
export function reportingByTypeSpec(report: NationalReport, options: ChartOptions = {}): ChartSpec {
  const lang = langOption("reportingByTypeSpec", options);
  // Reports of an older format have no reporting status.
  const groups = (report.reportingStatus as NationalReport["reportingStatus"] | undefined)?.byActorType ?? [];
  return statusStack(
    groups.map((g) => ({ name: TYPE_NAMES[g.actorType][lang], byStatus: g.byStatus })),
    lang,
    lang === "sv"
      ? { title: `Rapporteringsläge per aktörstyp ${report.year}`, description: "Antal rapportörer per aktörstyp och status." }
      : { title: `Reporting status by actor type ${report.year}`, description: "Number of reporters by actor type and status." },
  );
}

/**
 * A stacked bar chart of the reporting status by area: the reporters
 * active in each area (with an activity or a meeting there) by status,
 * from `report.reportingStatus.byArea`. A reporter without a report has no
 * area, so it shows only in {@link reportingByTypeSpec}. Each value is
 * `{ group, status, reporters }` with the area's and the status's names.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * import { reportingByAreaSpec } from "@romsk-inkludering/reports/html";
 * const report = buildNationalReport({
 *   year: 2017, suppressionThreshold: 5, asOf: "2018-05-02", deadline: "2018-04-15",
 *   expectedReporters: [{ actorId: "municipality-2180" }, { actorId: "skolverket" }],
 *   reports: [{ id: "r", year: 2017, actorId: "municipality-2180", reporterKind: "municipality", areas: ["education"], submittedOn: "2018-04-13", consultations: [], observations: [], problems: [], proposals: [],
 *     activities: [{ id: "a", actorId: "municipality-2180", areas: ["education"], kind: "other", title: "Läxhjälp", period: { from: "2017-01-01", to: "2017-12-31" }, outputs: [] }] }],
 * });
 * reportingByAreaSpec(report, { lang: "sv" }).data.values.map((v) => [v.group, v.status, v.reporters]);
 * // => [["Utbildning","I tid",1]]
 * ```
 */
export function reportingByAreaSpec(report: NationalReport, options: ChartOptions = {}): ChartSpec {
  const lang = langOption("reportingByAreaSpec", options);
  // Reports of an older format have no reporting status.
  const areas = (report.reportingStatus as NationalReport["reportingStatus"] | undefined)?.byArea ?? [];
  return statusStack(
    areas.map((a) => ({ name: AREA_NAMES[a.area][lang], byStatus: a.byStatus })),
    lang,
    lang === "sv"
      ? { title: `Rapporteringsläge per område ${report.year}`, description: "Antal rapportörer med insatser eller möten i området, per område och status." }
      : { title: `Reporting status by area ${report.year}`, description: "Number of reporters with activities or meetings in the area, by area and status." },
  );
}

/**
 * A stacked bar chart of the report's activities by area and kind, from
 * each area's all-actors row. Suppressed counts are kept as rows with
 * `activities` null (left out of the bars) and `suppressed: true`;
 * published zeros are left out.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * import { activityKindSpec } from "@romsk-inkludering/reports/html";
 * const activity = (id: string) => ({ id, actorId: "municipality-2180", areas: ["education" as const], kind: "homework-support" as const, title: "Läxhjälp i skolan", period: { from: "2017-01-01", to: "2017-12-31" }, outputs: [] });
 * const report = buildNationalReport({
 *   year: 2017, suppressionThreshold: 1, asOf: "2018-05-02",
 *   reports: [{ id: "r", year: 2017, actorId: "municipality-2180", reporterKind: "municipality", areas: ["education"], activities: [activity("a"), activity("b")], consultations: [], observations: [], problems: [], proposals: [] }],
 * });
 * activityKindSpec(report, { lang: "sv" }).data.values;
 * // => [{"area":"Utbildning","kind":"Läxläsning","activities":2,"suppressed":false}]
 * ```
 */
export function activityKindSpec(report: NationalReport, options: ChartOptions = {}): ChartSpec {
  const lang = langOption("activityKindSpec", options);
  const kinds = report.dimensions.activityKinds;
  const values = report.areas.flatMap((t) => {
    const all = t.rows.find((r) => r.actorType === "all");
    if (all === undefined) return [];
    return kinds
      .map((k) => ({ k, cell: all.measures.activitiesByKind[k] }))
      .filter(({ cell }) => cell !== undefined && cell.value !== 0)
      .map(({ k, cell }) => ({
        area: AREA_NAMES[t.area][lang],
        kind: ACTIVITY_KIND_NAMES[k][lang],
        activities: cell?.value ?? null,
        suppressed: cell?.suppressed !== null,
      }));
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: lang === "sv" ? `Insatser per område och slag ${report.year}` : `Activities by area and kind ${report.year}`,
    description:
      lang === "sv"
        ? "Antal insatser per område och slag; dolda antal ingår inte."
        : "Number of activities by area and kind; hidden counts are left out.",
    width: WIDTH - 260,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "area", type: "nominal", title: null, sort: report.areas.map((t) => AREA_NAMES[t.area][lang]), axis: { labelLimit: 320 } },
      x: { field: "activities", type: "quantitative", stack: "zero", title: lang === "sv" ? "Insatser" : "Activities", axis: { tickMinStep: 1, format: "d" } },
      color: {
        field: "kind",
        type: "nominal",
        title: lang === "sv" ? "Slag" : "Kind",
        sort: kinds.map((k) => ACTIVITY_KIND_NAMES[k][lang]),
        legend: { orient: "bottom", columns: 2, labelLimit: 260 },
      },
    },
  };
}

const SERIES_NAMES = {
  observed: { sv: "Värde", en: "Value" },
  gap: { sv: "Gap (romer − befolkningen)", en: "Gap (Roma − general population)" },
  baseline: { sv: "Utgångsvärde", en: "Baseline" },
  target: { sv: "Mållinje", en: "Target line" },
  roma: POPULATION_LABELS.roma,
  general: POPULATION_LABELS.general,
} as const;

/**
 * The name of an indicator in the report (from the catalog's definition),
 * or its id when the report has no definition for it.
 *
 * @internal
 */
export function indicatorTitle(report: NationalReport, indicatorId: string, lang: Lang): string {
  return report.indicators.definitions.find((d) => d.id === indicatorId)?.name?.[lang] ?? indicatorId;
}

/**
 * A line chart of an indicator's trend against its baseline and target
 * line, titled with the indicator's name and with its unit on the axis
 * (from the report's definitions, which the catalog fills).
 *
 * When the report has a progress result for the indicator, the chart
 * draws the series progress used (a gap measure plots the gap between
 * Roma and the general population), the baseline as a level line from
 * the baseline year, and the target line from the baseline to the target
 * value in the target year. Otherwise it draws the mean of each series
 * (gender and group) by year at the country level (or, failing that, the
 * county or municipal level) from the indicator statistics. A RangeError
 * names an indicator the report has neither for.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * import { indicatorProgressSpec } from "@romsk-inkludering/reports/html";
 * const report = buildNationalReport({
 *   year: 2021, reports: [], suppressionThreshold: 5, asOf: "2022-06-30",
 *   indicators: [{
 *     id: "eu-poverty-gap", name: { sv: "Fattigdomsgap mellan romer och befolkningen", en: "Poverty gap between Roma and the general population" },
 *     unit: "percentage-points", direction: "lower-is-better", population: "gap",
 *     baseline: { year: 2016, value: 80, comparison: 17 },
 *     target: { kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: 2016, year: 2030 },
 *   }],
 *   observations: [
 *     { indicatorId: "eu-poverty-gap", place: { level: "country" }, year: 2021, gender: "T", value: 80, group: "roma" },
 *     { indicatorId: "eu-poverty-gap", place: { level: "country" }, year: 2021, gender: "T", value: 17, group: "general" },
 *   ],
 * });
 * const spec = indicatorProgressSpec(report, "eu-poverty-gap", { lang: "en" });
 * spec.title;
 * // => "Poverty gap between Roma and the general population"
 * spec.data.values.map((v) => `${v.line} ${v.year}: ${v.value}`);
 * // => ["Gap (Roma − general population) 2021: 63","Baseline 2016: 63","Baseline 2030: 63","Target line 2016: 63","Target line 2030: 31.5"]
 * ```
 */
export function indicatorProgressSpec(report: NationalReport, indicatorId: string, options: ChartOptions = {}): ChartSpec {
  const lang = langOption("indicatorProgressSpec", options);
  const definition = report.indicators.definitions.find((d) => d.id === indicatorId);
  const name = indicatorTitle(report, indicatorId, lang);
  const unitLabel = definition?.unit === undefined || definition.unit === null ? null : INDICATOR_UNIT_LABELS[definition.unit];
  const unit = unitLabel === null ? null : unitLabel[lang];
  const progress = report.progress.find((p) => p.indicatorId === indicatorId);
  const values: { line: string; year: number; value: number }[] = [];
  const lines: string[] = [];
  const colours: string[] = [];
  const dashes: number[][] = [];
  const addLine = (line: string, colour: string, dash: number[]): void => {
    lines.push(line);
    colours.push(colour);
    dashes.push(dash);
  };
  if (progress !== undefined && (progress.evidence.series.length > 0 || progress.baseline !== null)) {
    const observed = progress.measure === "gap" ? SERIES_NAMES.gap[lang] : SERIES_NAMES.observed[lang];
    if (progress.evidence.series.length > 0) addLine(observed, "#1f4e79", []);
    for (const p of progress.evidence.series) values.push({ line: observed, year: p.year, value: clean(p.value) });
    const lastYear = Math.max(progress.targetYear ?? 0, ...progress.evidence.series.map((p) => p.year), progress.baseline?.year ?? 0);
    if (progress.baseline !== null) {
      const b = SERIES_NAMES.baseline[lang];
      addLine(b, "#6b7c93", [2, 3]);
      values.push({ line: b, year: progress.baseline.year, value: clean(progress.baseline.value) });
      if (lastYear > progress.baseline.year) values.push({ line: b, year: lastYear, value: clean(progress.baseline.value) });
    }
    const from = progress.trajectory ?? (progress.baseline !== null && progress.targetYear !== null && progress.targetValue !== null
      ? { fromYear: progress.baseline.year, fromValue: progress.baseline.value, toYear: progress.targetYear, toValue: progress.targetValue }
      : null);
    if (from !== null) {
      const t = SERIES_NAMES.target[lang];
      addLine(t, "#b3261e", [6, 4]);
      values.push({ line: t, year: from.fromYear, value: clean(from.fromValue) }, { line: t, year: from.toYear, value: clean(from.toValue) });
    }
  } else {
    const stats = report.indicators.stats.filter((s) => s.indicatorId === indicatorId && s.mean !== null);
    const levels: Place["level"][] = ["country", "county", "municipality"];
    const level = levels.find((l) => stats.some((s) => s.level === l));
    if (level === undefined) {
      throw new RangeError(`indicatorProgressSpec: the report has no progress and no values for the indicator ${JSON.stringify(indicatorId.slice(0, 80))}`);
    }
    const palette = ["#1f4e79", "#d68a00", "#2b7a3d", "#7b3f99", "#b3261e", "#6b7c93"];
    for (const s of stats.filter((x) => x.level === level)) {
      const series = s.group === null ? GENDER_NAMES[s.gender][lang] : `${GENDER_NAMES[s.gender][lang]}, ${SERIES_NAMES[s.group][lang]}`;
      if (!lines.includes(series)) addLine(series, palette[lines.length % palette.length] ?? "#1f4e79", []);
      values.push({ line: series, year: s.year, value: clean(s.mean ?? 0) });
    }
  }
  const meanOf = progress === undefined ? (lang === "sv" ? "medelvärde per år" : "mean by year") : lang === "sv" ? "utveckling mot utgångsvärde och mål" : "trend against baseline and target";
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: name,
    description: `${name}${unit === null ? "" : ` (${unit})`}: ${meanOf}`,
    width: WIDTH - 200,
    height: 220,
    data: { values },
    mark: { type: "line", point: true, tooltip: true },
    encoding: {
      x: { field: "year", type: "quantitative", title: lang === "sv" ? "År" : "Year", scale: { zero: false, nice: false }, axis: { format: "d", tickMinStep: 1 } },
      y: { field: "value", type: "quantitative", title: unitLabel === null ? (lang === "sv" ? "Värde" : "Value") : capitalised(unitLabel)[lang], scale: { zero: false } },
      color: { field: "line", type: "nominal", title: null, sort: lines, scale: { domain: lines, range: colours }, legend: { orient: "bottom", labelLimit: 300 } },
      strokeDash: { field: "line", type: "nominal", title: null, sort: lines, scale: { domain: lines, range: dashes }, legend: { orient: "bottom", labelLimit: 300 } },
    },
  };
}

/**
 * Draws a chart to an SVG string in Node with Vega (`renderer: "none"`: no
 * browser, canvas or network): Vega-Lite compiles the spec, Vega renders
 * it, and the SVG carries its fonts as generic families, so it shows the
 * same wherever it is embedded. Vega and Vega-Lite are imported when the
 * first chart is drawn (they are ES modules with top-level await, so this
 * also works from CommonJS).
 *
 * @category Reports
 * @example
 * ```ts
 * import { chartSvg, VEGA_LITE_SCHEMA } from "@romsk-inkludering/reports/html";
 * const svg = await chartSvg({ $schema: VEGA_LITE_SCHEMA, title: "Insatser", description: "Antal", data: { values: [{ a: "Utbildning", n: 3 }] }, mark: "bar", encoding: { x: { field: "a", type: "nominal" }, y: { field: "n", type: "quantitative" } } });
 * [svg.startsWith("<svg"), svg.includes("Utbildning")];
 * // => [true,true]
 * ```
 */
export async function chartSvg(spec: ChartSpec): Promise<string> {
  const config = {
    font: "Liberation Sans, Arial, Helvetica, sans-serif",
    background: "white",
    view: { stroke: null },
    title: { anchor: "start", fontSize: 14, fontWeight: 600, limit: WIDTH },
    axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 240 },
    legend: { labelFontSize: 11, titleFontSize: 11 },
  };
  // Loaded when a chart is drawn: Vega is ESM with top-level await, which a CommonJS require cannot load, and importing this entry stays cheap.
  const [{ parse, View }, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  const compiled = compile({ ...spec, config } as unknown as TopLevelSpec).spec;
  const view = new View(parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
