/**
 * The national report as Markdown, in Swedish or English.
 */
import { DEADLINE_STATUS_LABELS, DEADLINE_STATUSES, type DeadlineStatus } from "@romsk-inkludering/calendar";
import { capitalised, POPULATION_LABELS, PROGRESS_STATUS_LABELS, type ProgressStatus } from "@romsk-inkludering/model";
import type { Completeness } from "../completeness.js";
import { formatNumber, langOption } from "../format.js";
import {
  ACTIVITY_KIND_NAMES,
  AREA_NAMES,
  GENDER_NAMES,
  LEVEL_NAMES,
  MEETING_KIND_NAMES,
  OUTPUT_NAMES,
  ROLE_NAMES,
  ROMA_GROUP_NAMES,
  TYPE_NAMES,
  YOUTH_NAMES,
  type Lang,
  type TypeKey,
} from "../labels.js";
import type { AreaTable, MeasureCells, NationalReport, ReportDimensions } from "../report.js";
import { HIDDEN_MARK, type Cell } from "../suppression.js";
import type { Source } from "@romsk-inkludering/model";

/**
 * Options of {@link renderMarkdown}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { MarkdownOptions } from "@romsk-inkludering/reports";
 * const options: MarkdownOptions = { lang: "en" };
 * options.lang;
 * // => "en"
 * ```
 */
export interface MarkdownOptions {
  /** Swedish (`"sv"`) or English (`"en"`, the default). */
  readonly lang?: Lang | undefined;
}

/** The mark of a suppressed count (Swedish official statistics use `..` for figures not shown). @internal */
export const HIDDEN = HIDDEN_MARK;

/** The report's headings and column names in Swedish and English. @internal */
export const TEXT = {
  title: { sv: "Nationell årsrapport", en: "National annual report" },
  overview: { sv: "Översikt", en: "Overview" },
  actorType: { sv: "Aktörstyp", en: "Actor type" },
  reports: { sv: "Rapporter", en: "Reports" },
  activeActors: { sv: "Aktiva aktörer", en: "Active actors" },
  activities: { sv: "Insatser", en: "Activities" },
  meetings: { sv: "Möten", en: "Meetings" },
  participants: { sv: "Deltagare", en: "Participants" },
  funding: { sv: "Finansiering (kr)", en: "Funding (SEK)" },
  byKind: { sv: "Insatser per slag", en: "Activities by kind" },
  kind: { sv: "Slag", en: "Kind" },
  meetingsByKind: { sv: "Möten per slag", en: "Meetings by kind" },
  byRole: { sv: "Deltagare per roll", en: "Participants by role" },
  role: { sv: "Roll", en: "Role" },
  byGroup: { sv: "Deltagare per romsk grupp", en: "Participants by Roma group" },
  group: { sv: "Romsk grupp", en: "Roma group" },
  byYouth: { sv: "Deltagare som är unga", en: "Participants who are young people" },
  youth: { sv: "Unga", en: "Young people" },
  completeness: { sv: "Inrapportering", en: "Reporting" },
  actor: { sv: "Aktör", en: "Actor" },
  status: { sv: "Status", en: "Status" },
  submitted: { sv: "Inkom", en: "Submitted" },
  daysLate: { sv: "Dagar sent", en: "Days late" },
  replaced: { sv: "Ersatta rapporter", en: "Replaced reports" },
  report: { sv: "Rapport", en: "Report" },
  replacedBy: { sv: "Ersatt av", en: "Replaced by" },
  indicators: { sv: "Indikatorer", en: "Indicators" },
  year: { sv: "År", en: "Year" },
  level: { sv: "Nivå", en: "Level" },
  gender: { sv: "Kön", en: "Gender" },
  population: { sv: "Grupp", en: "Group" },
  values: { sv: "Värden", en: "Values" },
  missing: { sv: "Saknas", en: "Missing" },
  mean: { sv: "Medel", en: "Mean" },
  min: { sv: "Min", en: "Min" },
  max: { sv: "Max", en: "Max" },
  groupAverages: { sv: "Gruppmedelvärden (kommuner)", en: "Group averages (municipalities)" },
  indicator: { sv: "Indikator", en: "Indicator" },
  members: { sv: "Medlemmar", en: "Members" },
  contributing: { sv: "Med värde", en: "With a value" },
  progress: { sv: "Måluppfyllelse", en: "Progress" },
  baseline: { sv: "Utgångsvärde", en: "Baseline" },
  latest: { sv: "Senaste", en: "Latest" },
  target: { sv: "Mål", en: "Target" },
  expected: { sv: "Förväntat", en: "Expected" },
  allGroups: { sv: "Alla", en: "All" },
} as const;

/** A deadline status as it starts a table cell (the calendar's label). @internal */
export function statusName(status: DeadlineStatus, lang: Lang): string {
  return capitalised(DEADLINE_STATUS_LABELS[status])[lang];
}

/** The population of an indicator statistic as a table cell: Roma, the general population (the model's labels), or all. @internal */
export function populationName(group: "roma" | "general" | null | undefined, lang: Lang): string {
  return group == null ? TEXT.allGroups[lang] : capitalised(POPULATION_LABELS[group])[lang];
}

/** A progress status as it starts a table cell (the model's label). @internal */
export function progressName(status: ProgressStatus, lang: Lang): string {
  return capitalised(PROGRESS_STATUS_LABELS[status])[lang];
}

/**
 * The completeness's summary line: every status the reporters' table shows
 * is counted once, under the reports that came in or those that did not.
 * @internal
 */
export function completenessCounts(c: Completeness, lang: Lang): string {
  const tally = (reported: boolean): string => {
    const group = c.reporters.filter((r) => r.reported === reported);
    const shown = DEADLINE_STATUSES.flatMap((status) => {
      const n = group.filter((r) => r.status === status).length;
      return n === 0 ? [] : [`${DEADLINE_STATUS_LABELS[status][lang]} ${formatNumber(n, lang, 0)}`];
    });
    return `${formatNumber(group.length, lang, 0)}${shown.length === 0 ? "" : ` (${shown.join(", ")})`}`;
  };
  const expected = c.expected === null ? "–" : formatNumber(c.expected, lang, 0);
  return lang === "sv"
    ? `Förväntade: ${expected}. Inkomna: ${tally(true)}. Ej inkomna: ${tally(false)}.`
    : `Expected: ${expected}. Received: ${tally(true)}. Not received: ${tally(false)}.`;
}

function escape(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(escape).join(" | ")} |`;
}

/** A table; `align` has one letter per column, `l` (text) or `r` (numbers); by default the first column is text. */
function table(header: readonly string[], rows: readonly (readonly string[])[], align?: string): string[] {
  const marks = header.map((_, i) => ((align?.[i] ?? (i === 0 ? "l" : "r")) === "l" ? "---" : "---:"));
  return [row(header), `| ${marks.join(" | ")} |`, ...rows.map(row)];
}

function cellText(cell: Cell | undefined, lang: Lang): string {
  if (cell === undefined) return "0";
  return cell.value === null ? HIDDEN : formatNumber(cell.value, lang, 0);
}

function rangeText(range: { readonly low: Cell; readonly high: Cell } | undefined, lang: Lang): string {
  if (range === undefined) return "0";
  if (range.low.value === null || range.high.value === null) return HIDDEN;
  if (range.low.value === range.high.value) return formatNumber(range.low.value, lang, 0);
  return `${formatNumber(range.low.value, lang, 0)}–${formatNumber(range.high.value, lang, 0)}`;
}

function num(value: number | null, lang: Lang): string {
  return value === null ? "" : formatNumber(value, lang, 2);
}

function typeName(type: TypeKey, lang: Lang): string {
  return TYPE_NAMES[type][lang];
}

function mainTable(t: AreaTable, dims: ReportDimensions, lang: Lang): string[] {
  const header = [
    TEXT.actorType[lang],
    TEXT.reports[lang],
    TEXT.activeActors[lang],
    TEXT.activities[lang],
    TEXT.meetings[lang],
    TEXT.participants[lang],
    ...dims.outputMetrics.map((m) => OUTPUT_NAMES[m][lang]),
    TEXT.funding[lang],
  ];
  const rows = t.rows.map(({ actorType, measures: m }) => [
    typeName(actorType, lang),
    cellText(m.reports, lang),
    cellText(m.activeActors, lang),
    cellText(m.activities, lang),
    cellText(m.meetings, lang),
    cellText(m.participants, lang),
    ...dims.outputMetrics.map((metric) => rangeText(m.outputs[metric], lang)),
    formatNumber(m.fundingSek, lang, 0),
  ]);
  return table(header, rows);
}

function breakdown<K extends string>(
  t: AreaTable,
  lang: Lang,
  title: string,
  firstColumn: string,
  keys: readonly K[],
  names: Readonly<Record<K, { readonly sv: string; readonly en: string }>>,
  total: (m: MeasureCells) => Cell,
  pick: (m: MeasureCells) => Readonly<Partial<Record<K, Cell>>>,
): string[] {
  const all = t.rows.find((r) => r.actorType === "all");
  if (keys.length === 0 || all === undefined || total(all.measures).value === 0) return [];
  const header = [firstColumn, ...t.rows.map((r) => typeName(r.actorType, lang))];
  // Categories with a published zero in every column are left out.
  const rows = keys
    .filter((k) => t.rows.some((r) => pick(r.measures)[k]?.value !== 0))
    .map((k) => [names[k][lang], ...t.rows.map((r) => cellText(pick(r.measures)[k], lang))]);
  return ["", `### ${title}`, "", ...table(header, rows)];
}

function areaSection(heading: string, t: AreaTable, dims: ReportDimensions, lang: Lang): string[] {
  return [
    `## ${heading}`,
    "",
    ...mainTable(t, dims, lang),
    ...breakdown(t, lang, TEXT.byKind[lang], TEXT.kind[lang], dims.activityKinds, ACTIVITY_KIND_NAMES, (m) => m.activities, (m) => m.activitiesByKind),
    ...breakdown(t, lang, TEXT.meetingsByKind[lang], TEXT.kind[lang], dims.meetingKinds, MEETING_KIND_NAMES, (m) => m.meetings, (m) => m.meetingsByKind),
    ...breakdown(t, lang, TEXT.byRole[lang], TEXT.role[lang], dims.roles, ROLE_NAMES, (m) => m.participants, (m) => m.participantsByRole),
    ...breakdown(t, lang, TEXT.byGroup[lang], TEXT.group[lang], dims.romaGroups, ROMA_GROUP_NAMES, (m) => m.participants, (m) => m.participantsByRomaGroup),
    ...breakdown(t, lang, TEXT.byYouth[lang], TEXT.youth[lang], dims.youth, YOUTH_NAMES, (m) => m.participants, (m) => m.participantsByYouth),
    "",
  ];
}

/** A source of the policy's basis, as a reader cites it (the project's own facts list is not cited to readers: it names the same sources). @internal */
export function sourceText(source: Source): string {
  switch (source.kind) {
    case "sfs":
      return [source.title ?? `SFS ${source.sfs}`, source.section].filter((x) => x !== undefined).join(" ");
    case "publication":
      return source.title === undefined ? source.reference : `${source.reference}, ${source.title}`;
    case "url":
      return source.title === undefined ? `<${source.url}>` : `${source.title}, <${source.url}>`;
    case "decision":
      return source.number;
    case "facts":
      return "";
    case "seed":
      return source.file;
  }
}

function preamble(report: NationalReport, lang: Lang): string[] {
  const asOf = lang === "sv" ? `Underlag per ${report.asOf}.` : `As of ${report.asOf}.`;
  const totals =
    lang === "sv"
      ? "En total räknar varje aktör och insats en gång, så delarna kan summera till mer än totalen."
      : "A total counts each actor and activity once, so the parts can add up to more than the total.";
  // Reports of an older format have no policy.
  const policy = report.suppression.policy as NationalReport["suppression"]["policy"] | undefined;
  if (policy === undefined) return [`${asOf} ${totals}`, ""];
  return [
    `${asOf} ${totals}`,
    "",
    policy.statement[lang],
    "",
    `${lang === "sv" ? "Källor" : "Sources"}: ${policy.basis.map(sourceText).filter((text) => text !== "").join("; ")}.`,
    "",
  ];
}

function completenessSection(report: NationalReport, lang: Lang): string[] {
  const c = report.completeness;
  const lines = [`## ${TEXT.completeness[lang]}`, ""];
  if (c.deadline !== null && c.effectiveDeadline !== null) {
    const statutory = c.statutoryDeadline ?? c.effectiveDeadline;
    lines.push(
      c.deadline !== c.effectiveDeadline
        ? lang === "sv"
          ? `Sista dag: ${c.deadline}, enligt lag (1930:173) 2 § ${c.effectiveDeadline}.`
          : `Deadline: ${c.deadline}, under lag (1930:173) 2 § ${c.effectiveDeadline}.`
        : statutory !== c.deadline
          ? lang === "sv"
            ? `Sista dag: ${c.deadline}. (Med förskjutning enligt lag (1930:173) 2 § hade sista dag varit ${statutory}; lagen gäller tid som bestäms i lag eller annan författning och tillämpas inte här.)`
            : `Deadline: ${c.deadline}. (With the shift of lag (1930:173) §2 the last day would have been ${statutory}; the law concerns time set by statute and is not applied here.)`
          : lang === "sv"
            ? `Sista dag: ${c.deadline}.`
            : `Deadline: ${c.deadline}.`,
      "",
    );
    const differing = c.reporters.filter((r) => r.statusUnderOtherReading !== undefined);
    if (differing.length > 0) {
      const list = differing.map((r) => `${r.name?.[lang] ?? r.actorId}: ${DEADLINE_STATUS_LABELS[r.statusUnderOtherReading ?? r.status][lang]}`).join(", ");
      lines.push(
        lang === "sv"
          ? `${c.applyStatutoryShift === true ? "Utan" : "Med"} förskjutning enligt lag (1930:173) 2 § hade läget varit: ${list}.`
          : `${c.applyStatutoryShift === true ? "Without" : "With"} the shift of lag (1930:173) §2 the status would have been: ${list}.`,
        "",
      );
    }
  }
  const counts = completenessCounts(c, lang);
  lines.push(counts, "");
  if (c.reporters.length > 0) {
    lines.push(
      ...table(
        [TEXT.actor[lang], TEXT.status[lang], TEXT.submitted[lang], TEXT.daysLate[lang]],
        c.reporters.map((r) => [
          r.name?.[lang] ?? r.actorId,
          statusName(r.status, lang),
          r.submittedOn ?? "",
          r.daysLate === null ? "" : String(r.daysLate),
        ]),
        "lllr",
      ),
      "",
    );
  }
  return lines;
}

/** The words of the reporting status at a glance, shared by the Markdown, HTML and CSV renderers. */
export const GLANCE = {
  heading: { sv: "Rapporteringsläge", en: "Reporting status" },
  expected: { sv: "Förväntade", en: "Expected" },
  reported: { sv: "Inkomna", en: "Received" },
  notReported: { sv: "Ej inkomna", en: "Not received" },
  byActorType: { sv: "Per aktörstyp", en: "By actor type" },
  byArea: { sv: "Per område (aktörer med insatser eller möten i området)", en: "By area (actors with activities or meetings in the area)" },
  area: { sv: "Område", en: "Area" },
  total: { sv: "Totalt", en: "Total" },
  indicators: { sv: "Indikatorer med data", en: "Indicators with data" },
  dataForYear: { sv: "Data för", en: "Data for" },
  latestYear: { sv: "Senaste år med data", en: "Latest year with data" },
  yes: { sv: "Ja", en: "Yes" },
  no: { sv: "Nej", en: "No" },
} as const;

/** Reporting status at a glance: reporters by actor type and by area, then which indicators have data. */
function reportingStatusSection(report: NationalReport, lang: Lang): string[] {
  // Reports of an older format have no reporting status.
  const s = report.reportingStatus as NationalReport["reportingStatus"] | undefined;
  if (s === undefined || (s.byActorType.length === 0 && s.byArea.length === 0 && s.indicators.length === 0)) return [];
  const n = (value: number | null): string => (value === null ? "–" : formatNumber(value, lang, 0));
  const lines = [`## ${GLANCE.heading[lang]} ${report.year}`, ""];
  // Status columns: those with a reporter anywhere.
  const statuses = DEADLINE_STATUSES.filter((status) => s.byStatus[status] > 0);
  if (s.byActorType.length > 0) {
    lines.push(
      ...table(
        [TEXT.actorType[lang], GLANCE.expected[lang], GLANCE.reported[lang], GLANCE.notReported[lang], ...statuses.map((status) => statusName(status, lang))],
        [
          ...s.byActorType.map((g) => [typeName(g.actorType, lang), n(g.expected), n(g.reported), n(g.notReported), ...statuses.map((status) => n(g.byStatus[status]))]),
          [GLANCE.total[lang], n(s.expected), n(s.reported), n(s.notReported), ...statuses.map((status) => n(s.byStatus[status]))],
        ],
      ),
      "",
    );
  }
  if (s.byArea.length > 0) {
    lines.push(
      `### ${GLANCE.byArea[lang]}`,
      "",
      ...table(
        [GLANCE.area[lang], TEXT.reports[lang], TEXT.activeActors[lang], ...statuses.map((status) => statusName(status, lang))],
        s.byArea.map((a) => [AREA_NAMES[a.area][lang], n(a.reports), n(a.activeActors), ...statuses.map((status) => n(a.byStatus[status]))]),
      ),
      "",
    );
  }
  if (s.indicators.length > 0) {
    lines.push(
      `### ${GLANCE.indicators[lang]}: ${n(s.indicatorsWithData)} / ${n(s.indicators.length)}`,
      "",
      ...table(
        [TEXT.indicator[lang], `${GLANCE.dataForYear[lang]} ${report.year}`, GLANCE.latestYear[lang]],
        s.indicators.map((i) => [
          i.name?.[lang] ?? indicatorName(report, i.indicatorId, lang),
          i.hasDataForYear ? GLANCE.yes[lang] : GLANCE.no[lang],
          i.latestYear === null ? "–" : String(i.latestYear),
        ]),
        "lll",
      ),
      "",
    );
  }
  return lines;
}

function replacedSection(report: NationalReport, lang: Lang): string[] {
  // Reports of an older format have no `replaced`.
  const replaced = report.replaced ?? [];
  if (replaced.length === 0) return [];
  const intro =
    lang === "sv"
      ? `${replaced.length} ${replaced.length === 1 ? "rapport räknades inte: en senare inlämnad kopia" : "rapporter räknades inte: senare inlämnade kopior"} (samma id, eller samma aktör och år) ersatte ${replaced.length === 1 ? "den" : "dem"}. Position = ordningsnummer i indata, från 0.`
      : `${replaced.length} ${replaced.length === 1 ? "report was" : "reports were"} not counted: a copy submitted later (the same id, or the same actor and year) replaced ${replaced.length === 1 ? "it" : "them"}. Position = place in the input, from 0.`;
  const position = lang === "sv" ? "Position" : "Position";
  return [
    `### ${TEXT.replaced[lang]}`,
    "",
    intro,
    "",
    ...table(
      [TEXT.report[lang], TEXT.actor[lang], TEXT.submitted[lang], position, TEXT.replacedBy[lang], TEXT.submitted[lang], position],
      replaced.map((r) => [r.id, r.actorId, r.submittedOn ?? "", String(r.index), r.replacedBy.id, r.replacedBy.submittedOn ?? "", String(r.replacedBy.index)]),
      "lllrllr",
    ),
    "",
  ];
}

function indicatorName(report: NationalReport, id: string, lang: Lang): string {
  return report.indicators.definitions.find((d) => d.id === id)?.name?.[lang] ?? id;
}

function indicatorSection(report: NationalReport, lang: Lang): string[] {
  const { stats, groups } = report.indicators;
  if (stats.length === 0) return [];
  const lines = [`## ${TEXT.indicators[lang]}`, ""];
  const ids = [...new Set(stats.map((s) => s.indicatorId))];
  for (const id of ids) {
    lines.push(`### ${indicatorName(report, id, lang)}`, "");
    lines.push(
      ...table(
        [TEXT.year[lang], TEXT.level[lang], TEXT.gender[lang], TEXT.population[lang], TEXT.values[lang], TEXT.missing[lang], TEXT.mean[lang], TEXT.min[lang], TEXT.max[lang]],
        stats
          .filter((s) => s.indicatorId === id)
          .map((s) => [
            String(s.year),
            LEVEL_NAMES[s.level][lang],
            GENDER_NAMES[s.gender][lang],
            populationName(s.group, lang),
            String(s.observations),
            String(s.missing),
            num(s.mean, lang),
            num(s.min, lang),
            num(s.max, lang),
          ]),
        "llllrrrrr",
      ),
      "",
    );
  }
  if (groups.length > 0) {
    lines.push(`### ${TEXT.groupAverages[lang]}`, "");
    lines.push(
      ...table(
        [TEXT.indicator[lang], TEXT.year[lang], TEXT.gender[lang], TEXT.actorType[lang], TEXT.members[lang], TEXT.contributing[lang], TEXT.missing[lang], TEXT.mean[lang]],
        groups.map((g) => [
          indicatorName(report, g.indicatorId, lang),
          String(g.year),
          GENDER_NAMES[g.gender][lang],
          typeName(g.actorType, lang),
          g.members === null ? "" : String(g.members),
          String(g.contributing),
          String(g.missing),
          num(g.mean, lang),
        ]),
        "llllrrrr",
      ),
      "",
    );
  }
  return lines;
}

function progressSection(report: NationalReport, lang: Lang): string[] {
  if (report.progress.length === 0) return [];
  const point = (p: { year: number; value: number } | null): string => (p === null ? "" : `${num(p.value, lang)} (${p.year})`);
  const lines = [`## ${TEXT.progress[lang]}`, ""];
  lines.push(
    ...table(
      [TEXT.indicator[lang], TEXT.status[lang], TEXT.baseline[lang], TEXT.latest[lang], TEXT.target[lang], TEXT.expected[lang]],
      report.progress.map((p) => [
        indicatorName(report, p.indicatorId, lang),
        progressName(p.status, lang),
        point(p.baseline),
        point(p.latest),
        p.targetValue === null || p.targetYear === null ? "" : `${num(p.targetValue, lang)} (${p.targetYear})`,
        p.expectedAtLatest === null || p.latest === null ? "" : `${num(p.expectedAtLatest, lang)} (${p.latest.year})`,
      ]),
      "llrrrr",
    ),
    "",
  );
  for (const p of report.progress) lines.push(`- ${indicatorName(report, p.indicatorId, lang)}: ${p.message[lang]}`);
  lines.push("");
  return lines;
}

/**
 * Renders the national report as Markdown: the overview and one section
 * per area (a table by actor type, then activities, meetings and
 * participants by category, each with the actor types as columns; a
 * breakdown is left out when its total is a published zero, and so is a
 * category that is a published zero in every column),
 * reporting (with the reports a later copy replaced), indicators and
 * progress. Suppressed counts show as `..`
 * (primary and secondary alike, so the output does not tell which counts
 * are small); ranges as `1 500–2 000`; numbers with Swedish (`1 500,5`)
 * or English (`1,500.5`) separators. Deterministic, ending in one newline.
 * `options.lang` defaults to English; another value is a RangeError.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport, renderMarkdown } from "@romsk-inkludering/reports";
 * const report = buildNationalReport({ year: 2017, reports: [], suppressionThreshold: 5, asOf: "2018-04-16" });
 * renderMarkdown(report, { lang: "en" }).split("\n")[0];
 * // => "# National annual report 2017"
 * renderMarkdown(report, { lang: "sv" }).split("\n")[0];
 * // => "# Nationell årsrapport 2017"
 * renderMarkdown(report).split("\n")[0];
 * // => "# National annual report 2017"
 * ```
 */
export function renderMarkdown(report: NationalReport, options: MarkdownOptions = {}): string {
  const lang = langOption("renderMarkdown", options);
  const lines = [`# ${TEXT.title[lang]} ${report.year}`, "", ...preamble(report, lang)];
  lines.push(...areaSection(TEXT.overview[lang], report.overview, report.dimensions, lang));
  for (const area of report.areas) lines.push(...areaSection(AREA_NAMES[area.area][lang], area, report.dimensions, lang));
  lines.push(...completenessSection(report, lang));
  lines.push(...reportingStatusSection(report, lang));
  lines.push(...replacedSection(report, lang));
  lines.push(...indicatorSection(report, lang));
  lines.push(...progressSection(report, lang));
  while (lines[lines.length - 1] === "") lines.pop();
  return `${lines.join("\n")}\n`;
}
