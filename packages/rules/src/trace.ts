import type { Bilingual, Explanation, Finding, JsonValue, LocalProfile, Source, TraceStep } from "@romsk-inkludering/model";
import { getSetting, settingValue, type SettingKey } from "./settings.js";
import type { Rule, RuleSettings } from "./types.js";

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
  options: { depth?: number; sources?: readonly Source[] } = {},
): TraceStep {
  const step: TraceStep = { depth: options.depth ?? 0, kind, label: { sv: label.sv, en: label.en }, value };
  if (options.sources !== undefined && options.sources.length > 0) step.sources = [...options.sources];
  return step;
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

/** The evidence as steps, for a rule that gives no trace of its own. */
function evidenceSteps(evidence: Record<string, JsonValue>): TraceStep[] {
  const keys = Object.keys(evidence);
  if (keys.length === 0) return [];
  return [
    traceStep("lookup", { sv: "Underlag som regeln använde", en: "Evidence the rule used" }, keys.length),
    ...keys.map((key) => traceStep("compute", { sv: key, en: key }, evidence[key] ?? null, { depth: 1 })),
  ];
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
        { sv: `Regel ${rule.id}: ${rule.title.sv}`, en: `Rule ${rule.id}: ${rule.title.en}` },
        { validFrom: rule.validFrom ?? null, validTo: rule.validTo ?? null, asOf: context.asOf },
        { sources: rule.basis },
      ),
    );
    out.push(...settingSteps(rule, context.settings, context.profile, context.overridden));
  }
  out.push(...(steps ?? evidenceSteps(finding.evidence)));
  out.push(traceStep("verdict", { sv: "Bedömning", en: "Verdict" }, finding.verdict));
  return rule === undefined ? { steps: out } : { ruleUrl: ruleDocUrl(finding.ruleId), steps: out };
}
