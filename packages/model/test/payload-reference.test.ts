/**
 * The payload reference of the docs site (scripts/payload-reference.ts):
 * a page for every kind that lists every field of the kind's JSON Schema,
 * links to the schema file, and shows an example that validates.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kinds, serializeJsonSchema, toJsonSchema, validate, type Kind } from "@romsk-inkludering/model";
import { examplePayload, payloadReference } from "../../../scripts/payload-reference.js";

const files = payloadReference();

/** Every property path of a JSON Schema (`a`, `a[].b`), union variants merged. */
function propertyPaths(node: unknown, path = ""): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => propertyPaths(n, path));
  if (typeof node !== "object" || node === null) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && typeof value === "object" && value !== null) {
      for (const [name, schema] of Object.entries(value as Record<string, unknown>)) {
        const here = path === "" ? name : `${path}.${name}`;
        out.push(here, ...propertyPaths(schema, here));
      }
    } else {
      out.push(...propertyPaths(value, key === "items" ? `${path}[]` : path));
    }
  }
  return [...new Set(out)];
}

interface Row {
  readonly path: string;
  readonly linkedKind: string | undefined;
}

/** The rows of a page's field table: the path (variant labels dropped) and the kind it links to, if any. */
function tableRows(page: string): Row[] {
  return page
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const path = (/^\| `([^`]+)`/.exec(line)?.[1] ?? "").replace(/ \([a-zA-Z]+ = "[^"]*"\)/g, "");
      const type = line.split(" | ")[1] ?? "";
      const linkedKind = /\[([a-z-]+)\]\(\.\/[a-z-]+\.md\)/.exec(type)?.[1];
      return { path, linkedKind };
    });
}

describe("the payload reference", () => {
  it("has an index and, for every kind, a page and its JSON Schema file", () => {
    expect([...files.keys()].sort()).toEqual(
      ["index.md", ...kinds.flatMap((kind) => [`${kind}.md`, `schemas/${kind}.schema.json`])].sort(),
    );
    const index = files.get("index.md") ?? "";
    for (const kind of kinds) expect(index).toContain(`| [${kind}](./${kind}.md) |`);
  });

  it.each(kinds.map((kind) => [kind] as const))("lists every field of the %s JSON Schema", (kind: Kind) => {
    const rows = tableRows(files.get(`${kind}.md`) ?? "");
    const listed = new Set(rows.map((r) => r.path));
    const linked = rows.filter((r) => r.linkedKind !== undefined).map((r) => r.path);
    const missing = propertyPaths(toJsonSchema(kind)).filter(
      (path) => !listed.has(path) && !linked.some((l) => path.startsWith(`${l}.`) || path.startsWith(`${l}[]`)),
    );
    expect(missing).toEqual([]);
    // A field of another kind's payload is documented on that kind's page, which exists.
    for (const row of rows) if (row.linkedKind !== undefined) expect(kinds).toContain(row.linkedKind);
  });

  it("describes every field in the table", () => {
    for (const kind of kinds) {
      const rows = (files.get(`${kind}.md`) ?? "").split("\n").filter((line) => line.startsWith("| `"));
      const undescribed = rows.filter((line) => !/\| [^|]+ \([A-Za-z]+\): /.test(line));
      expect(undescribed, kind).toEqual([]);
    }
  });

  it("links each page to the kind's JSON Schema, which equals the shipped one", () => {
    for (const kind of kinds) {
      expect(files.get(`${kind}.md`)).toContain(`[${kind}.schema.json](./schemas/${kind}.schema.json)`);
      expect(files.get(`schemas/${kind}.schema.json`)).toBe(serializeJsonSchema(toJsonSchema(kind)));
    }
  });

  it("shows an example for every kind that validates", () => {
    for (const kind of kinds) {
      const page = files.get(`${kind}.md`) ?? "";
      const json = /## Example\n\n[^\n]*\n\n```json\n([\s\S]*?)\n```/.exec(page)?.[1];
      expect(json, kind).toBeDefined();
      const example = JSON.parse(json ?? "null") as unknown;
      expect(example).toEqual(examplePayload(kind));
      expect(validate(kind, example).success, kind).toBe(true);
    }
  });

  it("names the zod-only checks of a field beside it", () => {
    const activity = files.get("activity.md") ?? "";
    const period = activity.split("\n").find((line) => line.startsWith("| `period` |")) ?? "";
    expect(period).toContain("| Period (period): when the activity runs. | a period's `to` must not be before its `from`. |");
  });

  it("is built with the docs site (pnpm run docs) and included in it", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> };
    // The rule reference (scripts/rule-reference.ts) is generated between the two.
    expect(pkg.scripts["docs"]).toBe("node --import tsx scripts/payload-reference.ts && node --import tsx scripts/rule-reference.ts && typedoc");
    const typedoc = JSON.parse(readFileSync(new URL("../../../typedoc.json", import.meta.url), "utf8")) as { projectDocuments: string[] };
    expect(typedoc.projectDocuments).toContain("docs/payloads/index.md");
  });
});
