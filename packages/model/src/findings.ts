import * as z from "zod";
import { SourceListSchema } from "./sources.js";
import { BilingualSchema, IdSchema, JsonValueSchema } from "./shared.js";
import type { Message } from "./messages.js";

/**
 * The verdict of a check: `pass`, `fail`, `warning`, `not-applicable`, or
 * `error` (the check could not run).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { VerdictSchema } from "@romsk-inkludering/model";
 * VerdictSchema.options;
 * // => ["pass","fail","warning","not-applicable","error"]
 * ```
 */
export const VerdictSchema = z.enum(["pass", "fail", "warning", "not-applicable", "error"]);

/**
 * A verdict (see {@link VerdictSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { Verdict } from "@romsk-inkludering/model";
 * const v: Verdict = "warning";
 * v;
 * // => "warning"
 * ```
 */
export type Verdict = z.infer<typeof VerdictSchema>;

/**
 * The verdicts in Swedish and English, as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these words live: the command line's check output and every
 * other reader of findings import them from here.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { VERDICT_LABELS } from "@romsk-inkludering/model";
 * [VERDICT_LABELS.pass.sv, VERDICT_LABELS.fail.sv, VERDICT_LABELS["not-applicable"].en];
 * // => ["uppfyllt","ej uppfyllt","not applicable"]
 * ```
 */
export const VERDICT_LABELS: Readonly<Record<Verdict, Readonly<Message>>> = Object.freeze({
  pass: { sv: "uppfyllt", en: "pass" },
  fail: { sv: "ej uppfyllt", en: "fail" },
  warning: { sv: "varning", en: "warning" },
  "not-applicable": { sv: "ej tillämplig", en: "not applicable" },
  error: { sv: "fel", en: "error" },
});

/**
 * The kinds of step in a finding's trace: `rule` (the rule and its
 * validity), `setting` (a setting the rule read, with where its value came
 * from), `lookup` (something looked up: a deliverable, a due date and its
 * source, an amendment, a submission), `calendar` (a calendar rule applied,
 * e.g. lag 1930:173 §2), `compute` (a value computed) and `verdict`.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { TRACE_STEP_KINDS } from "@romsk-inkludering/model";
 * TRACE_STEP_KINDS.includes("calendar");
 * // => true
 * ```
 */
export const TRACE_STEP_KINDS = ["rule", "setting", "lookup", "calendar", "compute", "verdict"] as const;

/**
 * One step of a finding's trace: its kind, what it is (in Swedish and
 * English), its value as plain JSON, the sources it rests on, and its depth
 * (a step nests under the step before it with a smaller depth, so the list
 * reads as an indented tree).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { TraceStepSchema } from "@romsk-inkludering/model";
 * TraceStepSchema.safeParse({ depth: 0, kind: "lookup", label: { sv: "Sista dag enligt uppdraget", en: "Due date in the commission" }, value: "2012-09-01" }).success;
 * // => true
 * ```
 */
export const TraceStepSchema = z.strictObject({
  depth: z.int().min(0).max(20).describe("Nivå (depth): how deep the step sits in the tree; it nests under the step before it with a smaller depth."),
  kind: z.enum(TRACE_STEP_KINDS).describe("Slag (kind): rule (regel), setting (inställning), lookup (uppslag), calendar (kalenderregel), compute (beräkning) or verdict (bedömning)."),
  label: BilingualSchema.describe("Steg (label): what the step is, in Swedish and English."),
  value: JsonValueSchema.describe("Värde (value): the step's value as plain JSON (a date, a count, a setting, a verdict)."),
  sources: SourceListSchema.optional().describe("Källor (sources): the sources the step rests on, e.g. the seed that gives a due date."),
});

/**
 * A step of a trace (see {@link TraceStepSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { TraceStep } from "@romsk-inkludering/model";
 * const step: TraceStep = { depth: 0, kind: "verdict", label: { sv: "Bedömning", en: "Verdict" }, value: "fail" };
 * step.value;
 * // => "fail"
 * ```
 */
export interface TraceStep extends z.output<typeof TraceStepSchema> {}

/**
 * How a finding came about, when the check was asked to explain
 * (`explain: true`): the address of the rule's reference page and the
 * steps of its trace.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { ExplanationSchema } from "@romsk-inkludering/model";
 * ExplanationSchema.safeParse({ ruleUrl: "documents/Rule_reference.deliverable.on-time.html", steps: [] }).success;
 * // => true
 * ```
 */
export const ExplanationSchema = z.strictObject({
  ruleUrl: z.string().min(1).max(500).optional().describe("Regelsida (ruleUrl): the address of the rule's reference page, relative to the documentation site; absent for the findings of the runner itself (profile.*, check.*), which have no page."),
  steps: z.array(TraceStepSchema).max(1000).describe("Steg (steps): the trace, in order: what was looked up, what was computed, and each step's value."),
});

/**
 * An explanation (see {@link ExplanationSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { Explanation } from "@romsk-inkludering/model";
 * const explanation: Explanation = { ruleUrl: "documents/Rule_reference.forum.cadence.html", steps: [] };
 * explanation.steps.length;
 * // => 0
 * ```
 */
export interface Explanation extends z.output<typeof ExplanationSchema> {}

/**
 * The result of one rule for one subject: verdict, bilingual message, the
 * legal or documentary basis, and the evidence (the inputs and dates it
 * used) as plain JSON.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("finding", {
 *   ruleId: "deliverable.on-time",
 *   verdict: "pass",
 *   subject: { kind: "deliverable", id: "groundwork-report" },
 *   message: { sv: "Redovisningen lämnades i tid.", en: "The report was submitted on time." },
 *   basis: [{ kind: "seed", file: "000_fd74c5439764a9cd.txt" }],
 *   evidence: { due: "2012-09-01", statutoryDue: "2012-09-03", submittedOn: "2012-09-03" },
 * }).success;
 * // => true
 * ```
 */
export const FindingSchema = z.strictObject({
  ruleId: IdSchema.describe("Regel (ruleId): the id of the rule that made the finding."),
  verdict: VerdictSchema.describe("Bedömning (verdict): pass (uppfyllt), fail (ej uppfyllt), warning (varning), not-applicable (ej tillämplig) or error (fel)."),
  subject: z
    .strictObject({
      kind: z.string().min(1).max(100).describe("Typ (kind): what kind of thing was checked, e.g. deliverable, meeting or actor."),
      id: z.string().min(1).max(500).describe("Id (id): the checked thing's id."),
    })
    .describe("Granskat (subject): what the finding is about."),
  message: BilingualSchema.describe("Meddelande (message): what the finding means, in Swedish and English."),
  basis: SourceListSchema.describe("Grund (basis): the statutes, decisions or documents the rule rests on."),
  evidence: z.record(z.string().max(200), JsonValueSchema).describe("Underlag (evidence): the inputs and dates the verdict was drawn from, as plain JSON."),
  explanation: ExplanationSchema.optional().describe("Förklaring (explanation): the rule's page and the trace, step by step; present when the check was asked to explain."),
});

/**
 * A finding (see {@link FindingSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { Finding } from "@romsk-inkludering/model";
 * const verdict: Finding["verdict"] = "not-applicable";
 * verdict;
 * // => "not-applicable"
 * ```
 */
export interface Finding extends z.output<typeof FindingSchema> {}
