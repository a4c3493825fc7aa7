// The size budgets of .size-limit.json against what size-limit measures
// (each package's built ESM entry, brotli-compressed, without its
// dependencies). Run after `pnpm build`.
//
//   node scripts/release-sizes.mjs          prints a Markdown table: measured, budget, headroom
//   node scripts/release-sizes.mjs --write  sets every budget to the measured size plus 25 %,
//                                           rounded up to a whole kB, and prints the table
//
// The budgets are a decision, so `pnpm size` (in `pnpm test`) only checks
// them; this script is how they are chosen, with one rule for all packages.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const configPath = join(root, ".size-limit.json");

/** The margin over the measured size that a budget allows. */
export const MARGIN = 0.25;

/** A budget for a measured size in bytes: the size plus the margin, rounded up to a whole kB (1000 bytes, as size-limit counts). */
export function budgetFor(bytes) {
  return `${Math.ceil((bytes * (1 + MARGIN)) / 1000)} kB`;
}

/** Bytes of a size-limit limit such as "16 kB" (size-limit's units: 1 kB = 1000 B). */
export function limitBytes(limit) {
  const match = /^\s*([\d.]+)\s*(B|kB|KB|MB)\s*$/.exec(limit);
  if (!match) throw new Error(`unreadable size limit ${JSON.stringify(limit)}: expected e.g. "16 kB"`);
  return Number(match[1]) * { B: 1, kB: 1000, KB: 1000, MB: 1e6 }[match[2]];
}

function main() {
  const write = process.argv.includes("--write");
  const run = spawnSync(join(root, "node_modules/.bin/size-limit"), ["--json"], { cwd: root, encoding: "utf8" });
  const measured = JSON.parse(run.stdout);
  const config = JSON.parse(readFileSync(configPath, "utf8"));
  const size = new Map(measured.map((m) => [m.name, m.size]));
  if (write) {
    for (const entry of config) entry.limit = budgetFor(size.get(entry.name));
    writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
  }
  console.log("| package | measured | budget | headroom |\n| --- | ---: | ---: | ---: |");
  for (const entry of config) {
    const bytes = size.get(entry.name);
    const budget = limitBytes(entry.limit);
    console.log(`| \`${entry.name.replace("@romsk-inkludering/", "")}\` | ${(bytes / 1000).toFixed(2)} kB | ${entry.limit} | ${Math.round((budget / bytes - 1) * 100)} % |`);
  }
  const over = config.filter((e) => size.get(e.name) > limitBytes(e.limit));
  if (over.length > 0) console.error(`over budget: ${over.map((e) => e.name).join(", ")}`);
  return over.length > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
