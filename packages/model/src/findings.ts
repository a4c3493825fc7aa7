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
