/**
 * Writes the JSON Schema of every payload kind and output kind to
 * `schemas/<kind>.schema.json`, generated from the zod schemas by
 * `toJsonSchemas()` and `toOutputJsonSchemas()` (run by the package's
 * `build` script after tsup). Stale files are removed first.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serializeJsonSchema, toJsonSchemas, toOutputJsonSchemas } from "../src/json-schema.js";

const outDir = fileURLToPath(new URL("../schemas/", import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) {
  if (file.endsWith(".schema.json")) rmSync(`${outDir}${file}`);
}
const documents = { ...toJsonSchemas(), ...toOutputJsonSchemas() };
for (const [kind, document] of Object.entries(documents)) {
  writeFileSync(`${outDir}${kind}.schema.json`, serializeJsonSchema(document));
}
console.log(`model: wrote ${Object.keys(documents).length} JSON Schemas (payloads and outputs) to schemas/`);
