/**
 * Runs every `@example` of the package's TSDoc: each fenced ts block is
 * transpiled and executed against the sources, and every expression followed
 * by a `// => <JSON>` line must produce that value.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as sdk from "../src/index.js";

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examples(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = m[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ""));
    let inExample = false;
    let block: string[] | null = null;
    for (const l of lines) {
      if (l.startsWith("@example")) inExample = true;
      else if (l.startsWith("@")) inExample = false;
      if (!inExample) continue;
      if (block === null && l.trim() === "```ts") block = [];
      else if (block !== null && l.trim() === "```") {
        out.push({ file, line: text.slice(0, m.index).split("\n").length, code: block.join("\n") });
        block = null;
      } else if (block !== null) block.push(l);
    }
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
    const m = /^[ \t]*\r?\n[ \t]*\/\/ => (.*)/.exec(code.slice(statement.end));
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

const all = readdirSync(srcDir)
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .flatMap((name) => examples(join(srcDir, name)));

describe("TSDoc examples", () => {
  it("finds the examples of every own export", () => {
    expect(all.length).toBeGreaterThanOrEqual(14);
  });

  for (const ex of all) {
    it(`${ex.file.slice(srcDir.length)}:${ex.line}`, async () => {
      expect(ex.code).toMatch(/from "@romsk-inkludering\/sdk"/);
      const { code, checks } = instrument(ex.code);
      expect(checks).toBeGreaterThan(0);
      const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
      const results: { actual: unknown; expected: string }[] = [];
      const expectFn = (actual: unknown, expected: string): void => {
        results.push({ actual, expected });
      };
      const requireFn = (name: string): unknown => {
        if (name !== "@romsk-inkludering/sdk") throw new Error(`example imports ${name}; examples import the SDK only`);
        return sdk;
      };
      const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
      await new AsyncFunction("require", "exports", "__expect", js)(requireFn, {}, expectFn);
      expect(results).toHaveLength(checks);
      for (const r of results) {
        const expected = r.expected === "undefined" ? undefined : JSON.parse(r.expected);
        const actual = r.actual === undefined ? undefined : JSON.parse(JSON.stringify(r.actual));
        expect(actual).toStrictEqual(expected);
      }
    });
  }
});
