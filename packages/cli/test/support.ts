import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
export const DATA = fileURLToPath(new URL("../../../examples/data/", import.meta.url));

/** The tests run the built command as a user would; `pnpm test` builds first. */
export function requireBuild(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`pnpm build\` (pnpm test does) before the cli tests`);
}

export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `romsk` as a process with the arguments (and standard input). */
export function romsk(args: readonly string[], options: { input?: string; nodeArgs?: readonly string[]; cwd?: string; env?: Record<string, string> } = {}): Ran {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (options.env?.["COLUMNS"] === undefined) delete env["COLUMNS"];
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    encoding: "utf8",
    env,
    input: options.input ?? "",
    cwd: options.cwd ?? DATA,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same, asynchronously (for long runs). */
export function romskAsync(args: readonly string[], options: { nodeArgs?: readonly string[] } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], { cwd: DATA });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A temporary directory with the given files. */
export function files(contents: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "romsk-"));
  for (const [name, text] of Object.entries(contents)) writeFileSync(join(dir, name), text);
  return dir;
}
