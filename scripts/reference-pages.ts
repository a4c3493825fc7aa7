/**
 * The reference page of every export, predicted from the sources, and the
 * links of the READMEs to those pages.
 *
 * The reference (`pnpm run docs`, TypeDoc) has one page per export, at
 *
 *   <hostedBaseUrl><kind folder>/<module>.<name>.html
 *
 * where the kind folder is `functions`, `variables`, `classes`,
 * `interfaces`, `types` or `enums`, and the module is the first entry point
 * of typedoc.json that exports the declaration (the sdk re-exports the
 * others, so `statutoryDeadline` has its page under calendar), named by its
 * `@module` tag in TypeDoc's file-name form (`@romsk-inkludering/reports/html`
 * is `_romsk-inkludering_reports_html`).
 * `hostedBaseUrl` (typedoc.json) is where the site is published; READMEs
 * are read on GitHub and on npm, where a relative link into the built
 * site (docs/api, not in git) would be dead, so they link there.
 *
 * Read with the TypeScript checker (no build, no docs build), so it runs
 * in the tests; scripts/docs-links.mjs checks the prediction against the
 * built site in docs CI.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL("../", import.meta.url));

interface TypedocConfig {
  readonly entryPoints: readonly string[];
  readonly hostedBaseUrl: string;
}

function typedocConfig(): TypedocConfig {
  return JSON.parse(readFileSync(join(ROOT, "typedoc.json"), "utf8")) as TypedocConfig;
}

/** Where the reference is published (typedoc.json's `hostedBaseUrl`), with a trailing slash. */
export function referenceBaseUrl(): string {
  const base = typedocConfig().hostedBaseUrl;
  return base.endsWith("/") ? base : `${base}/`;
}

/** One export's page in the reference. */
export interface ReferencePage {
  /** The exported name. */
  readonly name: string;
  /** The module whose page lists it: the package, e.g. `@romsk-inkludering/calendar`, or a subpath (`@romsk-inkludering/reports/html`). */
  readonly packageName: string;
  /** The page, relative to the site's root, e.g. `functions/_romsk-inkludering_calendar.isWorkday.html`. */
  readonly path: string;
}

/** TypeDoc's module name of an entry point: its `@module` tag, else its package's name. */
function moduleOf(entry: string): string {
  const tag = /@module\s+(\S+)/.exec(readFileSync(entry, "utf8"))?.[1];
  if (tag !== undefined) return tag;
  const dir = join(entry, "..", "..");
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string }).name;
}

/**
 * TypeDoc's file-name form of a name (its createNormalizedUrl): letters,
 * digits, `(`, `)`, `+`, `,`, `-`, `.`, `_` and characters from U+00A0 stay,
 * every other character becomes `_`.
 */
export function normalizedName(name: string): string {
  return [...name].map((c) => (/[A-Za-z0-9()+,\-._]/.test(c) || ((c.codePointAt(0) ?? 0) >= 160 && !/[\uD800-\uDFFF]/.test(c)) ? c : "_")).join("");
}

/** The kind folder TypeDoc files a declaration under. */
function kindFolder(declaration: ts.Declaration): string | undefined {
  if (ts.isFunctionDeclaration(declaration)) return "functions";
  if (ts.isClassDeclaration(declaration)) return "classes";
  if (ts.isInterfaceDeclaration(declaration)) return "interfaces";
  if (ts.isTypeAliasDeclaration(declaration)) return "types";
  if (ts.isEnumDeclaration(declaration)) return "enums";
  if (ts.isModuleDeclaration(declaration)) return "modules";
  if (ts.isVariableDeclaration(declaration)) {
    // TypeDoc documents a const initialised with a function as a function.
    const init = declaration.initializer;
    const fn = init !== undefined && (ts.isArrowFunction(init) || ts.isFunctionExpression(init));
    return fn && declaration.type === undefined ? "functions" : "variables";
  }
  return undefined;
}

/**
 * Every export of every entry point of typedoc.json with its page, sorted by
 * name; a name exported with two different declarations appears once per
 * declaration.
 */
export function referencePages(): ReferencePage[] {
  const config = typedocConfig();
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(join(ROOT, "tsconfig.json"), (p) => ts.sys.readFile(p)).config, ts.sys, ROOT);
  const entries = config.entryPoints.map((e) => join(ROOT, e));
  const program = ts.createProgram(entries, { ...parsed.options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const owner = new Map<ts.Symbol, ReferencePage>();
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`reference-pages: not a module: ${entry}`);
    const packageName = moduleOf(entry);
    const slug = normalizedName(packageName);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (owner.has(symbol)) continue;
      const declaration = symbol.declarations?.find((d) => kindFolder(d) !== undefined);
      const folder = declaration === undefined ? undefined : kindFolder(declaration);
      if (folder === undefined) continue;
      owner.set(symbol, { name: exported.name, packageName, path: `${folder}/${slug}.${normalizedName(exported.name)}.html` });
    }
  }
  return [...owner.values()].sort((a, b) => a.name.localeCompare(b.name) || a.path.localeCompare(b.path));
}
