import { deliverableOccurrences } from "@romsk-inkludering/catalog";
import { overlaps, PARTY_ROLE_LABELS, valueAsOf, type Commission, type CommissionPart, type ConsultationMode, type Meeting, type PartyRef, type TraceStep } from "@romsk-inkludering/model";
import { comparisonStep, traceStep } from "../trace.js";
import { match } from "ts-pattern";
import type { CatalogView, Rule, RuleOutcome } from "../types.js";
import { compareStrings, indexKey, listEn, listSv } from "../util.js";

/** One party that has to be met, with what satisfies it. */
interface AtomicParty {
  /** Stable id in the evidence: an actor id, `role:<role>` or `programme:<id>`. */
  readonly id: string;
  readonly label: { sv: string; en: string };
  readonly met: (meeting: Meeting) => boolean;
}

const MODE_WORDS: Readonly<Record<ConsultationMode, { sv: string; en: string }>> = Object.freeze({
  dialogue: { sv: "i dialog med", en: "in dialogue with" },
  consultation: { sv: "i samråd med", en: "in consultation with" },
  cooperation: { sv: "i samverkan med", en: "in cooperation with" },
  together: { sv: "tillsammans med", en: "together with" },
});

function actorLabel(catalog: CatalogView, id: string, date: string): { sv: string; en: string } {
  const actor = catalog.getActor(id, { asOf: date });
  const name = actor === undefined ? undefined : (valueAsOf(actor.names, date) ?? actor.names[0]?.value);
  return name === undefined ? { sv: id, en: id } : { sv: name.name.sv, en: name.name.en };
}

/** The actor and its successors (renamed or merged authorities), as ids. */
function withSuccessors(catalog: CatalogView, id: string, date: string): Set<string> {
  const ids = new Set<string>([id]);
  let current = catalog.getActor(id, { asOf: date });
  while (current?.successorId !== undefined && !ids.has(current.successorId)) {
    ids.add(current.successorId);
    current = catalog.getActor(current.successorId, { asOf: current.validTo ?? date });
  }
  return ids;
}

function actorParty(catalog: CatalogView, actorId: string, from: string, extra?: (m: Meeting) => boolean): AtomicParty {
  const ids = withSuccessors(catalog, actorId, from);
  return {
    id: actorId,
    label: actorLabel(catalog, actorId, from),
    met: (m) =>
      ids.has(m.organiserId) ||
      m.parties.some((p) => p.kind === "actor" && ids.has(p.actorId)) ||
      (extra !== undefined && extra(m)),
  };
}

/** Expands a party reference into the parties that each have to be met. */
function expand(catalog: CatalogView, ref: PartyRef, from: string, to: string): AtomicParty[] {
  return match(ref)
    .with({ kind: "actor" }, (r) => [actorParty(catalog, r.actorId, from)])
    .with({ kind: "programme-municipalities" }, (r) => {
      const viaProgramme = (m: Meeting) =>
        m.parties.some((p) => p.kind === "programme-municipalities" && p.programmeId === r.programmeId);
      const programme = catalog.programmes().find((p) => p.id === r.programmeId);
      if (programme === undefined) {
        return [{ id: `programme:${r.programmeId}`, label: { sv: r.programmeId, en: r.programmeId }, met: viaProgramme }];
      }
      return programme.municipalities
        .filter((m) => overlaps(m, { validFrom: from, validTo: to }))
        .map((m) => actorParty(catalog, m.actorId, from, viaProgramme));
    })
    .with({ kind: "role" }, (r) => {
      const viaRef = (m: Meeting) => m.parties.some((p) => p.kind === "role" && p.role === r.role);
      const participantRole = match(r.role)
        .with("roma-representatives", () => "roma-representative" as const)
        .with("roma-experts", () => "roma-expert" as const)
        .with("roma-organisations", () => "organisation-representative" as const)
        .with("elected-representatives", () => "elected-representative" as const)
        .exhaustive();
      const met = (m: Meeting) =>
        viaRef(m) ||
        m.participants.some((p) => p.role === participantRole && p.count > 0) ||
        (r.role === "elected-representatives" && m.withElectedRepresentatives === true);
      return [{ id: `role:${r.role}`, label: PARTY_ROLE_LABELS[r.role], met }];
    })
    .exhaustive();
}

/** The first submission (known as of `asOf`) of any of the part's deliverables. */
function firstSubmission(part: CommissionPart, submissions: readonly { deliverableId: string; submittedOn: string }[], asOf: string) {
  const ids = new Set(part.deliverables.map((d) => d.id));
  let first: { deliverableId: string; submittedOn: string } | undefined;
  for (const s of submissions) {
    if (!ids.has(s.deliverableId) || s.submittedOn > asOf) continue;
    if (
      first === undefined ||
      s.submittedOn < first.submittedOn ||
      (s.submittedOn === first.submittedOn && compareStrings(s.deliverableId, first.deliverableId) < 0)
    ) {
      first = s;
    }
  }
  return first;
}

/** What closes the window in which the parties must have taken part, and so the step's label. */
const DEADLINE_REASON_LABELS = {
  submission: { sv: "Sista dag för samrådet: redovisningen lämnades", en: "Last day for the consultation: the deliverable was submitted" },
  "period-end": { sv: "Sista dag för samrådet: deluppdragets period slutade", en: "Last day for the consultation: the part's period ended" },
  "due-date-passed": { sv: "Sista dag för samrådet: redovisningens sista dag har passerat", en: "Last day for the consultation: the deliverable's due date has passed" },
  "as-of": { sv: "Prövas per dagen (deluppdraget pågår)", en: "Judged as of the day (the part is running)" },
} as const;

function checkPart(
  commission: Commission,
  part: CommissionPart,
  context: Parameters<Rule["check"]>[0],
  out: RuleOutcome[],
): void {
  const { asOf, catalog, data } = context;
  const from = part.period?.from ?? commission.period.from;
  const to = part.period?.to ?? commission.period.to;
  const subject = { kind: "commission-part" as const, id: `${commission.id}/${part.id}` };
  const basisOf = (i: number) => [...part.sources, ...(part.consultations[i]?.sources ?? [])];
  if (from > asOf) {
    part.consultations.forEach((requirement, i) => {
      out.push({
        subject,
        verdict: "not-applicable",
        message: {
          sv: `Deluppdraget börjar ${from}, efter ${asOf}.`,
          en: `The part starts on ${from}, after ${asOf}.`,
        },
        evidence: { mode: requirement.mode, period: { from, to }, asOf },
        basis: basisOf(i),
        key: indexKey(i, part.consultations.length),
        trace:
          context.explain === true
            ? [
                traceStep("lookup", { sv: `Deluppdrag: ${part.title.sv}`, en: `Part of the commission: ${part.title.en}` }, subject.id, { sources: part.sources }),
                traceStep("lookup", { sv: "Deluppdragets period börjar", en: "The part's period starts" }, from, { depth: 1 }),
                traceStep("compute", { sv: `Börjar deluppdraget efter ${asOf}?`, en: `Does the part start after ${asOf}?` }, true),
              ]
            : undefined,
      });
    });
    return;
  }
  const submission = firstSubmission(part, [...new Set(part.deliverables.map((d) => d.id))].flatMap((id) => context.index.submissionsOf(id)), asOf);
  const periodEnd = to < asOf ? to : asOf;
  const deadline = submission !== undefined && submission.submittedOn < periodEnd ? submission.submittedOn : periodEnd;
  // The latest due date of the part's deliverables as of `asOf` (the catalog's occurrences: as written, or as
  // moved by an amendment decided by then): once it has passed unsubmitted, a missing party is final.
  const lastDue = deliverableOccurrences([{ ...commission, parts: [part] }], { asOf })
    .map((o) => o.due)
    .reduce<string | undefined>((latest, date) => (latest === undefined || date > latest ? date : latest), undefined);
  const deadlineReason =
    submission !== undefined && submission.submittedOn < periodEnd
      ? "submission"
      : to < asOf
        ? "period-end"
        : lastDue !== undefined && lastDue < asOf
          ? "due-date-passed"
          : "as-of";
  const linked = context.index.meetingsOf(commission.id).filter(
    (m) => m.commissionId === commission.id && (m.partId === undefined || m.partId === part.id) && m.date <= asOf,
  );
  const inWindow = linked.filter((m) => m.date >= from && m.date <= deadline);
  // The steps every requirement of the part shares: the part, its period, the submission and due date that close the window, the meetings.
  const shared: TraceStep[] | undefined =
    context.explain === true
      ? [
          traceStep("lookup", { sv: `Deluppdrag: ${part.title.sv}`, en: `Part of the commission: ${part.title.en}` }, subject.id, { sources: part.sources }),
          traceStep("lookup", { sv: `Uppdrag: ${commission.title.sv}`, en: `Commission: ${commission.title.en}` }, commission.id, { depth: 1, sources: commission.sources }),
          traceStep("lookup", { sv: "Deluppdragets period börjar", en: "The part's period starts" }, from, { depth: 1 }),
          traceStep("lookup", { sv: "Deluppdragets period slutar", en: "The part's period ends" }, to, { depth: 1 }),
          traceStep(
            "lookup",
            submission === undefined
              ? { sv: `Ingen redovisning av deluppdraget inlämnad per ${asOf}`, en: `No deliverable of the part submitted by ${asOf}` }
              : { sv: `Första inlämnade redovisningen (${submission.deliverableId})`, en: `First deliverable submitted (${submission.deliverableId})` },
            submission?.submittedOn ?? null,
          ),
          traceStep(
            "lookup",
            { sv: `Senaste sista dag för deluppdragets redovisningar per ${asOf} (katalogens deliverableOccurrences)`, en: `Latest due date of the part's deliverables as of ${asOf} (the catalog's deliverableOccurrences)` },
            lastDue ?? null,
          ),
          traceStep("compute", DEADLINE_REASON_LABELS[deadlineReason], deadline),
          traceStep("lookup", { sv: `Möten kopplade till uppdraget per ${asOf}`, en: `Meetings linked to the commission by ${asOf}` }, linked.map((m) => m.id)),
          traceStep("compute", { sv: `Varav inom perioden och senast ${deadline}`, en: `Of which within the period and by ${deadline}` }, inWindow.map((m) => m.id), { depth: 1 }),
        ]
      : undefined;
  part.consultations.forEach((requirement, i) => {
    const parties = requirement.parties.flatMap((ref) => expand(catalog, ref, from, to));
    const seen = new Set<string>();
    const unique = parties.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
    unique.sort((a, b) => compareStrings(a.id, b.id));
    const consulted: { party: string; date: string; meetingId: string }[] = [];
    const missing: AtomicParty[] = [];
    for (const party of unique) {
      const first = inWindow.find((m) => party.met(m));
      if (first === undefined) missing.push(party);
      else consulted.push({ party: party.id, date: first.date, meetingId: first.id });
    }
    const words = MODE_WORDS[requirement.mode];
    const trace =
      shared === undefined
        ? undefined
        : [
            ...shared,
            traceStep(
              "lookup",
              { sv: `Deluppdraget ska genomföras ${words.sv}: parter`, en: `The part is to be carried out ${words.en}: parties` },
              unique.length,
              { sources: requirement.sources },
            ),
            ...unique.map((party) => {
              const met = consulted.find((c) => c.party === party.id);
              return traceStep(
                "compute",
                met === undefined
                  ? { sv: `Deltog ${party.label.sv} inom fönstret?`, en: `Did ${party.label.en} take part within the window?` }
                  : { sv: `Deltog ${party.label.sv} inom fönstret? Först i mötet ${met.meetingId}`, en: `Did ${party.label.en} take part within the window? First in the meeting ${met.meetingId}` },
                met === undefined ? false : met.date,
                { depth: 1 },
              );
            }),
            comparisonStep({ sv: "Parter som deltog", en: "Parties that took part" }, consulted.length, ">=", unique.length),
            ...(missing.length === 0
              ? []
              : [
                  traceStep(
                    "compute",
                    { sv: "Saknade parter är slutgiltiga (redovisningen lämnad, perioden slut eller sista dag passerad); annars en varning", en: "Missing parties are final (deliverable submitted, period over or due date passed); otherwise a warning" },
                    deadlineReason !== "as-of",
                    { depth: 1 },
                  ),
                ]),
          ];
    const evidence = {
      mode: requirement.mode,
      period: { from, to },
      deadline,
      deadlineReason,
      lastDue: lastDue ?? null,
      firstSubmission: submission === undefined ? null : { deliverableId: submission.deliverableId, submittedOn: submission.submittedOn },
      required: unique.map((p) => p.id),
      consulted,
      missing: missing.map((p) => p.id),
      linkedMeetings: linked.map((m) => m.id),
      meetingsAfterDeadline: linked.filter((m) => m.date > deadline).map((m) => m.id),
    };
    const key = indexKey(i, part.consultations.length);
    if (missing.length === 0) {
      out.push({
        subject,
        verdict: "pass",
        message: {
          sv: `Alla ${unique.length} parter som deluppdraget ska genomföras ${words.sv} har deltagit senast ${deadline}.`,
          en: `All ${unique.length} parties the part is to be carried out ${words.en} took part by ${deadline}.`,
        },
        evidence,
        basis: basisOf(i),
        key,
        trace,
      });
      return;
    }
    const final = deadlineReason !== "as-of";
    const missingSv = listSv(missing.map((p) => p.label.sv));
    const missingEn = listEn(missing.map((p) => p.label.en));
    const when = {
      sv:
        deadlineReason === "submission"
          ? `före redovisningen ${deadline}`
          : deadlineReason === "period-end"
            ? `under perioden ${from}–${to}`
            : deadlineReason === "due-date-passed"
              ? `per ${deadline}, och redovisningen skulle ha lämnats senast ${lastDue}`
              : `hittills (deluppdraget pågår till ${to})`,
      en:
        deadlineReason === "submission"
          ? `before the submission of ${deadline}`
          : deadlineReason === "period-end"
            ? `during the period ${from} to ${to}`
            : deadlineReason === "due-date-passed"
              ? `as of ${deadline}, and the deliverable was due by ${lastDue}`
              : `so far (the part runs until ${to})`,
    };
    out.push({
      subject,
      verdict: final ? "fail" : "warning",
      message: {
        sv: `${missing.length} av ${unique.length} parter som deluppdraget ska genomföras ${words.sv} saknas ${when.sv}: ${missingSv}.`,
        en: `${missing.length} of ${unique.length} parties the part is to be carried out ${words.en} are missing ${when.en}: ${missingEn}.`,
      },
      evidence,
      basis: basisOf(i),
      key,
      trace,
    });
  });
}

/**
 * Rule `consultation.required-parties`: each party that a commission part
 * is to be carried out with ("i dialog med", "i samråd med", "i samverkan
 * med", "tillsammans med") took part in a meeting linked to the part
 * (`commissionId`, and `partId` or none), within the part's period and on
 * or before the first submission of the part's deliverables (or, with none
 * yet, by the end of the period or `asOf`). A party is met as the organiser
 * or in the meeting's `parties` (an authority also through its successor,
 * e.g. Statens folkhälsoinstitut by Folkhälsomyndigheten); the
 * municipalities of a programme one by one or through a
 * `programme-municipalities` party; a role (Roma representatives, Roma
 * experts, Roma organisations, elected representatives) by participants in
 * that role. Missing parties are listed; while the part runs and nothing
 * has been submitted and no deliverable is past its due date, a missing
 * party is a warning; afterwards a failure.
 *
 * @category Consultation
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
 *       consultations: [
 *         { mode: "consultation" as const, parties: [{ kind: "role" as const, role: "roma-representatives" as const }, { kind: "role" as const, role: "roma-experts" as const }] },
 *       ],
 *       deliverables: [],
 *       sources: [source],
 *     },
 *   ],
 *   sources: [source],
 * };
 * const meeting = {
 *   id: "samrad-2012-05-10",
 *   date: "2012-05-10",
 *   organiserId: "lansstyrelsen-stockholm",
 *   kind: "consultation" as const,
 *   areas: [],
 *   topics: [],
 *   commissionId: "example-commission",
 *   partId: "groundwork",
 *   parties: [],
 *   participants: [{ role: "roma-representative" as const, count: 6 }],
 * };
 * const [finding] = check({ commissions: [commission], meetings: [meeting] }, { asOf: "2013-01-31", rules: ["consultation.required-parties"] });
 * [finding?.verdict, finding?.evidence.missing];
 * // => ["fail",["role:roma-experts"]]
 * ```
 */
export const requiredConsultationRule: Rule = {
  id: "consultation.required-parties",
  title: {
    sv: "Uppdraget genomförs i samråd med de parter som uppdraget anger",
    en: "The commission is carried out with the parties it names",
  },
  description: {
    sv: "Varje part som ett deluppdrag ska genomföras i dialog, samråd eller samverkan med har deltagit inom deluppdragets period och före redovisningen; saknade parter listas.",
    en: "Each party a commission part is to be carried out in dialogue, consultation or cooperation with took part within the part's period and before the submission; missing parties are listed.",
  },
  basis: [
    { kind: "seed", file: "000_fd74c5439764a9cd.txt", locator: "i dialog med … i samråd med … samråda med lokala romska företrädare och sakkunniga" },
    { kind: "sfs", sfs: "2009:724", section: "5 §", title: "Lag om nationella minoriteter och minoritetsspråk" },
  ],
  appliesTo: ["commission-part"],
  settings: [],
  check(context) {
    const out: RuleOutcome[] = [];
    for (const commission of context.data.commissions) {
      for (const part of commission.parts) {
        if (part.consultations.length > 0) checkPart(commission, part, context, out);
      }
    }
    return out;
  },
};
