import type { Amendment, Commission, CommissionPart, Deliverable, DueRule, Submission } from "@romsk-inkludering/model";
import { compareStrings } from "./util.js";

/** A deliverable with the commission and part it belongs to. */
export interface DeliverableRef {
  readonly commission: Commission;
  readonly part: CommissionPart;
  readonly deliverable: Deliverable;
}

/** One dated occurrence of a deliverable (one per year for a yearly due rule). */
export interface Occurrence {
  readonly ref: DeliverableRef;
  /** The year of a yearly deliverable's occurrence; `undefined` for a fixed date. */
  readonly year: number | undefined;
  /** `<deliverable id>` or `<deliverable id>/<year>`. */
  readonly subjectId: string;
  /** The date written in the commission. */
  readonly writtenDue: string;
  /** The latest amendment decided by `asOf` that moves this occurrence, if any. */
  readonly amendment: Amendment | undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The dates of a due rule: one for a fixed date, one per year for a yearly rule. */
export function dueDates(due: DueRule): { year: number | undefined; date: string }[] {
  if (due.kind === "fixed") return [{ year: undefined, date: due.date }];
  const out: { year: number | undefined; date: string }[] = [];
  for (let year = due.fromYear; year <= due.toYear; year += 1) {
    out.push({ year, date: `${pad(year, 4)}-${pad(due.month, 2)}-${pad(due.day, 2)}` });
  }
  return out;
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
 * The amendment that applies to an occurrence as of a date: decided on or
 * before `asOf`; for a yearly deliverable, the one naming the occurrence's
 * year (or, without `occurrence`, whose new date falls in that year); the
 * latest decision wins.
 */
function amendmentFor(deliverable: Deliverable, year: number | undefined, asOf: string): Amendment | undefined {
  let best: Amendment | undefined;
  for (const amendment of deliverable.amendments) {
    if (amendment.date > asOf) continue;
    if (year !== undefined) {
      const target = amendment.occurrence ?? Number(amendment.newDue.slice(0, 4));
      if (target !== year) continue;
    }
    if (
      best === undefined ||
      amendment.date > best.date ||
      (amendment.date === best.date && compareStrings(amendment.newDue, best.newDue) > 0)
    ) {
      best = amendment;
    }
  }
  return best;
}

/** The occurrences of a deliverable as of a date (amendments decided after `asOf` are not yet known). */
export function occurrencesOf(ref: DeliverableRef, asOf: string): Occurrence[] {
  return dueDates(ref.deliverable.due).map(({ year, date }) => ({
    ref,
    year,
    subjectId: occurrenceId(ref.deliverable.id, year),
    writtenDue: date,
    amendment: amendmentFor(ref.deliverable, year, asOf),
  }));
}

/**
 * The occurrence a submission is for: its `occurrence` year, or for a
 * yearly deliverable without one, the occurrence due in the year it was
 * submitted.
 */
export function submissionYear(submission: Submission, deliverable: Deliverable): number | undefined {
  if (deliverable.due.kind === "fixed") return undefined;
  return submission.occurrence ?? Number(submission.submittedOn.slice(0, 4));
}
