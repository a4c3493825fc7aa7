import type { Bilingual, JsonValue } from "@romsk-inkludering/model";
import { validityEvidence, validityGap } from "./rule-validity.js";
import { SHORT_LIST_LENGTH } from "./short-lists.js";
import { traceStep } from "./trace.js";
import type { Rule, RuleOutcome, Subject } from "./types.js";

/**
 * JSON with object keys sorted (by UTF-16 code units), so equal values give
 * equal strings; `undefined` properties are left out, as `JSON.stringify`
 * does. One string builder, no intermediate arrays of entries.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i += 1) out += (i === 0 ? "" : ",") + canonicalJson(value[i]);
    return `${out}]`;
  }
  const keys = Object.keys(value).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    out += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
}

/** Compares strings by UTF-16 code units (locale-independent). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted copy of unique strings (a short list of strings without making a `Set` or using the built-in sort, with the same result). */
export function uniqueSorted<T extends string>(values: Iterable<T>): T[] {
  if (Array.isArray(values) && values.length <= SHORT_LIST_LENGTH) {
    const list: readonly unknown[] = values;
    const out: T[] = [];
    let strings = true;
    for (let i = 0; i < list.length && strings; i += 1) {
      const item = list[i];
      if (typeof item !== "string") strings = false;
      else if (!out.includes(item as T)) out.push(item as T);
    }
    // Strings only (unvalidated input may hold anything else): then the order is one total order, and any stable sort gives it.
    if (strings) return insertionSorted(out);
  }
  return [...new Set(values)].sort(compareStrings);
}

/**
 * Sorts a short list in place by {@link compareStrings}, stably, as
 * `Array.prototype.sort` would (both sorts are stable, so the order is the
 * same), without the work lists the built-in sort makes on every call.
 */
function insertionSorted<T extends string>(list: T[]): T[] {
  for (let i = 1; i < list.length; i += 1) {
    const item = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compareStrings(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j -= 1;
    }
    list[j + 1] = item;
  }
  return list;
}

/** "1 dag" / "2 dagar". */
export function daysSv(n: number): string {
  return `${n} ${Math.abs(n) === 1 ? "dag" : "dagar"}`;
}

/** "1 day" / "2 days". */
export function daysEn(n: number): string {
  return `${n} ${Math.abs(n) === 1 ? "day" : "days"}`;
}

/** "1 arbetsdag" / "2 arbetsdagar". */
export function workdaysSv(n: number): string {
  return `${n} ${Math.abs(n) === 1 ? "arbetsdag" : "arbetsdagar"}`;
}

/** "1 workday" / "2 workdays". */
export function workdaysEn(n: number): string {
  return `${n} ${Math.abs(n) === 1 ? "workday" : "workdays"}`;
}

/** A list for a message: "a, b och c" / "a, b and c". */
export function listSv(items: readonly string[]): string {
  const last = items.at(-1);
  const rest = items.slice(0, -1);
  return rest.length === 0 ? (last ?? "") : `${rest.join(", ")} och ${last}`;
}

/** A list for a message: "a, b and c". */
export function listEn(items: readonly string[]): string {
  const last = items.at(-1);
  const rest = items.slice(0, -1);
  return rest.length === 0 ? (last ?? "") : `${rest.join(", ")} and ${last}`;
}

/**
 * The `not-applicable` outcome for an event on `date` that lies outside a
 * rule's validity (before `validFrom` or after `validTo`), saying why, or
 * `undefined` when the rule applies on that date.
 */
export function notInForceOn(rule: Pick<Rule, "validFrom" | "validTo">, subject: Subject, date: string, explain = false): RuleOutcome | undefined {
  const gap = validityGap(rule, date);
  if (gap === undefined) return undefined;
  return {
    trace: explain
      ? [
          traceStep("lookup", { sv: "Dag för det som prövas", en: "Day of what is judged" }, date),
          gap === "before"
            ? traceStep("compute", { sv: `Före regelns första dag ${rule.validFrom}?`, en: `Before the rule's first day ${rule.validFrom}?` }, true, { depth: 1 })
            : traceStep("compute", { sv: `Efter regelns sista dag ${rule.validTo}?`, en: `After the rule's last day ${rule.validTo}?` }, true, { depth: 1 }),
        ]
      : undefined,
    subject,
    verdict: "not-applicable",
    message:
      gap === "before"
        ? { sv: `Regeln gäller från ${rule.validFrom}; ${date} ligger före.`, en: `The rule applies from ${rule.validFrom}; ${date} is before that.` }
        : { sv: `Regeln gällde till och med ${rule.validTo}; ${date} ligger efter.`, en: `The rule applied until ${rule.validTo}; ${date} is after that.` },
    evidence: { date, ...validityEvidence(rule) },
  };
}

/** The message of a thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return String(error);
  } catch {
    return "unknown error";
  }
}

function group(n: number, separator: string): string {
  return String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "130 000 kr" (as in the seeds), "−10 000 kr". */
export function kronorSv(n: number): string {
  return `${n < 0 ? "−" : ""}${group(n, " ")} kr`;
}

/** "SEK 130,000", "SEK −10,000". */
export function sekEn(n: number): string {
  return `SEK ${n < 0 ? "−" : ""}${group(n, ",")}`;
}

/** Whether an annual report is known as of a date: submitted by then, or (without a submission date) its year has begun. */
export function reportKnown(report: { year: number; submittedOn?: string | undefined }, asOf: string): boolean {
  return (report.submittedOn ?? `${report.year}-01-01`) <= asOf;
}

/** The year of an ISO date `YYYY-MM-DD`, as written. */
export function yearText(date: string): string {
  return date.slice(0, date.indexOf("-"));
}

/** A sort key for the `i`-th of `count` items, padded so that keys compare as the indexes do. */
export function indexKey(i: number, count: number): string {
  return String(i).padStart(String(count).length, "0");
}

const ROMA_PARTY_ROLES: ReadonlySet<string> = new Set(["roma-representatives", "roma-experts", "roma-organisations"]);
const ROMA_PARTICIPANT_ROLES: ReadonlySet<string> = new Set(["roma-representative", "roma-expert"]);

/**
 * The consultations with the Roma minority (see {@link isMinorityConsultation})
 * held by `asOf` that a meeting rule judges, in the order given: a meeting on
 * a date outside the rule's validity gets its `not-applicable` outcome in
 * `outcomes` (see {@link notInForceOn}) and is left out.
 */
export function consultationsToJudge<M extends Parameters<typeof isMinorityConsultation>[0] & { readonly id: string; readonly date: string }>(
  rule: Pick<Rule, "validFrom" | "validTo">,
  meetings: readonly M[],
  asOf: string,
  outcomes: RuleOutcome[],
  explain = false,
): M[] {
  const out: M[] = [];
  for (const meeting of meetings) {
    if (!isMinorityConsultation(meeting) || meeting.date > asOf) continue;
    if (validityGap(rule, meeting.date) === undefined) {
      out.push(meeting);
      continue;
    }
    const outside = notInForceOn(rule, { kind: "meeting", id: meeting.id }, meeting.date, explain);
    if (outside !== undefined) outcomes.push(outside);
  }
  return out;
}

/**
 * Whether a meeting is a consultation with the Roma minority in the sense
 * of lag 2009:724 §5: every samråd (`consultation`), and a `dialogue` that
 * names Roma among its parties or participants, or names no parties at all
 * (nothing then shows it is not one). A dialogue among agencies only, such
 * as the 2012 groundwork's "i dialog med" seven agencies (seed 000), is not.
 */
export function isMinorityConsultation(meeting: {
  readonly kind: string;
  readonly parties: readonly { readonly kind: string; readonly role?: string }[];
  readonly participants: readonly { readonly role: string }[];
}): boolean {
  if (meeting.kind === "consultation") return true;
  if (meeting.kind !== "dialogue") return false;
  if (meeting.parties.length === 0) return true;
  // Loops rather than `some` with a function made at every call (this runs for every meeting, in several rules); like `some`, they skip holes.
  const { parties, participants } = meeting;
  for (let i = 0; i < parties.length; i += 1) {
    if (!(i in parties)) continue;
    const p = parties[i] as (typeof parties)[number];
    if (p.kind === "role" && p.role !== undefined && ROMA_PARTY_ROLES.has(p.role)) return true;
  }
  for (let i = 0; i < participants.length; i += 1) {
    if (!(i in participants)) continue;
    if (ROMA_PARTICIPANT_ROLES.has((participants[i] as (typeof participants)[number]).role)) return true;
  }
  return false;
}
