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
 * usage or input that cannot be read. Never shown with a stack trace.
 *
 * @category Validation
 * @example
 * ```ts
 * import { CliError } from "@romsk-inkludering/cli";
 * new CliError("no such file: reports.json").message;
 * // => "no such file: reports.json"
 * ```
 */
export class CliError extends Error {
  override readonly name = "CliError";
}
