import { addDays, term } from "@romsk-inkludering/calendar";
import type { ForumRecord, JsonValue, TraceStep } from "@romsk-inkludering/model";
import { comparisonStep, traceStep } from "../trace.js";
import type { Rule, RuleOutcome } from "../types.js";
import { stricter } from "../settings.js";
import { uniqueSorted, yearText } from "../util.js";

interface Unit {
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

/** The complete terms (or years) inside the record's period that end by `asOf`. */
function completeUnits(record: ForumRecord, per: "term" | "year", asOf: string): Unit[] {
  const units: Unit[] = [];
  const end = record.period.to < asOf ? record.period.to : asOf;
  let cursor = record.period.from;
  while (cursor <= end) {
    const unit: Unit =
      per === "term"
        ? term(cursor)
        : { id: yearText(cursor), from: `${yearText(cursor)}-01-01`, to: `${yearText(cursor)}-12-31` };
    if (unit.from >= record.period.from && unit.to <= end) units.push({ id: unit.id, from: unit.from, to: unit.to });
    if (unit.to >= end) break;
    cursor = addDays(unit.to, 1);
  }
  return units;
}

/**
 * Rule `forum.cadence`: a forum meets as often as it should; the pilot
 * programme's forum "träffas två gånger per termin" (seed 001). The cadence
 * comes from the catalog's forum (`cadence.meetings` per `term` or `year`);
 * each complete term (calendar `term`) or calendar year inside the record's
 * period that has ended by `asOf` gives one finding: `pass` with enough
 * meetings, `fail` with fewer. A record without a complete term, or for a
 * forum missing from the catalog, is `not-applicable`.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const record = { forumId: "pilot-forum", period: { from: "2013-01-01", to: "2013-12-31" }, meetingDates: ["2013-02-12", "2013-05-21", "2013-10-08"] };
 * check({ forumRecords: [record] }, { asOf: "2014-01-31", rules: ["forum.cadence"] }).map((f) => [f.verdict, f.evidence.meetings]);
 * // => [["pass",2],["fail",1]]
 * ```
 */
export const forumCadenceRule: Rule = {
  id: "forum.cadence",
  title: { sv: "Forumet möts så ofta som det ska", en: "The forum meets as often as it should" },
  description: {
    sv: "Forumet ska mötas det antal gånger per termin (eller år) som anges; varje hel termin i perioden prövas.",
    en: "The forum must meet the set number of times per term (or year); each complete term in the period is checked.",
  },
  basis: [{ kind: "seed", file: "001_90733e24716ad9fb.txt", locator: "Forumet träffas två gånger per termin." }],
  appliesTo: ["forum"],
  settings: ["forum.minMeetings"],
  check(context) {
    const forums = new Map(context.catalog.forums().map((f) => [f.id, f]));
    const out: RuleOutcome[] = [];
    for (const record of context.data.forumRecords) {
      const subject = { kind: "forum" as const, id: record.forumId };
      const recordKey = `${record.period.from}|${record.period.to}`;
      const forum = forums.get(record.forumId);
      if (forum === undefined) {
        out.push({
          subject,
          verdict: "not-applicable",
          message: {
            sv: `Forumet ${record.forumId} finns inte i katalogen; hur ofta det ska mötas är okänt.`,
            en: `The forum ${record.forumId} is not in the catalog; how often it should meet is unknown.`,
          },
          evidence: { forumId: record.forumId },
          key: recordKey,
          trace: context.explain === true ? [traceStep("lookup", { sv: `Forumet ${record.forumId} i katalogen`, en: `The forum ${record.forumId} in the catalog` }, false)] : undefined,
        });
        continue;
      }
      const { per } = forum.cadence;
      const required = stricter(forum.cadence.meetings, context.settings.forum.minMeetings, "raise") ?? forum.cadence.meetings;
      const dates = uniqueSorted(record.meetingDates.filter((d) => d <= context.asOf));
      const units = completeUnits(record, per, context.asOf);
      const unitWord = per === "term" ? { sv: "termin", the: "terminen", none: "Ingen hel termin", en: "term" } : { sv: "år", the: "året", none: "Inget helt år", en: "year" };
      // The steps every finding of this record shares: the forum's own number, a profile's, the period and its complete terms.
      const shared: TraceStep[] | undefined =
        context.explain === true
          ? [
              traceStep("lookup", { sv: `Forum i katalogen: ${forum.name.sv}`, en: `Forum in the catalog: ${forum.name.en}` }, forum.id, { sources: forum.sources }),
              traceStep(
                "lookup",
                { sv: `Möten per ${unitWord.sv} enligt forumets egen uppgift`, en: `Meetings per ${unitWord.en} as the forum states it` },
                forum.cadence.meetings,
                { depth: 1, sources: forum.sources },
              ),
              ...(context.settings.forum.minMeetings === undefined
                ? []
                : [traceStep("setting", { sv: "Profilens minsta antal möten (forum.minMeetings)", en: "The profile's least number of meetings (forum.minMeetings)" }, context.settings.forum.minMeetings, { depth: 1, sources: context.profile?.sources ?? [] })]),
              traceStep("compute", { sv: `Krav: möten per ${unitWord.sv} (det högsta av forumets och profilens tal)`, en: `Required meetings per ${unitWord.en} (the higher of the forum's and the profile's number)` }, required, { depth: 1 }),
              traceStep("lookup", { sv: "Perioden i underlaget börjar", en: "The record's period starts" }, record.period.from),
              traceStep("lookup", { sv: "Perioden i underlaget slutar", en: "The record's period ends" }, record.period.to),
              traceStep("lookup", { sv: `Mötesdatum kända per ${context.asOf}`, en: `Meeting dates known by ${context.asOf}` }, dates),
              traceStep(
                "calendar",
                per === "term"
                  ? { sv: `Hela terminer i perioden som har slutat per ${context.asOf} (kalenderns term: vårtermin januari–juni, hösttermin juli–december)`, en: `Complete terms of the period ended by ${context.asOf} (the calendar's term: spring January–June, autumn July–December)` }
                  : { sv: `Hela kalenderår i perioden som har slutat per ${context.asOf}`, en: `Complete calendar years of the period ended by ${context.asOf}` },
                units.map((u) => u.id),
              ),
            ]
          : undefined;
      if (units.length === 0) {
        out.push({
          subject,
          verdict: "not-applicable",
          message: {
            sv: `${unitWord.none} i perioden ${record.period.from}–${record.period.to} har gått per ${context.asOf}.`,
            en: `No complete ${unitWord.en} of the period ${record.period.from} to ${record.period.to} has passed as of ${context.asOf}.`,
          },
          evidence: { period: { from: record.period.from, to: record.period.to }, per, required },
          basis: forum.sources,
          key: recordKey,
          trace: shared,
        });
        continue;
      }
      for (const unit of units) {
        const inUnit = dates.filter((d) => d >= unit.from && d <= unit.to);
        const evidence: Record<string, JsonValue> = {
          per,
          unit: unit.id,
          from: unit.from,
          to: unit.to,
          required,
          meetings: inUnit.length,
          dates: inUnit,
        };
        if (required !== forum.cadence.meetings) {
          evidence.statedByForum = forum.cadence.meetings;
          evidence.profileId = context.profile?.id ?? null;
        }
        const ok = inUnit.length >= required;
        const trace =
          shared === undefined
            ? undefined
            : [
                ...shared,
                traceStep("calendar", per === "term" ? { sv: "Termin som prövas", en: "Term judged" } : { sv: "År som prövas", en: "Year judged" }, unit.id),
                traceStep("calendar", { sv: "Första dag", en: "First day" }, unit.from, { depth: 1 }),
                traceStep("calendar", { sv: "Sista dag", en: "Last day" }, unit.to, { depth: 1 }),
                traceStep("lookup", { sv: `Mötesdatum under ${unitWord.the}`, en: `Meeting dates in the ${unitWord.en}` }, inUnit, { depth: 1 }),
                comparisonStep({ sv: `Möten under ${unitWord.the}`, en: `Meetings in the ${unitWord.en}` }, inUnit.length, ">=", required, { depth: 1 }),
              ];
        out.push({
          subject,
          verdict: ok ? "pass" : "fail",
          message: ok
            ? {
                sv: `Forumet möttes ${inUnit.length} gånger under ${unitWord.the} ${unit.from}–${unit.to} (minst ${required}).`,
                en: `The forum met ${inUnit.length} times in the ${unitWord.en} ${unit.from} to ${unit.to} (at least ${required}).`,
              }
            : {
                sv: `Forumet möttes ${inUnit.length} ${inUnit.length === 1 ? "gång" : "gånger"} under ${unitWord.the} ${unit.from}–${unit.to}; det ska mötas ${required} gånger per ${unitWord.sv}.`,
                en: `The forum met ${inUnit.length} time${inUnit.length === 1 ? "" : "s"} in the ${unitWord.en} ${unit.from} to ${unit.to}; it should meet ${required} times per ${unitWord.en}.`,
              },
          evidence,
          basis: forum.sources,
          key: `${recordKey}|${unit.from}`,
          trace,
        });
      }
    }
    return out;
  },
};
