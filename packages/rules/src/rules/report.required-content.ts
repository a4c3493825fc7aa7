import { CONTENT_REQUIREMENT_LABELS, type ContentRequirement, type Submission, type TraceStep } from "@romsk-inkludering/model";
import { deliverableIndex, occurrenceId, submissionYear, type DeliverableRef } from "../deliverables.js";
import { comparisonStep, traceStep } from "../trace.js";
import type { Rule, RuleOutcome } from "../types.js";
import { compareStrings, listEn, listSv, uniqueSorted } from "../util.js";

/** What the rule looked up (the deliverable in the catalog, the submission) and, per required content, whether the submission has it. */
function contentTrace(ref: DeliverableRef, submission: Submission, year: number | undefined, required: readonly ContentRequirement[], present: ReadonlySet<string>, missing: number): TraceStep[] {
  const { deliverable, commission, part } = ref;
  return [
    traceStep("lookup", { sv: `Redovisning i katalogen: ${deliverable.title.sv}`, en: `Deliverable in the catalog: ${deliverable.title.en}` }, deliverable.id, { sources: deliverable.sources }),
    traceStep("lookup", { sv: `Uppdrag: ${commission.title.sv}`, en: `Commission: ${commission.title.en}` }, commission.id, { depth: 1, sources: commission.sources }),
    traceStep("lookup", { sv: `Deluppdrag: ${part.title.sv}`, en: `Part of the commission: ${part.title.en}` }, part.id, { depth: 1 }),
    ...(year === undefined ? [] : [traceStep("lookup", { sv: "Tillfälle (år)", en: "Occurrence (year)" }, year, { depth: 1 })]),
    traceStep("lookup", { sv: "Inlämning", en: "Submission" }, submission.submittedOn),
    traceStep("lookup", { sv: "Innehåll som uppdraget kräver", en: "Contents the commission requires" }, required.length, { sources: deliverable.sources }),
    ...required.map((c) =>
      traceStep("compute", { sv: `Finns ${CONTENT_REQUIREMENT_LABELS[c].sv} i inlämningen?`, en: `Is ${CONTENT_REQUIREMENT_LABELS[c].en} in the submission?` }, present.has(c), { depth: 1 }),
    ),
    comparisonStep({ sv: "Krav som inlämningen uppfyller", en: "Requirements the submission meets" }, required.length - missing, ">=", required.length),
  ];
}

/**
 * Rule `report.required-content`: a submitted deliverable contains what
 * the commission requires (`requiredContent`). The pilot's yearly
 * lägesrapport must hold "en analys av eventuella problem och förslag till
 * åtgärder" (seed 000), i.e. `problem-analysis` and `proposed-measures`.
 * Each submission known as of `asOf` of a deliverable with required content
 * is checked; missing parts are listed.
 *
 * @category Reports
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const commission = {
 *   id: "example-commission",
 *   title: { sv: "Uppdrag", en: "Commission" },
 *   issuerId: "government",
 *   assigneeId: "lansstyrelsen-stockholm",
 *   decisions: [],
 *   period: { from: "2012-01-01", to: "2015-12-31" },
 *   parts: [
 *     {
 *       id: "pilot",
 *       title: { sv: "Pilotverksamhet", en: "Pilot" },
 *       consultations: [],
 *       deliverables: [
 *         {
 *           id: "status-report",
 *           kind: "status-report" as const,
 *           title: { sv: "Lägesrapport", en: "Status report" },
 *           recipientId: "government-offices",
 *           due: { kind: "yearly" as const, month: 4, day: 15, fromYear: 2013, toYear: 2015 },
 *           requiredContent: ["problem-analysis" as const, "proposed-measures" as const],
 *           amendments: [],
 *           sources: [{ kind: "seed" as const, file: "000_fd74c5439764a9cd.txt" }],
 *         },
 *       ],
 *       sources: [{ kind: "seed" as const, file: "000_fd74c5439764a9cd.txt" }],
 *     },
 *   ],
 *   sources: [{ kind: "seed" as const, file: "000_fd74c5439764a9cd.txt" }],
 * };
 * const [finding] = check(
 *   { commissions: [commission], submissions: [{ deliverableId: "status-report", occurrence: 2013, submittedOn: "2013-04-15", contents: ["problem-analysis" as const] }] },
 *   { asOf: "2013-05-01", rules: ["report.required-content"] },
 * );
 * [finding?.verdict, finding?.evidence.missing];
 * // => ["fail",["proposed-measures"]]
 * ```
 */
export const reportRequiredContentRule: Rule = {
  id: "report.required-content",
  title: {
    sv: "Redovisningen innehåller det som uppdraget kräver",
    en: "The submission contains what the commission requires",
  },
  description: {
    sv: "En inlämnad redovisning ska innehålla allt som uppdraget kräver, t.ex. lägesrapportens analys av problem och förslag till åtgärder.",
    en: "A submitted deliverable must contain everything the commission requires, e.g. the status report's analysis of problems and proposed measures.",
  },
  basis: [
    {
      kind: "seed",
      file: "000_fd74c5439764a9cd.txt",
      locator: "lägesrapport om pilotverksamheten med en analys av eventuella problem och förslag till åtgärder",
    },
  ],
  appliesTo: ["deliverable"],
  settings: [],
  check(context) {
    const index = deliverableIndex(context.data.commissions);
    const outcomes: RuleOutcome[] = [];
    for (const submission of context.data.submissions) {
      if (submission.submittedOn > context.asOf) continue;
      for (const ref of index.get(submission.deliverableId) ?? []) {
        const required = uniqueSorted(ref.deliverable.requiredContent);
        if (required.length === 0) continue;
        const year = submissionYear(submission, ref.deliverable);
        const contents = uniqueSorted(submission.contents);
        const present = new Set(contents);
        const missing = required.filter((c) => !present.has(c));
        const evidence = {
          commissionId: ref.commission.id,
          partId: ref.part.id,
          deliverableId: ref.deliverable.id,
          occurrence: year ?? null,
          submittedOn: submission.submittedOn,
          required,
          contents,
          missing,
        };
        const subject = { kind: "deliverable" as const, id: occurrenceId(ref.deliverable.id, year) };
        const trace = context.explain === true ? contentTrace(ref, submission, year, required, present, missing.length) : undefined;
        const key = `${submission.submittedOn}|${contents.join(",")}`;
        if (missing.length === 0) {
          outcomes.push({
            subject,
            verdict: "pass",
            message: {
              sv: `Redovisningen ${submission.submittedOn} innehåller ${listSv(required.map((c) => CONTENT_REQUIREMENT_LABELS[c].sv))}.`,
              en: `The submission of ${submission.submittedOn} contains ${listEn(required.map((c) => CONTENT_REQUIREMENT_LABELS[c].en))}.`,
            },
            evidence,
            basis: ref.deliverable.sources,
            key,
            trace,
          });
        } else {
          outcomes.push({
            subject,
            verdict: "fail",
            message: {
              sv: `Redovisningen ${submission.submittedOn} saknar ${listSv(missing.map((c) => CONTENT_REQUIREMENT_LABELS[c].sv))}, som uppdraget kräver.`,
              en: `The submission of ${submission.submittedOn} lacks ${listEn(missing.map((c) => CONTENT_REQUIREMENT_LABELS[c].en))}, which the commission requires.`,
            },
            evidence,
            basis: ref.deliverable.sources,
            key,
            trace,
          });
        }
      }
    }
    return outcomes.sort((a, b) => compareStrings(a.subject.id, b.subject.id) || compareStrings(a.key ?? "", b.key ?? ""));
  },
};
