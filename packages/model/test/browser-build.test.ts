/**
 * The browser build (`browser` export condition, dist/browser/index.js,
 * made by scripts/build-browser.ts): the model without its field
 * descriptions, so a validate-only app ships less. The descriptions stay in
 * the sources, the shipped JSON Schemas and the reference; the browser
 * build validates exactly as the full one.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kinds, outputKinds, toJsonSchema, validate } from "@romsk-inkludering/model";
import { DESCRIBE_CALL, stripDescriptions } from "../scripts/strip-descriptions.js";
import { invalidFixtures, validFixtures } from "./fixtures/index.js";

const srcDir = new URL("../src/", import.meta.url);
const sources = readdirSync(srcDir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => ({ file: f, text: readFileSync(new URL(f, srcDir), "utf8") }));

/** Every description string of the generated JSON Schemas, of the payloads and of the outputs. */
function schemaDescriptions(): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "description" && typeof value === "string") out.push(value);
        walk(value);
      }
    }
  };
  for (const kind of [...kinds, ...outputKinds]) walk(toJsonSchema(kind));
  return out.join("\n");
}

describe("the browser build of model", () => {
  it("is the sources without a single field description", () => {
    const texts = sources.flatMap((s) => [...s.text.matchAll(DESCRIBE_CALL)].map((m) => JSON.parse(/"(?:[^"\\\n]|\\.)*"/.exec(m[0])?.[0] ?? '""') as string));
    const stripped = sources.map((s) => stripDescriptions(s.text, s.file)).join("\n");
    const documented = schemaDescriptions();
    // The texts are the field descriptions the JSON Schemas carry …
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((t) => !documented.includes(t))).toEqual([]);
    // … and not one of them is left in what the browser build bundles.
    expect(texts.filter((t) => stripped.includes(JSON.stringify(t)))).toEqual([]);
    expect(stripped.match(/\.describe\(/g)?.length).toBe(2); // the two mentions in comments
  });

  it("refuses a .describe( it could not strip, rather than ship its text", () => {
    expect(stripDescriptions('z.string().describe("Namn (name): the name.").min(1)', "x.ts")).toBe("z.string().min(1)");
    expect(() => stripDescriptions("z.string().describe(`Namn (name): ${what}`)", "x.ts")).toThrow(/x\.ts has a \.describe\(/);
  });

  it("validates every fixture exactly as the full build (verdicts, issues and their order)", async () => {
    const file = new URL("../dist/browser/index.js", import.meta.url);
    expect(existsSync(file), "run pnpm build first").toBe(true);
    const browser = (await import(file.href)) as { validate: typeof validate; toJsonSchema: typeof toJsonSchema };
    const payloads = [...validFixtures.map((f) => [f.kind, f.data] as const), ...invalidFixtures.map((f) => [f.kind, f.data] as const)];
    expect(payloads.length).toBeGreaterThan(40);
    for (const [kind, data] of payloads) expect(browser.validate(kind, data)).toEqual(validate(kind, data));
    // What it leaves out: the generated JSON Schema of the browser build has no field descriptions.
    expect(JSON.stringify(browser.toJsonSchema("activity"))).not.toContain("(areas):");
    expect(JSON.stringify(toJsonSchema("activity"))).toContain("(areas):");
  });
});
