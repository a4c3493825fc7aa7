/**
 * Runs every `@example` of the package's TSDoc: each fenced ts block is
 * transpiled and executed against the sources, and every expression followed
 * by a `// => <JSON>` line must produce that value.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as calendar from "@romsk-inkludering/calendar";
import * as model from "@romsk-inkludering/model";
import * as reports from "../src/index.js";

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
    })
    .sort();
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examples(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  const re = /\/\*\*[\s\S]*?\*\//g;
  for (const m of text.matchAll(re)) {
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

const modules: Record<string, unknown> = {
  "@romsk-inkludering/reports": reports,
  "@romsk-inkludering/model": model,
  "@romsk-inkludering/calendar": calendar,
};

/** Replaces each expression statement followed by `// => X` with a check. */
function instrument(code: string): { code: string; checks: number } {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  let out = "";
  let last = 0;
  let checks = 0;
  for (const statement of source.statements) {
    const rest = code.slice(statement.end);
    const m = /^[ \t]*\r?\n[ \t]*\/\/ => (.*)/.exec(rest);
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

const all = files(srcDir).flatMap(examples);

describe("TSDoc examples", () => {
  it("every exported declaration's example is found", () => {
    expect(all.length).toBeGreaterThan(60);
  });

  for (const ex of all) {
    it(`${ex.file.slice(srcDir.length)}:${ex.line}`, async () => {
      expect(ex.code).toMatch(/from "@romsk-inkludering\/reports"/);
      const { code, checks } = instrument(ex.code);
      expect(checks).toBeGreaterThan(0);
      const js = ts.transpileModule(code, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      const results: { actual: unknown; expected: string }[] = [];
      const expectFn = (actual: unknown, expected: string): void => {
        results.push({ actual, expected });
      };
      const requireFn = (name: string): unknown => {
        const mod = modules[name];
        if (mod === undefined) throw new Error(`example imports unknown module ${name}`);
        return mod;
      };
      const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (
        ...a: unknown[]
      ) => Promise<void>;
      await new AsyncFunction("require", "exports", "__expect", js)(requireFn, {}, expectFn);
      for (const r of results) {
        const expected = r.expected === "undefined" ? undefined : JSON.parse(r.expected);
        const actual = r.actual === undefined ? undefined : JSON.parse(JSON.stringify(r.actual));
        expect(actual).toStrictEqual(expected);
      }
    });
  }
});
