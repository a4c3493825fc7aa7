import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIssues, kinds, validate, validateWith, type ValidationIssue, FreeTextSchema } from "@romsk-inkludering/model";
import { fixture } from "./fixtures/index.js";

function expectWellFormed(issues: readonly ValidationIssue[]) {
  for (const issue of issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
    expect(issue.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(issue.message.sv.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeLessThan(2000);
  }
  expect([...issues].sort(compareIssues)).toEqual(issues);
}

function codes(result: ReturnType<typeof validate>) {
  return result.success ? [] : result.issues.map((issue) => [issue.path, issue.code]);
}

describe("validation never throws", () => {
  it("on anything fast-check can build, for every kind", () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withDate: true, withBigInt: true }), (kind, input) => {
        const result = validate(kind, input);
        // Only an empty compliance input (every field optional) can pass.
        if (result.success) expect(kind).toBe("compliance-input");
        else expectWellFormed(result.issues);
      }),
      { numRuns: 2000, seed: 15042013 },
    );
  });

  it("on a real fixture with any value put anywhere", () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.oneof(fc.string(), fc.nat(8)), { maxLength: 4 }), (junk, path) => {
        const data = fixture("commission/lst-stockholm-2012");
        let node: any = data;
        for (const key of path.slice(0, -1)) if (node !== null && typeof node === "object" && key in node) node = node[key];
        if (node !== null && typeof node === "object") node[path.at(-1) ?? "extra"] = junk;
        const result = validate("commission", data);
        if (!result.success) expectWellFormed(result.issues);
      }),
      { numRuns: 1000, seed: 1102012 },
    );
  });

  it("is deterministic: the same input gives the same result", () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.jsonValue(), (kind, input) => {
        expect(validate(kind, input)).toEqual(validate(kind, structuredClone(input)));
      }),
      { numRuns: 500, seed: 2032 },
    );
  });
});

describe("hostile input", () => {
  it("reports a cycle with its path", () => {
    const evidence: Record<string, unknown> = { due: "2012-09-01" };
    evidence["self"] = evidence;
    const finding = { ...fixture("finding/groundwork-on-time"), evidence };
    expect(codes(validate("finding", finding))).toEqual([[["evidence", "self"], "cyclic-reference"]]);
  });

  it("accepts a shared (non-cyclic) reference", () => {
    const part = fixture("commission/lst-stockholm-2012").parts[2];
    const commission = fixture("commission/lst-stockholm-2012");
    const sources = part.sources;
    commission.sources = sources;
    commission.parts[2].sources = sources;
    expect(validate("commission", commission).success).toBe(true);
  });

  it("reports nesting deeper than 100 levels without overflowing the stack", () => {
    let deep: unknown = "2012-09-01";
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const finding = { ...fixture("finding/groundwork-on-time"), evidence: { deep } };
    const result = validate("finding", finding);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.code)).toEqual(["too-deep"]);
    expect(result.issues[0]?.path.slice(0, 3)).toEqual(["evidence", "deep", 0]);
    // Containers at depths 0–99 (the root is depth 0) are read; the one at depth 100 is reported.
    expect(result.issues[0]?.path).toHaveLength(100);
  });

  it("reports getters that throw, with their path", () => {
    const area = fixture("area/housing");
    Object.defineProperty(area.name, "en", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(codes(validate("area", area))).toEqual([[["name", "en"], "unreadable"]]);
  });

  it("reports proxies whose traps throw", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    expect(codes(validate("area", { ...fixture("area/housing"), name: hostile }))).toEqual([[["name"], "unreadable"]]);
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(validate("area", revocable.proxy).success).toBe(false);
  });

  it("reports non-plain objects instead of reading them", () => {
    const meeting = fixture("meeting/network-2018-05-16");
    meeting.date = new Date("2018-05-16T00:00:00Z");
    expect(codes(validate("meeting", meeting))).toEqual([[["date"], "not-plain-data"]]);
    class Activity {
      id = "x";
    }
    expect(codes(validate("activity", new Activity()))).toEqual([[[], "not-plain-data"]]);
    expect(codes(validate("area", new Map([["id", "housing"]])))).toEqual([[[], "not-plain-data"]]);
  });

  it("accepts null-prototype objects as plain data", () => {
    const area = Object.assign(Object.create(null) as object, fixture("area/housing"));
    expect(validate("area", area).success).toBe(true);
  });

  it("drops and reports __proto__ keys without polluting anything", () => {
    const parsed = JSON.parse('{"id":"housing","name":{"sv":"Bostad","en":"Housing","__proto__":{"polluted":true}},"sources":[{"kind":"facts","section":"The strategy"}]}') as unknown;
    expect(codes(validate("area", parsed))).toEqual([[["name", "__proto__"], "forbidden-key"]]);
    const finding = fixture("finding/groundwork-on-time");
    finding.evidence = JSON.parse('{"__proto__":{"polluted":true},"due":"2012-09-01"}');
    expect(codes(validate("finding", finding))).toEqual([[["evidence", "__proto__"], "forbidden-key"]]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("rejects NaN and infinities as numbers", () => {
    const observation = fixture("observation/kolada-missing-value");
    expect(codes(validate("observation", { ...observation, value: Number.NaN }))).toEqual([[["value"], "invalid-type"]]);
    expect(codes(validate("observation", { ...observation, year: Number.POSITIVE_INFINITY }))).toEqual([[["year"], "invalid-type"]]);
  });

  it("handles huge strings quickly and never echoes them whole", () => {
    const huge = `${"a".repeat(5_000_000)}121212-1212`;
    const result = validate("area", { ...fixture("area/housing"), name: { sv: huge, en: "Housing" }, id: huge });
    expect(codes(result)).toEqual([
      [["id"], "invalid-value"],
      [["name", "sv"], "too-big"],
    ]);
    expect(JSON.stringify(result).length).toBeLessThan(3000);
    expect(FreeTextSchema.safeParse("x".repeat(10_000)).success).toBe(true);
    expect(FreeTextSchema.safeParse("x".repeat(10_001)).success).toBe(false);
  });

  it("masks a personal identity number that appears in a received value", () => {
    const result = validate("area", { ...fixture("area/housing"), id: "121212-1212" });
    expect(codes(result)).toEqual([[["id"], "invalid-value"]]);
    expect(JSON.stringify(result)).not.toContain("1212-1212");
  });

  it("masks e-mail addresses and numbers written full-width, and shows other received text normalised but whole", () => {
    const got = (id: string): string[] => {
      const result = validate("area", { ...fixture("area/housing"), id });
      return result.success ? [] : result.issues.map((issue) => issue.message.en.slice(0, issue.message.en.indexOf(";")));
    };
    expect(got("anna＠kommun.se")).toEqual(['Invalid value (got "[…]")']);
    expect(got("１２１２１２－１２１２")).toEqual(['Invalid value (got "[…]")']);
    expect(got("Reﬁnansiering")).toEqual(['Invalid value (got "Refinansiering")']);
    expect(got("bostad")).toEqual(['Invalid value (got "bostad")']);
  });

  it("works on inputs of every primitive type at the root", () => {
    for (const input of [undefined, null, 0, -0, Number.NaN, "", "commission", true, 10n, Symbol("x"), () => 1]) {
      const result = validateWith(FreeTextSchema, input);
      if (typeof input === "string" && input !== "") expect(result.success).toBe(true);
      else expect(result.success).toBe(false);
    }
  });
});
