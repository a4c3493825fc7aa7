/**
 * Every export of the SDK is documented: its own exports carry TSDoc with a
 * summary, an `@example` that imports the SDK and a `@category` from the
 * project's list; a re-export is the very value of the package it comes
 * from (documented there), so nothing is wrapped and tree-shaking sees
 * through it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as calendar from "@romsk-inkludering/calendar";
import * as catalog from "@romsk-inkludering/catalog";
import * as model from "@romsk-inkludering/model";
import * as reports from "@romsk-inkludering/reports";
import * as rules from "@romsk-inkludering/rules";
import * as sdk from "../src/index.js";

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));
const CATEGORIES = new Set(["Areas", "Actors", "Commissions", "Deadlines", "Indicators", "Consultation", "Compliance", "Reports", "Validation", "Calendar", "Catalog", "Shared"]);

/** The names exported from src/index.ts, by the module they come from. */
function exportsByModule(): Map<string, string[]> {
  const index = ts.createSourceFile("index.ts", readFileSync(join(srcDir, "index.ts"), "utf8"), ts.ScriptTarget.ES2022, true);
  const out = new Map<string, string[]>();
  for (const s of index.statements) {
    if (ts.isExportDeclaration(s) && s.exportClause !== undefined && ts.isNamedExports(s.exportClause) && s.moduleSpecifier !== undefined) {
      const from = (s.moduleSpecifier as ts.StringLiteral).text;
      out.set(from, [...(out.get(from) ?? []), ...s.exportClause.elements.map((e) => e.name.text)]);
    }
  }
  return out;
}

/** The TSDoc of every exported declaration in the SDK's sources, by name. */
function docs(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(srcDir).filter((n) => n.endsWith(".ts"))) {
    const text = readFileSync(join(srcDir, name), "utf8");
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true);
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

const byModule = exportsByModule();
const own = [...(byModule.get("./client.js") ?? []), ...(byModule.get("./options.js") ?? []), ...(byModule.get("./scenarios.js") ?? [])].sort();
const found = docs();

describe("the SDK's own exports", () => {
  it("are the client and its types, and the scenario runner", () => {
    expect(own).toEqual([
      "AggregateOptions",
      "AsOfOf",
      "CheckCallOptions",
      "Client",
      "ClientConfigError",
      "ClientIssue",
      "ClientOptions",
      "ClientResult",
      "createClient",
      "createClientSafe",
      "DateOption",
      "Deadline",
      "DeadlinesOptions",
      "ObligationsCallOptions",
      "ProgressCallOptions",
      "runScenarios",
      "RunScenariosOptions",
      "ScenarioDifference",
      "ScenarioDifferenceKind",
      "ScenarioResult",
      "ScenarioRun",
    ].sort());
  });

  for (const name of own) {
    it(`${name} has a summary, an example importing the SDK and a category`, () => {
      const doc = found.get(name);
      expect(doc, `no declaration found for ${name}`).toBeDefined();
      expect(doc).toMatch(/^\/\*\*\s*\n\s*\*\s+\S/);
      expect(doc).toContain("@example");
      expect(doc).toMatch(/```ts\n[\s\S]*import [\s\S]*from "@romsk-inkludering\/sdk";/);
      const category = /@category (\w+)/.exec(doc ?? "")?.[1];
      expect(CATEGORIES.has(category ?? ""), `category ${category}`).toBe(true);
    });
  }
});

describe("re-exports", () => {
  const origins: Record<string, Record<string, unknown>> = {
    "@romsk-inkludering/model": model,
    "@romsk-inkludering/calendar": calendar,
    "@romsk-inkludering/catalog": catalog,
    "@romsk-inkludering/rules": rules,
    "@romsk-inkludering/reports": reports,
  };

  it("come from the five packages and nowhere else", () => {
    expect([...byModule.keys()].sort()).toEqual([...Object.keys(origins), "./client.js", "./contracts.js", "./options.js", "./scenarios.js"].sort());
  });

  for (const [from, module] of Object.entries(origins)) {
    it(`values from ${from} are the package's own`, () => {
      const values = (byModule.get(from) ?? []).filter((name) => name in module);
      expect(values.length).toBeGreaterThan(0);
      for (const name of values) expect((sdk as Record<string, unknown>)[name], name).toBe(module[name]);
    });
  }

  it("have no name clash: every name is exported once", () => {
    const all = [...byModule.values()].flat();
    expect(all.filter((name, i) => all.indexOf(name) !== i)).toEqual([]);
  });

  it("include what most apps need", () => {
    for (const name of ["validate", "formatIssues", "schemas", "statutoryDeadline", "getActor", "deliverables", "extendCatalog", "registry", "renderMarkdown", "toCsv", "indicatorTrendSpec"]) {
      expect(typeof (sdk as Record<string, unknown>)[name], name).not.toBe("undefined");
    }
  });
});
