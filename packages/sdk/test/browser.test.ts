/**
 * Everything below the command line runs in a browser: the BUILT files
 * (ESM and CommonJS) of model, calendar, catalog, rules, reports and sdk
 * import no Node built-in and touch no Node global, and a whole app built
 * on the SDK bundles for the browser platform.
 */
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { BROWSER_PACKAGES, DIST_FILES, ROOT, requireDist } from "./support.js";

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split("/")[0] as string]));

/** Every module specifier a built file loads: static and dynamic imports, re-exports and require calls. */
function specifiers(code: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1] as string);
  return out;
}

/** Node's globals, as used (word-bounded, so that `ZodPreprocess.` is not `process.`). */
const NODE_GLOBALS: readonly [string, RegExp][] = [
  ["process", /(?<![\w$.])process\s*(?:\.|\[)/],
  ["__dirname", /(?<![\w$])__dirname(?![\w$])/],
  ["__filename", /(?<![\w$])__filename(?![\w$])/],
  ["Buffer", /(?<![\w$.])Buffer\s*(?:\.|\()/],
  ["global.", /(?<![\w$.])global\s*\./],
  ["setImmediate", /(?<![\w$.])setImmediate\s*\(/],
];

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || BUILTINS.has(specifier) || BUILTINS.has(specifier.split("/")[0] as string);
}

describe("no Node built-ins in the built packages below the command line", () => {
  beforeAll(() => requireDist(BROWSER_PACKAGES));

  it("the specifier and global checks catch what they should", () => {
    const sample = 'import { readFileSync } from "node:fs"; const p = require("path"); const x = await import("os"); process.env.X; __dirname; Buffer.from("a"); class ZodPreprocess {} ZodPreprocess.init;';
    expect(specifiers(sample).filter(isNodeBuiltin)).toEqual(["node:fs", "os", "path"]);
    expect(NODE_GLOBALS.filter(([, re]) => re.test(sample)).map(([name]) => name)).toEqual(["process", "__dirname", "Buffer"]);
    expect(NODE_GLOBALS.filter(([, re]) => re.test("ZodPreprocess.init(inst); const processed = 1;"))).toEqual([]);
  });

  for (const name of BROWSER_PACKAGES) {
    for (const file of DIST_FILES) {
      it(`packages/${name}/${file}`, () => {
        const code = readFileSync(join(ROOT, "packages", name, file), "utf8");
        const loaded = specifiers(code);
        // The scan sees the package's real imports (each package but calendar depends on another).
        if (name !== "calendar") expect(loaded.length).toBeGreaterThan(0);
        expect(loaded.filter(isNodeBuiltin)).toEqual([]);
        expect(NODE_GLOBALS.filter(([, re]) => re.test(code)).map(([global]) => global)).toEqual([]);
      });
    }
  }

  it("an app using the whole client bundles for the browser from the built files", async () => {
    const app = [
      'import { createClient, renderMarkdown, toCsv, toCsvRows, statutoryDeadline } from "@romsk-inkludering/sdk";',
      'const client = createClient({ asOf: "2018-05-02" });',
      "const report = client.aggregate([], { year: 2017 });",
      'export const out = [renderMarkdown(report, { lang: "sv" }), toCsv(toCsvRows(report)), client.check({}), client.deadlines({ from: "2018-01-01", to: "2018-12-31" }), statutoryDeadline("2012-09-01")];',
    ].join("\n");
    const result = await build({
      stdin: { contents: app, resolveDir: join(ROOT, "packages", "sdk"), loader: "js" },
      alias: { "@romsk-inkludering/sdk": join(ROOT, "packages", "sdk") },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      logLevel: "silent",
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    // The bundle is made of the built packages (and their npm dependencies), not of sources.
    // model's browser build (its `browser` condition: the same code without field descriptions) where a bundler targets the browser.
    const entry = (name: string): string => (name === "model" ? "packages/model/dist/browser/index.js" : `packages/${name}/dist/index.js`);
    for (const name of BROWSER_PACKAGES) expect(inputs).toContain(entry(name));
    expect(inputs.filter((p) => p.includes("/src/"))).toEqual([]);
    expect(inputs.filter(isNodeBuiltin)).toEqual([]);
  });
});
