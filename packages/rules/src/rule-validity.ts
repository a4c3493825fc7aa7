/**
 * A rule's validity as the runner and the traces read it, asked of the
 * model's validity owner (`isInForce`). Its own module so that the trace
 * builders and the rule helpers both import it without importing each
 * other.
 */
import { isInForce, type JsonValue } from "@romsk-inkludering/model";
import type { Rule } from "./types.js";

/**
 * Where `date` lies relative to a rule's validity, asked of the model's
 * validity owner: `"before"` its `validFrom`, `"after"` its `validTo`, or
 * `undefined` when the rule is in force on that date.
 */
export function validityGap(rule: Pick<Rule, "validFrom" | "validTo">, date: string): "before" | "after" | undefined {
  if (isInForce(rule, date)) return undefined;
  return isInForce({ validFrom: rule.validFrom }, date) ? "after" : "before";
}

/** The validity period of a rule as evidence. */
export function validityEvidence(rule: Pick<Rule, "validFrom" | "validTo">): Record<string, JsonValue> {
  return { validFrom: rule.validFrom ?? null, validTo: rule.validTo ?? null };
}
