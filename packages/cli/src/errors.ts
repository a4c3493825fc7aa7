import type { Bilingual } from "./text.js";

/**
 * Exit codes of the `romsk` command.
 *
 * - `0`: everything valid, no failing finding;
 * - `1`: the input was read and has problems (invalid records, a finding
 *   that fails);
 * - `2`: the command could not do its work (bad usage, a missing or
 *   unreadable file, JSON that does not parse, a bad date or kind).
 *
 * @category Validation
 * @example
 * ```ts
 * import { EXIT } from "@romsk-inkludering/cli";
 * [EXIT.ok, EXIT.problems, EXIT.usage];
 * // => [0,1,2]
 * ```
 */
export const EXIT = Object.freeze({ ok: 0, problems: 1, usage: 2 } as const);

/**
 * An error the command reports as one line on stderr and exit code 2: bad
 * usage or input that cannot be read. Never shown with a stack trace. It
 * carries its message in English (`message`) and, when given, in Swedish
 * (`sv`, shown with `--lang sv`).
 *
 * @category Validation
 * @example
 * ```ts
 * import { CliError } from "@romsk-inkludering/cli";
 * const error = new CliError({ en: "no such file: reports.json", sv: "filen finns inte: reports.json" });
 * [error.message, error.sv];
 * // => ["no such file: reports.json","filen finns inte: reports.json"]
 * ```
 */
export class CliError extends Error {
  override readonly name = "CliError";
  /** The message in Swedish (the English one when none was given). */
  readonly sv: string;
  constructor(message: string | Bilingual) {
    super(typeof message === "string" ? message : message.en);
    this.sv = typeof message === "string" ? message : message.sv;
  }
}
