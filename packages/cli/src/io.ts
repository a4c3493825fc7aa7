import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { CliError } from "./errors.js";

/**
 * The streams a command reads and writes: the process's, or a test's.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { Io } from "@romsk-inkludering/cli";
 * const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
 * typeof io.stdout.write;
 * // => "function"
 * ```
 */
export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

/** One record read from an input: its value, or why it could not be parsed. */
export type RecordRead =
  | { readonly ok: true; readonly line: number; readonly index: number; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly index: number; readonly message: string };

/** Whether a path names NDJSON (`.ndjson`, `.jsonl`) rather than one JSON document. */
export function isNdjsonPath(path: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(path);
}

function open(path: string, io: Io): Readable {
  if (path === "-") return io.stdin;
  try {
    if (statSync(path).isDirectory()) throw new CliError(`${path} is a directory, not a file`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `no such file: ${path}` : `cannot read ${path}: ${code ?? String(error)}`);
  }
  return createReadStream(path, { encoding: "utf8" });
}

/** The size in bytes of a file (0 for stdin or when unknown). */
export function sizeOf(path: string): number {
  if (path === "-") return 0;
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Parses JSON; on failure, the position of the problem as line and column (1-based) within `text`. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const match = /position (\d+)/.exec(message);
    const offset = match ? Number(match[1]) : text.length;
    const { line, column } = lineColumn(text, offset);
    return { ok: false, line, column, message: message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "") };
  }
}

async function readAll(stream: Readable, path: string): Promise<string> {
  let text = "";
  try {
    for await (const chunk of stream) text += String(chunk);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return text;
}

/**
 * The records of an input, streamed. NDJSON (by extension, or `ndjson`
 * true) yields one record per non-blank line and holds one line at a time;
 * a JSON document is read whole and yields its elements when it is an
 * array, else itself. `onBytes` reports progress (characters read).
 */
export async function* readRecords(path: string, io: Io, options: { ndjson?: boolean; onBytes?: (n: number) => void } = {}): AsyncGenerator<RecordRead> {
  const stream = open(path, io);
  const ndjson = options.ndjson ?? isNdjsonPath(path);
  if (!ndjson) {
    const text = await readAll(stream, path);
    options.onBytes?.(text.length);
    const parsed = parseJson(text);
    if (!parsed.ok) {
      yield { ok: false, line: parsed.line, column: parsed.column, index: 0, message: parsed.message };
      return;
    }
    if (Array.isArray(parsed.value)) {
      let index = 0;
      for (const value of parsed.value as unknown[]) yield { ok: true, line: 0, index: index++, value };
    } else {
      yield { ok: true, line: 1, index: 0, value: parsed.value };
    }
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let index = 0;
  try {
    for await (const text of lines) {
      line += 1;
      options.onBytes?.(text.length + 1);
      if (text.trim() === "") continue;
      const parsed = parseJson(text);
      yield parsed.ok
        ? { ok: true, line, index: index++, value: parsed.value }
        : { ok: false, line, column: parsed.column, index: index++, message: parsed.message };
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Writes to a stream and waits when it is full, so large outputs stay in bounded memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", resolve));
}

/** A progress line on stderr, only when it is a terminal and the input is large. */
export function progress(io: Io, total: number, label: string): { add: (n: number) => void; done: () => void } {
  const enabled = io.stderr.isTTY === true && total >= 32 * 1024 * 1024;
  let read = 0;
  let shown = -1;
  return {
    add(n) {
      if (!enabled) return;
      read += n;
      const percent = Math.min(100, Math.floor((read / total) * 100));
      if (percent !== shown) {
        shown = percent;
        const bar = "#".repeat(Math.floor(percent / 4)).padEnd(25, ".");
        io.stderr.write(`\r${label} [${bar}] ${percent}%`);
      }
    },
    done() {
      if (enabled && shown >= 0) io.stderr.write("\n");
    },
  };
}
