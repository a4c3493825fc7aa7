/**
 * Runs every ```ts example in the TSDoc of the package's sources and
 * checks each `// => <JSON>` against the value of the expression before it;
 * checks that every public export has a summary, an example and a category.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as catalogPackage from "@romsk-inkludering/catalog";
import * as model from "@romsk-inkludering/model";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const modules: Record<string, unknown> = {
  "@romsk-inkludering/catalog": catalogPackage,
  "@romsk-inkludering/model": model,
};

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

interface Example {
  readonly file: string;
  readonly index: number;
  readonly code: string;
}

function examples(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const doc = (block[1] ?? "").split("\n").map((line) => line.replace(/^\s*\* ?/, "")).join("\n");
    for (const fence of doc.matchAll(/```ts\n([\s\S]*?)```/g)) out.push({ file, index: out.length, code: fence[1] ?? "" });
  }
  return out;
}

/** Rewrites `expr;\n// => json` into a recorded comparison, and imports into lookups. */
function instrument(code: string): string {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  const lines = code.split("\n");
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const from = (statement.moduleSpecifier as ts.StringLiteral).text;
      expect(Object.keys(modules), `examples import only the workspace packages, not ${from}`).toContain(from);
      const bindings = clause?.namedBindings;
      const text =
        clause === undefined || clause.isTypeOnly || bindings === undefined || !ts.isNamedImports(bindings)
          ? ""
          : `const { ${bindings.elements
              .filter((e) => !e.isTypeOnly)
              .map((e) => (e.propertyName ? `${e.propertyName.text}: ${e.name.text}` : e.name.text))
              .join(", ")} } = __modules[${JSON.stringify(from)}];`;
      edits.push({ start: statement.getStart(), end: statement.getEnd(), text });
      continue;
    }
    const endLine = source.getLineAndCharacterOfPosition(statement.getEnd()).line;
    const next = lines[endLine + 1]?.trim() ?? "";
    if (next.startsWith("// => ")) {
      if (!ts.isExpressionStatement(statement)) throw new Error(`"// =>" after a statement that is not an expression: ${statement.getText()}`);
      edits.push({
        start: statement.getStart(),
        end: statement.getEnd(),
        text: `__record(${statement.expression.getText()}, ${JSON.stringify(next.slice("// => ".length))});`,
      });
    }
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return ts.transpileModule(out, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
}

const all = sourceFiles(srcDir).sort().flatMap(examples);

describe("TSDoc examples", () => {
  it("every public export has a summary, an example and a category", () => {
    const index = readFileSync(join(srcDir, "index.ts"), "utf8");
    const reexported = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
      (m[1] ?? "").split(",").map((n) => n.trim()).filter((n) => n.length > 0),
    );
    const declared = [...index.matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1] ?? "");
    const names = [...new Set([...reexported, ...declared])];
    expect(names.length).toBeGreaterThan(50);
    expect(Object.keys(catalogPackage).sort()).toEqual(names.filter((n) => n in catalogPackage).sort());
    const sources = sourceFiles(srcDir).map((file) => readFileSync(file, "utf8")).join("\n");
    for (const name of names) {
      const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:const|function|interface|type) ${name}\\b`).exec(sources);
      expect(declaration, `TSDoc of ${name}`).not.toBeNull();
      const doc = declaration?.[1] ?? "";
      expect(doc, `example of ${name}`).toContain("```ts");
      expect(doc, `category of ${name}`).toMatch(
        /@category (Areas|Actors|Commissions|Deadlines|Indicators|Consultation|Compliance|Reports|Validation|Calendar|Catalog|Shared)\b/,
      );
      expect(doc.replace(/^\s*\*\s?/gm, "").trim().length, `summary of ${name}`).toBeGreaterThan(20);
    }
  });

  it("finds the examples", () => {
    expect(all.length).toBeGreaterThan(50);
  });

  for (const example of all) {
    const name = `${example.file.slice(srcDir.length)} #${example.index + 1}`;
    it(name, () => {
      const recorded: { actual: unknown; expected: string }[] = [];
      const run = new Function("__modules", "__record", instrument(example.code));
      run(modules, (actual: unknown, expected: string) => recorded.push({ actual, expected }));
      expect(recorded.length, "an example states at least one expected value").toBeGreaterThan(0);
      for (const { actual, expected } of recorded) {
        const parsed: unknown = expected === "undefined" ? undefined : JSON.parse(expected);
        expect(actual === undefined ? undefined : JSON.parse(JSON.stringify(actual))).toEqual(parsed);
      }
    });
  }
});
