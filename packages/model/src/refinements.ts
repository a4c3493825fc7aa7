/**
 * Checks that the zod schemas make beyond what JSON Schema can express.
 *
 * Each refinement has a stable issue code (the `code` of the resulting
 * {@link ValidationIssue}), an English note that the JSON Schema generator
 * writes into the `description` of the affected node and of the top-level
 * schema, and bilingual message builders used by the issue translator.
 *
 * @internal
 */
import type * as z from "zod";

/** Issue codes of the checks made by the zod schemas only. @internal */
export type RefinementCode =
  | "personal-identity-number"
  | "period-order"
  | "validity-order"
  | "year-order"
  | "yearly-date"
  | "range-order"
  | "duplicate-id"
  | "municipality-id";

/** What the JSON Schema documentation says about each refinement. @internal */
export const refinementNotes: Readonly<Record<RefinementCode, string>> = Object.freeze({
  "personal-identity-number":
    "free-text strings must not contain anything that looks like a Swedish personal identity number (YYMMDD-NNNN, YYYYMMDDNNNN; separator -, + or none)",
  "period-order": "a period's `to` must not be before its `from`",
  "validity-order": "`validTo` (inclusive) must not be before `validFrom`",
  "year-order": "the end year must not be before the start year",
  "yearly-date": "a yearly due date (month, day) must exist in every year from `fromYear` to `toYear` (no 30 February, no 31 April)",
  "range-order": "an upper bound (`max`, `upTo`) must not be below its lower bound (`min`, `value`)",
  "duplicate-id": "ids (of parts and deliverables in a commission, of components in a programme, task numbers in an evaluation) must be unique",
  "municipality-id": "a municipality actor has a `municipalityCode` and the id `municipality-<code>`",
});

/**
 * Keyed by the schema's definition (`_zod.def`), which zod shares between a
 * schema and its copies made by `.describe()` / `.meta()`: a field that adds
 * a description to a refined schema keeps its refinements.
 */
const marks = new WeakMap<object, readonly RefinementCode[]>();

function keyOf(schema: object): object {
  const def = (schema as { _zod?: { def?: object } })._zod?.def;
  return def ?? schema;
}

/**
 * Records that `schema` carries the given refinements, so the JSON Schema
 * generator can document them. Returns the schema unchanged.
 *
 * @internal
 */
export function markRefined<S extends z.ZodType>(schema: S, ...codes: RefinementCode[]): S {
  const before = marks.get(keyOf(schema)) ?? [];
  marks.set(keyOf(schema), [...before, ...codes]);
  return schema;
}

/** The refinements recorded for a schema (empty when none). @internal */
export function refinementsOf(schema: object): readonly RefinementCode[] {
  return marks.get(keyOf(schema)) ?? [];
}
