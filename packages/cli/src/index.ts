/**
 * The `romsk` command: validate, check, report, deadline(s) and schema on
 * files. {@link run} is the whole command as a function of its arguments
 * and streams, so it can be embedded and tested; the `romsk` binary is a
 * thin wrapper around it.
 *
 * @packageDocumentation
 * @module @romsk-inkludering/cli
 */
import { parseArgs } from "node:util";
import { checkCommand, deadlineCommand, deadlinesCommand, reportCommand, schemaCommand, validateCommand } from "./commands.js";
import { CliError, EXIT } from "./errors.js";
import type { Lang } from "./format.js";
import { HELP } from "./help.js";
import type { Io } from "./io.js";
import packageJson from "../package.json" with { type: "json" };

export { CliError, EXIT } from "./errors.js";
export { HELP } from "./help.js";
export type { Io } from "./io.js";

/**
 * The version printed by `romsk --version`: the package's own, from its
 * package.json (bundled at build time).
 *
 * @category Validation
 * @example
 * ```ts
 * import { VERSION } from "@romsk-inkludering/cli";
 * /^\d+\.\d+\.\d+/.test(VERSION);
 * // => true
 * ```
 */
export const VERSION: string = packageJson.version;

const COMMON = {
  lang: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const OPTIONS = {
  validate: { ...COMMON, ndjson: { type: "boolean" } },
  check: { ...COMMON, "as-of": { type: "string" }, profile: { type: "string" }, all: { type: "boolean" } },
  report: {
    ...COMMON,
    year: { type: "string" },
    "as-of": { type: "string" },
    threshold: { type: "string" },
    expected: { type: "string" },
    deadline: { type: "string" },
    indicator: { type: "string" },
  },
  deadline: { ...COMMON },
  deadlines: { ...COMMON, from: { type: "string" }, to: { type: "string" }, "as-of": { type: "string" }, actor: { type: "string" }, profile: { type: "string" } },
  schema: { ...COMMON },
} as const;

type Command = keyof typeof OPTIONS;

function isCommand(name: string): name is Command {
  return Object.hasOwn(OPTIONS, name);
}

function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${option} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.stdout.write(HELP.main);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (!isCommand(name)) throw new CliError(`unknown command ${JSON.stringify(name)}; one of: ${Object.keys(OPTIONS).join(", ")} (romsk --help)`);
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS[name], allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, "")} (romsk ${name} --help)`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const str = (key: string): string | undefined => (typeof values[key] === "string" ? (values[key] as string) : undefined);
  if (values["help"] === true) {
    io.stdout.write(HELP[name]);
    return EXIT.ok;
  }
  const lang: Lang = choice("lang", str("lang"), ["sv", "en"], "en");
  const [first, second, ...more] = parsed.positionals;
  const tooMany = (n: number): void => {
    if (parsed.positionals.length > n) throw new CliError(`unexpected argument ${JSON.stringify(parsed.positionals[n])} (romsk ${name} --help)`);
  };
  switch (name) {
    case "validate":
      tooMany(2);
      return validateCommand({ kind: first, file: second, lang, format: choice("format", str("format"), ["text", "json"], "text"), ndjson: values["ndjson"] === true ? true : undefined }, io);
    case "check":
      tooMany(1);
      return checkCommand({ file: first, asOf: str("as-of"), profile: str("profile"), lang, format: choice("format", str("format"), ["table", "json"], "table"), all: values["all"] === true }, io);
    case "report":
      return reportCommand(
        {
          files: [first, second, ...more].filter((f): f is string => f !== undefined),
          year: str("year"),
          asOf: str("as-of"),
          format: choice("format", str("format"), ["md", "csv", "json", "vega"], "md"),
          lang,
          threshold: str("threshold"),
          expected: str("expected"),
          deadline: str("deadline"),
          indicator: str("indicator"),
        },
        io,
      );
    case "deadline":
      tooMany(1);
      return deadlineCommand({ date: first, lang, format: choice("format", str("format"), ["text", "json"], "text") }, io);
    case "deadlines":
      tooMany(0);
      return deadlinesCommand(
        { from: str("from"), to: str("to"), asOf: str("as-of"), actor: str("actor"), profile: str("profile"), lang, format: choice("format", str("format"), ["table", "json"], "table") },
        io,
      );
    case "schema":
      tooMany(1);
      return schemaCommand({ kind: first }, io);
  }
}

/**
 * Runs `romsk` with the arguments (without `node` and the script) on the
 * given streams and resolves to the exit code. Never rejects: a usage or
 * input error is one line on stderr and exit 2; an unexpected error is
 * reported the same way (with its stack only when `ROMSK_DEBUG` is set by
 * the caller through `debug`).
 *
 * @category Validation
 * @param argv - e.g. `["deadline", "2012-09-01"]`
 * @param io - the standard streams (the process's, or a test's)
 * @param options - `debug: true` adds the stack of an unexpected error
 * @returns the exit code: see {@link EXIT}
 * @example
 * ```ts
 * import { run } from "@romsk-inkludering/cli";
 * import { PassThrough } from "node:stream";
 * const stdout = new PassThrough();
 * const code = await run(["deadline", "2012-09-01"], { stdin: new PassThrough(), stdout, stderr: new PassThrough() });
 * [code, String(stdout.read()).split("\t")[0]];
 * // => [0,"2012-09-03"]
 * ```
 */
export async function run(argv: readonly string[], io: Io, options: { debug?: boolean } = {}): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`romsk: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`romsk: unexpected error: ${message}\n${options.debug === true && error instanceof Error ? `${error.stack ?? ""}\n` : ""}`);
    return EXIT.usage;
  }
}
