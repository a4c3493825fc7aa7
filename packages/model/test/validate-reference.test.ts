import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { compareIssues, schemas, translateIssue, validate, type Kind, type Result } from "@romsk-inkludering/model";
import { invalidFixtures, validFixtures } from "./fixtures/index.js";

/**
 * The reference: how validation read before zod ran without options on the
 * fast path — `safeParse` with `reportInput: true` (so every issue carries
 * the value it is about), each issue translated, then sorted. Plain JSON
 * data only (what both paths see alike).
 */
function reference(kind: Kind, input: unknown): Result<unknown> {
  const parsed = (schemas[kind] as z.ZodType).safeParse(input, { reportInput: true });
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, issues: parsed.error.issues.flatMap((issue) => translateIssue(issue)).sort(compareIssues) };
}

/** Every place in a JSON value: the path to it. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

type Mutation = { op: "set"; value: unknown } | { op: "delete" } | { op: "add"; key: string; value: unknown };

/** A copy of `data` with one mutation at `path` (the root can only be replaced). */
function mutate(data: unknown, path: readonly (string | number)[], mutation: Mutation): unknown {
  const copy = structuredClone(data);
  if (path.length === 0) return mutation.op === "set" ? mutation.value : copy;
  let parent: any = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path.at(-1) as string | number;
  if (mutation.op === "set") parent[last] = mutation.value;
  else if (mutation.op === "delete") {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (typeof parent[last] === "object" && parent[last] !== null && !Array.isArray(parent[last])) {
    parent[last][mutation.key] = mutation.value;
  } else parent[last] = mutation.value;
  return copy;
}

/** Values that break a field in the ways zod reports differently: wrong type, bad format, out of range, empty, missing. */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom("", "x", "2023-02-29", "1899-12-31", "121212-1212", "http://example.org", "Ku2019/02101/CSM", "municipality-1283", "n03926", -1, 0, 1.5, 13, 99999, 1e300, true, null, [], {}),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  junk.map((value): Mutation => ({ op: "set", value })),
  fc.constant<Mutation>({ op: "delete" }),
  fc.record({ key: fc.constantFrom("extra", "id", "kind", "to", "from", "__proto__x"), value: junk }).map((m): Mutation => ({ op: "add", ...m })),
);

describe("validate gives the issues of zod's reportInput route, in the same order", () => {
  it("on every valid fixture of every kind", () => {
    for (const f of validFixtures) expect(validate(f.kind, f.data), `${f.kind}/${f.name}`).toEqual(reference(f.kind, f.data));
  });

  it("on every invalid fixture", () => {
    for (const f of invalidFixtures) {
      const result = validate(f.kind, f.data);
      expect(result.success, `${f.kind}/${f.name}`).toBe(false);
      expect(result, `${f.kind}/${f.name}`).toEqual(reference(f.kind, f.data));
    }
  });

  it("on mutants of every fixture: a value replaced, removed or added anywhere", () => {
    const all = [...validFixtures, ...invalidFixtures];
    const withPaths = all.map((f) => ({ ...f, paths: paths(f.data) }));
    fc.assert(
      fc.property(fc.nat(withPaths.length - 1), fc.nat(), mutation, (which, where, change) => {
        const f = withPaths[which]!;
        const input = mutate(f.data, f.paths[where % f.paths.length]!, change);
        expect(validate(f.kind, input)).toEqual(reference(f.kind, input));
      }),
      { numRuns: 800, seed: 20122032 },
    );
  }, 120_000);

  it("on mutants with several changes at once (many issues to translate and sort)", () => {
    const withPaths = validFixtures.map((f) => ({ ...f, paths: paths(f.data) }));
    fc.assert(
      fc.property(fc.nat(withPaths.length - 1), fc.array(fc.tuple(fc.nat(), mutation), { minLength: 2, maxLength: 6 }), (which, changes) => {
        const f = withPaths[which]!;
        let input: unknown = f.data;
        for (const [where, change] of changes) {
          const candidates = paths(input);
          input = mutate(input, candidates[where % candidates.length]!, change);
        }
        expect(validate(f.kind, input)).toEqual(reference(f.kind, input));
      }),
      { numRuns: 300, seed: 5724 },
    );
  }, 120_000);
});
