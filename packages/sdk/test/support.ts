/**
 * Shared helpers of the tests that read built files: where the packages
 * are, and a precondition that their dist is there and not older than
 * their sources.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root directory, with a trailing slash. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The packages below the command line, which must run in a browser. */
export const BROWSER_PACKAGES = ["model", "calendar", "catalog", "rules", "reports", "sdk"] as const;

/** The built files of a package that apps load (ESM and CommonJS). */
export const DIST_FILES = ["dist/index.js", "dist/index.cjs"] as const;

function newest(dir: string): { path: string; mtimeMs: number } {
  let best = { path: dir, mtimeMs: 0 };
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    const candidate = stat.isDirectory() ? newest(path) : { path, mtimeMs: stat.mtimeMs };
    if (candidate.mtimeMs > best.mtimeMs) best = candidate;
  }
  return best;
}

/**
 * Problems that stop a test of built files: a package not built, or built
 * before its sources last changed. Empty when every dist is usable.
 */
export function distProblems(packages: readonly string[]): string[] {
  const problems: string[] = [];
  for (const name of packages) {
    const dir = join(ROOT, "packages", name);
    const missing = DIST_FILES.filter((file) => !existsSync(join(dir, file)));
    if (missing.length > 0) {
      problems.push(`packages/${name}/${missing.join(", ")} missing`);
      continue;
    }
    const built = Math.min(...DIST_FILES.map((file) => statSync(join(dir, file)).mtimeMs));
    const source = newest(join(dir, "src"));
    if (source.mtimeMs > built) problems.push(`packages/${name}/dist is older than ${source.path.slice(ROOT.length)}`);
  }
  return problems;
}

/** Throws a message that says what to run when the dist of `packages` cannot be used. */
export function requireDist(packages: readonly string[]): void {
  const problems = distProblems(packages);
  if (problems.length > 0) {
    throw new Error(
      `Precondition: this test reads the built packages; build them first with \`pnpm build\` (the root \`pnpm test\` builds before the unit tests).\n  ${problems.join("\n  ")}`,
    );
  }
}
