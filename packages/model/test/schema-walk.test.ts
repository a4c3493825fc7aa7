/**
 * validate() reads a payload of a bounded schema by the schema's own walk
 * (only the places where an object or a list may stand) before zod, and the
 * full walk of every object only when zod finds issues. Its answer must be
 * the one of the full walk first: the reference here is the same schema
 * behind `z.lazy`, which has no bound on its depth and so always takes the
 * full walk first. Both are compared on every valid fixture, with one object
 * or list in it replaced by something that is not plain data. The walk has
 * two forms, closures and a function written out for the schema where the
 * runtime allows `new Function` (zod's own test); they are held to one
 * answer on the same inputs.
 */
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { schemas, validate, validateWith, type Kind } from "@romsk-inkludering/model";
import { MAX_NODES } from "@romsk-inkludering/model/scan";
import { walkForms } from "../src/validate.js";
import { fixture, validFixtures } from "./fixtures/index.js";
import { pathsOf, type Path } from "./mutants.js";

/** The same schema, validated with the full walk first. */
const reference = new Map<Kind, z.ZodType>();
function full(kind: Kind): z.ZodType {
  let schema = reference.get(kind);
  if (schema === undefined) {
    const inner = schemas[kind] as z.ZodType;
    schema = z.lazy(() => inner);
    reference.set(kind, schema);
  }
  return schema;
}

class Copy {
  constructor(fields: object) {
    Object.assign(this, fields);
  }
}

/** Ways to make an object or list that holds the same values but is not plain data (or is plain in an unusual way). */
const disguises: readonly [string, (value: object) => unknown][] = [
  ["a class instance with the same fields", (value) => (Array.isArray(value) ? value : new Copy(value))],
  ["a null-prototype copy", (value) => (Array.isArray(value) ? value : Object.assign(Object.create(null) as object, value))],
  ["a copy from another realm", (value) => runInNewContext(`(${JSON.stringify(value)})`)],
  ["a Date", () => new Date(Date.UTC(2016, 0, 1))],
  ["a Map of the same entries", (value) => new Map(Object.entries(value))],
  ["a copy with a __proto__ key", (value) => (Array.isArray(value) ? value : JSON.parse(JSON.stringify(value).replace(/^\{/, '{"__proto__":{"x":1},')))],
  ["a copy with a getter that throws", (value) => (Array.isArray(value) ? value : Object.defineProperty({ ...value }, "extra", { enumerable: true, get: () => { throw new Error("no"); } }))],
  ["a copy holding itself", (value) => { const copy: Record<string, unknown> = Array.isArray(value) ? { list: value } : { ...value }; copy["self"] = copy; return copy; }],
  ["a list of the object", (value) => [value]],
];

/** The places of `data` that hold an object or a list (the root included). */
function objectPaths(data: unknown): Path[] {
  return [[], ...pathsOf(data)].filter((path) => {
    let node: unknown = data;
    for (const key of path) node = (node as Record<string | number, unknown>)[key];
    return typeof node === "object" && node !== null;
  });
}

function replaced(data: unknown, path: Path, make: (value: object) => unknown): unknown {
  if (path.length === 0) return make(data as object);
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  node[last] = make(node[last] as object);
  return data;
}

describe("the schema's own walk gives the answer of the full walk", () => {
  it("on every valid fixture", () => {
    for (const { kind, data } of validFixtures) {
      expect(validate(kind, data)).toEqual(validateWith(full(kind), data));
    }
  });

  it("with any object or list of a fixture disguised as something that is not plain data", () => {
    const cases = validFixtures.flatMap(({ kind, name }) => objectPaths(fixture(`${kind}/${name}`)).map((path) => ({ kind, name, path })));
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom(...disguises), ({ kind, name, path }, [, make]) => {
        const input = replaced(fixture(`${kind}/${name}`), path, make);
        expect(validate(kind, input)).toEqual(validateWith(full(kind), input));
      }),
      { numRuns: 1500, seed: 20121116 },
    );
  });

  it("names a class instance that holds exactly the fields a valid object needs", () => {
    const meeting = fixture("network-participation/example-member");
    meeting.meetings[2] = new Copy(meeting.meetings[2]);
    const result = validate("network-participation", meeting);
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[["meetings", 2], "not-plain-data"]]);
  });

  it("reports a list of more values than the limit as too large, whichever walk reads it", () => {
    const member = fixture("network-participation/example-member");
    member.peerReviews = new Array<string>(MAX_NODES).fill("2015-10-01");
    const result = validate("network-participation", member);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(["too-large"]);
  });

  it("takes the full walk first for a schema that holds itself, so a cyclic input ends as a cycle", () => {
    interface Node {
      name: string;
      children: Node[];
    }
    const Node: z.ZodType<Node> = z.strictObject({ name: z.string(), get children() { return z.array(Node); } });
    const root: Node = { name: "root", children: [] };
    root.children.push(root);
    const result = validateWith(Node, root);
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[["children", 0], "cyclic-reference"]]);
    expect(validateWith(Node, { name: "root", children: [{ name: "leaf", children: [] }] }).success).toBe(true);
  });
});

describe("the walk written out gives the closures' answer", () => {
  /** What a walk says of `input`: the budget left (-1: not plain data within the limits), or that it threw. */
  function outcome(walk: (value: object, depth: number, budget: number) => number, input: unknown): number | "threw" {
    try {
      return walk(input as object, 0, MAX_NODES - 1);
    } catch {
      return "threw";
    }
  }

  /** The kinds whose evidence or expectations hold any JSON value (no bound on their depth: the full walk reads them). */
  const UNBOUNDED = ["finding", "scenario", "scenario-file"];

  it("is written out for every bounded kind's schema here (Node allows new Function)", () => {
    const kinds = Object.keys(schemas) as Kind[];
    expect(kinds.filter((kind) => walkForms(schemas[kind] as z.ZodType) === undefined)).toEqual(UNBOUNDED);
    for (const kind of kinds.filter((k) => !UNBOUNDED.includes(k))) {
      expect(walkForms(schemas[kind] as z.ZodType)?.compiled, kind).toBeTypeOf("function");
    }
  });

  it("on every valid fixture, and with any object or list of one disguised", () => {
    for (const { kind, data } of validFixtures.filter((f) => !UNBOUNDED.includes(f.kind))) {
      const forms = walkForms(schemas[kind] as z.ZodType);
      if (forms?.compiled === undefined) throw new Error(`${kind}: no written-out walk`);
      expect(outcome(forms.compiled, data), kind).toBe(outcome(forms.closures, data));
      expect(outcome(forms.compiled, data), kind).toBeGreaterThan(0);
    }
    const cases = validFixtures
      .filter((f) => !UNBOUNDED.includes(f.kind))
      .flatMap(({ kind, name }) => objectPaths(fixture(`${kind}/${name}`)).map((path) => ({ kind, name, path })));
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom(...disguises), ({ kind, name, path }, [, make]) => {
        const forms = walkForms(schemas[kind] as z.ZodType);
        const input = replaced(fixture(`${kind}/${name}`), path, make);
        expect(outcome(forms?.compiled ?? (() => NaN), input)).toBe(outcome(forms?.closures ?? (() => NaN), input));
      }),
      { numRuns: 1500, seed: 20121116 },
    );
  });

  it("counts a long list the same way, and stops at the limit", () => {
    const forms = walkForms(schemas["network-participation"] as z.ZodType);
    const member = fixture("network-participation/example-member");
    member.peerReviews = new Array<string>(MAX_NODES).fill("2015-10-01");
    expect(forms?.compiled?.(member, 0, MAX_NODES - 1)).toBe(-1);
    expect(forms?.closures(member, 0, MAX_NODES - 1)).toBe(-1);
    member.peerReviews = new Array<string>(1000).fill("2015-10-01");
    const left = forms?.closures(member, 0, MAX_NODES - 1);
    expect(left).toBeLessThan(MAX_NODES - 1000);
    expect(forms?.compiled?.(member, 0, MAX_NODES - 1)).toBe(left);
  });

  it("is not written out when zod is configured jitless (a page with a strict Content Security Policy)", () => {
    // zod's configuration is global: set back before the test ends, since the test files of a worker share modules.
    z.config({ jitless: true });
    try {
      const forms = walkForms(schemas["annual-report"] as z.ZodType);
      expect(forms?.compiled).toBeUndefined();
      expect(forms?.closures).toBeTypeOf("function");
      // validateWith still answers, with the closures (a fresh schema, so no walk is cached for it yet).
      const schema = z.strictObject({ member: schemas["network-participation"] });
      expect(validateWith(schema, { member: fixture("network-participation/example-member") }).success).toBe(true);
      const member = fixture("network-participation/example-member");
      member.meetings[0] = new Copy(member.meetings[0]);
      const result = validateWith(schema, { member });
      expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[["member", "meetings", 0], "not-plain-data"]]);
    } finally {
      z.config({ jitless: false });
    }
  });
});
