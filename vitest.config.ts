import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packagesDir = fileURLToPath(new URL("./packages/", import.meta.url));

/** Workspace packages resolve to their sources, so tests never need a build first. */
const alias = [
  // The sdk's light entry point (validation, schemas and dates without the catalog, rules and reports).
  { find: /^@romsk-inkludering\/sdk\/core$/, replacement: `${packagesDir}sdk/src/core.ts` },
  // The model's checks without zod (the cli's fast path for valid records).
  { find: /^@romsk-inkludering\/model\/scan$/, replacement: `${packagesDir}model/src/scan.ts` },
  // The reports' HTML report (Vega charts), a subpath of its own.
  { find: /^@romsk-inkludering\/reports\/html$/, replacement: `${packagesDir}reports/src/html.ts` },
  ...readdirSync(packagesDir).map((name) => ({
    find: new RegExp(`^@romsk-inkludering/${name}$`),
    replacement: `${packagesDir}${name}/src/index.ts`,
  })),
];

export default defineConfig({
  resolve: { alias },
  test: {
    include: ["packages/*/test/**/*.test.ts", "examples/*/test/**/*.test.ts"],
    environment: "node",
    pool: "threads",
    // Test files share the modules a worker has imported instead of importing
    // the whole stack again for each file (about a third of the unit run's
    // time). That is sound because nothing a test can reach keeps state that
    // changes answers: the functions are pure, the catalog data is frozen all
    // the way down, and the packages' only module-level variables are lazily
    // built memos of that frozen data. No test may mock a module, stub a global
    // or the environment, or fake timers (packages/sdk/test/shared-modules.test.ts
    // fails on one), since such a change would leak into the next file.
    isolate: false,
    // No test may fail because the machine is slow or loaded: the limits
    // only catch a hang. Speed targets live in the benchmarks (pnpm bench).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // The JSON report feeds the closing "N passed, N failed" line of CI.
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/results.json" },
  },
});
