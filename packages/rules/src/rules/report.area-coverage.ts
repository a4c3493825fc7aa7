import { AREA_LABELS, type AnnualReport, type AreaId, type JsonValue, type TraceStep } from "@romsk-inkludering/model";
import { comparisonStep, traceStep } from "../trace.js";
import type { Rule, RuleOutcome } from "../types.js";

/** An area's name, or its id when it is no area of the model (unvalidated input). */
function areaLabel(area: string): { sv: string; en: string } {
  return Object.hasOwn(AREA_LABELS, area) ? AREA_LABELS[area as AreaId] : { sv: area, en: area };
}

/** What the rule looked up in the report (its areas and their content, its activities' areas) and the two counts it judges by. */
function coverageTrace(
  report: AnnualReport,
  reportAreas: readonly AreaId[],
  activityAreas: readonly AreaId[],
  content: ReadonlyMap<AreaId, { activities: number; statements: number; consultations: number }>,
  missing: readonly AreaId[],
  empty: readonly AreaId[],
): TraceStep[] {
  const reportSet = new Set<string>(reportAreas);
  return [
    traceStep("lookup", { sv: `Årsrapport ${report.year} från ${report.actorId}`, en: `Annual report ${report.year} of ${report.actorId}` }, report.id),
    traceStep("lookup", { sv: "Områden som rapporten anger", en: "Areas the report names" }, reportAreas.length),
    ...reportAreas.map((area) => {
      const c = content.get(area) ?? { activities: 0, statements: 0, consultations: 0 };
      return traceStep(
        "compute",
        {
          sv: `${areaLabel(area).sv}: innehåll (insatser ${c.activities}, problem och förslag ${c.statements}, samråd ${c.consultations})`,
          en: `${areaLabel(area).en}: content (activities ${c.activities}, problems and proposals ${c.statements}, consultations ${c.consultations})`,
        },
        c.activities + c.statements + c.consultations,
        { depth: 1 },
      );
    }),
    traceStep("lookup", { sv: `Områden som rapportens ${report.activities.length} insatser gäller`, en: `Areas of the report's ${report.activities.length} activities` }, activityAreas.length),
    ...activityAreas.map((area) =>
      traceStep("compute", { sv: `Finns ${areaLabel(area).sv} bland rapportens områden?`, en: `Is ${areaLabel(area).en} among the report's areas?` }, reportSet.has(area), { depth: 1 }),
    ),
    comparisonStep({ sv: "Insatsernas områden som saknas bland rapportens", en: "Areas of the activities missing from the report's" }, missing.length, "<=", 0),
    comparisonStep({ sv: "Rapportens områden utan innehåll", en: "Areas of the report without content" }, empty.length, "<=", 0),
  ];
}
import { listEn, listSv, reportKnown, uniqueSorted } from "../util.js";

/** The place of an item in a short list, or -1: as `includes` finds it (SameValueZero), so that it agrees with a `Set` or `Map` of the list. */
function placeOf(list: readonly unknown[], item: unknown): number {
  for (let i = 0; i < list.length; i += 1) {
    const x = list[i];
    if (x === item || (x !== x && item !== item)) return i;
  }
  return -1;
}

/**
 * Rule `report.area-coverage`: an annual report covers each area the actor
 * works in. Every area of the report's activities is among the report's
 * `areas`, and every area the report names has something in it (an
 * activity, a problem or proposal tied to the area, or a consultation on
 * it). Areas as in the strategy (six areas, skr. 2011/12:56); the yearly
 * report of the follow-up builds on the municipalities' and agencies'
 * reports (seed 003). Reports not yet submitted as of `asOf` are not
 * checked.
 *
 * @category Reports
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const report = {
 *   id: "municipality-2180-2017",
 *   year: 2017,
 *   actorId: "municipality-2180",
 *   reporterKind: "municipality" as const,
 *   submittedOn: "2018-02-15",
 *   areas: ["health-social-care-safety" as const],
 *   activities: [
 *     {
 *       id: "health-inspirers-2017",
 *       actorId: "municipality-2180",
 *       areas: ["health-social-care-safety" as const, "education" as const],
 *       kind: "health-inspirers" as const,
 *       title: "Romska hälsoinspiratörer",
 *       period: { from: "2017-01-01", to: "2017-12-31" },
 *       outputs: [],
 *     },
 *   ],
 *   consultations: [],
 *   observations: [],
 *   problems: [],
 *   proposals: [],
 * };
 * const [finding] = check({ reports: [report] }, { asOf: "2018-04-15", rules: ["report.area-coverage"] });
 * [finding?.verdict, finding?.evidence.areasMissingFromReport];
 * // => ["fail",["education"]]
 * ```
 */
export const reportAreaCoverageRule: Rule = {
  id: "report.area-coverage",
  title: {
    sv: "Årsrapporten täcker de områden som aktören arbetar inom",
    en: "The annual report covers the areas the actor works in",
  },
  description: {
    sv: "Insatsernas områden ska finnas bland rapportens områden, och varje område i rapporten ska ha innehåll (insats, problem, förslag eller samråd).",
    en: "The areas of the activities must be among the report's areas, and each area in the report must have content (an activity, problem, proposal or consultation).",
  },
  basis: [
    {
      kind: "publication",
      reference: "skr. 2011/12:56",
      title: "En samordnad och långsiktig strategi för romsk inkludering 2012–2032",
      note: "Six areas: utbildning, arbete, bostad, hälsa, social omsorg och trygghet, kultur och språk, civilsamhällets organisering.",
    },
    {
      kind: "seed",
      file: "003_c330e8c89015faff.txt",
      locator: "Årsrapporten bygger på kommuners och myndigheters årsrapporter",
    },
  ],
  appliesTo: ["annual-report"],
  settings: [],
  check(context) {
    const outcomes: RuleOutcome[] = [];
    for (const report of context.data.reports) {
      if (!reportKnown(report, context.asOf)) continue;
      const reportAreas = uniqueSorted(report.areas);
      // The activities' areas, each once, in the order they first appear (as a `Set` of them would give).
      const distinct: AreaId[] = [];
      for (const activity of report.activities) for (const area of activity.areas) if (placeOf(distinct, area) < 0) distinct.push(area);
      const activityAreas = uniqueSorted(distinct);
      // The content of each of the report's areas, by its place in `reportAreas`.
      const activities = reportAreas.map(() => 0);
      const statements = reportAreas.map(() => 0);
      const consultations = reportAreas.map(() => 0);
      for (const activity of report.activities) {
        for (let i = 0; i < activity.areas.length; i += 1) {
          const area = activity.areas[i] as AreaId;
          // Each area once per activity (by indexOf, as before).
          if (activity.areas.indexOf(area) !== i) continue;
          const at = placeOf(reportAreas, area);
          if (at >= 0) activities[at] = (activities[at] as number) + 1;
        }
      }
      for (const list of [report.problems, report.proposals]) {
        for (const statement of list) {
          const at = statement.areaId === undefined ? -1 : placeOf(reportAreas, statement.areaId);
          if (at >= 0) statements[at] = (statements[at] as number) + 1;
        }
      }
      for (const meeting of report.consultations) {
        for (let i = 0; i < meeting.areas.length; i += 1) {
          const area = meeting.areas[i] as AreaId;
          if (meeting.areas.indexOf(area) !== i) continue;
          const at = placeOf(reportAreas, area);
          if (at >= 0) consultations[at] = (consultations[at] as number) + 1;
        }
      }
      const missing = activityAreas.filter((area) => placeOf(reportAreas, area) < 0);
      const empty = reportAreas.filter((_, at) => (activities[at] as number) + (statements[at] as number) + (consultations[at] as number) === 0);
      const perArea: Record<string, JsonValue> = {};
      reportAreas.forEach((area, at) => {
        perArea[area] = { activities: activities[at] as number, statements: statements[at] as number, consultations: consultations[at] as number };
      });
      const evidence: Record<string, JsonValue> = {
        year: report.year,
        actorId: report.actorId,
        reportAreas,
        activityAreas,
        areasMissingFromReport: missing,
        areasWithoutContent: empty,
        contentPerArea: perArea,
        activities: report.activities.length,
      };
      const subject = { kind: "annual-report" as const, id: report.id };
      const trace =
        context.explain === true
          ? coverageTrace(report, reportAreas, activityAreas, new Map(reportAreas.map((area, at) => [area, { activities: activities[at] as number, statements: statements[at] as number, consultations: consultations[at] as number }])), missing, empty)
          : undefined;
      if (reportAreas.length === 0 && activityAreas.length === 0) {
        outcomes.push({
          subject,
          verdict: "warning",
          message: {
            sv: `Årsrapporten för ${report.year} anger inga områden och inga insatser.`,
            en: `The annual report for ${report.year} names no areas and no activities.`,
          },
          evidence,
          trace,
        });
        continue;
      }
      if (missing.length === 0 && empty.length === 0) {
        outcomes.push({
          subject,
          verdict: "pass",
          message: {
            sv: `Årsrapporten för ${report.year} täcker alla ${reportAreas.length} områden som insatserna gäller, och varje område har innehåll.`,
            en: `The annual report for ${report.year} covers all ${reportAreas.length} areas of its activities, and each area has content.`,
          },
          evidence,
          trace,
        });
        continue;
      }
      const parts = { sv: [] as string[], en: [] as string[] };
      if (missing.length > 0) {
        parts.sv.push(`insatser inom ${listSv(missing.map((a) => AREA_LABELS[a].sv))} saknas bland rapportens områden`);
        parts.en.push(`activities in ${listEn(missing.map((a) => AREA_LABELS[a].en))} are missing from the report's areas`);
      }
      if (empty.length > 0) {
        parts.sv.push(`${empty.length === 1 ? "området" : "områdena"} ${listSv(empty.map((a) => AREA_LABELS[a].sv))} saknar innehåll`);
        parts.en.push(`the area${empty.length === 1 ? "" : "s"} ${listEn(empty.map((a) => AREA_LABELS[a].en))} ${empty.length === 1 ? "has" : "have"} no content`);
      }
      outcomes.push({
        subject,
        verdict: "fail",
        message: {
          sv: `Årsrapporten för ${report.year}: ${parts.sv.join("; ")}.`,
          en: `Annual report for ${report.year}: ${parts.en.join("; ")}.`,
        },
        evidence,
        trace,
      });
    }
    return outcomes;
  },
};
