// The main job: a tour of the real catalog through the built sdk.
import { readFileSync } from "node:fs";
import { createClient, renderMarkdown } from "../packages/sdk/dist/index.js";

const client = createClient({ asOf: "2018-05-02" });
console.log("Deliverables 2012–2024 in the catalog:");
for (const d of client.deadlines({ from: "2012-01-01", to: "2024-12-31" })) {
  console.log(`  ${d.due}  ${d.commissionId}  ${d.deliverableId}`);
}
const reports = readFileSync(new URL("../examples/data/annual-reports-2017.ndjson", import.meta.url), "utf8")
  .split("\n").filter(Boolean).map((line) => JSON.parse(line));
console.log(renderMarkdown(client.aggregate(reports, { year: 2017 }), { lang: "en" }));
