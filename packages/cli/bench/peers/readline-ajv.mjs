// The peer for `romsk validate` on NDJSON: read the file line by line,
// JSON.parse each line and validate it with ajv compiled from the JSON
// Schema the model ships for the kind. Prints the number of valid records.
// Usage: node readline-ajv.mjs <kind> <file> (ajv resolved from the model package).
import { createReadStream, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const require = createRequire(new URL("../../../model/package.json", import.meta.url));
const { Ajv2020 } = require("ajv/dist/2020.js");
const addFormats = require("ajv-formats");
const [kind, file] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats.default ?? addFormats)(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(require.resolve(`@romsk-inkludering/model/schemas/${kind}.schema.json`), "utf8")));

let valid = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line.trim() === "") continue;
  if (validate(JSON.parse(line))) valid += 1;
}
process.stdout.write(`${valid} valid records\n`);
