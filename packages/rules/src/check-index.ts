import type { AnnualReport, Meeting, MunicipalPlan, Submission } from "@romsk-inkludering/model";
import type { CheckData, CheckIndex } from "./types.js";
import { compareStrings } from "./util.js";

const NONE: readonly never[] = Object.freeze([]);

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = out.get(key);
    if (group === undefined) out.set(key, [item]);
    else group.push(item);
  }
  return out;
}

/** Submissions in the order the rules read them: by date submitted, then contents (a stable sort: ties keep input order). */
export function compareSubmissions(a: Submission, b: Submission): number {
  return compareStrings(a.submittedOn, b.submittedOn) || compareStrings(a.contents.join(","), b.contents.join(","));
}

/**
 * Builds the check's index once, in one pass over each list: annual reports
 * by actor, meetings by commission and by organiser, plans by actor and
 * submissions by deliverable, and a slot for what several rules derive
 * alike, made when a rule first asks. Every
 * group keeps the order of its list in {@link CheckData} (submissions
 * sorted by {@link compareSubmissions}), so a rule that reads a group sees
 * exactly the records a scan of the whole list would have kept, in the
 * same order.
 */
export function buildIndex(data: CheckData): CheckIndex {
  const reports = groupBy(data.reports, (r) => r.actorId);
  const meetings = groupBy(data.meetings, (m) => m.commissionId);
  const organised = groupBy(data.meetings, (m) => m.organiserId);
  const plans = groupBy(data.plans, (p) => p.actorId);
  // Grouped first, then each group sorted: a stable sort, so each group is in the order a sort of the whole list would give it, at less cost.
  const submissions = groupBy(data.submissions, (s) => s.deliverableId);
  for (const group of submissions.values()) group.sort(compareSubmissions);
  // What the rules derive alike, made when a rule first asks (see CheckIndex.shared).
  const slots = new Map<symbol, unknown>();
  return {
    reportsOf: (actorId: string): readonly AnnualReport[] => reports.get(actorId) ?? NONE,
    meetingsOf: (commissionId: string): readonly Meeting[] => meetings.get(commissionId) ?? NONE,
    meetingsOrganisedBy: (organiserId: string): readonly Meeting[] => organised.get(organiserId) ?? NONE,
    plansOf: (actorId: string): readonly MunicipalPlan[] => plans.get(actorId) ?? NONE,
    submissionsOf: (deliverableId: string): readonly Submission[] => submissions.get(deliverableId) ?? NONE,
    shared<T>(slot: symbol, make: () => T): T {
      if (slots.has(slot)) return slots.get(slot) as T;
      const value = make();
      slots.set(slot, value);
      return value;
    },
  };
}
