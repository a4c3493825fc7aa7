import { traceStep } from "../trace.js";
import type { Rule, RuleOutcome } from "../types.js";
import { actorYears, basisOf, duty, judgeYear, measuresEn, measuresOf, measuresSv, silent, validityOf } from "../minority-act.js";

/** Lag (2009:724) §3 as the catalog gives it. */
const DUTY = duty("sfs-2009-724-3");

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
export const informationRule: Rule = {
  id: "minority-act.information",
  title: { sv: "Information om minoriteternas rättigheter (3 §)", en: "Information on the minorities' rights (section 3)" },
  description: {
    sv: "Per myndighet och år: informerade myndigheten de nationella minoriteterna, romerna bland dem, om deras rättigheter? Bedöms efter årsrapportens uppgifter om information om rättigheter.",
    en: "Per authority and year: did the authority inform the national minorities, the Roma among them, of their rights? Judged from what the annual report says about information on rights.",
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
      const measures = measuresOf(y.report?.rightsInformation);
      const what = { sv: "hur minoriteterna informerats om sina rättigheter", en: "how the minorities were informed of their rights" };
      out.push(
        judgeYear(y, context, {
          shown:
            measures !== null && measures.length > 0
              ? {
                  sv: `${y.name.sv} informerade ${y.year} de nationella minoriteterna om deras rättigheter (${measuresSv(measures.length)} enligt årsrapporten).`,
                  en: `${y.name.en} informed the national minorities of their rights in ${y.year} (${measuresEn(measures.length)} in the annual report).`,
                }
              : undefined,
          notMet:
            measures !== null && measures.length === 0
              ? {
                  sv: `Årsrapporten för ${y.year} anger att ${y.name.sv} inte informerade minoriteterna om deras rättigheter det året.`,
                  en: `The annual report for ${y.year} states that ${y.name.en} did not inform the minorities of their rights that year.`,
                }
              : undefined,
          open: silent(y, asOf, what),
          evidence: { dutyId: DUTY.id, measures },
          steps: () => [
            traceStep("lookup", { sv: "Årsrapportens information om rättigheter (rightsInformation)", en: "The annual report's information on rights (rightsInformation)" }, measures, {
              sources: DUTY.sources,
            }),
          ],
        }),
      );
    }
    return out;
  },
};
