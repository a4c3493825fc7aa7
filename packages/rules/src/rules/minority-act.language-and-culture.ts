import type { Rule } from "../types.js";
import { MEASURE_DUTIES, measuresRule } from "../minority-act.js";

/**
 * Rule `minority-act.language-and-culture` (lag 2009:724 §4, from
 * 2010-01-01): per authority and year, did the authority protect and
 * promote Romani chib and Roma culture, children's cultural identity and
 * language especially? Judged from the actor's annual report for the year
 * (`languageAndCulture`): measures for the language and culture, or for
 * children, pass (the message says when nothing was stated for children);
 * an empty list with nothing for children fails once the year has ended; a
 * report that says nothing, or no report, is a warning; a running year is
 * never a fail. Subject: the actor-year.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const report = {
 *   id: "municipality-0580-2020", year: 2020, actorId: "municipality-0580", reporterKind: "municipality" as const,
 *   submittedOn: "2021-03-31", areas: [], activities: [], consultations: [], observations: [], problems: [], proposals: [],
 *   languageAndCulture: { measures: ["Romani chib-kurs på biblioteket"], children: ["Modersmålsundervisning i romani chib"] },
 * };
 * check({ reports: [report] }, { asOf: "2021-06-30", rules: ["minority-act.language-and-culture"] })
 *   .map((f) => [f.subject.id, f.verdict, f.evidence.children]);
 * // => [["municipality-0580/2020","pass",["Modersmålsundervisning i romani chib"]]]
 * ```
 */
export const languageAndCultureRule: Rule = measuresRule(MEASURE_DUTIES.languageAndCulture);
