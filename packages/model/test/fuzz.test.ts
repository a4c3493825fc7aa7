/**
 * A fuzz of `validate` for every kind with values near each schema's
 * edges: it returns (never throws, never hangs), and every issue has a
 * path into the input, a stable code and messages in Swedish and English.
 * Bounded by the number of runs, with fixed seeds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIssues, kinds, toJsonSchema, validate, type ValidationIssue } from "@romsk-inkludering/model";
import { validFixtures } from "./fixtures/index.js";
import { EDGE_NUMBERS, EDGE_STRINGS, edgeValue, mutant, type Path } from "./mutants.js";

/** Whether `path` leads through existing objects and arrays of `data` (own properties only). */
function reaches(data: unknown, path: readonly (string | number)[]): boolean {
  let node = data;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

function startsWith(path: readonly (string | number)[], prefix: Path): boolean {
  return prefix.every((key, i) => path[i] === key);
}

function expectWellFormed(data: unknown, issues: readonly ValidationIssue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
    // The issue's container exists in the input (the key itself may be the missing one).
    expect(reaches(data, issue.path.slice(0, -1)), `${issue.code} at ${JSON.stringify(issue.path)}`).toBe(true);
    expect(issue.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(issue.message.sv.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeLessThan(2000);
  }
  expect([...issues].sort(compareIssues)).toEqual(issues);
}

describe("validate near the schemas' edges (fuzz)", () => {
  it("has a valid fixture of every kind to mutate", () => {
    expect([...new Set(validFixtures.map((f) => f.kind))].sort()).toEqual([...kinds].sort());
  });

  it("returns for every kind given an edge value itself, with an issue at the root (of a list kind, `[null]` at its item)", () => {
    for (const kind of kinds) {
      // A scenario file is a list: `[null]` is a list whose first item is wrong.
      const isList = toJsonSchema(kind)["type"] === "array";
      for (const value of [...EDGE_NUMBERS, ...EDGE_STRINGS, null, [], [null]]) {
        const result = validate(kind, value);
        expect(result.success, `${kind} ${JSON.stringify(value).slice(0, 40)}`).toBe(false);
        if (!result.success) {
          expectWellFormed(value, result.issues);
          const listWithAnItem = isList && Array.isArray(value) && value.length > 0;
          expect(result.issues.map((i) => i.path)).toContainEqual(listWithAnItem ? [0] : []);
        }
      }
    }
  });

  it("returns for a fixture of any kind with one value replaced, deleted, added or stretched, and points at it", () => {
    fc.assert(
      fc.property(mutant, (m) => {
        const result = validate(m.kind, m.data);
        if (result.success) return;
        expectWellFormed(m.data, result.issues);
        // At least one issue is about the mutated place: at it, under it, or beside it (period order, yearly dates).
        const parent = m.path.slice(0, -1);
        expect(result.issues.some((issue) => startsWith(issue.path, parent)), `${m.kind}/${m.name} ${m.how} at ${JSON.stringify(m.path)}`).toBe(true);
        if (m.how === "add-key" && m.path.at(-1) === "__proto__") {
          expect(result.issues).toContainEqual(expect.objectContaining({ path: m.path, code: "forbidden-key" }));
        }
      }),
      { numRuns: 300, seed: 20320101 },
    );
  });

  it("returns for a fixture with an edge value at a random path, also deep inside arrays", () => {
    fc.assert(
      fc.property(fc.nat(validFixtures.length - 1), fc.array(fc.oneof(fc.nat(3), fc.constantFrom("id", "parts", "due", "period", "names", "sources", "toYear", "value")), { maxLength: 6 }), edgeValue, (which, path, value) => {
        const f = validFixtures[which];
        if (f === undefined) return;
        const data = structuredClone(f.data) as Record<string | number, unknown>;
        let node: unknown = data;
        for (const key of path.slice(0, -1)) {
          const next = typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
          if (typeof next !== "object" || next === null) break;
          node = next;
        }
        if (typeof node === "object" && node !== null) (node as Record<string | number, unknown>)[path.at(-1) ?? "extra"] = value;
        const result = validate(f.kind, data);
        if (!result.success) expectWellFormed(data, result.issues);
      }),
      { numRuns: 300, seed: 15042013 },
    );
  });
});
