/**
 * `romsk validate <kind> <file|->`: every record of the input against the kind's schema.
 *
 * A record goes first through the fast path (../fast.ts: the validator
 * compiled from the kind's JSON Schema and a scan for what only zod
 * checks); a record it accepts is valid. Anything it doubts goes to the
 * model's `validate` (through the sdk's light entry point, loaded on the
 * first such record), whose verdict and issues are what is printed: a file
 * of valid records never loads zod.
 */
import { EXIT } from "../errors.js";
import { CliError } from "../errors.js";
import { fastCheck } from "../fast.js";
import { isNdjsonPath, progress, readRecords, shown, sizeOf, write, type Io, type RecordRead } from "../io.js";
import { count, ECHO_LIMIT, safe, type Lang } from "../text.js";

/** The model's validation and the issue lines, loaded when a record needs them (zod and the sdk's light entry point). */
async function loadModel() {
  const [{ validate }, { issueLines, requireKind, safeIssues }] = await Promise.all([import("@romsk-inkludering/sdk/core"), import("../common.js")]);
  return { validate, issueLines, requireKind, safeIssues };
}

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
  const check = args.kind === undefined ? undefined : await fastCheck(args.kind);
  // A kind without a compiled validator (none, or an unknown one): the model's list names them.
  let model = check === undefined ? await loadModel() : undefined;
  const kind = (model === undefined ? args.kind : model.requireKind(args.kind)) as string;
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
      if (check?.(r.value, r.length) === true) continue;
      model ??= await loadModel();
      const result = model.validate(kind, r.value);
      if (result.success) continue;
      invalid += 1;
      out += json ? `${JSON.stringify({ type: "problem", file: name, line: r.line, index: r.index, issues: model.safeIssues(result.issues, lang) })}\n` : `${where(file, r, ndjson)}:\n${model.issueLines(result.issues, lang)}`;
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
