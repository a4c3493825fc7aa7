// The floor for `romsk validate` on NDJSON: read the file line by line and
// JSON.parse each line, nothing else. Prints the number of records.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

let records = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line.trim() === "") continue;
  JSON.parse(line);
  records += 1;
}
process.stdout.write(`${records} records\n`);
