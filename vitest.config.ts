import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packagesDir = fileURLToPath(new URL("./packages/", import.meta.url));

/** Workspace packages resolve to their sources, so tests never need a build first. */
const alias = readdirSync(packagesDir).map((name) => ({
  find: new RegExp(`^@romsk-inkludering/${name}$`),
  replacement: `${packagesDir}${name}/src/index.ts`,
}));

export default defineConfig({
  resolve: { alias },
  test: {
    include: ["packages/*/test/**/*.test.ts", "examples/*/test/**/*.test.ts"],
    environment: "node",
    pool: "threads",
    // No test may fail because the machine is slow (2 shared cores run
    // several builds at once): no time limit on tests or hooks. Property
    // tests are bounded by numRuns, every loop in the library by its input's
    // limits; speed targets live in `pnpm bench`.
    testTimeout: 0,
    hookTimeout: 0,
    // The JSON report feeds the closing "N passed, N failed" line of CI.
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/results.json" },
  },
});
