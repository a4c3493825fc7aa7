import { traceStep } from "../trace.js";
import type { Rule, RuleOutcome } from "../types.js";
import { actorYears, basisOf, duty, judgeYear, measuresEn, measuresOf, measuresSv, silent, validityOf } from "../minority-act.js";

/** Lag (2009:724) §4 as the catalog gives it. */
const DUTY = duty("sfs-2009-724-4");

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
export const languageAndCultureRule: Rule = {
  id: "minority-act.language-and-culture",
  title: { sv: "Romani chib och romsk kultur skyddas och främjas (4 §)", en: "Romani chib and Roma culture are protected and promoted (section 4)" },
  description: {
    sv: "Per myndighet och år: skyddade och främjade myndigheten romani chib och romsk kultur, särskilt barns kulturella identitet och språk? Bedöms efter årsrapportens uppgifter om språk och kultur.",
    en: "Per authority and year: did the authority protect and promote Romani chib and Roma culture, children's cultural identity and language especially? Judged from what the annual report says about language and culture.",
  },
  basis: basisOf(DUTY),
  ...validityOf(DUTY),
  appliesTo: ["actor-year", "actor"],
  settings: [],
  check(context) {
    const { asOf } = context;
    const { years, outcomes } = actorYears(DUTY, context, "reports");
    const out: RuleOutcome[] = [...outcomes];
    for (const y of years) {
      const statement = y.report?.languageAndCulture;
      const measures = measuresOf(statement);
      const children = statement?.children === undefined ? null : [...statement.children];
      const done = (measures?.length ?? 0) + (children?.length ?? 0);
      const childrenNote =
        children !== null && children.length > 0
          ? { sv: `, varav ${measuresSv(children.length)} för barn`, en: `, ${measuresEn(children.length)} of them for children` }
          : { sv: "; rapporten anger inget särskilt för barns kulturella identitet och språk", en: "; the report states nothing in particular for children's cultural identity and language" };
      out.push(
        judgeYear(y, context, {
          shown:
            done > 0
              ? {
                  sv: `${y.name.sv} skyddade och främjade ${y.year} romani chib och romsk kultur (${measuresSv(done)} enligt årsrapporten${childrenNote.sv}).`,
                  en: `${y.name.en} protected and promoted Romani chib and Roma culture in ${y.year} (${measuresEn(done)} in the annual report${childrenNote.en}).`,
                }
              : undefined,
          notMet:
            measures !== null && done === 0
              ? {
                  sv: `Årsrapporten för ${y.year} anger att ${y.name.sv} inte gjorde något för att skydda och främja romani chib och romsk kultur det året.`,
                  en: `The annual report for ${y.year} states that ${y.name.en} did nothing to protect and promote Romani chib and Roma culture that year.`,
                }
              : undefined,
          open: silent(y, asOf, { sv: "hur romani chib och romsk kultur skyddats och främjats", en: "how Romani chib and Roma culture were protected and promoted" }),
          evidence: { dutyId: DUTY.id, measures, children },
          steps: () => [
            traceStep("lookup", { sv: "Årsrapportens insatser för språk och kultur (languageAndCulture.measures)", en: "The annual report's measures for language and culture (languageAndCulture.measures)" }, measures, {
              sources: DUTY.sources,
            }),
            traceStep("lookup", { sv: "Insatser för barns kulturella identitet och språk (languageAndCulture.children)", en: "Measures for children's cultural identity and language (languageAndCulture.children)" }, children, {
              depth: 1,
            }),
            traceStep("compute", { sv: "Insatser sammanlagt", en: "Measures in all" }, done),
          ],
        }),
      );
    }
    return out;
  },
};
