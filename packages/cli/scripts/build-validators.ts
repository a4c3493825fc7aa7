/**
 * Compiles the model's shipped JSON Schemas (`@romsk-inkludering/model/schemas/<kind>.schema.json`,
 * written by the model's build) into standalone validators, one minified
 * ES module per payload kind in `generated/<kind>.js`, with ajv's
 * standalone code generation and esbuild (the one ajv runtime helper they
 * use, for string lengths in code points, inside each). Run by the
 * package's `build` script before tsup, which does not bundle them: the
 * package ships `generated/` beside `dist/`, and src/fast.ts loads a
 * kind's module by path, from the ESM and the CJS build alike, only when
 * `romsk validate <kind>` runs.
 *
 * The validators are the first half of `romsk validate`'s fast path for
 * valid records (src/fast.ts): they run the zod-only object refinements
 * where a node declares the fields a rule reads, with the checks src/fast.ts
 * gives them at load, and whatever they or its walk doubt goes to the
 * model's `validate`, which says what is wrong. Annotations (`title`,
 * `description`, …) are dropped before compiling: they do not change a
 * verdict, and the validators would carry every field's text otherwise.
 * The files are not committed: they follow the schemas of the build they
 * come from, so they cannot go stale.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { _, Ajv2020, type KeywordCxt } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { kinds } from "@romsk-inkludering/model";
import { LIST_IDS, REFINED_FIELDS } from "../src/fast.js";
import { MAX_DEPTH, refinementNotes } from "@romsk-inkludering/model/scan";

const require = createRequire(import.meta.url);
// esbuild is tsup's own (the version tsup bundles the rest of the cli with).
const esbuild = createRequire(require.resolve("tsup"))("esbuild") as {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
};
const packageDir = fileURLToPath(new URL("../", import.meta.url));
const outDir = fileURLToPath(new URL("../generated/", import.meta.url));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

type Schema = Record<string, unknown>;
const ANNOTATIONS = new Set(["title", "description", "examples", "$comment", "default", "deprecated", "readOnly", "writeOnly"]);
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_ONE = ["items", "additionalProperties", "propertyNames", "contains", "not", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems"];

/**
 * The keyword the validators scan free text with: the model's own
 * `containsPersonalData` (the three detectors of its `FreeTextSchema` and
 * `ShortTextSchema`), given to the module at load by the fast path
 * (`prepare`, from the model's zod-free entry, which the fast path loads
 * anyway: the validator itself imports nothing). It goes on every string
 * without a pattern, enum or constant (the model's guarded texts have
 * none), in a kind whose schema lists the checks.
 */
const PERSONAL_DATA = "romskPersonalData";
const PERSONAL_DATA_CODES = ["personal-identity-number", "email-address", "phone-number"];
/** What ajv keeps in scope for the keywords while compiling (the generated code names the module's own holder instead). */
const preparedAtBuild = {};

/**
 * The keyword that checks the zod-only object refinements in the
 * validator itself, at every schema node that declares the fields a
 * refinement of the kind reads (`REFINED_FIELDS` of src/fast.ts, the
 * fields its walk would look at): a closed schema accepts an object only
 * through a node that declares its keys, so every object the walk would
 * check is checked there, and no walk over the record is needed. The
 * check itself is the fast path's (`checkHere`, with the model's
 * predicates), given to the module at load (`useRefinementChecks`): until
 * then the keyword doubts every value.
 */
const REFINED = "romskRefined";

/** Places {@link REFINED} with the kind's object refinement `codes` on every node that declares the fields they read (in place; `$defs` too). */
function placeRefinements(schema: unknown, codes: readonly string[]): void {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return;
  const node = schema as Schema;
  const declared = (s: unknown): string[] => (typeof s === "object" && s !== null && typeof (s as Schema)["properties"] === "object" ? Object.keys((s as Schema)["properties"] as Schema) : []);
  const keys = declared(node);
  const here = codes.filter((code) => (REFINED_FIELDS[code] ?? []).some((set) => set.every((key) => keys.includes(key))));
  if (codes.includes("duplicate-id") && !here.includes("duplicate-id") && declared(node["items"]).some((key) => LIST_IDS.includes(key))) here.push("duplicate-id");
  if (here.length > 0) node[REFINED] = here.sort();
  for (const child of children(node)) placeRefinements(child.get(), codes);
  for (const def of Object.values((node["$defs"] as Schema | undefined) ?? {})) placeRefinements(def, codes);
}

/**
 * A schema without annotations, walked keyword by keyword (a property named
 * `description` stays); with `texts`, free strings get {@link PERSONAL_DATA}.
 */
function withoutAnnotations(schema: unknown, texts = false): unknown {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  const out: Schema = {};
  const node = schema as Schema;
  const types = ([] as unknown[]).concat(node["type"] ?? []);
  if (texts && types.includes("string") && node["pattern"] === undefined && node["enum"] === undefined && node["const"] === undefined) out[PERSONAL_DATA] = true;
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.includes(key) && typeof value === "object" && value !== null) {
      out[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, sub]) => [name, withoutAnnotations(sub, texts)]));
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((sub) => withoutAnnotations(sub, texts));
    } else if (SCHEMA_ONE.includes(key)) {
      out[key] = withoutAnnotations(value, texts);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The subschemas of a schema, with a way to replace each (keyword-aware, like {@link withoutAnnotations}). */
function children(schema: Schema): { get: () => unknown; set: (value: unknown) => void }[] {
  const out: { get: () => unknown; set: (value: unknown) => void }[] = [];
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    if (typeof value !== "object" || value === null) continue;
    if (SCHEMA_MAPS.includes(key) && key !== "$defs" && key !== "definitions") {
      const map = value as Schema;
      for (const name of Object.keys(map)) out.push({ get: () => map[name], set: (v) => (map[name] = v) });
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      value.forEach((_, i) => out.push({ get: () => value[i], set: (v) => (value[i] = v) }));
    } else if (SCHEMA_ONE.includes(key)) {
      out.push({ get: () => schema[key], set: (v) => (schema[key] = v) });
    }
  }
  return out;
}

/**
 * The schemas inline every shared piece (sources, bilingual texts,
 * effective-dated names) wherever it is used, and ajv would compile each
 * copy: a subschema that occurs more than once becomes one `$defs` entry
 * that every place refers to (`$ref`), compiled once. The verdicts do not
 * change: a `$ref` to an identical schema validates the same. A large
 * subschema becomes a `$defs` entry too, even when it occurs once: it is
 * then a function of its own, which V8 optimises only when it runs (a
 * report's empty lists of consultations or problems never do), instead of
 * one function the size of the whole kind.
 */
const LARGE = 400;

function shareRepeated(root: Schema): Schema {
  const counts = new Map<string, number>();
  const countAll = (schema: unknown): void => {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return;
    const key = JSON.stringify(schema);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const child of children(schema as Schema)) countAll(child.get());
  };
  countAll(root);
  const defs: Schema = { ...((root["$defs"] as Schema | undefined) ?? {}) };
  const names = new Map<string, string>();
  const visit = (schema: Schema): void => {
    const branches = schema["discriminator"] === undefined ? undefined : schema["oneOf"];
    for (const child of children(schema)) {
      const sub = child.get();
      if (typeof sub !== "object" || sub === null || Array.isArray(sub)) continue;
      const key = JSON.stringify(sub);
      // A discriminated oneOf's branches stay in place (ajv reads their tags there).
      const branch = Array.isArray(branches) && branches.includes(sub);
      if (!branch && (((counts.get(key) ?? 0) > 1 && key.length > 80) || key.length > LARGE)) {
        let name = names.get(key);
        if (name === undefined) {
          name = `shared${names.size}`;
          names.set(key, name);
          const body = JSON.parse(key) as Schema;
          visit(body);
          defs[name] = body;
        }
        child.set({ $ref: `#/$defs/${name}` });
      } else {
        visit(sub as Schema);
      }
    }
  };
  visit(root);
  for (const name of Object.keys(defs)) if (!names.has(name) && root["$defs"] !== undefined) visit(defs[name] as Schema);
  return names.size === 0 ? root : { ...root, $defs: defs };
}

/**
 * A `oneOf` whose branches are objects told apart by a property with a
 * constant string (`{ kind: "yearly", … } | { kind: "date", … }`, what a
 * zod discriminated union becomes) gets ajv's `discriminator`: the branch
 * is picked by that property instead of trying every branch, which is most
 * of a validator's time on small records. The same verdicts: at most one
 * branch can match (their constants differ), a value without a known tag
 * matches none, and `type: "object"` keeps non-objects out as the branches
 * did.
 */
function discriminate(schema: unknown): unknown {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  const node = schema as Schema;
  for (const child of children(node)) child.set(discriminate(child.get()));
  const branches = node["oneOf"];
  if (!Array.isArray(branches) || branches.length < 2 || node["discriminator"] !== undefined) return node;
  if (node["type"] !== undefined && node["type"] !== "object") return node;
  const tagOf = (branch: unknown, name: string): string | undefined => {
    if (typeof branch !== "object" || branch === null) return undefined;
    const b = branch as Schema;
    const property = (b["properties"] as Schema | undefined)?.[name] as Schema | undefined;
    const tag = property?.["const"];
    const required = b["required"];
    return b["type"] === "object" && typeof tag === "string" && Array.isArray(required) && required.includes(name) ? tag : undefined;
  };
  const first = branches[0] as Schema;
  for (const name of Object.keys((first["properties"] as Schema | undefined) ?? {})) {
    const tags = branches.map((b) => tagOf(b, name));
    if (tags.every((t) => t !== undefined) && new Set(tags).size === tags.length) {
      return { ...node, type: "object", discriminator: { propertyName: name } };
    }
  }
  return node;
}

/**
 * Whether a schema lets a value nest without a bound the schema sets: a
 * `$ref` (possibly recursive), a subschema that allows anything, an object
 * open to unknown keys of any kind, an array of anything. Only such a
 * kind needs the fast path's walk for the model's depth and size limits.
 */
function isOpen(schema: unknown): boolean {
  if (schema === true) return true;
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return false;
  const node = schema as Schema;
  if (node["$ref"] !== undefined) return true;
  const constrained = ["type", "const", "enum", "oneOf", "anyOf", "allOf"].some((k) => node[k] !== undefined);
  if (!constrained) return true;
  const types = ([] as unknown[]).concat(node["type"] ?? []);
  if (types.includes("object") && node["additionalProperties"] === undefined) return true;
  if (types.includes("array") && node["items"] === undefined && node["prefixItems"] === undefined) return true;
  return children(node).some((child) => isOpen(child.get()));
}

/** How deep subschemas nest (at least as deep as the values a closed schema accepts). */
function schemaDepth(schema: unknown): number {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return 0;
  return 1 + Math.max(0, ...children(schema as Schema).map((child) => schemaDepth(child.get())));
}

const HELPER = 'require("ajv/dist/runtime/ucs2length")';
for (const kind of kinds) {
  const file = require.resolve(`@romsk-inkludering/model/schemas/${kind}.schema.json`);
  const shipped = JSON.parse(readFileSync(file, "utf8")) as Schema;
  // The zod-only checks of the kind, as the model lists them in the schema's description ("[period-order] …").
  const refinements = [...String(shipped["description"]).matchAll(/\[([a-z-]+)\]/g)].map((m) => m[1] as string);
  const unknown = refinements.filter((code) => !Object.hasOwn(refinementNotes, code));
  if (unknown.length > 0) throw new Error(`build-validators: ${kind} lists checks the fast path does not know: ${unknown.join(", ")}`);
  const texts = refinements.some((code) => PERSONAL_DATA_CODES.includes(code));
  const bare = withoutAnnotations(shipped, texts) as Schema;
  const objectCodes = refinements.filter((code) => !PERSONAL_DATA_CODES.includes(code));
  placeRefinements(bare, objectCodes);
  const open = isOpen(bare);
  // A closed schema bounds how deep its records nest; the fast path relies on that bound being under the model's limit (src/fast.ts).
  if (!open && schemaDepth(bare) >= MAX_DEPTH - 1) throw new Error(`build-validators: ${kind}'s schema nests ${schemaDepth(bare)} deep, as deep as the model's limit`);
  const schema = shareRepeated(discriminate(bare) as Schema);
  // The same options as the model's differential test of its schemas (strict), without error details: only the verdict is read.
  const ajv = new Ajv2020({ strict: true, allErrors: false, discriminator: true, inlineRefs: false, code: { source: true, esm: true, optimize: true } });
  ajv.addKeyword({
    keyword: PERSONAL_DATA,
    type: "string",
    schemaType: "boolean",
    code(cxt: KeywordCxt) {
      const prepared = cxt.gen.scopeValue("obj", { ref: preparedAtBuild, code: _`romskPrepared` });
      cxt.fail(_`${prepared}.containsPersonalData(${cxt.data})`);
    },
  });
  // Each set of codes a node is refined with gets one check, made at load by the fast path (`prepare`).
  const refinementSets: string[][] = [];
  ajv.addKeyword({
    keyword: REFINED,
    schemaType: "array",
    code(cxt: KeywordCxt) {
      const codes = cxt.schema as string[];
      let index = refinementSets.findIndex((set) => set.join() === codes.join());
      if (index === -1) index = refinementSets.push(codes) - 1;
      const prepared = cxt.gen.scopeValue("obj", { ref: preparedAtBuild, code: _`romskPrepared` });
      cxt.fail(_`${prepared}.checks[${index}]?.(${cxt.data}) !== true`);
    },
  });
  let code = standaloneCode(ajv, ajv.compile(schema));
  const needsHelper = code.includes(HELPER);
  code = code.replaceAll(HELPER, "ucs2lengthModule");
  // A string's length in code points is at most its length in UTF-16 units and at least half of it (a code point is one or two units):
  // counted only when neither bound decides (a text of 2 to 2N units, against a bound N).
  const counter = /const (func\d+) = ucs2lengthModule\.default;/.exec(code)?.[1];
  if (counter !== undefined) {
    code = code
      .replace(new RegExp(`\\b${counter}\\((data\\d*)\\) > (\\d+)`, "g"), (_m, data: string, n: string) => `(${data}.length > ${n} && (${data}.length > ${2 * Number(n)} || ${counter}(${data}) > ${n}))`)
      .replace(new RegExp(`\\b${counter}\\((data\\d*)\\) < (\\d+)`, "g"), (_m, data: string, n: string) => `(${data}.length < ${n} || (${data}.length < ${2 * Number(n)} && ${counter}(${data}) < ${n}))`);
  }
  // Only the verdict is read: a call of a subschema's function is given no path to build for errors nobody reads.
  code = code.replace(/instancePath:([^;{}]*?),parentData:/g, 'instancePath:"",parentData:');
  const unexpected = /require\(/.exec(code);
  if (unexpected !== null) throw new Error(`build-validators: the validator of ${kind} requires a module this script does not provide`);
  const helper = needsHelper ? 'import * as ucs2 from "ajv/dist/runtime/ucs2length.js";\nconst ucs2lengthModule = { default: typeof ucs2.default === "function" ? ucs2.default : ucs2.default.default };\n' : "";
  // What the keywords call: nothing until the fast path gives it, so an unprepared validator doubts every record with free text or a refined node.
  const prepare = `const romskPrepared = { containsPersonalData: () => true, checks: [] };\nconst refinementSets = ${JSON.stringify(refinementSets)};\nexport function prepare(given) { romskPrepared.containsPersonalData = given.containsPersonalData; romskPrepared.checks = refinementSets.map((codes) => given.checkHere(codes)); }\n`;
  // Every object refinement the kind lists is placed on some node: the fast path need not look for them with a walk (unless the schema is open).
  const placed = objectCodes.every((c) => refinementSets.some((set) => set.includes(c)));
  const source = `${helper}${prepare}${code.replace(/^"use strict";/, "")}\nexport const open = ${String(open)};\nexport const refinements = ${JSON.stringify(refinements)};\nexport const personalData = ${String(texts && code.includes(".containsPersonalData("))};\nexport const placed = ${String(placed)};\n`;
  // One minified ES module per kind, ajv's helper inside it, importing nothing: one module to load, no source map.
  const bundled = await esbuild.build({
    stdin: { contents: source, resolveDir: packageDir, sourcefile: `${kind}.js`, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "es2022",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const header = `// Generated by scripts/build-validators.ts from @romsk-inkludering/model/schemas/${kind}.schema.json: do not edit.\n`;
  writeFileSync(`${outDir}${kind}.js`, `${header}${bundled.outputFiles[0]?.text ?? ""}`);
}
console.log(`cli: compiled ${kinds.length} validators from the model's JSON Schemas to generated/ (minified)`);
