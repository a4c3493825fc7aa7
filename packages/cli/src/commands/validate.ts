/** `romsk validate <kind> <file|->`: every record of the input against the kind's schema. */
import { validate } from "@romsk-inkludering/sdk/core";
import { EXIT } from "../errors.js";
import { CliError } from "../errors.js";
import { issueLines, requireKind, safeIssues } from "../common.js";
import { isNdjsonPath, progress, readRecords, shown, sizeOf, write, type Io, type RecordRead } from "../io.js";
import { count, ECHO_LIMIT, safe, type Lang } from "../text.js";

function where(file: string, r: RecordRead, ndjson: boolean): string {
  if (!r.ok) return `${shown(file)}:${r.line}:${r.column}`;
  return ndjson || r.line > 0 ? `${shown(file)}:${r.line}` : `${shown(file)}[${r.index}]`;
}

/**
 * Validates every record; text for people (each problem with its place,
 * path and message) or, with `--format json`, NDJSON for machines: one line
 * per invalid record as it is found, then one summary line, so memory stays
 * flat however many records are invalid.
 */
export async function validateCommand(
  args: { kind?: string | undefined; file?: string | undefined; lang: Lang; format: "text" | "json"; ndjson?: boolean | undefined },
  io: Io,
): Promise<number> {
  const kind = requireKind(args.kind);
  if (args.file === undefined) throw new CliError({ en: "a file is required (or - for standard input)", sv: "en fil krävs (eller - för standard in)" });
  const file = args.file;
  const ndjson = args.ndjson ?? isNdjsonPath(file);
  const lang = args.lang;
  const bar = progress(io, sizeOf(file), lang === "sv" ? `validerar ${shown(file)}` : `validating ${shown(file)}`, lang);
  let records = 0;
  let invalid = 0;
  const json = args.format === "json";
  const name = safe(file, ECHO_LIMIT, lang);
  for await (const batch of readRecords(file, io, { ndjson, onBytes: bar.add })) {
    records += batch.length;
    bar.records(batch.length);
    let out = "";
    for (const r of batch) {
      if (!r.ok) {
        invalid += 1;
        out += json
          ? `${JSON.stringify({ type: "problem", file: name, line: r.line, column: r.column, index: r.index, issues: [{ path: [], code: "invalid-json", message: { en: safe(`Invalid JSON: ${r.message.en}`, ECHO_LIMIT, "en"), sv: safe(`Ogiltig JSON: ${r.message.sv}`, ECHO_LIMIT, "sv") } }] })}\n`
          : `${where(file, r, ndjson)}: ${lang === "sv" ? "ogiltig JSON" : "invalid JSON"}: ${safe(r.message[lang], 300, lang)}\n`;
        continue;
      }
      const result = validate(kind, r.value);
      if (result.success) continue;
      invalid += 1;
      out += json ? `${JSON.stringify({ type: "problem", file: name, line: r.line, index: r.index, issues: safeIssues(result.issues, lang) })}\n` : `${where(file, r, ndjson)}:\n${issueLines(result.issues, lang)}`;
    }
    if (out !== "") await write(io.stdout, out);
  }
  bar.done();
  const valid = records - invalid;
  if (json) {
    await write(io.stdout, `${JSON.stringify({ type: "summary", file: name, kind, records, valid, invalid })}\n`);
  } else {
    const summary =
      lang === "sv"
        ? `${count(records, lang, ["", ""], ["post", "poster"])}: ${count(valid, lang, ["", ""], ["giltig", "giltiga"])}, ${count(invalid, lang, ["", ""], ["ogiltig", "ogiltiga"])} (${kind})`
        : `${count(records, lang, ["record", "records"], ["", ""])}: ${valid} valid, ${invalid} invalid (${kind})`;
    await write(io.stdout, `${summary}\n`);
  }
  return invalid === 0 ? EXIT.ok : EXIT.problems;
}
