import type {
  Actor,
  ActorKind,
  Area,
  Bilingual,
  Commission,
  Decided,
  DeliverableKind,
  EffectiveDated,
  Evaluation,
  Forum,
  FundingApplication,
  Indicator,
  Lang as ModelLang,
  LocalProfile,
  Message,
  Network,
  Period,
  Principle,
  Programme,
  RomaGroup,
  Source,
  TargetGroup,
} from "@romsk-inkludering/model";

/**
 * A language of the catalog's labels: Swedish (`sv`) or English (`en`)
 * (the model's `Lang`, re-exported here so existing imports keep working).
 *
 * @category Catalog
 * @example
 * ```ts
 * import type { Lang } from "@romsk-inkludering/catalog";
 * const lang: Lang = "en";
 * lang;
 * // => "en"
 * ```
 */
export type Lang = ModelLang;

/**
 * A county (län) by SCB's two-digit code, with its Swedish name.
 *
 * @category Actors
 * @example
 * ```ts
 * import type { County } from "@romsk-inkludering/catalog";
 * const skane: County = { code: "12", name: "Skåne län", sources: [{ kind: "publication", reference: "SCB, kommun- och länskoder" }] };
 * skane.name;
 * // => "Skåne län"
 * ```
 */
export interface County {
  /** SCB's county code (länskod), two digits. */
  code: string;
  /** The county's name, e.g. `Stockholms län`. */
  name: string;
  /** Where the code and name come from. */
  sources: Source[];
}

/**
 * An actor that cooperates with a network without being a member (e.g. the
 * county administrative boards of Västmanland and Örebro in the Mälardalen
 * network), with its role.
 *
 * @category Actors
 * @example
 * ```ts
 * import type { NetworkPartner } from "@romsk-inkludering/catalog";
 * const partner: NetworkPartner = {
 *   networkId: "malardalen-network",
 *   actorId: "lansstyrelsen-orebro",
 *   role: { sv: "Har organiserat kunskapsseminarier.", en: "Organised knowledge seminars." },
 *   sources: [{ kind: "seed", file: "004_f723fd64a64a7139.txt" }],
 * };
 * partner.actorId;
 * // => "lansstyrelsen-orebro"
 * ```
 */
export interface NetworkPartner {
  /** The network. */
  networkId: string;
  /** The cooperating actor. */
  actorId: string;
  /** What the actor does for the network. */
  role: Bilingual;
  /** Where this comes from. */
  sources: Source[];
}

/**
 * The strategy itself: "En samordnad och långsiktig strategi för romsk
 * inkludering 2012–2032" (skr. 2011/12:56, decided 2012-02-16), its overall
 * goal, its responsible ministry over time and its funding.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { strategy } from "@romsk-inkludering/catalog";
 * const s = strategy();
 * [s.reference, s.decidedOn, s.period.to];
 * // => ["skr. 2011/12:56","2012-02-16","2032-12-31"]
 * ```
 */
export interface Strategy {
  /** The strategy's id. */
  id: string;
  /** The strategy's title. */
  title: Bilingual;
  /** The government communication, `skr. 2011/12:56`. */
  reference: string;
  /** The day the government decided the communication. */
  decidedOn: string;
  /** The actor that decided it (`regeringen`). */
  decidedById: string;
  /** The years the strategy covers. */
  period: Period;
  /** The ministry responsible for the strategy over time (actor ids). */
  responsibleMinistry: EffectiveDated<string>[];
  /**
   * The follow-up authority over time (actor ids): the authority that
   * coordinates and follows up the work under the strategy and receives the
   * municipalities' and agencies' yearly reports. A transfer of the task is
   * a new entry from its day, not a code change.
   */
  followUpAuthority: EffectiveDated<string>[];
  /** How the Riksdag handled the communication. */
  parliament: { committeeReport: string; decision: string; outcome: Bilingual };
  /** The overall goal. */
  overallGoal: Bilingual;
  /** How the goal is to be reached and followed up. */
  approach: Bilingual;
  /** The strategy's state funding by period, in whole SEK (the funding of those years as a whole, not of a programme). */
  funding: { period: Period; amountSek: number; approximate: boolean; sources: Source[] }[];
  /** Where the facts come from. */
  sources: Source[];
}

/**
 * One criterion of a state grant: what the grantor takes into account when
 * it distributes the grant, with a stable id. `assessedIn` says where it is
 * judged: `application` (each application should describe it, e.g. the
 * involvement of Roma women and children) or `allocation` (the grantor
 * weighs it across all grants, e.g. the spread over the country and over
 * municipality sizes; one application cannot meet it on its own).
 *
 * @category Catalog
 * @example
 * ```ts
 * import { grantSchemes, type GrantCriterion } from "@romsk-inkludering/catalog";
 * const criteria: readonly GrantCriterion[] = grantSchemes({ asOf: "2023-01-01" })[0]?.criteria ?? [];
 * criteria.map((c) => [c.id, c.assessedIn]);
 * // => [["long-term-effect","application"],["national-spread","allocation"],["anchoring-among-roma","application"],["roma-women-and-children","application"]]
 * ```
 */
export interface GrantCriterion {
  /** Stable id, e.g. `roma-women-and-children`. */
  id: string;
  /** The criterion as the grantor words it. */
  title: Bilingual;
  /** Where it is judged: in each `application`, or across the whole `allocation`. */
  assessedIn: "application" | "allocation";
  /** Where the criterion comes from. */
  sources: Source[];
}

/**
 * One application round of a state grant: the last day an application may
 * come in (`deadline`, as written), the year it belongs to and when the
 * round became known (`decided`: as of an earlier date the library does
 * not know it). The day a round opens is not in the sources and is not
 * given.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { grantSchemes, type GrantRound } from "@romsk-inkludering/catalog";
 * const rounds: readonly GrantRound[] = grantSchemes({ asOf: "2024-06-01" })[0]?.rounds ?? [];
 * rounds.map((r) => r.deadline);
 * // => ["2022-11-13","2023-02-01","2023-06-01","2023-10-01","2024-04-15","2025-04-15"]
 * ```
 */
export interface GrantRound {
  /** Stable id, e.g. `grant-round-2022-11-13`. */
  id: string;
  /** The budget year the round belongs to. */
  year: number;
  /** The last day an application may come in, as written (YYYY-MM-DD). */
  deadline: string;
  /** When the round was decided or became known, with its sources. */
  decided: Decided;
  /** Where the deadline comes from. */
  sources: Source[];
}

/**
 * A state grant (statsbidrag) with its statute, grantor over time, criteria
 * and application rounds: förordning (2022:259) om statsbidrag till
 * kommuner för att främja romsk inkludering, distributed by Länsstyrelsen i
 * Stockholms län. The grantor is an effective-dated role like the follow-up
 * authority: a transfer of the task (e.g. to MUCF, which the government
 * asked on 20 June 2024 to analyse) is a new entry from its day, with its
 * own `decided`, not a code change.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { grantSchemes, type GrantScheme } from "@romsk-inkludering/catalog";
 * const [scheme]: readonly GrantScheme[] = grantSchemes({ asOf: "2023-01-01" });
 * [scheme?.id, scheme?.sfs, scheme?.grantor[0]?.value];
 * // => ["statsbidrag-romsk-inkludering","2022:259","lansstyrelsen-stockholm"]
 * ```
 */
export interface GrantScheme {
  /** Stable id. */
  id: string;
  /** The grant's name. */
  title: Bilingual;
  /** The statute's SFS number, e.g. `2022:259`. */
  sfs: string;
  /** Who may apply (actor kinds), e.g. `municipality`. */
  applicantKinds: Actor["kind"][];
  /** The grantor over time (actor ids); an entry with `decided` is known only from that day. */
  grantor: (EffectiveDated<string> & { decided?: Decided })[];
  /** What the grantor takes into account. */
  criteria: GrantCriterion[];
  /** The application rounds, by deadline. */
  rounds: GrantRound[];
  /** When the scheme became known, with its sources. */
  decided: Decided;
  /** Where the facts come from. */
  sources: Source[];
}

/**
 * A grant round as of a date (see {@link grantRounds}): the round with its
 * scheme, the grantor that receives the application on the deadline (as
 * known on the date asked), the deadline as written and as lag (1930:173)
 * §2 would move it, the deadline that applies under the setting
 * (`due`), and whether the round has closed by the date asked.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { grantRounds, type GrantRoundAsOf } from "@romsk-inkludering/catalog";
 * const [first]: readonly GrantRoundAsOf[] = grantRounds({ asOf: "2022-11-01" });
 * [first?.id, first?.deadline, first?.statutoryDeadline, first?.due, first?.closed];
 * // => ["grant-round-2022-11-13","2022-11-13","2022-11-14","2022-11-13",false]
 * ```
 */
export interface GrantRoundAsOf {
  /** The round's id. */
  id: string;
  /** The scheme's id. */
  schemeId: string;
  /** The scheme's statute (SFS number). */
  sfs: string;
  /** Who may apply (the scheme's actor kinds), e.g. `municipality`. */
  applicantKinds: Actor["kind"][];
  /** The budget year. */
  year: number;
  /** The grantor (actor id) on the deadline, as known on the date asked; `undefined` when none is known. */
  grantorId: string | undefined;
  /** The last day as written. */
  deadline: string;
  /** `deadline` moved to the next workday under lag (1930:173) §2 (the same date when it is a workday). */
  statutoryDeadline: string;
  /** The deadline that applies: `statutoryDeadline` when the §2 shift applies (the setting), else `deadline`. */
  due: string;
  /** True when the date asked is after `due`: no application can come in on time any more. */
  closed: boolean;
  /** The round's criteria (the scheme's). */
  criteria: GrantCriterion[];
  /** When the round became known. */
  decided: Decided;
  /** Where the round comes from. */
  sources: Source[];
}

/**
 * The catalog's plain data: every list of reference entries. Pass a value
 * of this type to {@link createCatalog} (e.g. one made by
 * {@link extendCatalog}) to query it.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { catalog, type Catalog } from "@romsk-inkludering/catalog";
 * const data: Catalog = catalog;
 * [data.areas.length, data.counties.length];
 * // => [6,21]
 * ```
 */
export interface Catalog {
  /** The strategy. */
  readonly strategy: Strategy;
  /** The six areas. */
  readonly areas: readonly Area[];
  /** The strategy's principles and the four working principles of the municipal work. */
  readonly principles: readonly Principle[];
  /** The five Roma groups. */
  readonly romaGroups: readonly RomaGroup[];
  /** The target group and the priority groups. */
  readonly targetGroups: readonly TargetGroup[];
  /** Every actor, municipalities included. */
  readonly actors: readonly Actor[];
  /** The 21 counties. */
  readonly counties: readonly County[];
  /** Government commissions with their parts and deliverables. */
  readonly commissions: readonly Commission[];
  /** Programmes (the pilot, the development municipalities). */
  readonly programmes: readonly Programme[];
  /** Forums. */
  readonly forums: readonly Forum[];
  /** Evaluations. */
  readonly evaluations: readonly Evaluation[];
  /** Networks. */
  readonly networks: readonly Network[];
  /** Actors that cooperate with networks without being members. */
  readonly networkPartners: readonly NetworkPartner[];
  /** Funding applications. */
  readonly fundingApplications: readonly FundingApplication[];
  /** Example local profiles. */
  readonly localProfiles: readonly LocalProfile[];
  /** Indicators: the EU framework's headline indicators, the strategy's goal, Kolada's context key figures. */
  readonly indicators: readonly Indicator[];
  /** The duties of lag (2009:724) that concern the Roma minority (§§3, 4, 5, 5 a, 5 b), and the administrative-area duties (§§6–18) marked as not applying to Roma. */
  readonly statutoryDuties: readonly StatutoryDuty[];
  /** State grants with their grantor, criteria and application rounds. */
  readonly grantSchemes: readonly GrantScheme[];
  /** Sourced statements about an actor, network or commission that no other field holds (proposals, counts, observations, plans, planned meetings). */
  readonly notes: readonly CatalogNote[];
}

/**
 * Entries to add to a catalog with {@link extendCatalog}: any of the lists
 * (and the strategy); an entry replaces a base entry with the same id.
 *
 * @category Catalog
 * @example
 * ```ts
 * import type { CatalogExtension } from "@romsk-inkludering/catalog";
 * const extension: CatalogExtension = { localProfiles: [{ id: "strict", name: "Strikt profil", consultation: { requireYouth: true } }] };
 * extension.localProfiles?.length;
 * // => 1
 * ```
 */
export type CatalogExtension = { readonly [K in Exclude<keyof Catalog, "strategy">]?: Catalog[K] } & {
  readonly strategy?: Strategy;
};

/**
 * An actor as of a date: the actor with the name in force (`name`, and
 * `short` when the name has a short form).
 *
 * @category Actors
 * @example
 * ```ts
 * import { getActor, type ActorAsOf } from "@romsk-inkludering/catalog";
 * const skl: ActorAsOf | undefined = getActor("skr", { asOf: "2018-06-01" });
 * skl?.short;
 * // => "SKL"
 * ```
 */
export type ActorAsOf = Actor & { name: Bilingual; short?: string };

/**
 * How an actor takes part in a commission: as `assignee`, `issuer`,
 * deliverable `recipient`, consultation `party`, or `any` of these.
 *
 * @category Commissions
 * @example
 * ```ts
 * import type { CommissionRole } from "@romsk-inkludering/catalog";
 * const role: CommissionRole = "party";
 * role;
 * // => "party"
 * ```
 */
export type CommissionRole = "assignee" | "issuer" | "recipient" | "party" | "any";

/**
 * One dated occurrence of a deliverable: a fixed deliverable has one, a
 * yearly one has one per year. `due` is the date as written in the
 * commission (or as moved by an amendment), never shifted for weekends or
 * holidays.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { deliverables, type DeliverableOccurrence } from "@romsk-inkludering/catalog";
 * const [first]: readonly DeliverableOccurrence[] = deliverables({ from: "2012-09-01", to: "2012-09-01" });
 * [first?.deliverableId, first?.due, first?.occurrence];
 * // => ["groundwork-report","2012-09-01",null]
 * ```
 */
export interface DeliverableOccurrence {
  /** The commission. */
  commissionId: string;
  /** The commission part. */
  partId: string;
  /** The deliverable. */
  deliverableId: string;
  /** Who must deliver (the commission's assignee). */
  assigneeId: string;
  /** The year of a yearly deliverable's occurrence; `null` for a fixed date. */
  occurrence: number | null;
  /** The due date: as written in the commission, or as moved by an amendment decided by `asOf`. */
  due: string;
  /** The due date as written in the commission. */
  writtenDue: string;
  /** `due` moved to the next workday under lag (1930:173) §2 (the same date when it is a workday). */
  statutoryDue: string;
  /** Who receives it. */
  recipientId: string;
  /** The kind of deliverable. */
  kind: DeliverableKind;
  /** The deliverable's title. */
  title: Bilingual;
  /** Present when an amendment moved the date: the decision, its date and sources, and the date first written. */
  amended?: { decision: string; date: string; writtenDue: string; sources: Source[] };
  /** Dates that other sources give for the same occurrence, each with its sources. */
  alternativeDue?: { due: string; sources: Source[]; note?: string }[];
}

/**
 * The kinds of catalog entry, as used by {@link citations} and
 * {@link checkCatalog}.
 *
 * @category Catalog
 * @example
 * ```ts
 * import type { CatalogEntryKind } from "@romsk-inkludering/catalog";
 * const kind: CatalogEntryKind = "commission";
 * kind;
 * // => "commission"
 * ```
 */
export type CatalogEntryKind =
  | "strategy"
  | "area"
  | "principle"
  | "roma-group"
  | "target-group"
  | "actor"
  | "county"
  | "commission"
  | "programme"
  | "forum"
  | "evaluation"
  | "network"
  | "network-partner"
  | "funding-application"
  | "local-profile"
  | "indicator"
  | "statutory-duty"
  | "grant-scheme"
  | "note";

/**
 * One source cited by a catalog entry (anywhere inside it), with the entry.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { citations, type Citation } from "@romsk-inkludering/catalog";
 * const [first]: readonly Citation[] = citations({ entryKind: "area" });
 * first?.entry;
 * // => {"kind":"area","id":"education"}
 * ```
 */
export interface Citation {
  /** The entry that cites the source. */
  entry: { kind: CatalogEntryKind; id: string };
  /** The source. */
  source: Source;
}

/**
 * A problem found by {@link checkCatalog}: an entry that fails its schema,
 * a reference that does not resolve, or a duplicate id.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { CatalogIssue } from "@romsk-inkludering/catalog";
 * const issue: CatalogIssue = {
 *   entry: { kind: "network", id: "example" },
 *   path: ["members", 0, "actorId"],
 *   code: "unknown-reference",
 *   message: { sv: "Okänd aktör: x", en: "Unknown actor: x" },
 * };
 * issue.code;
 * // => "unknown-reference"
 * ```
 */
export interface CatalogIssue {
  /** The entry with the problem. */
  entry: { kind: CatalogEntryKind; id: string };
  /** Where in the entry. */
  path: (string | number)[];
  /** `unknown-reference`, `duplicate-id`, `missing-source`, `county-mismatch`, or a model validation code. */
  code: string;
  /** What is wrong, in Swedish and English. */
  message: Message;
}

/**
 * The result of {@link checkCatalog}: success, or the issues found.
 *
 * @category Validation
 * @example
 * ```ts
 * import { catalog, checkCatalog, type CatalogCheckResult } from "@romsk-inkludering/catalog";
 * const result: CatalogCheckResult = checkCatalog(catalog);
 * result.success;
 * // => true
 * ```
 */
export type CatalogCheckResult = { success: true } | { success: false; issues: CatalogIssue[] };

/**
 * A duty of a statute towards the national minorities, one section (or one
 * amendment of a section) of lag (2009:724) om nationella minoriteter och
 * minoritetsspråk: who owes it, from when, a short summary of what it asks
 * and the rule that judges it per authority and year. The statutes'
 * Swedish text is not in the project's sources: `summary` is `FACTS.md`'s
 * wording, a summary, not a quotation. No source gives the day SFS
 * 2018:1367 was decided, so a duty is known to the library from the day it
 * enters into force (`validFrom`), never from an invented decision date.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { getStatutoryDuty, type StatutoryDuty } from "@romsk-inkludering/catalog";
 * const duty: StatutoryDuty | undefined = getStatutoryDuty("sfs-2009-724-5-a");
 * [duty?.section, duty?.introducedBy, duty?.validFrom, duty?.ruleId];
 * // => ["5 a §","2018:1367","2019-01-01","minority-act.youth-influence"]
 * ```
 */
export interface StatutoryDuty {
  /** Stable id, e.g. `sfs-2009-724-5-a`. */
  id: string;
  /** The statute's SFS number, `2009:724`. */
  sfs: string;
  /** The section, as the statute numbers it, e.g. `5 a §` (or a range, `6–18 §§`). */
  section: string;
  /** The SFS that introduced the duty (`2009:724` itself, or the amending law, e.g. `2018:1367`). */
  introducedBy: string;
  /** For an amendment of a section: the id of the duty it amends (e.g. the structured dialogue of §5 from 2019). */
  amends?: string;
  /** A short title. */
  title: Bilingual;
  /** What the duty asks, as a summary (`FACTS.md`'s wording), not the statute's text. */
  summary: Bilingual;
  /** The actor kinds the duty applies to. */
  actorKinds: ActorKind[];
  /** A qualification of who owes it, when the kinds alone do not say it (e.g. state authorities "whose work matters to the minorities"). */
  actorNote?: Bilingual;
  /** Whether the duty applies in respect of the Roma minority and Romani chib. */
  appliesToRoma: boolean;
  /** Why not, when `appliesToRoma` is `false`. */
  notApplicableReason?: Bilingual;
  /** The first day in force (inclusive); the library knows the duty from this day. */
  validFrom: string;
  /** The last day in force (inclusive); absent while in force. */
  validTo?: string;
  /** The id of the rule (`@romsk-inkludering/rules`) that judges it per authority and year, or `null` when none does. */
  ruleId: string | null;
  /** Where the duty and its dates come from. */
  sources: Source[];
}

/**
 * A sourced statement about an actor, a network or a commission that no
 * other field of the catalog holds: a `proposal` the actor made (e.g. the
 * board's proposals of a long-term state grant), a `count` (e.g. "ca 20
 * kommuner aktiva"), an `observation` (e.g. that Linköping's young
 * participants in its consultation had dropped out), a `plan` with its
 * period (e.g. Linköping's action plan 2018–2021) or a `planned-meeting`
 * with its day. Each note is known from the day its source was decided or
 * published (`decided`), never before: {@link catalogNotes} leaves it out
 * as of an earlier date.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { catalogNotes, type CatalogNote } from "@romsk-inkludering/catalog";
 * const notes: readonly CatalogNote[] = catalogNotes({ asOf: "2018-05-16", subjectId: "municipality-0580" });
 * notes.map((n) => [n.kind, n.period?.to ?? null]);
 * // => [["observation",null],["plan","2021-12-31"]]
 * ```
 */
export interface CatalogNote {
  /** Stable id, e.g. `linkoping-action-plan-2018-2021`. */
  id: string;
  /** What the note records: a `proposal`, a `count`, an `observation`, a `plan` or a `planned-meeting`. */
  kind: "proposal" | "count" | "observation" | "plan" | "planned-meeting";
  /** What it is about: an actor, a network or a commission, by id. */
  subject: { kind: "actor" | "network" | "commission"; id: string };
  /** For a proposal: the actor that made it (an actor id). */
  byId?: string;
  /** The statement, in Swedish (as the source words it where it can) and English. */
  text: Bilingual;
  /** For a count: the number, as given (`approximate` when the source says "ca"). */
  count?: { value: number; approximate: boolean };
  /** For a plan: the years it covers. */
  period?: Period;
  /** For a planned meeting: its day (YYYY-MM-DD). */
  date?: string;
  /** The day the source was decided or published; as of an earlier date the note is not known. */
  decided: Decided;
  /** Where the statement comes from. */
  sources: Source[];
}
