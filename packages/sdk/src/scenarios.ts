import type { Catalog } from "@romsk-inkludering/catalog";
import { validate, VERDICT_LABELS, type Finding, type JsonValue, type Message, type Scenario, type ScenarioExpectation } from "@romsk-inkludering/model";
import { createClientSafe } from "./client.js";

/**
 * What differed between an expected finding of a scenario and what the
 * rules said:
 *
 * - `missing`: the rule gave no finding about the subject;
 * - `verdict`: the finding has another verdict;
 * - `evidence`: an evidence key has another value (or is absent: `actual` is `null` and `absent` is true);
 * - `message`: neither the Swedish nor the English message contains the text;
 * - `invalid`: the scenario itself cannot run (it does not match the
 *   scenario schema, or its profile id is not in the catalog); `rule` and
 *   `subject` are empty.
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { ScenarioDifferenceKind } from "@romsk-inkludering/sdk";
 * const kind: ScenarioDifferenceKind = "verdict";
 * kind;
 * // => "verdict"
 * ```
 */
export type ScenarioDifferenceKind = "missing" | "verdict" | "evidence" | "message" | "invalid";

/**
 * One difference between a scenario's expectation and the findings, with
 * a sentence in Swedish and English that says it.
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { ScenarioDifference } from "@romsk-inkludering/sdk";
 * const difference: ScenarioDifference = {
 *   kind: "verdict",
 *   expectation: 0,
 *   rule: "forum.cadence",
 *   subject: "pilot-forum",
 *   expected: "pass",
 *   actual: "fail",
 *   message: { sv: "forum.cadence om pilot-forum: bedömningen ”uppfyllt” väntades, men blev ”ej uppfyllt”.", en: "forum.cadence about pilot-forum: verdict pass expected, got fail." },
 * };
 * difference.actual;
 * // => "fail"
 * ```
 */
export interface ScenarioDifference {
  /** What kind of difference. */
  readonly kind: ScenarioDifferenceKind;
  /** The index of the expectation in the scenario's `expect` (-1 for `invalid`). */
  readonly expectation: number;
  /** The rule of the expectation. */
  readonly rule: string;
  /** The subject of the expectation. */
  readonly subject: string;
  /** For `evidence`: the key that differs. */
  readonly key?: string;
  /** For `evidence`: true when the finding has no such key. */
  readonly absent?: boolean;
  /** What was expected (a verdict, an evidence value, a piece of message). */
  readonly expected?: JsonValue;
  /** What came out (a verdict, an evidence value, the messages `{ sv, en }`); for `missing`, the subjects the rule did give findings about. */
  readonly actual?: JsonValue;
  /** The difference in a sentence, in Swedish and English. */
  readonly message: Message;
}

/**
 * The result of one scenario: passed when every expected finding came out
 * as expected; otherwise every difference.
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { ScenarioResult } from "@romsk-inkludering/sdk";
 * const result: ScenarioResult = { index: 0, name: "Förslag 2 summerar till 230 000 kr", passed: true, findings: 1, differences: [] };
 * result.passed;
 * // => true
 * ```
 */
export interface ScenarioResult {
  /** The scenario's place in the list given (from 0). */
  readonly index: number;
  /** The scenario's name (empty when it has none). */
  readonly name: string;
  /** True when nothing differed. */
  readonly passed: boolean;
  /** How many findings the check gave. */
  readonly findings: number;
  /** What differed (empty when passed). */
  readonly differences: readonly ScenarioDifference[];
}

/**
 * The results of a list of scenarios, with the counts.
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { ScenarioRun } from "@romsk-inkludering/sdk";
 * const run: ScenarioRun = { results: [], passed: 0, failed: 0 };
 * run.failed;
 * // => 0
 * ```
 */
export interface ScenarioRun {
  /** One result per scenario, in the order given. */
  readonly results: readonly ScenarioResult[];
  /** How many passed. */
  readonly passed: number;
  /** How many failed. */
  readonly failed: number;
}

/**
 * Options of {@link runScenarios}.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { catalog, type RunScenariosOptions } from "@romsk-inkludering/sdk";
 * const options: RunScenariosOptions = { catalog };
 * options.catalog === catalog;
 * // => true
 * ```
 */
export interface RunScenariosOptions {
  /** The reference data the rules read. Default: the shipped catalog. */
  readonly catalog?: Catalog | undefined;
}

/** JSON values equal by content (object keys in any order). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A value as a person reads it in a message: JSON, cut when long. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The differences between one expectation and one finding about its rule and subject. */
function compare(expected: ScenarioExpectation, index: number, finding: Finding): ScenarioDifference[] {
  const out: ScenarioDifference[] = [];
  const where = { sv: `${expected.rule} om ${expected.subject}`, en: `${expected.rule} about ${expected.subject}` };
  const base = { expectation: index, rule: expected.rule, subject: expected.subject };
  if (finding.verdict !== expected.verdict) {
    out.push({
      ...base,
      kind: "verdict",
      expected: expected.verdict,
      actual: finding.verdict,
      message: {
        // The verdicts in the model's words (VERDICT_LABELS), so that the Swedish text is Swedish throughout.
        sv: `${where.sv}: bedömningen ”${VERDICT_LABELS[expected.verdict].sv}” väntades, men blev ”${VERDICT_LABELS[finding.verdict].sv}”.`,
        en: `${where.en}: verdict ${VERDICT_LABELS[expected.verdict].en} expected, got ${VERDICT_LABELS[finding.verdict].en}.`,
      },
    });
  }
  for (const [key, value] of Object.entries(expected.evidence ?? {})) {
    const absent = !Object.hasOwn(finding.evidence, key);
    const actual = absent ? null : (finding.evidence[key] as JsonValue);
    if (!absent && sameJson(value, actual)) continue;
    out.push({
      ...base,
      kind: "evidence",
      key,
      ...(absent ? { absent: true } : {}),
      expected: value,
      actual,
      message: absent
        ? { sv: `${where.sv}: underlaget saknar ${key} (${shown(value)} väntades).`, en: `${where.en}: the evidence has no ${key} (${shown(value)} expected).` }
        : { sv: `${where.sv}: underlaget ${key} är ${shown(actual)}, inte ${shown(value)} som väntades.`, en: `${where.en}: evidence ${key} is ${shown(actual)}, not ${shown(value)} as expected.` },
    });
  }
  if (expected.message !== undefined && !finding.message.sv.includes(expected.message) && !finding.message.en.includes(expected.message)) {
    out.push({
      ...base,
      kind: "message",
      expected: expected.message,
      actual: { sv: finding.message.sv, en: finding.message.en },
      message: {
        sv: `${where.sv}: meddelandet innehåller inte ${shown(expected.message)}; det lyder ${shown(finding.message.sv)}.`,
        en: `${where.en}: the message does not contain ${shown(expected.message)}; it reads ${shown(finding.message.en)}.`,
      },
    });
  }
  return out;
}

/** The differences for one expectation: none when some finding about its rule and subject matches it, else those of the closest finding. */
function differencesFor(expected: ScenarioExpectation, index: number, findings: readonly Finding[]): ScenarioDifference[] {
  const candidates = findings.filter((f) => f.ruleId === expected.rule && f.subject.id === expected.subject);
  if (candidates.length === 0) {
    const others = [...new Set(findings.filter((f) => f.ruleId === expected.rule).map((f) => f.subject.id))];
    const errors = findings.filter((f) => f.verdict === "error").map((f) => f.message);
    const said = errors.length === 0 ? { sv: "", en: "" } : { sv: ` Granskningen rapporterade fel: ${errors.map((m) => m.sv).join(" ")}`, en: ` The check reported errors: ${errors.map((m) => m.en).join(" ")}` };
    return [
      {
        kind: "missing",
        expectation: index,
        rule: expected.rule,
        subject: expected.subject,
        expected: expected.verdict,
        actual: others,
        message:
          others.length === 0
            ? {
                sv: `Regeln ${expected.rule} gav ingen iakttagelse alls (${expected.subject} väntades).${said.sv}`,
                en: `The rule ${expected.rule} gave no finding at all (one about ${expected.subject} expected).${said.en}`,
              }
            : {
                sv: `Regeln ${expected.rule} gav ingen iakttagelse om ${expected.subject}; dess iakttagelser gäller ${others.join(", ")}.${said.sv}`,
                en: `The rule ${expected.rule} gave no finding about ${expected.subject}; its findings are about ${others.join(", ")}.${said.en}`,
              },
      },
    ];
  }
  let closest: ScenarioDifference[] | undefined;
  for (const finding of candidates) {
    const differences = compare(expected, index, finding);
    if (differences.length === 0) return [];
    if (closest === undefined || differences.length < closest.length) closest = differences;
  }
  return closest ?? [];
}

function invalid(index: number, name: string, message: Message): ScenarioResult {
  return { index, name, passed: false, findings: 0, differences: [{ kind: "invalid", expectation: -1, rule: "", subject: "", message }] };
}

/**
 * Runs scenarios: each one's input is checked as of its date, with its
 * profile (a catalog profile id or a whole profile) and its rules, exactly
 * as `client.check` does, and every expected finding is looked for: a
 * finding of the rule about the subject with the verdict, the evidence keys
 * and the piece of message. Findings not expected are not compared. A
 * scenario fails with every difference (a missing finding, another verdict,
 * an evidence key with another value, a message without the text). Pure and
 * never throws: a scenario that does not match the scenario schema, or
 * whose profile id is unknown, fails with an `invalid` difference. Reading
 * scenario files (YAML) is the `romsk test` command's.
 *
 * @category Compliance
 * @param scenarios - the scenarios (the model's {@link Scenario}, e.g. parsed from YAML)
 * @param options - the catalog (default: the shipped one)
 * @returns one result per scenario and the counts
 * @example
 * ```ts
 * import { runScenarios } from "@romsk-inkludering/sdk";
 * const run = runScenarios([
 *   {
 *     name: "Lägesrapporten 2014 kom en dag för sent",
 *     asOf: "2014-05-01",
 *     rules: ["deliverable.on-time"],
 *     input: {
 *       subject: "lansstyrelsen-stockholm",
 *       submissions: [{ deliverableId: "pilot-status-report", occurrence: 2014, submittedOn: "2014-04-16", contents: ["problem-analysis", "proposed-measures"] }],
 *     },
 *     expect: [{ rule: "deliverable.on-time", subject: "pilot-status-report/2014", verdict: "fail", evidence: { workdaysLate: 1 }, message: "1 arbetsdag" }],
 *   },
 *   {
 *     name: "Lägesrapporten 2014 i tid (fel förväntan)",
 *     asOf: "2014-05-01",
 *     input: { subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "pilot-status-report", occurrence: 2014, submittedOn: "2014-04-16", contents: [] }] },
 *     expect: [{ rule: "deliverable.on-time", subject: "pilot-status-report/2014", verdict: "pass" }],
 *   },
 * ]);
 * [run.passed, run.failed];
 * // => [1,1]
 * run.results[1]?.differences.map((d) => d.message.en);
 * // => ["deliverable.on-time about pilot-status-report/2014: verdict pass expected, got fail."]
 * ```
 */
export function runScenarios(scenarios: readonly Scenario[], options: RunScenariosOptions = {}): ScenarioRun {
  const results: ScenarioResult[] = [];
  const list: readonly unknown[] = Array.isArray(scenarios) ? scenarios : [];
  list.forEach((given, index) => {
    const named = typeof given === "object" && given !== null && typeof (given as { name?: unknown }).name === "string" ? (given as { name: string }).name : "";
    const valid = validate("scenario", given);
    if (!valid.success) {
      const lines = valid.issues.map((i) => ({ sv: `${i.path.join(".") || "(roten)"}: ${i.message.sv}`, en: `${i.path.join(".") || "(root)"}: ${i.message.en}` }));
      results.push(
        invalid(index, named, {
          sv: `Scenariot stämmer inte med scenarioschemat: ${lines.map((l) => l.sv).join("; ")}`,
          en: `The scenario does not match the scenario schema: ${lines.map((l) => l.en).join("; ")}`,
        }),
      );
      return;
    }
    const scenario = valid.data;
    const client = createClientSafe({
      asOf: scenario.asOf,
      ...(scenario.profile === undefined ? {} : { profile: scenario.profile }),
      ...(options.catalog === undefined ? {} : { catalog: options.catalog }),
    });
    if (!client.success) {
      results.push(
        invalid(index, scenario.name, {
          sv: `Scenariot kan inte köras: ${client.issues.map((i) => i.message.sv).join(" ")}`,
          en: `The scenario cannot run: ${client.issues.map((i) => i.message.en).join(" ")}`,
        }),
      );
      return;
    }
    const findings = client.data.check(scenario.input, { asOf: scenario.asOf, ...(scenario.rules === undefined ? {} : { rules: scenario.rules }) });
    const differences = scenario.expect.flatMap((expected, i) => differencesFor(expected, i, findings));
    results.push({ index, name: scenario.name, passed: differences.length === 0, findings: findings.length, differences });
  });
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, failed: results.length - passed };
}
