/**
 * The built `romsk` command as a whole process (start-up, reading,
 * validation, output), CPU time as the child counts it
 * (scripts/bench/cpu-hook.cjs), against its floor and its peer over the
 * same NDJSON file, in turn, a pair per round (scripts/bench/kit.ts):
 *
 * - `romsk validate` ÷ a readline + JSON.parse loop (bench/peers/readline-parse.mjs): target ≤ 1.5×;
 * - `romsk validate` ÷ a readline + JSON.parse + ajv loop (bench/peers/readline-ajv.mjs,
 *   ajv compiled from the model's JSON Schema): target ≤ 1.0×, i.e. faster than the ajv loop;
 * - `romsk --help` ÷ `node -e 0`: target ≤ 1.5×.
 *
 * Files: 50 000 small observations and 1 000 annual reports (the Gävle
 * example report, renumbered). Run with `pnpm bench cli` after `pnpm build`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareProcesses } from "../../../scripts/bench/kit.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
if (!existsSync(BIN)) throw new Error("run `pnpm build` first");
const PARSE = fileURLToPath(new URL("./peers/readline-parse.mjs", import.meta.url));
const AJV = fileURLToPath(new URL("./peers/readline-ajv.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "romsk-bench-"));

const lines = (count: number, line: (i: number) => string): string => Array.from({ length: count }, (_, i) => `${line(i)}\n`).join("");
const gavle = JSON.parse(readFileSync(fileURLToPath(new URL("../../../examples/data/annual-reports-2017.ndjson", import.meta.url)), "utf8").split("\n")[0] ?? "{}") as Record<string, unknown>;
const observations = join(dir, "observations.ndjson");
const reports = join(dir, "reports.ndjson");
writeFileSync(observations, lines(50_000, (i) => `{"indicatorId":"n03926","place":{"level":"municipality","code":"1283"},"year":${2000 + (i % 20)},"gender":"T","value":${(i % 97) / 10}}`));
writeFileSync(reports, lines(1_000, (i) => JSON.stringify({ ...gavle, id: `report-${i}` })));

try {
  for (const [kind, file, label] of [["observation", observations, "50 000 observations"], ["annual-report", reports, "1 000 annual reports"]] as const) {
    compareProcesses({ group: "cli", row: `romsk validate ${kind} ÷ readline + JSON.parse, ${label} (CPU)`, subject: [BIN, "validate", kind, file], baseline: [PARSE, file], target: 1.5 });
    compareProcesses({ group: "cli", row: `romsk validate ${kind} ÷ readline + JSON.parse + ajv, ${label} (CPU)`, subject: [BIN, "validate", kind, file], baseline: [AJV, kind, file], target: 1.0 });
  }
  compareProcesses({ group: "cli", row: "romsk --help ÷ node -e 0 (CPU)", subject: [BIN, "--help"], baseline: ["-e", "0"], target: 1.5, rounds: 9 });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
