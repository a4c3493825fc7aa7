import type { Commission, CommissionPart, Deliverable, Submission } from "@romsk-inkludering/model";
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
export function submissionYear(submission: Submission, deliverable: Deliverable): number | undefined {
  if (deliverable.due.kind === "fixed") return undefined;
  return submission.occurrence ?? Number(yearText(submission.submittedOn));
}
