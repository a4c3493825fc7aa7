import {
  areaActivitySpec,
  createClientSafe,
  dayOfWeek,
  DEADLINE_STATUS_LABELS,
  getLocalProfile,
  indicatorTrendSpec,
  isKind,
  isPublicHoliday,
  isWorkday,
  kinds,
  merge,
  midsummerEve,
  parseIsoDate,
  publicHolidays,
  renderJson,
  renderMarkdown,
  statutoryDeadline,
  summarize,
  toCsv,
  toCsvRows,
  toJsonSchema,
  type Aggregate,
  type AnnualReport,
  type ClientIssue,
  type Kind,
  type LocalProfile,
  type Observation,
  type ValidationIssue,
} from "@romsk-inkludering/sdk";
import { existsSync, readFileSync } from "node:fs";
import { CliError, EXIT } from "./errors.js";
import { showPath, table, type Lang } from "./format.js";
import { parseJson, progress, readRecords, sizeOf, write, type Io, type RecordRead } from "./io.js";

const DAY_NAMES = {
  sv: ["", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
  en: ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
} as const;

/** Checks an ISO date option; throws a {@link CliError} naming the option and the value. */
export function requireDate(option: string, value: string | undefined): string {
  if (value === undefined) throw new CliError(`${option} is required (a date YYYY-MM-DD)`);
  const parsed = parseIsoDate(value);
  if (!parsed.success) throw new CliError(`${option}: ${JSON.stringify(value)} is not a date YYYY-MM-DD (${parsed.error})`);
  return value;
}

function requireKind(kind: string | undefined): Kind {
  if (kind === undefined) throw new CliError(`a kind is required; one of: ${kinds.join(", ")}`);
  if (!isKind(kind)) throw new CliError(`unknown kind ${JSON.stringify(kind)}; one of: ${kinds.join(", ")}`);
  return kind;
}

function where(file: string, r: RecordRead): string {
  if (r.line > 0 && r.ok) return `${file}:${r.line}`;
  if (!r.ok) return `${file}:${r.line}:${r.column}`;
  return `${file}[${r.index}]`;
}

function issueLines(issues: readonly ValidationIssue[], lang: Lang): string {
  return issues.map((i) => `  ${showPath(i.path)}: ${i.message[lang]} [${i.code}]\n`).join("");
}

function clientIssues(issues: readonly ClientIssue[], lang: Lang): string {
  return issues
    .map((i) => `${i.option}${i.entry ? ` (${i.entry.kind} ${JSON.stringify(i.entry.id)})` : ""}${i.path.length > 0 ? ` at ${showPath(i.path)}` : ""}: ${i.message[lang]} [${i.code}]`)
    .join("\n");
}

/** `romsk validate <kind> <file|->`: every record of the input against the kind's schema. */
export async function validateCommand(
  args: { kind?: string | undefined; file?: string | undefined; lang: Lang; format: "text" | "json"; ndjson?: boolean | undefined },
  io: Io,
): Promise<number> {
  const kind = requireKind(args.kind);
  if (args.file === undefined) throw new CliError("a file is required (or - for standard input)");
  const file = args.file;
  const { client } = makeClient({});
  const bar = progress(io, sizeOf(file), `validating ${file}`);
  let records = 0;
  let invalid = 0;
  const problems: unknown[] = [];
  const options = { onBytes: bar.add, ...(args.ndjson === undefined ? {} : { ndjson: args.ndjson }) };
  for await (const r of readRecords(file, io, options)) {
    records += 1;
    if (!r.ok) {
      if (r.line <= 1 && records === 1 && !(args.ndjson ?? /\.(ndjson|jsonl)$/i.test(file)) && r.index === 0) {
        throw new CliError(`${file}:${r.line}:${r.column}: not valid JSON: ${r.message}`);
      }
      invalid += 1;
      if (args.format === "json") problems.push({ line: r.line, column: r.column, index: r.index, issues: [{ path: [], code: "invalid-json", message: { sv: `Ogiltig JSON: ${r.message}`, en: `Invalid JSON: ${r.message}` } }] });
      else await write(io.stdout, `${where(file, r)}: ${args.lang === "sv" ? "ogiltig JSON" : "invalid JSON"}: ${r.message}\n`);
      continue;
    }
    const result = client.validate(kind, r.value);
    if (result.success) continue;
    invalid += 1;
    if (args.format === "json") problems.push({ ...(r.line > 0 ? { line: r.line } : {}), index: r.index, issues: result.issues });
    else await write(io.stdout, `${where(file, r)}:\n${issueLines(result.issues, args.lang)}`);
  }
  bar.done();
  if (args.format === "json") {
    await write(io.stdout, `${JSON.stringify({ file, kind, records, valid: records - invalid, invalid, problems }, null, 2)}\n`);
  } else {
    const summary =
      args.lang === "sv" ? `${records} poster: ${records - invalid} giltiga, ${invalid} ogiltiga (${kind})` : `${records} records: ${records - invalid} valid, ${invalid} invalid (${kind})`;
    await write(io.stdout, `${summary}\n`);
  }
  return invalid === 0 ? EXIT.ok : EXIT.problems;
}

function makeClient(options: { asOf?: string; profile?: string | LocalProfile; suppressionThreshold?: number }, lang: Lang = "en") {
  const made = createClientSafe(options);
  if (!made.success) throw new CliError(`the options have problems:\n${clientIssues(made.issues, lang)}`);
  return { client: made.data };
}

async function readDocument(file: string, io: Io): Promise<unknown> {
  for await (const r of readRecords(file, io, { ndjson: false })) {
    if (!r.ok) throw new CliError(`${file}:${r.line}:${r.column}: not valid JSON: ${r.message}`);
    if (r.line === 0) throw new CliError(`${file}: expected one JSON object, got an array`);
    return r.value;
  }
  throw new CliError(`${file} is empty`);
}

function readProfile(value: string | undefined): string | LocalProfile | undefined {
  if (value === undefined) return undefined;
  if (existsSync(value)) {
    let text: string;
    try {
      text = readFileSync(value, "utf8");
    } catch (error) {
      throw new CliError(`cannot read ${value}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const parsed = parseJson(text);
    if (!parsed.ok) throw new CliError(`${value}:${parsed.line}:${parsed.column}: not valid JSON: ${parsed.message}`);
    return parsed.value as LocalProfile;
  }
  if (getLocalProfile(value) !== undefined) return value;
  throw new CliError(`--profile: ${JSON.stringify(value)} is neither a file nor a profile id of the catalog`);
}

/** `romsk check <file> --as-of D`: the compliance findings for a compliance input. */
export async function checkCommand(
  args: { file?: string | undefined; asOf?: string | undefined; profile?: string | undefined; lang: Lang; format: "table" | "json"; all: boolean },
  io: Io,
): Promise<number> {
  if (args.file === undefined) throw new CliError("a file is required (a compliance input, JSON)");
  const asOf = requireDate("--as-of", args.asOf);
  const profile = readProfile(args.profile);
  const { client } = makeClient({ asOf, ...(profile === undefined ? {} : { profile }) }, args.lang);
  const input = await readDocument(args.file, io);
  const valid = client.validate("compliance-input", input);
  if (!valid.success) {
    await write(io.stdout, `${args.file}:\n${issueLines(valid.issues, args.lang)}`);
    return EXIT.problems;
  }
  const findings = client.check(valid.data, { asOf });
  const failed = findings.some((f) => f.verdict === "fail" || f.verdict === "error");
  if (args.format === "json") {
    await write(io.stdout, `${JSON.stringify(findings, null, 2)}\n`);
    return failed ? EXIT.problems : EXIT.ok;
  }
  const shown = args.all ? findings : findings.filter((f) => f.verdict !== "not-applicable");
  const header = args.lang === "sv" ? ["utfall", "regel", "gäller", "förklaring"] : ["verdict", "rule", "subject", "explanation"];
  await write(io.stdout, table(header, shown.map((f) => [f.verdict, f.ruleId, f.subject.id, f.message[args.lang]])));
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.verdict, (counts.get(f.verdict) ?? 0) + 1);
  const summary = ["pass", "fail", "warning", "error", "not-applicable"].map((v) => `${v} ${counts.get(v) ?? 0}`).join(", ");
  await write(io.stdout, `\n${findings.length} findings as of ${asOf}: ${summary}\n`);
  return failed ? EXIT.problems : EXIT.ok;
}

/** `romsk report <files...> --year N --as-of D`: the national report from annual reports and observations. */
export async function reportCommand(
  args: {
    files: readonly string[];
    year?: string | undefined;
    asOf?: string | undefined;
    format: "md" | "csv" | "json" | "vega";
    lang: Lang;
    threshold?: string | undefined;
    expected?: string | undefined;
    deadline?: string | undefined;
    indicator?: string | undefined;
  },
  io: Io,
): Promise<number> {
  if (args.files.length === 0) throw new CliError("at least one file of annual reports or observations is required");
  if (args.year === undefined || !/^\d{4}$/.test(args.year)) throw new CliError(`--year must be a year like 2017, got ${JSON.stringify(args.year ?? "")}`);
  const year = Number(args.year);
  const asOf = requireDate("--as-of", args.asOf);
  const deadline = args.deadline === undefined ? undefined : requireDate("--deadline", args.deadline);
  let threshold: number | undefined;
  if (args.threshold !== undefined) {
    threshold = Number(args.threshold);
    if (!Number.isInteger(threshold) || threshold < 1) throw new CliError(`--threshold must be a whole number of at least 1, got ${JSON.stringify(args.threshold)}`);
  }
  const { client } = makeClient({ asOf, ...(threshold === undefined ? {} : { suppressionThreshold: threshold }) }, args.lang);
  const actorTypes = client.actorTypes(year);
  const reports: AnnualReport[] = [];
  let partial: Aggregate | undefined;
  let chunk: Observation[] = [];
  const flush = (): void => {
    if (chunk.length === 0) return;
    const summary = summarize(chunk, { actorTypes });
    partial = partial === undefined ? summary : merge(partial, summary);
    chunk = [];
  };
  let problems = 0;
  const observed = new Set<string>();
  const total = args.files.reduce((n, f) => n + sizeOf(f), 0);
  const bar = progress(io, total, "reading");
  for (const file of args.files) {
    for await (const r of readRecords(file, io, { onBytes: bar.add })) {
      if (!r.ok) {
        if (r.line <= 1 && !/\.(ndjson|jsonl)$/i.test(file)) throw new CliError(`${file}:${r.line}:${r.column}: not valid JSON: ${r.message}`);
        problems += 1;
        await write(io.stderr, `${where(file, r)}: invalid JSON: ${r.message}\n`);
        continue;
      }
      const value = r.value as Record<string, unknown> | null;
      const kind: Kind | undefined =
        value !== null && typeof value === "object" && "reporterKind" in value ? "annual-report" : value !== null && typeof value === "object" && "indicatorId" in value ? "observation" : undefined;
      if (kind === undefined) {
        problems += 1;
        await write(io.stderr, `${where(file, r)}: neither an annual report (no "reporterKind") nor an observation (no "indicatorId")\n`);
        continue;
      }
      const result = client.validate(kind, r.value);
      if (!result.success) {
        problems += 1;
        await write(io.stderr, `${where(file, r)} (${kind}):\n${issueLines(result.issues, args.lang)}`);
        continue;
      }
      if (kind === "annual-report") {
        const report = result.data as AnnualReport;
        reports.push(report);
        for (const o of report.observations) observed.add(o.indicatorId);
      } else {
        const observation = result.data as Observation;
        observed.add(observation.indicatorId);
        chunk.push(observation);
        if (chunk.length >= 50_000) flush();
      }
    }
  }
  bar.done();
  flush();
  if (problems > 0) {
    await write(io.stderr, `${problems} record(s) have problems: no report was made (nothing is left out silently)\n`);
    return EXIT.problems;
  }
  const expectedReporters = args.expected?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const report = client.aggregate(reports, {
    year,
    asOf,
    ...(partial === undefined ? {} : { aggregate: partial }),
    ...(expectedReporters === undefined ? {} : { expectedReporters }),
    ...(deadline === undefined ? {} : { deadline }),
    // The catalog's definitions of the indicators observed: names, and targets for the progress section.
    indicators: client.catalog.indicators().filter((i) => observed.has(i.id)),
  });
  const out =
    args.format === "md"
      ? renderMarkdown(report, { lang: args.lang })
      : args.format === "csv"
        ? toCsv(toCsvRows(report))
        : args.format === "json"
          ? renderJson(report)
          : `${JSON.stringify(args.indicator === undefined ? areaActivitySpec(report, { lang: args.lang }) : indicatorTrendSpec(report, args.indicator, { lang: args.lang }), null, 2)}\n`;
  await write(io.stdout, out);
  return EXIT.ok;
}

/** Why a date is not a workday under lag (1930:173) 2 §, in words (undefined for a workday). */
export function nonWorkdayReason(date: string, lang: Lang): string | undefined {
  if (isWorkday(date)) return undefined;
  const year = Number(date.slice(0, 4));
  const holiday = publicHolidays(year).find((h) => h.date === date);
  const day = DAY_NAMES[lang][dayOfWeek(date)] ?? "";
  if (holiday !== undefined) return `${holiday.name[lang]} (${day})`;
  if (isPublicHoliday(date) || dayOfWeek(date) === 6) return day;
  const md = date.slice(5);
  const eve = md === "12-24" ? { sv: "julafton", en: "Christmas Eve" } : md === "12-31" ? { sv: "nyårsafton", en: "New Year's Eve" } : date === midsummerEve(year) ? { sv: "midsommarafton", en: "Midsummer Eve" } : undefined;
  return eve === undefined ? day : `${eve[lang]} (${day})`;
}

/** `romsk deadline <date>`: the last day under lag (1930:173) 2 §. */
export async function deadlineCommand(args: { date?: string | undefined; lang: Lang; format: "text" | "json" }, io: Io): Promise<number> {
  const date = requireDate("the date", args.date);
  const deadline = statutoryDeadline(date);
  const reason = nonWorkdayReason(date, args.lang) ?? null;
  if (args.format === "json") {
    await write(io.stdout, `${JSON.stringify({ date, deadline, moved: deadline !== date, reason, basis: "SFS 1930:173 2 §" })}\n`);
  } else if (deadline === date) {
    await write(io.stdout, `${deadline}\n`);
  } else {
    const why = args.lang === "sv" ? `${date} är ${reason}; fristen flyttas till nästa vardag enligt lag (1930:173) 2 §` : `${date} is ${reason !== null && !reason.includes("(") ? `a ${reason}` : reason}; the deadline moves to the next workday under lag (1930:173) 2 §`;
    await write(io.stdout, `${deadline}\t${why}\n`);
  }
  return EXIT.ok;
}

/** `romsk deadlines --from --to --as-of [--actor]`: the catalog's deliverables in a window. */
export async function deadlinesCommand(
  args: { from?: string | undefined; to?: string | undefined; asOf?: string | undefined; actor?: string | undefined; profile?: string | undefined; lang: Lang; format: "table" | "json" },
  io: Io,
): Promise<number> {
  const from = requireDate("--from", args.from);
  const to = requireDate("--to", args.to);
  if (to < from) throw new CliError(`--to ${to} is before --from ${from}`);
  const asOf = requireDate("--as-of", args.asOf);
  const profile = readProfile(args.profile);
  const { client } = makeClient({ asOf, ...(profile === undefined ? {} : { profile }) }, args.lang);
  if (args.actor !== undefined && client.catalog.getActor(args.actor, { asOf }) === undefined && client.catalog.getActor(args.actor, { asOf: from }) === undefined) {
    throw new CliError(`--actor: no actor ${JSON.stringify(args.actor)} in the catalog`);
  }
  const list = client.deadlines({ from, to, asOf, ...(args.actor === undefined ? {} : { actor: args.actor }) });
  if (args.format === "json") {
    await write(io.stdout, `${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  const header = args.lang === "sv" ? ["datum", "gäller", "läge", "dagar", "uppdrag", "leverans"] : ["due", "applies", "status", "days", "commission", "deliverable"];
  const rows = list.map((d) => [d.due, d.effectiveDue, DEADLINE_STATUS_LABELS[d.status][args.lang], String(d.daysLeft), d.commissionId, `${d.title[args.lang]}${d.occurrence === null ? "" : ` ${d.occurrence}`}`]);
  await write(io.stdout, table(header, rows));
  await write(io.stdout, `\n${list.length} ${args.lang === "sv" ? "leveranser" : "deliverables"} ${from} – ${to}, as of ${asOf}\n`);
  return EXIT.ok;
}

/** `romsk schema <kind>`: the JSON Schema (draft 2020-12) of a kind. */
export async function schemaCommand(args: { kind?: string | undefined }, io: Io): Promise<number> {
  const kind = requireKind(args.kind);
  await write(io.stdout, `${JSON.stringify(toJsonSchema(kind), null, 2)}\n`);
  return EXIT.ok;
}
