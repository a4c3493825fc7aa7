/**
 * What validate() costs over a bare zod safeParse: the plain-data copy
 * (cycles, depth, getters, __proto__), issue translation and sorting.
 * Prints figures and ratios; asserts nothing about timing.
 */
import { readFileSync } from "node:fs";
import { Bench } from "tinybench";
import { AnnualReportSchema, CommissionSchema, validate } from "../src/index.js";

const load = (path: string): unknown => JSON.parse(readFileSync(new URL(`../test/fixtures/valid/${path}.json`, import.meta.url), "utf8"));

const commission = load("commission/lst-stockholm-2012");
const report = load("annual-report/example-municipality-2017") as { observations: unknown[] };
const bigReport = {
  ...report,
  observations: Array.from({ length: 10_000 }, (_, i) => ({
    indicatorId: "long-term-unemployment",
    place: { level: "municipality", code: String(1000 + (i % 290)).padStart(4, "0") },
    year: 2010 + (i % 10),
    gender: (["T", "K", "M"] as const)[i % 3],
    value: i % 7 === 0 ? null : (i % 100) / 10,
  })),
};
const brokenCommission = { ...(commission as object), period: { from: "2015-12-31", to: "2023-02-29" }, extra: 1 };

const bench = new Bench({ time: 500 });
bench
  .add("zod safeParse: commission (seed 000)", () => CommissionSchema.safeParse(commission))
  .add("validate: commission (seed 000)", () => validate("commission", commission))
  .add("zod safeParse: invalid commission", () => CommissionSchema.safeParse(brokenCommission))
  .add("validate: invalid commission", () => validate("commission", brokenCommission))
  .add("zod safeParse: annual report, 10 000 observations", () => AnnualReportSchema.safeParse(bigReport))
  .add("validate: annual report, 10 000 observations", () => validate("annual-report", bigReport));

await bench.run();
console.table(bench.table());

const hz = (name: string): number => {
  const result = bench.tasks.find((t) => t.name === name)?.result;
  return result !== undefined && "throughput" in result ? result.throughput.mean : Number.NaN;
};
const ratio = (a: string, b: string): string => (hz(a) / hz(b)).toFixed(2);
console.log("safeParse / validate throughput ratios (how many times faster the bare parse is):");
console.log(`  commission:            ${ratio("zod safeParse: commission (seed 000)", "validate: commission (seed 000)")}`);
console.log(`  invalid commission:    ${ratio("zod safeParse: invalid commission", "validate: invalid commission")}`);
console.log(`  10 000 observations:   ${ratio("zod safeParse: annual report, 10 000 observations", "validate: annual report, 10 000 observations")}`);
