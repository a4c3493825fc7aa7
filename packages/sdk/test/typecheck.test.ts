/**
 * Runs the TypeScript compiler over types.test.ts (with the repository's
 * compiler options) so that the type-level tests fail in `vitest run` too,
 * not only in `pnpm typecheck`; and checks, on small snippets, that a
 * missing date is a compile error with a message about `asOf`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const typesTest = fileURLToPath(new URL("./types.test.ts", import.meta.url));
const snippetPath = fileURLToPath(new URL("./__snippet__.ts", import.meta.url));

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(`${root}tsconfig.json`, (path) => ts.sys.readFile(path));
  if (config.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/** Diagnostics of one file; `snippet` is served from memory as test/__snippet__.ts. */
function diagnostics(file: string, snippet?: string): string[] {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  if (snippet !== undefined) {
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.getSourceFile = (name, version, ...rest) =>
      name === snippetPath ? ts.createSourceFile(name, snippet, version) : getSourceFile(name, version, ...rest);
    host.fileExists = (name) => name === snippetPath || fileExists(name);
  }
  const program = ts.createProgram([file], options, host);
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`not compiled: ${file}`);
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
    const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line + 1;
    return `${line}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}

describe("type-level tests", () => {
  it("types.test.ts compiles: every expectTypeOf holds and every @ts-expect-error is an error", () => {
    expect(readFileSync(typesTest, "utf8")).toContain("@ts-expect-error");
    expect(diagnostics(typesTest)).toEqual([]);
  });

  it("a dated call on a client without asOf does not compile, and the message names asOf", () => {
    const errors = diagnostics(
      snippetPath,
      [
        'import { createClient } from "@romsk-inkludering/sdk";',
        "const client = createClient();",
        'client.deadlines({ from: "2013-01-01", to: "2013-12-31" });',
        "client.aggregate([], { year: 2013 });",
        "client.check({});",
        'createClient({ asOf: "2013-01-01" }).deadlines({ from: "2013-01-01", to: "2013-12-31" });',
      ].join("\n"),
    );
    expect(errors.map((e) => e.split(":")[0])).toEqual(["3", "4", "5"]);
    expect(errors[0]).toMatch(/TS2345 .*'asOf' is missing/);
    expect(errors[1]).toMatch(/TS2345 .*'asOf' is missing/);
    expect(errors[2]).toMatch(/TS2554 Expected 2 arguments, but got 1/);
  });
});
