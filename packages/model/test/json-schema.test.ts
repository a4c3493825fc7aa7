import { existsSync, readdirSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isOutputKind, type Kind, kinds, outputKinds, schemas, serializeJsonSchema, toJsonSchema, toJsonSchemas, toOutputJsonSchemas, validate } from "@romsk-inkludering/model";
import { fixture, invalidFixtures, validFixtures } from "./fixtures/index.js";

const documents = toJsonSchemas();

function compileAll() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return Object.fromEntries(kinds.map((kind) => [kind, ajv.compile(documents[kind])])) as Record<Kind, ReturnType<typeof ajv.compile>>;
}

const validators = compileAll();

/** The zod-only checks a kind's JSON Schema documents in its description: `[code]` entries. */
function documentedChecks(kind: Kind): string[] {
  return [...documents[kind].description.matchAll(/\[([a-z-]+)\]/g)].map((m) => m[1] as string);
}

describe("generated JSON Schemas", () => {
  it("exist for every kind, standalone, with $id, title and description", () => {
    expect(Object.keys(documents)).toEqual([...kinds]);
    for (const kind of kinds) {
      const doc = documents[kind];
      expect(doc.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(doc.$id).toBe(`https://unpkg.com/@romsk-inkludering/model/schemas/${kind}.schema.json`);
      expect(doc.title.length).toBeGreaterThan(2);
      expect(doc.description.length).toBeGreaterThan(20);
      // Standalone: every $ref points inside the document.
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]*)"/g)].map((m) => m[1]);
      for (const ref of refs) expect(ref?.startsWith("#")).toBe(true);
    }
  });

  it("compile with ajv in strict mode (draft 2020-12)", () => {
    expect(Object.keys(validators)).toEqual([...kinds]);
  });

  it("document the zod-only checks of the commission", () => {
    expect(documentedChecks("commission")).toEqual([
      "duplicate-id",
      "email-address",
      "period-order",
      "personal-identity-number",
      "phone-number",
      "year-order",
      "yearly-date",
    ]);
    expect(documentedChecks("observation")).toEqual([]);
    expect(documents.observation.description).toContain("checks everything the zod schema checks");
  });

  it("are the same for input and output: the schemas have no transforms or defaults", () => {
    for (const kind of kinds) {
      const input = z.toJSONSchema(schemas[kind], { target: "draft-2020-12", io: "input" });
      const output = z.toJSONSchema(schemas[kind], { target: "draft-2020-12", io: "output" });
      expect(output, kind).toEqual(input);
    }
  });

  it("are stable: generating twice gives the same documents", () => {
    expect(toJsonSchema("annual-report")).toEqual(documents["annual-report"]);
  });
});

describe("zod and the JSON Schemas agree on the fixtures", () => {
  it.each(validFixtures.map((f) => [`${f.kind}/${f.name}`, f] as const))("valid %s passes both", (_id, f) => {
    const validator = validators[f.kind];
    expect(validate(f.kind, f.data).success).toBe(true);
    expect(validator(f.data), JSON.stringify(validator.errors)).toBe(true);
  });

  it.each(invalidFixtures.filter((f) => f.jsonSchema === "rejects").map((f) => [`${f.kind}: ${f.name}`, f] as const))(
    "invalid %s fails both",
    (_id, f) => {
      expect(validate(f.kind, f.data).success).toBe(false);
      expect(validators[f.kind](f.data)).toBe(false);
    },
  );

  it.each(invalidFixtures.filter((f) => f.jsonSchema === "accepts").map((f) => [`${f.kind}: ${f.name}`, f] as const))(
    "documented difference: zod rejects and the JSON Schema accepts %s",
    (_id, f) => {
      const result = validate(f.kind, f.data);
      expect(result.success).toBe(false);
      expect(validators[f.kind](f.data)).toBe(true);
      const codes = result.success ? [] : result.issues.map((issue) => issue.code);
      for (const code of codes) expect(documentedChecks(f.kind)).toContain(code);
    },
  );

  it("lists exactly these documented differences", () => {
    expect(
      invalidFixtures.filter((f) => f.jsonSchema === "accepts").map((f) => `${f.kind}: ${f.zod.map(([, code]) => code).join(",")}`),
    ).toEqual([
      "commission: period-order",
      "commission: year-order",
      "commission: yearly-date",
      "commission: yearly-date",
      "commission: duplicate-id",
      "commission: personal-identity-number",
      "actor: municipality-id",
      "actor: validity-order",
      "programme: duplicate-id",
      "programme: validity-order",
      "evaluation: duplicate-id",
      "network: range-order",
      "meeting: personal-identity-number",
      "activity: range-order",
      "indicator: year-order",
      "annual-report: personal-identity-number",
      "grant-application: phone-number",
      "network-participation: period-order",
      "compliance-input: duplicate-id",
    ]);
  });
});

/** Sets `value` at a random path of `base` (or deletes the key when value is undefined). */
function mutate(base: unknown, pathChoice: number, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const containers: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        containers.push([node, i]);
        walk(child);
      });
    } else if (typeof node === "object" && node !== null) {
      for (const key of Object.keys(node)) {
        containers.push([node as Record<string, unknown>, key]);
        walk((node as Record<string, unknown>)[key]);
      }
    }
  };
  walk(copy);
  const target = containers[pathChoice % containers.length];
  if (target === undefined) return copy;
  const [container, key] = target;
  if (value === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[key as string];
  else (container as Record<string | number, unknown>)[key] = value ?? null;
  return copy;
}

describe("no silent gap between zod and the JSON Schemas (property)", () => {
  const jsonValue = fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom("2023-02-29", "2012-09-01", "121212-1212", "", "municipality-1283", "Ku2019/02101/CSM", -1, 0, 1.5, 2013, 13),
  );

  it("the JSON Schema never rejects what zod accepts, and accepts only what zod rejects for a documented reason", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: validFixtures.length - 1 }), fc.nat(), jsonValue, (which, pathChoice, value) => {
        const f = validFixtures[which];
        if (f === undefined) return;
        const data = mutate(f.data, pathChoice, value);
        const zod = validate(f.kind, data);
        const ajv = validators[f.kind](data) === true;
        if (zod.success) expect(ajv).toBe(true);
        if (!zod.success && ajv) {
          for (const issue of zod.issues) expect(documentedChecks(f.kind)).toContain(issue.code);
        }
      }),
      { numRuns: 1500, seed: 20120901 },
    );
  });
});

describe("the built schema files", () => {
  const dir = new URL("../schemas/", import.meta.url);
  const built = existsSync(dir);

  it.runIf(built)("equal what the generator produces, one file per payload kind and per output kind", () => {
    const files = readdirSync(dir).filter((file) => file.endsWith(".schema.json")).sort();
    expect(files).toEqual([...kinds, ...outputKinds].map((kind) => `${kind}.schema.json`).sort());
    const outputs = toOutputJsonSchemas();
    for (const kind of [...kinds, ...outputKinds]) {
      const stale = `schemas/${kind}.schema.json is stale: run pnpm --filter @romsk-inkludering/model build`;
      const document = isOutputKind(kind) ? outputs[kind] : documents[kind as Kind];
      expect(readFileSync(new URL(`${kind}.schema.json`, dir), "utf8"), stale).toBe(serializeJsonSchema(document));
    }
  });

  it("a seed fixture validates against the commission file's schema in a fresh ajv", () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    const check = ajv.compile(JSON.parse(serializeJsonSchema(documents.commission)) as object);
    expect(check(fixture("commission/lst-stockholm-2012"))).toBe(true);
  });
});
