import type { Commission, CommissionPart, Deliverable, Submission } from "@romsk-inkludering/model";
import { compareIsoDates } from "@romsk-inkludering/calendar";
import { yearText } from "./util.js";

/** A deliverable with the commission and part it belongs to. */
export interface DeliverableRef {
  readonly commission: Commission;
  readonly part: CommissionPart;
  readonly deliverable: Deliverable;
}

/** Every deliverable of the commissions, by deliverable id. */
export function deliverableIndex(commissions: readonly Commission[]): Map<string, DeliverableRef[]> {
  const index = new Map<string, DeliverableRef[]>();
  for (const commission of commissions) {
    for (const part of commission.parts) {
      for (const deliverable of part.deliverables) {
        const list = index.get(deliverable.id);
        const ref = { commission, part, deliverable };
        if (list === undefined) index.set(deliverable.id, [ref]);
        else list.push(ref);
      }
    }
  }
  return index;
}

/** The subject id of an occurrence. */
export function occurrenceId(deliverableId: string, year: number | undefined): string {
  return year === undefined ? deliverableId : `${deliverableId}/${year}`;
}

/**
 * The occurrence a submission is for: its `occurrence` year, or for a
 * yearly deliverable without one, the occurrence due in the year it was
 * submitted.
 */
export function submissionYear(submission: HandIn, deliverable: Pick<Deliverable, "due">): number | undefined {
  if (deliverable.due.kind === "fixed") return undefined;
  return submission.occurrence ?? Number(yearText(submission.submittedOn));
}

/** What a hand-in says about itself: the deliverable, the occurrence (a year) when given, the day it came in. */
export type HandIn = Pick<Submission, "deliverableId" | "submittedOn"> & { readonly occurrence?: number | null | undefined };

/**
 * Whether a hand-in counts for one occurrence as of `asOf`: it is for the
 * deliverable, for that occurrence (its `occurrence`, or for a yearly
 * deliverable without one, the year it came in: {@link submissionYear}),
 * and it came in by `asOf` (one that came in later is not yet known). The
 * one test the on-time rule and the obligations listing both use; of those
 * that count, the earliest is the hand-in judged.
 */
export function countsFor(handIn: HandIn, occurrence: { readonly deliverableId: string; readonly occurrence: number | null }, asOf: string): boolean {
  if (handIn.deliverableId !== occurrence.deliverableId || compareIsoDates(handIn.submittedOn, asOf) > 0) return false;
  return occurrence.occurrence === null || (handIn.occurrence ?? Number(yearText(handIn.submittedOn))) === occurrence.occurrence;
}

/** The earliest of the days, or `undefined` for none: the hand-in judged among those that count. */
export function earliestDay(days: Iterable<string>): string | undefined {
  let first: string | undefined;
  for (const day of days) if (first === undefined || compareIsoDates(day, first) < 0) first = day;
  return first;
}
