/**
 * Importing from the SDK keeps tree-shaking: a tiny app that only
 * validates bundles the model (and zod) but none of the rules, the
 * reports, the catalog's data or the client. Bundled with esbuild from the
 * sources (the current code) and from the built files (what an app gets
 * from npm). A second app that uses the client is the control: the same
 * markers are in its bundle, so their absence above means something.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { distProblems, requireDist, ROOT } from "./support.js";

/** Strings that only the code of one package contains. */
const MARKERS = {
  rules: ["deliverable.on-time", "consultation.roma-participation", "funding.budget-arithmetic"],
  reports: ["year must be an integer, got", "Pilotkommuner", "suppressionThreshold must be a non-negative integer"],
  catalog: ["Helsingborg", "arbetsmarknadsdepartementet", "linkoping-consultation"],
  client: ["the SDK never reads the clock", "ClientConfigError"],
} as const;

/** What validation itself needs: the model's own strings. */
const MODEL_MARKERS = ["unknown-kind", "Okänd typ"];

const VALIDATE_ONLY = [
  'import { validate, formatIssues } from "@romsk-inkludering/sdk";',
  'const result = validate("observation", { indicatorId: "n03926", place: { level: "country" }, year: 2019, gender: "X", value: 1.5 });',
  'export const text = result.success ? "" : formatIssues(result.issues, "sv");',
].join("\n");

const WITH_CLIENT = [
  'import { createClient, renderMarkdown } from "@romsk-inkludering/sdk";',
  'const client = createClient({ asOf: "2018-05-02" });',
  'export const out = [client.check({}), renderMarkdown(client.aggregate([], { year: 2017 }), { lang: "sv" })];',
].join("\n");

/** Resolves the workspace packages to their sources, keeping their `"sideEffects": false`. */
const workspaceSources: Plugin = {
  name: "workspace-sources",
  setup(b) {
    b.onResolve({ filter: /^@romsk-inkludering\/[a-z]+$/ }, (args) => {
      const name = args.path.split("/")[1] as string;
      const manifest = JSON.parse(readFileSync(join(ROOT, "packages", name, "package.json"), "utf8")) as { sideEffects?: boolean };
      return { path: join(ROOT, "packages", name, "src", "index.ts"), sideEffects: manifest.sideEffects !== false };
    });
  },
};

async function bundle(contents: string, from: "sources" | "dist"): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: join(ROOT, "packages", "sdk"), loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    // Keep å, ä and ö as they are, so that Swedish markers can be found.
    charset: "utf8",
    logLevel: "silent",
    ...(from === "sources" ? { plugins: [workspaceSources] } : { alias: { "@romsk-inkludering/sdk": join(ROOT, "packages", "sdk") } }),
  });
  expect(result.errors).toEqual([]);
  return result.outputFiles[0]?.text ?? "";
}

function present(code: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(MARKERS).map(([name, list]) => [name, list.filter((m) => code.includes(m))]));
}

const NONE = { rules: [], reports: [], catalog: [], client: [] };

describe("tree-shaking from the sources", () => {
  it("an app that only validates contains the model, and no rules, reports, catalog data or client", async () => {
    const code = await bundle(VALIDATE_ONLY, "sources");
    expect(MODEL_MARKERS.filter((m) => code.includes(m))).toEqual(MODEL_MARKERS);
    expect(present(code)).toEqual(NONE);
  });

  it("control: an app that uses the client contains every marker", async () => {
    const code = await bundle(WITH_CLIENT, "sources");
    expect(present(code)).toEqual(MARKERS);
  });
});

describe("tree-shaking from the built files", () => {
  it("has its precondition: every package built", () => {
    expect(distProblems(["no-such-package"])).toEqual(["packages/no-such-package/dist/index.js, dist/index.cjs missing"]);
    requireDist(["model", "calendar", "catalog", "rules", "reports", "sdk"]);
  });

  it("an app that only validates contains the model, and no rules, reports, catalog data or client", async () => {
    requireDist(["model", "calendar", "catalog", "rules", "reports", "sdk"]);
    const code = await bundle(VALIDATE_ONLY, "dist");
    expect(MODEL_MARKERS.filter((m) => code.includes(m))).toEqual(MODEL_MARKERS);
    expect(present(code)).toEqual(NONE);
  });

  it("control: an app that uses the client contains every marker", async () => {
    requireDist(["model", "calendar", "catalog", "rules", "reports", "sdk"]);
    const code = await bundle(WITH_CLIENT, "dist");
    expect(present(code)).toEqual(MARKERS);
  });
});
