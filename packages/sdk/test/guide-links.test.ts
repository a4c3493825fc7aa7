/**
 * Every package export that a guide's code imports is linked to its page in
 * the reference ({@link package!name}, resolved and validated by TypeDoc
 * when the site is built), right after the code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownExamples, ROOT, workspacePackages } from "../../../scripts/doc-examples.js";

const guides = readdirSync(join(ROOT, "docs"))
  .filter((f) => f.endsWith(".md"))
  .sort();
const packageNames = workspacePackages().map((p) => p.name);

describe.each(guides.map((g) => [g] as const))("docs/%s", (guide) => {
  const text = readFileSync(join(ROOT, "docs", guide), "utf8");
  const imported = markdownExamples(join(ROOT, "docs", guide)).flatMap((e) =>
    [...e.code.matchAll(/^import \{([^}]*)\} from "@romsk-inkludering\/[a-z]+";/gm)].flatMap((m) =>
      (m[1] ?? "")
        .split(",")
        .map((n) => n.trim())
        .filter((n) => n !== "" && !n.startsWith("type ")),
    ),
  );
  it("links every export its code imports to the reference", () => {
    const linked = new Set([...text.matchAll(/\{@link (@romsk-inkludering\/[a-z]+)!([A-Za-z_]+) \| \2\}/g)].filter((m) => packageNames.includes(m[1] ?? "")).map((m) => m[2]));
    expect(imported.filter((name) => !linked.has(name))).toEqual([]);
  });
});
