/**
 * Checks the code examples of the documentation, so that no example in the
 * reference, the README or the guides is wrong, for every package under
 * packages/ (found by reading the folder, so a new package is covered by
 * adding one line to its test/examples.test.ts):
 * - every fenced ```ts block in a TSDoc comment of a package's sources (the
 *   `@example` blocks) runs;
 * - every fenced ```ts block of a Markdown file (README, guides) runs;
 * - every export of a package's entry point has TSDoc with a summary, an
 *   `@example` with a ```ts block and a `@category` from the project's list
 *   (read with the TypeScript checker, so re-exports are followed to the
 *   declaration that documents them).
 * A block runs as an async module body; each expression statement followed
 * by a line `// => <JSON>` must evaluate to that JSON value (compared as
 * JSON). Imports of `@romsk-inkludering/*` resolve to the packages' sources,
 * `node:*` to Node, anything else to a dependency of one of the packages.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The categories an export may be filed under (`@category`). */
export const CATEGORIES: readonly string[] = [
  "Areas",
  "Actors",
  "Commissions",
  "Deadlines",
  "Indicators",
  "Consultation",
  "Compliance",
  "Reports",
  "Validation",
  "Calendar",
  "Catalog",
  "Shared",
];

/** A workspace package: its npm name and its folder. */
export interface WorkspacePackage {
  readonly name: string;
  readonly dir: string;
}

/** Every package under packages/ that has a src/index.ts, sorted by folder. */
export function workspacePackages(): WorkspacePackage[] {
  const packagesDir = join(ROOT, "packages");
  return readdirSync(packagesDir)
    .sort()
    .map((folder) => join(packagesDir, folder))
    .filter((dir) => existsSync(join(dir, "package.json")) && existsSync(join(dir, "src", "index.ts")))
    .map((dir) => ({ name: (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string }).name, dir }));
}

/** The subpath entry points a package exports (e.g. `html` for `"./html"`), each with a source file `src/<name>.ts`. */
export function subpathEntries(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { exports?: Record<string, unknown> };
  return Object.keys(manifest.exports ?? {})
    .filter((k) => k.startsWith("./") && k !== "./package.json")
    .map((k) => k.slice(2))
    .filter((sub) => existsSync(join(dir, "src", `${sub}.ts`)));
}

/** Every workspace package's module and subpath entry points, loaded from their sources (vitest resolves the names). */
export async function loadPackages(): Promise<Readonly<Record<string, unknown>>> {
  const out: Record<string, unknown> = {};
  for (const { name, dir } of workspacePackages()) {
    out[name] = await import(/* @vite-ignore */ name);
    for (const sub of subpathEntries(dir)) out[`${name}/${sub}`] = await import(/* @vite-ignore */ `${name}/${sub}`);
  }
  return Object.freeze(out);
}

/** A code example: where it is and its code. */
export interface DocExample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** The .ts files under a directory, sorted. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((n) => n.endsWith(".ts") && !n.endsWith(".d.ts"))
    .sort()
    .map((n) => join(dir, n));
}

/** The ```ts blocks of the TSDoc comments of every .ts file under `srcDir`. */
export function tsdocExamples(srcDir: string): DocExample[] {
  const out: DocExample[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const first = text.slice(0, m.index).split("\n").length;
      const lines = m[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ""));
      let block: string[] | null = null;
      let start = 0;
      lines.forEach((l, i) => {
        if (block === null && l.trim() === "```ts") {
          block = [];
          start = first + i;
        } else if (block !== null && l.trim() === "```") {
          out.push({ file, line: start, code: block.join("\n") });
          block = null;
        } else if (block !== null) block.push(l);
      });
      if (block !== null) throw new Error(`${file}:${start}: a \`\`\`ts block in TSDoc is not closed`);
    }
  }
  return out;
}

/** The ```ts blocks of a Markdown file. */
export function markdownExamples(file: string): DocExample[] {
  const text = readFileSync(file, "utf8");
  const out: DocExample[] = [];
  for (const m of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    out.push({ file, line: text.slice(0, m.index).split("\n").length, code: m[1] ?? "" });
  }
  return out;
}

/** Replaces each expression statement followed by `// => X` with a check. */
function instrument(code: string): { code: string; checks: number } {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  let out = "";
  let last = 0;
  let checks = 0;
  for (const statement of source.statements) {
    const m = /^[^\n]*\r?\n[ \t]*\/\/ => (.*)/.exec(code.slice(statement.end));
    if (m === null) continue;
    if (!ts.isExpressionStatement(statement)) {
      throw new Error(`"// =>" follows a statement that is not an expression: ${statement.getText(source).slice(0, 80)}`);
    }
    out += code.slice(last, statement.getStart(source));
    out += `__expect((${statement.expression.getText(source)}), ${JSON.stringify(m[1])});`;
    last = statement.end;
    checks += 1;
  }
  out += code.slice(last);
  return { code: out, checks };
}

const nodeRequire = createRequire(import.meta.url);
/** Requires a dependency (e.g. zod) as one of the packages' own code resolves it. */
function requireDependency(name: string): unknown {
  for (const { dir } of workspacePackages()) {
    try {
      return createRequire(join(dir, "package.json"))(name);
    } catch {
      // not a dependency of this package: try the next
    }
  }
  throw new Error(`the example imports ${name}, which no package depends on`);
}
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;

/**
 * Runs an example; `packages` maps package names to their (source) modules.
 * Fails the test when an expectation differs or when the example has none.
 */
export async function runExample(example: DocExample, packages: Readonly<Record<string, unknown>>): Promise<void> {
  const { code, checks } = instrument(example.code);
  expect(checks, "an example states at least one `// =>` result").toBeGreaterThan(0);
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const results: { actual: unknown; expected: string }[] = [];
  const requireFn = (name: string): unknown => {
    if (name.startsWith("node:")) return nodeRequire(name);
    if (Object.hasOwn(packages, name)) return packages[name];
    if (name.startsWith("@romsk-inkludering/")) throw new Error(`the example imports ${name}, which is not a workspace package`);
    return requireDependency(name);
  };
  await new AsyncFunction("require", "exports", "__expect", js)(requireFn, {}, (actual: unknown, expected: string) => {
    results.push({ actual, expected });
  });
  expect(results, "every `// =>` line was reached").toHaveLength(checks);
  for (const r of results) {
    const expected = r.expected === "undefined" ? undefined : JSON.parse(r.expected);
    const actual = r.actual === undefined ? undefined : JSON.parse(JSON.stringify(r.actual));
    expect(actual).toStrictEqual(expected);
  }
}

/** What the TSDoc of one export of a package says. */
export interface ExportDoc {
  readonly name: string;
  /** The file and line of the declaration that documents it. */
  readonly where: string;
  readonly summary: string;
  readonly examples: readonly string[];
  readonly categories: readonly string[];
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), (path) => ts.sys.readFile(path));
  if (config.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
}

/** The exports of an entry point (e.g. packages/x/src/index.ts) with their TSDoc, followed through re-exports. */
export function exportDocs(indexFile: string): ExportDoc[] {
  const program = ts.createProgram([indexFile], { ...compilerOptions(), noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(indexFile);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`not a module: ${indexFile}`);
  const text = (parts: readonly ts.SymbolDisplayPart[] | undefined): string => (parts ?? []).map((p) => p.text).join("");
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      const file = declaration?.getSourceFile();
      const where =
        declaration === undefined || file === undefined
          ? "?"
          : `${relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1}`;
      const tags = symbol.getJsDocTags(checker);
      return {
        name: exported.name,
        where,
        summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
        examples: tags.filter((t) => t.name === "example").map((t) => text(t.text)),
        categories: tags.filter((t) => t.name === "category").map((t) => text(t.text).trim()),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Type-checks examples with the repository's compiler options (workspace
 * packages resolve to their sources), each as a module in `dir` (where its
 * other imports, e.g. zod, resolve); returns the errors as
 * `file:line: TSnnnn message`, [] when there are none.
 */
export function exampleTypeErrors(examples: readonly DocExample[], dir: string = ROOT): string[] {
  const options: ts.CompilerOptions = { ...compilerOptions(), noEmit: true };
  const host = ts.createCompilerHost(options);
  const virtual = new Map(examples.map((e, i) => [join(dir, `__doc_example_${i}__.ts`), e]));
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    const example = virtual.get(name);
    return example === undefined ? getSourceFile(name, version, ...rest) : ts.createSourceFile(name, example.code, version);
  };
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  host.readFile = (name) => virtual.get(name)?.code ?? readFile(name);
  const program = ts.createProgram([...virtual.keys()], options, host);
  const errors: string[] = [];
  for (const [name, example] of virtual) {
    const source = program.getSourceFile(name);
    if (source === undefined) throw new Error(`not compiled: ${example.file}:${example.line}`);
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line + 1;
      errors.push(`${relative(ROOT, example.file)}:${example.line + line}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ").slice(0, 400)}`);
    }
  }
  return errors;
}

/** What is wrong with the TSDoc of an export ([] when nothing). */
export function exportDocProblems(doc: ExportDoc): string[] {
  const problems: string[] = [];
  if (doc.summary.length < 10) problems.push("no summary");
  if (!doc.examples.some((e) => e.includes("```ts") && e.includes('from "@romsk-inkludering/'))) {
    problems.push("no @example with a ```ts block that imports a @romsk-inkludering package");
  }
  if (doc.categories.length === 0) problems.push("no @category");
  for (const c of doc.categories) if (!CATEGORIES.includes(c)) problems.push(`@category ${c} is not one of ${CATEGORIES.join(", ")}`);
  return problems.map((p) => `${doc.name} (${doc.where}): ${p}`);
}

/**
 * Registers the documentation tests of the package whose test file calls
 * it: every export documented (summary, `@example`, `@category`) and every
 * TSDoc example run. `minimumExamples` guards against an extractor that
 * silently finds nothing.
 */
export function describePackageDocs(testFileUrl: string, minimumExamples: number): void {
  const dir = fileURLToPath(new URL("../", testFileUrl));
  const pkg = workspacePackages().find((p) => `${p.dir}/` === dir);
  if (pkg === undefined) throw new Error(`not a workspace package: ${dir}`);
  const srcDir = join(pkg.dir, "src/");
  const found = tsdocExamples(srcDir);
  describe(`documentation of ${pkg.name}`, () => {
    it("every export of src/index.ts has TSDoc with a summary, an @example and a @category", () => {
      const docs = exportDocs(join(srcDir, "index.ts"));
      expect(docs.length).toBeGreaterThan(0);
      expect(docs.flatMap(exportDocProblems)).toEqual([]);
      // and of every subpath entry point (e.g. the reports' ./html)
      for (const sub of subpathEntries(pkg.dir)) expect(exportDocs(join(srcDir, `${sub}.ts`)).flatMap(exportDocProblems)).toEqual([]);
    });
    it("every TSDoc example type-checks", () => {
      expect(exampleTypeErrors(found, pkg.dir)).toEqual([]);
    });
    it(`finds at least ${minimumExamples} TSDoc examples`, () => {
      expect(found.length).toBeGreaterThanOrEqual(minimumExamples);
    });
    let packages: Promise<Readonly<Record<string, unknown>>> | undefined;
    for (const example of found) {
      it(`example at ${example.file.slice(srcDir.length)}:${example.line}`, async () => {
        expect(example.code, "an example imports the package it documents").toMatch(new RegExp(`from "${pkg.name}(?:/[a-z-]+)?"`));
        await runExample(example, await (packages ??= loadPackages()));
      });
    }
  });
}
