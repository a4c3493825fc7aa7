// Checks the links of the built reference (docs/api, from `pnpm run docs`):
//   - every internal or relative link (href, src) points to a file of the
//     site, and its #fragment, if any, to an element of that page;
//   - no bare auto-link: markdown auto-linking turns text such as
//     "FACTS.md" or "JsonSchema.Net" into <a href="http://FACTS.md">, a link
//     to a host that is not meant; such a link (an http(s) link whose text is
//     its own address without the scheme) is an error: write the name as
//     `code`, or link it explicitly.
// External links are not fetched (CI is offline). Prints every problem and
// exits 1 when there is one.
//   node scripts/docs-links.mjs [site-folder]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The HTML files under a folder, sorted. */
function htmlFiles(root) {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html"))
    .sort()
    .map((name) => join(root, name));
}

const decode = (text) =>
  text
    .replace(/<[^>]*>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();

/** The links of an HTML page: `{ attr, url, text }` for every href and src. */
export function linksOf(html) {
  const out = [];
  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
    const href = /\shref="([^"]*)"/i.exec(m[1])?.[1];
    if (href !== undefined) out.push({ attr: "href", url: href.replace(/&amp;/g, "&"), text: decode(m[2]) });
  }
  for (const m of html.matchAll(/<(?:link|script|img|source|iframe)\b[^>]*\s(?:href|src)="([^"]*)"/gi)) {
    out.push({ attr: "src", url: m[1].replace(/&amp;/g, "&"), text: "" });
  }
  return out;
}

/** The ids (and names) a page's fragments can point to. */
function anchorsOf(html) {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/gi)].map((m) => m[1]));
}

/** True when a link is a bare auto-link: an http(s) link whose text is its own address without the scheme. */
export function isBareAutoLink({ url, text }) {
  const m = /^https?:\/\/(.*)$/i.exec(url);
  if (m === null || text === "") return false;
  const bare = m[1].replace(/\/$/, "");
  return text.replace(/\/$/, "") === bare && !/^https?:\/\//i.test(text);
}

/**
 * Every link problem of the site under `root`, as sentences
 * (`page: problem`), sorted; [] when there is none.
 */
export function checkSite(root) {
  const site = resolve(root);
  const problems = [];
  const pages = htmlFiles(site);
  const anchors = new Map();
  const anchorsOfFile = (file) => {
    if (!anchors.has(file)) anchors.set(file, anchorsOf(readFileSync(file, "utf8")));
    return anchors.get(file);
  };
  for (const page of pages) {
    const where = relative(site, page).split(sep).join("/");
    const html = readFileSync(page, "utf8");
    for (const link of linksOf(html)) {
      const { url } = link;
      if (url === "" || url.startsWith("javascript:")) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) {
        if (isBareAutoLink(link)) problems.push(`${where}: bare auto-link ${url} (from the text "${link.text}"): write it as \`code\` or link it explicitly`);
        continue;
      }
      const [pathPart, fragment] = url.split("#", 2);
      const path = decodeURIComponent((pathPart ?? "").split("?")[0] ?? "");
      let target = path === "" ? page : resolve(dirname(page), path);
      if (!target.startsWith(site)) {
        problems.push(`${where}: ${url} points outside the site`);
        continue;
      }
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
      if (!existsSync(target)) {
        problems.push(`${where}: ${url} does not exist`);
        continue;
      }
      if (fragment !== undefined && fragment !== "" && target.endsWith(".html")) {
        const id = decodeURIComponent(fragment);
        if (!anchorsOfFile(target).has(id)) problems.push(`${where}: ${url}: no element with id "${id}" in ${relative(site, target).split(sep).join("/")}`);
      }
    }
  }
  return [...new Set(problems)].sort();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? fileURLToPath(new URL("../docs/api/", import.meta.url));
  if (!existsSync(join(root, "index.html"))) {
    console.error(`docs-links: ${join(root, "index.html")} is missing: run \`pnpm run docs\` first`);
    process.exit(1);
  }
  const pages = htmlFiles(root).length;
  const problems = checkSite(root);
  for (const problem of problems) console.error(`docs-links: ${problem}`);
  console.log(`docs-links: ${pages} pages, ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
