import { deadlineStatus, isIsoDate, type DeadlineStatus } from "@romsk-inkludering/calendar";
import type { CatalogAccessors, DeliverableOccurrence } from "@romsk-inkludering/catalog";
import {
  validate,
  type AnnualReport,
  type ComplianceInput,
  type Finding,
  type Gender,
  type JsonValue,
  type Kind,
  type KindType,
  type LocalProfile,
  type ObligationOutput,
  type Observation,
  type Place,
  type Result,
} from "@romsk-inkludering/model";
import {
  ACTOR_TYPES,
  buildNationalReport,
  evaluateProgress,
  type ActorType,
  type ActorTypes,
  type Aggregate,
  type ExpectedReporter,
  type NationalReport,
  type ProgressIndicator,
  type ProgressResult,
  type ReportIndicator,
} from "@romsk-inkludering/reports";
import { check as runRules, compare as compareRules, obligations as listObligations, resolveProfile, type CompareSide, type Comparison, type Rule } from "@romsk-inkludering/rules";
import { AggregateInputError, checkAggregateInput, checkInput, checkOptions, internalErrorFinding } from "./contracts.js";
import { checkObligationsOptions, resolveOptions, type ClientIssue, type ClientOptions, type ObligationsCallOptions } from "./options.js";

/**
 * The per-call date option of a client whose own `asOf` is `A`: optional
 * when the client has a date (`A` is `string`), required otherwise.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { DateOption } from "@romsk-inkludering/sdk";
 * const required: DateOption<undefined> = { asOf: "2014-05-01" };
 * const optional: DateOption<string> = {};
 * [required.asOf, optional.asOf];
 * // => ["2014-05-01",null]
 * ```
 */
export type DateOption<A extends string | undefined> = [A] extends [string]
  ? { readonly asOf?: string | undefined }
  : { readonly asOf: string };

/**
 * Options of {@link Client.check} besides the date: a profile for this call
 * only (instead of the client's), and the rules to run (ids or rule objects).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { createClient, type CheckCallOptions } from "@romsk-inkludering/sdk";
 * const options: CheckCallOptions = { rules: ["deliverable.on-time"] };
 * const findings = createClient().check(
 *   { submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-08-31", contents: [] }] },
 *   { ...options, asOf: "2012-12-31" },
 * );
 * findings.filter((f) => f.subject.id === "groundwork-report").map((f) => [f.ruleId, f.verdict]);
 * // => [["deliverable.on-time","pass"]]
 * findings.filter((f) => f.subject.id === "municipal-network-final-report").map((f) => [f.verdict, f.evidence.daysOverdue]);
 * // => [["fail",91]]
 * ```
 */
export interface CheckCallOptions {
  /** The date of the check (`YYYY-MM-DD`); defaults to the client's. */
  readonly asOf?: string | undefined;
  /** A local profile for this call; defaults to the client's. */
  readonly profile?: LocalProfile | undefined;
  /** The rules to run, by id or as rule objects (default: every rule). */
  readonly rules?: readonly (Rule | string)[] | undefined;
  /** Explain every finding: its rule's page and the trace, step by step (`explanation`); off by default. */
  readonly explain?: boolean | undefined;
  /** What-if settings by key (the rules' `SETTINGS`), applied after the profile, in either direction. */
  readonly settings?: Readonly<Record<string, JsonValue>> | undefined;
}

/**
 * Options of {@link Client.deadlines}: the window (inclusive), the actor
 * whose deliverables to list (the commission's assignee), and the date.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { createClient, type DeadlinesOptions } from "@romsk-inkludering/sdk";
 * const options: DeadlinesOptions = { from: "2012-09-01", to: "2012-09-30", actor: "lansstyrelsen-stockholm", asOf: "2012-08-15" };
 * createClient().deadlines({ ...options, asOf: "2012-08-15" }).map((d) => d.deliverableId);
 * // => ["groundwork-report"]
 * ```
 */
export interface DeadlinesOptions {
  /** First day of the window (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last day of the window (`YYYY-MM-DD`). */
  readonly to: string;
  /** Only the deliverables this actor must hand in (an actor id). */
  readonly actor?: string | undefined;
  /** The date the deadlines are read as of: amendments decided later do not move a date yet, and `status` is relative to it. */
  readonly asOf?: string | undefined;
}

/**
 * A catalog deliverable occurrence with its dates worked out: the date as
 * written (or amended), the date moved to the next workday under lag
 * (1930:173) 2 § (`statutoryDue`), the date that applies under the profile
 * (`effectiveDue`: the written one unless the profile turns the shift on),
 * the days left until it and its status.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { createClient, type Deadline } from "@romsk-inkludering/sdk";
 * const [groundwork]: readonly Deadline[] = createClient({ asOf: "2012-08-15" }).deadlines({ from: "2012-09-01", to: "2012-09-01" });
 * [groundwork?.due, groundwork?.statutoryDue, groundwork?.effectiveDue, groundwork?.daysLeft, groundwork?.status];
 * // => ["2012-09-01","2012-09-03","2012-09-01",17,"due-soon"]
 * ```
 */
export interface Deadline extends DeliverableOccurrence {
  /** `due` moved to the next workday under lag (1930:173) 2 § (the same date when it is a workday). */
  readonly statutoryDue: string;
  /** The date that applies: `statutoryDue` when the profile sets `deadlines.applyStatutoryShift`, else `due`. */
  readonly effectiveDue: string;
  /** Calendar days from `asOf` to `effectiveDue` (negative once it has passed). */
  readonly daysLeft: number;
  /** Where the deadline stands on `asOf`, by the calendar's `deadlineStatus`: `passed`, `due-soon` or `upcoming` (hand-ins are not tracked here; `check` tells whether one came in). */
  readonly status: DeadlineStatus;
}

/**
 * Options of {@link Client.aggregate}. Everything the national report needs
 * besides the reports: the year, the date, and optionally observations, a
 * partial aggregate, indicator definitions, the expected reporters (actor
 * ids, named from the catalog, or objects), the deadline of the annual
 * reports, actor types (default: derived from the catalog with
 * {@link Client.actorTypes}) and a suppression threshold (default: the
 * client's).
 *
 * @category Reports
 * @example
 * ```ts
 * import { createClient, type AggregateOptions } from "@romsk-inkludering/sdk";
 * const options: AggregateOptions = { year: 2017, asOf: "2018-05-02", expectedReporters: ["municipality-2180"], deadline: "2018-04-15" };
 * createClient().aggregate([], { ...options, asOf: "2018-05-02" }).completeness.reporters.map((r) => [r.actorId, r.status]);
 * // => [["municipality-2180","overdue"]]
 * ```
 */
export interface AggregateOptions {
  /** The year reported on. */
  readonly year: number;
  /** The date of the report: completeness and progress are judged as of it. */
  readonly asOf?: string | undefined;
  /** Indicator observations (those of years after `year` are left out). */
  readonly observations?: Iterable<Observation> | undefined;
  /** A partial aggregate summarized elsewhere with the same actor types, merged in. */
  readonly aggregate?: Aggregate | undefined;
  /** Indicator definitions: names for the renderers and targets for progress. */
  readonly indicators?: readonly ReportIndicator[] | undefined;
  /** The actors expected to report: ids (named from the catalog as of the deadline) or objects. */
  readonly expectedReporters?: readonly (string | ExpectedReporter)[] | undefined;
  /** The deadline of the annual reports: as given, or shifted under lag (1930:173) 2 § when the client's profile sets `deadlines.applyStatutoryShift` (the same setting `check` reads; default no shift). */
  readonly deadline?: string | undefined;
  /** The types of each actor id; default: {@link Client.actorTypes} of `year`. */
  readonly actorTypes?: ActorTypes | undefined;
  /** Counts from 1 to threshold − 1 are suppressed; default: the client's. */
  readonly suppressionThreshold?: number | undefined;
}

/**
 * Options of {@link Client.progress}: the date (only observations of years
 * up to its year are known) and the series to read (default: the country,
 * gender T).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { ProgressCallOptions } from "@romsk-inkludering/sdk";
 * const options: ProgressCallOptions = { asOf: "2022-06-30", place: { level: "municipality", code: "0580" }, gender: "K" };
 * options.place?.level;
 * // => "municipality"
 * ```
 */
export interface ProgressCallOptions {
  /** The date of the evaluation (`YYYY-MM-DD`); defaults to the client's. */
  readonly asOf?: string | undefined;
  /** The series' place (default: the country). */
  readonly place?: Place | undefined;
  /** The series' gender (default: `T`). */
  readonly gender?: Gender | undefined;
}

/**
 * The client's own date type, from the options it was made with: `string`
 * when `asOf` is a string, `undefined` when it is absent, and
 * `string | undefined` when the type does not say.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { AsOfOf } from "@romsk-inkludering/sdk";
 * const dated: AsOfOf<{ asOf: string }> = "2014-05-01";
 * const undated: AsOfOf<{}> = undefined;
 * [dated, undated];
 * // => ["2014-05-01",null]
 * ```
 */
export type AsOfOf<O> = O extends { readonly asOf: string }
  ? string
  : "asOf" extends keyof O
    ? O["asOf" & keyof O] extends undefined
      ? undefined
      : string | undefined
    : undefined;

/**
 * A client: the packages wired for one catalog, one local profile, one
 * suppression threshold and (optionally) one date. Made by
 * {@link createClient}. `A` is the type of its `asOf`: with `string`, the
 * dated methods take an optional `asOf`; otherwise they require one.
 *
 * @category Shared
 * @example
 * ```ts
 * import { createClient, type Client } from "@romsk-inkludering/sdk";
 * const client: Client<string> = createClient({ asOf: "2014-05-01" });
 * const undated: Client<undefined> = createClient();
 * [client.asOf, undated.asOf, client.catalog.actorName("skr", { asOf: "2014-05-01" })];
 * // => ["2014-05-01",null,"Sveriges Kommuner och Landsting"]
 * ```
 */
export interface Client<A extends string | undefined = string | undefined> {
  /** The client's date, or `undefined` when each dated call brings its own. */
  readonly asOf: A;
  /** The client's local profile (validated), if any. */
  readonly profile: LocalProfile | undefined;
  /** The suppression threshold of aggregates. */
  readonly suppressionThreshold: number;
  /** The catalog's accessors, bound to the client's catalog and, when it has one, its date (a date given in a call still wins). */
  readonly catalog: CatalogAccessors;
  /** Validates a payload as an object of `kind`; typed by kind, never throws. */
  validate<K extends Kind>(kind: K, input: unknown): Result<KindType<K>>;
  /** Validates a payload whose kind is only known at run time. */
  validate(kind: string, input: unknown): Result<unknown>;
  /**
   * Runs the compliance rules over `input` with the client's catalog and
   * profile. Never throws. The input is validated against the model's
   * `compliance-input` schema first: each problem (and an input with
   * nothing to check, or a `subject` that is no actor of the catalog, or
   * malformed options) is an `error` finding `check.input` whose evidence
   * names the path and code, and no rule runs, so garbage never reads as all
   * clear; an impossible date such as `2023-02-29` is an input error, not
   * lateness.
   */
  check(input: ComplianceInput, ...options: [A] extends [string] ? [options?: CheckCallOptions] : [options: CheckCallOptions & { readonly asOf: string }]): Finding[];
  /**
   * What if: checks `input` as side `a` and as side `b` (each a date, and
   * optionally a profile, which defaults to the client's, and what-if
   * settings) with the client's catalog, and returns exactly the findings
   * whose verdict differs, each with both verdicts and both explanations
   * (the rules' `compare`). The input is validated as for `check`: a
   * problem gives no differences, and each side lists the `check.input`
   * findings.
   */
  compare(input: ComplianceInput, sides: { readonly a: CompareSide; readonly b: CompareSide }, options?: { readonly rules?: readonly (Rule | string)[] | undefined }): Comparison;
  /** The catalog's deliverable occurrences due in a window, with their dates and status. */
  deadlines(options: DeadlinesOptions & DateOption<A>): readonly Deadline[];
  /**
   * Everything an actor owes in a window, as of the date, in one list
   * sorted by date (the rules' `obligations` with the client's catalog and
   * profile): the deliverables of its commissions, its duties under lag
   * (2009:724), its yearly reports to the follow-up authority, the grant
   * rounds it may apply to, its network commitments, each with its basis,
   * due date or period, status and rule id. The options are checked by a
   * zod schema; a bad option, `to` before `from`, or an actor that is not
   * in the client's catalog throws a `RangeError` that names it.
   *
   * @example
   * ```ts
   * import { createClient } from "@romsk-inkludering/sdk";
   * createClient({ asOf: "2012-08-15" })
   *   .obligations("lansstyrelsen-stockholm", { from: "2012-09-01", to: "2012-09-30" })
   *   .map((o) => [o.id, o.status]);
   * // => [["lansstyrelsen-stockholm/sfs-2009-724-3/2012","upcoming"],["lansstyrelsen-stockholm/sfs-2009-724-4/2012","upcoming"],["lansstyrelsen-stockholm/sfs-2009-724-5/2012","upcoming"],["lansstyrelsen-stockholm/deliverable/groundwork-report/2012-09-01","due-soon"]]
   * ```
   */
  obligations(actorId: string, options: ObligationsCallOptions & DateOption<A>): readonly ObligationOutput[];
  /**
   * The national report of a year from annual reports (and observations).
   * Every report and observation is validated against the model's schemas,
   * and the options checked, first: any problem throws one
   * {@link AggregateInputError} listing every issue, and nothing is summed.
   * Copies of one report (same id, or same actor and year) are counted once:
   * the later submission replaces the earlier, and the report's `replaced`
   * says what was replaced.
   */
  aggregate(reports: Iterable<AnnualReport>, options: AggregateOptions & DateOption<A>): NationalReport;
  /**
   * Progress of an indicator against its baseline and target, from
   * observations, as of the date (reports' `evaluateProgress`). The
   * indicator may be given by the id of one in the client's catalog
   * (`"eu-poverty-gap"`, or a Kolada key figure as `importKolada` names it,
   * `"n03926"`); an unknown id throws a `RangeError` that names it.
   *
   * @example
   * ```ts
   * import { createClient } from "@romsk-inkludering/sdk";
   * const client = createClient({ asOf: "2022-06-30" });
   * const pair = (year: number, roma: number, general: number) => [
   *   { indicatorId: "eu-poverty-gap", place: { level: "country" as const }, year, gender: "T" as const, value: roma, group: "roma" as const },
   *   { indicatorId: "eu-poverty-gap", place: { level: "country" as const }, year, gender: "T" as const, value: general, group: "general" as const },
   * ];
   * const r = client.progress("eu-poverty-gap", [...pair(2016, 80, 17), ...pair(2021, 80, 17)]);
   * [r.status, r.targetValue, r.expectedAtLatest];
   * // => ["off-track",31.5,51.75]
   * ```
   */
  progress(indicator: ProgressIndicator | string, observations: Iterable<Observation>, ...options: [A] extends [string] ? [options?: ProgressCallOptions] : [options: ProgressCallOptions & { readonly asOf: string }]): ProgressResult;
  /** The actor types of a year as the catalog knows them on the client's date, else at the year's end (programmes, active networks, agencies). */
  actorTypes(year: number): ActorTypes;
}

/**
 * The result of {@link createClientSafe}: the client, or every issue found
 * in the options.
 *
 * @category Validation
 * @example
 * ```ts
 * import { createClientSafe, type ClientResult } from "@romsk-inkludering/sdk";
 * const result: ClientResult<string> = createClientSafe({ asOf: "2014-05-01" });
 * result.success ? result.data.asOf : null;
 * // => "2014-05-01"
 * ```
 */
export type ClientResult<A extends string | undefined> = { success: true; data: Client<A> } | { success: false; issues: readonly ClientIssue[] };

function renderPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

/**
 * Thrown by {@link createClient} when the options have problems. `issues`
 * lists every problem at once (a bad date, every broken catalog entry, the
 * profile, the threshold); the message has one line per issue.
 *
 * @category Validation
 * @example
 * ```ts
 * import { ClientConfigError, createClient } from "@romsk-inkludering/sdk";
 * let caught: unknown;
 * try {
 *   createClient({ asOf: "2014-13-01", suppressionThreshold: -1 });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof ClientConfigError ? caught.issues.map((issue) => issue.option) : [];
 * // => ["asOf","suppressionThreshold"]
 * ```
 */
export class ClientConfigError extends Error {
  /** Every problem found in the options. */
  readonly issues: readonly ClientIssue[];

  /** @param issues - the problems, at least one */
  constructor(issues: readonly ClientIssue[]) {
    const lines = issues.map((i) => {
      const entry = i.entry === undefined ? "" : ` (${i.entry.kind} ${JSON.stringify(i.entry.id)})`;
      const path = i.path.length === 0 ? "" : ` at ${renderPath(i.path)}`;
      return `  ${i.option}${entry}${path}: ${i.message.en} [${i.code}]`;
    });
    super(`createClient: ${issues.length} ${issues.length === 1 ? "problem" : "problems"} in the options:\n${lines.join("\n")}`);
    this.name = "ClientConfigError";
    this.issues = issues;
  }
}

function needDate(method: string, given: string | undefined, own: string | undefined): string {
  const asOf = given ?? own;
  if (asOf === undefined) {
    throw new RangeError(
      `client.${method}: no date: pass { asOf: "YYYY-MM-DD" } or create the client with createClient({ asOf }); the SDK never reads the clock`,
    );
  }
  if (!isIsoDate(asOf)) throw new RangeError(`client.${method}: asOf must be an ISO date YYYY-MM-DD (1900–2200), got ${JSON.stringify(asOf)}`);
  return asOf;
}

/** The national report's actor types of a year, from the catalog's roles of that year (`actorRoles`) as known on `asOf` (default: the client's date, else the year's end). */
function actorTypesOf(accessors: CatalogAccessors, year: number, asOf?: string): ActorTypes {
  let roles: ReturnType<CatalogAccessors["actorRoles"]>;
  try {
    roles = accessors.actorRoles(year, asOf === undefined ? {} : { asOf });
  } catch (error) {
    // Name the call the user made.
    if (error instanceof RangeError) throw new RangeError(error.message.replace(/^actorRoles:/, "client.actorTypes:"));
    throw error;
  }
  const out: Record<string, readonly ActorType[]> = {};
  for (const [id, r] of Object.entries(roles)) {
    const has = (type: ActorType): boolean =>
      type === "pilot"
        ? r.programmes.includes("pilot")
        : type === "development-municipality"
          ? r.programmes.includes("development-municipalities")
          : type === "network-member"
            ? r.networkMember
            : type === "agency" && r.agency;
    const types = ACTOR_TYPES.filter(has);
    if (types.length > 0) out[id] = Object.freeze(types);
  }
  return Object.freeze(out);
}

/**
 * Like {@link createClient}, but returns a result instead of throwing: for
 * options read at run time (a profile or a catalog extension from a file, a
 * date from a command line), where bad input is expected and each issue
 * should be shown to the user.
 *
 * @category Shared
 * @param options - see {@link ClientOptions}
 * @returns `{ success: true, data: client }` or `{ success: false, issues }` with every issue
 * @example
 * ```ts
 * import { createClientSafe } from "@romsk-inkludering/sdk";
 * const result = createClientSafe({ profile: { id: "strict", name: "Strikt", consultation: { representativesPerRomaGroup: 0.5 } } });
 * result.success ? [] : result.issues.map((issue) => [issue.option, issue.path.join("."), issue.code]);
 * // => [["profile","consultation.representativesPerRomaGroup","invalid-type"]]
 * ```
 */
export function createClientSafe<O extends ClientOptions = {}>(options?: O): ClientResult<AsOfOf<O>> {
  const resolved = resolveOptions(options);
  if (!resolved.success) return { success: false, issues: Object.freeze(resolved.issues) };
  const { asOf, profile, accessors, view, suppressionThreshold } = resolved.data;

  const isActor = (id: string): boolean => view.actors().some((actor) => actor.id === id);

  const check = (input: ComplianceInput, options?: CheckCallOptions): Finding[] => {
    const problems = checkOptions(options);
    const call = problems.length === 0 ? options : undefined;
    const settings = {
      // A missing or malformed date gives the rules' `check.as-of` error finding: check never throws.
      asOf: (call?.asOf ?? asOf) as string,
      profile: call?.profile ?? profile,
      // Unbound: the client's date binds `client.catalog` for its users, while each rule asks as of the check's date.
      catalog: view,
    };
    try {
      const given = checkInput(input, isActor);
      problems.push(...given.findings);
      if (problems.length > 0 || given.data === undefined) {
        // No rule runs; the date and profile problems the rules would report are reported too.
        return [...problems, ...runRules({}, { ...settings, rules: [] }).filter((f) => f.verdict === "error")];
      }
      return runRules(given.data, { ...settings, rules: call?.rules, explain: call?.explain, settings: call?.settings });
    } catch (error) {
      return [...problems, internalErrorFinding(error)];
    }
  };

  const compare = (
    input: ComplianceInput,
    sides: { readonly a: CompareSide; readonly b: CompareSide },
    options?: { readonly rules?: readonly (Rule | string)[] | undefined },
  ): Comparison => {
    const given = checkInput(input, isActor);
    if (given.findings.length > 0 || given.data === undefined) {
      return { differences: [], sides: { a: given.findings, b: given.findings } };
    }
    const side = (s: CompareSide): CompareSide => ({ ...s, profile: s.profile ?? profile });
    return compareRules(given.data, { a: side(sides.a), b: side(sides.b) }, { catalog: view, rules: options?.rules });
  };

  const deadlines = (options: DeadlinesOptions): readonly Deadline[] => {
    if (typeof options !== "object" || options === null) throw new RangeError(`client.deadlines: options must be an object { from, to, actor?, asOf? }, got ${options === null ? "null" : typeof options}`);
    const date = needDate("deadlines", options.asOf, asOf);
    const settings = resolveProfile(profile, { asOf: date, subject: options.actor }).settings.deadlines;
    const occurrences = accessors.deliverables({
      from: options.from,
      to: options.to,
      asOf: date,
      ...(options.actor === undefined ? {} : { actorId: options.actor }),
    });
    // Hand-ins are not tracked here: a due date gone by is `passed` (check tells whether it came in).
    return Object.freeze(
      occurrences.map((occurrence): Deadline => {
        const { effectiveDue, daysLeft, status } = deadlineStatus({
          due: occurrence.due,
          asOf: date,
          applyStatutoryShift: settings.applyStatutoryShift,
          dueSoonDays: settings.dueSoonDays,
        });
        return Object.freeze({ ...occurrence, effectiveDue, daysLeft, status });
      }),
    );
  };

  const obligations = (actorId: string, options: ObligationsCallOptions): readonly ObligationOutput[] => {
    const given = checkObligationsOptions(options);
    const date = needDate("obligations", given.asOf, asOf);
    if (typeof actorId !== "string" || !view.data.actors.some((actor) => actor.id === actorId)) {
      throw new RangeError(`client.obligations: no actor ${JSON.stringify(actorId)} in the client's catalog`);
    }
    if (given.to < given.from) throw new RangeError(`client.obligations: to ${given.to} is before from ${given.from}`);
    return Object.freeze(
      listObligations(actorId, {
        from: given.from,
        to: given.to,
        asOf: date,
        catalog: view,
        profile,
        ...(given.submissions === undefined ? {} : { submissions: given.submissions }),
        ...(given.reports === undefined ? {} : { reports: given.reports }),
      }).map((item) => Object.freeze(item)),
    );
  };

  const aggregate = (reports: Iterable<AnnualReport>, options: AggregateOptions): NationalReport => {
    if (typeof options !== "object" || options === null || Array.isArray(options)) {
      throw new AggregateInputError([{ source: "options", path: [], code: "invalid-type", message: { sv: "Fel typ: väntade ett objekt med minst year.", en: "Wrong type: expected an object with at least year." } }]);
    }
    const date = needDate("aggregate", options.asOf, asOf);
    const checked = checkAggregateInput(reports, options as unknown as Record<string, unknown>, isActor);
    if (checked.issues.length > 0) throw new AggregateInputError(checked.issues);
    const namedOn = options.deadline !== undefined && isIsoDate(options.deadline) ? options.deadline : date;
    const expectedReporters = options.expectedReporters?.map((r): ExpectedReporter => {
      if (typeof r !== "string") return r;
      const actor = accessors.getActor(r, { asOf: namedOn });
      return actor === undefined ? { actorId: r } : { actorId: r, name: actor.name };
    });
    const { applyStatutoryShift } = resolveProfile(profile, { asOf: date }).settings.deadlines;
    return buildNationalReport({
      year: options.year,
      reports: checked.reports,
      asOf: date,
      applyStatutoryShift,
      suppressionThreshold: options.suppressionThreshold ?? suppressionThreshold,
      actorTypes: options.actorTypes ?? actorTypesOf(accessors, options.year, date),
      ...(checked.observations === undefined ? {} : { observations: checked.observations }),
      ...(options.aggregate === undefined ? {} : { aggregate: options.aggregate }),
      ...(options.indicators === undefined ? {} : { indicators: options.indicators }),
      ...(expectedReporters === undefined ? {} : { expectedReporters }),
      ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
    });
  };

  const progress = (indicator: ProgressIndicator | string, observations: Iterable<Observation>, options?: ProgressCallOptions): ProgressResult =>
    evaluateProgress(typeof indicator === "string" ? catalogIndicator(indicator) : indicator, observations, {
      asOf: needDate("progress", options?.asOf, asOf),
      ...(options?.place === undefined ? {} : { place: options.place }),
      ...(options?.gender === undefined ? {} : { gender: options.gender }),
    });

  function catalogIndicator(id: string): ProgressIndicator {
    const found = accessors.getIndicator(id);
    if (found === undefined) throw new RangeError(`progress: no indicator ${JSON.stringify(id)} in the client's catalog`);
    return found;
  }

  const client = {
    asOf,
    profile,
    suppressionThreshold,
    catalog: accessors,
    validate,
    check,
    compare,
    deadlines,
    obligations,
    aggregate,
    progress,
    actorTypes: (year: number) => actorTypesOf(accessors, year),
  };
  return { success: true, data: Object.freeze(client) as unknown as Client<AsOfOf<O>> };
}

/**
 * Creates a client: the catalog, the rules and the reports wired for one
 * catalog, one local profile, one suppression threshold and, optionally,
 * one date. The options are checked first, all of them: a custom catalog
 * entry by entry (schemas, sources, references, duplicate ids), the
 * profile against the model's schema (or, given as an id, looked up in the
 * catalog), the date and the threshold; any problem throws one
 * {@link ClientConfigError} that lists every issue. Nothing reads the
 * clock: without `asOf`, every dated call needs its own (a type error
 * otherwise; at run time `deadlines` and `aggregate` throw a `RangeError`
 * and `check` returns the rules' `check.as-of` error finding).
 *
 * @category Shared
 * @param options - see {@link ClientOptions}
 * @returns the client, frozen
 * @throws ClientConfigError when an option has problems (see {@link createClientSafe} for a result instead)
 * @example
 * ```ts
 * import { createClient } from "@romsk-inkludering/sdk";
 * const client = createClient({ asOf: "2012-09-10" });
 * const findings = client.check(
 *   { subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: [] }] },
 *   { rules: ["deliverable.on-time"] },
 * );
 * findings.filter((f) => f.subject.id === "groundwork-report").map((f) => [f.verdict, f.evidence.daysLate]);
 * // => [["fail",2]]
 * const undated = createClient();
 * undated.deadlines({ from: "2013-01-01", to: "2015-12-31", actor: "lansstyrelsen-stockholm", asOf: "2013-01-01" })
 *   .filter((d) => d.deliverableId === "pilot-status-report").map((d) => d.due);
 * // => ["2013-04-15","2014-04-15","2015-04-15"]
 * ```
 */
export function createClient<O extends ClientOptions = {}>(options?: O): Client<AsOfOf<O>> {
  const result = createClientSafe(options);
  if (!result.success) throw new ClientConfigError(result.issues);
  return result.data;
}
