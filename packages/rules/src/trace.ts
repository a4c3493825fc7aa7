import type { Bilingual, Explanation, Finding, JsonValue, Lang, LocalProfile, Source, TraceStep } from "@romsk-inkludering/model";
import { getSetting, settingValue, type SettingKey } from "./settings.js";
import type { Rule, RuleSettings } from "./types.js";
import { validityGap } from "./rule-validity.js";

/**
 * The address of a rule's reference page, relative to the root of the
 * documentation site (the TypeDoc site built by `pnpm run docs`): one page
 * per rule, generated from the registry, with its basis quoted, its
 * settings and its scenarios. Stable: it depends on the rule id only.
 *
 * @category Compliance
 * @param ruleId - A rule id, e.g. `deliverable.on-time`.
 * @returns The page's path, e.g. `documents/Rule_reference.deliverable.on-time.html`.
 * @example
 * ```ts
 * import { ruleDocUrl } from "@romsk-inkludering/rules";
 * ruleDocUrl("deliverable.on-time");
 * // => "documents/Rule_reference.deliverable.on-time.html"
 * ```
 */
export function ruleDocUrl(ruleId: string): string {
  // TypeDoc names a document's page after its parent's title and its own (the rule id), keeping letters, digits and . - _ ( ) + ,
  return `documents/Rule_reference.${ruleId.replace(/[^A-Za-z0-9.\-_()+,]/g, "_")}.html`;
}

/**
 * One step of a rule's trace, made by a rule (see `RuleOutcome.trace`):
 * `depth` nests it under the step before it with a smaller depth.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { traceStep } from "@romsk-inkludering/rules";
 * traceStep("lookup", { sv: "Sista dag enligt uppdraget", en: "Due date in the commission" }, "2012-09-01").value;
 * // => "2012-09-01"
 * ```
 */
export function traceStep(
  kind: TraceStep["kind"],
  label: Bilingual,
  value: JsonValue,
  options: { depth?: number | undefined; sources?: readonly Source[] | undefined } = {},
): TraceStep {
  const step: TraceStep = { depth: options.depth ?? 0, kind, label: { sv: label.sv, en: label.en }, value };
  if (options.sources !== undefined && options.sources.length > 0) step.sources = [...options.sources];
  return step;
}

/**
 * A rule's trace to fill, or `undefined` when the check does not explain
 * (`explain` not asked). Push steps with optional chaining,
 * `trace?.push(traceStep(…))`: without `explain` the call, its labels and
 * values are never built, so a check that does not explain does no extra
 * work and its findings stay exactly as they were.
 *
 * @internal
 */
export function startTrace(context: { readonly explain?: boolean | undefined }): TraceStep[] | undefined {
  return context.explain === true ? [] : undefined;
}

/** A whole number as a person reads it inside a label: Swedish groups thousands with a space (`130 000`), English with a comma. */
function numberText(n: number, lang: Lang): string {
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "sv" ? " " : ",");
  return `${n < 0 ? "−" : ""}${digits}`;
}

const RELATIONS = {
  ">=": { sv: "minst", en: "at least" },
  "<=": { sv: "högst", en: "at most" },
  "===": { sv: "lika med", en: "equal to" },
} as const;

/**
 * A comparison as a `compute` step: the label says what is compared and
 * both numbers (`Möten under terminen: 1, krav minst 2`), the value is
 * whether it holds.
 *
 * @internal
 */
export function comparisonStep(
  label: Bilingual,
  actual: number,
  relation: keyof typeof RELATIONS,
  required: number,
  options: { depth?: number | undefined; sources?: readonly Source[] | undefined; unit?: Bilingual | undefined } = {},
): TraceStep {
  const unit = options.unit === undefined ? { sv: "", en: "" } : { sv: ` ${options.unit.sv}`, en: ` ${options.unit.en}` };
  const holds = relation === ">=" ? actual >= required : relation === "<=" ? actual <= required : actual === required;
  return traceStep(
    "compute",
    {
      sv: `${label.sv}: ${numberText(actual, "sv")}${unit.sv}, krav ${RELATIONS[relation].sv} ${numberText(required, "sv")}${unit.sv}`,
      en: `${label.en}: ${numberText(actual, "en")}${unit.en}, required ${RELATIONS[relation].en} ${numberText(required, "en")}${unit.en}`,
    },
    holds,
    options,
  );
}

/** The steps that say which settings the rule read, each with its value and where the value came from. */
function settingSteps(rule: Rule, settings: RuleSettings, profile: LocalProfile | undefined, overridden: ReadonlySet<string>): TraceStep[] {
  if (rule.settings.length === 0) return [];
  const steps = [traceStep("setting", { sv: "Inställningar som regeln läser", en: "Settings the rule reads" }, rule.settings.length)];
  for (const key of rule.settings) {
    const definition = getSetting(key);
    if (definition === undefined) continue;
    const value = settingValue(settings, key as SettingKey);
    const isDefault = JSON.stringify(value) === JSON.stringify(definition.default);
    const from: Bilingual = overridden.has(key)
      ? { sv: "ändrad i jämförelsen", en: "changed in the comparison" }
      : !isDefault && profile !== undefined
        ? { sv: `profilen ${profile.id}`, en: `profile ${profile.id}` }
        : definition.defaultFrom === "catalog" && value === null
          ? { sv: "katalogpostens eget tal", en: "the catalog entry's own number" }
          : { sv: "standard", en: "default" };
    const sources = !isDefault && profile !== undefined && !overridden.has(key) ? (profile.sources ?? []) : definition.sources;
    steps.push(
      traceStep(
        "setting",
        { sv: `${definition.title.sv} (${key}, ${definition.unit.sv}; ${from.sv})`, en: `${definition.title.en} (${key}, ${definition.unit.en}; ${from.en})` },
        value,
        { depth: 1, sources },
      ),
    );
  }
  return steps;
}

/**
 * The evidence as steps, for a finding without a trace of its own (the
 * runner's findings, a rule written elsewhere): each value under its
 * evidence key, the id a scenario's `evidence` names; an object's fields
 * as dotted keys (`period.from`), so that every value is a plain one.
 */
function evidenceSteps(evidence: Record<string, JsonValue>): TraceStep[] {
  const keys = Object.keys(evidence);
  if (keys.length === 0) return [];
  const steps = [traceStep("lookup", { sv: "Underlag som regeln använde", en: "Evidence the rule used" }, keys.length)];
  const add = (key: string, value: JsonValue, depth: number): void => {
    if (value !== null && typeof value === "object" && !Array.isArray(value) && depth < 4) {
      for (const [k, v] of Object.entries(value)) add(`${key}.${k}`, v ?? null, depth + 1);
      return;
    }
    steps.push(traceStep("compute", { sv: `Underlag ${key}`, en: `Evidence ${key}` }, value, { depth: 1 }));
  };
  for (const key of keys) add(key, evidence[key] ?? null, 0);
  return steps;
}

/**
 * The explanation of a finding: the rule and its validity, the settings it
 * read, the rule's own steps (or its evidence), and the verdict.
 *
 * @internal
 */
export function explainFinding(
  finding: Finding,
  rule: Rule | undefined,
  context: { asOf: string; settings: RuleSettings; profile: LocalProfile | undefined; overridden: ReadonlySet<string> },
  steps: readonly TraceStep[] | undefined,
): Explanation {
  const out: TraceStep[] = [];
  if (rule !== undefined) {
    out.push(
      traceStep(
        "rule",
        { sv: `Regel ${rule.id}: ${rule.title.sv}; gäller den per ${context.asOf}?`, en: `Rule ${rule.id}: ${rule.title.en}; in force as of ${context.asOf}?` },
        validityGap(rule, context.asOf) === undefined,
        { sources: rule.basis },
      ),
      traceStep(
        "rule",
        rule.validFrom === undefined
          ? { sv: "Utan startdatum", en: "No start date" }
          : { sv: "Gäller från och med", en: "In force from" },
        rule.validFrom ?? null,
        { depth: 1 },
      ),
      traceStep(
        "rule",
        rule.validTo === undefined
          ? { sv: "Utan slutdatum", en: "No end date" }
          : { sv: "Gäller till och med", en: "In force until" },
        rule.validTo ?? null,
        { depth: 1 },
      ),
    );
    out.push(...settingSteps(rule, context.settings, context.profile, context.overridden));
  }
  out.push(...(steps ?? evidenceSteps(finding.evidence)));
  out.push(traceStep("verdict", { sv: "Bedömning", en: "Verdict" }, finding.verdict));
  return rule === undefined ? { steps: out } : { ruleUrl: ruleDocUrl(finding.ruleId), steps: out };
}
