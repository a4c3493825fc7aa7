/**
 * Finds and runs the code examples of the documentation, so that no example
 * in the reference, the README or the guides is wrong:
 * - every fenced ```ts block under an `@example` tag in the TSDoc of a
 *   package's sources;
 * - every fenced ```ts block of a Markdown file (README, guides).
 * A block runs as an async module body; each expression statement followed
 * by a line `// => <JSON>` must evaluate to that JSON value. Imports of
 * `@romsk-inkludering/*` resolve to the packages' sources, `node:*` to Node.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as calendar from "@romsk-inkludering/calendar";
import * as catalog from "@romsk-inkludering/catalog";
import * as cli from "@romsk-inkludering/cli";
import * as model from "@romsk-inkludering/model";
import * as reports from "@romsk-inkludering/reports";
import * as rules from "@romsk-inkludering/rules";
import * as sdk from "@romsk-inkludering/sdk";
import ts from "typescript";
import { describe, expect, it } from "vitest";

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

/** The `@example` ts blocks of every .ts file under `srcDir`. */
export function tsdocExamples(srcDir: string): DocExample[] {
  const out: DocExample[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const lines = m[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ""));
      let inExample = false;
      let block: string[] | null = null;
      for (const l of lines) {
        if (block === null) {
          if (l.startsWith("@example")) inExample = true;
          else if (l.startsWith("@")) inExample = false;
        }
        if (!inExample) continue;
        if (block === null && l.trim() === "```ts") block = [];
        else if (block !== null && l.trim() === "```") {
          out.push({ file, line: text.slice(0, m.index).split("\n").length, code: block.join("\n") });
          block = null;
        } else if (block !== null) block.push(l);
      }
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
    if (m !== null && ts.isExpressionStatement(statement)) {
      out += code.slice(last, statement.getStart(source));
      out += `__expect((${statement.expression.getText(source)}), ${JSON.stringify(m[1])});`;
      last = statement.end;
      checks += 1;
    }
  }
  out += code.slice(last);
  return { code: out, checks };
}

const nodeRequire = createRequire(import.meta.url);
/** Dependencies of the packages (e.g. zod), as a package's own code resolves them. */
const packageRequires = ["model", "calendar", "catalog", "rules", "reports", "sdk", "cli"].map((n) =>
  createRequire(new URL(`../packages/${n}/package.json`, import.meta.url)),
);

function requireDependency(name: string): unknown {
  for (const req of packageRequires) {
    try {
      return req(name);
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
    return requireDependency(name);
  };
  await new AsyncFunction("require", "exports", "__expect", js)(requireFn, {}, (actual: unknown, expected: string) => {
    results.push({ actual, expected });
  });
  expect(results).toHaveLength(checks);
  for (const r of results) {
    const expected = r.expected === "undefined" ? undefined : JSON.parse(r.expected);
    const actual = r.actual === undefined ? undefined : JSON.parse(JSON.stringify(r.actual));
    expect(actual).toStrictEqual(expected);
  }
}

/** All seven packages, from their sources (vitest resolves the names). */
export const PACKAGES: Readonly<Record<string, unknown>> = Object.freeze({
  "@romsk-inkludering/calendar": calendar,
  "@romsk-inkludering/model": model,
  "@romsk-inkludering/catalog": catalog,
  "@romsk-inkludering/rules": rules,
  "@romsk-inkludering/reports": reports,
  "@romsk-inkludering/sdk": sdk,
  "@romsk-inkludering/cli": cli,
});

/** Registers one test per example of a package's TSDoc (`srcUrl`: the package's src/ folder). */
export function describeTsdocExamples(packageName: string, srcUrl: URL, minimum: number): void {
  const srcDir = fileURLToPath(srcUrl);
  const found = tsdocExamples(srcDir);
  describe(`TSDoc examples of ${packageName}`, () => {
    it(`finds at least ${minimum} examples`, () => {
      expect(found.length).toBeGreaterThanOrEqual(minimum);
    });
    for (const example of found) {
      it(`${example.file.slice(srcDir.length)}:${example.line}`, async () => {
        expect(example.code).toContain(`from "${packageName}"`);
        await runExample(example, PACKAGES);
      });
    }
  });
}
