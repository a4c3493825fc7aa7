#!/usr/bin/env node
// Runs every benchmark (packages/*/bench/*.bench.ts) in its own process, so
// heap figures are not polluted by other benchmarks. Benchmarks print their
// figures and ratios; they never fail a build on timing alone.
import { spawnSync } from "node:child_process";
import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

const only = process.argv.slice(2);
const files = readdirSync("packages")
  .flatMap((pkg) => {
    const dir = join("packages", pkg, "bench");
    return existsSync(dir)
      ? readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).map((f) => join(dir, f))
      : [];
  })
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

if (files.length === 0) {
  console.log("no benchmarks found");
  process.exit(0);
}
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=4096", "--import", "tsx", file],
    { stdio: "inherit" },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
