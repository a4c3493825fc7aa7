/** Every ts block of the README and of the guides in docs/ runs and states true results. */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { markdownExamples, PACKAGES, runExample } from "../../../scripts/doc-examples.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const pages = ["README.md", ...readdirSync(`${root}docs`).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];

describe("code in the README and the guides", () => {
  it("has guides", () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
  });
  for (const page of pages) {
    for (const example of markdownExamples(`${root}${page}`)) {
      it(`${page}:${example.line}`, async () => {
        await runExample(example, PACKAGES);
      });
    }
  }
});
