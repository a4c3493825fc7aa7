/**
 * The obligations listing: everything an actor owes in a window, as of a
 * date, in one list sorted by date. It lives in `rules` because it needs
 * the catalog's data (deliverable occurrences, networks, actor roles), the
 * calendar's one status function and the ids of the rules that judge each
 * item; the sdk's `client.obligations` only wires it.
 */
import { compareIsoDates, deadlineStatus, isIsoDate, MAX_YEAR, MIN_YEAR, type DeadlineStatus } from "@romsk-inkludering/calendar";
import { catalog as shippedCatalog, createCatalog, type CatalogAccessors } from "@romsk-inkludering/catalog";
import { overlaps, type ActorKind, type Lang, type LocalProfile, type ObligationOutput, type Source } from "@romsk-inkludering/model";
import { countsFor, earliestDay } from "./deliverables.js";
import { resolveProfile } from "./profile.js";
import type { SettingKey } from "./settings.js";
import type { RuleSettings } from "./types.js";

/**
 * A hand-in given to {@link obligations}: a deliverable (by id, and the
 * year of a yearly one) and the day it came in.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { ObligationSubmission } from "@romsk-inkludering/rules";
 * const s: ObligationSubmission = { deliverableId: "ku2019-yearly-report", occurrence: 2021, submittedOn: "2021-04-14" };
 * s.occurrence;
 * // => 2021
 * ```
 */
export interface ObligationSubmission {
  /** The deliverable's id. */
  readonly deliverableId: string;
  /** For a yearly deliverable, the year of the occurrence; absent or `null` for a fixed date. */
  readonly occurrence?: number | null | undefined;
  /** The day it came in, `YYYY-MM-DD`. */
  readonly submittedOn: string;
}

/**
 * A yearly report given to {@link obligations}: the year it covers, the
 * actor (when given, only the listed actor's count) and the day it came in.
 * An `AnnualReport` payload has these fields.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { ObligationReport } from "@romsk-inkludering/rules";
 * const r: ObligationReport = { actorId: "municipality-2180", year: 2017, submittedOn: "2018-03-30" };
 * r.year;
 * // => 2017
 * ```
 */
export interface ObligationReport {
  /** The reporting actor; when given, a report of another actor is ignored. */
  readonly actorId?: string | undefined;
  /** The year reported on. */
  readonly year: number;
  /** The day it came in (absent: not known to have come in). */
  readonly submittedOn?: string | undefined;
}

/**
 * Options of {@link obligations}: the window (inclusive), the date, and
 * optionally the catalog, a local profile and what came in.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import type { ObligationsOptions } from "@romsk-inkludering/rules";
 * const options: ObligationsOptions = { from: "2020-01-01", to: "2020-12-31", asOf: "2020-06-30" };
 * options.asOf;
 * // => "2020-06-30"
 * ```
 */
export interface ObligationsOptions {
  /** First day of the window, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the window, `YYYY-MM-DD`, not before `from`. */
  readonly to: string;
  /** The date of the answer: only what was decided or known by then is listed, and each status is as of it. */
  readonly asOf: string;
  /** The catalog's accessors (default: the shipped catalog). */
  readonly catalog?: CatalogAccessors | undefined;
  /**
   * A local profile: its deadline settings (`deadlines.dueSoonDays`,
   * `deadlines.applyStatutoryShift`) when it is the actor's (or names no
   * actor); its `networkCommitments` when it is the actor's; and
   * `yearlyReports.due` when it is the actor's, the follow-up authority's,
   * or names no actor.
   */
  readonly profile?: LocalProfile | undefined;
  /** Hand-ins of the actor's deliverables; when given (even empty), a deliverable's status says whether it came in (`on-time`, `late`, `overdue`). */
  readonly submissions?: readonly ObligationSubmission[] | undefined;
  /** The actor's yearly reports; when given (even empty), a yearly report with a due date is `on-time`, `late` or `overdue`. */
  readonly reports?: readonly ObligationReport[] | undefined;
}

/**
 * The settings the obligations listing reads besides the rules: the
 * deadline settings, and the due day of the yearly reports, which no rule
 * reads (no source gives it; the follow-up authority sets it in a profile).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { OBLIGATION_SETTINGS } from "@romsk-inkludering/rules";
 * OBLIGATION_SETTINGS;
 * // => ["deadlines.applyStatutoryShift","deadlines.dueSoonDays","yearlyReports.due"]
 * ```
 */
export const OBLIGATION_SETTINGS: readonly SettingKey[] = Object.freeze(["deadlines.applyStatutoryShift", "deadlines.dueSoonDays", "yearlyReports.due"]);

/** The rule that judges each kind of item (the registry's ids). */
const RULE_IDS = Object.freeze({
  deliverable: "deliverable.on-time",
  "grant-round": "grant.application",
  "yearly-report": "report.area-coverage",
  "network-commitment": "network.commitments",
} as const);

/** The first year of a date. */
const yearOf = (date: string): number => Number(date.slice(0, 4));
const pad = (n: number): string => String(n).padStart(4, "0");

/** The part of each year of the window in which something valid `from`..`to` is in force (one slice per year). */
function yearSlices(validity: { from: string; to: string | null }, window: { from: string; to: string }): { year: number; from: string; to: string }[] {
  const out: { year: number; from: string; to: string }[] = [];
  for (let year = yearOf(window.from); year <= yearOf(window.to); year += 1) {
    const start = `${pad(year)}-01-01`;
    const end = `${pad(year)}-12-31`;
    const from = validity.from > start ? validity.from : start;
    const to = validity.to !== null && validity.to < end ? validity.to : end;
    if (from > to) continue;
    if (!overlaps({ validFrom: from, validTo: to }, { validFrom: window.from, validTo: window.to })) continue;
    out.push({ year, from, to });
  }
  return out;
}

/** Where a period stands: its last day is the deadline, and what runs over it is not handed in (so `passed` once over). */
function periodStatus(to: string, asOf: string, settings: RuleSettings): DeadlineStatus {
  return deadlineStatus({ due: to, asOf, dueSoonDays: settings.deadlines.dueSoonDays }).status;
}

/** The order of the kinds on one date. */
const KIND_RANK: Readonly<Record<ObligationOutput["kind"], number>> = Object.freeze({
  deliverable: 0,
  "yearly-report": 1,
  "statutory-duty": 2,
  "network-commitment": 3,
  "grant-round": 4,
});

/** By date (the due date, else the period's first day), then kind; items of one kind and date keep the catalog's order (the sort is stable). */
function compareObligations(a: ObligationOutput, b: ObligationOutput): number {
  const da = a.due ?? a.period?.from ?? "";
  const db = b.due ?? b.period?.from ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return KIND_RANK[a.kind] - KIND_RANK[b.kind];
}

function requireDate(name: string, value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new RangeError(`obligations: ${name} must be an ISO date YYYY-MM-DD (1900–2200), got ${JSON.stringify(value)}`);
  }
  return value;
}

let shipped: CatalogAccessors | undefined;

/**
 * Everything an actor owes in a window `from`..`to`, as of `asOf`, in one
 * list sorted by date (the due date, else the first day of the period),
 * then by kind (deliverable, yearly report, statutory duty, network
 * commitment, grant round), then in the catalog's order (the statute's
 * order for the duties). Each item has its id, kind, title (sv, en), basis (sources),
 * due date or period, status as of the date in the calendar's one
 * vocabulary (`DEADLINE_STATUSES`) and the id of the rule that judges it:
 *
 * - `deliverable`: the deliverables of the actor's commissions, from the
 *   catalog's `deliverableOccurrences` (the one owner), each with its due
 *   date as written or amended by `asOf`. Without `submissions` the status
 *   is `passed`, `due-soon` or `upcoming`; with them (even an empty list)
 *   a hand-in makes it `on-time` or `late`, and none after the due date
 *   `overdue`. Rule `deliverable.on-time`.
 * - `statutory-duty`: the duties of lag (2009:724) that the actor's kind
 *   owes (§§3, 4, 5, 5 a and 5 b for a municipality, whether or not it is
 *   in a programme; the catalog's `statutoryDuties`, each known from the
 *   day it entered into force), one item per year (or part of a year) of
 *   the window in which it is in force, with the section, the SFS that
 *   introduced it among the sources, and `validity`; §5's structured
 *   dialogue (SFS 2018:1367) joins its years from 2019. The rule is the
 *   duty's own (`minority-act.*`, per actor and year).
 * - `grant-round`: the rounds of a state grant the actor's kind may apply
 *   for (förordning 2022:259: municipalities) whose deadline is in the
 *   window: an opportunity, not a duty, open (`upcoming`, `due-soon`) until
 *   its deadline and `passed` after it. Rule `grant.application`.
 * - `yearly-report`: for each year in which the actor had a role the
 *   national report counts (a programme, an active network, an agency: the
 *   catalog's `actorRoles` as of `asOf`), its yearly report on that year to
 *   the follow-up authority, which builds its own annual report on them
 *   (seed 003). No source gives the day these reports are due: it is the
 *   setting `yearlyReports.due` (a day of the next year, set by the
 *   follow-up authority in a profile), and without it the report is listed
 *   with `due: null` and status `no-deadline`, never an invented date. A
 *   report is in the window when its due date is (or, without one, the
 *   year after the year reported on overlaps it). Rule
 *   `report.area-coverage`.
 * - `network-commitment`: the commitments of a network the actor adopted
 *   through its profile (`networkCommitments`, from `adoptedOn`; a proposed
 *   network binds no one otherwise), or of an active network it is a
 *   member of, one item per commitment and year. Rule `network.commitments`.
 *
 * An item that runs over a period (a duty's or a commitment's year) is `upcoming`,
 * `due-soon` or `passed` by the period's last day. As of a date, only what
 * was decided or known by then is listed.
 *
 * @category Deadlines
 * @param actorId - an actor of the catalog, e.g. `"municipality-0580"`
 * @param options - see {@link ObligationsOptions}
 * @returns the obligations, sorted by date, kind and the catalog's order
 * @throws RangeError when a date is not an ISO date, `to` is before `from`, or the actor is not in the catalog
 * @example
 * ```ts
 * import { obligations } from "@romsk-inkludering/rules";
 * // Eskilstuna, a member of the municipal network outside every programme, in 2020:
 * obligations("municipality-0484", { from: "2020-01-01", to: "2020-12-31", asOf: "2020-06-30" }).map((o) => o.title.sv);
 * // => ["Information om rättigheter (3 §)","Skydda och främja språk och kultur (4 §)","Inflytande och samråd; samråd genom en strukturerad dialog (5 §)","Barns och ungas inflytande och samråd (5 a §)","Mål och riktlinjer för det minoritetspolitiska arbetet (5 b §)"]
 * obligations("lansstyrelsen-stockholm", { from: "2012-09-01", to: "2012-10-31", asOf: "2012-08-15" })
 *   .filter((o) => o.kind === "deliverable")
 *   .map((o) => [o.due, o.status, o.ruleId]);
 * // => [["2012-09-01","due-soon","deliverable.on-time"],["2012-10-01","upcoming","deliverable.on-time"]]
 * obligations("municipality-2180", { from: "2018-01-01", to: "2018-12-31", asOf: "2018-05-16" })
 *   .filter((o) => o.kind === "yearly-report")
 *   .map((o) => [o.id, o.due, o.status]);
 * // => [["municipality-2180/yearly-report/2017",null,"no-deadline"]]
 * ```
 */
export function obligations(actorId: string, options: ObligationsOptions): ObligationOutput[] {
  const from = requireDate("from", options.from);
  const to = requireDate("to", options.to);
  const asOf = requireDate("asOf", options.asOf);
  if (to < from) throw new RangeError(`obligations: to ${to} is before from ${from}`);
  const accessors = options.catalog ?? (shipped ??= createCatalog(shippedCatalog));
  if (!accessors.data.actors.some((a) => a.id === actorId)) {
    throw new RangeError(`obligations: no actor ${JSON.stringify(actorId)} in the catalog`);
  }
  const profile = options.profile;
  const own = profile !== undefined && (profile.actorId === undefined || profile.actorId === actorId) ? profile : undefined;
  const settings = resolveProfile(own, { asOf, subject: actorId }).settings;
  const out: ObligationOutput[] = [];
  out.push(...deliverableItems(accessors, actorId, { from, to, asOf }, settings, options.submissions));
  out.push(...yearlyReportItems(accessors, actorId, { from, to, asOf }, settings, yearlyReportDue(accessors, actorId, profile, asOf), options.reports));
  out.push(...commitmentItems(accessors, actorId, { from, to, asOf }, settings, own));
  const kind = accessors.getActor(actorId, { asOf })?.kind ?? accessors.data.actors.find((a) => a.id === actorId)?.kind;
  if (kind !== undefined) {
    out.push(...dutyItems(accessors, actorId, kind, { from, to, asOf }, settings));
    out.push(...grantRoundItems(accessors, actorId, kind, { from, to, asOf }, settings));
  }
  return out.sort(compareObligations);
}

/** The English form of a section: `5 a §` → `section 5 a`, `6–18 §§` → `sections 6–18`. */
function sectionEn(section: string): string {
  return section.endsWith("§§") ? `sections ${section.replace(/\s*§§$/, "")}` : `section ${section.replace(/\s*§$/, "")}`;
}

/**
 * The duties of lag (2009:724) that the actor's kind owes (the catalog's
 * `statutoryDuties`, known from their entry into force), one item per year
 * of the window in which each is in force; an amendment (the structured
 * dialogue of §5 from 2019, SFS 2018:1367) adds its title and sources to the
 * years it covers.
 */
function dutyItems(accessors: CatalogAccessors, actorId: string, actorKind: ActorKind, window: Window, settings: RuleSettings): ObligationOutput[] {
  const { from, to, asOf } = window;
  const duties = accessors.statutoryDuties({ asOf, actorKind, from, to });
  const out: ObligationOutput[] = [];
  for (const duty of duties) {
    if (duty.amends !== undefined) continue;
    const validity = { from: duty.validFrom, to: duty.validTo ?? null };
    for (const slice of yearSlices(validity, { from, to })) {
      const amending = duties.filter((a) => a.amends === duty.id && overlaps(a, { validFrom: slice.from, validTo: slice.to }));
      const also = (lang: Lang) => amending.map((a) => `; ${a.title[lang].charAt(0).toLowerCase()}${a.title[lang].slice(1)}`).join("");
      out.push({
        id: `${actorId}/${duty.id}/${slice.year}`,
        kind: "statutory-duty",
        title: { sv: `${duty.title.sv}${also("sv")} (${duty.section})`, en: `${duty.title.en}${also("en")} (${sectionEn(duty.section)})` },
        basis: [...duty.sources, ...amending.flatMap((a) => a.sources)],
        due: null,
        period: { from: slice.from, to: slice.to },
        status: periodStatus(slice.to, asOf, settings),
        ruleId: duty.ruleId,
        validity,
      });
    }
  }
  return out;
}

/**
 * The rounds of the state grants the actor's kind may apply for (the
 * catalog's `grantRounds`, known by `asOf`) whose deadline is in the
 * window: an opportunity, not a duty; open (`upcoming`, `due-soon`) until
 * the deadline that applies under the profile, `passed` after it.
 */
function grantRoundItems(accessors: CatalogAccessors, actorId: string, actorKind: ActorKind, window: Window, settings: RuleSettings): ObligationOutput[] {
  const { from, to, asOf } = window;
  const schemes = new Map(accessors.grantSchemes({ asOf }).map((scheme) => [scheme.id, scheme]));
  return accessors.grantRounds({ asOf, from, to, applyStatutoryShift: settings.deadlines.applyStatutoryShift }).flatMap((round): ObligationOutput[] => {
    const scheme = schemes.get(round.schemeId);
    if (scheme === undefined || !scheme.applicantKinds.includes(actorKind)) return [];
    return [
      {
        id: `${actorId}/${round.id}`,
        kind: "grant-round",
        title: { sv: `${scheme.title.sv}: ansökan ${round.year}`, en: `${scheme.title.en}: application ${round.year}` },
        basis: [...scheme.sources, ...round.sources],
        due: round.due,
        period: null,
        status: round.closed ? "passed" : deadlineStatus({ due: round.due, asOf, dueSoonDays: settings.deadlines.dueSoonDays }).status,
        ruleId: RULE_IDS["grant-round"],
      },
    ];
  });
}

interface Window {
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
}

function deliverableItems(
  accessors: CatalogAccessors,
  actorId: string,
  window: Window,
  settings: RuleSettings,
  submissions: readonly ObligationSubmission[] | undefined,
): ObligationOutput[] {
  const { from, to, asOf } = window;
  return accessors.deliverables({ from, to, asOf, actorId }).map((occurrence) => {
    // Which hand-in counts is decided as the on-time rule decides it.
    const handedIn = submissions === undefined ? undefined : earliestDay(submissions.filter((s) => countsFor(s, occurrence, asOf)).map((s) => s.submittedOn));
    const { status } = deadlineStatus({
      due: occurrence.due,
      asOf,
      ...(submissions === undefined ? {} : { submittedOn: handedIn ?? null }),
      applyStatutoryShift: settings.deadlines.applyStatutoryShift,
      dueSoonDays: settings.deadlines.dueSoonDays,
    });
    const commission = accessors.getCommission(occurrence.commissionId);
    const basis: Source[] = [...(commission?.sources ?? []), ...(occurrence.amended?.sources ?? [])];
    return {
      id: `${actorId}/deliverable/${occurrence.deliverableId}/${occurrence.occurrence ?? occurrence.due}`,
      kind: "deliverable",
      title: occurrence.occurrence === null ? { ...occurrence.title } : { sv: `${occurrence.title.sv} ${occurrence.occurrence}`, en: `${occurrence.title.en} ${occurrence.occurrence}` },
      basis,
      due: occurrence.due,
      period: null,
      status,
      ruleId: RULE_IDS.deliverable,
    };
  });
}

/**
 * The due day (`MM-DD`) of the yearly reports: the setting `yearlyReports.due`
 * of a profile that is the actor's, the follow-up authority's as of
 * `asOf`, or names no actor; `undefined` without one.
 */
function yearlyReportDue(accessors: CatalogAccessors, actorId: string, profile: LocalProfile | undefined, asOf: string): string | undefined {
  if (profile === undefined) return undefined;
  const authority = accessors.followUpAuthority({ asOf })?.id;
  const owner = profile.actorId;
  if (owner !== undefined && owner !== actorId && owner !== authority) return undefined;
  return resolveProfile(profile, { asOf }).settings.yearlyReports.due;
}

/** The seed that says the follow-up authority's annual report builds on the municipalities' and agencies' yearly reports. */
const SEED_YEARLY_REPORTS: Source = {
  kind: "seed",
  file: "003_c330e8c89015faff.txt",
  locator: "Länsstyrelsen tar årligen fram en årsrapport som bygger på kommuners och myndigheters årsrapporter",
};

function yearlyReportItems(
  accessors: CatalogAccessors,
  actorId: string,
  window: Window,
  settings: RuleSettings,
  dueDay: string | undefined,
  reports: readonly ObligationReport[] | undefined,
): ObligationOutput[] {
  const { from, to, asOf } = window;
  const out: ObligationOutput[] = [];
  // A report on year Y comes in during year Y + 1: the years reported on whose next year overlaps the window.
  for (let year = yearOf(from) - 1; year <= yearOf(to) - 1; year += 1) {
    if (year < MIN_YEAR || year + 1 > MAX_YEAR) continue;
    const roles = accessors.actorRoles(year, { asOf })[actorId];
    if (roles === undefined) continue;
    const next = pad(year + 1);
    // The follow-up authority writes the annual report that the others' yearly reports feed; it owes none to itself.
    if (accessors.followUpAuthority({ asOf: `${next}-01-01` })?.id === actorId) continue;
    const due = dueDay === undefined ? null : `${next}-${dueDay}`;
    if (due !== null && (due < from || due > to)) continue;
    const mine = reports?.filter((r) => r.year === year && (r.actorId === undefined || r.actorId === actorId));
    let status: DeadlineStatus;
    if (due === null) status = "no-deadline";
    else {
      const came = earliestDay(mine?.map((r) => r.submittedOn).filter((d): d is string => d !== undefined && compareIsoDates(d, asOf) <= 0) ?? []);
      status = deadlineStatus({
        due,
        asOf,
        ...(reports === undefined ? {} : { submittedOn: came ?? null }),
        applyStatutoryShift: settings.deadlines.applyStatutoryShift,
        dueSoonDays: settings.deadlines.dueSoonDays,
      }).status;
    }
    const authority = accessors.followUpAuthority({ asOf: due ?? `${next}-01-01` });
    const recipient = authority === undefined ? { sv: "uppföljningsmyndigheten", en: "the follow-up authority" } : authority.name;
    const why = [roles.programmes.length > 0 ? "programme" : undefined, roles.networkMember ? "network member" : undefined, roles.agency ? "agency" : undefined]
      .filter((w) => w !== undefined)
      .join(", ");
    out.push({
      id: `${actorId}/yearly-report/${year}`,
      kind: "yearly-report",
      title: { sv: `Årsrapport ${year} till ${recipient.sv}`, en: `Yearly report ${year} to ${recipient.en}` },
      basis: [
        { ...SEED_YEARLY_REPORTS, note: `Owed for ${year} as ${why} (the catalog's actor roles of the year). No source gives the due date: the setting yearlyReports.due${dueDay === undefined ? " is not set" : ` is ${dueDay}`}.` },
      ],
      due,
      period: { from: `${pad(year)}-01-01`, to: `${pad(year)}-12-31` },
      status,
      ruleId: RULE_IDS["yearly-report"],
    });
  }
  return out;
}

function commitmentItems(accessors: CatalogAccessors, actorId: string, window: Window, settings: RuleSettings, profile: LocalProfile | undefined): ObligationOutput[] {
  const { from, to, asOf } = window;
  const out: ObligationOutput[] = [];
  for (const network of accessors.networks({ asOf })) {
    if (network.commitments.length === 0) continue;
    const spans: { from: string; to: string | null; basis: Source[] }[] = [];
    if (network.status === "proposed") {
      const adopted = profile?.networkCommitments?.find((c) => c.networkId === network.id);
      const on = adopted?.adoptedOn;
      if (adopted === undefined || (on !== undefined && on > asOf)) continue;
      spans.push({ from: on ?? from, to: null, basis: [...(profile?.sources ?? [])] });
    } else {
      for (const m of network.members) {
        if (m.actorId !== actorId) continue;
        if (m.decided !== undefined && m.decided.on > asOf) continue;
        spans.push({ from: m.validFrom ?? network.validFrom ?? from, to: m.validTo ?? network.validTo ?? null, basis: [] });
      }
    }
    for (const span of spans) {
      for (const slice of yearSlices(span, { from, to })) {
        for (const commitment of network.commitments) {
          out.push({
            id: `${actorId}/${network.id}/${commitment.id}/${slice.year}`,
            kind: "network-commitment",
            title: { sv: `${network.name.sv}: ${commitment.description.sv}`, en: `${network.name.en}: ${commitment.description.en}` },
            basis: [...network.sources, ...span.basis],
            due: null,
            period: { from: slice.from, to: slice.to },
            status: periodStatus(slice.to, asOf, settings),
            ruleId: RULE_IDS["network-commitment"],
            validity: { from: span.from, to: span.to },
          });
        }
      }
    }
  }
  return out;
}
