/** What several commands share: date options, kinds, issue lines and tables. Imports only the sdk's light entry point. */
import { isKind, kinds, MAX_YEAR, MIN_YEAR, parseIsoDate, type Kind, type ValidationIssue } from "@romsk-inkludering/sdk/core";
import { CliError } from "./errors.js";
import { ECHO_LIMIT, safe, type Lang } from "./text.js";

/** The calendar's reason for refusing a date (its own words are English), in Swedish. */
function dateReasonSv(reason: string): string {
  const month = /month (\d+) does not exist/.exec(reason);
  if (month !== null) return `månad ${month[1]} finns inte`;
  const days = / (\S+) has (\d+) days$/.exec(reason);
  if (days !== null) return `${days[1]} har ${days[2]} dagar`;
  if (/is outside/.test(reason)) return `utanför åren ${MIN_YEAR}–${MAX_YEAR}`;
  return "fyrsiffrigt år, tvåsiffrig månad och tvåsiffrig dag";
}

/** Checks an ISO date option (a real date in the calendar's years); throws a {@link CliError} naming the option and the value. */
export function requireDate(option: string, value: string | undefined): string {
  if (value === undefined) throw new CliError({ en: `${option} is required (a date YYYY-MM-DD)`, sv: `${option} krävs (ett datum ÅÅÅÅ-MM-DD)` });
  const parsed = parseIsoDate(value);
  if (!parsed.success) {
    throw new CliError({
      en: `${option}: ${JSON.stringify(safe(value, 40))} is not a date YYYY-MM-DD (${parsed.error})`,
      sv: `${option}: ${JSON.stringify(safe(value, 40))} är inget datum ÅÅÅÅ-MM-DD (${dateReasonSv(parsed.error)})`,
    });
  }
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new CliError({
      en: `${option}: ${value} is outside the calendar's years ${MIN_YEAR}–${MAX_YEAR}`,
      sv: `${option}: ${value} ligger utanför kalenderns år ${MIN_YEAR}–${MAX_YEAR}`,
    });
  }
  return value;
}

/** Checks a kind argument. */
export function requireKind(kind: string | undefined): Kind {
  if (kind === undefined) throw new CliError({ en: `a kind is required; one of: ${kinds.join(", ")}`, sv: `en sort krävs; en av: ${kinds.join(", ")}` });
  if (!isKind(kind)) throw new CliError({ en: `unknown kind ${JSON.stringify(safe(kind, 60))}; one of: ${kinds.join(", ")}`, sv: `okänd sort ${JSON.stringify(safe(kind, 60))}; en av: ${kinds.join(", ")}` });
  return kind;
}

/** A path like `activities[0].outputs[1].value` (`(root)`, `(roten)` for the root); keys from the input are escaped and shortened. */
export function showPath(path: readonly (string | number)[], lang: Lang = "en"): string {
  if (path.length === 0) return lang === "sv" ? "(roten)" : "(root)";
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? safe(key, 80) : `.${safe(key, 80)}`;
  return out;
}

/** The lines of validation issues, indented: path, message and code, every echoed value made safe. */
export function issueLines(issues: readonly ValidationIssue[], lang: Lang): string {
  return issues.map((i) => `  ${showPath(i.path, lang)}: ${safe(i.message[lang], 300, lang)} [${i.code}]\n`).join("");
}

/**
 * Validation issues made safe for JSON output by the same rule as the text:
 * every string a path holds and both messages have their control and bidi
 * characters escaped and are cut to {@link ECHO_LIMIT} characters with
 * their full length stated; codes and numeric path segments stay as they are.
 */
export function safeIssues(issues: readonly ValidationIssue[], lang: Lang): ValidationIssue[] {
  return issues.map((i) => ({
    path: i.path.map((key) => (typeof key === "string" ? safe(key, ECHO_LIMIT, lang) : key)),
    code: i.code,
    message: { sv: safe(i.message.sv, ECHO_LIMIT, "sv"), en: safe(i.message.en, ECHO_LIMIT, "en") },
  }));
}

/** The width tables fit: `COLUMNS` when set, else the terminal's; unbounded when the output is no terminal (a file or a pipe gets whole lines). */
export function terminalWidth(stream: { columns?: number; isTTY?: boolean } | undefined): number {
  const env = Number(process.env["COLUMNS"]);
  if (Number.isInteger(env) && env > 0) return env;
  return stream?.isTTY === true ? (stream.columns ?? 80) : Infinity;
}

/** Text wrapped at word boundaries to lines of at most `width` characters (unbounded: one line). */
export function wrapText(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const out: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current === "") current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      out.push(current);
      current = word;
    }
  }
  if (current !== "") out.push(current);
  return out;
}

/**
 * An aligned plain-text table: a header row, a rule, then the rows, with
 * every cell made safe. When the table is wider than `width`, the last
 * column (the explanation) wraps at word boundaries under itself.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], width = Infinity): string {
  const clean = rows.map((r) => r.map((c) => safe(c, 2000)));
  const last = header.length - 1;
  const widths = header.map((h, i) => (i === last ? h.length : Math.max(h.length, ...clean.map((r) => (r[i] ?? "").length))));
  const columnsIndent = widths.slice(0, last).reduce((n, w) => n + w + 2, 0);
  // Too narrow for the explanation beside the other columns: it goes under its row, indented.
  const stacked = columnsIndent + 30 > width;
  const indent = stacked ? 4 : columnsIndent;
  const room = Math.max(20, width - indent);
  const wrap = (text: string): string[] => {
    if (text.length <= room) return [text];
    const out: string[] = [];
    let current = "";
    for (const word of text.split(" ")) {
      let w = word;
      while (w.length > room) {
        if (current !== "") out.push(current);
        out.push(w.slice(0, room));
        w = w.slice(room);
        current = "";
      }
      if (current === "") current = w;
      else if (current.length + 1 + w.length <= room) current += ` ${w}`;
      else {
        out.push(current);
        current = w;
      }
    }
    if (current !== "") out.push(current);
    return out;
  };
  const lines = (cells: readonly string[]): string[] => {
    const head = cells.slice(0, last).map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
    const wrapped = wrap(cells[last] ?? "");
    if (stacked) {
      const [top = "", ...rest] = wrapText(cells.slice(0, last).join("  "), width);
      return [top, ...rest.map((m) => `${" ".repeat(indent)}${m.trimStart()}`), ...wrapped.map((m) => `${" ".repeat(indent)}${m}`)];
    }
    const [first = "", ...more] = wrapped;
    return [`${head}${last > 0 ? "  " : ""}${first}`.trimEnd(), ...more.map((m) => `${" ".repeat(indent)}${m}`)];
  };
  const longest = Math.max(header[last]?.length ?? 0, ...clean.map((r) => (r[last] ?? "").length));
  const rule = stacked ? "-".repeat(Math.min(width, columnsIndent - 2)) : [...widths.slice(0, last).map((w) => "-".repeat(w)), "-".repeat(Math.min(room, longest))].join("  ");
  const head = stacked ? [...lines(header.slice(0, last).concat([""])).slice(0, 1), `${" ".repeat(indent)}${header[last] ?? ""}`] : lines(header);
  return [...head, rule, ...clean.flatMap(lines)].join("\n") + "\n";
}
