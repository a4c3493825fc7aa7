/**
 * The `romsk` command: validate, check, report, deadline(s), obligations,
 * schema and test on files. {@link run} is the whole command as a function of its arguments
 * and streams, so it can be embedded and tested; the `romsk` binary is a
 * thin wrapper around it.
 *
 * @packageDocumentation
 * @module @romsk-inkludering/cli
 */
import { parseArgs } from "node:util";
// Only what every start needs is imported here: the commands (and with them the
// sdk's schemas, catalog, rules and reports) load when a command runs, so that
// --help and --version start as fast as node itself, and validate, schema and
// deadline load only the sdk's light entry point.
import { CliError, EXIT } from "./errors.js";
import { HELP } from "./help.js";
import type { Io } from "./io.js";
import { escapeControls, type Lang } from "./text.js";
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
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const OPTIONS = {
  validate: { ...COMMON, ndjson: { type: "boolean" } },
  check: {
    ...COMMON,
    "as-of": { type: "string" },
    profile: { type: "string" },
    all: { type: "boolean" },
    explain: { type: "boolean" },
    setting: { type: "string", multiple: true },
    "compare-as-of": { type: "string" },
    "compare-profile": { type: "string" },
    "compare-setting": { type: "string", multiple: true },
  },
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
  obligations: { ...COMMON, from: { type: "string" }, to: { type: "string" }, "as-of": { type: "string" }, profile: { type: "string" }, input: { type: "string" } },
  schema: { lang: COMMON.lang, help: COMMON.help },
  test: { ...COMMON },
} as const;

type Command = keyof typeof OPTIONS;

function isCommand(name: string): name is Command {
  return Object.hasOwn(OPTIONS, name);
}

function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const got = JSON.stringify(escapeControls(value.slice(0, 40)));
  throw new CliError({ en: `--${option} must be one of ${allowed.join(", ")}, got ${got}`, sv: `--${option} ska vara en av ${allowed.join(", ")}, fick ${got}` });
}

/** The language asked for, read before the arguments are parsed (so that even a usage error speaks it). */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang" && argv[i + 1] === "sv") return "sv";
    if (argv[i] === "--lang=sv") return "sv";
  }
  return "en";
}

/** A usage error of node's argument parser: node's own words in English, the same said in Swedish (the option it names, what is wrong with it), and where to read more. */
function optionError(error: unknown, name: string): CliError {
  const e = error as { code?: string; message?: string };
  const nodeMessage = escapeControls(String(e.message ?? error).replace(/\. To specify a positional argument.*$/s, ""));
  const option = /'([^']*)'/.exec(nodeMessage)?.[1]?.replace(/ <value>$/, "");
  const help = `(romsk ${name} --help)`;
  const en = `${nodeMessage} ${help}`;
  if (option !== undefined && e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new CliError({ en, sv: `okänt alternativ ${option} ${help}` });
  if (option !== undefined && /argument missing/.test(nodeMessage)) return new CliError({ en, sv: `alternativet ${option} kräver ett värde ${help}` });
  if (option !== undefined && /does not take an argument/.test(nodeMessage)) return new CliError({ en, sv: `alternativet ${option} tar inget värde ${help}` });
  return new CliError({ en, sv: `felaktiga alternativ (${nodeMessage}) ${help}` });
}

/** `--lang` may come before the command too (`romsk --lang sv --help`): it is moved after it. */
function langFirst(argv: readonly string[]): readonly string[] {
  // With nothing after it, `romsk --lang sv` is `romsk` alone (the help, on stderr, in that language).
  if (argv[0] === "--lang" && argv.length >= 2) return argv.length === 2 ? [] : [...argv.slice(2), "--lang", argv[1] as string];
  if (argv[0]?.startsWith("--lang=") === true) return argv.length === 1 ? [] : [...argv.slice(1), argv[0]];
  return argv;
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = langFirst(argv);
  const asked = langOf(argv);
  if (name === undefined) {
    // A misuse: the help goes to stderr, so that nothing lands in a pipe.
    io.stderr.write(HELP.main[asked]);
    return EXIT.usage;
  }
  if (name === "-h" || name === "--help" || name === "help") {
    io.stdout.write(HELP.main[asked]);
    return EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (!isCommand(name)) {
    const got = JSON.stringify(escapeControls(name.slice(0, 40)));
    throw new CliError({ en: `unknown command ${got}; one of: ${Object.keys(OPTIONS).join(", ")} (romsk --help)`, sv: `okänt kommando ${got}; ett av: ${Object.keys(OPTIONS).join(", ")} (romsk --help)` });
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS[name], allowPositionals: true, strict: true });
  } catch (error) {
    throw optionError(error, name);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const str = (key: string): string | undefined => (typeof values[key] === "string" ? (values[key] as string) : undefined);
  if (values["help"] === true) {
    io.stdout.write(HELP[name][asked]);
    return EXIT.ok;
  }
  const lang: Lang = choice("lang", str("lang"), ["sv", "en"], "en");
  const format = <T extends string>(allowed: readonly T[], fallback: T): T => {
    const asked = choice("format", str("format"), allowed, fallback);
    if (values["json"] !== true) return asked;
    if (str("format") !== undefined && asked !== "json") {
      throw new CliError({ en: `--json and --format ${asked} contradict each other`, sv: `--json och --format ${asked} motsäger varandra` });
    }
    return "json" as T;
  };
  const [first, second, ...more] = parsed.positionals;
  const tooMany = (n: number): void => {
    if (parsed.positionals.length > n) {
      const got = JSON.stringify(escapeControls(String(parsed.positionals[n]).slice(0, 80)));
      throw new CliError({ en: `unexpected argument ${got} (romsk ${name} --help)`, sv: `oväntat argument ${got} (romsk ${name} --help)` });
    }
  };
  switch (name) {
    case "validate": {
      tooMany(2);
      const { validateCommand } = await import("./commands/validate.js");
      return validateCommand({ kind: first, file: second, lang, format: format(["text", "json"], "text"), ndjson: values["ndjson"] === true ? true : undefined }, io);
    }
    case "check": {
      tooMany(1);
      const { checkCommand } = await import("./commands/check.js");
      const strings = (key: string): string[] => (Array.isArray(values[key]) ? (values[key] as unknown as string[]) : []);
      return checkCommand(
        {
          file: first,
          asOf: str("as-of"),
          profile: str("profile"),
          lang,
          format: format(["table", "json"], "table"),
          all: values["all"] === true,
          explain: values["explain"] === true,
          setting: strings("setting"),
          compareAsOf: str("compare-as-of"),
          compareProfile: str("compare-profile"),
          compareSetting: strings("compare-setting"),
        },
        io,
      );
    }
    case "report": {
      const { reportCommand } = await import("./commands/report.js");
      return reportCommand(
        {
          files: [first, second, ...more].filter((f): f is string => f !== undefined),
          year: str("year"),
          asOf: str("as-of"),
          format: format(["md", "csv", "json", "vega", "html"], "md"),
          lang,
          threshold: str("threshold"),
          expected: str("expected"),
          deadline: str("deadline"),
          indicator: str("indicator"),
        },
        io,
      );
    }
    case "deadline": {
      tooMany(1);
      const { deadlineCommand } = await import("./commands/deadline.js");
      return deadlineCommand({ date: first, lang, format: format(["text", "json"], "text") }, io);
    }
    case "deadlines": {
      tooMany(0);
      const { deadlinesCommand } = await import("./commands/deadlines.js");
      return deadlinesCommand({ from: str("from"), to: str("to"), asOf: str("as-of"), actor: str("actor"), profile: str("profile"), lang, format: format(["table", "json"], "table") }, io);
    }
    case "obligations": {
      tooMany(1);
      const { obligationsCommand } = await import("./commands/obligations.js");
      return obligationsCommand({ actor: first, from: str("from"), to: str("to"), asOf: str("as-of"), profile: str("profile"), input: str("input"), lang, format: format(["table", "json"], "table") }, io);
    }
    case "schema": {
      tooMany(1);
      const { schemaCommand } = await import("./commands/schema.js");
      return schemaCommand({ kind: first }, io);
    }
    case "test": {
      const { testCommand } = await import("./commands/test.js");
      return testCommand({ paths: parsed.positionals, lang, format: format(["text", "json"], "text") }, io);
    }
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
    const lang = langOf(argv);
    if (error instanceof CliError) {
      // One line, whatever the message echoes.
      io.stderr.write(`romsk: ${escapeControls(lang === "sv" ? error.sv : error.message)}\n`);
      return EXIT.usage;
    }
    const message = escapeControls((error instanceof Error ? error.message : String(error)).slice(0, 500));
    io.stderr.write(`romsk: ${lang === "sv" ? "oväntat fel" : "unexpected error"}: ${message}\n${options.debug === true && error instanceof Error ? `${error.stack ?? ""}\n` : ""}`);
    return EXIT.usage;
  }
}
