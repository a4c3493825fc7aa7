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

/**
 * Zod check parameters that run a refinement only when the fields it reads
 * passed their own checks (type, range, length, pattern): a refinement never
 * runs on a value whose range check failed, so it never loops past the
 * schema's own limits nor adds a second issue about a value already
 * reported. Without keys, the refinement runs only when the whole value
 * passed.
 *
 * @internal
 */
export function whenValid(...keys: string[]): { when: (payload: z.core.ParsePayload) => boolean } {
  return {
    when: (payload) =>
      keys.length === 0
        ? payload.issues.length === 0
        : payload.issues.every((issue) => {
            const path = issue.path ?? [];
            // An unknown key is reported at the object itself and does not stop a refinement; anything else there (a wrong type) does.
            return path.length === 0 ? issue.code === "unrecognized_keys" : !keys.includes(String(path[0]));
          }),
  };
}

/** Issue codes of the checks made by the zod schemas only. @internal */
export type RefinementCode =
  | "personal-identity-number"
  | "email-address"
  | "phone-number"
  | "period-order"
  | "validity-order"
  | "year-order"
  | "yearly-date"
  | "range-order"
  | "duplicate-id"
  | "municipality-id";

/**
 * What the JSON Schema documentation says about each refinement (the
 * description of each schema lists its codes as `[code] note`).
 *
 * @internal
 * @category Validation
 * @example
 * ```ts
 * import { refinementNotes } from "@romsk-inkludering/model/scan";
 * refinementNotes["period-order"];
 * // => "a period's `to` must not be before its `from`"
 * ```
 */
export const refinementNotes: Readonly<Record<RefinementCode, string>> = /* @__PURE__ */ Object.freeze({
  "personal-identity-number":
    "free-text strings must not contain anything that looks like a Swedish personal identity number (YYMMDD-NNNN, YYYYMMDDNNNN; separator -, + or none, with or without spaces around it; full-width digits and dashes count as digits and hyphens: the text is NFKC-normalised first)",
  "email-address":
    "free-text strings must not contain an e-mail address (name@domain.tld): contact details belong in the integrating system, not in the model",
  "phone-number":
    "free-text strings must not contain a telephone number (+46 70 123 45 67, 0046 8 123 456, 070-123 45 67, 08-123 456 78, (08) 123 45 67, any +<country> number of 8 to 15 digits): contact details belong in the integrating system, not in the model",
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
