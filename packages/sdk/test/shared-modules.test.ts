/**
 * The unit tests run without per-file isolation (vitest.config.ts,
 * `isolate: false`): the files of a worker share the imported modules. That
 * holds only while no test changes what the next file would see, so no test
 * file may mock a module, spy on or stub a function, a global or the
 * environment, fake the timers, or assign to `process.env`, `globalThis` or
 * the process's exit code, working directory or time zone.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** What a test file must not do when files share their modules. */
const LEAKS: readonly RegExp[] = [
  /\bvi\s*\.\s*(?:mock|doMock|hoisted|spyOn|stubGlobal|stubEnv|useFakeTimers|setSystemTime|mocked)\s*\(/,
  /\bprocess\s*\.\s*env\s*(?:\.\s*\w+|\[[^\]]+\])\s*(?:=(?!=)|\?\?=|\|\|=)/,
  /\bprocess\s*\.\s*(?:exitCode|chdir)\b\s*(?:=(?!=)|\()/,
  /\bglobalThis\s*(?:\.\s*\w+|\[[^\]]+\])\s*=(?!=)/,
  /\bdelete\s+process\s*\.\s*env\b/,
];

/** Every line of `text` that does one of the things above, as "line: text". */
function leaks(text: string): string[] {
  return text.split("\n").flatMap((line, index) => (LEAKS.some((leak) => leak.test(line)) ? [`${index + 1}: ${line.trim()}`] : []));
}

/** The test files vitest runs (vitest.config.ts: packages/x/test and examples/x/test), with their support modules. */
function testFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "fixtures") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.[cm]?[jt]s$/.test(entry.name)) files.push(path);
    }
  };
  for (const parent of ["packages", "examples"]) {
    for (const name of readdirSync(join(ROOT, parent))) {
      const dir = join(ROOT, parent, name, "test");
      try {
        walk(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
  }
  return files;
}

describe("test files share their modules", () => {
  it("recognises each kind of leak", () => {
    expect(leaks('vi.mock("@romsk-inkludering/catalog");')).toEqual(['1: vi.mock("@romsk-inkludering/catalog");']);
    expect(leaks("const spy = vi.spyOn(console, 'log');")).toHaveLength(1);
    expect(leaks("vi.useFakeTimers();")).toHaveLength(1);
    expect(leaks('process.env.TZ = "Europe/Stockholm";')).toHaveLength(1);
    expect(leaks('process.env["LANG"] ??= "sv";')).toHaveLength(1);
    expect(leaks("process.exitCode = 1;")).toHaveLength(1);
    expect(leaks("process.chdir(dir);")).toHaveLength(1);
    expect(leaks("globalThis.fetch = fake;")).toHaveLength(1);
    // Reading is fine.
    expect(leaks('const zone = process.env.TZ ?? "UTC";')).toEqual([]);
    expect(leaks("if (process.env.CI === \"true\") skip();")).toEqual([]);
    expect(leaks("const env = { ...process.env, TZ: zone };")).toEqual([]);
  });

  it("no test file mocks, stubs or changes what the next file would see", () => {
    const files = testFiles();
    expect(files.map((file) => relative(ROOT, file))).toEqual(expect.arrayContaining(["packages/cli/test/support.ts", "packages/sdk/test/shared-modules.test.ts"]));
    const found = files.filter((file) => !file.endsWith("shared-modules.test.ts")).flatMap((file) => leaks(readFileSync(file, "utf8")).map((line) => `${relative(ROOT, file)}:${line}`));
    expect(found).toEqual([]);
  });
});
