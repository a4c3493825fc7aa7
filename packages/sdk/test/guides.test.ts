/**
 * The documentation across the workspace: every ts block of the README and
 * of the guides in docs/ type-checks, runs and states true results; every
 * package runs the shared documentation tests; and the checker itself
 * catches a wrong result, a missing example and a missing category.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  exampleTypeErrors,
  exportDocProblems,
  exportDocs,
  loadPackages,
  markdownExamples,
  ROOT,
  runExample,
  workspacePackages,
} from "../../../scripts/doc-examples.js";

const pages = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
const examples = pages.flatMap((page) => markdownExamples(join(ROOT, page)).map((example) => ({ page, example })));
let packages: ReturnType<typeof loadPackages> | undefined;

describe("code in the README and the guides", () => {
  it("has the guides", () => {
    for (const guide of ["getting-started", "validating-payloads", "deadlines", "compliance-checks", "scenarios", "reports-and-suppression", "glossary"]) {
      expect(pages).toContain(`docs/${guide}.md`);
    }
    expect(examples.length).toBeGreaterThanOrEqual(11);
  });
  it("every ts block type-checks", () => {
    expect(exampleTypeErrors(examples.map((e) => e.example))).toEqual([]);
  });
  for (const { page, example } of examples) {
    it(`${page}:${example.line}`, async () => {
      await runExample(example, await (packages ??= loadPackages()));
    });
  }
});

describe("the glossary", () => {
  const table = readFileSync(join(ROOT, "docs/glossary.md"), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| ---") && !line.startsWith("| Swedish"))
    .map((line) => line.split("|").map((cell) => cell.trim()));
  it("has the domain's terms", () => {
    const swedish = table.map((row) => row[1] ?? "").join(", ");
    for (const term of ["uppdrag", "deluppdrag", "redovisning", "delredovisning", "slutredovisning", "lägesrapport", "samråd", "nulägesbeskrivning", "brobyggare", "utvecklingskommun", "pilotkommun", "länsstyrelse"]) {
      expect(swedish).toMatch(new RegExp(`(^|[ ,])${term}([ ,]|$)`));
    }
  });
  it("names only identifiers that the packages declare (an export or a string value)", () => {
    const sources = workspacePackages()
      .flatMap(({ dir }) => readdirSync(join(dir, "src"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) => join(dir, "src", f)))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    // In code font, or linked to the reference ({@linkcode module!name | text}).
    const identifiers = table.flatMap((row) => [
      ...[...(row[3] ?? "").matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? "").replace(/\(\)$/, "")),
      ...[...(row[3] ?? "").matchAll(/\{@linkcode [^!\s]+!([A-Za-z_$][\w$]*)/g)].map((m) => m[1] ?? ""),
    ]);
    expect(identifiers.length).toBeGreaterThan(30);
    const unknown = identifiers.filter(
      (id) => !new RegExp(`export (const|function|type|interface|class) ${id}\\b`).test(sources) && !sources.includes(`"${id}"`),
    );
    expect(unknown).toEqual([]);
  });
});

describe("the documentation tests", () => {
  it("run in every package", () => {
    const found = workspacePackages();
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(["@romsk-inkludering/calendar", "@romsk-inkludering/sdk", "@romsk-inkludering/cli"]));
    for (const { name, dir } of found) {
      const test = join(dir, "test", "examples.test.ts");
      expect(existsSync(test), `${name} has test/examples.test.ts`).toBe(true);
      expect(readFileSync(test, "utf8"), `${name} runs describePackageDocs`).toContain("describePackageDocs(import.meta.url");
    }
  });

  it("catch a result that differs, a statement that is not an expression and an example without a result", async () => {
    const run = (code: string) => runExample({ file: "x.md", line: 1, code }, { "@romsk-inkludering/calendar": { statutoryDeadline: (d: string) => (d === "2012-09-01" ? "2012-09-03" : d) } });
    await expect(run('import { statutoryDeadline } from "@romsk-inkludering/calendar";\nstatutoryDeadline("2012-09-01");\n// => "2012-09-03"')).resolves.toBeUndefined();
    await expect(run('import { statutoryDeadline } from "@romsk-inkludering/calendar";\nstatutoryDeadline("2012-09-01");\n// => "2012-09-01"')).rejects.toThrow();
    await expect(run('const x = 1;\n// => 1')).rejects.toThrow(/not an expression/);
    await expect(run("1 + 1;")).rejects.toThrow();
    await expect(run('import { nothing } from "@romsk-inkludering/nothing";\nnothing;\n// => 1')).rejects.toThrow(/not a workspace package/);
  });

  it("catch an export without a summary, an example or a known category, and a type error in an example", () => {
    const dir = mkdtempSync(join(tmpdir(), "doc-check-"));
    try {
      writeFileSync(
        join(dir, "a.ts"),
        [
          "/**",
          " * Returns the number one, documented as required.",
          " * @example",
          " * ```ts",
          ' * import { one } from "@romsk-inkludering/calendar";',
          " * ```",
          " * @category Shared",
          " */",
          "export function one(): number { return 1; }",
          "/** A summary and nothing else. */",
          "export const two = 2;",
          "export type Three = 3;",
          "/**",
          " * An interface filed under a category that does not exist.",
          " * @example",
          " * ```ts",
          ' * import type { Four } from "@romsk-inkludering/calendar";',
          " * ```",
          " * @category Misc",
          " */",
          "export interface Four { readonly four: 4 }",
        ].join("\n"),
      );
      writeFileSync(join(dir, "index.ts"), 'export { one, two, type Three } from "./a.js";\nexport type { Four } from "./a.js";\n');
      const problems = exportDocs(join(dir, "index.ts")).flatMap(exportDocProblems).map((p) => p.replace(/ \(.*?\)/, ""));
      expect(problems).toEqual([
        "Four: @category Misc is not one of Areas, Actors, Commissions, Deadlines, Indicators, Consultation, Compliance, Reports, Validation, Calendar, Catalog, Shared",
        "Three: no summary",
        "Three: no @example with a ```ts block that imports a @romsk-inkludering package",
        "Three: no @category",
        "two: no @example with a ```ts block that imports a @romsk-inkludering package",
        "two: no @category",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const errors = exampleTypeErrors([{ file: join(ROOT, "docs/x.md"), line: 10, code: 'import { statutoryDeadline } from "@romsk-inkludering/calendar";\nstatutoryDeadline(20120901);' }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^docs\/x\.md:12: TS2345 /);
  });
});
