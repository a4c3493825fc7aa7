import type { ComplianceInput, Finding, JsonValue, LocalProfile } from "@romsk-inkludering/model";
import { checkKeyed } from "./check.js";
import type { CheckOptions } from "./types.js";

/**
 * One side of a comparison: the date, an optional local profile, and
 * optional what-if settings (see {@link CheckOptions.settings}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { CompareSide } from "@romsk-inkludering/rules";
 * const withShift: CompareSide = { asOf: "2012-10-01", settings: { "deadlines.applyStatutoryShift": true } };
 * withShift.settings;
 * // => {"deadlines.applyStatutoryShift":true}
 * ```
 */
export interface CompareSide {
  /** The date the side is checked as of (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** A local profile for this side. */
  readonly profile?: LocalProfile | undefined;
  /** What-if settings for this side, by setting key. */
  readonly settings?: Readonly<Record<string, JsonValue>> | undefined;
}

/**
 * A finding whose verdict differs between the two sides: the rule, the
 * subject, and each side's finding with its explanation (`null` on a side
 * that has no such finding, e.g. a deliverable not yet decided as of its
 * date).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { Difference } from "@romsk-inkludering/rules";
 * const verdicts = (d: Difference) => [d.a?.verdict ?? null, d.b?.verdict ?? null];
 * verdicts({ ruleId: "r", subject: { kind: "meeting", id: "m" }, a: null, b: null });
 * // => [null,null]
 * ```
 */
export interface Difference {
  /** The rule. */
  readonly ruleId: string;
  /** What the finding is about. */
  readonly subject: Finding["subject"];
  /** The finding on side a, explained, or `null`. */
  readonly a: Finding | null;
  /** The finding on side b, explained, or `null`. */
  readonly b: Finding | null;
}

/**
 * The result of {@link compare}: the findings whose verdict differs, and on
 * each side the findings about its profile and settings (whether they were
 * applied), which describe the sides rather than the case.
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { Comparison } from "@romsk-inkludering/rules";
 * const none: Comparison = { differences: [], sides: { a: [], b: [] } };
 * none.differences.length;
 * // => 0
 * ```
 */
export interface Comparison {
  /** The findings whose verdict differs between a and b, in the order of the findings. */
  readonly differences: readonly Difference[];
  /** Per side, its findings about the profile and the settings (rule ids `profile.*` and `check.settings`). */
  readonly sides: { readonly a: readonly Finding[]; readonly b: readonly Finding[] };
}

/** Findings about a side's own profile and settings, not about the case. */
function isAboutSide(finding: Finding): boolean {
  return finding.subject.kind === "profile" || finding.ruleId === "check.settings";
}

/**
 * What if: checks the same input twice, as side `a` and as side `b` say
 * (a date, a profile, what-if settings), and returns exactly the findings
 * whose verdict differs, each with both verdicts and both explanations.
 * Findings are matched by rule, subject and the rule's own key (e.g. a
 * term), so a forum's terms are compared term by term. A finding found on
 * one side only is a difference too (the other side is `null`).
 *
 * @category Compliance
 * @param input - What the actor has done, as for {@link check}.
 * @param sides - `a` and `b`: each `{ asOf, profile?, settings? }`.
 * @param options - The rules to run and the catalog, as for {@link check}.
 * @returns The differences, and each side's findings about its profile.
 * @example
 * ```ts
 * import { compare } from "@romsk-inkludering/rules";
 * const input = { subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: [] }] };
 * const { differences } = compare(input, {
 *   a: { asOf: "2012-10-01" },
 *   b: { asOf: "2012-10-01", settings: { "deadlines.applyStatutoryShift": true } },
 * }, { rules: ["deliverable.on-time"] });
 * differences.map((d) => [d.subject.id, d.a?.verdict, d.b?.verdict]);
 * // => [["groundwork-report","fail","pass"]]
 * ```
 */
export function compare(
  input: ComplianceInput,
  sides: { readonly a: CompareSide; readonly b: CompareSide },
  options: Pick<CheckOptions, "rules" | "catalog"> = {},
): Comparison {
  const run = (side: CompareSide) =>
    checkKeyed(input, {
      ...options,
      asOf: side.asOf,
      profile: side.profile,
      settings: side.settings,
      explain: true,
    });
  const a = run(sides.a);
  const b = run(sides.b);
  const ids = (items: typeof a) => {
    const seen = new Map<string, number>();
    return items.map((item) => {
      const base = JSON.stringify([item.finding.ruleId, item.finding.subject.kind, item.finding.subject.id, item.key]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return `${base}#${n}`;
    });
  };
  const aIds = ids(a);
  const bIds = ids(b);
  const bById = new Map(bIds.map((id, i) => [id, b[i]?.finding]));
  const aSet = new Set(aIds);
  const differences: Difference[] = [];
  a.forEach(({ finding }, i) => {
    if (isAboutSide(finding)) return;
    const other = bById.get(aIds[i] ?? "");
    if (other !== undefined && other.verdict === finding.verdict) return;
    differences.push({ ruleId: finding.ruleId, subject: finding.subject, a: finding, b: other ?? null });
  });
  b.forEach(({ finding }, i) => {
    if (isAboutSide(finding) || aSet.has(bIds[i] ?? "")) return;
    differences.push({ ruleId: finding.ruleId, subject: finding.subject, a: null, b: finding });
  });
  return {
    differences,
    sides: { a: a.map((k) => k.finding).filter(isAboutSide), b: b.map((k) => k.finding).filter(isAboutSide) },
  };
}
