import { isUtf8 } from "node:buffer";
import { createReadStream, statSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { CliError } from "./errors.js";
import { findJsonSyntaxError, positionOf, topLevelElementOffsets, type Said } from "./json.js";
import { count, escapeControls, formatNumber, type Lang } from "./text.js";

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
  readonly stderr: Writable & { isTTY?: boolean; columns?: number };
}

/** The longest NDJSON line read (64 MiB): a longer line is one error for that line, and the rest of the stream is still read. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;
/** The largest JSON document read whole (256 MiB): larger inputs belong in NDJSON, which streams. */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

/** One record read from an input: its value and the length of the JSON text it was parsed from (at most), or why it could not be read (with its line and column). */
export type RecordRead =
  | { readonly ok: true; readonly line: number; readonly index: number; readonly value: unknown; readonly length: number }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly index: number; readonly message: Said };

/** Whether a path names NDJSON (`.ndjson`, `.jsonl`) rather than one JSON document. */
export function isNdjsonPath(path: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(path);
}

/** A file name as shown in messages (control characters escaped). */
export function shown(path: string): string {
  return path === "-" ? "(stdin)" : escapeControls(path);
}

function open(path: string, io: Io): Readable {
  if (path === "-") return io.stdin;
  try {
    if (statSync(path).isDirectory()) throw new CliError({ en: `${shown(path)} is a directory, not a file`, sv: `${shown(path)} är en mapp, inte en fil` });
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw code === "ENOENT"
      ? new CliError({ en: `no such file: ${shown(path)}`, sv: `filen finns inte: ${shown(path)}` })
      : new CliError({ en: `cannot read ${shown(path)}: ${code ?? String(error)}`, sv: `kan inte läsa ${shown(path)}: ${code ?? String(error)}` });
  }
  return createReadStream(path, { highWaterMark: 256 * 1024 });
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

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence (-1 when all are). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) [need, lo] = [2, 0xa0];
    else if (b === 0xed) [need, hi] = [2, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) need = 2;
    else if (b === 0xf0) [need, lo] = [3, 0x90];
    else if (b === 0xf4) [need, hi] = [3, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes bytes known to be whole lines; refuses bytes that are not UTF-8
 * with the byte offset (in the whole input) and line of the first bad
 * sequence, never replacing them with U+FFFD.
 */
function decode(bytes: Buffer, path: string, byteOffset: number, line: number): string {
  if (isUtf8(bytes)) return bytes.toString("utf8");
  const at = firstInvalidUtf8(bytes);
  const before = bytes.subarray(0, Math.max(0, at));
  let lines = 0;
  for (let i = before.indexOf(10); i !== -1; i = before.indexOf(10, i + 1)) lines++;
  const hex = [...bytes.subarray(at, at + 4)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
  const offset = formatNumber(byteOffset + at, "en");
  const offsetSv = formatNumber(byteOffset + at, "sv");
  throw new CliError({
    en: `${shown(path)}: not UTF-8: the bytes at byte offset ${offset} (line ${line + lines}) are no UTF-8 sequence (${hex}); save the file as UTF-8 (it may be Latin-1 or Windows-1252)`,
    sv: `${shown(path)}: inte UTF-8: byten vid byteposition ${offsetSv} (rad ${formatNumber(line + lines, "sv")}) är ingen UTF-8-sekvens (${hex}); spara filen som UTF-8 (den kan vara Latin-1 eller Windows-1252)`,
  });
}

/** Skips a UTF-8 byte-order mark; refuses UTF-16 and UTF-32 (named by their mark). */
function afterByteOrderMark(first: Buffer, path: string): number {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return 3;
  const little = first[0] === 0xff && first[1] === 0xfe;
  if (little || (first[0] === 0xfe && first[1] === 0xff)) {
    const [en, sv, bytes] = little ? ["little-endian", "little endian", "FF FE"] : ["big-endian", "big endian", "FE FF"];
    throw new CliError({
      en: `${shown(path)} is UTF-16 ${en} (byte-order mark ${bytes}); save it as UTF-8`,
      sv: `${shown(path)} är UTF-16 ${sv} (byteordningsmärke, BOM, ${bytes}); spara den som UTF-8`,
    });
  }
  return 0;
}

/** Up to `width` characters around `offset` on its line, escaped, with `…` where cut. */
export function excerpt(text: string, offset: number, width = 40): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd === -1) lineEnd = text.length;
  const from = Math.max(lineStart, offset - Math.floor(width / 2));
  const to = Math.min(lineEnd, from + width);
  return `${from > lineStart ? "…" : ""}${escapeControls(text.slice(from, to))}${to < lineEnd ? "…" : ""}`;
}

/** Why a JSON text does not parse: the scanner's exact position and message, with an excerpt. */
function syntaxError(text: string, base: { line: number; column: number }): { line: number; column: number; message: Said } {
  const found = findJsonSyntaxError(text, base);
  if (found === undefined) {
    // JSON.parse refused what the scanner accepts: not expected, but never hidden.
    return { ...base, message: { en: "not valid JSON", sv: "inte giltig JSON" } };
  }
  const near = text.trim() === "" ? "" : excerpt(text, found.offset);
  return {
    line: found.line,
    column: found.column,
    message: near === "" ? found.message : { en: `${found.message.en}, near ‹${near}›`, sv: `${found.message.sv}, vid ‹${near}›` },
  };
}

function tooLong(line: number, bytes: number, index: number): RecordRead {
  return {
    ok: false,
    line,
    column: 1,
    index,
    message: {
      en: `the line has ${formatNumber(bytes, "en")} bytes, more than the maximum of ${formatNumber(MAX_LINE_BYTES, "en")} (64 MiB); it was skipped`,
      sv: `raden har ${formatNumber(bytes, "sv")} byte, mer än högst ${formatNumber(MAX_LINE_BYTES, "sv")} (64 MiB); den hoppades över`,
    },
  };
}

/**
 * The records of an input, streamed in batches. NDJSON (by extension, or
 * `ndjson` true) yields one record per non-blank line and holds at most one
 * line (up to {@link MAX_LINE_BYTES}) at a time; a JSON document (up to
 * {@link MAX_DOCUMENT_BYTES}) is read whole and yields its elements when it
 * is an array, else itself, and is refused (a {@link CliError}: exit 2)
 * when it does not parse (`whole`: the document itself, even an array). Either way a UTF-8 byte-order mark is skipped and
 * input that is not UTF-8 is refused. `onBytes` reports progress in bytes.
 */
export async function* readRecords(path: string, io: Io, options: { ndjson?: boolean; whole?: boolean; onBytes?: (n: number) => void } = {}): AsyncGenerator<RecordRead[]> {
  const stream = open(path, io);
  const ndjson = options.ndjson ?? isNdjsonPath(path);
  const readError = (error: unknown): CliError =>
    error instanceof CliError ? error : new CliError({ en: `cannot read ${shown(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, sv: `kan inte läsa ${shown(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
  if (!ndjson) {
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
        size += bytes.length;
        options.onBytes?.(bytes.length);
        if (size > MAX_DOCUMENT_BYTES) {
          stream.destroy();
          throw new CliError({
            en: `${shown(path)} is over ${formatNumber(MAX_DOCUMENT_BYTES, "en")} bytes (256 MiB), the most read as one JSON document; write it as NDJSON (one record a line), which streams`,
            sv: `${shown(path)} är större än ${formatNumber(MAX_DOCUMENT_BYTES, "sv")} byte (256 MiB), det mesta som läses som ett JSON-dokument; skriv den som NDJSON (en post per rad), som läses i flöde`,
          });
        }
        chunks.push(bytes);
      }
    } catch (error) {
      throw readError(error);
    }
    const all = Buffer.concat(chunks);
    const skip = afterByteOrderMark(all, path);
    const text = decode(all.subarray(skip), path, skip, 1);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      const e = syntaxError(text, { line: 1, column: 1 });
      const what = text.trim() === "" ? { en: text === "" ? "is empty" : "holds only white space", sv: text === "" ? "är tom" : "innehåller bara blanktecken" } : undefined;
      throw new CliError(
        what !== undefined
          ? { en: `${shown(path)}:${e.line}:${e.column}: not valid JSON: the file ${what.en}`, sv: `${shown(path)}:${e.line}:${e.column}: inte giltig JSON: filen ${what.sv}` }
          : { en: `${shown(path)}:${e.line}:${e.column}: not valid JSON: ${e.message.en}`, sv: `${shown(path)}:${e.line}:${e.column}: inte giltig JSON: ${e.message.sv}` },
      );
    }
    if (Array.isArray(value) && options.whole !== true) {
      const offsets = topLevelElementOffsets(text);
      const batch: RecordRead[] = [];
      let at = 0;
      let position = { line: 1, column: 1 };
      (value as unknown[]).forEach((element, index) => {
        const offset = offsets[index] ?? at;
        position = positionOf(text, offset, at, position);
        at = offset;
        batch.push({ ok: true, line: position.line, index, value: element, length: text.length });
      });
      yield batch;
    } else {
      yield [{ ok: true, line: 1, index: 0, value, length: text.length }];
    }
    return;
  }

  let line = 0; // lines completed so far
  let index = 0; // non-blank lines so far
  let consumed = 0; // bytes before `pending`
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false; // inside a line over the maximum
  let first = true;

  const lines = (block: Buffer, blockOffset: number): RecordRead[] => {
    const text = decode(block, path, blockOffset, line + 1);
    const out: RecordRead[] = [];
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      let raw = end === -1 ? text.slice(start) : text.slice(start, end);
      line += 1;
      if (raw.endsWith("\r")) raw = raw.slice(0, -1);
      if (raw.length > MAX_LINE_BYTES / 4 && Buffer.byteLength(raw) > MAX_LINE_BYTES) out.push(tooLong(line, Buffer.byteLength(raw), index++));
      else if (raw.trim() !== "") {
        try {
          out.push({ ok: true, line, index, value: JSON.parse(raw), length: raw.length });
        } catch {
          const e = syntaxError(raw, { line, column: 1 });
          out.push({ ok: false, line, column: e.column, index, message: e.message });
        }
        index += 1;
      }
      if (end === -1) return out;
      start = end + 1;
    }
  };

  try {
    for await (const chunk of stream) {
      let bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      options.onBytes?.(bytes.length);
      if (first) {
        first = false;
        const skip = afterByteOrderMark(bytes, path);
        bytes = bytes.subarray(skip);
        consumed += skip;
      }
      let start = 0;
      if (skipping) {
        const nl = bytes.indexOf(10);
        if (nl === -1) {
          pendingBytes += bytes.length;
          continue;
        }
        pendingBytes += nl;
        line += 1;
        const record = tooLong(line, pendingBytes, index++);
        consumed += pendingBytes + 1;
        pendingBytes = 0;
        skipping = false;
        start = nl + 1;
        yield [record];
      }
      const last = bytes.lastIndexOf(10);
      if (last < start) {
        pending.push(bytes.subarray(start));
        pendingBytes += bytes.length - start;
        if (pendingBytes > MAX_LINE_BYTES) {
          pending = [];
          skipping = true;
        }
        continue;
      }
      const head = bytes.subarray(start, last);
      const block = pending.length === 0 ? head : Buffer.concat([...pending, head]);
      const blockOffset = consumed;
      consumed += block.length + 1;
      pending = last + 1 < bytes.length ? [bytes.subarray(last + 1)] : [];
      pendingBytes = bytes.length - last - 1;
      const batch = lines(block, blockOffset);
      if (batch.length > 0) yield batch;
    }
  } catch (error) {
    throw readError(error);
  }
  if (skipping) yield [tooLong(line + 1, pendingBytes, index)];
  else if (pendingBytes > 0) {
    const batch = lines(Buffer.concat(pending), consumed);
    if (batch.length > 0) yield batch;
  }
}

/** Writes to a stream and waits when it is full, so large outputs stay in bounded memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", resolve));
}

function duration(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  const clock = m > 0 ? `${m} min ${s % 60} s` : `${s} s`;
  return lang === "sv" ? `${clock} kvar` : `${clock} left`;
}

/**
 * A progress line on stderr, only when it is a terminal and the input is
 * large: bar, percentage, records read, their rate and the time left; it
 * ends at 100% when the whole input was read.
 */
export function progress(
  io: Io,
  total: number,
  label: string,
  lang: Lang,
  now: () => number = () => performance.now(),
): { add: (bytes: number) => void; records: (n: number) => void; done: () => void } {
  const enabled = io.stderr.isTTY === true && total >= 32 * 1024 * 1024;
  // The clock is read only for a bar that is drawn: the global `performance` loads node's perf_hooks on first use, a start-up cost every small file would pay.
  const started = enabled ? now() : 0;
  let read = 0;
  let records = 0;
  let shownAt = -Infinity;
  let drawn = false;
  const draw = (): void => {
    const percent = Math.min(100, Math.floor((read / total) * 100));
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? records / seconds : 0;
    const left = read > 0 && read < total ? duration((seconds * (total - read)) / read, lang) : "";
    const bar = "#".repeat(Math.floor(percent / 5)).padEnd(20, ".");
    const line = `${label} [${bar}] ${percent}%  ${count(records, lang, ["record", "records"], ["post", "poster"])}  ${formatNumber(Math.round(rate), lang)}/s${left === "" ? "" : `  ${left}`}`;
    const width = io.stderr.columns ?? 80;
    io.stderr.write(`\r${line.slice(0, Math.max(20, width - 1))}\u001b[K`);
    drawn = true;
  };
  return {
    add(bytes) {
      if (!enabled) return;
      read += bytes;
      const t = now();
      if (t - shownAt >= 100) {
        shownAt = t;
        draw();
      }
    },
    records(n) {
      records += n;
    },
    done() {
      if (!enabled) return;
      read = Math.max(read, total);
      draw();
      if (drawn) io.stderr.write("\n");
    },
  };
}
