// Publishes the workspace's public packages, or rehearses it offline.
//
//   node scripts/release.mjs            check, then `changeset publish`
//   node scripts/release.mjs --dry-run  check, then `npm publish <tarball> --dry-run --offline`
//
// `pnpm release` and `pnpm release:dry` build and lint the packaging
// (publint, attw) first. This script then
//   1. checks the changesets configuration: independent versions (nothing
//      fixed or linked), a changelog per package, public access, private
//      packages (the examples) neither versioned nor tagged;
//   2. prints the release plan of the pending changesets (`changeset status`);
//   3. packs every public package with `pnpm pack` (which turns `workspace:`
//      ranges into versions) and checks each tarball: no `workspace:` range
//      left, every file that package.json points to (main, module, types,
//      exports, bin) inside, a README, the licence field;
//   4. publishes: `changeset publish` (the registry decides what is new), or
//      for the dry run `npm publish` of each checked tarball with `--dry-run
//      --offline`, which never contacts the registry (`pnpm -r publish
//      --dry-run` asks the registry for every package and waits minutes for
//      it when offline).
// Exits 1 with every problem listed when a check fails.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dryRun = process.argv.includes("--dry-run");

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, encoding: "utf8", ...options });
  if (result.error) throw result.error;
  return result;
}

/** Problems of the changesets configuration, as sentences. */
export function configProblems(config) {
  const problems = [];
  if ((config.fixed ?? []).length > 0) problems.push(`"fixed" groups tie versions together: ${JSON.stringify(config.fixed)}`);
  if ((config.linked ?? []).length > 0) problems.push(`"linked" groups tie versions together: ${JSON.stringify(config.linked)}`);
  if (!config.changelog) problems.push('"changelog" is off, so no package gets a CHANGELOG.md');
  if (config.access !== "public") problems.push(`"access" is ${JSON.stringify(config.access)}: scoped packages need "public"`);
  if (config.privatePackages?.version !== false || config.privatePackages?.tag !== false) {
    problems.push(`private packages (the examples) would be versioned or tagged: ${JSON.stringify(config.privatePackages)}`);
  }
  return problems;
}

/** Every relative path a package.json points to (main, module, types, exports, bin); exports patterns keep their `*`. */
export function referencedFiles(pkg) {
  const found = new Set();
  const visit = (value) => {
    if (typeof value === "string") {
      found.add(value.replace(/^\.\//, ""));
    } else if (value && typeof value === "object") {
      for (const v of Object.values(value)) visit(v);
    }
  };
  visit([pkg.main, pkg.module, pkg.types, pkg.exports, pkg.bin]);
  return [...found].sort();
}

/** Problems of one packed package, from its packed package.json and the list of files in the tarball. */
export function tarballProblems(pkg, files) {
  const problems = [];
  const inside = new Set(files);
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (String(range).startsWith("workspace:")) problems.push(`${field}.${name} is still ${range}`);
    }
  }
  for (const file of referencedFiles(pkg)) {
    if (file.includes("*")) {
      const pattern = new RegExp(`^${file.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]+")}$`);
      if (!files.some((f) => pattern.test(f))) problems.push(`package.json exports ${file}, which matches no file in the tarball`);
    } else if (!inside.has(file)) {
      problems.push(`package.json points to ${file}, which is not in the tarball`);
    }
  }
  if (!files.some((f) => /^readme(\.md)?$/i.test(f))) problems.push("no README in the tarball");
  if (!pkg.license) problems.push('no "license" field');
  return problems;
}

function publicPackages() {
  return readdirSync(join(root, "packages"))
    .sort()
    .map((dir) => ({ dir: join(root, "packages", dir), pkg: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) }))
    .filter(({ pkg }) => pkg.private !== true);
}

function main() {
  const problems = [];

  const config = JSON.parse(readFileSync(join(root, ".changeset/config.json"), "utf8"));
  problems.push(...configProblems(config).map((p) => `.changeset/config.json: ${p}`));

  const planDir = mkdtempSync(join(tmpdir(), "release-plan-"));
  const status = run(join(root, "node_modules/.bin/changeset"), ["status", "--output", join(planDir, "plan.json")]);
  if (status.status === 0) {
    const plan = JSON.parse(readFileSync(join(planDir, "plan.json"), "utf8"));
    const releases = plan.releases.filter((r) => r.type !== "none");
    console.log(`release plan (${plan.changesets.length} pending changesets):`);
    for (const r of releases) console.log(`  ${r.name} ${r.oldVersion} -> ${r.newVersion} (${r.type})`);
    if (releases.length === 0) console.log("  nothing to version: the packages are published as they are");
  } else {
    console.log(`release plan: \`changeset status\` could not compare with the base branch:\n${status.stderr || status.stdout}`);
  }
  rmSync(planDir, { recursive: true, force: true });

  const packDir = mkdtempSync(join(tmpdir(), "release-packs-"));
  const tarballs = [];
  for (const { dir, pkg } of publicPackages()) {
    const before = new Set(readdirSync(packDir));
    const pack = run("pnpm", ["pack", "--pack-destination", packDir], { cwd: dir });
    const tarball = readdirSync(packDir).find((f) => !before.has(f));
    if (pack.status !== 0 || tarball === undefined) {
      problems.push(`${pkg.name}: pnpm pack failed\n${pack.stderr}`);
      continue;
    }
    const path = join(packDir, tarball);
    const files = run("tar", ["-tzf", path]).stdout.split("\n").filter(Boolean).map((f) => f.replace(/^package\//, ""));
    const packed = JSON.parse(run("tar", ["-xzOf", path, "package/package.json"]).stdout);
    const found = tarballProblems(packed, files);
    problems.push(...found.map((p) => `${pkg.name}: ${p}`));
    const deps = Object.entries(packed.dependencies ?? {}).map(([n, r]) => `${n}@${r}`).join(", ");
    console.log(`packed ${packed.name}@${packed.version}: ${files.length} files${deps ? `; dependencies ${deps}` : ""}`);
    tarballs.push({ name: packed.name, path });
  }

  if (problems.length > 0) {
    console.error(`release: ${problems.length} problem(s), nothing published:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    rmSync(packDir, { recursive: true, force: true });
    return 1;
  }

  let code = 0;
  if (dryRun) {
    for (const { name, path } of tarballs) {
      const publish = run("npm", ["publish", path, "--dry-run", "--offline", "--access", "public", "--tag", "latest"]);
      const line = `${publish.stdout}`.split("\n").find((l) => l.startsWith("+ "));
      if (publish.status !== 0 || line === undefined) {
        console.error(`${name}: npm publish --dry-run failed\n${publish.stderr}`);
        code = 1;
      } else {
        console.log(line);
      }
    }
    console.log(`release:dry: ${tarballs.length} packages checked and rehearsed; nothing was published`);
  } else {
    code = run(join(root, "node_modules/.bin/changeset"), ["publish"], { stdio: "inherit" }).status ?? 1;
  }
  rmSync(packDir, { recursive: true, force: true });
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
