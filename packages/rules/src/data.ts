import type { Commission, ComplianceInput, FundingApplication, Meeting } from "@romsk-inkludering/model";
import type { CatalogView, CheckData } from "./types.js";
import { SHORT_LIST_LENGTH } from "./short-lists.js";
import { canonicalJson, compareStrings } from "./util.js";

/** One item per id; two different items with one id keep the canonically smaller (independent of order). */
function dedupe<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  // The canonical JSON of the item kept for an id, made once, and only when its id comes again.
  let canonical: Map<string, string> | undefined;
  for (const item of items) {
    const seen = out.get(item.id);
    if (seen === undefined) {
      out.set(item.id, item);
      continue;
    }
    if (seen === item) continue;
    canonical ??= new Map();
    const kept = canonical.get(item.id) ?? canonicalJson(seen);
    const candidate = canonicalJson(item);
    if (candidate < kept) {
      out.set(item.id, item);
      canonical.set(item.id, candidate);
    } else canonical.set(item.id, kept);
  }
  return out;
}

/** One item per id, sorted by id: on a clash an item of `preferred` (the input) wins over `fallback` (the catalog). */
function byId<T extends { id: string }>(preferred: readonly T[], fallback: readonly T[]): T[] {
  return [...merged(preferred, fallback).values()].sort((a, b) => compareStrings(a.id, b.id));
}

/** One item per id, in no particular order (for a caller that sorts by a total order of its own): as {@link byId} without its sort. */
function merged<T extends { id: string }>(preferred: readonly T[], fallback: readonly T[]): Map<string, T> {
  const out = dedupe(preferred);
  if (fallback.length === 0) return out;
  // Nothing preferred (the common case: meetings only in the annual reports): the fallback's own map, without a second.
  if (out.size === 0) return dedupe(fallback);
  for (const [id, item] of dedupe(fallback)) if (!out.has(id)) out.set(id, item);
  return out;
}

function compareMeetings(a: Meeting, b: Meeting): number {
  return compareStrings(a.date, b.date) || compareStrings(a.id, b.id);
}

/**
 * One date's meetings sorted in place by id (unique): a short list by
 * insertion, without the work list the built-in sort makes on every call,
 * a longer one by the built-in sort (the order is total, so both give it).
 */
function sortedById(held: Meeting[]): Meeting[] {
  if (held.length > SHORT_LIST_LENGTH) return held.sort((a, b) => compareStrings(a.id, b.id));
  for (let i = 1; i < held.length; i += 1) {
    const meeting = held[i] as Meeting;
    let j = i - 1;
    while (j >= 0 && (held[j] as Meeting).id > meeting.id) {
      held[j + 1] = held[j] as Meeting;
      j -= 1;
    }
    held[j + 1] = meeting;
  }
  return held;
}

/**
 * Sorts meetings in place by date, then id ({@link compareMeetings}), with
 * the order a sort by it gives: nothing to do when they are in order
 * already (one actor's consultations usually are); otherwise grouped by
 * date in one pass, the dates sorted and each date's few meetings by id,
 * which takes a third of the comparisons of a sort of the whole list.
 * Grouping gives the same order because the ids are unique after merging
 * (so the order is total); input with a date or id that is not text
 * (unvalidated) is sorted by the comparison itself.
 */
function sortMeetings(meetings: Meeting[]): void {
  let sorted = true;
  for (let i = 1; i < meetings.length && sorted; i += 1) sorted = compareMeetings(meetings[i - 1] as Meeting, meetings[i] as Meeting) <= 0;
  if (sorted) return;
  const byDate = new Map<string, Meeting | Meeting[]>();
  for (const meeting of meetings) {
    if (typeof meeting.date !== "string" || typeof meeting.id !== "string") {
      meetings.sort(compareMeetings);
      return;
    }
    const seen = byDate.get(meeting.date);
    if (seen === undefined) byDate.set(meeting.date, meeting);
    else if (Array.isArray(seen)) seen.push(meeting);
    else byDate.set(meeting.date, [seen, meeting]);
  }
  const dates = [...byDate.keys()].sort(compareStrings);
  let at = 0;
  for (const date of dates) {
    const held = byDate.get(date) as Meeting | Meeting[];
    if (!Array.isArray(held)) meetings[at++] = held;
    else for (const meeting of sortedById(held)) meetings[at++] = meeting;
  }
}

/** The catalog commissions in scope as of `asOf` (those decided by then): the subject's (as assignee), or, without a subject, those the input refers to. */
function catalogCommissions(input: ComplianceInput, catalog: CatalogView, asOf: string): readonly Commission[] {
  const all = catalog.commissions({ asOf });
  if (input.subject !== undefined) return all.filter((c) => c.assigneeId === input.subject);
  const deliverables = new Set((input.submissions ?? []).map((s) => s.deliverableId));
  const commissionIds = new Set<string>();
  for (const meeting of input.meetings ?? []) if (meeting.commissionId !== undefined) commissionIds.add(meeting.commissionId);
  for (const report of input.reports ?? []) {
    for (const meeting of report.consultations) if (meeting.commissionId !== undefined) commissionIds.add(meeting.commissionId);
  }
  if (deliverables.size === 0 && commissionIds.size === 0) return [];
  return all.filter(
    (c) => commissionIds.has(c.id) || c.parts.some((p) => p.deliverables.some((d) => deliverables.has(d.id))),
  );
}

/**
 * Normalises a check's input as of a date: every list present, meetings
 * merged from `meetings` and the annual reports' consultations (one per
 * id), the commissions (decided by `asOf`) and funding applications in
 * scope resolved. A record dated after `asOf` is not yet known and is left
 * out: a commission of the input decided after it (as the catalog's are),
 * a grant application that came in, a submission handed in, a meeting held, an annual report submitted or a
 * forum meeting after it.
 */
export function normalise(input: ComplianceInput, catalog: CatalogView, asOf: string): CheckData {
  const known = (date: string | undefined): boolean => date === undefined || date <= asOf;
  const reports = (input.reports ?? []).filter((r) => known(r.submittedOn));
  const reportMeetings: Meeting[] = [];
  for (const report of reports) reportMeetings.push(...report.consultations);
  // Sorted once, by date and id: ids are unique after merging, so the order is the same as sorting by id first.
  const meetings: Meeting[] = [];
  for (const m of merged(input.meetings ?? [], reportMeetings).values()) if (known(m.date)) meetings.push(m);
  sortMeetings(meetings);
  const catalogApplications: readonly FundingApplication[] =
    input.subject === undefined ? [] : catalog.fundingApplications().filter((a) => a.applicantId === input.subject);
  return {
    subject: input.subject,
    commissions: byId(
      (input.commissions ?? []).filter((c) => known(c.decided?.on)),
      catalogCommissions(input, catalog, asOf),
    ),
    submissions: (input.submissions ?? []).filter((s) => known(s.submittedOn)),
    meetings,
    reports,
    networkParticipation: input.networkParticipation ?? [],
    forumRecords: (input.forumRecords ?? []).map((r) =>
      r.meetingDates.every(known) ? r : { ...r, meetingDates: r.meetingDates.filter(known) },
    ),
    plans: input.plans ?? [],
    fundingApplications: byId(input.fundingApplications ?? [], catalogApplications),
    grantApplications: byId(input.grantApplications ?? [], []).filter((a) => known(a.submittedOn)),
  };
}
