import type { Rule } from "../types.js";
import { MEASURE_DUTIES, measuresRule } from "../minority-act.js";

/**
 * Rule `minority-act.information` (lag 2009:724 §3, from 2010-01-01): per
 * authority and year, did the authority inform the national minorities,
 * the Roma among them, of their rights? Judged from the actor's annual
 * report for the year (`rightsInformation`): measures stated pass; an
 * empty list (the report says nothing was done) fails once the year has
 * ended; a report that says nothing, or no report, is a warning. A year
 * still running as of `asOf` is never a fail: the finding says it is still
 * running. Applies to municipalities, regions, and state authorities whose
 * work matters to the minorities (the catalog's `sfs-2009-724-3`). Subject:
 * the actor-year, `<actor id>/<year>`.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const report = (year: number, measures?: string[]) => ({
 *   id: `municipality-0484-${year}`, year, actorId: "municipality-0484", reporterKind: "municipality" as const,
 *   submittedOn: `${year + 1}-03-31`, areas: [], activities: [], consultations: [], observations: [], problems: [], proposals: [],
 *   ...(measures === undefined ? {} : { rightsInformation: { measures } }),
 * });
 * check({ reports: [report(2019, ["Broschyr om minoritetslagen på romani chib"]), report(2020, []), report(2021)] }, {
 *   asOf: "2022-06-30",
 *   rules: ["minority-act.information"],
 * }).map((f) => [f.subject.id, f.verdict]);
 * // => [["municipality-0484/2019","pass"],["municipality-0484/2020","fail"],["municipality-0484/2021","warning"]]
 * ```
 */
export const informationRule: Rule = measuresRule(MEASURE_DUTIES.information);
