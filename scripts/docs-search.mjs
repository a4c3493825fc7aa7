// Checks how the built reference's search ranks results (docs/api, from
// `pnpm run docs`), the way the site's search box does: the lunr index of
// assets/search.js queried with `*word*` per word, each score multiplied by
// the theme's name-prefix boost, sorted, the first ten shown. typedoc.json's
// searchGroupBoosts put functions and guides before properties and
// interfaces; this script checks that for the queries below and prints the
// first results of each. Exit 1 when a query's expectations fail.
//   node scripts/docs-search.mjs [site-folder]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inflateSync } from "node:zlib";

const require = createRequire(import.meta.url);
// lunr is TypeDoc's own search engine: load the copy TypeDoc uses.
const lunr = createRequire(require.resolve("typedoc"))("lunr");

/** The site's search data: `{ rows, index }`. */
export function loadSearch(root) {
  const js = readFileSync(join(root, "assets", "search.js"), "utf8");
  const base64 = /window\.searchData = "([^"]*)"/.exec(js)?.[1];
  if (base64 === undefined) throw new Error(`no search data in ${join(root, "assets", "search.js")}`);
  const data = JSON.parse(inflateSync(Buffer.from(base64, "base64")).toString("utf8"));
  return { rows: data.rows, index: lunr.Index.load(data.index) };
}

/** The first ten results for a query, as the search box shows them: `{ name, kind, url, score }`. */
export function search({ rows, index }, text) {
  const query = text
    .trim()
    .split(" ")
    .map((word) => (word.length ? `*${word}*` : ""))
    .join(" ");
  const results = index.search(query).map((result) => {
    const row = rows[Number(result.ref)];
    let boost = 1;
    if (row.name.toLowerCase().startsWith(text.toLowerCase())) boost *= 10 / (1 + Math.abs(row.name.length - text.length));
    return { name: row.name, kind: row.kind, url: row.url, score: result.score * boost };
  });
  return results.sort((a, b) => b.score - a.score).slice(0, 10);
}

// TypeDoc's ReflectionKind values of the rows.
export const KIND = { Function: 64, Document: 8388608, Property: 1024, Interface: 256 };

/** What a few searches must find near the top: query -> [names that must be in the first `within`]. */
export const EXPECTATIONS = [
  { query: "deadline", within: 5, names: ["statutoryDeadline", "Computing deadlines"] },
  { query: "statutoryDeadline", within: 1, names: ["statutoryDeadline"] },
  { query: "validate", within: 3, names: ["validate"] },
  { query: "suppression", within: 5, names: ["Reports and suppression"] },
];

/** The problems of the site's search ranking ([] when none), and what each query shows. */
export function checkSearch(root) {
  const data = loadSearch(root);
  const problems = [];
  const shown = [];
  for (const { query, within, names } of EXPECTATIONS) {
    const top = search(data, query);
    shown.push(`${query}: ${top.slice(0, 5).map((r) => r.name).join(", ")}`);
    const first = top.slice(0, within).map((r) => r.name);
    for (const name of names) if (!first.includes(name)) problems.push(`"${query}": ${name} is not among the first ${within} (${first.join(", ")})`);
    const leader = top[0];
    if (leader !== undefined && leader.kind !== KIND.Function && leader.kind !== KIND.Document) {
      problems.push(`"${query}": the first result is ${leader.name} (kind ${leader.kind}), not a function or a guide`);
    }
  }
  return { problems, shown };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? fileURLToPath(new URL("../docs/api/", import.meta.url));
  const { problems, shown } = checkSearch(root);
  for (const line of shown) console.log(`docs-search: ${line}`);
  for (const problem of problems) console.error(`docs-search: ${problem}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
