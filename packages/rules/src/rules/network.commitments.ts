import { addDays, daysBetween, MAX_YEAR, periodEnd } from "@romsk-inkludering/calendar";
import { CommitmentSchema, type Commitment, type JsonValue, type Network, type NetworkParticipation, type Source, type TraceStep, type Verdict } from "@romsk-inkludering/model";
import { comparisonStep, traceStep } from "../trace.js";
import { match } from "ts-pattern";
import type { Rule, RuleContext, RuleOutcome } from "../types.js";
import { DEFAULT_SETTINGS, stricter } from "../settings.js";
import { compareStrings, daysEn, daysSv, yearText } from "../util.js";

const SEED_004 = "004_f723fd64a64a7139.txt";

/** A date after every supported date: stands for "beyond 2200-12-31". */
const BEYOND = "9999-12-31";

/**
 * The same date `years` later under lag (1930:173) §1 (a date missing in the
 * end month falls on its last day), or {@link BEYOND} past the calendar's range.
 */
function addYears(date: string, years: number): string {
  if (Number(yearText(date)) + years > MAX_YEAR) return BEYOND;
  return periodEnd(date, { years });
}

/** The last day of a span of `years` years starting on `from` (or {@link BEYOND}). */
function spanEnd(from: string, years: number): string {
  const end = addYears(from, years);
  return end === BEYOND ? BEYOND : addDays(end, -1);
}

/** The order in which a member's commitments are reported: the model's order of the commitment kinds (its one list of them). */
const ORDER = Object.freeze(Object.fromEntries(CommitmentSchema.shape.kind.options.map((kind, i) => [kind, i]))) as Readonly<Record<Commitment["kind"], number>>;

interface Verdicted {
  verdict: Verdict;
  message: { sv: string; en: string };
  evidence: Record<string, JsonValue>;
}

function worst(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes("fail")) return "fail";
  if (verdicts.includes("warning")) return "warning";
  return "pass";
}

function meetingsCommitment(record: NetworkParticipation, network: Network, commitment: Commitment, end: string, context: RuleContext): Verdicted {
  const settings = context.settings.network;
  const perYear = stricter(commitment.params?.meetingsPerYear ?? network.meetingsPerYear?.min, settings.minMeetingsPerYear, "raise");
  const withElected = stricter(commitment.params?.meetingsWithElectedPerYear, settings.minMeetingsWithElectedPerYear, "raise") ?? 0;
  const tolerance = settings.meetingsShortfallTolerance;
  if (perYear === undefined) {
    return {
      verdict: "not-applicable",
      message: {
        sv: "Nätverket anger inget antal möten per år.",
        en: "The network sets no number of meetings per year.",
      },
      evidence: {},
    };
  }
  const years: { from: string; to: string; meetings: number; withElectedRepresentatives: number; verdict: Verdict }[] = [];
  for (let k = 0; ; k += 1) {
    const to = spanEnd(record.period.from, k + 1);
    if (to > end) break;
    const from = addYears(record.period.from, k);
    const inYear = record.meetings.filter((m) => m.date >= from && m.date <= to);
    const count = inYear.length;
    const elected = inYear.filter((m) => m.withElectedRepresentatives).length;
    const verdict: Verdict =
      count < perYear - tolerance || elected < withElected ? "fail" : count < perYear ? "warning" : "pass";
    years.push({ from, to, meetings: count, withElectedRepresentatives: elected, verdict });
  }
  const evidence: Record<string, JsonValue> = { meetingsPerYear: perYear, meetingsWithElectedPerYear: withElected, years };
  if (tolerance !== DEFAULT_SETTINGS.network.meetingsShortfallTolerance) evidence.meetingsShortfallTolerance = tolerance;
  if (years.length === 0) {
    const firstEnd = spanEnd(record.period.from, 1);
    return {
      verdict: "not-applicable",
      message: {
        sv: `Inget helt deltagarår ännu (det första slutar ${firstEnd}).`,
        en: `No complete year of participation yet (the first ends on ${firstEnd}).`,
      },
      evidence: { ...evidence, firstYearEnds: firstEnd },
    };
  }
  const verdict = worst(years.map((y) => y.verdict));
  const short = years.filter((y) => y.verdict !== "pass");
  const list = short.map((y) => `${y.from}–${y.to}: ${y.meetings}/${y.withElectedRepresentatives}`).join("; ");
  return {
    verdict,
    message:
      verdict === "pass"
        ? {
            sv: `Minst ${perYear} nätverksmöten per år, varav ${withElected} med förtroendevalda, under ${years.length} hela deltagarår.`,
            en: `At least ${perYear} network meetings a year, ${withElected} with elected representatives, in ${years.length} complete years of participation.`,
          }
        : {
            sv: `Nätverket ska mötas cirka ${perYear} gånger per år, varav ${withElected} med förtroendevalda; under ${short.length} av ${years.length} år nåddes det inte (möten/med förtroendevalda: ${list}).`,
            en: `The network is to meet about ${perYear} times a year, ${withElected} with elected representatives; in ${short.length} of ${years.length} years this was not met (meetings/with elected representatives: ${list}).`,
          },
    evidence,
  };
}

function peerReviewCommitment(
  record: NetworkParticipation,
  commitment: Commitment,
  context: RuleContext,
): Verdicted {
  const { asOf } = context;
  const every = stricter(commitment.params?.everyYears, context.settings.network.maxPeerReviewEveryYears, "lower");
  const oncePerPeriod = commitment.params?.atLeastOncePerPeriod ?? true;
  const reviews = [...new Set(record.peerReviews)]
    .filter((d) => d >= record.period.from && d <= record.period.to && d <= asOf)
    .sort(compareStrings);
  const periodOver = record.period.to <= asOf;
  const missed: string[] = [];
  let nextDue: string | undefined;
  if (every !== undefined) {
    let cursor = record.period.from;
    let first = true;
    for (;;) {
      const due = spanEnd(cursor, every);
      if (due > record.period.to) break;
      const done = reviews.find((d) => (first ? d >= cursor : d > cursor) && d <= due);
      if (done !== undefined) {
        cursor = done;
        first = false;
        continue;
      }
      if (due < asOf) {
        missed.push(due);
        cursor = due;
        first = false;
        continue;
      }
      nextDue = due;
      break;
    }
  }
  if (nextDue === undefined && oncePerPeriod && reviews.length === 0 && !periodOver) nextDue = record.period.to;
  const evidence: Record<string, JsonValue> = {
    everyYears: every ?? null,
    atLeastOncePerPeriod: oncePerPeriod,
    period: { from: record.period.from, to: record.period.to },
    peerReviews: reviews,
    missedDueDates: missed,
    nextDue: nextDue ?? null,
  };
  if (missed.length > 0) {
    return {
      verdict: "fail",
      message: {
        sv: `Kollegial granskning ska ske vart ${every}:e år; ingen skedde senast ${missed.join(", ")}.`,
        en: `A peer review is due every ${every} years; none took place by ${missed.join(", ")}.`,
      },
      evidence,
    };
  }
  if (oncePerPeriod && periodOver && reviews.length === 0) {
    return {
      verdict: "fail",
      message: {
        sv: `Ingen kollegial granskning under överenskommelseperioden ${record.period.from}–${record.period.to}.`,
        en: `No peer review during the agreement period ${record.period.from} to ${record.period.to}.`,
      },
      evidence,
    };
  }
  if (reviews.length > 0) {
    return {
      verdict: "pass",
      message: {
        sv: `Kollegial granskning ${reviews.join(", ")}${nextDue === undefined ? "" : `; nästa senast ${nextDue}`}.`,
        en: `Peer review on ${reviews.join(", ")}${nextDue === undefined ? "" : `; the next is due by ${nextDue}`}.`,
      },
      evidence,
    };
  }
  const due = nextDue ?? record.period.to;
  const left = daysBetween(asOf, due);
  const soon = left <= context.settings.deadlines.dueSoonDays;
  return {
    verdict: soon ? "warning" : "not-applicable",
    message: soon
      ? {
          sv: `Ingen kollegial granskning ännu; den ska ske senast ${due}, om ${daysSv(left)}.`,
          en: `No peer review yet; it is due by ${due}, in ${daysEn(left)}.`,
        }
      : {
          sv: `Ingen kollegial granskning ännu; den ska ske senast ${due}.`,
          en: `No peer review yet; it is due by ${due}.`,
        },
    evidence: { ...evidence, daysLeft: left, dueSoonDays: context.settings.deadlines.dueSoonDays },
  };
}

/** How a member took on a proposed network's commitments: the profile that says so, and the day it did. */
interface Adoption {
  profileId: string;
  adoptedOn: string | undefined;
  sources: readonly Source[];
}

/**
 * The adoption of a proposed network's commitments by the record's member,
 * from the local profile applied to the check: the profile is the member's
 * (its `actorId`, or the check's subject for a profile without one) and
 * lists the network under `networkCommitments`. `undefined` when no profile
 * says so.
 */
function adoptionOf(record: NetworkParticipation, context: RuleContext): Adoption | undefined {
  const profile = context.profile;
  if (profile === undefined || (profile.actorId ?? context.data.subject) !== record.memberId) return undefined;
  const entry = profile.networkCommitments?.find((c) => c.networkId === record.networkId);
  if (entry === undefined) return undefined;
  return { profileId: profile.id, adoptedOn: entry.adoptedOn, sources: profile.sources ?? [] };
}

/** The sentence that says a proposed network's commitments bind this member only through its adoption. */
function adoptedNote(network: Network, adoption: Adoption): Verdicted["message"] {
  const on = adoption.adoptedOn === undefined ? "" : ` ${adoption.adoptedOn}`;
  return {
    sv: ` (${network.name.sv} var ett förslag; åtagandet binder kommunen eftersom den antog nätverkets åtaganden${on}, enligt profilen ${adoption.profileId}.)`,
    en: ` (${network.name.en} was a proposal; the commitment binds the member because it adopted the network's commitments${on}, according to profile ${adoption.profileId}.)`,
  };
}

function evaluate(record: NetworkParticipation, network: Network, commitment: Commitment, context: RuleContext): Verdicted {
  const { asOf } = context;
  const end = record.period.to < asOf ? record.period.to : asOf;
  const flag = (ok: boolean, yes: Verdicted["message"], no: Verdicted["message"], evidence: Record<string, JsonValue>): Verdicted => ({
    verdict: ok ? "pass" : "fail",
    message: ok ? yes : no,
    evidence,
  });
  return match(commitment.kind)
    .with("activity-plan", () => {
      const on = record.activityPlanAdoptedOn;
      const adopted = on !== undefined && on <= asOf;
      return flag(
        adopted,
        { sv: `Verksamhetsplan antagen ${on}.`, en: `Activity plan adopted on ${on}.` },
        {
          sv: `Ingen verksamhetsplan antagen per ${asOf}.`,
          en: `No activity plan adopted as of ${asOf}.`,
        },
        { activityPlanAdoptedOn: on ?? null, asOf },
      );
    })
    .with("contact-person", () =>
      flag(
        record.hasContactPerson,
        { sv: "Kommunen har en kontaktperson i nätverket.", en: "The member has a contact person in the network." },
        { sv: "Kommunen saknar kontaktperson i nätverket.", en: "The member has no contact person in the network." },
        { hasContactPerson: record.hasContactPerson },
      ),
    )
    .with("elected-representative", () =>
      flag(
        record.hasElectedRepresentative,
        { sv: "En förtroendevald representerar kommunen vid nätverksmöten.", en: "An elected representative represents the member at network meetings." },
        { sv: "Ingen förtroendevald representerar kommunen vid nätverksmöten.", en: "No elected representative represents the member at network meetings." },
        { hasElectedRepresentative: record.hasElectedRepresentative },
      ),
    )
    .with("participation-period", () => {
      const years = stricter(commitment.params?.years, context.settings.network.minParticipationYears, "raise");
      if (years === undefined) {
        return {
          verdict: "not-applicable" as const,
          message: {
            sv: "Nätverket anger ingen deltagandeperiod.",
            en: "The network sets no participation period.",
          },
          evidence: { period: { from: record.period.from, to: record.period.to } },
        };
      }
      const requiredTo = spanEnd(record.period.from, years);
      if (requiredTo === BEYOND) {
        return {
          verdict: "not-applicable" as const,
          message: {
            sv: `En period på ${years} år från ${record.period.from} slutar efter kalenderns gräns 2200-12-31.`,
            en: `A period of ${years} years from ${record.period.from} ends after the calendar's limit 2200-12-31.`,
          },
          evidence: { years, period: { from: record.period.from, to: record.period.to } },
        };
      }
      return flag(
        record.period.to >= requiredTo,
        {
          sv: `Deltagandet ${record.period.from}–${record.period.to} omfattar minst ${years} år.`,
          en: `The participation ${record.period.from} to ${record.period.to} covers at least ${years} years.`,
        },
        {
          sv: `Deltagandet ${record.period.from}–${record.period.to} är kortare än ${years} år (skulle vara till ${requiredTo}).`,
          en: `The participation ${record.period.from} to ${record.period.to} is shorter than ${years} years (it should run until ${requiredTo}).`,
        },
        { years, period: { from: record.period.from, to: record.period.to }, requiredTo },
      );
    })
    .with("meetings", () => meetingsCommitment(record, network, commitment, end, context))
    .with("peer-review", () => peerReviewCommitment(record, commitment, context))
    .with("roma-consultation", () => {
      const on = record.romaConsultationEstablishedOn;
      const established = on !== undefined && on <= asOf;
      return flag(
        established,
        {
          sv: `Kommunen har etablerat samråd med den romska minoriteten (senast ${on}).`,
          en: `The member has established consultation with the Roma minority (by ${on}).`,
        },
        {
          sv: `Det förutsätts att nätverkets kommuner har etablerat samråd med den romska minoriteten; uppgifterna visar inget sådant samråd per ${asOf}.`,
          en: `The network's municipalities are presumed to have established consultation with the Roma minority; the record shows no such consultation as of ${asOf}.`,
        },
        { romaConsultationEstablishedOn: on ?? null, asOf },
      );
    })
    .with("own-costs", () => ({
      verdict: "not-applicable" as const,
      message: {
        sv: "Egna kostnader framgår inte av deltagandeuppgifterna.",
        en: "Own costs are not recorded in the participation record.",
      },
      evidence: {},
    }))
    .exhaustive();
}

const PERIOD_RULE: Source = { kind: "sfs", sfs: "1930:173", section: "1 §", title: "Lag om beräkning av lagstadgad tid" };

/** A number of the evidence, or `undefined`. */
function num(value: JsonValue | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}

/** A list of dates of the evidence. */
function dates(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * What the rule looked up and computed for one commitment of one member,
 * step by step: the network in the catalog and how its commitments bind
 * the member, the participation period, the commitment, and the values its
 * judgement rests on (read from the outcome's evidence, so that the trace
 * and the evidence cannot disagree).
 */
function commitmentTrace(record: NetworkParticipation, network: Network, commitment: Commitment, result: Verdicted, context: RuleContext, adoption: Adoption | undefined): TraceStep[] {
  const { asOf } = context;
  const e = result.evidence;
  const steps: TraceStep[] = [
    traceStep("lookup", { sv: `Nätverk i katalogen: ${network.name.sv}`, en: `Network in the catalog: ${network.name.en}` }, network.id, { sources: network.sources }),
  ];
  if (adoption !== undefined) {
    steps.push(
      traceStep(
        "lookup",
        { sv: `Nätverket var ett förslag; åtagandena binder medlemmen genom antagandet i profilen ${adoption.profileId}`, en: `The network was a proposal; its commitments bind the member through the adoption in profile ${adoption.profileId}` },
        adoption.adoptedOn ?? true,
        { depth: 1, sources: adoption.sources },
      ),
    );
  }
  steps.push(
    traceStep("lookup", { sv: `Medlem: ${record.memberId}; deltagandet börjar`, en: `Member: ${record.memberId}; the participation starts` }, record.period.from),
    traceStep("lookup", { sv: "Deltagandet slutar", en: "The participation ends" }, record.period.to, { depth: 1 }),
    traceStep("lookup", { sv: `Åtagande: ${commitment.description.sv}`, en: `Commitment: ${commitment.description.en}` }, commitment.id, { sources: network.sources }),
  );
  const sub = (kind: TraceStep["kind"], sv: string, en: string, value: JsonValue, sources?: readonly Source[]): void => {
    steps.push(traceStep(kind, { sv, en }, value, { depth: 1, sources }));
  };
  match(commitment.kind)
    .with("activity-plan", () => {
      sub("lookup", "Verksamhetsplan antagen", "Activity plan adopted on", record.activityPlanAdoptedOn ?? false);
      sub("compute", `Antagen senast ${asOf}?`, `Adopted by ${asOf}?`, result.verdict === "pass");
    })
    .with("contact-person", () => sub("lookup", "Har medlemmen en kontaktperson i nätverket?", "Does the member have a contact person in the network?", record.hasContactPerson))
    .with("elected-representative", () =>
      sub("lookup", "Representerar en förtroendevald medlemmen vid nätverksmöten?", "Does an elected representative represent the member at network meetings?", record.hasElectedRepresentative),
    )
    .with("participation-period", () => {
      const years = num(e.years);
      if (years === undefined) return sub("lookup", "Antal år som åtagandet kräver", "Years the commitment requires", null);
      sub("lookup", "Antal år som åtagandet kräver (åtagandets eget tal, eller profilens om det är högre)", "Years the commitment requires (its own number, or the profile's where higher)", years);
      if (typeof e.requiredTo === "string") {
        sub("calendar", `Deltagandet ska räcka till och med (${years} år från ${record.period.from}, lag 1930:173 1 §)`, `The participation must run until (${years} years from ${record.period.from}, lag 1930:173 §1)`, e.requiredTo, [PERIOD_RULE]);
        sub("compute", `Räcker deltagandet (till ${record.period.to}) dit?`, `Does the participation (until ${record.period.to}) run that long?`, record.period.to >= e.requiredTo);
      }
    })
    .with("meetings", () => {
      const perYear = num(e.meetingsPerYear);
      if (perYear === undefined) return sub("lookup", "Möten per år som nätverket anger", "Meetings a year the network sets", null);
      const withElected = num(e.meetingsWithElectedPerYear) ?? 0;
      const tolerance = context.settings.network.meetingsShortfallTolerance;
      sub("lookup", "Möten per år (åtagandets eller nätverkets tal, eller profilens om det är högre)", "Meetings a year (the commitment's or the network's number, or the profile's where higher)", perYear);
      sub("lookup", "varav med förtroendevalda", "of which with elected representatives", withElected);
      sub("setting", "Så många möten färre ger en varning i stället för ej uppfyllt, \"cirka\" (network.meetingsShortfallTolerance)", "This many meetings fewer give a warning instead of a fail, \"about\" (network.meetingsShortfallTolerance)", tolerance);
      if (typeof e.firstYearEnds === "string") sub("calendar", "Första hela deltagaråret slutar", "The first complete year of participation ends", e.firstYearEnds, [PERIOD_RULE]);
      for (const year of Array.isArray(e.years) ? e.years : []) {
        if (year === null || typeof year !== "object" || Array.isArray(year)) continue;
        const meetings = num(year.meetings) ?? 0;
        const elected = num(year.withElectedRepresentatives) ?? 0;
        steps.push(
          traceStep("calendar", { sv: `Deltagarår ${String(year.from)}–${String(year.to)} (lag 1930:173 1 §)`, en: `Year of participation ${String(year.from)} to ${String(year.to)} (lag 1930:173 §1)` }, year.from ?? null, { sources: [PERIOD_RULE] }),
          comparisonStep({ sv: "Möten", en: "Meetings" }, meetings, ">=", perYear, { depth: 1 }),
          ...(meetings < perYear ? [comparisonStep({ sv: "Möten, med toleransen", en: "Meetings, with the tolerance" }, meetings, ">=", perYear - tolerance, { depth: 1 })] : []),
          comparisonStep({ sv: "Möten med förtroendevalda", en: "Meetings with elected representatives" }, elected, ">=", withElected, { depth: 1 }),
        );
      }
    })
    .with("peer-review", () => {
      const every = num(e.everyYears);
      sub("lookup", every === undefined ? "Granskning vart N:e år: anges inte" : "Kollegial granskning minst vart N:e år (åtagandets tal, eller profilens om det är lägre)", every === undefined ? "Peer review every N years: not set" : "Peer review at least every N years (the commitment's number, or the profile's where lower)", every ?? null);
      sub("lookup", "Minst en gång under perioden?", "At least once in the period?", e.atLeastOncePerPeriod ?? true);
      sub("lookup", `Granskningar inom perioden kända per ${asOf}`, `Peer reviews within the period known by ${asOf}`, dates(e.peerReviews));
      sub("calendar", "Sista dagar utan granskning (lag 1930:173 1 §)", "Due dates passed without a review (lag 1930:173 §1)", dates(e.missedDueDates), [PERIOD_RULE]);
      if (typeof e.nextDue === "string") sub("calendar", "Nästa granskning senast", "Next review due by", e.nextDue, [PERIOD_RULE]);
      if (typeof e.daysLeft === "number") sub("compute", `Dagar kvar (varning inom ${context.settings.deadlines.dueSoonDays} dagar, deadlines.dueSoonDays)`, `Days left (warning within ${context.settings.deadlines.dueSoonDays} days, deadlines.dueSoonDays)`, e.daysLeft);
    })
    .with("roma-consultation", () => {
      sub("lookup", "Samråd med den romska minoriteten etablerat", "Consultation with the Roma minority established by", record.romaConsultationEstablishedOn ?? false);
      sub("compute", `Etablerat senast ${asOf}?`, `Established by ${asOf}?`, result.verdict === "pass");
    })
    .with("own-costs", () => sub("lookup", "Egna kostnader finns inte i deltagandeuppgifterna", "Own costs are not in the participation record", null))
    .exhaustive();
  return steps;
}

/**
 * A network without commitments that states how often it meets (the
 * Mälardalen network: municipal representatives meet "två – tre gånger per
 * år", seed 004): each complete year of participation up to `end` must hold
 * at least the range's lower bound (or the profile's number where higher).
 * A range is no "about": fewer fails, and more than the upper bound is no
 * breach.
 */
function meetingRange(record: NetworkParticipation, network: Network, range: { min: number; max: number }, end: string, context: RuleContext): Verdicted {
  const least = stricter(range.min, context.settings.network.minMeetingsPerYear, "raise") ?? range.min;
  const years: { from: string; to: string; meetings: number; verdict: Verdict }[] = [];
  for (let k = 0; ; k += 1) {
    const to = spanEnd(record.period.from, k + 1);
    if (to > end) break;
    const from = addYears(record.period.from, k);
    const meetings = record.meetings.filter((m) => m.date >= from && m.date <= to).length;
    years.push({ from, to, meetings, verdict: meetings < least ? "fail" : "pass" });
  }
  const evidence: Record<string, JsonValue> = { commitment: "meetings-per-year", meetingsPerYear: { min: range.min, max: range.max }, leastMeetingsPerYear: least, years };
  if (years.length === 0) {
    const firstEnd = spanEnd(record.period.from, 1);
    return {
      verdict: "not-applicable",
      message: { sv: `Inget helt deltagarår ännu (det första slutar ${firstEnd}).`, en: `No complete year of participation yet (the first ends on ${firstEnd}).` },
      evidence: { ...evidence, firstYearEnds: firstEnd },
    };
  }
  const short = years.filter((y) => y.verdict === "fail");
  const list = short.map((y) => `${y.from}–${y.to}: ${y.meetings}`).join("; ");
  return short.length === 0
    ? {
        verdict: "pass",
        message: {
          sv: `${network.name.sv}: minst ${least} möten per år (nätverket anger ${range.min}–${range.max}) under ${years.length} hela deltagarår.`,
          en: `${network.name.en}: at least ${least} meetings a year (the network states ${range.min} to ${range.max}) in ${years.length} complete years of participation.`,
        },
        evidence,
      }
    : {
        verdict: "fail",
        message: {
          sv: `${network.name.sv} träffas ${range.min}–${range.max} gånger per år; under ${short.length} av ${years.length} år deltog medlemmen i färre än ${least} möten (${list}).`,
          en: `${network.name.en} meets ${range.min} to ${range.max} times a year; in ${short.length} of ${years.length} years the member attended fewer than ${least} meetings (${list}).`,
        },
        evidence,
      };
}

/** The step trace of {@link meetingRange}, read from its evidence. */
function meetingRangeTrace(record: NetworkParticipation, network: Network, range: { min: number; max: number }, result: Verdicted): TraceStep[] {
  const e = result.evidence;
  const least = num(e.leastMeetingsPerYear) ?? range.min;
  const steps: TraceStep[] = [
    traceStep("lookup", { sv: `Nätverk i katalogen: ${network.name.sv}; inga åtaganden, men möten per år`, en: `Network in the catalog: ${network.name.en}; no commitments, but meetings a year` }, `${range.min}–${range.max}`, { sources: network.sources }),
    traceStep("setting", { sv: "Minsta antal möten per år (nätverkets nedre gräns, eller profilens om det är högre; network.minMeetingsPerYear)", en: "Least meetings a year (the network's lower bound, or the profile's where higher; network.minMeetingsPerYear)" }, least, { depth: 1 }),
    traceStep("lookup", { sv: `Medlem: ${record.memberId}; deltagandet börjar`, en: `Member: ${record.memberId}; the participation starts` }, record.period.from),
  ];
  if (typeof e.firstYearEnds === "string") steps.push(traceStep("calendar", { sv: "Första hela deltagaråret slutar", en: "The first complete year of participation ends" }, e.firstYearEnds, { depth: 1, sources: [PERIOD_RULE] }));
  for (const year of Array.isArray(e.years) ? e.years : []) {
    if (year === null || typeof year !== "object" || Array.isArray(year)) continue;
    steps.push(
      traceStep("calendar", { sv: `Deltagarår ${String(year.from)}–${String(year.to)} (lag 1930:173 1 §)`, en: `Year of participation ${String(year.from)} to ${String(year.to)} (lag 1930:173 §1)` }, year.from ?? null, { sources: [PERIOD_RULE] }),
      comparisonStep({ sv: "Möten", en: "Meetings" }, num(year.meetings) ?? 0, ">=", least, { depth: 1 }),
    );
  }
  return steps;
}

/**
 * Rule `network.commitments`: a member municipality keeps the commitments
 * of its network: an activity plan, a contact person, an elected
 * representative, active participation over a four-year period, network
 * meetings about four times a year of which two with elected
 * representatives (three in a year is a warning, as the seed says "ca fyra
 * gånger"; fewer fails; fewer than two with elected representatives fails),
 * and a peer review every third year and at least once in the agreement
 * period, and consultation established with the Roma minority (seed 004's
 * closing words: "Det förutsätts att de i nätverket deltagande kommunerna
 * har etablerat samråd med den romska minoriteten"; the record's
 * `romaConsultationEstablishedOn`, by `asOf`). The commitments and their
 * numbers come from the catalog's network; a network missing from the
 * catalog is not applicable. A network without commitments that states how
 * often it meets (the Mälardalen network: "två – tre gånger per år") gets
 * one finding per member: each complete year of participation must hold at
 * least the range's lower bound (`network.minMeetingsPerYear` where a
 * profile sets more); fewer fails, more than the upper bound is no breach.
 *
 * A proposed network's commitments are not binding by themselves: the
 * national network for Roma inclusion (seed 004) is the Mälardalen
 * network's proposal of 2012, and its commitments ("Deltagande
 * nätverkskommuner förbinder sig att") bind only a member that adopted
 * them. A member adopts them through its local profile
 * (`networkCommitments: [{ networkId, adoptedOn }]`, the profile applied to
 * the check being the member's): without that, or before `adoptedOn`, the
 * record gets one not-applicable finding that says the network was a
 * proposal; with it, every finding says so and cites the profile. Each
 * complete year of participation up to `asOf` is evaluated; one finding per
 * commitment.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { check, defaultCatalog } from "@romsk-inkludering/rules";
 * const network = {
 *   id: "example-network",
 *   name: { sv: "Nätverk", en: "Network" },
 *   status: "active" as const,
 *   members: [],
 *   commitments: [{ id: "contact", kind: "contact-person" as const, description: { sv: "Kontaktperson", en: "Contact person" } }],
 *   sources: [{ kind: "seed" as const, file: "004_f723fd64a64a7139.txt" }],
 * };
 * const catalog = { ...defaultCatalog, networks: () => [network] };
 * const record = {
 *   networkId: "example-network",
 *   memberId: "municipality-1980",
 *   period: { from: "2013-01-01", to: "2016-12-31" },
 *   hasContactPerson: false,
 *   hasElectedRepresentative: true,
 *   meetings: [],
 *   peerReviews: [],
 * };
 * check({ networkParticipation: [record] }, { asOf: "2014-01-01", catalog, rules: ["network.commitments"] })
 *   .map((f) => [f.subject.id, f.verdict]);
 * // => [["example-network/municipality-1980","fail"]]
 * ```
 */
export const networkCommitmentsRule: Rule = {
  id: "network.commitments",
  title: {
    sv: "Nätverkskommunen håller nätverkets åtaganden",
    en: "The network member keeps the network's commitments",
  },
  description: {
    sv: "Verksamhetsplan, kontaktperson, förtroendevald, deltagande under fyra år, cirka fyra möten per år varav två med förtroendevalda, kollegial granskning vart tredje år och minst en gång under perioden, och etablerat samråd med den romska minoriteten. Ett föreslaget nätverks åtaganden binder bara en medlem som har antagit dem (genom sin lokala profil). Ett nätverk utan åtaganden som anger hur ofta det träffas (Mälardalens nätverk: två–tre gånger per år) prövas på antalet möten per helt deltagarår.",
    en: "Activity plan, contact person, elected representative, participation over four years, about four meetings a year of which two with elected representatives, a peer review every third year and at least once in the period, and consultation established with the Roma minority. A proposed network's commitments bind only a member that adopted them (through its local profile). A network without commitments that states how often it meets (the Mälardalen network: two to three times a year) is judged on the meetings of each complete year of participation.",
  },
  basis: [
    { kind: "seed", file: SEED_004, locator: "Deltagande nätverkskommuner förbinder sig att" },
    { kind: "seed", file: SEED_004, locator: "Det förutsätts att de i nätverket deltagande kommunerna har etablerat samråd med den romska minoriteten" },
    { kind: "seed", file: SEED_004, locator: "kommunföreträdare som träffas två – tre gånger per år för erfarenhetsutbyte och verksamhetsutveckling" },
  ],
  appliesTo: ["network-membership"],
  settings: [
    "deadlines.dueSoonDays",
    "network.minMeetingsPerYear",
    "network.minMeetingsWithElectedPerYear",
    "network.meetingsShortfallTolerance",
    "network.maxPeerReviewEveryYears",
    "network.minParticipationYears",
  ],
  check(context) {
    const networks = new Map(context.catalog.networks().map((n) => [n.id, n]));
    const out: RuleOutcome[] = [];
    for (const record of context.data.networkParticipation) {
      const subject = { kind: "network-membership" as const, id: `${record.networkId}/${record.memberId}` };
      const key = `${record.period.from}|${record.period.to}`;
      const network = networks.get(record.networkId);
      if (network === undefined || (network.commitments.length === 0 && network.meetingsPerYear === undefined)) {
        out.push({
          subject,
          verdict: "not-applicable",
          message:
            network === undefined
              ? {
                  sv: `Nätverket ${record.networkId} finns inte i katalogen; dess åtaganden är okända.`,
                  en: `The network ${record.networkId} is not in the catalog; its commitments are unknown.`,
                }
              : {
                  sv: `Nätverket ${record.networkId} har inga åtaganden i katalogen.`,
                  en: `The network ${record.networkId} has no commitments in the catalog.`,
                },
          evidence: { networkId: record.networkId, memberId: record.memberId },
          key,
          trace:
            context.explain === true
              ? [
                  network === undefined
                    ? traceStep("lookup", { sv: `Nätverket ${record.networkId} i katalogen`, en: `The network ${record.networkId} in the catalog` }, false)
                    : traceStep("lookup", { sv: `Nätverk i katalogen: ${network.name.sv}; åtaganden`, en: `Network in the catalog: ${network.name.en}; commitments` }, 0, { sources: network.sources }),
                ]
              : undefined,
        });
        continue;
      }
      const proposed = network.status === "proposed";
      const adoption = proposed ? adoptionOf(record, context) : undefined;
      if (proposed && (adoption === undefined || (adoption.adoptedOn !== undefined && adoption.adoptedOn > context.asOf))) {
        const later = adoption?.adoptedOn;
        out.push({
          subject,
          verdict: "not-applicable",
          message:
            later === undefined
              ? {
                  sv: `${network.name.sv} var ett förslag; dess åtaganden binder bara en medlem som har antagit dem, och ingen profil för ${record.memberId} anger att den har gjort det.`,
                  en: `${network.name.en} was a proposal; its commitments bind only a member that adopted them, and no profile for ${record.memberId} says it did.`,
                }
              : {
                  sv: `${network.name.sv} var ett förslag; ${record.memberId} antog dess åtaganden först ${later}, efter ${context.asOf}.`,
                  en: `${network.name.en} was a proposal; ${record.memberId} adopted its commitments only on ${later}, after ${context.asOf}.`,
                },
          evidence: {
            networkId: record.networkId,
            memberId: record.memberId,
            networkStatus: network.status,
            adopted: false,
            profileId: adoption?.profileId ?? null,
            adoptedOn: later ?? null,
            asOf: context.asOf,
          },
          basis: network.sources,
          key,
          trace:
            context.explain === true
              ? [
                  traceStep("lookup", { sv: `Nätverk i katalogen: ${network.name.sv}`, en: `Network in the catalog: ${network.name.en}` }, network.id, { sources: network.sources }),
                  traceStep("lookup", { sv: "Var nätverket ett förslag?", en: "Was the network a proposal?" }, true, { depth: 1, sources: network.sources }),
                  traceStep(
                    "lookup",
                    adoption === undefined
                      ? { sv: `Anger en lokal profil att ${record.memberId} antog åtagandena?`, en: `Does a local profile say that ${record.memberId} adopted the commitments?` }
                      : { sv: `Profilen ${adoption.profileId}: ${record.memberId} antog åtagandena`, en: `Profile ${adoption.profileId}: ${record.memberId} adopted the commitments on` },
                    later ?? false,
                    { sources: adoption?.sources },
                  ),
                  ...(later === undefined ? [] : [traceStep("compute", { sv: `Antaget efter ${context.asOf}?`, en: `Adopted after ${context.asOf}?` }, true, { depth: 1 })]),
                ]
              : undefined,
        });
        continue;
      }
      const binding: Record<string, JsonValue> =
        adoption === undefined
          ? { networkStatus: network.status }
          : { networkStatus: network.status, adopted: true, profileId: adoption.profileId, adoptedOn: adoption.adoptedOn ?? null };
      const basis = adoption === undefined ? network.sources : [...network.sources, ...adoption.sources];
      if (record.period.from > context.asOf) {
        out.push({
          subject,
          verdict: "not-applicable",
          message: {
            sv: `Deltagandet börjar ${record.period.from}, efter ${context.asOf}.`,
            en: `The participation starts on ${record.period.from}, after ${context.asOf}.`,
          },
          evidence: { period: { from: record.period.from, to: record.period.to }, asOf: context.asOf, ...binding },
          basis,
          key,
          trace:
            context.explain === true
              ? [
                  traceStep("lookup", { sv: `Nätverk i katalogen: ${network.name.sv}`, en: `Network in the catalog: ${network.name.en}` }, network.id, { sources: network.sources }),
                  traceStep("lookup", { sv: `Medlem: ${record.memberId}; deltagandet börjar`, en: `Member: ${record.memberId}; the participation starts` }, record.period.from),
                  traceStep("compute", { sv: `Börjar deltagandet efter ${context.asOf}?`, en: `Does the participation start after ${context.asOf}?` }, true, { depth: 1 }),
                ]
              : undefined,
        });
        continue;
      }
      const range = network.meetingsPerYear;
      if (network.commitments.length === 0 && range !== undefined) {
        const end = record.period.to < context.asOf ? record.period.to : context.asOf;
        const result = meetingRange(record, network, range, end, context);
        out.push({
          subject,
          verdict: result.verdict,
          message: result.message,
          evidence: { ...result.evidence, ...binding },
          basis,
          key: `${key}|meetings-per-year`,
          trace: context.explain === true ? meetingRangeTrace(record, network, range, result) : undefined,
        });
        continue;
      }
      const commitments = [...network.commitments].sort(
        (a, b) => ORDER[a.kind] - ORDER[b.kind] || compareStrings(a.id, b.id),
      );
      for (const commitment of commitments) {
        const result = evaluate(record, network, commitment, context);
        const note = adoption === undefined ? undefined : adoptedNote(network, adoption);
        out.push({
          subject,
          verdict: result.verdict,
          message: note === undefined ? result.message : { sv: `${result.message.sv}${note.sv}`, en: `${result.message.en}${note.en}` },
          evidence: { commitmentId: commitment.id, commitment: commitment.kind, ...result.evidence, ...binding },
          basis,
          key: `${key}|${ORDER[commitment.kind]}|${commitment.id}`,
          trace: context.explain === true ? commitmentTrace(record, network, commitment, result, context, adoption) : undefined,
        });
      }
    }
    return out;
  },
};
