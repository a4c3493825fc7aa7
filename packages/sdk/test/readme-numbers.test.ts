/**
 * The sizes and counts the READMEs quote are measured (scripts/readme-numbers.ts):
 * a stale number fails here. Sizes are of the built files (`pnpm test`
 * builds before it runs the tests).
 */
import { describe, expect, it } from "vitest";
import {
  benchQuotes,
  benchStaleness,
  benchTable,
  measure,
  NUMBERS,
  quotes,
  readBenchRecord,
  staleness,
  type BenchRecord,
  type Quote,
} from "../../../scripts/readme-numbers.js";

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

describe("performance tables in the READMEs", () => {
  const record = readBenchRecord();
  const tables = benchQuotes();

  it("come from a record of runs of pnpm bench --record in a row (three when it ran to the end), every run complete with the same rows", () => {
    expect(tables.map((t) => `${t.file} ${t.group}`).sort()).toEqual(["packages/cli/README.md cli", "packages/model/README.md model", "packages/rules/README.md rules", "packages/sdk/README.md sdk"]);
    const runs = record?.runs ?? [];
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(3);
    const rowsOf = (i: number) => (runs[i]?.rows ?? []).map((r) => `${r.group} | ${r.row}`);
    expect(rowsOf(0).length).toBeGreaterThan(0);
    for (let i = 1; i < runs.length; i += 1) expect(rowsOf(i)).toEqual(rowsOf(0));
    expect(record?.runs.flatMap((run) => run.failed)).toEqual([]);
  });

  it("are the record's rendering (scripts/readme-numbers.ts --write)", () => {
    expect(tables.map((t) => benchStaleness(t, record)).filter((p) => p !== undefined)).toEqual([]);
  });

  it("would catch a figure that is not the record's", () => {
    const fake: BenchRecord = {
      machine: { cpus: 2, node: "v20.20.2" },
      runs: [1.02, 1.08, 1.31].map((median, i) => ({
        started: `2026-11-30T12:${String(40 + 5 * i)}:00.000Z`,
        loadAverage: [20 + i, 18, 12],
        failed: [],
        rows: [{ group: "model", row: "validate ÷ zod safeParse, valid area (1 fixture)", unit: "ratio" as const, min: median - 0.1, median, max: median + 0.2, rounds: 9, target: 1.1, pass: median <= 1.1 }],
      })),
    };
    const table = benchTable(fake, "model");
    expect(table.split("\n").at(-1)).toBe("| validate ÷ zod safeParse, valid area (1 fixture) | 1.02×, 1.08×, 1.31× | 0.92×–1.51× | ≤ 1.10× | PASS, PASS, MISS |");
    const quote = { file: "packages/model/README.md", line: 240, group: "model", text: table.replace("1.31×", "1.03×") };
    expect(benchStaleness(quote, fake)).toMatch(/bench:model differs from bench\/results.json/);
    expect(benchStaleness({ ...quote, text: table }, fake)).toBeUndefined();
    expect(benchStaleness({ ...quote, text: table }, undefined)).toMatch(/no bench\/results.json/);
  });
});
