/**
 * A differential test of `validate` against ajv on the shipped JSON
 * Schemas (`schemas/<kind>.schema.json`, written by the build; the
 * generator's output when the package has not been built, which the
 * json-schema test proves equal to the files) over generated mutants of the
 * valid fixtures: the two agree, except where zod rejects for a refinement
 * that the schema's description names (`[code]`).
 */
import { existsSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type JsonSchemaDocument, type Kind, kinds, toJsonSchema, validate } from "@romsk-inkludering/model";
import { mutant, type Mutant } from "./mutants.js";

const dir = new URL("../schemas/", import.meta.url);

function shipped(kind: Kind): JsonSchemaDocument {
  const file = new URL(`${kind}.schema.json`, dir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as JsonSchemaDocument) : toJsonSchema(kind);
}

const documents = Object.fromEntries(kinds.map((kind) => [kind, shipped(kind)])) as Record<Kind, JsonSchemaDocument>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validators = Object.fromEntries(kinds.map((kind) => [kind, ajv.compile(documents[kind])])) as Record<Kind, ReturnType<typeof ajv.compile>>;

/** The zod-only checks a kind's JSON Schema names in its description. */
function named(kind: Kind): Set<string> {
  return new Set([...documents[kind].description.matchAll(/\[([a-z-]+)\]/g)].map((m) => m[1] as string));
}

/** The mutant as JSON text would carry it (ajv validates JSON; `__proto__` stays an own key through JSON.parse). */
function asJson(m: Mutant): unknown {
  return JSON.parse(JSON.stringify(m.data) ?? "null");
}

function verdicts(kind: Kind, data: unknown): { zod: ReturnType<typeof validate>; ajv: boolean } {
  return { zod: validate(kind, data), ajv: validators[kind](data) === true };
}

describe("validate and the shipped JSON Schemas agree (differential)", () => {
  it("on the valid fixtures and on a __proto__ key in a finding's free-form evidence", () => {
    const finding = JSON.parse(
      '{"ruleId":"deliverable.on-time","verdict":"pass","subject":{"kind":"deliverable","id":"groundwork-report"},"message":{"sv":"I tid","en":"On time"},"basis":[],"evidence":{"due":"2012-09-01","__proto__":{"polluted":true}}}',
    ) as unknown;
    const { zod, ajv: accepted } = verdicts("finding", finding);
    expect(zod.success ? [] : zod.issues.map((i) => [i.path, i.code])).toEqual([[["evidence", "__proto__"], "forbidden-key"]]);
    expect(accepted).toBe(false);
    expect(documents.finding.description).toContain("__proto__");
  });

  it("on mutants of every kind: the same verdict, or zod rejects only for refinements the description names", () => {
    fc.assert(
      fc.property(mutant, (m) => {
        const data = asJson(m);
        const { zod, ajv: accepted } = verdicts(m.kind, data);
        const where = `${m.kind}/${m.name} ${m.how} at ${JSON.stringify(m.path)}`;
        if (zod.success) {
          expect(accepted, `${where}: zod accepts, ajv rejects: ${ajv.errorsText(validators[m.kind].errors)}`).toBe(true);
          return;
        }
        if (!accepted) return;
        const unnamed = zod.issues.filter((issue) => !named(m.kind).has(issue.code));
        expect(unnamed.map((issue) => [issue.path, issue.code]), `${where}: ajv accepts what zod rejects`).toEqual([]);
      }),
      { numRuns: 400, seed: 20120901 },
    );
  });
});
