/** `romsk test <file|dir>...`: runs scenario files (YAML) and says per scenario whether the rules gave the expected findings. */
import { isUtf8 } from "node:buffer";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runScenarios, type ScenarioResult } from "@romsk-inkludering/sdk";
import { showPath } from "../common.js";
import { CliError, EXIT } from "../errors.js";
import { shown, write, type Io } from "../io.js";
import { parseScenarioText, type ScenarioProblem, type ScenarioRead } from "../scenarios.js";
import { count, safe, type Lang } from "../text.js";

/** The largest scenario file read (16 MiB). */
const MAX_SCENARIO_BYTES = 16 * 1024 * 1024;

const isScenarioFile = (name: string): boolean => /\.ya?ml$/i.test(name);

/** The files named: a directory gives its `*.yaml` and `*.yml` files (not its subdirectories), sorted by name. */
function expand(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let directory: boolean;
    try {
      directory = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw code === "ENOENT"
        ? new CliError({ en: `no such file or directory: ${shown(path)}`, sv: `filen eller mappen finns inte: ${shown(path)}` })
        : new CliError({ en: `cannot read ${shown(path)}: ${code ?? String(error)}`, sv: `kan inte läsa ${shown(path)}: ${code ?? String(error)}` });
    }
    if (!directory) {
      out.push(path);
      continue;
    }
    const found = readdirSync(path)
      .filter(isScenarioFile)
      .sort()
      .map((name) => join(path, name))
      .filter((file) => statSync(file).isFile());
    if (found.length === 0) throw new CliError({ en: `${shown(path)} holds no scenario files (*.yaml, *.yml)`, sv: `${shown(path)} innehåller inga scenariofiler (*.yaml, *.yml)` });
    out.push(...found);
  }
  return out;
}

/** The text of a file: UTF-8 (a byte-order mark skipped), at most 16 MiB; else a problem at line 1. */
function readText(file: string): { text: string } | { problem: ScenarioProblem } {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_SCENARIO_BYTES) {
      return { problem: { line: 1, column: 1, path: [], code: "too-large", message: { en: "the file is over 16 MiB, more than a scenario file should hold; split it", sv: "filen är större än 16 MiB, mer än en scenariofil bör rymma; dela upp den" } } };
    }
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError({ en: `cannot read ${shown(file)}: ${code}`, sv: `kan inte läsa ${shown(file)}: ${code}` });
  }
  if (!isUtf8(bytes)) return { problem: { line: 1, column: 1, path: [], code: "not-utf8", message: { en: "not UTF-8; save the file as UTF-8", sv: "inte UTF-8; spara filen som UTF-8" } } };
  const text = bytes.toString("utf8");
  return { text: text.startsWith("\ufeff") ? text.slice(1) : text };
}

interface FileRun {
  readonly file: string;
  readonly scenarios: readonly ScenarioRead[];
  readonly results: readonly ScenarioResult[];
  readonly problems: readonly ScenarioProblem[];
}

/** Runs the scenario files and prints per scenario pass or fail with what differed, then `N passed, M failed`. */
export async function testCommand(args: { paths: readonly string[]; lang: Lang; format: "text" | "json" }, io: Io): Promise<number> {
  const lang = args.lang;
  if (args.paths.length === 0) throw new CliError({ en: "a scenario file or directory is required (romsk test --help)", sv: "en scenariofil eller en mapp krävs (romsk test --help)" });
  const runs: FileRun[] = expand(args.paths).map((file) => {
    const read = readText(file);
    if ("problem" in read) return { file, scenarios: [], results: [], problems: [read.problem] };
    const parsed = parseScenarioText(read.text);
    if (!parsed.ok) return { file, scenarios: [], results: [], problems: parsed.problems };
    return { file, scenarios: parsed.scenarios, results: runScenarios(parsed.scenarios.map((s) => s.scenario)).results, problems: [] };
  });
  const passed = runs.reduce((n, r) => n + r.results.filter((x) => x.passed).length, 0);
  const failed = runs.reduce((n, r) => n + r.results.filter((x) => !x.passed).length, 0);
  const problems = runs.reduce((n, r) => n + r.problems.length, 0);
  const code = problems > 0 ? EXIT.usage : failed > 0 ? EXIT.problems : EXIT.ok;

  if (args.format === "json") {
    const files = runs.map((r) => ({
      file: r.file,
      scenarios: r.results.map((result, i) => ({ ...result, line: r.scenarios[i]?.line ?? 1 })),
      problems: r.problems,
    }));
    await write(io.stdout, `${JSON.stringify({ files, passed, failed, problems }, null, 2)}\n`);
    return code;
  }

  const word = lang === "sv" ? { pass: "godkänt   ", fail: "UNDERKÄNT " } : { pass: "pass ", fail: "FAIL " };
  for (const r of runs) {
    if (r.problems.length > 0) continue;
    let out = `${shown(r.file)}\n`;
    r.results.forEach((result, i) => {
      const line = r.scenarios[i]?.line ?? 1;
      const where = lang === "sv" ? `rad ${line}` : `line ${line}`;
      out += `  ${result.passed ? word.pass : word.fail}${safe(result.name, 200, lang)}${result.passed ? "" : ` (${where})`}\n`;
      for (const d of result.differences) out += `      - ${safe(d.message[lang], 1000, lang)}\n`;
    });
    await write(io.stdout, out);
  }
  const summary = `${count(passed, lang, ["passed", "passed"], ["godkänt", "godkända"])}, ${count(failed, lang, ["failed", "failed"], ["underkänt", "underkända"])}`;
  // The closing line counts the scenarios that ran; when none could run, the problems below say why.
  if (passed + failed > 0 || problems === 0) await write(io.stdout, `\n${summary}\n`);
  if (problems > 0) {
    let err = "";
    for (const r of runs) {
      for (const p of r.problems) {
        const path = p.path.length === 0 ? "" : `${showPath(p.path, lang)}: `;
        err += `romsk: ${shown(r.file)}:${p.line}:${p.column}: ${path}${safe(p.message[lang], 300, lang)} [${p.code}]\n`;
      }
    }
    const files = runs.filter((r) => r.problems.length > 0).length;
    err += lang === "sv"
      ? `romsk: ${count(files, lang, ["file", "files"], ["fil", "filer"])} kunde inte läsas som scenarier; ${files === 1 ? "dess" : "deras"} scenarier kördes inte.\n`
      : `romsk: ${count(files, lang, ["file", "files"], ["fil", "filer"])} could not be read as scenarios; ${files === 1 ? "its" : "their"} scenarios did not run.\n`;
    await write(io.stderr, err);
  }
  return code;
}
