import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { registry } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

const list = (dir: string, suffix: string) =>
  readdirSync(fileURLToPath(new URL(dir, import.meta.url)))
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort();

describe("rule files", () => {
  const ids = registry.map((rule) => rule.id);

  it("are named after their rule ids, one file per rule in src/rules", () => {
    expect(ids).toHaveLength(15);
    expect(list("../src/rules/", ".ts")).toEqual(ids);
  });

  it("have their tests named the same way", () => {
    expect(list("./rules/", ".test.ts")).toEqual(ids);
  });
});
