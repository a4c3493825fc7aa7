/**
 * The national report as JSON text.
 */
import type { NationalReport } from "../report.js";

/**
 * The report as JSON text: two-space indentation, keys in the report's
 * fixed order, one final newline. The report is plain JSON already; this
 * gives the canonical text to store or diff.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport, renderJson } from "@romsk-inkludering/reports";
 * const report = buildNationalReport({ year: 2017, reports: [], suppressionThreshold: 5, asOf: "2018-04-16" });
 * const { policy, ...counts } = JSON.parse(renderJson(report)).suppression;
 * [counts, policy.protects];
 * // => [{"threshold":5,"primaryCells":0,"secondaryCells":0},"people"]
 * ```
 */
export function renderJson(report: NationalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
