/**
 * Copies of one annual report: two reports with the same id, or two for the
 * same actor and year, are one report; the national report never sums them.
 */

/**
 * What {@link dedupeReports} reads of an annual report (a model
 * `AnnualReport` fits): its id, actor, year and submission date.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportIdentity } from "@romsk-inkludering/reports";
 * const r: ReportIdentity = { id: "municipality-0580-2017", actorId: "municipality-0580", year: 2017, submittedOn: "2018-04-18" };
 * r.actorId;
 * // => "municipality-0580"
 * ```
 */
export interface ReportIdentity {
  readonly id: string;
  readonly actorId: string;
  readonly year: number;
  readonly submittedOn?: string | undefined;
}

/**
 * One report as {@link ReplacedReport} names it: id, actor, year,
 * submission date (`null` when the report has none) and its position among
 * the reports given (0-based, counting every report in the order read).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportRef } from "@romsk-inkludering/reports";
 * const ref: ReportRef = { id: "municipality-0580-2017", actorId: "municipality-0580", year: 2017, submittedOn: null, index: 3 };
 * ref.index;
 * // => 3
 * ```
 */
export interface ReportRef {
  readonly id: string;
  readonly actorId: string;
  readonly year: number;
  readonly submittedOn: string | null;
  readonly index: number;
}

/**
 * A report left out because a later copy of it replaced it, with the copy
 * that was used.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReplacedReport } from "@romsk-inkludering/reports";
 * const r: ReplacedReport = {
 *   id: "municipality-0580-2017", actorId: "municipality-0580", year: 2017, submittedOn: "2018-04-10", index: 0,
 *   replacedBy: { id: "municipality-0580-2017", actorId: "municipality-0580", year: 2017, submittedOn: "2018-04-18", index: 4 },
 * };
 * r.replacedBy.submittedOn;
 * // => "2018-04-18"
 * ```
 */
export interface ReplacedReport extends ReportRef {
  readonly replacedBy: ReportRef;
}

/**
 * The result of {@link dedupeReports}: one report per copy group, in the
 * order read, and every report left out.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { DedupedReports, ReportIdentity } from "@romsk-inkludering/reports";
 * const none: DedupedReports<ReportIdentity> = { reports: [], replaced: [] };
 * none.replaced.length;
 * // => 0
 * ```
 */
export interface DedupedReports<R> {
  readonly reports: R[];
  readonly replaced: ReplacedReport[];
}

/**
 * Options of {@link dedupeReports}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { DedupeOptions } from "@romsk-inkludering/reports";
 * const options: DedupeOptions = { year: 2017 };
 * options.year;
 * // => 2017
 * ```
 */
export interface DedupeOptions {
  /** Only reports of this year are kept or replaced; the others are skipped (but still counted in `index`). */
  readonly year?: number | undefined;
}

interface Group<R> {
  members: ReportRef[];
  winner: ReportRef;
  value: R;
}

/** Whether `a` replaces `b`: submitted later (a report without a date counts as the earliest), or as late and read later. */
function replaces(a: ReportRef, b: ReportRef): boolean {
  if (a.submittedOn !== b.submittedOn) return b.submittedOn === null || (a.submittedOn !== null && a.submittedOn > b.submittedOn);
  return a.index > b.index;
}

/**
 * Keeps one report of each group of copies and says what it left out. Two
 * reports are copies of one report when they have the same `id`, or the
 * same `actorId` and `year` (and so, in a chain, are all reports linked
 * that way). Of the copies, **the later submission replaces the earlier**:
 * the one with the latest `submittedOn` is used (a report without a date
 * counts as submitted before any dated one); between equal dates, the one
 * read last. Every report left out is listed in `replaced`, with its
 * position in the input and the report that replaced it.
 *
 * Reads the iterable once; memory grows with the number of reports kept
 * (one per actor and year), plus a few fields of each report read.
 *
 * @category Reports
 * @param reports - annual reports (or anything with id, actor, year and submission date), in the order read
 * @param options - `year`: only reports of that year count
 * @returns the reports kept, in the order read, and those replaced
 * @example
 * ```ts
 * import { dedupeReports, type ReportIdentity } from "@romsk-inkludering/reports";
 * const first: ReportIdentity = { id: "municipality-0580-2017", actorId: "municipality-0580", year: 2017, submittedOn: "2018-04-10" };
 * const corrected: ReportIdentity = { ...first, submittedOn: "2018-04-18" };
 * const other: ReportIdentity = { id: "municipality-2180-2017", actorId: "municipality-2180", year: 2017 };
 * const { reports, replaced } = dedupeReports([first, other, corrected]);
 * reports.map((r) => [r.id, r.submittedOn]);
 * // => [["municipality-2180-2017",null],["municipality-0580-2017","2018-04-18"]]
 * replaced.map((r) => [r.index, r.replacedBy.index]);
 * // => [[0,2]]
 * ```
 */
export function dedupeReports<R extends ReportIdentity>(reports: Iterable<R>, options: DedupeOptions = {}): DedupedReports<R> {
  const byId = new Map<string, Group<R>>();
  const byActorYear = new Map<string, Group<R>>();
  const groups = new Set<Group<R>>();
  let index = 0;
  for (const report of reports) {
    const ref: ReportRef = { id: report.id, actorId: report.actorId, year: report.year, submittedOn: report.submittedOn ?? null, index };
    index += 1;
    if (options.year !== undefined && report.year !== options.year) continue;
    const key = `${report.year}|${report.actorId}`;
    const sameId = byId.get(report.id);
    const sameActorYear = byActorYear.get(key);
    let group: Group<R>;
    if (sameId === undefined && sameActorYear === undefined) {
      group = { members: [ref], winner: ref, value: report };
      groups.add(group);
    } else {
      group = (sameId ?? sameActorYear) as Group<R>;
      const other = sameId !== undefined && sameActorYear !== undefined && sameId !== sameActorYear ? sameActorYear : undefined;
      if (other !== undefined) {
        // The report links two groups: they are one.
        groups.delete(other);
        for (const member of other.members) {
          group.members.push(member);
          byId.set(member.id, group);
          byActorYear.set(`${member.year}|${member.actorId}`, group);
        }
        if (replaces(other.winner, group.winner)) {
          group.winner = other.winner;
          group.value = other.value;
        }
      }
      group.members.push(ref);
      if (replaces(ref, group.winner)) {
        group.winner = ref;
        group.value = report;
      }
    }
    byId.set(report.id, group);
    byActorYear.set(key, group);
  }
  const kept = [...groups].sort((a, b) => a.winner.index - b.winner.index);
  const replaced: ReplacedReport[] = [];
  for (const group of kept) {
    for (const member of group.members) if (member !== group.winner) replaced.push({ ...member, replacedBy: group.winner });
  }
  replaced.sort((a, b) => a.index - b.index);
  return { reports: kept.map((g) => g.value), replaced };
}
