import { isInForce } from "@romsk-inkludering/model";
import { deliverableOnTimeRule } from "./rules/deliverable.on-time.js";
import { forumCadenceRule } from "./rules/forum.cadence.js";
import { fundingArithmeticRule } from "./rules/funding.budget-arithmetic.js";
import { grantApplicationRule } from "./rules/grant.application.js";
import { consultationRule } from "./rules/minority-act.consultation.js";
import { goalsAndGuidelinesRule } from "./rules/minority-act.goals-and-guidelines.js";
import { informationRule } from "./rules/minority-act.information.js";
import { languageAndCultureRule } from "./rules/minority-act.language-and-culture.js";
import { youthInfluenceRule } from "./rules/minority-act.youth-influence.js";
import { networkCommitmentsRule } from "./rules/network.commitments.js";
import { principlesCoverageRule } from "./rules/plan.principles-coverage.js";
import { reportAreaCoverageRule } from "./rules/report.area-coverage.js";
import { reportRequiredContentRule } from "./rules/report.required-content.js";
import { requiredConsultationRule } from "./rules/consultation.required-parties.js";
import { romaParticipationRule } from "./rules/consultation.roma-participation.js";
import type { Rule } from "./types.js";

/**
 * Every rule, sorted by id. {@link @romsk-inkludering/rules!check} runs them all unless told
 * otherwise.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { registry } from "@romsk-inkludering/rules";
 * registry.map((rule) => rule.id);
 * // => ["consultation.required-parties","consultation.roma-participation","deliverable.on-time","forum.cadence","funding.budget-arithmetic","grant.application","minority-act.consultation","minority-act.goals-and-guidelines","minority-act.information","minority-act.language-and-culture","minority-act.youth-influence","network.commitments","plan.principles-coverage","report.area-coverage","report.required-content"]
 * ```
 */
export const registry: readonly Rule[] = Object.freeze(
  [
    deliverableOnTimeRule,
    requiredConsultationRule,
    romaParticipationRule,
    informationRule,
    languageAndCultureRule,
    consultationRule,
    youthInfluenceRule,
    goalsAndGuidelinesRule,
    networkCommitmentsRule,
    forumCadenceRule,
    reportRequiredContentRule,
    reportAreaCoverageRule,
    principlesCoverageRule,
    fundingArithmeticRule,
    grantApplicationRule,
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);

/** Freezes a value and everything in it (plain data: arrays and objects). */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
}

// The built-in rules' bases are frozen, all the way down: the runner gives them to every finding of
// the rule as they are (see check), so that no caller can change what the next check cites.
for (const rule of registry) deepFreeze(rule.basis);

const byId: ReadonlyMap<string, Rule> = new Map(registry.map((rule) => [rule.id, rule]));

/**
 * The rule with this id, or `undefined`.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { getRule } from "@romsk-inkludering/rules";
 * getRule("minority-act.youth-influence")?.validFrom;
 * // => "2019-01-01"
 * getRule("no.such-rule") === undefined;
 * // => true
 * ```
 */
export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

/**
 * The rules in force on a date: those whose `validFrom` is on or before it
 * and whose `validTo` (if any) is on or after it (the model's `isInForce`).
 *
 * @throws RangeError when `date` is not a real ISO date `YYYY-MM-DD`.
 * @category Compliance
 * @example
 * ```ts
 * import { rulesInForce } from "@romsk-inkludering/rules";
 * rulesInForce("2018-12-31").some((rule) => rule.id === "minority-act.youth-influence");
 * // => false
 * rulesInForce("2019-01-01").some((rule) => rule.id === "minority-act.youth-influence");
 * // => true
 * ```
 */
export function rulesInForce(date: string): Rule[] {
  return registry.filter((rule) => isInForce(rule, date));
}
