import * as z from "zod";
import { ComplianceInputSchema } from "./compliance.js";
import { VerdictSchema } from "./findings.js";
import { LocalProfileSchema } from "./profile.js";
import { FreeTextSchema, IdSchema, IsoDateSchema, JsonValueSchema } from "./shared.js";

/**
 * One expected finding of a scenario: the rule, the subject and the
 * verdict it must have; optionally evidence keys that must have these
 * values (the finding may have more) and a piece of text its Swedish or
 * English message must contain.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { ScenarioExpectationSchema } from "@romsk-inkludering/model";
 * ScenarioExpectationSchema.safeParse({ rule: "deliverable.on-time", subject: "pilot-status-report/2014", verdict: "fail", evidence: { workdaysLate: 1 } }).success;
 * // => true
 * ScenarioExpectationSchema.safeParse({ rule: "deliverable.on-time", subject: "pilot-status-report/2014", verdict: "maybe" }).success;
 * // => false
 * ```
 */
export const ScenarioExpectationSchema = z.strictObject({
  rule: IdSchema.describe("Regel (rule): the id of the rule whose finding is expected, as the rules registry names it."),
  subject: z.string().min(1).max(500).describe("Granskat (subject): the id of what the finding is about, e.g. pilot-status-report/2014 for one year's report."),
  verdict: VerdictSchema.describe("Bedömning (verdict): the verdict the finding must have: pass (uppfyllt), fail (ej uppfyllt), warning (varning), not-applicable (ej tillämplig) or error (fel)."),
  evidence: z
    .record(z.string().min(1).max(200), JsonValueSchema)
    .optional()
    .describe("Underlag (evidence): keys of the finding's evidence that must have exactly these values; keys not named here are not compared."),
  message: z.string().min(1).max(1000).optional().describe("Meddelande (message): a piece of text the finding's Swedish or English message must contain, e.g. \"1 arbetsdag\"."),
});

/**
 * An expected finding (see {@link ScenarioExpectationSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { ScenarioExpectation } from "@romsk-inkludering/model";
 * const expected: ScenarioExpectation = { rule: "forum.cadence", subject: "pilot-forum", verdict: "pass" };
 * expected.verdict;
 * // => "pass"
 * ```
 */
export interface ScenarioExpectation extends z.output<typeof ScenarioExpectationSchema> {}

/**
 * A scenario: a case a follow-up officer writes down with the verdicts the
 * rules must give. A scenario file (YAML or JSON) holds a list of them;
 * `romsk test` runs them. `profile` is a profile id of the catalog (e.g.
 * `linkoping-consultation`) or a whole local profile; `rules` limits the
 * check to these rules; `input` is what `romsk check` reads (a
 * compliance input); `expect` lists the findings that must come out (other
 * findings are not compared).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * const result = validate("scenario", {
 *   name: "Lägesrapporten 2014 kom en dag för sent",
 *   asOf: "2014-05-01",
 *   rules: ["deliverable.on-time"],
 *   input: {
 *     subject: "lansstyrelsen-stockholm",
 *     submissions: [{ deliverableId: "pilot-status-report", occurrence: 2014, submittedOn: "2014-04-16", contents: ["problem-analysis", "proposed-measures"] }],
 *   },
 *   expect: [{ rule: "deliverable.on-time", subject: "pilot-status-report/2014", verdict: "fail", evidence: { workdaysLate: 1 }, message: "1 arbetsdag" }],
 * });
 * result.success;
 * // => true
 * validate("scenario", { name: "Utan förväntan", asOf: "2014-05-01", input: {}, expect: [] }).success;
 * // => false
 * ```
 */
export const ScenarioSchema = z.strictObject({
  name: FreeTextSchema.describe("Namn (name): what the case is, in a sentence, e.g. \"Lägesrapporten 2014 kom en dag för sent\"."),
  asOf: IsoDateSchema.describe("Per datum (asOf): the date the case is judged as of (YYYY-MM-DD); what happened later is not yet known."),
  profile: z
    .union([IdSchema, LocalProfileSchema])
    .optional()
    .describe("Lokal profil (profile): the id of a local profile in the catalog, or a whole local profile; absent: the national rules only."),
  rules: z.array(IdSchema).min(1).max(100).optional().describe("Regler (rules): only these rules run (their ids); absent: every rule in force."),
  input: ComplianceInputSchema.describe("Indata (input): what the actor has done, as romsk check reads it (a compliance input: subject, submissions, meetings, reports, ...)."),
  expect: z.array(ScenarioExpectationSchema).min(1).max(1000).describe("Förväntat (expect): the findings that must come out; findings not listed here are not compared."),
});

/**
 * A scenario (see {@link ScenarioSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { Scenario } from "@romsk-inkludering/model";
 * const scenario: Scenario = {
 *   name: "Förslag 2 summerar till 230 000 kr",
 *   asOf: "2012-12-31",
 *   input: { fundingApplications: [] },
 *   expect: [{ rule: "funding.budget-arithmetic", subject: "national-network-proposal-2", verdict: "pass" }],
 * };
 * scenario.expect.length;
 * // => 1
 * ```
 */
export interface Scenario extends z.output<typeof ScenarioSchema> {}

/**
 * A whole scenario file: a list of 1 to 1000 scenarios (see
 * {@link ScenarioSchema}), as `romsk test` reads it from YAML or JSON. Its
 * JSON Schema (`schemas/scenario-file.schema.json`, `romsk schema
 * scenario-file`) lets an editor check a whole file; the kind `scenario`
 * stays one scenario.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * const scenario = {
 *   name: "Förslag 2 summerar till 230 000 kr",
 *   asOf: "2012-12-31",
 *   input: { fundingApplications: [] },
 *   expect: [{ rule: "funding.budget-arithmetic", subject: "national-network-proposal-2", verdict: "pass" }],
 * };
 * validate("scenario-file", [scenario]).success;
 * // => true
 * validate("scenario-file", []).success;
 * // => false
 * validate("scenario-file", scenario).success;
 * // => false
 * ```
 */
export const ScenarioFileSchema = z
  .array(ScenarioSchema.describe("Scenario (scenario): one case of the file, with its name, date, input and expected findings (see scenario.schema.json)."))
  .min(1)
  .max(1000);

/**
 * A scenario file (see {@link ScenarioFileSchema}): a list of scenarios.
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { ScenarioFile } from "@romsk-inkludering/model";
 * const file: ScenarioFile = [
 *   { name: "Inga förslag", asOf: "2012-12-31", input: {}, expect: [{ rule: "funding.budget-arithmetic", subject: "national-network-proposal-2", verdict: "pass" }] },
 * ];
 * file.length;
 * // => 1
 * ```
 */
export type ScenarioFile = z.output<typeof ScenarioFileSchema>;
