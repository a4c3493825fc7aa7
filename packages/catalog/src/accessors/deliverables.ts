import { statutoryDeadline, yearlyDates } from "@romsk-inkludering/calendar";
import type { Commission, DueRule } from "@romsk-inkludering/model";
import { overlaps } from "@romsk-inkludering/model";
import { deepFreeze } from "../freeze.js";
import type { DeliverableOccurrence } from "../types.js";
import { contextOf, knownBy, optionalDate, requireIsoDate } from "./context.js";

/** The dates of a due rule: one for a fixed date, one per year for a yearly rule. */
function dueDates(due: DueRule): { year: number | null; date: string }[] {
  if (due.kind === "fixed") return [{ year: null, date: due.date }];
  if (due.toYear < due.fromYear) return [];
  return yearlyDates(due).map((date, i) => ({ year: due.fromYear + i, date }));
}

function compareOccurrences(a: DeliverableOccurrence, b: DeliverableOccurrence): number {
  const keys: [string, string][] = [
    [a.due, b.due],
    [a.commissionId, b.commissionId],
    [a.partId, b.partId],
    [a.deliverableId, b.deliverableId],
  ];
  for (const [x, y] of keys) if (x !== y) return x < y ? -1 : 1;
  return (a.occurrence ?? 0) - (b.occurrence ?? 0);
}

/** `date` moved under lag (1930:173) §2; the date itself past the calendar's last day (2200-12-31). @internal */
export function shifted(date: string): string {
  try {
    return statutoryDeadline(date);
  } catch (error) {
    if (error instanceof RangeError) return date;
    throw error;
  }
}

/**
 * The dated occurrences of the deliverables of some commissions as of a
 * date: the one function of the library that works them out, used by the
 * catalog's {@link deliverables}, the rules' deadline check, the SDK's
 * deadlines and the command line. Each occurrence has the due date as
 * written (`writtenDue`), the date that applies (`due`: as written, or as
 * moved by the latest amendment decided by `asOf`), the dates other sources
 * give (`alternativeDue`) and the date lag (1930:173) §2 would give
 * (`statutoryDue`: the next workday when `due` is not one; whether it
 * applies is a setting, see the calendar's `DEFAULT_APPLY_STATUTORY_SHIFT`).
 * With `asOf`, a commission or deliverable decided after it is not yet
 * known and left out. `from`/`to` keep the occurrences due (or given by
 * another source) in that window; `actorId` those of one assignee.
 *
 * @category Deadlines
 * @param commissions - the commissions, e.g. the catalog's or a municipality's own
 * @param options - `from`, `to`, `asOf` (ISO dates, not checked here) and `actorId`
 * @returns the occurrences, sorted by date, frozen
 * @example
 * ```ts
 * import { commissions, deliverableOccurrences } from "@romsk-inkludering/catalog";
 * const [groundwork] = deliverableOccurrences(commissions(), { from: "2012-09-01", to: "2012-09-01", asOf: "2012-08-15" });
 * [groundwork?.writtenDue, groundwork?.due, groundwork?.statutoryDue];
 * // => ["2012-09-01","2012-09-01","2012-09-03"]
 * ```
 */
export function deliverableOccurrences(
  commissions: readonly Commission[],
  options: { from?: string | undefined; to?: string | undefined; actorId?: string | undefined; asOf?: string | undefined } = {},
): readonly DeliverableOccurrence[] {
  const { from, to, asOf } = options;
  const window = { validFrom: from, validTo: to };
  const inRange = (date: string) => overlaps({ validFrom: date, validTo: date }, window);
  const out: DeliverableOccurrence[] = [];
  for (const commission of commissions) {
    if (options.actorId !== undefined && commission.assigneeId !== options.actorId) continue;
    if (!knownBy(commission, asOf)) continue;
    for (const part of commission.parts) {
      for (const deliverable of part.deliverables) {
        if (!knownBy(deliverable, asOf)) continue;
        for (const { year, date: writtenDue } of dueDates(deliverable.due)) {
          let amendment: (typeof deliverable.amendments)[number] | undefined;
          for (const a of deliverable.amendments) {
            if (asOf !== undefined && a.date > asOf) continue;
            if (year !== null && (a.occurrence ?? Number(a.newDue.slice(0, 4))) !== year) continue;
            if (amendment === undefined || a.date > amendment.date || (a.date === amendment.date && a.newDue > amendment.newDue)) {
              amendment = a;
            }
          }
          const due = amendment?.newDue ?? writtenDue;
          const alternatives = (deliverable.alternativeDue ?? []).flatMap((alt) =>
            dueDates(alt.due)
              .filter((d) => year === null || Number(d.date.slice(0, 4)) === year)
              .map((d) => ({ due: d.date, sources: alt.sources, ...(alt.note === undefined ? {} : { note: alt.note }) })),
          );
          if (!inRange(due) && !alternatives.some((alt) => inRange(alt.due))) continue;
          out.push({
            commissionId: commission.id,
            partId: part.id,
            deliverableId: deliverable.id,
            assigneeId: commission.assigneeId,
            occurrence: year,
            due,
            writtenDue,
            statutoryDue: shifted(due),
            recipientId: deliverable.recipientId,
            kind: deliverable.kind,
            title: deliverable.title,
            ...(amendment === undefined
              ? {}
              : { amended: { decision: amendment.decision, date: amendment.date, writtenDue, sources: amendment.sources } }),
            ...(alternatives.length === 0 ? {} : { alternativeDue: alternatives }),
          });
        }
      }
    }
  }
  return deepFreeze(out.sort(compareOccurrences));
}

/**
 * The dated occurrences of every deliverable, sorted by due date: a yearly
 * rule gives one per year. `due` is the date written in the commission (or
 * set by an amendment decided by `asOf`, when given), never shifted for
 * weekends or holidays. An occurrence is included when its due date, or a
 * date another source gives for it (`alternativeDue`), lies in
 * `from`..`to` (inclusive; either may be left out). `actorId` keeps the
 * deliverables of one assignee. With `asOf` (given, or bound by
 * {@link createCatalog}), a deliverable whose commission (or itself) was
 * decided after it is not yet known and left out, and only amendments
 * decided by then move a date.
 *
 * @category Deadlines
 * @param options - `from`, `to`, `asOf` (ISO dates) and `actorId`
 * @returns the occurrences
 * @throws RangeError when a date option is not an ISO date
 * @example
 * ```ts
 * import { deliverables } from "@romsk-inkludering/catalog";
 * deliverables({ from: "2013-01-01", to: "2015-12-31" })
 *   .filter((d) => d.deliverableId === "pilot-status-report")
 *   .map((d) => [d.occurrence, d.due, d.recipientId]);
 * // => [[2013,"2013-04-15","arbetsmarknadsdepartementet"],[2014,"2014-04-15","arbetsmarknadsdepartementet"],[2015,"2015-04-15","arbetsmarknadsdepartementet"]]
 * deliverables({ from: "2018-12-01", to: "2018-12-31" }).map((d) => [d.due, d.alternativeDue?.map((a) => a.due)]);
 * // => [["2018-12-15",["2018-10-15"]]]
 * // As of 2016-01-01, Ku2019/02101/CSM (decided 19 Dec 2019) and the regleringsbrev of 2024 are not yet known:
 * [...new Set(deliverables({ from: "2020-01-01", asOf: "2016-01-01" }).map((d) => d.commissionId))];
 * // => ["ku2016-00159-disk"]
 * deliverables({ from: "2020-01-01", asOf: "2020-01-01" }).map((d) => d.deliverableId).slice(0, 2);
 * // => ["annual-report-2016-2020","ku2019-yearly-report"]
 * ```
 */
export function deliverables(
  this: unknown,
  options?: { from?: string; to?: string; actorId?: string; asOf?: string },
): readonly DeliverableOccurrence[] {
  const context = contextOf(this);
  return deliverableOccurrences(context.data.commissions, {
    from: options?.from === undefined ? undefined : requireIsoDate(options.from, "deliverables: options.from"),
    to: options?.to === undefined ? undefined : requireIsoDate(options.to, "deliverables: options.to"),
    asOf: optionalDate(context, options?.asOf, "deliverables: options.asOf"),
    actorId: options?.actorId,
  });
}
