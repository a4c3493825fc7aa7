/**
 * The payload reference: one Markdown page per kind of
 * `@romsk-inkludering/model` (docs/payloads/<kind>.md) and an index page,
 * generated from the JSON Schemas that `toJsonSchema` makes from the zod
 * schemas, so the field descriptions are written once, in the schemas.
 *
 * Each page has the kind's description, a link to its JSON Schema (copied
 * beside the pages, docs/payloads/schemas/<kind>.schema.json, and shipped in
 * the package), a table of every field (path, type, required, constraints,
 * description, the checks only the zod schema makes) and an example payload
 * that validates (the first valid test fixture of the kind; the generator
 * fails if it does not validate).
 *
 * A field whose value is a whole payload of another kind (an annual
 * report's activities are activities) links to that kind's page instead of
 * repeating its fields.
 *
 * `pnpm run docs` runs this before TypeDoc (typedoc.json lists
 * docs/payloads/*.md); the pages are build output (git-ignored), so they
 * cannot go stale. Usage: `node --import tsx scripts/payload-reference.ts`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  JSON_SCHEMA_BASE_URI,
  kinds,
  serializeJsonSchema,
  toJsonSchema,
  validate,
  type JsonSchemaDocument,
  type Kind,
} from "@romsk-inkludering/model";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** Where the pages are written. */
export const PAYLOADS_DIR = join(ROOT, "docs", "payloads");
const FIXTURES_DIR = join(ROOT, "packages", "model", "test", "fixtures", "valid");

/** The sentence `toJsonSchema` puts before the checks a JSON Schema cannot make. */
export const ZOD_ONLY_PREFIX = "Also checked by the zod schema, not by this JSON Schema: ";

type Node = Record<string, unknown>;

/** One row of a kind's field table. */
export interface FieldRow {
  /** The field's path: `a.b`, `list[].c`; a variant of a union adds `(kind = "x")`. */
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly constraints: readonly string[];
  readonly description: string;
  /** The checks only the zod schema makes on this field. */
  readonly zodOnly: string;
  /** When the field holds whole payloads of another kind: that kind. */
  readonly kind?: Kind;
}

const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

/** The parts of a schema that say what an object is (its shape, without words). */
function shape(node: Node): string {
  return JSON.stringify({ type: node["type"], properties: node["properties"], required: node["required"] ?? [] }, (key, value: unknown) =>
    key === "description" ? undefined : value,
  );
}

let shapes: Map<string, Kind> | undefined;
/** The kind whose whole payload `node` is, if any. */
function kindOf(node: Node, self: Kind): Kind | undefined {
  if (shapes === undefined) {
    shapes = new Map();
    for (const kind of kinds) shapes.set(shape(toJsonSchema(kind)), kind);
  }
  if (node["type"] !== "object" || !isNode(node["properties"])) return undefined;
  const kind = shapes.get(shape(node));
  return kind === self ? undefined : kind;
}

/** Known patterns, named instead of printed. */
const PATTERN_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\^\(\?:\(\?:19\|20\|21\)/, "a real calendar date YYYY-MM-DD, 1900–2200"],
  [/^\^\[a-z0-9\]\+\(\?:\[-\.\]\[a-z0-9\]\+\)\*\$$/, "kebab-case id, e.g. municipality-2180"],
];

function patternText(pattern: string): string {
  for (const [re, name] of PATTERN_NAMES) if (re.test(pattern)) return name;
  return `pattern \`${pattern}\``;
}

function splitDescription(description: unknown): { description: string; zodOnly: string } {
  const text = typeof description === "string" ? description : "";
  const at = text.indexOf(ZOD_ONLY_PREFIX);
  if (at < 0) return { description: text, zodOnly: "" };
  return { description: text.slice(0, at).trim(), zodOnly: text.slice(at + ZOD_ONLY_PREFIX.length).trim() };
}

/** A short type for a schema node: `string`, `integer`, `array of object`, `"a" \| "b"`. */
function typeText(node: Node): string {
  if ("const" in node) return JSON.stringify(node["const"]);
  if (Array.isArray(node["enum"])) return (node["enum"] as unknown[]).map((v) => JSON.stringify(v)).join(" \\| ");
  const variants = (node["anyOf"] ?? node["oneOf"]) as unknown;
  if (Array.isArray(variants)) {
    const parts = variants.filter(isNode).map((v) => typeText(v));
    return `one of: ${[...new Set(parts)].join(", ")}`;
  }
  const type = node["type"];
  if (type === "array") return isNode(node["items"]) ? `array of ${typeText(node["items"])}` : "array";
  if (Array.isArray(type)) return type.join(" \\| ");
  if (type === "object" && isNode(node["additionalProperties"]) && !isNode(node["properties"])) {
    return `object (any keys) of ${typeText(node["additionalProperties"]) || "JSON values"}`;
  }
  if (typeof type === "string") return type;
  return "any JSON value";
}

function constraintsOf(node: Node): string[] {
  const out: string[] = [];
  const n = (key: string) => (typeof node[key] === "number" ? (node[key] as number) : undefined);
  const range = (min: number | undefined, max: number | undefined, unit: string): string | undefined => {
    if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}${unit}` : `${min}–${max}${unit}`;
    if (min !== undefined) return min === 0 && unit !== "" ? undefined : `at least ${min}${unit}`;
    if (max !== undefined) return `at most ${max}${unit}`;
    return undefined;
  };
  const text = range(n("minLength"), n("maxLength"), " characters");
  if (text !== undefined) out.push(text);
  const value = range(n("minimum"), n("maximum"), "");
  if (value !== undefined) out.push(value);
  if (n("exclusiveMinimum") !== undefined) out.push(`greater than ${n("exclusiveMinimum")}`);
  if (n("exclusiveMaximum") !== undefined) out.push(`less than ${n("exclusiveMaximum")}`);
  const items = range(n("minItems"), n("maxItems"), " items");
  if (items !== undefined) out.push(items);
  if (typeof node["pattern"] === "string") out.push(patternText(node["pattern"]));
  if (typeof node["format"] === "string") out.push(`format ${node["format"]}`);
  if (node["additionalProperties"] === false) out.push("no other fields");
  const each = node["items"];
  if (isNode(each) && node["type"] === "array") {
    for (const c of constraintsOf(each)) if (c !== "no other fields") out.push(`each: ${c}`);
  }
  return out;
}

/** Every field of a kind's JSON Schema, depth first, in the schema's order; a kind whose payload is a list (`scenario-file`) has one row `[]` for its items. */
export function fieldRows(kind: Kind, document: JsonSchemaDocument = toJsonSchema(kind)): FieldRow[] {
  const rows: FieldRow[] = [];
  const visitObject = (node: Node, prefix: string): void => {
    const properties = node["properties"];
    if (!isNode(properties)) return;
    const required = new Set(Array.isArray(node["required"]) ? (node["required"] as string[]) : []);
    for (const [name, value] of Object.entries(properties)) {
      if (!isNode(value)) continue;
      const path = `${prefix}${name}`;
      const linked = kindOf(value, kind) ?? (isNode(value["items"]) ? kindOf(value["items"], kind) : undefined);
      const { description, zodOnly } = splitDescription(value["description"]);
      rows.push({
        path,
        type: typeText(value),
        required: required.has(name),
        constraints: constraintsOf(value),
        description,
        zodOnly,
        ...(linked === undefined ? {} : { kind: linked }),
      });
      if (linked === undefined) visitValue(value, path);
    }
  };
  const visitValue = (node: Node, path: string): void => {
    if (isNode(node["items"])) {
      visitValue(node["items"], `${path}[]`);
      return;
    }
    const variants = (node["anyOf"] ?? node["oneOf"]) as unknown;
    if (Array.isArray(variants)) {
      for (const variant of variants.filter(isNode)) {
        const tag = Object.entries(isNode(variant["properties"]) ? variant["properties"] : {}).find(([, p]) => isNode(p) && "const" in p);
        const label = tag === undefined ? "" : ` (${tag[0]} = ${JSON.stringify((tag[1] as Node)["const"])})`;
        visitObject(variant, `${path}${label}.`);
      }
      return;
    }
    visitObject(node, `${path}.`);
  };
  const root = document as unknown as Node;
  const items = root["items"];
  if (root["type"] === "array" && isNode(items)) {
    // A payload that is a list (a scenario file): one row for its items.
    const linked = kindOf(items, kind);
    const { description, zodOnly } = splitDescription(items["description"]);
    rows.push({ path: "[]", type: typeText(root), required: true, constraints: constraintsOf(root), description, zodOnly, ...(linked === undefined ? {} : { kind: linked }) });
    if (linked === undefined) visitValue(items, "[]");
    return rows;
  }
  visitObject(root, "");
  return rows;
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Descriptions are plain text with `code` spans; escape table pipes only outside code spans where needed. */
function prose(text: string): string {
  return cell(text);
}

/** The name of a kind's page file. */
export const pageFile = (kind: Kind): string => `${kind}.md`;

/** The first valid test fixture of a kind, checked with `validate`. */
export function examplePayload(kind: Kind): unknown {
  const dir = join(FIXTURES_DIR, kind);
  const file = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()[0];
  if (file === undefined) throw new Error(`payload-reference: no valid fixture for ${kind} in ${dir}`);
  const data = JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
  const result = validate(kind, data);
  if (!result.success) {
    throw new Error(`payload-reference: the example of ${kind} (${file}) does not validate: ${JSON.stringify(result.issues)}`);
  }
  return data;
}

/** The Markdown page of one kind. */
export function kindPage(kind: Kind): string {
  const document = toJsonSchema(kind);
  const rows = fieldRows(kind, document);
  const [intro, checks] = document.description.split(" Checked by the zod schema of @romsk-inkludering/model but not by this JSON Schema");
  const lines: string[] = [
    "---",
    `title: ${document.title}`,
    "group: Payloads",
    "---",
    "",
    `# ${document.title} (\`${kind}\`)`,
    "",
    intro ?? document.description,
    "",
    `- **JSON Schema**: [${kind}.schema.json](./schemas/${kind}.schema.json) (draft 2020-12), shipped in the package as`,
    `  \`@romsk-inkludering/model/schemas/${kind}.schema.json\`, \`$id\` \`${JSON_SCHEMA_BASE_URI}${kind}.schema.json\`.`,
    `- **Validate** in TypeScript or JavaScript: \`validate("${kind}", input)\` ({@link @romsk-inkludering/model!validate | validate}); the result lists every issue with its path and a message in Swedish and English.`,
    "",
  ];
  if (checks !== undefined) {
    lines.push(
      "**Checked by the zod schema only** (JSON Schema cannot express these; validate with the package, or repeat them):",
      "",
      ...checks
        .replace(/^[^:]*: /, "")
        .replace(/\.$/, "")
        .split(/; (?=\[)/)
        .map((c) => `- ${c}`),
      "",
    );
  }
  lines.push(
    "## Fields",
    "",
    `${rows.length} ${rows.length === 1 ? "field" : "fields"}. A path \`a[].b\` is the field \`b\` of each item of the list \`a\`; \`(kind = "x")\` marks a field of one variant of a union. Every object rejects fields it does not list.`,
    "",
    "| Field | Type | Required | Constraints | Description | Checked by zod only |",
    "| --- | --- | --- | --- | --- | --- |",
  );
  for (const row of rows) {
    const description = row.kind === undefined ? prose(row.description) : `${prose(row.description)} Each item is a whole [${row.kind}](./${pageFile(row.kind)}) payload.`;
    lines.push(
      `| \`${cell(row.path)}\` | ${row.kind === undefined ? row.type : `${row.type.startsWith("array") ? "array of " : ""}[${row.kind}](./${pageFile(row.kind)})`} | ${row.required ? "yes" : "no"} | ${cell(row.constraints.join("; "))} | ${description} | ${prose(row.zodOnly)} |`,
    );
  }
  lines.push(
    "",
    "## Example",
    "",
    "A payload that validates (from the package's test fixtures):",
    "",
    "```json",
    JSON.stringify(examplePayload(kind), null, 2),
    "```",
    "",
  );
  return lines.join("\n");
}

/** The index page: every kind with its description and field count. */
export function indexPage(): string {
  const lines = [
    "---",
    "title: Payload reference",
    "children:",
    ...kinds.map((kind) => `  - ./${pageFile(kind)}`),
    "---",
    "",
    "# Payload reference",
    "",
    "The shape of every payload kind of `@romsk-inkludering/model`, field by field, generated from the zod schemas",
    "and their JSON Schemas (so this page and the schemas cannot disagree). Each page links to the kind's JSON",
    "Schema file and shows an example that validates. Validate a payload with `validate(kind, input)`",
    "({@link @romsk-inkludering/model!validate | validate}), or with the JSON Schema in any language",
    "(see the [validating payloads guide](../validating-payloads.md)).",
    "",
    "| Kind | Fields | What it is |",
    "| --- | --- | --- |",
  ];
  for (const kind of kinds) {
    const document = toJsonSchema(kind);
    const intro = document.description.split(" Checked by the zod schema")[0]?.split(" This JSON Schema checks")[0] ?? "";
    lines.push(`| [${kind}](./${pageFile(kind)}) | ${fieldRows(kind, document).length} | ${cell(intro)} |`);
  }
  lines.push("");
  return lines.join("\n");
}

/** Every generated file: path relative to docs/payloads -> contents. */
export function payloadReference(): Map<string, string> {
  const files = new Map<string, string>();
  files.set("index.md", indexPage());
  for (const kind of kinds) {
    files.set(pageFile(kind), kindPage(kind));
    files.set(`schemas/${kind}.schema.json`, serializeJsonSchema(toJsonSchema(kind)));
  }
  return files;
}

/** Writes the reference to docs/payloads (removing what was there). */
export function writePayloadReference(dir: string = PAYLOADS_DIR): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "schemas"), { recursive: true });
  const files = payloadReference();
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.size;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = writePayloadReference();
  console.log(`payload-reference: wrote ${count} files to docs/payloads/`);
}
