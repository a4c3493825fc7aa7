/**
 * Vega-Lite (v5) chart specifications with the data inline.
 */
import type { JsonValue, Place } from "@romsk-inkludering/model";
import { POPULATION_LABELS } from "@romsk-inkludering/model";
import { langOption } from "../format.js";
import { AREA_NAMES, GENDER_NAMES, TYPE_NAMES, type Lang } from "../labels.js";
import type { NationalReport } from "../report.js";

/**
 * The Vega-Lite v5 schema URL every spec names.
 *
 * @category Reports
 * @example
 * ```ts
 * import { VEGA_LITE_SCHEMA } from "@romsk-inkludering/reports";
 * VEGA_LITE_SCHEMA;
 * // => "https://vega.github.io/schema/vega-lite/v5.json"
 * ```
 */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/**
 * A Vega-Lite specification as plain JSON (data inline).
 *
 * @category Reports
 * @example
 * ```ts
 * import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "@romsk-inkludering/reports";
 * const spec: VegaLiteSpec = { $schema: VEGA_LITE_SCHEMA, data: { values: [] }, mark: "bar", encoding: {} };
 * spec.mark;
 * // => "bar"
 * ```
 */
export interface VegaLiteSpec {
  readonly $schema: typeof VEGA_LITE_SCHEMA;
  readonly title?: string;
  readonly description?: string;
  readonly data: { readonly values: readonly { readonly [key: string]: JsonValue }[] };
  readonly mark: JsonValue;
  readonly encoding: { readonly [channel: string]: JsonValue };
}

/**
 * Options of {@link indicatorTrendSpec}.
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { TrendOptions } from "@romsk-inkludering/reports";
 * const options: TrendOptions = { lang: "en", level: "municipality" };
 * options.level;
 * // => "municipality"
 * ```
 */
export interface TrendOptions {
  /** Swedish (`"sv"`) or English (`"en"`, the default). */
  readonly lang?: Lang | undefined;
  /** The place level to plot (default: the country). */
  readonly level?: Place["level"];
}

const SERIES = {
  ...GENDER_NAMES,
  roma: POPULATION_LABELS.roma,
  general: POPULATION_LABELS.general,
} as const;

/**
 * A line chart of an indicator's mean by year (one line per gender and
 * group) at one place level, from the report's indicator statistics.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { buildNationalReport, indicatorTrendSpec } from "@romsk-inkludering/reports";
 * const report = buildNationalReport({
 *   year: 2019, reports: [], suppressionThreshold: 5, asOf: "2020-04-15",
 *   observations: [
 *     { indicatorId: "n00914", place: { level: "country" }, year: 2018, gender: "T", value: 80.2 },
 *     { indicatorId: "n00914", place: { level: "country" }, year: 2019, gender: "T", value: 80.5 },
 *   ],
 * });
 * indicatorTrendSpec(report, "n00914", { lang: "en" }).data.values;
 * // => [{"year":2018,"mean":80.2,"series":"Total","gender":"T","group":null,"observations":1},{"year":2019,"mean":80.5,"series":"Total","gender":"T","group":null,"observations":1}]
 * ```
 */
export function indicatorTrendSpec(report: NationalReport, indicatorId: string, options: TrendOptions = {}): VegaLiteSpec {
  const lang = langOption("indicatorTrendSpec", options);
  const level: unknown = (options as TrendOptions | null | undefined)?.level ?? "country";
  if (level !== "country" && level !== "county" && level !== "municipality") {
    throw new RangeError(`indicatorTrendSpec: level must be "country", "county" or "municipality", got ${typeof level === "string" ? JSON.stringify(level.slice(0, 40)) : typeof level}`);
  }
  const definition = report.indicators.definitions.find((d) => d.id === indicatorId);
  const name = definition?.name?.[lang] ?? indicatorId;
  const values = report.indicators.stats
    .filter((s) => s.indicatorId === indicatorId && s.level === level && s.mean !== null)
    .map((s) => ({
      year: s.year,
      mean: s.mean,
      series: s.group === null ? SERIES[s.gender][lang] : `${SERIES[s.gender][lang]}, ${SERIES[s.group][lang]}`,
      gender: s.gender,
      group: s.group,
      observations: s.observations,
    }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: name,
    description: lang === "sv" ? `${name}: medelvärde per år` : `${name}: mean by year`,
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "year", type: "ordinal", title: lang === "sv" ? "År" : "Year" },
      y: { field: "mean", type: "quantitative", title: name },
      color: { field: "series", type: "nominal", title: lang === "sv" ? "Serie" : "Series" },
      tooltip: [
        { field: "year", type: "ordinal" },
        { field: "series", type: "nominal" },
        { field: "mean", type: "quantitative" },
        { field: "observations", type: "quantitative" },
      ],
    },
  };
}

/**
 * Options of {@link areaActivitySpec}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { AreaChartOptions } from "@romsk-inkludering/reports";
 * const options: AreaChartOptions = { lang: "sv" };
 * options.lang;
 * // => "sv"
 * ```
 */
export interface AreaChartOptions {
  /** Swedish (`"sv"`) or English (`"en"`, the default). */
  readonly lang?: Lang | undefined;
}

/**
 * A stacked bar chart of activities per area and actor type, from the
 * report's area tables. Suppressed counts are kept as rows with `activities`
 * null (Vega-Lite leaves them out of the bars) and `suppressed: true`.
 *
 * @category Reports
 * @example
 * ```ts
 * import { areaActivitySpec, buildNationalReport } from "@romsk-inkludering/reports";
 * const report = buildNationalReport({ year: 2017, reports: [], suppressionThreshold: 5, asOf: "2018-04-16" });
 * const spec = areaActivitySpec(report, { lang: "sv" });
 * [spec.$schema, spec.mark, spec.data.values.length];
 * // => ["https://vega.github.io/schema/vega-lite/v5.json","bar",0]
 * ```
 */
export function areaActivitySpec(report: NationalReport, options: AreaChartOptions = {}): VegaLiteSpec {
  const lang = langOption("areaActivitySpec", options);
  const values = report.areas.flatMap((t) =>
    t.rows
      .filter((r) => r.actorType !== "all")
      .map((r) => ({
        area: AREA_NAMES[t.area][lang],
        actorType: TYPE_NAMES[r.actorType][lang],
        activities: r.measures.activities.value,
        suppressed: r.measures.activities.suppressed !== null,
      })),
  );
  const title = lang === "sv" ? `Insatser per område ${report.year}` : `Activities by area ${report.year}`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    description:
      lang === "sv"
        ? "Antal insatser per område och aktörstyp; dolda antal ingår inte."
        : "Number of activities by area and actor type; hidden counts are left out.",
    data: { values },
    mark: "bar",
    encoding: {
      x: { field: "area", type: "nominal", title: lang === "sv" ? "Område" : "Area", sort: report.areas.map((t) => AREA_NAMES[t.area][lang]) },
      y: { field: "activities", type: "quantitative", stack: "zero", title: lang === "sv" ? "Insatser" : "Activities" },
      color: {
        field: "actorType",
        type: "nominal",
        title: lang === "sv" ? "Aktörstyp" : "Actor type",
        sort: report.dimensions.actorTypes.map((t) => TYPE_NAMES[t][lang]),
      },
      tooltip: [
        { field: "area", type: "nominal" },
        { field: "actorType", type: "nominal" },
        { field: "activities", type: "quantitative" },
      ],
    },
  };
}
