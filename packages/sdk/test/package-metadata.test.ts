/**
 * The seven packages carry the metadata npm users expect: where the source
 * is (repository with its directory), a homepage, where to report bugs,
 * keywords, and publishing with public access and npm provenance.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const packagesDir = new URL("../../", import.meta.url);
const REPOSITORY = "https://github.com/romsk-inkludering/romsk-inkludering";

interface PackageJson {
  name: string;
  repository?: { type?: string; url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  keywords?: string[];
  publishConfig?: { access?: string; provenance?: boolean };
}

const packages = readdirSync(packagesDir)
  .sort()
  .map((folder) => ({ folder, pkg: JSON.parse(readFileSync(new URL(`${folder}/package.json`, packagesDir), "utf8")) as PackageJson }));

describe("package metadata", () => {
  it("covers the seven packages", () => {
    expect(packages.map((p) => p.pkg.name)).toEqual(
      ["calendar", "catalog", "cli", "model", "reports", "rules", "sdk"].map((n) => `@romsk-inkludering/${n}`),
    );
  });

  it.each(packages.map((p) => [p.pkg.name, p] as const))("%s: repository, homepage, bugs, keywords, provenance", (_name, { folder, pkg }) => {
    expect(pkg.repository).toEqual({ type: "git", url: `git+${REPOSITORY}.git`, directory: `packages/${folder}` });
    expect(pkg.homepage).toBe(`${REPOSITORY}/tree/main/packages/${folder}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
    expect(pkg.keywords).toEqual(expect.arrayContaining(["roma", "romsk-inkludering", "sweden"]));
    expect(new Set(pkg.keywords).size).toBe(pkg.keywords?.length);
    expect(pkg.publishConfig).toEqual({ access: "public", provenance: true });
  });
});
