/** `romsk report <files...> --year N --as-of D`: the national report from annual reports and observations. */
import {
  areaActivitySpec,
  indicatorTrendSpec,
  MAX_YEAR,
  merge,
  MIN_YEAR,
  renderJson,
  renderMarkdown,
  summarize,
  toCsv,
  toCsvRows,
  validate,
  type Aggregate,
  type AnnualReport,
  type Kind,
  type Observation,
} from "@romsk-inkludering/sdk";
import { makeClient } from "../client.js";
import { issueLines, requireDate } from "../common.js";
import { CliError, EXIT } from "../errors.js";
import { progress, readRecords, shown, sizeOf, write, type Io, type RecordRead } from "../io.js";
import { count, formatNumber, safe, type Lang } from "../text.js";

/**
 * How much is summarized at once (then merged into the running aggregate):
 * records plus their activities, consultations and observations. The chunk
 * is what the report holds of the input at a time: at 20 000 the 356 MB of
 * the memory benchmark (10 000 reports of 90 activities) peaked at 214 MB,
 * at 2 500 at 167 MB, for the same CPU time (a merge is cheap beside
 * reading and validating).
 */
const CHUNK_WEIGHT = 2_500;

function where(file: string, r: RecordRead): string {
  return r.ok ? `${shown(file)}:${r.line}` : `${shown(file)}:${r.line}:${r.column}`;
}

/**
 * Reads every file as a stream, validates each record, and folds the
 * records of the year into one running aggregate (summarized in chunks and
 * merged), so memory grows with the actors and years, not with the input.
 * Refuses (exit 1, no report) when a record is invalid, when two annual
 * reports have the same id or the same actor and year (both places
 * named), or when no annual report or observation is for the year.
 */
export async function reportCommand(
  args: {
    files: readonly string[];
    year?: string | undefined;
    asOf?: string | undefined;
    format: "md" | "csv" | "json" | "vega" | "html";
    lang: Lang;
    threshold?: string | undefined;
    expected?: string | undefined;
    deadline?: string | undefined;
    indicator?: string | undefined;
  },
  io: Io,
): Promise<number> {
  const lang = args.lang;
  if (args.files.length === 0) throw new CliError({ en: "at least one file of annual reports or observations is required (or - for standard input)", sv: "minst en fil med årsrapporter eller observationer krävs (eller - för standard in)" });
  if (args.year === undefined || !/^\d{4}$/.test(args.year)) {
    throw new CliError({ en: `--year must be a year like 2017, got ${JSON.stringify(safe(args.year ?? "", 40))}`, sv: `--year ska vara ett år som 2017, fick ${JSON.stringify(safe(args.year ?? "", 40))}` });
  }
  const year = Number(args.year);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new CliError({ en: `--year ${year} is outside the calendar's years ${MIN_YEAR}–${MAX_YEAR}`, sv: `--year ${year} ligger utanför kalenderns år ${MIN_YEAR}–${MAX_YEAR}` });
  const asOf = requireDate("--as-of", args.asOf);
  const deadline = args.deadline === undefined ? undefined : requireDate("--deadline", args.deadline);
  let threshold: number | undefined;
  if (args.threshold !== undefined) {
    threshold = Number(args.threshold);
    if (!Number.isInteger(threshold) || threshold < 1) throw new CliError({ en: `--threshold must be a whole number of at least 1, got ${JSON.stringify(safe(args.threshold, 40))}`, sv: `--threshold ska vara ett heltal på minst 1, fick ${JSON.stringify(safe(args.threshold, 40))}` });
  }
  if (args.files.filter((f) => f === "-").length > 1) throw new CliError({ en: "standard input (-) can be read only once", sv: "standard in (-) kan bara läsas en gång" });
  const client = makeClient({ asOf, ...(threshold === undefined ? {} : { suppressionThreshold: threshold }) }, lang);
  const expectedReporters = args.expected?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (expectedReporters !== undefined) {
    const unknown = expectedReporters.filter((id) => !client.catalog.data.actors.some((a) => a.id === id));
    if (unknown.length > 0) {
      const names = unknown.map((id) => JSON.stringify(safe(id, 80))).join(", ");
      throw new CliError({ en: `--expected: ${unknown.length === 1 ? "no actor" : "no actors"} ${names} in the catalog`, sv: `--expected: ${unknown.length === 1 ? "ingen aktör" : "inga aktörer"} ${names} i katalogen` });
    }
  }

  const actorTypes = client.actorTypes(year);
  let partial: Aggregate | undefined;
  let chunk: (AnnualReport | Observation)[] = [];
  let weight = 0;
  const flush = (): void => {
    if (chunk.length === 0) return;
    const summary = summarize(chunk, { actorTypes });
    partial = partial === undefined ? summary : merge(partial, summary);
    chunk = [];
    weight = 0;
  };
  let problems = 0;
  const problem = async (text: string): Promise<void> => {
    problems += 1;
    await write(io.stderr, text);
  };
  const observed = new Set<string>();
  const byId = new Map<string, string>(); // report id -> where
  const byActorYear = new Map<string, string>(); // actor|year -> where
  const otherYears = new Map<number, number>(); // year -> annual reports for it
  let reportsOfYear = 0;
  let observationsUsed = 0;
  let observationsLater = 0;
  const total = args.files.reduce((n, f) => n + sizeOf(f), 0);
  const bar = progress(io, total, lang === "sv" ? "läser" : "reading", lang);
  for (const file of args.files) {
    for await (const batch of readRecords(file, io, { onBytes: bar.add, ...(file === "-" ? { ndjson: true } : {}) })) {
      bar.records(batch.length);
      for (const r of batch) {
        const at = where(file, r);
        if (!r.ok) {
          await problem(`${at}: ${lang === "sv" ? "ogiltig JSON" : "invalid JSON"}: ${safe(r.message[lang], 300, lang)}\n`);
          continue;
        }
        const value = r.value as Record<string, unknown> | null;
        const kind: Kind | undefined =
          value !== null && typeof value === "object" && !Array.isArray(value) ? ("reporterKind" in value ? "annual-report" : "indicatorId" in value ? "observation" : undefined) : undefined;
        if (kind === undefined) {
          await problem(
            lang === "sv"
              ? `${at}: varken en årsrapport (inget "reporterKind") eller en observation (inget "indicatorId")\n`
              : `${at}: neither an annual report (no "reporterKind") nor an observation (no "indicatorId")\n`,
          );
          continue;
        }
        const result = validate(kind, r.value);
        if (!result.success) {
          await problem(`${at} (${kind}):\n${issueLines(result.issues, lang)}`);
          continue;
        }
        if (kind === "annual-report") {
          const report = result.data as AnnualReport;
          const sameId = byId.get(report.id);
          if (sameId !== undefined) {
            await problem(
              lang === "sv"
                ? `${at}: årsrapporten ${JSON.stringify(safe(report.id, 80))} finns redan på ${sameId}; två rapporter med samma id summeras aldrig\n`
                : `${at}: the annual report ${JSON.stringify(safe(report.id, 80))} is already at ${sameId}; two reports with the same id are never summed\n`,
            );
            continue;
          }
          byId.set(report.id, at);
          const key = `${report.actorId}|${report.year}`;
          const sameActor = byActorYear.get(key);
          if (sameActor !== undefined) {
            await problem(
              lang === "sv"
                ? `${at}: ${JSON.stringify(safe(report.actorId, 80))} har redan en årsrapport för ${report.year} på ${sameActor}; en aktör rapporterar en gång per år, och två rapporter summeras aldrig\n`
                : `${at}: ${JSON.stringify(safe(report.actorId, 80))} already has an annual report for ${report.year} at ${sameActor}; an actor reports once a year, and two reports are never summed\n`,
            );
            continue;
          }
          byActorYear.set(key, at);
          if (report.year !== year) {
            otherYears.set(report.year, (otherYears.get(report.year) ?? 0) + 1);
            continue;
          }
          reportsOfYear += 1;
          for (const o of report.observations) observed.add(o.indicatorId);
          chunk.push(report);
          weight += report.activities.length + report.consultations.length + report.observations.length;
        } else {
          const observation = result.data as Observation;
          if (observation.year > year) {
            observationsLater += 1;
            continue;
          }
          observationsUsed += 1;
          observed.add(observation.indicatorId);
          chunk.push(observation);
        }
        weight += 1;
        if (weight >= CHUNK_WEIGHT) flush();
      }
    }
  }
  bar.done();
  flush();
  const others = [...otherYears.entries()].sort((a, b) => a[0] - b[0]);
  const othersText = (l: Lang): string =>
    others.map(([y, n]) => `${formatNumber(n, l)} ${l === "sv" ? "för" : "for"} ${y}`).join(", ");
  if (problems > 0) {
    await write(
      io.stderr,
      lang === "sv"
        ? `${count(problems, lang, ["", ""], ["post har problem", "poster har problem"])}: ingen rapport gjordes (inget lämnas bort i tysthet)\n`
        : `${count(problems, lang, ["record has problems", "records have problems"], ["", ""])}: no report was made (nothing is left out silently)\n`,
    );
    return EXIT.problems;
  }
  if (reportsOfYear === 0 && observationsUsed === 0) {
    const found = others.length === 0 && observationsLater === 0;
    await write(
      io.stderr,
      lang === "sv"
        ? found
          ? `inga årsrapporter eller observationer lästes: ingen rapport för ${year} gjordes\n`
          : `${others.length > 0 ? `årsrapporterna är för andra år (${othersText("sv")})` : ""}${others.length > 0 && observationsLater > 0 ? "; " : ""}${observationsLater > 0 ? `${count(observationsLater, "sv", ["", ""], ["observation", "observationer"])} gäller år efter ${year}` : ""}, ingen för ${year}: ingen rapport gjordes\n`
        : found
          ? `no annual reports or observations were read: no report for ${year} was made\n`
          : `${others.length > 0 ? `the annual reports are for other years (${othersText("en")})` : ""}${others.length > 0 && observationsLater > 0 ? "; " : ""}${observationsLater > 0 ? `${count(observationsLater, "en", ["observation is", "observations are"], ["", ""])} for years after ${year}` : ""}, none for ${year}: no report was made\n`,
    );
    return EXIT.problems;
  }
  if (others.length > 0) {
    await write(
      io.stderr,
      lang === "sv"
        ? `${count(others.reduce((n, [, c]) => n + c, 0), "sv", ["årsrapport", "årsrapporter"], ["årsrapport", "årsrapporter"])} för andra år än ${year} lämnades utanför (${othersText("sv")})\n`
        : `${count(others.reduce((n, [, c]) => n + c, 0), "en", ["annual report", "annual reports"], ["", ""])} for years other than ${year} left out (${othersText("en")})\n`,
    );
  }
  if (observationsLater > 0) {
    await write(
      io.stderr,
      lang === "sv"
        ? `${count(observationsLater, "sv", ["", ""], ["observation", "observationer"])} för år efter ${year} lämnades utanför\n`
        : `${count(observationsLater, "en", ["observation", "observations"], ["", ""])} for years after ${year} left out\n`,
    );
  }
  const report = client.aggregate([], {
    year,
    asOf,
    ...(partial === undefined ? {} : { aggregate: partial }),
    ...(expectedReporters === undefined ? {} : { expectedReporters }),
    ...(deadline === undefined ? {} : { deadline }),
    // The catalog's definitions of the indicators observed: names, and targets for the progress section.
    indicators: client.catalog.indicators().filter((i) => observed.has(i.id)),
  });
  const trend = (id: string): unknown => {
    // An id the report has no values for would chart nothing under its own name: a usage error, never an empty chart.
    const known = report.indicators.stats.some((s) => s.indicatorId === id);
    if (!known) throw new CliError({ en: `--indicator: no indicator ${JSON.stringify(safe(id, 80))} in the report`, sv: `--indicator: ingen indikator ${JSON.stringify(safe(id, 80))} i rapporten` });
    return indicatorTrendSpec(report, id, { lang });
  };
  if (args.format === "html") {
    // Vega is loaded only for this format, so every other command starts without it.
    const { renderHtml } = await import("@romsk-inkludering/reports/html");
    await write(io.stdout, await renderHtml(report, { lang, indicators: client.catalog.indicators() }));
    return EXIT.ok;
  }
  const out =
    args.format === "md"
      ? renderMarkdown(report, { lang })
      : args.format === "csv"
        ? toCsv(toCsvRows(report, { lang }), undefined, { lang })
        : args.format === "json"
          ? renderJson(report)
          : `${JSON.stringify(args.indicator === undefined ? areaActivitySpec(report, { lang }) : trend(args.indicator), null, 2)}\n`;
  await write(io.stdout, out);
  return EXIT.ok;
}
