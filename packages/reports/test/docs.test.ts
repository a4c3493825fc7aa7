/**
 * Every public export carries TSDoc with a summary, an `@example` and a
 * `@category` from the project's list.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));
const CATEGORIES = new Set(["Areas", "Actors", "Commissions", "Deadlines", "Indicators", "Consultation", "Compliance", "Reports", "Validation", "Calendar", "Catalog", "Shared"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The names exported from src/index.ts. */
function publicNames(): Set<string> {
  const index = ts.createSourceFile("index.ts", readFileSync(join(srcDir, "index.ts"), "utf8"), ts.ScriptTarget.ES2022, true);
  const names = new Set<string>();
  for (const s of index.statements) {
    if (ts.isExportDeclaration(s) && s.exportClause !== undefined && ts.isNamedExports(s.exportClause)) {
      for (const e of s.exportClause.elements) names.add(e.name.text);
    }
  }
  return names;
}

/** The TSDoc of every exported declaration in the sources, by name. */
function docs(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of files(srcDir)) {
    const text = readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    for (const s of source.statements) {
      const exported = ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      const names: string[] = [];
      if (ts.isFunctionDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isClassDeclaration(s)) {
        if (s.name !== undefined) names.push(s.name.text);
      } else if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
      }
      const comments = ts.getLeadingCommentRanges(text, s.getFullStart()) ?? [];
      const last = comments[comments.length - 1];
      const doc = last === undefined ? "" : text.slice(last.pos, last.end);
      for (const n of names) out.set(n, doc.startsWith("/**") ? doc : "");
    }
  }
  return out;
}

describe("public API documentation", () => {
  const names = publicNames();
  const found = docs();

  it("exports a documented API", () => {
    expect(names.size).toBeGreaterThan(60);
  });

  for (const name of [...names].sort()) {
    it(name, () => {
      const doc = found.get(name);
      expect(doc, `no declaration found for ${name}`).toBeDefined();
      expect(doc).toMatch(/^\/\*\*\s*\n\s*\*\s+\S/);
      expect(doc).toContain("@example");
      expect(doc).toMatch(/```ts\n[\s\S]*import [\s\S]*from "@romsk-inkludering\/reports";/);
      const category = /@category (\w+)/.exec(doc ?? "")?.[1];
      expect(CATEGORIES.has(category ?? "")).toBe(true);
    });
  }
});
