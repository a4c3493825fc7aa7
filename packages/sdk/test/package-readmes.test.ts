/**
 * The package READMEs as npm shows them: each starts with an install line
 * and a quick start of about ten lines that runs; every ts block of a
 * package README that states results (`// =>`) type-checks and runs; the
 * model's README documents Standard Schema with a real consumer (Hono's
 * standard validator), and every exported zod schema implements it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as model from "@romsk-inkludering/model";
import { exampleTypeErrors, loadPackages, markdownExamples, runExample, workspacePackages, type DocExample } from "../../../scripts/doc-examples.js";

const packages = workspacePackages();
let loaded: ReturnType<typeof loadPackages> | undefined;

/** The ts blocks of a README that state results. */
const checked = (file: string): DocExample[] => markdownExamples(file).filter((e) => e.code.includes("// =>"));

describe.each(packages.map((p) => [p.name, p] as const))("README of %s", (name, { dir }) => {
  const file = join(dir, "README.md");
  const text = readFileSync(file, "utf8");
  const top = text.split("\n## ").slice(0, 3).join("\n## ");

  it("starts with an install line and a quick start", () => {
    const short = name.replace("@romsk-inkludering/", "");
    expect(top).toMatch(new RegExp(`npm (install|i)( -g| --global)? @romsk-inkludering/${short}\\b`));
    const quick = /## (Quick start|Example)\n\n```ts\n([\s\S]*?)```/.exec(text);
    expect(quick, "a Quick start (or Example) section with a ts block").not.toBeNull();
    expect(text.indexOf(quick?.[0] ?? "")).toBeLessThan(text.indexOf("\n## ", text.indexOf("\n## ", text.indexOf("\n## ") + 1) + 1) + 1);
    const lines = (quick?.[2] ?? "").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("// =>"));
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(quick?.[2]).toContain("// =>");
  });

  const examples = checked(file);
  it("has ts blocks that type-check", () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(exampleTypeErrors(examples, dir)).toEqual([]);
  }, 600_000);
  for (const example of examples) {
    it(`README.md:${example.line} runs and states true results`, async () => {
      await runExample(example, await (loaded ??= loadPackages()));
    });
  }
});

describe("Standard Schema", () => {
  it("is documented in the model's README with a consumer library that runs", () => {
    const readme = join(packages.find((p) => p.name === "@romsk-inkludering/model")?.dir ?? "", "README.md");
    const section = readFileSync(readme, "utf8").split("\n## Standard Schema\n")[1]?.split("\n## ")[0] ?? "";
    expect(section).toContain('from "@hono/standard-validator"');
    expect(section).toContain('from "@standard-schema/spec"');
    // The block runs with the other checked blocks above; here: it is one of them.
    expect(checked(readme).some((e) => e.code.includes("sValidator("))).toBe(true);
  });

  it("is implemented by every exported zod schema of the model", async () => {
    const exported = Object.entries(model).filter(([name, value]) => name.endsWith("Schema") && typeof value === "object" && value !== null && "_zod" in value);
    expect(exported.length).toBeGreaterThan(40);
    for (const [name, schema] of exported) {
      const standard = (schema as { "~standard"?: { vendor: string; version: number; validate: unknown } })["~standard"];
      expect([name, standard?.vendor, standard?.version, typeof standard?.validate]).toEqual([name, "zod", 1, "function"]);
    }
    // And it judges like validate(): the same payload passes or fails both ways.
    const good = { indicatorId: "n15428", place: { level: "country" }, year: 2019, gender: "T", value: 80.2 };
    const bad = { ...good, year: 1800 };
    for (const input of [good, bad]) {
      const result = await model.ObservationSchema["~standard"].validate(input);
      expect(result.issues === undefined).toBe(model.validate("observation", input).success);
    }
  });
});
