import { deadlineStatus, isWorkday } from "@romsk-inkludering/calendar";
import type { GrantRoundAsOf } from "@romsk-inkludering/catalog";
import type { GrantApplication, JsonValue, Source } from "@romsk-inkludering/model";
import { startTrace, traceStep } from "../trace.js";
import type { Rule, RuleContext, RuleOutcome } from "../types.js";
import { daysEn, daysSv, listEn, listSv } from "../util.js";

const SHIFT_SOURCE: Source = { kind: "sfs", sfs: "1930:173", section: "2 §", title: "Lag om beräkning av lagstadgad tid" };

const FORESKRIFT: Source = {
  kind: "url",
  url: "https://www.lansstyrelsen.se/stockholm/om-oss/om-lansstyrelsen-stockholm/lanets-forfattningssamling/forfattningar-2022/forfattningssamling-2022/2022-09-08-01fs-202228.html",
  title: "01FS 2022:28 Länsstyrelsen i Stockholms läns beslut om statsbidrag till kommuner för att främja romsk inkludering",
  note: "3 §: the application \"ska ha kommit in\" by the round's last day; 4 §: \"I ansökan bör kommunen särskilt beskriva\" the measure's potential for long-term effects and more.",
};

/**
 * The criterion the application answers with `romaInvolvement` (women and
 * children each) rather than with a text of its own.
 */
const INVOLVEMENT_CRITERION = "roma-women-and-children";

const PARTS = ["women", "children"] as const;
type Part = (typeof PARTS)[number];
const PART_LABELS: Record<Part, { sv: string; en: string }> = {
  women: { sv: "romska kvinnors delaktighet", en: "the involvement of Roma women" },
  children: { sv: "romska barns delaktighet", en: "the involvement of Roma children" },
};

/** The sources, each once (the criteria share theirs). */
function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The deadline outcome of one application against its round. */
function deadlineOutcome(application: GrantApplication, round: GrantRoundAsOf, context: RuleContext): RuleOutcome {
  const { asOf, settings } = context;
  const shift = settings.deadlines.applyStatutoryShift;
  // The one status function (calendar), as for deliverables.
  const judged = deadlineStatus({ due: round.deadline, asOf, submittedOn: application.submittedOn, applyStatutoryShift: shift });
  const due = judged.effectiveDue;
  const late = judged.status === "late";
  const evidence: Record<string, JsonValue> = {
    applicationId: application.id,
    applicantId: application.applicantId,
    roundId: round.id,
    schemeId: round.schemeId,
    grantorId: round.grantorId ?? null,
    deadline: round.deadline,
    statutoryDeadline: judged.statutoryDue,
    applyStatutoryShift: shift,
    due,
    submittedOn: application.submittedOn,
    status: judged.status,
    statusUnderOtherReading: judged.otherReading === null ? null : judged.otherReading.status,
  };
  if (late) evidence.daysLate = judged.daysLate;
  const shiftNote =
    judged.statutoryDue === round.deadline
      ? { sv: "", en: "" }
      : shift
        ? {
            sv: ` Sista dag ${round.deadline} infaller på en lördag, söndag eller helgdag och flyttas enligt lag (1930:173) 2 § till ${judged.statutoryDue}.`,
            en: ` The last day ${round.deadline} falls on a Saturday, Sunday or holiday and moves to ${judged.statutoryDue} under lag (1930:173) §2.`,
          }
        : {
            sv: ` (Med förskjutning enligt lag (1930:173) 2 § hade sista dag varit ${judged.statutoryDue}; den tillämpas bara med inställningen deadlines.applyStatutoryShift.)`,
            en: ` (With the shift of lag (1930:173) §2 the last day would have been ${judged.statutoryDue}; it applies only with the setting deadlines.applyStatutoryShift.)`,
          };
  const message = late
    ? {
        sv: `Ansökan ${application.id} till omgången med sista dag ${round.deadline} kom in ${application.submittedOn}, ${daysSv(judged.daysLate ?? 0)} för sent (sista dag ${due}).`,
        en: `Application ${application.id} to the round closing ${round.deadline} came in on ${application.submittedOn}, ${daysEn(judged.daysLate ?? 0)} late (last day ${due}).`,
      }
    : {
        sv: `Ansökan ${application.id} till omgången med sista dag ${round.deadline} kom in ${application.submittedOn}, i tid (sista dag ${due}).`,
        en: `Application ${application.id} to the round closing ${round.deadline} came in on ${application.submittedOn}, on time (last day ${due}).`,
      };
  // The trace only when the check explains: without it nothing is built.
  const trace = startTrace(context);
  trace?.push(
    traceStep("lookup", { sv: `Ansökningsomgång ${round.id} (SFS ${round.sfs})`, en: `Grant round ${round.id} (SFS ${round.sfs})` }, { roundId: round.id, year: round.year, knownFrom: round.decided.on }, { sources: round.sources }),
    traceStep("lookup", { sv: "Sista dag enligt föreskriften", en: "Last day as the regulation writes it" }, round.deadline, { depth: 1, sources: round.sources }),
    traceStep("lookup", { sv: `Bidragsgivare per ${asOf}`, en: `Grantor as of ${asOf}` }, round.grantorId ?? null, { depth: 1 }),
    traceStep(
      "calendar",
      { sv: `Är ${round.deadline} en vardag? (lag 1930:173 2 §)`, en: `Is ${round.deadline} a workday? (lag 1930:173 §2)` },
      isWorkday(round.deadline),
      { sources: [SHIFT_SOURCE] },
    ),
    traceStep("calendar", { sv: "Sista dag flyttad till nästa vardag enligt 2 §", en: "Last day moved to the next workday under §2" }, judged.statutoryDue, { depth: 1, sources: [SHIFT_SOURCE] }),
    traceStep("setting", { sv: "Förskjutningen tillämpas (deadlines.applyStatutoryShift)", en: "The shift is applied (deadlines.applyStatutoryShift)" }, shift, { depth: 1 }),
    traceStep("compute", { sv: "Sista dag som gäller", en: "Last day used" }, due),
    traceStep("lookup", { sv: "Ansökan kom in", en: "The application came in" }, application.submittedOn),
    traceStep("compute", { sv: `Status per ${asOf} (kalenderns deadlineStatus)`, en: `Status as of ${asOf} (the calendar's deadlineStatus)` }, judged.status),
  );
  if (late) trace?.push(traceStep("compute", { sv: "Dagar för sent", en: "Days late" }, judged.daysLate, { depth: 1 }));
  const basis: Source[] = [...round.sources, FORESKRIFT];
  if (shift) basis.push(SHIFT_SOURCE, ...(context.profile?.sources ?? []));
  return {
    subject: { kind: "grant-application", id: application.id },
    verdict: late ? "fail" : "pass",
    message: { sv: `${message.sv}${shiftNote.sv}`, en: `${message.en}${shiftNote.en}` },
    evidence,
    basis,
    trace,
    key: "deadline",
  };
}

/** The criteria outcome: which of the round's application criteria the application leaves undescribed. */
function criteriaOutcome(application: GrantApplication, round: GrantRoundAsOf, context: RuleContext): RuleOutcome {
  const answered = new Set(application.criteria.map((a) => a.criterionId));
  const known = new Set(round.criteria.map((c) => c.id));
  const judged = round.criteria.filter((c) => c.assessedIn === "application");
  const byGrantor = round.criteria.filter((c) => c.assessedIn === "allocation").map((c) => c.id);
  const involvement = application.romaInvolvement;
  const missingParts: Part[] = PARTS.filter((part) => involvement?.[part] === undefined);
  const missing = judged.filter((c) => (c.id === INVOLVEMENT_CRITERION ? missingParts.length > 0 : !answered.has(c.id)));
  const unknown = [...answered].filter((id) => !known.has(id)).sort();
  // The trace only when the check explains: without it nothing is built.
  const trace = startTrace(context);
  trace?.push(traceStep("lookup", { sv: "Kriterier som ansökan ska beskriva", en: "Criteria the application is to describe" }, judged.map((c) => c.id), { sources: uniqueSources(judged.flatMap((c) => c.sources)) }));
  if (trace !== undefined) {
    for (const c of judged) {
      const value = c.id === INVOLVEMENT_CRITERION ? { women: involvement?.women !== undefined, children: involvement?.children !== undefined } : answered.has(c.id);
      trace.push(traceStep("compute", { sv: `Beskrivet: ${c.title.sv}`, en: `Described: ${c.title.en}` }, value, { depth: 1, sources: c.sources }));
    }
  }
  if (byGrantor.length > 0) {
    trace?.push(traceStep("lookup", { sv: "Kriterier som bidragsgivaren väger vid fördelningen", en: "Criteria the grantor weighs in the allocation" }, byGrantor));
  }
  const evidence: Record<string, JsonValue> = {
    applicationId: application.id,
    roundId: round.id,
    criteria: judged.map((c) => c.id),
    answered: [...answered].sort(),
    missingCriteria: missing.map((c) => c.id),
    missingInvolvement: missingParts,
    judgedInAllocation: byGrantor,
    unknownCriteria: unknown,
  };
  const subject = { kind: "grant-application" as const, id: application.id };
  const basis: Source[] = uniqueSources([...judged.flatMap((c) => c.sources), FORESKRIFT]);
  const grantorNote = {
    sv: byGrantor.length === 0 ? "" : ` Spridningen över landet och över kommunstorlekar väger bidragsgivaren vid fördelningen; en enskild ansökan prövas inte mot den.`,
    en: byGrantor.length === 0 ? "" : ` The spread over the country and over municipality sizes is weighed by the grantor across the allocation; one application is not judged against it.`,
  };
  const unknownNote = {
    sv: unknown.length === 0 ? "" : ` Okända kriterier i ansökan: ${unknown.join(", ")}.`,
    en: unknown.length === 0 ? "" : ` Unknown criteria in the application: ${unknown.join(", ")}.`,
  };
  if (missing.length === 0) {
    return {
      subject,
      verdict: "pass",
      message: {
        sv: `Ansökan ${application.id} beskriver alla ${judged.length} kriterier som ansökan ska beskriva, också romska kvinnors och barns delaktighet.${grantorNote.sv}${unknownNote.sv}`,
        en: `Application ${application.id} describes all ${judged.length} criteria an application is to describe, the involvement of Roma women and children included.${grantorNote.en}${unknownNote.en}`,
      },
      evidence,
      basis,
      trace,
      key: "criteria",
    };
  }
  const textual = missing.filter((c) => c.id !== INVOLVEMENT_CRITERION);
  const sv: string[] = textual.map((c) => `"${c.title.sv}"`);
  const en: string[] = textual.map((c) => `"${c.title.en}"`);
  if (missingParts.length > 0) {
    sv.push(missingParts.length === PARTS.length ? "romska kvinnors och barns delaktighet" : PART_LABELS[missingParts[0] as Part].sv);
    en.push(missingParts.length === PARTS.length ? "the involvement of Roma women and children" : PART_LABELS[missingParts[0] as Part].en);
  }
  return {
    subject,
    verdict: "warning",
    message: {
      sv: `Ansökan ${application.id} beskriver inte ${listSv(sv)}; bidragsgivaren ska ta hänsyn till ${missing.length === 1 ? "det" : "dem"} vid fördelningen.${grantorNote.sv}${unknownNote.sv}`,
      en: `Application ${application.id} does not describe ${listEn(en)}; the grantor is to take ${missing.length === 1 ? "it" : "them"} into account in the allocation.${grantorNote.en}${unknownNote.en}`,
    },
    evidence,
    basis,
    trace,
    key: "criteria",
  };
}

/** The applicant outcome, only when the applicant is not one who may apply (or not known to the catalog). */
function applicantOutcome(application: GrantApplication, round: GrantRoundAsOf, context: RuleContext): RuleOutcome | undefined {
  const actor = context.catalog.getActor(application.applicantId, { asOf: context.asOf });
  if (actor !== undefined && round.applicantKinds.includes(actor.kind)) return undefined;
  const evidence: Record<string, JsonValue> = {
    applicationId: application.id,
    applicantId: application.applicantId,
    applicantKind: actor?.kind ?? null,
    applicantKinds: [...round.applicantKinds],
  };
  return {
    subject: { kind: "grant-application", id: application.id },
    verdict: actor === undefined ? "warning" : "fail",
    message:
      actor === undefined
        ? {
            sv: `Sökanden ${application.applicantId} finns inte i katalogen per ${context.asOf}; bara kommuner kan söka bidraget.`,
            en: `The applicant ${application.applicantId} is not in the catalog as of ${context.asOf}; only municipalities may apply for the grant.`,
          }
        : {
            sv: `Sökanden ${application.applicantId} är inte en kommun; bara kommuner kan söka bidraget (SFS ${round.sfs}).`,
            en: `The applicant ${application.applicantId} is not a municipality; only municipalities may apply for the grant (SFS ${round.sfs}).`,
          },
    evidence,
    basis: [...round.sources],
    key: "applicant",
  };
}

/**
 * Rule `grant.application`: each application to a state grant round known
 * as of `asOf` (the input's `grantApplications` that came in by then),
 * judged against its round in the catalog (förordning 2022:259, distributed
 * by Länsstyrelsen i Stockholms län). Up to three findings per application,
 * told apart by their key:
 *
 * - `deadline`: came in by the round's last day (pass) or after it (fail,
 *   with the number of days: the day after the last day is one day late).
 *   The last day is the one the regulation writes; the shift of lag
 *   (1930:173) §2 applies with the profile setting
 *   `deadlines.applyStatutoryShift` (13 November 2022 and 1 October 2023
 *   are Sundays), and the message names the other reading.
 * - `criteria`: describes every criterion an application is to describe
 *   (pass), or not (warning, naming each one missing; the regulation says
 *   the application "bör" describe them, and the grantor "ska ta hänsyn
 *   till" them, so a missing one is not a breach). The involvement of Roma
 *   women and children is read from `romaInvolvement`, women and children
 *   each; the spread over the country and municipality sizes is the
 *   grantor's allocation criterion and not asked of one application.
 * - `applicant`: only when the applicant is not a municipality (fail) or
 *   not in the catalog (warning).
 *
 * An application to a round the catalog does not know as of `asOf` gets
 * one warning.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const application = {
 *   id: "eskilstuna-2023-02",
 *   applicantId: "municipality-0484",
 *   roundId: "grant-round-2023-02-01",
 *   amountSek: 450000,
 *   submittedOn: "2023-02-02",
 *   criteria: [
 *     { criterionId: "long-term-effect", description: "Brobyggarfunktionen blir ordinarie verksamhet." },
 *     { criterionId: "anchoring-among-roma", description: "Planerad med de romska föreningarna." },
 *   ],
 *   romaInvolvement: { children: "Barn i årskurs 4–9 deltar i läxhjälpen." },
 * };
 * check({ grantApplications: [application] }, { asOf: "2023-03-01", rules: ["grant.application"] }).map((f) => [f.verdict, f.evidence.daysLate ?? f.evidence.missingInvolvement]);
 * // => [["warning",["women"]],["fail",1]]
 * ```
 */
export const grantApplicationRule: Rule = {
  id: "grant.application",
  title: { sv: "Ansökan om statsbidrag i tid och med kriterierna beskrivna", en: "Grant application on time and with its criteria described" },
  description: {
    sv: "En kommuns ansökan om statsbidrag för romsk inkludering prövas mot omgångens sista dag (dagar för sent) och mot kriterierna: vilka som inte beskrivs, också romska kvinnors och barns delaktighet.",
    en: "A municipality's application for the state grant for Roma inclusion is judged against its round's last day (days late) and against the criteria: which are not described, the involvement of Roma women and children included.",
  },
  basis: [
    { kind: "sfs", sfs: "2022:259", title: "Förordning (2022:259) om statsbidrag till kommuner för att främja romsk inkludering" },
    FORESKRIFT,
    { kind: "facts", section: "Programmes and commissions", note: "State grant, förordning (2022:259): application deadlines and criteria." },
  ],
  appliesTo: ["grant-application"],
  settings: ["deadlines.applyStatutoryShift"],
  check(context) {
    const out: RuleOutcome[] = [];
    const rounds = context.catalog.grantRounds?.({ asOf: context.asOf, applyStatutoryShift: context.settings.deadlines.applyStatutoryShift }) ?? [];
    const byId = new Map(rounds.map((r) => [r.id, r]));
    for (const application of context.data.grantApplications) {
      const round = byId.get(application.roundId);
      if (round === undefined) {
        out.push({
          subject: { kind: "grant-application", id: application.id },
          verdict: "warning",
          message: {
            sv: `Ansökan ${application.id} gäller omgången ${application.roundId}, som inte är känd per ${context.asOf}; den kan inte prövas.`,
            en: `Application ${application.id} is for the round ${application.roundId}, which is not known as of ${context.asOf}; it cannot be judged.`,
          },
          evidence: { applicationId: application.id, roundId: application.roundId, knownRounds: rounds.map((r) => r.id) },
          key: "deadline",
        });
        continue;
      }
      out.push(deadlineOutcome(application, round, context), criteriaOutcome(application, round, context));
      const applicant = applicantOutcome(application, round, context);
      if (applicant !== undefined) out.push(applicant);
    }
    return out;
  },
};
