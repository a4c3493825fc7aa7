/**
 * The numbers the READMEs quote (sizes and counts), measured. A quoted
 * number is marked in the Markdown as
 *
 *   <!-- number:KEY -->TEXT<!-- /number -->
 *
 * (the comment does not show on GitHub, npm or the docs site). This script
 * measures every key: the packages' built ESM entries brotli-compressed as
 * size-limit counts them, their budgets in .size-limit.json, the browser
 * example's minified bundle, the catalog's counts. The tests
 * (packages/sdk/test/readme-numbers.test.ts) compare every marked number
 * with the measurement, so a stale number fails them: counts and budgets
 * must be exact, sizes within 10 % (a size changes with every edit of the
 * code; 10 % is when the sentence around it stops being true).
 *
 *   node --import tsx scripts/readme-numbers.ts          quoted vs measured
 *   node --import tsx scripts/readme-numbers.ts --write  rewrite every marked number
 *
 * Run after `pnpm build` (sizes are of the built files).
 *
 * The performance tables are blocks
 *
 *   <!-- bench:GROUP -->TABLE<!-- /bench -->
 *
 * rendered from the record of three runs of `pnpm bench` in a row
 * (bench/results.json, written by `pnpm bench --record`): every row of the
 * group with the medians of the three runs, the spread of all their rounds,
 * the target and the verdicts. The tests compare each block with its
 * rendering, so a table can only come from the record (nothing is timed in
 * a test: the record is read, not remade).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { catalog, commissions, counties, municipalities } from "@romsk-inkludering/catalog";
import { formatFigure, type Row } from "./bench/kit.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The Markdown files that may quote numbers. */
export const FILES: readonly string[] = [
  "README.md",
  "examples/browser/README.md",
  "examples/notebook/README.md",
  ...["calendar", "model", "catalog", "rules", "reports", "sdk", "cli"].map((p) => `packages/${p}/README.md`),
];

/** How a number is written and how close the quote must be. */
export interface NumberKind {
  readonly format: (value: number) => string;
  readonly parse: (text: string) => number;
  /** Largest allowed |quoted − measured| / measured (0: exact). */
  readonly tolerance: number;
}

const parseNumber = (text: string): number => Number(text.replace(/[^0-9.]/g, ""));
const COUNT: NumberKind = { format: (n) => String(n), parse: parseNumber, tolerance: 0 };
const KB_2: NumberKind = { format: (bytes) => `${(bytes / 1000).toFixed(2)} kB`, parse: (t) => parseNumber(t) * 1000, tolerance: 0.1 };
const KB_0: NumberKind = { format: (bytes) => `${Math.round(bytes / 1000)} kB`, parse: (t) => parseNumber(t) * 1000, tolerance: 0.1 };
const BUDGET: NumberKind = { format: (bytes) => `${Math.round(bytes / 1000)} kB`, parse: (t) => parseNumber(t) * 1000, tolerance: 0 };

const PACKAGES = ["calendar", "model", "catalog", "rules", "reports", "sdk", "cli"] as const;

function sizeLimitEntries(): { name: string; path: string; limit: string }[] {
  return JSON.parse(readFileSync(join(ROOT, ".size-limit.json"), "utf8")) as { name: string; path: string; limit: string }[];
}

/** A built file brotli-compressed at quality 11, as size-limit's file plugin measures it. */
function brotliBytes(file: string): number {
  return brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** The browser example's bundle, minified, as its build makes it (esbuild, ESM, browser). */
async function browserBundleBytes(): Promise<number> {
  const dir = join(ROOT, "examples", "browser");
  // esbuild is the example's dev dependency, not the root's: load it from there.
  const esbuild = createRequire(join(dir, "package.json"))("esbuild") as {
    build(options: Record<string, unknown>): Promise<{ outputFiles: { contents: Uint8Array }[] }>;
  };
  const result = await esbuild.build({
    entryPoints: [join(dir, "src", "main.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.contents.length ?? 0;
}

/** Every key: how to measure it and how it is written. */
export const NUMBERS: Readonly<Record<string, { kind: NumberKind; measure: () => number | Promise<number> }>> = {
  ...Object.fromEntries(
    PACKAGES.filter((p) => p !== "cli").map((p) => [`size-${p}`, { kind: KB_2, measure: () => brotliBytes(join(ROOT, "packages", p, "dist", "index.js")) }]),
  ),
  "size-cli": {
    kind: KB_2,
    // size-limit's entries are packages/cli/dist/*.js and packages/cli/generated/*.js: every built ESM file of the command and its compiled validators.
    measure: () =>
      ["dist", "generated"].reduce(
        (total, folder) =>
          total +
          readdirSync(join(ROOT, "packages", "cli", folder))
            .filter((f) => f.endsWith(".js"))
            .reduce((sum, f) => sum + brotliBytes(join(ROOT, "packages", "cli", folder, f)), 0),
        0,
      ),
  },
  ...Object.fromEntries(
    PACKAGES.map((p) => [
      `budget-${p}`,
      { kind: BUDGET, measure: () => BUDGET.parse(sizeLimitEntries().find((e) => e.name === `@romsk-inkludering/${p}`)?.limit ?? "0") },
    ]),
  ),
  "browser-bundle": { kind: KB_0, measure: browserBundleBytes },
  "catalog-actors": { kind: COUNT, measure: () => catalog.actors.length },
  "catalog-municipalities": { kind: COUNT, measure: () => municipalities().length },
  "catalog-counties": { kind: COUNT, measure: () => counties().length },
  "catalog-commissions": { kind: COUNT, measure: () => commissions().length },
  "catalog-parts": { kind: COUNT, measure: () => commissions().reduce((n, c) => n + c.parts.length, 0) },
  "catalog-deliverables": {
    kind: COUNT,
    measure: () => commissions().reduce((n, c) => n + c.parts.reduce((m, p) => m + p.deliverables.length, 0), 0),
  },
  "catalog-indicators": { kind: COUNT, measure: () => catalog.indicators.length },
};

/** A marked number in a file. */
export interface Quote {
  readonly file: string;
  readonly line: number;
  readonly key: string;
  readonly text: string;
}

const MARK = /<!-- number:([a-z0-9-]+) -->([^<]*)<!-- \/number -->/g;

/** Every marked number of the files. */
export function quotes(files: readonly string[] = FILES): Quote[] {
  return files.flatMap((file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    return [...text.matchAll(MARK)].map((m) => ({
      file,
      line: text.slice(0, m.index).split("\n").length,
      key: m[1] ?? "",
      text: m[2] ?? "",
    }));
  });
}

/** Measures the given keys. */
export async function measure(keys: Iterable<string>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const key of new Set(keys)) {
    const entry = NUMBERS[key];
    if (entry === undefined) throw new Error(`readme-numbers: unknown key ${key}`);
    out.set(key, await entry.measure());
  }
  return out;
}

/** Why a quote is stale (undefined when it is not). */
export function staleness(quote: Quote, measured: number): string | undefined {
  const entry = NUMBERS[quote.key];
  if (entry === undefined) return `${quote.file}:${quote.line}: unknown number ${quote.key}`;
  const quoted = entry.kind.parse(quote.text);
  const off = measured === 0 ? Math.abs(quoted) : Math.abs(quoted - measured) / measured;
  if (Number.isNaN(quoted) || off > entry.kind.tolerance + 1e-9) {
    return `${quote.file}:${quote.line}: ${quote.key} says ${quote.text}, it is ${entry.kind.format(measured)} (run node --import tsx scripts/readme-numbers.ts --write)`;
  }
  return undefined;
}

/** A row of a benchmark, as scripts/bench/kit.ts prints and records it. */
export type BenchRow = Row;

/** bench/results.json: the runs of `pnpm bench --record`. */
export interface BenchRecord {
  readonly machine: { readonly cpus: number; readonly node: string };
  readonly runs: readonly { readonly started: string; readonly loadAverage: readonly number[]; readonly failed: readonly string[]; readonly rows: readonly BenchRow[] }[];
}

/** The record the performance tables come from. */
export const BENCH_RECORD = "bench/results.json";

/** Reads the record (undefined when there is none). */
export function readBenchRecord(file: string = join(ROOT, BENCH_RECORD)): BenchRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as BenchRecord;
  } catch {
    return undefined;
  }
}


/** The performance table of a group: one line per row, from every run of the record. */
export function benchTable(record: BenchRecord, group: string): string {
  const names: string[] = [];
  for (const run of record.runs) for (const r of run.rows) if (r.group === group && !names.includes(r.row)) names.push(r.row);
  const days = [...new Set(record.runs.map((run) => run.started.slice(0, 10)))].join(", ");
  const times = record.runs.map((run) => run.started.slice(11, 16)).join(", ");
  const loads = record.runs.map((run) => String(run.loadAverage[0] ?? "?")).join(", ");
  const lines = [
    `${record.runs.length} runs in a row of \`pnpm bench --record\` (\`${BENCH_RECORD}\`), started ${days} at ${times} UTC on ${record.machine.cpus} shared CPUs, 1-minute load averages ${loads}, Node ${record.machine.node}. CPU time; each median is that of the run's interleaved rounds, the spread is the lowest and highest round of all runs.`,
    "",
    `| row | medians of the ${record.runs.length} runs | spread | target | verdicts |`,
    "| --- | --- | --- | --- | --- |",
  ];
  for (const name of names) {
    const rows = record.runs.map((run) => run.rows.find((r) => r.group === group && r.row === name));
    const present = rows.filter((r): r is BenchRow => r !== undefined);
    const first = present[0] as BenchRow;
    const medians = rows.map((r) => (r === undefined ? "—" : formatFigure(r.unit, r.median))).join(", ");
    const low = Math.min(...present.map((r) => r.min));
    const high = Math.max(...present.map((r) => r.max));
    const verdicts = rows.map((r) => (r === undefined ? "—" : r.pass ? "PASS" : "MISS")).join(", ");
    lines.push(`| ${name.replace(/\|/g, "\\|")} | ${medians} | ${formatFigure(first.unit, low)}–${formatFigure(first.unit, high)} | ≤ ${formatFigure(first.unit, first.target)} | ${verdicts} |`);
  }
  return lines.join("\n");
}

const BENCH_MARK = /<!-- bench:([a-z0-9-]+) -->\n([\s\S]*?)\n<!-- \/bench -->/g;

/** A performance table in a file. */
export interface BenchQuote {
  readonly file: string;
  readonly line: number;
  readonly group: string;
  readonly text: string;
}

/** Every performance table of the files. */
export function benchQuotes(files: readonly string[] = FILES): BenchQuote[] {
  return files.flatMap((file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    return [...text.matchAll(BENCH_MARK)].map((m) => ({ file, line: text.slice(0, m.index).split("\n").length, group: m[1] ?? "", text: m[2] ?? "" }));
  });
}

/** Why a performance table is stale (undefined when it is the record's rendering). */
export function benchStaleness(quote: BenchQuote, record: BenchRecord | undefined): string | undefined {
  if (record === undefined) return `${quote.file}:${quote.line}: bench:${quote.group} but there is no ${BENCH_RECORD} (run pnpm bench --record)`;
  if (!record.runs.some((run) => run.rows.some((r) => r.group === quote.group))) return `${quote.file}:${quote.line}: bench:${quote.group}: no such group in ${BENCH_RECORD}`;
  if (quote.text !== benchTable(record, quote.group)) return `${quote.file}:${quote.line}: bench:${quote.group} differs from ${BENCH_RECORD} (run node --import tsx scripts/readme-numbers.ts --write)`;
  return undefined;
}

/** Rewrites every marked number with its measurement and every performance table from the record; returns the files changed. */
export async function write(files: readonly string[] = FILES): Promise<string[]> {
  const measured = await measure(quotes(files).map((q) => q.key));
  const record = readBenchRecord();
  const changed: string[] = [];
  for (const file of files) {
    const path = join(ROOT, file);
    const before = readFileSync(path, "utf8");
    const after = before.replace(BENCH_MARK, (_all, group: string) => {
      if (record === undefined) throw new Error(`readme-numbers: ${file} has a bench:${group} table but there is no ${BENCH_RECORD}`);
      return `<!-- bench:${group} -->\n${benchTable(record, group)}\n<!-- /bench -->`;
    }).replace(MARK, (_all, key: string) => {
      const entry = NUMBERS[key];
      const value = measured.get(key);
      if (entry === undefined || value === undefined) throw new Error(`readme-numbers: unknown key ${key}`);
      return `<!-- number:${key} -->${entry.kind.format(value)}<!-- /number -->`;
    });
    if (after !== before) {
      writeFileSync(path, after);
      changed.push(file);
    }
  }
  return changed;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--write")) {
    const changed = await write();
    console.log(`readme-numbers: ${changed.length === 0 ? "nothing to change" : `rewrote ${changed.join(", ")}`}`);
  } else {
    const all = quotes();
    const measured = await measure(all.map((q) => q.key));
    let stale = 0;
    for (const q of all) {
      const problem = staleness(q, measured.get(q.key) ?? Number.NaN);
      if (problem !== undefined) stale += 1;
      console.log(`${problem === undefined ? "ok   " : "STALE"} ${q.file}:${q.line} ${q.key}: ${q.text} (measured ${NUMBERS[q.key]?.kind.format(measured.get(q.key) ?? 0)})`);
    }
    const record = readBenchRecord();
    for (const q of benchQuotes()) {
      const problem = benchStaleness(q, record);
      if (problem !== undefined) stale += 1;
      console.log(`${problem === undefined ? "ok   " : "STALE"} ${q.file}:${q.line} bench:${q.group}${problem === undefined ? "" : `: ${problem}`}`);
    }
    process.exitCode = stale === 0 ? 0 : 1;
  }
}
