/**
 * The sizes and counts the READMEs quote are measured (scripts/readme-numbers.ts):
 * a stale number fails here. Sizes are of the built files (`pnpm test`
 * builds before it runs the tests).
 */
import { describe, expect, it } from "vitest";
import { measure, NUMBERS, quotes, staleness, type Quote } from "../../../scripts/readme-numbers.js";

const all = quotes();

describe("numbers quoted in the READMEs", () => {
  it("are marked where the READMEs quote sizes and counts", () => {
    const keys = new Set(all.map((q) => q.key));
    // Every number the script knows is quoted somewhere, and every quote has a known key.
    expect([...keys].sort()).toEqual(Object.keys(NUMBERS).sort());
    expect(all.filter((q) => q.file === "examples/browser/README.md").map((q) => q.key)).toEqual(["browser-bundle"]);
    expect(all.filter((q) => q.file === "packages/catalog/README.md").length).toBeGreaterThanOrEqual(7);
  });

  it("match what they measure (counts and budgets exactly, sizes within 10 %)", async () => {
    const measured = await measure(all.map((q) => q.key));
    expect(all.map((q) => staleness(q, measured.get(q.key) ?? Number.NaN)).filter((p) => p !== undefined)).toEqual([]);
  }, 600_000);

  it("would catch the old browser-bundle figure and a wrong count", () => {
    const browser: Quote = { file: "examples/browser/README.md", line: 22, key: "browser-bundle", text: "480 kB" };
    expect(staleness(browser, 127_000)).toMatch(/browser-bundle says 480 kB, it is 127 kB/);
    expect(staleness({ ...browser, text: "130 kB" }, 127_000)).toBeUndefined();
    const actors: Quote = { file: "packages/catalog/README.md", line: 13, key: "catalog-actors", text: "329" };
    expect(staleness(actors, 330)).toMatch(/catalog-actors says 329, it is 330/);
  });
});
