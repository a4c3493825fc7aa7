import { IsoDateSchema, type ComplianceInput, type Finding, type Source, type TraceStep } from "@romsk-inkludering/model";
import { defaultCatalog } from "./catalog.js";
import { buildIndex } from "./check-index.js";
import { normalise } from "./data.js";
import { resolveProfile } from "./profile.js";
import { getRule, registry } from "./registry.js";
import { overrideSettings, type SettingsOverride } from "./settings.js";
import { explainFinding } from "./trace.js";
import type { CheckData, CheckOptions, Rule, RuleContext, RuleOutcome } from "./types.js";
import { validityEvidence, validityGap } from "./rule-validity.js";
import { canonicalJson, compareStrings, errorMessage } from "./util.js";

/** A finding with its sort key (the key never leaves the runner but for {@link compare}), and the rule and trace that explain it. */
export interface Keyed {
  finding: Finding;
  readonly key: string;
  /** The finding's subject kind, subject id and rule id as the order reads them, read once rather than at every comparison. */
  readonly kind: string;
  readonly id: string;
  readonly ruleId: string;
  canonical?: string;
  readonly rule?: Rule | undefined;
  readonly trace?: readonly TraceStep[] | undefined;
}

function canonicalOf(item: Keyed): string {
  if (item.canonical === undefined) item.canonical = canonicalJson(item.finding);
  return item.canonical;
}

function compareKeyed(a: Keyed, b: Keyed): number {
  return (
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.key, b.key) ||
    compareStrings(canonicalOf(a), canonicalOf(b))
  );
}

/**
 * Sorts findings deterministically: by subject kind, subject id, rule id,
 * then by their canonical JSON (object keys sorted). Returns a new array.
 * {@link check} already returns findings in this order (with a rule's own
 * key, e.g. a term's start date, before the canonical JSON).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { sortFindings } from "@romsk-inkludering/rules";
 * const base = { verdict: "pass" as const, message: { sv: "Ja", en: "Yes" }, basis: [], evidence: {} };
 * sortFindings([
 *   { ...base, ruleId: "b.rule", subject: { kind: "meeting", id: "m-1" } },
 *   { ...base, ruleId: "a.rule", subject: { kind: "meeting", id: "m-1" } },
 *   { ...base, ruleId: "z.rule", subject: { kind: "actor", id: "municipality-0580" } },
 * ]).map((f) => f.ruleId);
 * // => ["z.rule","a.rule","b.rule"]
 * ```
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding) => keyed(finding))
    .sort(compareKeyed)
    .map((k) => k.finding);
}

function keyed(finding: Finding, key = "", rule?: Rule, trace?: readonly TraceStep[]): Keyed {
  return { finding, key, kind: finding.subject.kind, id: finding.subject.id, ruleId: finding.ruleId, rule, trace };
}

function asOfError(asOf: unknown): Finding {
  const shown = typeof asOf === "string" ? JSON.stringify(asOf.slice(0, 100)) : typeof asOf;
  return {
    ruleId: "check.as-of",
    verdict: "error",
    subject: { kind: "check", id: "as-of" },
    message: {
      sv: `asOf måste vara ett datum ÅÅÅÅ-MM-DD mellan 1900 och 2200, fick ${shown}. Inga regler kördes.`,
      en: `asOf must be a date YYYY-MM-DD between 1900 and 2200, got ${shown}. No rules were run.`,
    },
    basis: [],
    evidence: { asOf: typeof asOf === "string" ? asOf.slice(0, 100) : null },
  };
}

function unknownRule(id: string): Finding {
  const shown = id.slice(0, 200);
  return {
    ruleId: "check.rules",
    verdict: "error",
    subject: { kind: "rule", id: shown.length > 0 ? shown : "(empty)" },
    message: {
      sv: `Okänd regel ${JSON.stringify(shown)}: den finns inte i registret och kördes inte.`,
      en: `Unknown rule ${JSON.stringify(shown)}: it is not in the registry and was not run.`,
    },
    basis: [],
    evidence: { requested: shown, known: registry.map((r) => r.id) },
  };
}

function ruleError(rule: Rule, error: unknown, phase: "check" | "outcome"): Finding {
  const message = errorMessage(error).slice(0, 2000);
  return {
    ruleId: rule.id,
    verdict: "error",
    subject: { kind: "rule", id: rule.id },
    message: {
      sv: `Regeln ${rule.id} kunde inte köras (${message}). Övriga regler kördes.`,
      en: `Rule ${rule.id} could not run (${message}). The other rules were run.`,
    },
    basis: [...rule.basis],
    evidence: { error: message, phase },
  };
}

function notInForce(rule: Rule, asOf: string): Finding {
  const message =
    validityGap(rule, asOf) === "after"
      ? {
          sv: `Regeln gällde till och med ${rule.validTo}; per ${asOf} är den inte längre tillämplig.`,
          en: `The rule applied until ${rule.validTo}; as of ${asOf} it no longer applies.`,
        }
      : {
          sv: `Regeln gäller från ${rule.validFrom}; per ${asOf} är den ännu inte tillämplig.`,
          en: `The rule applies from ${rule.validFrom}; as of ${asOf} it does not apply yet.`,
        };
  return {
    ruleId: rule.id,
    verdict: "not-applicable",
    subject: { kind: "rule", id: rule.id },
    message,
    basis: [...rule.basis],
    evidence: { asOf, ...validityEvidence(rule) },
  };
}

/**
 * The rule's basis as its findings share it: the rule's own list when it is
 * frozen (the built-in rules' are, all the way down: see the registry), else
 * one frozen copy, made when the rule's first finding needs it (once per
 * check). Either way no caller can change it.
 */
function sharedBasis(rule: Rule, made: { basis?: readonly Source[] }): readonly Source[] {
  made.basis ??= Object.isFrozen(rule.basis) ? rule.basis : Object.freeze([...rule.basis]);
  return made.basis;
}

/**
 * A finding of the rule from one of its outcomes. The subject and message
 * are copied (an outcome may share them); `basis` is the rule's shared one
 * ({@link sharedBasis}) when the outcome adds none, else a list of the
 * finding's own.
 */
function toFinding(rule: Rule, outcome: RuleOutcome, made: { basis?: readonly Source[] }): Keyed {
  const trace = outcome.trace === undefined ? undefined : [...outcome.trace];
  const basis = outcome.basis === undefined || outcome.basis.length === 0 ? sharedBasis(rule, made) : [...rule.basis, ...outcome.basis];
  return keyed(
    {
      ruleId: rule.id,
      verdict: outcome.verdict,
      subject: { kind: outcome.subject.kind, id: outcome.subject.id },
      message: { sv: outcome.message.sv, en: outcome.message.en },
      basis: basis as Source[],
      evidence: outcome.evidence,
    },
    outcome.key ?? "",
    rule,
    trace,
  );
}

/** The rules to run, one per id, with an error finding for each unknown id. */
function selectRules(requested: CheckOptions["rules"]): { rules: Rule[]; errors: Finding[] } {
  if (requested === undefined) return { rules: [...registry], errors: [] };
  const rules: Rule[] = [];
  const errors: Finding[] = [];
  const seen = new Set<string>();
  for (const item of requested) {
    const rule = typeof item === "string" ? getRule(item) : item;
    if (rule === undefined) {
      errors.push(unknownRule(String(item)));
      continue;
    }
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    rules.push(rule);
  }
  return { rules, errors };
}

function runRule(rule: Rule, context: RuleContext, out: Keyed[]): void {
  if (validityGap(rule, context.asOf) !== undefined) {
    out.push(keyed(notInForce(rule, context.asOf), "", rule));
    return;
  }
  let outcomes: readonly RuleOutcome[];
  try {
    outcomes = rule.check(context);
  } catch (error) {
    out.push(keyed(ruleError(rule, error, "check"), "", rule));
    return;
  }
  const start = out.length;
  try {
    const made: { basis?: readonly Source[] } = {};
    for (const outcome of outcomes) out.push(toFinding(rule, outcome, made));
  } catch (error) {
    out.length = start;
    out.push(keyed(ruleError(rule, error, "outcome"), "", rule));
  }
}

/**
 * Checks what an actor has done (submissions, consultations, reports,
 * network participation, forum meetings, plans, funding applications)
 * against the rules, as of a date, and explains each result.
 *
 * Every rule in force at `asOf` runs (or the `rules` given); a rule not in
 * force on `asOf` (its `validFrom` after it, or its `validTo` before it)
 * gives one `not-applicable` finding and does not run; a rule
 * that throws gives an `error` finding naming it, and the other rules still
 * run. A local `profile` is validated first: an invalid profile gives an
 * `error` finding and no rule runs; a setting that would loosen a rule is
 * ignored with a `warning`. Records dated after `asOf` are not yet known.
 * The result is plain JSON (model `Finding`s), sorted by subject kind,
 * subject id, rule id and a stable key, and does not depend on the order of
 * the input or on the process time zone. The input is expected to pass the
 * model's `validate("compliance-input", …)`.
 *
 * @category Compliance
 * @param input - What the actor has done (`subject` names the actor whose commissions are checked).
 * @param options - `asOf` (required), and optionally `profile`, `rules` and `catalog`.
 * @returns The findings.
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const findings = check(
 *   {
 *     fundingApplications: [
 *       {
 *         id: "national-network-proposal-2",
 *         applicantId: "malardalen-network",
 *         grantorId: "lansstyrelsen-stockholm",
 *         title: "Nationellt nätverk för romers inkludering, förslag 2",
 *         totalSek: 230000,
 *         budgetLines: [
 *           { description: "20 % tjänstemannatid per år", amountSek: 130000 },
 *           { description: "Dokumentation och spridning", amountSek: 100000 },
 *         ],
 *       },
 *     ],
 *   },
 *   { asOf: "2012-12-31", rules: ["funding.budget-arithmetic"] },
 * );
 * findings.map((f) => [f.ruleId, f.verdict, f.evidence.sumSek]);
 * // => [["funding.budget-arithmetic","pass",230000]]
 * ```
 */
export function check(input: ComplianceInput, options: CheckOptions): Finding[] {
  return checkKeyed(input, options).map((k) => k.finding);
}

/** The error finding of each what-if setting that was refused. */
function settingsErrors(override: SettingsOverride): Finding[] {
  return override.refused.map((r) => ({
    ruleId: "check.settings",
    verdict: "error" as const,
    subject: { kind: "check", id: "settings" },
    message: { sv: `${r.message.sv} Inställningen ignorerades.`, en: `${r.message.en} The setting was ignored.` },
    basis: [],
    evidence: { key: r.key.slice(0, 200), value: r.value },
  }));
}

/**
 * {@link check} with each finding's sort key, rule and trace (for
 * {@link compare}, which matches findings by key); with `explain`, every
 * finding carries its explanation.
 *
 * @internal
 */
export function checkKeyed(input: ComplianceInput, options: CheckOptions): Keyed[] {
  const asOf: unknown = (options as { asOf?: unknown } | undefined)?.asOf;
  if (typeof asOf !== "string" || !IsoDateSchema.safeParse(asOf).success) return [keyed(asOfError(asOf))];
  const profile = resolveProfile(options.profile, { asOf, subject: input.subject });
  const out: Keyed[] = profile.findings.map((f) => keyed(f));
  let settings = profile.settings;
  let overridden: ReadonlySet<string> = new Set();
  if (options.settings !== undefined && profile.runRules) {
    const override = overrideSettings(settings, options.settings);
    settings = override.settings;
    overridden = new Set(override.applied);
    for (const error of settingsErrors(override)) out.push(keyed(error));
  }
  if (profile.runRules) {
    const { rules, errors } = selectRules(options.rules);
    for (const error of errors) out.push(keyed(error));
    const catalog = options.catalog ?? defaultCatalog;
    let data: CheckData;
    try {
      data = normalise(input, catalog, asOf);
    } catch (error) {
      out.push(keyed(catalogError(error)));
      data = normalise(input, emptyCatalog, asOf);
    }
    const context: RuleContext = { asOf, data, index: buildIndex(data), settings, profile: profile.applied, catalog, explain: options.explain === true };
    for (const rule of rules) runRule(rule, context, out);
  }
  out.sort(compareKeyed);
  if (options.explain === true) {
    // After sorting, so that explaining never changes the order of the findings.
    const context = { asOf, settings, profile: profile.applied, overridden };
    for (const item of out) item.finding = { ...item.finding, explanation: explainFinding(item.finding, item.rule, context, item.trace) };
  }
  return out;
}

const emptyCatalog: RuleContext["catalog"] = {
  commissions: () => [],
  getActor: () => undefined,
  networks: () => [],
  forums: () => [],
  programmes: () => [],
  principles: () => [],
  targetGroups: () => [],
  fundingApplications: () => [],
};

function catalogError(error: unknown): Finding {
  const message = errorMessage(error).slice(0, 2000);
  return {
    ruleId: "check.catalog",
    verdict: "error",
    subject: { kind: "check", id: "catalog" },
    message: {
      sv: `Referensdata kunde inte läsas (${message}); uppdrag och ansökningar ur katalogen saknas i kontrollen.`,
      en: `The reference data could not be read (${message}); commissions and applications from the catalog are missing from the check.`,
    },
    basis: [],
    evidence: { error: message },
  };
}
