import { daysBetween, DEADLINE_STATUS_LABELS, deadlineStatus, isWorkday, workdaysBetween } from "@romsk-inkludering/calendar";
import { deliverableOccurrences, type DeliverableOccurrence } from "@romsk-inkludering/catalog";
import type { JsonValue, Source, Submission, TraceStep } from "@romsk-inkludering/model";
import { match } from "ts-pattern";
import { compareSubmissions } from "../check-index.js";
import { countsFor, deliverableIndex, occurrenceId, type DeliverableRef } from "../deliverables.js";
import { traceStep } from "../trace.js";
import type { Rule, RuleContext, RuleOutcome } from "../types.js";
import { compareStrings, daysEn, daysSv, workdaysEn, workdaysSv, yearText } from "../util.js";

const SHIFT_SOURCE: Source = {
  kind: "sfs",
  sfs: "1930:173",
  section: "2 §",
  title: "Lag om beräkning av lagstadgad tid",
};

function statusOf(occurrence: DeliverableOccurrence, ref: DeliverableRef, context: RuleContext, submissions: readonly Submission[]): RuleOutcome {
  const { asOf, settings } = context;
  const year = occurrence.occurrence ?? undefined;
  const { deliverable, commission, part } = ref;
  const alternatives = (occurrence.alternativeDue ?? []).map((alt) => ({
    date: alt.due,
    note: alt.note ?? null,
    sources: alt.sources as unknown as JsonValue,
  }));
  alternatives.sort((a, b) => compareStrings(a.date, b.date));
  // With deadlines.earliestDue, an earlier date another source gives is the one judged against.
  const earlier = settings.deadlines.earliestDue ? alternatives.find((a) => a.date < occurrence.due) : undefined;
  const baseDue = earlier?.date ?? occurrence.due;
  const shift = settings.deadlines.applyStatutoryShift;
  const first = submissions[0];
  // The one status function (calendar): hand-ins are tracked here, so a past due date without one is overdue.
  const judged = deadlineStatus({
    due: baseDue,
    asOf,
    submittedOn: first?.submittedOn ?? null,
    applyStatutoryShift: shift,
    dueSoonDays: settings.deadlines.dueSoonDays,
  });
  const { status, statutoryDue } = judged;
  const due = judged.effectiveDue;
  const evidence: Record<string, JsonValue> = {
    commissionId: commission.id,
    partId: part.id,
    deliverableId: deliverable.id,
    kind: deliverable.kind,
    occurrence: year ?? null,
    status,
    writtenDue: occurrence.writtenDue,
    amended: occurrence.amended === undefined
      ? null
      : {
          decision: occurrence.amended.decision,
          decidedOn: occurrence.amended.date,
          from: occurrence.writtenDue,
          to: occurrence.due,
        },
    statutoryDue,
    applyStatutoryShift: shift,
    due,
    asOf,
    submittedOn: first?.submittedOn ?? null,
    submissions: submissions.map((s) => s.submittedOn),
    dueSoonDays: settings.deadlines.dueSoonDays,
    alternativeDue: alternatives,
    statusUnderOtherReading: judged.otherReading === null ? null : judged.otherReading.status,
  };
  if (earlier !== undefined) evidence.judgedAgainstEarliest = earlier.date;
  const basis: Source[] = [...deliverable.sources];
  if (occurrence.amended !== undefined) basis.push(...occurrence.amended.sources);
  if (shift) basis.push(SHIFT_SOURCE, ...(context.profile?.sources ?? []));
  const amendedNote =
    occurrence.amended === undefined
      ? { sv: "", en: "" }
      : {
          sv: ` Datumet ändrades från ${occurrence.writtenDue} till ${occurrence.due} genom beslut ${occurrence.amended.decision} (${occurrence.amended.date}).`,
          en: ` The date was moved from ${occurrence.writtenDue} to ${occurrence.due} by decision ${occurrence.amended.decision} (${occurrence.amended.date}).`,
        };
  const other = judged.otherReading;
  const otherSv = other === null ? "" : `, och redovisningen hade varit ${DEADLINE_STATUS_LABELS[other.status].sv}`;
  const otherEn = other === null ? "" : `, and the deliverable would have been ${DEADLINE_STATUS_LABELS[other.status].en}`;
  const shiftNote =
    statutoryDue === baseDue
      ? { sv: "", en: "" }
      : shift
        ? {
            sv: ` Sista dag ${baseDue} infaller på en lördag, söndag eller helgdag och flyttas enligt lag (1930:173) 2 § till ${statutoryDue}.`,
            en: ` The last day ${baseDue} falls on a Saturday, Sunday or holiday and moves to ${statutoryDue} under lag (1930:173) §2.`,
          }
        : {
            sv: ` (Med förskjutning enligt lag (1930:173) 2 § hade sista dag varit ${statutoryDue}${otherSv}; lagen gäller tid som bestäms i lag eller annan författning, och ett uppdrags datum bestäms genom beslut, så den tillämpas inte här.)`,
            en: ` (With the shift of lag (1930:173) §2 the last day would have been ${statutoryDue}${otherEn}; the law concerns time set by statute, and a commission's date is set by a decision, so it is not applied here.)`,
          };
  const alternativeNote =
    alternatives.length === 0
      ? { sv: "", en: "" }
      : earlier !== undefined
        ? {
            sv: ` Prövas mot det tidigaste datum en källa anger, ${earlier.date}; uppdraget anger ${occurrence.due}.`,
            en: ` Judged against the earliest date a source gives, ${earlier.date}; the commission gives ${occurrence.due}.`,
          }
        : {
            sv: ` En annan källa anger ${alternatives.map((a) => a.date).join(", ")}.`,
            en: ` Another source gives ${alternatives.map((a) => a.date).join(", ")}.`,
          };
  const name = { sv: deliverable.title.sv, en: deliverable.title.en };
  const yearNote = year === undefined ? "" : ` ${year}`;
  const [verdict, message] = match(status)
    .with("on-time", () => {
      const early = daysBetween(first?.submittedOn ?? due, due);
      evidence.daysEarly = early;
      return [
        "pass" as const,
        {
          sv: `${name.sv}${yearNote} lämnades ${first?.submittedOn}, i tid (sista dag ${due}).`,
          en: `${name.en}${yearNote} was submitted on ${first?.submittedOn}, on time (due ${due}).`,
        },
      ] as const;
    })
    .with("late", () => {
      const submittedOn = first?.submittedOn ?? due;
      const days = daysBetween(due, submittedOn);
      const workdays = workdaysBetween(due, submittedOn);
      evidence.daysLate = days;
      evidence.workdaysLate = workdays;
      return [
        "fail" as const,
        {
          sv: `${name.sv}${yearNote} lämnades ${submittedOn}, ${daysSv(days)} (${workdaysSv(workdays)}) för sent (sista dag ${due}).`,
          en: `${name.en}${yearNote} was submitted on ${submittedOn}, ${daysEn(days)} (${workdaysEn(workdays)}) late (due ${due}).`,
        },
      ] as const;
    })
    // Hand-ins are tracked here, so a past due date without one is `overdue` (never `passed`).
    .with("overdue", "passed", () => {
      const days = daysBetween(due, asOf);
      const workdays = workdaysBetween(due, asOf);
      evidence.daysOverdue = days;
      evidence.workdaysOverdue = workdays;
      return [
        "fail" as const,
        {
          sv: `${name.sv}${yearNote} skulle ha lämnats senast ${due} och är per ${asOf} ${daysSv(days)} (${workdaysSv(workdays)}) försenad.`,
          en: `${name.en}${yearNote} was due by ${due} and is, as of ${asOf}, ${daysEn(days)} (${workdaysEn(workdays)}) overdue.`,
        },
      ] as const;
    })
    .with("due-soon", () => {
      const left = daysBetween(asOf, due);
      evidence.daysLeft = left;
      return [
        "warning" as const,
        left === 0
          ? {
              sv: `${name.sv}${yearNote} ska lämnas i dag, ${due}.`,
              en: `${name.en}${yearNote} is due today, ${due}.`,
            }
          : {
              sv: `${name.sv}${yearNote} ska lämnas senast ${due}, om ${daysSv(left)}.`,
              en: `${name.en}${yearNote} is due by ${due}, in ${daysEn(left)}.`,
            },
      ] as const;
    })
    .with("upcoming", () => {
      const left = daysBetween(asOf, due);
      evidence.daysLeft = left;
      return [
        "not-applicable" as const,
        {
          sv: `${name.sv}${yearNote} ska lämnas senast ${due}, om ${daysSv(left)}; ännu inte aktuell.`,
          en: `${name.en}${yearNote} is due by ${due}, in ${daysEn(left)}; not yet due.`,
        },
      ] as const;
    })
    .exhaustive();
  // The trace only when the check explains: without it nothing is built.
  const trace = context.explain === true ? deliverableTrace(occurrence, ref, context, submissions, { baseDue, earlier: earlier?.date, statutoryDue, due, status }) : undefined;
  if (trace !== undefined) {
    for (const [key, label] of COMPUTED) {
      const value = evidence[key];
      if (value !== undefined) trace.push(traceStep("compute", label, value, { depth: 1 }));
    }
    if (judged.otherReading !== null) {
      trace.push(
        traceStep(
          "calendar",
          { sv: "Status med den andra läsningen av lag (1930:173) 2 §", en: "Status under the other reading of lag (1930:173) §2" },
          judged.otherReading.status,
          { depth: 1, sources: [SHIFT_SOURCE] },
        ),
      );
    }
  }
  return {
    subject: { kind: "deliverable", id: occurrenceId(deliverable.id, year) },
    ...(trace === undefined ? {} : { trace }),
    verdict,
    message: {
      sv: `${message.sv}${amendedNote.sv}${shiftNote.sv}${alternativeNote.sv}`,
      en: `${message.en}${amendedNote.en}${shiftNote.en}${alternativeNote.en}`,
    },
    evidence,
    basis,
    key: commission.id,
  };
}

/** The computed counts of the evidence, in the order the trace gives them. */
const COMPUTED: readonly (readonly [string, { sv: string; en: string }])[] = [
  ["daysEarly", { sv: "Dagar före sista dag", en: "Days before the due date" }],
  ["daysLate", { sv: "Dagar för sent", en: "Days late" }],
  ["workdaysLate", { sv: "Arbetsdagar för sent (kalenderns workdaysBetween)", en: "Workdays late (the calendar's workdaysBetween)" }],
  ["daysOverdue", { sv: "Dagar försenad", en: "Days overdue" }],
  ["workdaysOverdue", { sv: "Arbetsdagar försenad (kalenderns workdaysBetween)", en: "Workdays overdue (the calendar's workdaysBetween)" }],
  ["daysLeft", { sv: "Dagar kvar", en: "Days left" }],
];

/** What the rule looked up and computed for one occurrence, step by step. */
function deliverableTrace(
  occurrence: DeliverableOccurrence,
  ref: DeliverableRef,
  context: RuleContext,
  submissions: readonly Submission[],
  judged: { baseDue: string; earlier: string | undefined; statutoryDue: string; due: string; status: string },
): TraceStep[] {
  const { deliverable, commission, part } = ref;
  const { asOf, settings } = context;
  const shift = settings.deadlines.applyStatutoryShift;
  const steps: TraceStep[] = [
    traceStep("lookup", { sv: `Redovisning i katalogen: ${deliverable.title.sv}`, en: `Deliverable in the catalog: ${deliverable.title.en}` }, deliverable.id, {
      sources: deliverable.sources,
    }),
    traceStep("lookup", { sv: `Uppdrag: ${commission.title.sv}`, en: `Commission: ${commission.title.en}` }, commission.id, { depth: 1, sources: commission.sources }),
    traceStep("lookup", { sv: `Deluppdrag: ${part.title.sv}`, en: `Part of the commission: ${part.title.en}` }, part.id, { depth: 1 }),
    ...(occurrence.occurrence === null
      ? []
      : [traceStep("lookup", { sv: "Tillfälle (år)", en: "Occurrence (year)" }, occurrence.occurrence, { depth: 1 })]),
    traceStep("lookup", { sv: "Sista dag enligt uppdraget", en: "Due date as the commission writes it" }, occurrence.writtenDue, {
      depth: 1,
      sources: deliverable.sources,
    }),
    occurrence.amended === undefined
      ? traceStep("lookup", { sv: `Ingen ändring av datumet beslutad per ${asOf}`, en: `No change of the date decided by ${asOf}` }, null, { depth: 1 })
      : traceStep(
          "lookup",
          {
            sv: `Datumet ändrat genom beslut ${occurrence.amended.decision} (${occurrence.amended.date})`,
            en: `Date changed by decision ${occurrence.amended.decision} (${occurrence.amended.date})`,
          },
          occurrence.due,
          { depth: 1, sources: occurrence.amended.sources },
        ),
  ];
  for (const alt of occurrence.alternativeDue ?? []) {
    steps.push(traceStep("lookup", { sv: "En annan källa anger", en: "Another source gives" }, alt.due, { depth: 1, sources: alt.sources }));
  }
  if (judged.earlier !== undefined) {
    steps.push(
      traceStep("setting", { sv: "Prövas mot det tidigaste datumet (deadlines.earliestDue)", en: "Judged against the earliest date (deadlines.earliestDue)" }, judged.earlier, {
        depth: 1,
      }),
    );
  }
  steps.push(
    traceStep(
      "calendar",
      {
        sv: `Är ${judged.baseDue} en vardag? (lag 1930:173 2 §: inte lördag, söndag, annan helgdag, midsommar-, jul- eller nyårsafton)`,
        en: `Is ${judged.baseDue} a workday? (lag 1930:173 §2: not a Saturday, Sunday, other public holiday, midsommar-, jul- or nyårsafton)`,
      },
      isWorkday(judged.baseDue),
      { sources: [SHIFT_SOURCE] },
    ),
    traceStep("calendar", { sv: "Sista dag flyttad till nästa vardag enligt 2 §", en: "Due date moved to the next workday under §2" }, judged.statutoryDue, {
      depth: 1,
      sources: [SHIFT_SOURCE],
    }),
    traceStep(
      "setting",
      shift
        ? { sv: "Förskjutningen tillämpas på uppdragets datum (deadlines.applyStatutoryShift)", en: "The shift is applied to the commission's date (deadlines.applyStatutoryShift)" }
        : {
            sv: "Förskjutningen tillämpas inte: lagen gäller tid som bestäms i lag eller annan författning, ett uppdrags datum bestäms genom beslut (deadlines.applyStatutoryShift)",
            en: "The shift is not applied: the law concerns time set by statute, a commission's date is set by a decision (deadlines.applyStatutoryShift)",
          },
      shift,
      { depth: 1 },
    ),
    traceStep("compute", { sv: "Sista dag som gäller", en: "Due date used" }, judged.due),
    traceStep(
      "lookup",
      { sv: `Inlämningar kända per ${asOf}`, en: `Submissions known by ${asOf}` },
      submissions.map((s) => s.submittedOn),
    ),
    traceStep(
      "compute",
      {
        sv: `Status per ${asOf} (kalenderns deadlineStatus; snart aktuell inom ${settings.deadlines.dueSoonDays} dagar)`,
        en: `Status as of ${asOf} (the calendar's deadlineStatus; due soon within ${settings.deadlines.dueSoonDays} days)`,
      },
      judged.status,
    ),
  );
  return steps;
}

/**
 * Rule `deliverable.on-time`: the status, as of `asOf`, of every occurrence
 * of every deliverable of the subject's commissions (from the catalog, or
 * passed in): submitted on time (pass), submitted late (fail, by how many
 * days and workdays), overdue (fail: not submitted and past due), due soon
 * (warning: within `deadlines.dueSoonDays`, default 30), or upcoming
 * (not-applicable). A later decision that moved the date (an amendment
 * decided by `asOf`) gives the date used, and the message says so. The due
 * date is the one written in the commission; the weekend and holiday shift
 * of lag (1930:173) §2 applies only with the profile setting
 * `deadlines.applyStatutoryShift` (default `false`: the law covers time
 * limits "i lag eller annan författning", and a government commission is
 * not a författning). Evidence always shows the written and the shifted
 * date, and any alternative date another source gives. Submissions that
 * match no deliverable occurrence are reported as warnings.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const source = { kind: "seed" as const, file: "000_fd74c5439764a9cd.txt" };
 * const commission = {
 *   id: "example-commission",
 *   title: { sv: "Uppdrag", en: "Commission" },
 *   issuerId: "government",
 *   assigneeId: "lansstyrelsen-stockholm",
 *   decisions: [],
 *   period: { from: "2012-02-16", to: "2012-12-31" },
 *   parts: [
 *     {
 *       id: "groundwork",
 *       title: { sv: "Underlag", en: "Groundwork" },
 *       consultations: [],
 *       deliverables: [
 *         {
 *           id: "example-groundwork-report",
 *           kind: "report" as const,
 *           title: { sv: "Redovisning av underlaget", en: "Groundwork report" },
 *           recipientId: "government-offices",
 *           due: { kind: "fixed" as const, date: "2012-09-01" },
 *           requiredContent: [],
 *           amendments: [],
 *           sources: [source],
 *         },
 *       ],
 *       sources: [source],
 *     },
 *   ],
 *   sources: [source],
 * };
 * const input = { commissions: [commission], submissions: [{ deliverableId: "example-groundwork-report", submittedOn: "2012-09-03", contents: [] }] };
 * check(input, { asOf: "2012-10-01", rules: ["deliverable.on-time"] }).map((f) => [f.verdict, f.evidence.daysLate]);
 * // => [["fail",2]]
 * check(input, { asOf: "2012-10-01", rules: ["deliverable.on-time"], profile: { id: "shift", name: "Förskjutning", deadlines: { applyStatutoryShift: true } } })
 *   .filter((f) => f.ruleId === "deliverable.on-time")
 *   .map((f) => [f.verdict, f.evidence.due]);
 * // => [["pass","2012-09-03"]]
 * ```
 */
export const deliverableOnTimeRule: Rule = {
  id: "deliverable.on-time",
  title: {
    sv: "Redovisningar lämnas i tid",
    en: "Deliverables are submitted on time",
  },
  description: {
    sv: "Varje redovisning i uppdragen: lämnad i tid, lämnad för sent (dagar och arbetsdagar), försenad, snart aktuell eller kommande; ändrade datum och andra källors datum redovisas.",
    en: "Each deliverable of the commissions: submitted on time, submitted late (days and workdays), overdue, due soon or upcoming; amended dates and other sources' dates are shown.",
  },
  basis: [
    { kind: "seed", file: "000_fd74c5439764a9cd.txt", locator: "En redovisning av deluppdraget ska lämnas … senast den 1 september 2012" },
    {
      ...SHIFT_SOURCE,
      note: "Applies to time limits set in lag or annan författning; applied to commission dates only with the profile setting deadlines.applyStatutoryShift.",
    },
  ],
  appliesTo: ["deliverable", "submission"],
  settings: ["deadlines.applyStatutoryShift", "deadlines.dueSoonDays", "deadlines.earliestDue"],
  check(context) {
    const { asOf, data } = context;
    const out: RuleOutcome[] = [];
    const index = deliverableIndex(data.commissions);
    const known = data.submissions.filter((s) => s.submittedOn <= asOf).sort(compareSubmissions);
    const matched = new Set<Submission>();
    // The occurrences as of `asOf` come from the catalog's one occurrence function.
    for (const occurrence of deliverableOccurrences(data.commissions, { asOf })) {
      const ref = index
        .get(occurrence.deliverableId)
        ?.find((r) => r.commission.id === occurrence.commissionId && r.part.id === occurrence.partId);
      if (ref === undefined) continue;
      const mine = context.index.submissionsOf(ref.deliverable.id).filter((s) => countsFor(s, occurrence, asOf));
      for (const s of mine) matched.add(s);
      out.push(statusOf(occurrence, ref, context, mine));
    }
    for (const submission of known) {
      if (matched.has(submission)) continue;
      const refs = index.get(submission.deliverableId);
      const id = occurrenceId(submission.deliverableId, submission.occurrence);
      out.push({
        subject: { kind: "submission", id },
        verdict: "warning",
        message:
          refs === undefined
            ? {
                sv: `Inlämningen ${submission.submittedOn} gäller ${submission.deliverableId}, som inte finns bland de uppdrag som kontrolleras.`,
                en: `The submission of ${submission.submittedOn} is for ${submission.deliverableId}, which is not among the commissions checked.`,
              }
            : {
                sv: `Inlämningen ${submission.submittedOn} av ${submission.deliverableId} motsvarar inget tillfälle (år ${submission.occurrence ?? yearText(submission.submittedOn)}) i uppdraget.`,
                en: `The submission of ${submission.deliverableId} on ${submission.submittedOn} matches no occurrence (year ${submission.occurrence ?? yearText(submission.submittedOn)}) of the commission.`,
              },
        evidence: {
          deliverableId: submission.deliverableId,
          occurrence: submission.occurrence ?? null,
          submittedOn: submission.submittedOn,
          knownDeliverable: refs !== undefined,
        },
        key: submission.submittedOn,
      });
    }
    return out;
  },
};
