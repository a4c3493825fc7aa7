import type { GrantRoundAsOf } from "@romsk-inkludering/catalog";
import type {
  Actor,
  Bilingual,
  Commission,
  ComplianceInput,
  Forum,
  FundingApplication,
  GrantApplication,
  JsonValue,
  LocalProfile,
  Meeting,
  Network,
  Principle,
  Programme,
  RomaGroupId,
  Source,
  TargetGroup,
  TraceStep,
  Verdict,
} from "@romsk-inkludering/model";

/**
 * The kinds of subject a finding is about. `rule`, `profile` and `check`
 * are used by the runner itself (a rule not in force, a rule that threw, an
 * invalid profile or an invalid `asOf`).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { SUBJECT_KINDS } from "@romsk-inkludering/rules";
 * SUBJECT_KINDS.includes("deliverable");
 * // => true
 * ```
 */
export const SUBJECT_KINDS = [
  "actor",
  "actor-year",
  "annual-report",
  "check",
  "commission-part",
  "deliverable",
  "forum",
  "funding-application",
  "grant-application",
  "meeting",
  "municipal-plan",
  "network-membership",
  "profile",
  "rule",
  "submission",
] as const;

/**
 * A subject kind (see {@link SUBJECT_KINDS}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { SubjectKind } from "@romsk-inkludering/rules";
 * const kind: SubjectKind = "meeting";
 * kind;
 * // => "meeting"
 * ```
 */
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/**
 * What a finding is about: a kind and an id (e.g. a meeting id,
 * `<deliverable id>/<year>` for one occurrence of a yearly deliverable, or
 * `<actor id>/<year>` for an actor's year under a duty of lag 2009:724).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { Subject } from "@romsk-inkludering/rules";
 * const subject: Subject = { kind: "deliverable", id: "pilot-status-report/2014" };
 * subject.id;
 * // => "pilot-status-report/2014"
 * ```
 */
export interface Subject {
  /** The kind of subject. */
  kind: SubjectKind;
  /** Its id. */
  id: string;
}

/**
 * The settings the rules use, after a local profile has been merged into the
 * defaults (see {@link DEFAULT_SETTINGS} and {@link @romsk-inkludering/rules!resolveProfile}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { DEFAULT_SETTINGS, type RuleSettings } from "@romsk-inkludering/rules";
 * const settings: RuleSettings = DEFAULT_SETTINGS;
 * settings.deadlines.dueSoonDays;
 * // => 30
 * ```
 */
export interface RuleSettings {
  /** Deadline settings. */
  readonly deadlines: {
    /** Move a due date that falls on a weekend or holiday to the next workday (lag 1930:173 §2). */
    readonly applyStatutoryShift: boolean;
    /** How many calendar days before the due date an unsubmitted deliverable is "due soon". */
    readonly dueSoonDays: number;
    /** Judge a deliverable against the earliest due date any source gives (the written date or another source's). */
    readonly earliestDue: boolean;
  };
  /** Consultation settings. */
  readonly consultation: {
    /** Minimum number of Roma representatives in a consultation (any Roma group). */
    readonly minRomaRepresentatives: number;
    /** Representatives required per Roma group; `undefined` when no per-group requirement applies. */
    readonly representativesPerRomaGroup: number | undefined;
    /** The Roma groups the per-group requirement covers. */
    readonly romaGroups: readonly RomaGroupId[];
    /** Require youth participants (not only described methods) in consultations. */
    readonly requireYouth: boolean;
    /** The least number of young participants that counts as youth taking part. */
    readonly minYouthParticipants: number;
  };
  /** Forum settings (`undefined`: the forum's own number in the catalog). */
  readonly forum: {
    /** The least number of meetings per term (or year, as the forum counts); the forum's own number applies when higher. */
    readonly minMeetings: number | undefined;
  };
  /** Network commitment settings (`undefined`: the commitment's own number in the catalog). */
  readonly network: {
    /** The least number of network meetings a year. */
    readonly minMeetingsPerYear: number | undefined;
    /** The least number of those meetings with elected representatives a year. */
    readonly minMeetingsWithElectedPerYear: number | undefined;
    /** How many meetings fewer than the yearly number give a warning rather than a fail ("ca", about). */
    readonly meetingsShortfallTolerance: number;
    /** The most years between peer reviews. */
    readonly maxPeerReviewEveryYears: number | undefined;
    /** The least number of years of participation. */
    readonly minParticipationYears: number | undefined;
  };
  /** The follow-up authority's setting for the yearly reports of municipalities and agencies. */
  readonly yearlyReports: {
    /** The day (`MM-DD`) of the year after the year reported on by which a yearly report is due; `undefined`: no source gives one, no date. */
    readonly due: string | undefined;
  };
}

/**
 * The reference data the rules read. By default the
 * `@romsk-inkludering/catalog` package; pass another implementation in
 * {@link CheckOptions.catalog} to check against other data (e.g. in tests).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { defaultCatalog, type CatalogView } from "@romsk-inkludering/rules";
 * const catalog: CatalogView = { ...defaultCatalog, forums: () => [] };
 * catalog.forums().length;
 * // => 0
 * ```
 */
export interface CatalogView {
  /** The commissions (regeringsuppdrag); with `asOf`, those decided by then. */
  commissions(options?: { asOf?: string }): readonly Commission[];
  /** An actor by id as of a date, or `undefined`. */
  getActor(id: string, options: { asOf: string }): Actor | undefined;
  /** All networks. */
  networks(): readonly Network[];
  /** All forums. */
  forums(): readonly Forum[];
  /** All programmes. */
  programmes(): readonly Programme[];
  /** Principles of a scope (the strategy's, or the four working principles of the municipal work). */
  principles(options: { scope: "strategy" | "municipal-work" }): readonly Principle[];
  /** Target groups. */
  targetGroups(): readonly TargetGroup[];
  /** Funding applications. */
  fundingApplications(): readonly FundingApplication[];
  /**
   * The follow-up authority as of a date (the recipient of the actors'
   * yearly reports), or `undefined`; optional so that a view written before
   * it existed still type-checks (rules then give no authority).
   */
  followUpAuthority?(options: { asOf: string }): Actor | undefined;
  /**
   * The state grant rounds known as of a date, with their deadlines and
   * criteria (the catalog's `grantRounds`); optional so that a view written
   * before it existed still type-checks (the rule `grant.application` then
   * knows no round).
   */
  grantRounds?(options: { asOf: string; applyStatutoryShift?: boolean }): readonly GrantRoundAsOf[];
}

/**
 * The input of a check after normalisation: every list present, meetings
 * merged from `meetings` and the annual reports' `consultations` (one per
 * id), and the commissions in scope resolved.
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { CheckData } from "@romsk-inkludering/rules";
 * const data: Pick<CheckData, "subject"> = { subject: "municipality-0580" };
 * data.subject;
 * // => "municipality-0580"
 * ```
 */
export interface CheckData {
  /** The actor whose obligations are checked, if named. */
  readonly subject: string | undefined;
  /** The commissions whose deliverables and consultation requirements are checked. */
  readonly commissions: readonly Commission[];
  /** Submissions of deliverables. */
  readonly submissions: NonNullable<ComplianceInput["submissions"]>;
  /** Every meeting: `meetings` plus the annual reports' consultations, one per id, sorted by date and id. */
  readonly meetings: readonly Meeting[];
  /** Annual reports. */
  readonly reports: NonNullable<ComplianceInput["reports"]>;
  /** Network participation records. */
  readonly networkParticipation: NonNullable<ComplianceInput["networkParticipation"]>;
  /** Forum records. */
  readonly forumRecords: NonNullable<ComplianceInput["forumRecords"]>;
  /** Municipal plans. */
  readonly plans: NonNullable<ComplianceInput["plans"]>;
  /** Funding applications: the input's, plus the catalog's of the subject. */
  readonly fundingApplications: readonly FundingApplication[];
  /** Applications to state grant rounds that came in by `asOf`. */
  readonly grantApplications: readonly GrantApplication[];
}

/**
 * The records of a check grouped once by the runner and shared by every
 * rule, so that a rule looking up one actor's reports, one commission's
 * meetings or one deliverable's submissions reads only those (a check stays
 * linear in its input). Each group is a subsequence of the matching
 * {@link CheckData} list in its order; submissions are ordered by the date
 * submitted, then by their contents.
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { CheckIndex } from "@romsk-inkludering/rules";
 * const index: CheckIndex = { reportsOf: () => [], meetingsOf: () => [], meetingsOrganisedBy: () => [], plansOf: () => [], submissionsOf: () => [] };
 * index.reportsOf("municipality-0580").length;
 * // => 0
 * ```
 */
export interface CheckIndex {
  /** The annual reports of an actor (by `actorId`), in input order. */
  reportsOf(actorId: string): readonly NonNullable<ComplianceInput["reports"]>[number][];
  /** The meetings linked to a commission (by `commissionId`), by date and id. */
  meetingsOf(commissionId: string): readonly Meeting[];
  /** The meetings an actor held (by `organiserId`), by date and id. */
  meetingsOrganisedBy(organiserId: string): readonly Meeting[];
  /** The municipal plans of an actor (by `actorId`), in input order. */
  plansOf(actorId: string): readonly NonNullable<ComplianceInput["plans"]>[number][];
  /** The submissions of a deliverable (by `deliverableId`), by date submitted, then contents. */
  submissionsOf(deliverableId: string): readonly NonNullable<ComplianceInput["submissions"]>[number][];
  /**
   * What several rules derive alike from the check's records (the actors
   * and years the rules of lag (2009:724) judge): the first rule that asks
   * makes it with `make`, the index keeps it under `slot` (one constant per
   * use, owned by the module that reads it) for the rest of the check, and
   * every later rule gets the same value. The index belongs to one check,
   * so nothing is kept between checks and no rule keeps state of its own.
   * An index made elsewhere may leave this out: a rule then makes its own.
   */
  shared?<T>(slot: symbol, make: () => T): T;
}

/**
 * What a rule's check gets: the date, the normalised input, the merged
 * settings, the applied profile (if any) and the catalog.
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { RuleContext } from "@romsk-inkludering/rules";
 * const asOf: RuleContext["asOf"] = "2019-06-30";
 * asOf;
 * // => "2019-06-30"
 * ```
 */
export interface RuleContext {
  /** The date the check is made as of (`YYYY-MM-DD`). Records dated after it are not yet known. */
  readonly asOf: string;
  /** The normalised input. */
  readonly data: CheckData;
  /** The normalised input grouped by actor, commission and deliverable (built once per check). */
  readonly index: CheckIndex;
  /** The settings after merging the profile. */
  readonly settings: RuleSettings;
  /** The profile that was applied, if any (its sources join the basis of findings that use it). */
  readonly profile: LocalProfile | undefined;
  /** The reference data. */
  readonly catalog: CatalogView;
  /**
   * Whether the check explains its findings ({@link CheckOptions.explain}):
   * only then does a rule build its trace ({@link RuleOutcome.trace}).
   */
  readonly explain?: boolean | undefined;
}

/**
 * One result of a rule's check before the runner adds the rule id and basis:
 * subject, verdict, message, evidence, extra basis and an optional sort key
 * (for several outcomes on one subject, e.g. one per term).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { RuleOutcome } from "@romsk-inkludering/rules";
 * const outcome: RuleOutcome = {
 *   subject: { kind: "funding-application", id: "proposal-1" },
 *   verdict: "pass",
 *   message: { sv: "Budgeten summerar till totalen.", en: "The budget adds up to the total." },
 *   evidence: { totalSek: 330000, sumSek: 330000 },
 * };
 * outcome.verdict;
 * // => "pass"
 * ```
 */
export interface RuleOutcome {
  /** What the outcome is about. */
  subject: Subject;
  /** The verdict. */
  verdict: Verdict;
  /** Why, in Swedish and English. */
  message: Bilingual;
  /** The dates, counts and ids used (plain JSON). */
  evidence: Record<string, JsonValue>;
  /** Sources added to the rule's basis for this outcome (e.g. the commission's, the profile's). */
  basis?: readonly Source[] | undefined;
  /** Orders several outcomes on the same subject (compared as strings). */
  key?: string | undefined;
  /**
   * The rule's own trace: what it looked up and computed, step by step.
   * Build it only when {@link RuleContext.explain} is set (the runner
   * ignores it otherwise); without it the explanation lists the evidence.
   */
  trace?: readonly TraceStep[] | undefined;
}

/**
 * A compliance rule: a stable id, a title in Swedish and English, its basis
 * in law or in a commission or seed text, the period in which it applies,
 * the subjects it is about, the settings it reads and a pure check.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { check, type Rule } from "@romsk-inkludering/rules";
 * const always: Rule = {
 *   id: "example.always-pass",
 *   title: { sv: "Exempel", en: "Example" },
 *   description: { sv: "Godkänner alltid.", en: "Always passes." },
 *   basis: [{ kind: "sfs", sfs: "2009:724", section: "5 §" }],
 *   appliesTo: ["actor"],
 *   settings: [],
 *   check: () => [
 *     { subject: { kind: "actor", id: "municipality-0580" }, verdict: "pass", message: { sv: "Ja.", en: "Yes." }, evidence: {} },
 *   ],
 * };
 * check({}, { asOf: "2020-01-01", rules: [always] }).map((f) => f.verdict);
 * // => ["pass"]
 * ```
 */
export interface Rule {
  /** Stable id, e.g. `deliverable.on-time`. */
  readonly id: string;
  /** Title in Swedish and English. */
  readonly title: Bilingual;
  /** What the rule checks and how, in Swedish and English. */
  readonly description: Bilingual;
  /** The legal or documentary basis. */
  readonly basis: readonly Source[];
  /** First day the rule applies (inclusive); before it, the rule is not applicable. */
  readonly validFrom?: string | undefined;
  /** Last day the rule applies (inclusive); events after it are not applicable. */
  readonly validTo?: string | undefined;
  /** The subject kinds the rule's findings are about. */
  readonly appliesTo: readonly SubjectKind[];
  /** The settings the rule reads (paths into {@link RuleSettings}, e.g. `deadlines.dueSoonDays`). */
  readonly settings: readonly string[];
  /** The pure check. It may throw; the runner turns that into an `error` finding. */
  check(context: RuleContext): readonly RuleOutcome[];
}

/**
 * Options of {@link check}. `asOf` is required: there is no "today".
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { CheckOptions } from "@romsk-inkludering/rules";
 * const options: CheckOptions = { asOf: "2014-04-30", profile: { id: "p", name: "Profil", deadlines: { applyStatutoryShift: true } } };
 * options.asOf;
 * // => "2014-04-30"
 * ```
 */
export interface CheckOptions {
  /** The date the check is made as of (`YYYY-MM-DD`). */
  asOf: string;
  /** A local profile that tightens the rules; validated, and reported when invalid. */
  profile?: LocalProfile | undefined;
  /** The rules to run, as rules or ids (default: every rule in {@link registry}). */
  rules?: readonly (Rule | string)[] | undefined;
  /** The reference data (default: {@link defaultCatalog}). */
  catalog?: CatalogView | undefined;
  /**
   * Explain every finding: each carries `explanation` (its rule's page and
   * the trace, step by step). Off by default, so that findings stay small
   * and a check of many records does no extra work.
   */
  explain?: boolean | undefined;
  /**
   * What-if settings by key (see {@link SETTINGS}), applied after the
   * profile: unlike a profile they may loosen a rule too, for comparing
   * (see {@link compare}). A key that is not a setting, or a value of the
   * wrong type, gives an `error` finding `check.settings` and is ignored.
   */
  settings?: Readonly<Record<string, JsonValue>> | undefined;
}
