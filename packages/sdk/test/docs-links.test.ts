/**
 * The link check of the built reference (scripts/docs-links.mjs, run by
 * scripts/docs-ci.sh after `pnpm run docs`), on a small site made here: it
 * finds missing pages, missing anchors and bare auto-links, and passes a
 * site whose links all resolve. The sources that markdown auto-linked
 * ("FACTS.md", "JsonSchema.Net", "minoritet.se") name those words as code.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkSite, isBareAutoLink, linksOf } from "../../../scripts/docs-links.mjs";

const site = mkdtempSync(join(tmpdir(), "docs-links-"));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function page(path: string, body: string): void {
  mkdirSync(join(site, path, ".."), { recursive: true });
  writeFileSync(join(site, path), `<!doctype html><html><head><link rel="stylesheet" href="${"../".repeat(path.split("/").length - 1)}assets/style.css"></head><body>${body}</body></html>`);
}

describe("the link check", () => {
  page("assets/style.css", "");
  page("index.html", '<a href="functions/f.html#example">f</a> <a href="https://zod.dev">https://zod.dev</a> <a href="https://standardschema.dev">Standard Schema</a>');
  page("functions/f.html", '<h2 id="example">Example</h2><a href="../index.html">home</a><a href="#example">here</a>');

  it("passes a site whose links resolve", () => {
    expect(checkSite(site)).toEqual([]);
  });

  it("finds a missing page, a missing anchor and a bare auto-link", () => {
    page(
      "documents/guide.html",
      '<a href="../functions/g.html">g</a> <a href="../functions/f.html#nowhere">f</a> <a href="http://FACTS.md">FACTS.md</a> <a href="http://JsonSchema.Net">JsonSchema.Net</a>',
    );
    expect(checkSite(site)).toEqual([
      'documents/guide.html: ../functions/f.html#nowhere: no element with id "nowhere" in functions/f.html',
      "documents/guide.html: ../functions/g.html does not exist",
      'documents/guide.html: bare auto-link http://FACTS.md (from the text "FACTS.md"): write it as `code` or link it explicitly',
      'documents/guide.html: bare auto-link http://JsonSchema.Net (from the text "JsonSchema.Net"): write it as `code` or link it explicitly',
    ]);
    rmSync(join(site, "documents"), { recursive: true });
  });

  it("tells an auto-link from a written address or a named link", () => {
    expect(isBareAutoLink({ url: "http://FACTS.md", text: "FACTS.md" })).toBe(true);
    expect(isBareAutoLink({ url: "https://zod.dev", text: "https://zod.dev" })).toBe(false);
    expect(isBareAutoLink({ url: "https://standardschema.dev", text: "Standard Schema" })).toBe(false);
    expect(linksOf('<a class="x" href="a.html?x=1&amp;y=2">A <code>b</code></a>')).toEqual([{ attr: "href", url: "a.html?x=1&y=2", text: "A b" }]);
  });
});

describe("the sources that markdown auto-linked", () => {
  const root = new URL("../../../", import.meta.url);
  it.each([
    ["examples/data/README.md", "FACTS.md"],
    ["examples/integrator/README.md", "JsonSchema.Net"],
    ["docs/deadlines.md", "minoritet.se"],
  ])("%s names %s as code", (file, word) => {
    const text = readFileSync(new URL(file, root), "utf8");
    expect(text).toContain(`\`${word}\``);
    expect(text.replaceAll(`\`${word}\``, "")).not.toContain(word);
  });

  it("is hooked into the docs CI after the site is built, with the search ranking check", () => {
    const ci = readFileSync(new URL("scripts/docs-ci.sh", root), "utf8");
    expect(ci.indexOf("node scripts/docs-links.mjs")).toBeGreaterThan(ci.indexOf("pnpm run docs"));
    expect(ci.indexOf("node scripts/docs-search.mjs")).toBeGreaterThan(ci.indexOf("pnpm run docs"));
  });

  it("boosts functions and guides in the site's search, and lowers properties", () => {
    const typedoc = JSON.parse(readFileSync(new URL("typedoc.json", root), "utf8")) as { searchGroupBoosts: Record<string, number> };
    const boosts = typedoc.searchGroupBoosts;
    expect(Math.min(boosts["Functions"] ?? 1, boosts["Documents"] ?? 1)).toBeGreaterThan(Math.max(boosts["Interfaces"] ?? 1, boosts["Type Aliases"] ?? 1, boosts["Properties"] ?? 1));
  });
});
