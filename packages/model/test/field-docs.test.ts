/**
 * Field-level documentation: every field of every payload kind is described
 * once, in its zod schema (`.describe()`), as "Svensk term (fieldName):
 * explanation", and the descriptions reach the JSON Schemas (generated and
 * shipped) beside the notes on checks only zod makes.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ActivitySchema, AnnualReportSchema, kinds, outputKinds, PeriodSchema, toJsonSchemas, toOutputJsonSchemas, type Kind } from "@romsk-inkludering/model";

const ZOD_ONLY = "Also checked by the zod schema, not by this JSON Schema: ";

interface Property {
  readonly kind: Kind;
  readonly path: string;
  readonly name: string;
  readonly description: unknown;
}

/** Every property of a JSON Schema document, at any depth (items, variants, nested objects). */
function properties(kind: Kind, node: unknown, path = ""): Property[] {
  if (Array.isArray(node)) return node.flatMap((n) => properties(kind, n, path));
  if (typeof node !== "object" || node === null) return [];
  const out: Property[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && typeof value === "object" && value !== null) {
      for (const [name, schema] of Object.entries(value as Record<string, unknown>)) {
        const description = (schema as { description?: unknown }).description;
        out.push({ kind, path: `${path}.${name}`, name, description });
        out.push(...properties(kind, schema, `${path}.${name}`));
      }
    } else {
      out.push(...properties(kind, value, key === "items" ? `${path}[]` : path));
    }
  }
  return out;
}

/** The field's own description, without the note on zod-only checks. */
const own = (description: unknown): string => (typeof description === "string" ? (description.split(ZOD_ONLY)[0] ?? "").trim() : "");

const documents = toJsonSchemas();
const all = kinds.flatMap((kind) => properties(kind, documents[kind]));

describe("field descriptions in the JSON Schemas", () => {
  it("cover a real number of fields", () => {
    // 24 kinds, nested objects and union variants included (an annual report
    // repeats the fields of activities, meetings and observations).
    expect(all.length).toBeGreaterThan(1000);
  });

  it("describe every property of every kind, as 'Svensk term (fieldName): explanation'", () => {
    const missing = all.filter((p) => !new RegExp(`^[^()]+ \\(${p.name}\\): \\S`).test(own(p.description)));
    expect(missing.map((p) => `${p.kind}${p.path}: ${JSON.stringify(p.description)}`)).toEqual([]);
  });

  it("keep the note on zod-only checks after the field's own description", () => {
    const period = documents.activity.properties as Record<string, { description: string }>;
    expect(period["period"]?.description).toBe(
      "Period (period): when the activity runs. Also checked by the zod schema, not by this JSON Schema: a period's `to` must not be before its `from`.",
    );
    const title = period["title"]?.description ?? "";
    expect(title.startsWith("Rubrik (title): the activity's name as the source gives it. Also checked by the zod schema")).toBe(true);
    expect(title).toContain("personal identity number");
  });

  it("are the same in the shipped files as in the generator (when the package is built)", () => {
    for (const kind of kinds) {
      const file = new URL(`../schemas/${kind}.schema.json`, import.meta.url);
      if (!existsSync(file)) continue;
      const shipped = properties(kind, JSON.parse(readFileSync(file, "utf8")));
      expect(shipped.map((p) => [p.path, p.description])).toEqual(properties(kind, documents[kind]).map((p) => [p.path, p.description]));
    }
  });
});

describe("field descriptions of the output kinds", () => {
  const outputs = toOutputJsonSchemas();
  const fields = outputKinds.flatMap((kind) => properties(kind as unknown as Kind, outputs[kind]));

  it("cover every output: the national report, findings, deadlines, obligations and progress results", () => {
    const kindsWithFields = new Set(fields.map((p) => p.kind as string));
    expect([...kindsWithFields].sort()).toEqual([...outputKinds]);
    expect(fields.length).toBeGreaterThan(200);
  });

  it("describe every property, as 'Svensk term (fieldName): explanation'", () => {
    const missing = fields.filter((p) => !new RegExp(`^[^()]+ \\(${p.name}\\): \\S`).test(own(p.description)));
    expect(missing.map((p) => `${p.kind}${p.path}: ${JSON.stringify(p.description)}`)).toEqual([]);
  });
});

describe("field descriptions in the zod schemas", () => {
  it("are readable at run time, once per field", () => {
    expect(AnnualReportSchema.shape.reporterKind.description).toBe(
      "Rapportörstyp (reporterKind): municipality (kommun), agency (myndighet), region or county-administrative-board (länsstyrelse).",
    );
    expect(ActivitySchema.shape.period.description).toBe("Period (period): when the activity runs.");
    expect(PeriodSchema.shape.from.description).toBe("Från och med (from): the first day of the period, inclusive (YYYY-MM-DD).");
  });

  it("do not change what validates", () => {
    expect(PeriodSchema.safeParse({ from: "2012-01-01", to: "2011-12-31" }).success).toBe(false);
    expect(ActivitySchema.shape.period.safeParse({ from: "2012-01-01", to: "2011-12-31" }).success).toBe(false);
  });
});
