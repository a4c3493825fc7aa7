/**
 * The READMEs link every exported name they mention to its page in the
 * reference. READMEs are read on GitHub and on npm, where a relative link
 * into the built site (docs/api, not in git) would be dead, so they link to
 * where the site is published, typedoc.json's `hostedBaseUrl` (a placeholder
 * until the repository is public, like the `repository` of every
 * package.json). A mention is a code span that is an exported name, or a
 * call of one (`isWorkday`, `isWorkday(date)`); it is linked to the name's
 * page, or to the member of that name on another page (the client's
 * `check` method: `Client.html#check`), with a reference link whose label
 * is the page's kind folder and the name (and `#member`):
 *
 *   [`isWorkday(date)`][functions/isWorkday] …
 *
 *   <!-- reference-links -->
 *   [functions/isWorkday]: https://…/functions/_romsk-inkludering_calendar.isWorkday.html
 *   <!-- /reference-links -->
 *
 * The block of definitions at the end is written by `--write`, which also
 * links every unlinked mention.
 *
 *   node --import tsx scripts/readme-links.ts               the problems, against the predicted pages
 *   node --import tsx scripts/readme-links.ts --write       link every mention, rewrite the definitions
 *   node --import tsx scripts/readme-links.ts --site DIR    also check against a built site (docs CI)
 *
 * The pages are predicted from the sources (scripts/reference-pages.ts), so
 * the tests check the READMEs without building the docs; with `--site`
 * (docs CI, after `pnpm run docs`) every README link must be a page of the
 * built site, and every predicted page must exist there.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type ReferencePage, referenceBaseUrl, referencePages, ROOT } from "./reference-pages.js";

/** The READMEs whose mentions are checked: the root one and each package's. */
export const README_FILES: readonly string[] = [
  "README.md",
  ...["calendar", "model", "catalog", "rules", "reports", "sdk", "cli"].map((p) => `packages/${p}/README.md`),
];

/**
 * Code spans that name an export but mean something else, by README, with
 * why: they need no link. A package's folder name (`catalog`, `rules`, …)
 * always means the package, in every README.
 */
export const NOT_MENTIONS: Readonly<Record<string, readonly string[]>> = {
  // The commands of `romsk` (`romsk check`), not the rules' function.
  "packages/cli/README.md": ["check"],
  // The sections of the national report (`report.areas`, `report.indicators`), not the catalog's accessors.
  "packages/reports/README.md": ["areas", "indicators"],
};

const PACKAGE_FOLDERS: ReadonlySet<string> = new Set(["calendar", "model", "catalog", "rules", "reports", "sdk", "cli"]);

/** A code span of a README and the link around it, if any. */
export interface Mention {
  /** The exported name the span names. */
  readonly name: string;
  /** The span's text, without the backticks. */
  readonly code: string;
  /** 1-based line of the span. */
  readonly line: number;
  /** Whether the span is the text (or part of the text) of a link. */
  readonly linked: boolean;
  /** The URL of the link around the span; undefined when it is not linked or its label has no definition. */
  readonly url: string | undefined;
  /** Offsets of the span (with its backticks) in the text. */
  readonly start: number;
  readonly end: number;
}

/** The text with every fenced code block's content blanked (offsets kept). */
function withoutFences(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, " "));
}

const normalLabel = (label: string): string => label.trim().replace(/\s+/g, " ").toLowerCase();

/** The link reference definitions of a Markdown text: normalized label → URL. */
export function definitionsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of withoutFences(text).matchAll(/^ {0,3}\[([^\]\n]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]+"[^"\n]*")?[ \t]*$/gm)) {
    const label = normalLabel(m[1] ?? "");
    if (!out.has(label)) out.set(label, m[2] ?? "");
  }
  return out;
}

interface LinkSpan {
  readonly start: number;
  readonly end: number;
  readonly url: string | undefined;
  /** The label of a reference link (full, collapsed or shortcut); undefined for an inline link. */
  readonly label: string | undefined;
}

/** The links of a Markdown text (inline, full, collapsed and shortcut references), with their text's offsets. */
function linksOf(text: string, definitions: ReadonlyMap<string, string>): LinkSpan[] {
  const plain = withoutFences(text);
  const out: LinkSpan[] = [];
  const pattern = /(!?)\[((?:[^[\]`\n]|\n(?!\n)|`[^`]*`)+)\](?:\(([^()\s]*)(?:\s+"[^"]*")?\)|\[([^\]\n]*)\])?/g;
  for (const m of plain.matchAll(pattern)) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0) + 1;
    const end = start + (m[2]?.length ?? 0);
    if (m[3] !== undefined) out.push({ start, end, url: m[3], label: undefined });
    else if (m[4] !== undefined) {
      const label = m[4] === "" ? (m[2] ?? "") : m[4];
      out.push({ start, end, url: definitions.get(normalLabel(label)), label });
    } else {
      // A shortcut reference; "[x]:" at a line's start is a definition, not a link.
      if (plain[(m.index ?? 0) + m[0].length] === ":") continue;
      const label = m[2] ?? "";
      if (definitions.has(normalLabel(label))) out.push({ start, end, url: definitions.get(normalLabel(label)), label });
    }
  }
  return out;
}

/** The pages of every exported name: name → its pages (one per declaration). */
export function pagesByName(pages: readonly ReferencePage[]): Map<string, ReferencePage[]> {
  const out = new Map<string, ReferencePage[]>();
  for (const page of pages) out.set(page.name, [...(out.get(page.name) ?? []), page]);
  return out;
}

/** The code spans of a README that name an export (or call one), with their links. */
export function mentionsOf(file: string, text: string, names: ReadonlySet<string>): Mention[] {
  const plain = withoutFences(text);
  const links = linksOf(text, definitionsOf(text));
  const skip = new Set(NOT_MENTIONS[file] ?? []);
  const out: Mention[] = [];
  for (const m of plain.matchAll(/(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)) {
    const code = (m[2] ?? "").trim();
    const name = /^([A-Za-z_$][\w$]*)(?:\([^`]*\))?$/.exec(code)?.[1];
    if (name === undefined || !names.has(name) || PACKAGE_FOLDERS.has(name) || skip.has(name)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const link = links.find((l) => l.start <= start && end <= l.end);
    out.push({ name, code, line: text.slice(0, start).split("\n").length, linked: link !== undefined, url: link?.url, start, end });
  }
  return out;
}

/**
 * The problems of one README (`file:line: problem`), [] when none: a
 * mention without a link, a mention linked elsewhere than its page, a link
 * into the reference to a page the reference does not have, a reference
 * label without a definition.
 */
export function readmeProblems(file: string, text: string, pages: readonly ReferencePage[], base: string): string[] {
  const byName = pagesByName(pages);
  const known = new Set(pages.map((p) => base + p.path));
  const problems: string[] = [];
  for (const mention of mentionsOf(file, text, new Set(byName.keys()))) {
    const expected = (byName.get(mention.name) ?? []).map((p) => base + p.path);
    // A method or property is linked to its member on a page (`Client.html#check`).
    const [page, fragment] = (mention.url ?? "").split("#", 2);
    const member = fragment === mention.name.toLowerCase() && known.has(page ?? "");
    if (!mention.linked) problems.push(`${file}:${mention.line}: \`${mention.code}\` is not linked to its page in the reference (${expected.join(" or ")})`);
    else if (mention.url !== undefined && !expected.includes(mention.url) && !member) problems.push(`${file}:${mention.line}: \`${mention.code}\` links to ${mention.url}, not to its page ${expected.join(" or ")}`);
  }
  const definitions = definitionsOf(text);
  for (const link of linksOf(text, definitions)) {
    const line = text.slice(0, link.start).split("\n").length;
    if (link.url === undefined) problems.push(`${file}:${line}: the link label [${link.label ?? ""}] has no definition`);
    else if (link.url.startsWith(base) && !known.has(link.url.split("#")[0] ?? "")) problems.push(`${file}:${line}: ${link.url} is not a page of the reference`);
  }
  for (const [label, url] of definitions) {
    if (url.startsWith(base) && !known.has(url.split("#")[0] ?? "")) problems.push(`${file}: [${label}]: ${url} is not a page of the reference`);
  }
  return [...new Set(problems)];
}

const BLOCK_START = "<!-- reference-links: the pages of the names above in the reference, written by scripts/readme-links.ts -->";
const BLOCK_END = "<!-- /reference-links -->";

/** The label of a page: its kind folder and the exported name, e.g. `functions/isWorkday`. */
export function labelOf(page: ReferencePage): string {
  return `${page.path.split("/")[0] ?? ""}/${page.name}`;
}

/**
 * The README with every unlinked mention linked (`[`code`][label]`) and the
 * block of definitions at its end rewritten to hold exactly the labels used.
 * Where a name has pages in several packages, the README's own package wins.
 */
export function linkReadme(file: string, text: string, pages: readonly ReferencePage[], base: string): string {
  const byName = pagesByName(pages);
  const own = /^packages\/([a-z]+)\//.exec(file)?.[1];
  const pick = (name: string): ReferencePage => {
    const candidates = byName.get(name) ?? [];
    const chosen = candidates.find((p) => own !== undefined && p.packageName.endsWith(`/${own}`)) ?? candidates[0];
    if (chosen === undefined) throw new Error(`readme-links: no page for ${name}`);
    return chosen;
  };
  // Remove the old block, then link the unlinked mentions from the end backwards (offsets stay valid).
  const blockAt = text.indexOf(BLOCK_START);
  let body = blockAt === -1 ? text : text.slice(0, blockAt).replace(/\s*$/, "\n");
  const mentions = mentionsOf(file, body, new Set(byName.keys()));
  for (const mention of [...mentions].reverse()) {
    if (mention.linked) continue;
    body = `${body.slice(0, mention.start)}[${body.slice(mention.start, mention.end)}][${labelOf(pick(mention.name))}]${body.slice(mention.end)}`;
  }
  // Every reference label of the form folder/name that the body uses gets a definition.
  const used = new Map<string, string>();
  const byLabel = new Map(pages.map((p) => [normalLabel(labelOf(p)), p]));
  for (const m of withoutFences(body).matchAll(/\]\[((?:functions|variables|classes|interfaces|types|enums)\/[A-Za-z_$][\w$]*)(#[\w-]+)?\]/g)) {
    const pageLabel = m[1] ?? "";
    const label = pageLabel + (m[2] ?? "");
    const candidates = (byName.get(pageLabel.split("/")[1] ?? "") ?? []).filter((p) => normalLabel(labelOf(p)) === normalLabel(pageLabel));
    const page = candidates.find((p) => own !== undefined && p.packageName.endsWith(`/${own}`)) ?? candidates[0] ?? byLabel.get(normalLabel(pageLabel));
    if (page === undefined) throw new Error(`readme-links: ${file}: [${label}] is not a page of the reference`);
    const previous = [...used.keys()].find((k) => normalLabel(k) === normalLabel(label) && k !== label);
    if (previous !== undefined) throw new Error(`readme-links: ${file}: the labels [${previous}] and [${label}] differ only in case`);
    used.set(label, base + page.path + (m[2] ?? ""));
  }
  if (used.size === 0) return body;
  const definitions = [...used].sort(([a], [b]) => a.localeCompare(b)).map(([label, url]) => `[${label}]: ${url}`);
  return `${body.replace(/\s*$/, "")}\n\n${BLOCK_START}\n\n${definitions.join("\n")}\n\n${BLOCK_END}\n`;
}

/**
 * The problems of the READMEs against a built site (docs/api): every link
 * into the reference must be a file of the site, and every predicted page
 * must exist (so the prediction the tests use is the site's).
 */
export function siteProblems(site: string, pages: readonly ReferencePage[], base: string): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    if (!existsSync(join(site, page.path))) problems.push(`the reference has no page ${page.path} for ${page.name} of ${page.packageName} (scripts/reference-pages.ts predicts it)`);
  }
  for (const file of README_FILES) {
    const text = readFileSync(join(ROOT, file), "utf8");
    const definitions = definitionsOf(text);
    const urls = [...linksOf(text, definitions).map((l) => l.url), ...definitions.values()];
    for (const url of urls) {
      if (url === undefined || !url.startsWith(base)) continue;
      const [path = "", fragment] = url.slice(base.length).split("#", 2);
      if (!existsSync(join(site, path))) problems.push(`${file}: ${url} is not a page of the built reference (${join(site, path)} is missing)`);
      else if (fragment !== undefined && !readFileSync(join(site, path), "utf8").includes(` id="${fragment}"`)) problems.push(`${file}: ${url}: the page has no element with id "${fragment}"`);
    }
  }
  return [...new Set(problems)].sort();
}

/** The guides of the documentation site (docs/*.md), whose mentions are checked like the READMEs'. */
export function guideFiles(): string[] {
  return readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`);
}

/** A `{@link}` or `{@linkcode}` tag of a guide: its module, its name and its text. */
const GUIDE_LINK = /\{@link(?:code)? (@romsk-inkludering\/[a-z/]+)!([A-Za-z_$][\w$]*)(?: \| ([^}]*))?\}/g;

/**
 * The guide with every unlinked mention linked. A guide is a page of the
 * documentation site, built by TypeDoc, so it links with TypeDoc's own tag,
 * which TypeDoc resolves to a relative link and validates when the site is
 * built: `isWorkday(date)` in code font becomes
 * `{@linkcode @romsk-inkludering/calendar!isWorkday | isWorkday(date)}`
 * (code font kept). A call whose arguments hold braces or a bar, which end
 * or split a tag, keeps only `name(…)` as its text.
 */
export function linkGuide(file: string, text: string, pages: readonly ReferencePage[]): string {
  const byName = pagesByName(pages);
  let body = text;
  for (const mention of [...mentionsOf(file, text, new Set(byName.keys()))].reverse()) {
    if (mention.linked) continue;
    const page = (byName.get(mention.name) ?? [])[0];
    if (page === undefined) continue;
    const label = /[{}|]/.test(mention.code) ? `${mention.name}(…)` : mention.code;
    body = `${body.slice(0, mention.start)}{@linkcode ${page.packageName}!${mention.name} | ${label}}${body.slice(mention.end)}`;
  }
  return body;
}

/**
 * The problems of one guide (`file:line: problem`), [] when none: a
 * mention in code font without a link, and a `{@link}` to a name the
 * reference has no page for.
 */
export function guideProblems(file: string, text: string, pages: readonly ReferencePage[]): string[] {
  const byName = pagesByName(pages);
  const problems: string[] = [];
  for (const mention of mentionsOf(file, text, new Set(byName.keys()))) {
    if (mention.linked) continue;
    const modules = (byName.get(mention.name) ?? []).map((p) => p.packageName).join(" or ");
    problems.push(`${file}:${mention.line}: \`${mention.code}\` is not linked to its page in the reference ({@linkcode ${modules}!${mention.name}})`);
  }
  const plain = withoutFences(text);
  for (const m of plain.matchAll(GUIDE_LINK)) {
    const [, module, name] = m;
    // The module may re-export the name (the sdk re-exports the others' pages); TypeDoc checks the module when it builds the site.
    if (!byName.has(name ?? "")) {
      problems.push(`${file}:${plain.slice(0, m.index ?? 0).split("\n").length}: {@link ${module}!${name}} is not a page of the reference`);
    }
  }
  return problems;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const pages = referencePages();
  const base = referenceBaseUrl();
  const problems: string[] = [];
  for (const file of README_FILES) {
    const path = join(ROOT, file);
    const text = readFileSync(path, "utf8");
    if (args.includes("--write")) {
      const linked = linkReadme(file, text, pages, base);
      if (linked !== text) {
        writeFileSync(path, linked);
        console.log(`readme-links: ${file} rewritten`);
      }
      problems.push(...readmeProblems(file, linked, pages, base));
    } else problems.push(...readmeProblems(file, text, pages, base));
  }
  for (const file of guideFiles()) {
    const path = join(ROOT, file);
    const text = readFileSync(path, "utf8");
    const linked = args.includes("--write") ? linkGuide(file, text, pages) : text;
    if (linked !== text) {
      writeFileSync(path, linked);
      console.log(`readme-links: ${file} rewritten`);
    }
    problems.push(...guideProblems(file, linked, pages));
  }
  const siteAt = args.indexOf("--site");
  if (siteAt !== -1) {
    const site = args[siteAt + 1] ?? join(ROOT, "docs", "api");
    if (!existsSync(join(site, "index.html"))) {
      console.error(`readme-links: ${join(site, "index.html")} is missing: run \`pnpm run docs\` first`);
      process.exit(1);
    }
    problems.push(...siteProblems(site, pages, base));
  }
  for (const problem of problems) console.error(`readme-links: ${problem}`);
  console.log(`readme-links: ${README_FILES.length} READMEs, ${pages.length} reference pages, ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
