#!/usr/bin/env node
// `pnpm build`: builds every workspace package that has a build script, one
// at a time in dependency order (`pnpm -r --workspace-concurrency=1 run
// build`), unless nothing it reads has changed since the last build this
// script finished.
//
//   node scripts/build.mjs           build when a source is newer than the last finished build
//   node scripts/build.mjs --force   build in every case (the release does)
//
// The last finished build is a stamp file written after the whole build
// succeeded (node_modules/.cache/romsk-build.json). The build counts as
// current only when the stamp is newer than every file a build reads (each
// package's sources, scripts and configuration, and the workspace's
// package.json, lockfile and tsconfig files) and than every file a build
// wrote (dist/, the model's schemas/, the cli's generated/): a build that
// failed half-way, or a package built by hand since, makes it stale. A
// change anywhere rebuilds everything, because later packages bundle
// earlier ones (the cli bundles the model's scan entry and the calendar).
//
// `pnpm demo` builds first; `pnpm test` right after it then finds the build
// current instead of building the same tree a second time (about a minute).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const STAMP = join(ROOT, "node_modules", ".cache", "romsk-build.json");
/** Folders a build writes, never reads. */
const OUTPUTS = new Set(["dist", "schemas", "generated"]);
/** Folders a build neither reads nor writes. */
const SKIPPED = new Set(["node_modules", "test", "bench", ".turbo"]);
/** Files of the workspace root that every build reads. */
const ROOT_FILES = ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml", "tsconfig.json", "tsconfig.base.json"];

/** The workspace folders (pnpm-workspace.yaml's `dir/*` globs) whose package.json has a build script. */
function builtPackages() {
  const globs = [...readFileSync(join(ROOT, "pnpm-workspace.yaml"), "utf8").matchAll(/^\s*-\s*["']?([\w./-]+)\/\*["']?\s*$/gm)].map((m) => m[1]);
  const dirs = [];
  for (const parent of globs) {
    for (const name of readdirSync(join(ROOT, parent)).sort()) {
      const manifest = join(ROOT, parent, name, "package.json");
      if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).scripts?.build !== undefined) dirs.push(join(ROOT, parent, name));
    }
  }
  return dirs;
}

/** The newest modification time (ms) of the files under `dir`, walking only what `keep(name)` accepts at its top level. */
function newest(dir, keep = () => true, found = { time: 0, file: "" }) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!keep(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest(path, () => true, found);
    else {
      const time = statSync(path).mtimeMs;
      if (time > found.time) Object.assign(found, { time, file: path });
    }
  }
  return found;
}

/** The newest file a build reads and the newest it wrote, over the workspace root's files and `dirs`. */
function latest(dirs) {
  const inputs = { time: 0, file: "" };
  const outputs = { time: 0, file: "" };
  for (const file of ROOT_FILES) {
    const path = join(ROOT, file);
    if (existsSync(path) && statSync(path).mtimeMs > inputs.time) Object.assign(inputs, { time: statSync(path).mtimeMs, file: path });
  }
  for (const dir of dirs) {
    newest(dir, (name) => !OUTPUTS.has(name) && !SKIPPED.has(name), inputs);
    newest(dir, (name) => OUTPUTS.has(name), outputs);
  }
  return { inputs, outputs };
}

/** Why the build is not current, or `undefined` when it is. */
function staleness(dirs) {
  if (!existsSync(STAMP)) return "no finished build recorded";
  const missing = dirs.find((dir) => !existsSync(join(dir, "dist")));
  if (missing !== undefined) return `${relative(ROOT, missing)}/dist is missing`;
  const stamp = statSync(STAMP).mtimeMs;
  const { inputs, outputs } = latest(dirs);
  if (inputs.time > stamp) return `${relative(ROOT, inputs.file)} changed since the last build`;
  if (outputs.time > stamp) return `${relative(ROOT, outputs.file)} was written after the last build finished`;
  return undefined;
}

const dirs = builtPackages();
const why = process.argv.includes("--force") ? "--force" : staleness(dirs);
if (why === undefined) {
  console.log(`build: the ${dirs.length} built packages are current (nothing they read changed since the last build); node scripts/build.mjs --force rebuilds`);
  process.exit(0);
}
console.log(`build: building the ${dirs.length} packages (${why})`);
// Filesystem times can lag the clock by a tick: a margin keeps a file written
// at the very start of the build from counting as older than the build.
const started = Date.now() - 1000;
rmSync(STAMP, { force: true });
const run = spawnSync("pnpm", ["-r", "--workspace-concurrency=1", "run", "build"], { cwd: ROOT, stdio: "inherit" });
if (run.status !== 0) process.exit(run.status ?? 1);
// The stamp is written only for a build that did build: every package wrote
// its dist/ during this run, and nothing it reads changed meanwhile.
const unbuilt = dirs.filter((dir) => !existsSync(join(dir, "dist")) || newest(join(dir, "dist")).time < started);
if (unbuilt.length > 0) {
  console.error(`build: pnpm exited 0 but ${unbuilt.map((dir) => relative(ROOT, dir)).join(", ")} wrote no dist/; not recorded as built`);
  process.exit(1);
}
const { inputs } = latest(dirs);
if (inputs.time >= started) {
  console.log(`build: ${relative(ROOT, inputs.file)} changed while the build ran; not recorded as built, so the next build builds again`);
  process.exit(0);
}
mkdirSync(join(ROOT, "node_modules", ".cache"), { recursive: true });
writeFileSync(STAMP, `${JSON.stringify({ built: dirs.map((dir) => relative(ROOT, dir)) })}\n`);
