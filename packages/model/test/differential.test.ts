/**
 * A differential test of `validate` against ajv on the shipped JSON
 * Schemas (`schemas/<kind>.schema.json`, written by the build; the
 * generator's output when the package has not been built, which the
 * json-schema test proves equal to the files) over generated mutants of the
 * valid fixtures: the two agree, except where zod rejects for a refinement
 * that the schema's description names (`[code]`). String lengths agree too:
 * both count Unicode code points, so astral-plane strings (emoji, 𝄞) at
 * every length limit get the same verdict.
 */
import { existsSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type JsonSchemaDocument, type Kind, kinds, toJsonSchema, validate } from "@romsk-inkludering/model";
import { validFixtures } from "./fixtures/index.js";
import { mutant, pathsOf, type Mutant, type Path } from "./mutants.js";

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

  it("on astral-plane strings at every length limit: both count code points (an emoji is one character, not two UTF-16 units)", () => {
    // Each string of each valid fixture replaced by emoji or 𝄞 at a limit of the schemas and one past it.
    const lengths = [1, 2, 50, 51, 100, 101, 200, 201, 500, 501, 10_000, 10_001];
    const setAt = (data: unknown, path: Path, value: unknown): void => {
      let node = data as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[path[path.length - 1] as string | number] = value;
    };
    let compared = 0;
    const verdictsSeen = { accepted: 0, rejected: 0 };
    for (const fixture of validFixtures) {
      const strings = pathsOf(fixture.data).filter((path) => path.length > 0 && typeof path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], fixture.data) === "string");
      for (const path of strings) {
        // Lengths go up; once both sides refuse a length (an id's pattern refuses even one emoji), longer ones add nothing.
        for (const [i, n] of lengths.entries()) {
          const data = structuredClone(fixture.data);
          const text = (i % 2 === 0 ? "😀" : "𝄞").repeat(n);
          setAt(data, path, text);
          const { zod, ajv: accepted } = verdicts(fixture.kind, data);
          const where = `${fixture.kind}/${fixture.name} at ${JSON.stringify(path)}: ${n} astral characters (${text.length} UTF-16 units)`;
          const unnamed = zod.success ? [] : zod.issues.filter((issue) => !named(fixture.kind).has(issue.code));
          if (zod.success || unnamed.length > 0) expect(accepted, `${where}: zod ${zod.success ? "accepts" : "rejects"} (${JSON.stringify(unnamed.map((u) => u.code))}), ajv ${accepted ? "accepts" : "rejects"}`).toBe(zod.success);
          compared += 1;
          verdictsSeen[zod.success ? "accepted" : "rejected"] += 1;
          if (!zod.success && !accepted) break;
        }
      }
    }
    // Real comparisons on both sides: free texts of 10 000 emoji pass, 10 001 fail, in zod and in ajv.
    expect(compared).toBeGreaterThan(500);
    expect(verdictsSeen.accepted).toBeGreaterThan(100);
    expect(verdictsSeen.rejected).toBeGreaterThan(100);
  });

  it("padding a text with astral-plane characters does not hide personal data from validate", () => {
    // 9 000 emoji are 18 000 UTF-16 units but 9 000 characters: valid free text, so it must be scanned whole.
    const meeting = validFixtures.find((f) => f.kind === "meeting");
    expect(meeting).toBeDefined();
    const base = meeting?.data as { topics: string[] };
    expect(validate("meeting", { ...base, topics: ["😀".repeat(10_000)] }).success).toBe(true);
    for (const [text, code] of [
      [`${"😀".repeat(9_000)} Kontakt 19121212-1212`, "personal-identity-number"],
      [`${"😀".repeat(9_000)} anna.andersson@kommun.se`, "email-address"],
      [`${"😀".repeat(9_000)} Ring 070-123 45 67`, "phone-number"],
    ] as const) {
      const result = validate("meeting", { ...base, topics: [text] });
      expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[["topics", 0], code]]);
    }
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
