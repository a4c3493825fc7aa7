/**
 * The national report as one self-contained HTML file, with charts drawn
 * to SVG in Node by Vega and Vega-Lite, and dates written for people with
 * date-fns. A subpath of its own so that the core entry point (and every
 * app that only validates, checks or aggregates) never bundles Vega: see
 * `DESIGN.md`, "Heavy dependencies stay optional".
 *
 * @packageDocumentation
 * @module @romsk-inkludering/reports/html
 */
export { renderHtml } from "./render/html.js";
export type { HtmlOptions } from "./render/html.js";
export { activityKindSpec, chartSvg, indicatorProgressSpec, reportingByAreaSpec, reportingByTypeSpec, reportingStatusSpec } from "./render/charts.js";
export type { ChartOptions, ChartSpec } from "./render/charts.js";
export { displayDate } from "./render/dates.js";
export { VEGA_LITE_SCHEMA } from "./render/vega.js";
