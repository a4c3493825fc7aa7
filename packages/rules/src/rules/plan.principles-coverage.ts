import type { JsonValue, Principle, TargetGroup, TraceStep } from "@romsk-inkludering/model";
import { comparisonStep, traceStep } from "../trace.js";
import type { CatalogView, Rule, RuleOutcome, Subject } from "../types.js";
import { compareStrings, listEn, listSv, reportKnown, uniqueSorted } from "../util.js";

/** The priority target groups of the municipal work (seed 002: socialt utsatta, kvinnor, barn och unga). */
export function priorityTargetGroups(catalog: CatalogView): TargetGroup[] {
  return [...catalog.targetGroups()].sort((a, b) => compareStrings(a.id, b.id));
}

interface Covered {
  readonly subject: Subject;
  readonly date: string;
  readonly principles: readonly string[] | undefined;
  readonly targetGroups: readonly string[] | undefined;
}

/** What the rule looked up (the plan or report, the catalog's principles and target groups) and, for each, whether the item addresses it. */
function coverageTrace(
  item: Covered,
  principles: readonly Principle[],
  groups: readonly TargetGroup[],
  addressed: { principles: readonly string[] | undefined; groups: readonly string[] | undefined },
  missing: { principles: number; groups: number },
  unrecognised: readonly string[],
): TraceStep[] {
  const what = item.subject.kind === "municipal-plan" ? { sv: `Plan, antagen ${item.date}`, en: `Plan, adopted on ${item.date}` } : { sv: `Årsrapport (${item.date})`, en: `Annual report (${item.date})` };
  const steps: TraceStep[] = [traceStep("lookup", what, item.subject.id)];
  const list = (
    entries: readonly { id: string; name: { sv: string; en: string }; sources?: TraceStep["sources"] }[],
    given: readonly string[] | undefined,
    heading: { sv: string; en: string },
    short: number,
  ): void => {
    if (given === undefined) {
      steps.push(traceStep("lookup", { sv: `${heading.sv}: anges inte, prövas inte`, en: `${heading.en}: not given, not judged` }, null));
      return;
    }
    steps.push(traceStep("lookup", { sv: `${heading.sv} i katalogen`, en: `${heading.en} in the catalog` }, entries.length));
    for (const entry of entries) {
      steps.push(traceStep("compute", { sv: `Tas ${entry.name.sv.toLowerCase()} upp?`, en: `Is ${entry.name.en} addressed?` }, given.includes(entry.id), { depth: 1, sources: entry.sources }));
    }
    steps.push(comparisonStep({ sv: `${heading.sv} som saknas`, en: `${heading.en} missing` }, short, "<=", 0, { depth: 1 }));
  };
  list(principles, addressed.principles, { sv: "Arbetsprinciper", en: "Working principles" }, missing.principles);
  list(groups, addressed.groups, { sv: "Prioriterade målgrupper", en: "Priority target groups" }, missing.groups);
  if (unrecognised.length > 0) steps.push(traceStep("lookup", { sv: "Id som katalogen inte känner (räknas inte)", en: "Ids the catalog does not know (not counted)" }, [...unrecognised]));
  return steps;
}

/** What every item is judged against, the same for the whole check: the catalog's principles and groups, their ids, and all those ids. */
interface Required {
  readonly principles: readonly Principle[];
  readonly groups: readonly TargetGroup[];
  readonly principleIds: readonly string[];
  readonly groupIds: readonly string[];
  readonly known: ReadonlySet<string>;
}

function required(principles: readonly Principle[], groups: readonly TargetGroup[]): Required {
  const principleIds = principles.map((p) => p.id);
  const groupIds = groups.map((g) => g.id);
  return { principles, groups, principleIds, groupIds, known: new Set([...principleIds, ...groupIds]) };
}

/** How a message names the item judged. */
const PLAN = { sv: "Planen", en: "The plan" } as const;
const REPORT = { sv: "Årsrapporten", en: "The annual report" } as const;

function evaluate(item: Covered, req: Required, explain: boolean): RuleOutcome {
  const { principles, groups, known } = req;
  // The evidence's own copies (every finding owns its lists).
  const principleIds = [...req.principleIds];
  const groupIds = [...req.groupIds];
  const addressedPrinciples = item.principles === undefined ? undefined : uniqueSorted(item.principles);
  const addressedGroups = item.targetGroups === undefined ? undefined : uniqueSorted(item.targetGroups);
  const missingPrinciples =
    addressedPrinciples === undefined ? [] : principles.filter((p) => !addressedPrinciples.includes(p.id));
  const missingGroups = addressedGroups === undefined ? [] : groups.filter((g) => !addressedGroups.includes(g.id));
  // The addressed ids the catalog does not know, principles first (the order uniqueSorted is given).
  const unknown: string[] = [];
  for (const id of addressedPrinciples ?? []) if (!known.has(id)) unknown.push(id);
  for (const id of addressedGroups ?? []) if (!known.has(id)) unknown.push(id);
  const unrecognised = uniqueSorted(unknown);
  const evidence: Record<string, JsonValue> = {
    date: item.date,
    requiredPrinciples: principleIds,
    requiredTargetGroups: groupIds,
    principlesAddressed: addressedPrinciples === undefined ? null : addressedPrinciples,
    targetGroupsAddressed: addressedGroups === undefined ? null : addressedGroups,
    missingPrinciples: missingPrinciples.map((p) => p.id),
    missingTargetGroups: missingGroups.map((g) => g.id),
    unrecognised,
  };
  const what = item.subject.kind === "municipal-plan" ? PLAN : REPORT;
  const trace = explain
    ? coverageTrace(item, principles, groups, { principles: addressedPrinciples, groups: addressedGroups }, { principles: missingPrinciples.length, groups: missingGroups.length }, unrecognised)
    : undefined;
  if (missingPrinciples.length === 0 && missingGroups.length === 0) {
    const scope = { sv: [] as string[], en: [] as string[] };
    if (addressedPrinciples !== undefined) {
      scope.sv.push(`alla ${principleIds.length} arbetsprinciper`);
      scope.en.push(`all ${principleIds.length} working principles`);
    }
    if (addressedGroups !== undefined) {
      scope.sv.push(`alla ${groupIds.length} prioriterade målgrupper`);
      scope.en.push(`all ${groupIds.length} priority target groups`);
    }
    return {
      subject: item.subject,
      verdict: "pass",
      message: { sv: `${what.sv} tar upp ${listSv(scope.sv)}.`, en: `${what.en} addresses ${listEn(scope.en)}.` },
      evidence,
      trace,
    };
  }
  const missing = {
    sv: [...missingPrinciples.map((p) => p.name.sv.toLowerCase()), ...missingGroups.map((g) => g.name.sv.toLowerCase())],
    en: [...missingPrinciples.map((p) => p.name.en), ...missingGroups.map((g) => g.name.en)],
  };
  return {
    subject: item.subject,
    verdict: "fail",
    message: {
      sv: `${what.sv} tar inte upp ${listSv(missing.sv)}.`,
      en: `${what.en} does not address ${listEn(missing.en)}.`,
    },
    evidence,
    trace,
  };
}

/**
 * Rule `plan.principles-coverage`: a municipal plan addresses the four
 * working principles of the municipal work (human rights and
 * non-discrimination, a long-term structure in the administration, Roma
 * participation and influence, priority target groups) and the priority
 * target groups (socially vulnerable people, women, children and young
 * people), as listed in the catalog (seed 002, "Principerna" i
 * utvecklingsarbetet). Municipal plans adopted by `asOf` are checked, and
 * annual reports known by `asOf` that state `principlesAddressed` or
 * `targetGroupsAddressed` (each stated list is checked). Missing ones are
 * listed; ids the catalog does not know are shown in the evidence.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { check, defaultCatalog } from "@romsk-inkludering/rules";
 * const plan = {
 *   id: "handlingsplan-2018-2021",
 *   actorId: "municipality-0580",
 *   adoptedOn: "2018-03-01",
 *   period: { from: "2018-01-01", to: "2021-12-31" },
 *   principlesAddressed: defaultCatalog.principles({ scope: "municipal-work" }).map((p) => p.id),
 *   targetGroupsAddressed: defaultCatalog.targetGroups().map((g) => g.id),
 * };
 * check({ plans: [plan] }, { asOf: "2018-05-16", rules: ["plan.principles-coverage"] }).map((f) => f.verdict);
 * // => ["pass"]
 * check({ plans: [{ ...plan, targetGroupsAddressed: [] }] }, { asOf: "2018-05-16", rules: ["plan.principles-coverage"] }).map((f) => f.verdict);
 * // => ["fail"]
 * ```
 */
export const principlesCoverageRule: Rule = {
  id: "plan.principles-coverage",
  title: {
    sv: "Planen tar upp arbetsprinciperna och de prioriterade målgrupperna",
    en: "The plan addresses the working principles and the priority target groups",
  },
  description: {
    sv: "En kommunal plan ska ta upp de fyra arbetsprinciperna och de prioriterade målgrupperna; saknade listas.",
    en: "A municipal plan must address the four working principles and the priority target groups; missing ones are listed.",
  },
  basis: [
    { kind: "seed", file: "002_45e07da4f0d67e87.txt", locator: "”Principerna” i utvecklingsarbetet" },
    {
      kind: "publication",
      reference: "skr. 2011/12:56",
      title: "En samordnad och långsiktig strategi för romsk inkludering 2012–2032",
      note: "Priority to women, children and young people.",
    },
  ],
  appliesTo: ["municipal-plan", "annual-report"],
  settings: [],
  check(context) {
    const { asOf, catalog, data } = context;
    const principles = [...catalog.principles({ scope: "municipal-work" })].sort((a, b) => compareStrings(a.id, b.id));
    const groups = priorityTargetGroups(catalog);
    const items: Covered[] = [];
    for (const plan of data.plans) {
      if (plan.adoptedOn > asOf) continue;
      items.push({
        subject: { kind: "municipal-plan", id: plan.id },
        date: plan.adoptedOn,
        principles: plan.principlesAddressed,
        targetGroups: plan.targetGroupsAddressed,
      });
    }
    for (const report of data.reports) {
      if (!reportKnown(report, asOf)) continue;
      if (report.principlesAddressed === undefined && report.targetGroupsAddressed === undefined) continue;
      items.push({
        subject: { kind: "annual-report", id: report.id },
        date: report.submittedOn ?? `${report.year}-01-01`,
        principles: report.principlesAddressed,
        targetGroups: report.targetGroupsAddressed,
      });
    }
    if (items.length > 0 && principles.length === 0 && groups.length === 0) {
      return items.map((item) => ({
        subject: item.subject,
        verdict: "not-applicable" as const,
        message: {
          sv: "Katalogen har inga arbetsprinciper eller målgrupper att pröva mot.",
          en: "The catalog has no working principles or target groups to check against.",
        },
        evidence: { date: item.date },
        trace: context.explain === true ? [traceStep("lookup", { sv: "Arbetsprinciper och målgrupper i katalogen", en: "Working principles and target groups in the catalog" }, 0)] : undefined,
      }));
    }
    const req = required(principles, groups);
    return items.map((item) => evaluate(item, req, context.explain === true));
  },
};
