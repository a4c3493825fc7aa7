/**
 * Lookups into the catalog for the tests: the commissions and deliverables
 * of the seeds, found by what the seed says (dates and kinds), so the tests
 * read like the seed text.
 */
import type { Commission, CommissionPart, Deliverable } from "@romsk-inkludering/model";
import { defaultCatalog } from "@romsk-inkludering/rules";

export interface Found {
  readonly commission: Commission;
  readonly part: CommissionPart;
  readonly deliverable: Deliverable;
}

/** The first catalog deliverable that matches, with its commission and part; throws when the catalog lacks it. */
export function findDeliverable(what: string, predicate: (d: Deliverable) => boolean): Found {
  for (const commission of defaultCatalog.commissions()) {
    for (const part of commission.parts) {
      for (const deliverable of part.deliverables) {
        if (predicate(deliverable)) return { commission, part, deliverable };
      }
    }
  }
  throw new Error(`the catalog has no deliverable for ${what}`);
}

/** Seed 000: "En redovisning av deluppdraget ska lämnas … senast den 1 september 2012" (a Saturday). */
export const groundwork = (): Found =>
  findDeliverable("the groundwork report due 2012-09-01", (d) => d.due.kind === "fixed" && d.due.date === "2012-09-01");

/** Seed 000: "årligen under 2013–2015 senast den 15 april … en lägesrapport". */
export const statusReport = (): Found =>
  findDeliverable(
    "the pilot's yearly status report",
    (d) => d.kind === "status-report" && d.due.kind === "yearly" && d.due.month === 4 && d.due.day === 15 && d.due.fromYear === 2013,
  );

/** Seeds 002/003 and minoritet.se: the nulägesbeskrivning due 2018-12-15, another source 2018-10-15. */
export const nulagesbeskrivning = (): Found =>
  findDeliverable("the second nulägesbeskrivning", (d) =>
    (d.alternativeDue ?? []).some((a) => a.due.kind === "fixed" && a.due.date === "2018-10-15"),
  );
