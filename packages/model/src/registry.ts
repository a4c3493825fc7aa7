import type * as z from "zod";
import { ActorSchema, type Actor } from "./actors.js";
import { ActivitySchema, type Activity } from "./activities.js";
import { AreaSchema, PrincipleSchema, RomaGroupSchema, TargetGroupSchema, type Area, type Principle, type RomaGroup, type TargetGroup } from "./areas.js";
import { CommissionSchema, type Commission } from "./commissions.js";
import {
  ComplianceInputSchema,
  ForumRecordSchema,
  MunicipalPlanSchema,
  NetworkParticipationSchema,
  type ComplianceInput,
  type ForumRecord,
  type MunicipalPlan,
  type NetworkParticipation,
} from "./compliance.js";
import { FindingSchema, type Finding } from "./findings.js";
import { GrantApplicationSchema, type GrantApplication } from "./grants.js";
import { IndicatorSchema, ObservationSchema, type Indicator, type Observation } from "./indicators.js";
import { MeetingSchema, type Meeting } from "./meetings.js";
import type { ValidationIssue } from "./messages.js";
import { LocalProfileSchema, type LocalProfile } from "./profile.js";
import { EvaluationSchema, ForumSchema, NetworkSchema, ProgrammeSchema, type Evaluation, type Forum, type Network, type Programme } from "./programmes.js";
import { AnnualReportSchema, FundingApplicationSchema, type AnnualReport, type FundingApplication } from "./reports.js";
import { ScenarioFileSchema, ScenarioSchema, type Scenario, type ScenarioFile } from "./scenarios.js";
import { show } from "./messages.js";
import { validateBy, validatorOf, type Result, type Validator } from "./validate.js";

/**
 * The top-level schemas by kind. Each kind has a JSON Schema file
 * `schemas/<kind>.schema.json` in the package.
 *
 * @category Validation
 * @example
 * ```ts
 * import { schemas } from "@romsk-inkludering/model";
 * schemas.commission.safeParse({}).success;
 * // => false
 * Object.isFrozen(schemas);
 * // => true
 * ```
 */
export const schemas = Object.freeze({
  activity: ActivitySchema,
  actor: ActorSchema,
  "annual-report": AnnualReportSchema,
  area: AreaSchema,
  commission: CommissionSchema,
  "compliance-input": ComplianceInputSchema,
  evaluation: EvaluationSchema,
  finding: FindingSchema,
  forum: ForumSchema,
  "forum-record": ForumRecordSchema,
  "funding-application": FundingApplicationSchema,
  "grant-application": GrantApplicationSchema,
  indicator: IndicatorSchema,
  "local-profile": LocalProfileSchema,
  meeting: MeetingSchema,
  "municipal-plan": MunicipalPlanSchema,
  network: NetworkSchema,
  "network-participation": NetworkParticipationSchema,
  observation: ObservationSchema,
  principle: PrincipleSchema,
  programme: ProgrammeSchema,
  "roma-group": RomaGroupSchema,
  scenario: ScenarioSchema,
  "scenario-file": ScenarioFileSchema,
  "target-group": TargetGroupSchema,
});

/**
 * A kind of top-level object (a key of {@link schemas}).
 *
 * @category Validation
 * @example
 * ```ts
 * import type { Kind } from "@romsk-inkludering/model";
 * const kind: Kind = "annual-report";
 * kind;
 * // => "annual-report"
 * ```
 */
export type Kind = keyof typeof schemas;

/**
 * The named type of each kind's objects: `annual-report` → {@link AnnualReport},
 * and so on. Each is an interface that extends the output type of the kind's
 * zod schema (the one source of truth), so editors and the reference show
 * the name instead of the structure.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { KindTypes } from "@romsk-inkludering/model";
 * const report: KindTypes["observation"] = { indicatorId: "n03926", place: { level: "country" }, year: 2019, gender: "T", value: 1.5 };
 * report.year;
 * // => 2019
 * ```
 */
export interface KindTypes {
  activity: Activity;
  actor: Actor;
  "annual-report": AnnualReport;
  area: Area;
  commission: Commission;
  "compliance-input": ComplianceInput;
  evaluation: Evaluation;
  finding: Finding;
  forum: Forum;
  "forum-record": ForumRecord;
  "funding-application": FundingApplication;
  "grant-application": GrantApplication;
  indicator: Indicator;
  "local-profile": LocalProfile;
  meeting: Meeting;
  "municipal-plan": MunicipalPlan;
  network: Network;
  "network-participation": NetworkParticipation;
  observation: Observation;
  principle: Principle;
  programme: Programme;
  "roma-group": RomaGroup;
  scenario: Scenario;
  "scenario-file": ScenarioFile;
  "target-group": TargetGroup;
}

/**
 * The (output) type of the objects of a kind, by name (see {@link KindTypes}).
 *
 * @category Validation
 * @example
 * ```ts
 * import type { KindType } from "@romsk-inkludering/model";
 * const place: KindType<"observation">["place"] = { level: "country" };
 * place.level;
 * // => "country"
 * ```
 */
export type KindType<K extends Kind> = KindTypes[K];

/**
 * All kinds, sorted.
 *
 * @category Validation
 * @example
 * ```ts
 * import { kinds } from "@romsk-inkludering/model";
 * kinds.length;
 * // => 25
 * kinds[0];
 * // => "activity"
 * ```
 */
export const kinds: readonly Kind[] = Object.freeze((Object.keys(schemas) as Kind[]).sort());

/**
 * True when `value` is a kind of {@link schemas}.
 *
 * @category Validation
 * @example
 * ```ts
 * import { isKind } from "@romsk-inkludering/model";
 * isKind("commission");
 * // => true
 * isKind("commision");
 * // => false
 * ```
 */
export function isKind(value: unknown): value is Kind {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(schemas, value);
}

/**
 * Validates `input` as an object of `kind` and returns a typed
 * {@link Result}: `validate("commission", x)` yields `Result<Commission>`.
 * Never throws; an unknown kind gives a result with an `unknown-kind` issue.
 *
 * @category Validation
 * @param kind - a kind of {@link schemas}
 * @param input - anything, e.g. parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, issues }` (sorted by path)
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * const result = validate("observation", { indicatorId: "n03926", place: { level: "country" }, year: 2019, gender: "X", value: 1.5 });
 * result.success ? [] : result.issues.map((issue) => `${issue.path.join(".")} ${issue.code}`);
 * // => ["gender invalid-value"]
 * validate("commision", {}).success;
 * // => false
 * ```
 */
export function validate<K extends Kind>(kind: K, input: unknown): Result<KindType<K>>;
export function validate(kind: string, input: unknown): Result<unknown>;
export function validate(kind: string, input: unknown): Result<unknown> {
  let validator = typeof kind === "string" ? validatorOfKind.get(kind) : undefined;
  if (validator !== undefined) return validateBy(validator, input);
  const schema = typeof kind === "string" ? schemaOf.get(kind) : undefined;
  if (schema === undefined) {
    const shown = show(kind) ?? String(typeof kind);
    const list = kinds.join(", ");
    const issue: ValidationIssue = {
      path: [],
      code: "unknown-kind",
      message: { sv: `Okänd typ ${shown}; kända typer: ${list}.`, en: `Unknown kind ${shown}; known kinds: ${list}.` },
    };
    return { success: false, issues: [issue] };
  }
  validator = validatorOf(schema);
  validatorOfKind.set(kind, validator);
  return validateBy(validator, input);
}

/** Each kind's validator, once it has been asked for: `validate` then finds schema and walk with one look-up. */
const validatorOfKind = new Map<string, Validator>();

/** The schemas by kind, for one look-up per call that also tells a kind from any other text. */
const schemaOf: ReadonlyMap<string, z.ZodType> = new Map(Object.entries(schemas) as [string, z.ZodType][]);
