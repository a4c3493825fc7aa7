// Validates every payload in a folder against the JSON Schemas shipped in
// @romsk-inkludering/model, with ajv: what an integrator does from any
// language with a standard JSON Schema validator. No TypeScript package is
// imported: only the schema files are read.
//
//   node validate-folder.mjs payloads
//
// The folder holds one sub-folder per kind (annual-report/, observation/,
// ...), each with JSON files. Prints one line per file and per problem;
// exits 1 when any file is invalid.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);

/** The path of the shipped JSON Schema of a kind (e.g. "annual-report"). */
export function schemaPath(kind) {
  return require.resolve(`@romsk-inkludering/model/schemas/${kind}.schema.json`);
}

/**
 * Validates each `<folder>/<kind>/*.json` file; returns one entry per file,
 * sorted by kind and file name: `{ kind, file, valid, errors: [{ path, message }] }`.
 */
export function validateFolder(folder) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const results = [];
  for (const kind of readdirSync(folder).sort()) {
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath(kind), "utf8")));
    for (const file of readdirSync(join(folder, kind)).filter((f) => f.endsWith(".json")).sort()) {
      const payload = JSON.parse(readFileSync(join(folder, kind, file), "utf8"));
      const valid = validate(payload);
      const errors = (validate.errors ?? []).map((e) => ({
        path: e.instancePath || "/",
        message: e.keyword === "additionalProperties" ? `unknown key "${e.params.additionalProperty}"` : (e.message ?? e.keyword),
      }));
      results.push({ kind, file, valid, errors });
    }
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? "payloads";
  const results = validateFolder(folder);
  for (const r of results) {
    console.log(`${r.valid ? "valid  " : "INVALID"} ${r.kind}/${r.file}`);
    for (const e of r.errors) console.log(`          ${e.path}: ${e.message}`);
  }
  process.exitCode = results.every((r) => r.valid) ? 0 : 1;
}
