/**
 * Compliance rules for Sweden's strategy for Roma inclusion 2012–2032:
 * a registry of rules with their basis in law or in the commission text,
 * and `check`, which returns findings that explain themselves.
 *
 * @packageDocumentation
 * @module @romsk-inkludering/rules
 */
export { check, sortFindings } from "./check.js";
export { compare } from "./compare.js";
export { OBLIGATION_SETTINGS, obligations } from "./obligations.js";
export type { ObligationReport, ObligationsOptions, ObligationSubmission } from "./obligations.js";
export type { CompareSide, Comparison, Difference } from "./compare.js";
export { ruleDocUrl, traceStep } from "./trace.js";
export { defaultCatalog } from "./catalog.js";
export { resolveProfile } from "./profile.js";
export { DEFAULT_SETTINGS, getSetting, overrideSettings, SETTING_KEYS, SETTINGS, settingValue, stricter } from "./settings.js";
export type { SettingDefinition, SettingKey, SettingsOverride, Tightening } from "./settings.js";
export type { ResolvedProfile } from "./profile.js";
export { getRule, registry, rulesInForce } from "./registry.js";
export { deliverableOnTimeRule } from "./rules/deliverable.on-time.js";
export { forumCadenceRule } from "./rules/forum.cadence.js";
export { fundingArithmeticRule } from "./rules/funding.budget-arithmetic.js";
export { grantApplicationRule } from "./rules/grant.application.js";
export { consultationRule } from "./rules/minority-act.consultation.js";
export { goalsAndGuidelinesRule } from "./rules/minority-act.goals-and-guidelines.js";
export { informationRule } from "./rules/minority-act.information.js";
export { languageAndCultureRule } from "./rules/minority-act.language-and-culture.js";
export { youthInfluenceRule } from "./rules/minority-act.youth-influence.js";
export { networkCommitmentsRule } from "./rules/network.commitments.js";
export { principlesCoverageRule } from "./rules/plan.principles-coverage.js";
export { reportAreaCoverageRule } from "./rules/report.area-coverage.js";
export { reportRequiredContentRule } from "./rules/report.required-content.js";
export { requiredConsultationRule } from "./rules/consultation.required-parties.js";
export { romaParticipationRule } from "./rules/consultation.roma-participation.js";
export { SUBJECT_KINDS } from "./types.js";
export type {
  CatalogView,
  CheckData,
  CheckIndex,
  CheckOptions,
  Rule,
  RuleContext,
  RuleOutcome,
  RuleSettings,
  Subject,
  SubjectKind,
} from "./types.js";
