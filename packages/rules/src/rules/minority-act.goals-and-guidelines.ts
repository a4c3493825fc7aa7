import type { AnnualReport, JsonValue } from "@romsk-inkludering/model";
import { traceStep } from "../trace.js";
import type { Rule } from "../types.js";
import { duty, dutyRule, silent, yearSpan } from "../minority-act.js";
import { compareStrings } from "../util.js";

/** Lag (2009:724) §5 b as the catalog gives it (from 2019-01-01, SFS 2018:1367). */
const DUTY = duty("sfs-2009-724-5-b");

/**
 * The report (known on `asOf`) that shows goals and guidelines adopted by
 * the end of `year` (or by `asOf`, if earlier): one that gives an adoption
 * day on or before then, or one for `year` or earlier that says they were
 * adopted without a day. The earliest such adoption wins.
 */
function adoptedBy(reports: readonly AnnualReport[], year: number, asOf: string): AnnualReport | undefined {
  const lastDay = yearSpan(year).validTo;
  let best: AnnualReport | undefined;
  for (const report of reports) {
    const statement = report.goalsAndGuidelines;
    if (statement === undefined || !statement.adopted) continue;
    const shows = statement.adoptedOn === undefined ? report.year <= year : statement.adoptedOn <= lastDay && statement.adoptedOn <= asOf;
    if (!shows) continue;
    if (best === undefined || report.year < best.year || (report.year === best.year && compareStrings(report.id, best.id) < 0)) best = report;
  }
  return best;
}

/**
 * Rule `minority-act.goals-and-guidelines` (lag 2009:724 §5 b, from
 * 2019-01-01, SFS 2018:1367): per municipality or region and year, had it
 * adopted goals and guidelines (mål och riktlinjer) for its minority-policy
 * work? Judged from its annual reports known as of `asOf`
 * (`goalsAndGuidelines`): a report that gives an adoption day by the end of
 * the year (or by `asOf`), or one for the year or an earlier year that says
 * they are adopted, passes; the year's report saying they are not (or that
 * they were adopted only after the year) fails once the year has ended; no
 * statement is a warning; a running year is never a fail. The goals are
 * handed to the follow-up authority on request: the evidence names it
 * (`followUpAuthorityId`), asked of the catalog as of `asOf`, so a transfer
 * of the task is a change of the catalog's data. Replaces
 * `municipality.goals-and-guidelines`, which judged only the latest report
 * as of a date and no year in particular. Subject: the actor-year.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const report = (year: number, goalsAndGuidelines: { adopted: boolean; adoptedOn?: string }) => ({
 *   id: `municipality-2180-${year}`, year, actorId: "municipality-2180", reporterKind: "municipality" as const,
 *   submittedOn: `${year + 1}-02-14`, areas: [], activities: [], consultations: [], observations: [], problems: [], proposals: [],
 *   goalsAndGuidelines,
 * });
 * check({ reports: [report(2019, { adopted: true, adoptedOn: "2019-06-10" }), report(2020, { adopted: true })] }, {
 *   asOf: "2021-04-15",
 *   rules: ["minority-act.goals-and-guidelines"],
 * }).map((f) => [f.subject.id, f.verdict]);
 * // => [["municipality-2180/2019","pass"],["municipality-2180/2020","pass"]]
 * check({ reports: [report(2019, { adopted: false })] }, { asOf: "2020-04-15", rules: ["minority-act.goals-and-guidelines"] })
 *   .map((f) => [f.subject.id, f.verdict]);
 * // => [["municipality-2180/2019","fail"]]
 * ```
 */
export const goalsAndGuidelinesRule: Rule = dutyRule({
  id: "minority-act.goals-and-guidelines",
  title: { sv: "Mål och riktlinjer för det minoritetspolitiska arbetet (5 b §)", en: "Goals and guidelines for the minority-policy work (section 5 b)" },
  description: {
    sv: "Per kommun eller region och år: hade den antagit mål och riktlinjer för sitt minoritetspolitiska arbete? Bedöms efter årsrapporternas uppgifter; uppgifterna lämnas på begäran till uppföljningsmyndigheten.",
    en: "Per municipality or region and year: had it adopted goals and guidelines for its minority-policy work? Judged from what its annual reports say; they are handed to the follow-up authority on request.",
  },
  duty: DUTY,
  from: "reports",
  settings: [],
  judgeWith: (context) => {
    const { asOf } = context;
    const followUpAuthorityId = context.catalog.followUpAuthority?.({ asOf })?.id ?? null;
    return (y) => {
      const adopted = adoptedBy(y.reports, y.year, asOf);
      const own = y.report?.goalsAndGuidelines;
      const statements: JsonValue[] = y.reports
        .filter((r) => r.goalsAndGuidelines !== undefined)
        .map((r) => ({ reportId: r.id, year: r.year, adopted: r.goalsAndGuidelines?.adopted ?? null, adoptedOn: r.goalsAndGuidelines?.adoptedOn ?? null }));
      const adoptedOn = adopted?.goalsAndGuidelines?.adoptedOn;
      const later = own !== undefined && own.adopted && own.adoptedOn !== undefined ? own.adoptedOn : undefined;
      return {
        shown:
          adopted !== undefined
            ? () => ({
                sv: `Mål och riktlinjer var antagna ${y.year}${adoptedOn === undefined ? "" : ` (${adoptedOn})`} enligt årsrapporten för ${adopted.year}.`,
                en: `Goals and guidelines were adopted in ${y.year}${adoptedOn === undefined ? "" : ` (${adoptedOn})`} according to the annual report for ${adopted.year}.`,
              })
            : undefined,
        notMet:
          own === undefined
            ? undefined
            : later !== undefined
              ? () => ({
                  sv: `Mål och riktlinjer antogs först ${later}, efter ${y.year}.`,
                  en: `Goals and guidelines were adopted only on ${later}, after ${y.year}.`,
                })
              : () => ({
                  sv: `Enligt årsrapporten för ${y.year} har mål och riktlinjer för minoritetspolitiken inte antagits.`,
                  en: `According to the annual report for ${y.year}, goals and guidelines for the minority policy have not been adopted.`,
                }),
        open: () => silent(y, asOf, { sv: "om mål och riktlinjer för minoritetspolitiken har antagits", en: "whether goals and guidelines for the minority policy have been adopted" }),
        evidence: {
          dutyId: DUTY.id,
          adoptedIn: adopted?.id ?? null,
          adoptedOn: adoptedOn ?? null,
          statements,
          followUpAuthorityId,
        },
        steps: () => [
          traceStep("lookup", { sv: `Årsrapporternas uppgifter om mål och riktlinjer kända per ${asOf}`, en: `The annual reports' statements on goals and guidelines known by ${asOf}` }, statements, {
            sources: DUTY.sources,
          }),
          traceStep("compute", { sv: `Antagna senast ${y.year}-12-31 (eller ${asOf})`, en: `Adopted by ${y.year}-12-31 (or ${asOf})` }, adopted?.id ?? null, { depth: 1 }),
          traceStep("lookup", { sv: `Uppföljningsmyndigheten per ${asOf} (lämnas på begäran)`, en: `The follow-up authority as of ${asOf} (handed on request)` }, followUpAuthorityId),
        ],
      };
    };
  },
});
