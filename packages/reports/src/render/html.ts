/**
 * The national report as one self-contained HTML file people read: a
 * summary first, then per area, then indicators, with charts drawn to
 * inline SVG by Vega in Node, inline CSS (print: A4), and nothing fetched
 * at view time.
 */
import { INDICATOR_UNIT_LABELS, type Bilingual, type Indicator } from "@romsk-inkludering/model";
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
} from "../labels.js";
import type { AreaTable, MeasureCells, NationalReport, ReportDimensions } from "../report.js";
import type { Cell } from "../suppression.js";
import { activityKindSpec, chartSvg, indicatorProgressSpec, indicatorTitle, reportingByAreaSpec, reportingByTypeSpec, reportingStatusSpec, type ChartSpec } from "./charts.js";
import { displayDate } from "./dates.js";
import { DEADLINE_STATUSES } from "@romsk-inkludering/calendar";
import { completenessCounts, GLANCE, HIDDEN, populationName, progressName, sourceText, statusName, TEXT } from "./markdown.js";

/**
 * Options of {@link renderHtml}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { HtmlOptions } from "@romsk-inkludering/reports/html";
 * const options: HtmlOptions = { lang: "sv" };
 * options.lang;
 * // => "sv"
 * ```
 */
export interface HtmlOptions {
  /** Swedish (`"sv"`) or English (`"en"`, the default). */
  readonly lang?: Lang | undefined;
  /**
   * The catalog's indicators (e.g. `client.catalog.indicators()`): their
   * source says when a figure is EU-level rather than Swedish, and their
   * notes are shown beside the chart. Without them the report's own
   * definitions name the indicators and no caveat can be given.
   */
  readonly indicators?: readonly Indicator[] | undefined;
}

const HTML_TEXT = {
  summary: { sv: "Sammanfattning", en: "Summary" },
  byArea: { sv: "Per område", en: "By area" },
  notes: { sv: "Om siffrorna", en: "About the figures" },
  strategy: { sv: "Strategin för romsk inkludering 2012–2032", en: "Sweden's strategy for Roma inclusion 2012–2032" },
  asOf: { sv: "Underlag per", en: "As of" },
  reporters: { sv: "Rapportörer", en: "Reporters" },
  expectedReporters: { sv: "Förväntade rapportörer", en: "Expected reporters" },
  euLevel: {
    sv: "EU-nivå, inte Sverige: indikatorn hör till EU:s ramverk för romsk inkludering, och siffrorna gäller romer i EU. Sverige deltog inte i FRA:s romundersökning 2021, så svenska siffror saknas.",
    en: "EU level, not Sweden: the indicator belongs to the EU Roma framework and its figures are for Roma in the EU. Sweden took no part in FRA's Roma Survey 2021, so there are no Swedish figures.",
  },
  general: {
    sv: "Indikatorn beskriver hela befolkningen, inte romer: den är ett sammanhang för området, inte ett utfall för romer.",
    en: "The indicator describes the whole population, not Roma: it is context for the area, not an outcome for Roma.",
  },
  noReporters: { sv: "Inga rapportörer.", en: "No reporters." },
} as const;

/** Escapes text for HTML content and attribute values. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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

/** A table; the first `textColumns` columns are text, the rest numbers (right-aligned). */
function table(caption: string | null, header: readonly string[], rows: readonly (readonly string[])[], textColumns = 1): string {
  const cls = (i: number): string => (i < textColumns ? "" : ' class="num"');
  const head = header.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${cls(i)}>${esc(c)}</td>`)).join("")}</tr>`)
    .join("\n");
  return `<table>${caption === null ? "" : `<caption>${esc(caption)}</caption>`}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function mainTable(t: AreaTable, dims: ReportDimensions, lang: Lang, caption: string | null): string {
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
    TYPE_NAMES[actorType][lang],
    cellText(m.reports, lang),
    cellText(m.activeActors, lang),
    cellText(m.activities, lang),
    cellText(m.meetings, lang),
    cellText(m.participants, lang),
    ...dims.outputMetrics.map((metric) => rangeText(m.outputs[metric], lang)),
    formatNumber(m.fundingSek, lang, 0),
  ]);
  return table(caption, header, rows);
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
): string {
  const all = t.rows.find((r) => r.actorType === "all");
  if (keys.length === 0 || all === undefined || total(all.measures).value === 0) return "";
  const header = [firstColumn, ...t.rows.map((r) => TYPE_NAMES[r.actorType][lang])];
  const rows = keys
    .filter((k) => t.rows.some((r) => pick(r.measures)[k]?.value !== 0))
    .map((k) => [names[k][lang], ...t.rows.map((r) => cellText(pick(r.measures)[k], lang))]);
  return table(title, header, rows);
}

function areaTables(t: AreaTable, dims: ReportDimensions, lang: Lang, caption: string | null): string {
  return [
    mainTable(t, dims, lang, caption),
    breakdown(t, lang, TEXT.byKind[lang], TEXT.kind[lang], dims.activityKinds, ACTIVITY_KIND_NAMES, (m) => m.activities, (m) => m.activitiesByKind),
    breakdown(t, lang, TEXT.meetingsByKind[lang], TEXT.kind[lang], dims.meetingKinds, MEETING_KIND_NAMES, (m) => m.meetings, (m) => m.meetingsByKind),
    breakdown(t, lang, TEXT.byRole[lang], TEXT.role[lang], dims.roles, ROLE_NAMES, (m) => m.participants, (m) => m.participantsByRole),
    breakdown(t, lang, TEXT.byGroup[lang], TEXT.group[lang], dims.romaGroups, ROMA_GROUP_NAMES, (m) => m.participants, (m) => m.participantsByRomaGroup),
    breakdown(t, lang, TEXT.byYouth[lang], TEXT.youth[lang], dims.youth, YOUTH_NAMES, (m) => m.participants, (m) => m.participantsByYouth),
  ]
    .filter((s) => s !== "")
    .join("\n");
}

async function figure(spec: ChartSpec, kind: string, caption: string | null = null): Promise<string> {
  // The section's heading names the chart already: the SVG carries no title of its own.
  const { title: _title, ...untitled } = spec;
  const svg = await chartSvg({ ...untitled, title: "" });
  const labelled = svg.replace(/^<svg /, `<svg role="img" aria-label="${esc(spec.description)}" `);
  return `<figure class="chart" data-chart="${esc(kind)}">${labelled}${caption === null ? "" : `<figcaption>${caption}</figcaption>`}</figure>`;
}

function suppressionText(report: NationalReport, lang: Lang): string {
  const t = report.suppression.threshold;
  const { primaryCells, secondaryCells } = report.suppression;
  // Reports of an older format have no policy.
  const policy = report.suppression.policy as NationalReport["suppression"]["policy"] | undefined;
  const range = t === 2 ? "1" : `1–${t - 1}`;
  const statement =
    policy !== undefined
      ? `<p>${esc(policy.statement[lang])}</p>\n<p>${esc(`${lang === "sv" ? "Källor" : "Sources"}: ${policy.basis.map(sourceText).filter((x) => x !== "").join("; ")}.`)}</p>`
      : t <= 1
        ? `<p>${esc(lang === "sv" ? "Inga antal är dolda." : "No counts are hidden.")}</p>`
        : `<p>${esc(
            lang === "sv"
              ? `Antal ${range} visas inte, och inte heller antal som de skulle kunna räknas fram ur; dolda antal visas som "${HIDDEN}". Nollor visas.`
              : `Counts of ${range} are not shown, nor counts from which they could be worked out; hidden counts are shown as "${HIDDEN}". Zeros are shown.`,
          )}</p>`;
  const marks =
    lang === "sv"
      ? `<strong>${HIDDEN}</strong> betyder att antalet är dolt (i denna rapport ${formatNumber(primaryCells, lang)} små och ${formatNumber(secondaryCells, lang)} kompletterande celler). 0 är en publicerad nolla. Ett intervall som 36–120 går från de rapporterade värdena till de övre gränserna. En total räknar varje aktör och insats en gång, så delarna kan summera till mer än totalen. Finansiering är belopp i kronor.`
      : `<strong>${HIDDEN}</strong> means the count is hidden (in this report ${formatNumber(primaryCells, lang)} small and ${formatNumber(secondaryCells, lang)} complementary cells). 0 is a published zero. A range such as 36–120 runs from the reported values to the upper ends. A total counts each actor and activity once, so the parts can add up to more than the total. Funding is an amount in SEK.`;
  return `<div class="legend">\n<p>${marks}</p>\n${statement}\n</div>`;
}

function deadlineText(report: NationalReport, lang: Lang): string {
  const c = report.completeness;
  if (c.deadline === null || c.effectiveDeadline === null) return "";
  const d = (iso: string): string => esc(displayDate(iso, { lang }));
  const statutory = c.statutoryDeadline ?? c.effectiveDeadline;
  if (c.deadline !== c.effectiveDeadline) {
    return lang === "sv"
      ? `Sista dag: ${d(c.deadline)}, enligt lag (1930:173) 2 § ${d(c.effectiveDeadline)}.`
      : `Deadline: ${d(c.deadline)}, under lag (1930:173) 2 § ${d(c.effectiveDeadline)}.`;
  }
  if (statutory !== c.deadline) {
    return lang === "sv"
      ? `Sista dag: ${d(c.deadline)}. (Med förskjutning enligt lag (1930:173) 2 § hade sista dag varit ${d(statutory)}; lagen gäller tid som bestäms i lag eller annan författning och tillämpas inte här.)`
      : `Deadline: ${d(c.deadline)}. (With the shift of lag (1930:173) §2 the last day would have been ${d(statutory)}; the law concerns time set by statute and is not applied here.)`;
  }
  return lang === "sv" ? `Sista dag: ${d(c.deadline)}.` : `Deadline: ${d(c.deadline)}.`;
}

function bigNumbers(report: NationalReport, lang: Lang): string {
  const all = report.overview.rows.find((r) => r.actorType === "all")?.measures;
  if (all === undefined) return "";
  const c = report.completeness;
  const figures: [string, string][] = [
    [TEXT.reports[lang], cellText(all.reports, lang)],
    [TEXT.activeActors[lang], cellText(all.activeActors, lang)],
    [TEXT.activities[lang], cellText(all.activities, lang)],
    [TEXT.meetings[lang], cellText(all.meetings, lang)],
    [TEXT.participants[lang], cellText(all.participants, lang)],
    [TEXT.funding[lang], formatNumber(all.fundingSek, lang, 0)],
  ];
  if (c.expected !== null) figures.unshift([HTML_TEXT.expectedReporters[lang], formatNumber(c.expected, lang)]);
  return `<dl class="figures">${figures.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join("")}</dl>`;
}

async function summarySection(report: NationalReport, lang: Lang): Promise<string> {
  const c = report.completeness;
  const counts = completenessCounts(c, lang);
  const differing = c.reporters.filter((r) => r.statusUnderOtherReading !== undefined);
  const other =
    differing.length === 0
      ? ""
      : `<p>${esc(
          (lang === "sv"
            ? `${c.applyStatutoryShift === true ? "Utan" : "Med"} förskjutning enligt lag (1930:173) 2 § hade läget varit: `
            : `${c.applyStatutoryShift === true ? "Without" : "With"} the shift of lag (1930:173) §2 the status would have been: `) +
            differing.map((r) => `${r.name?.[lang] ?? r.actorId}: ${statusName(r.statusUnderOtherReading ?? r.status, lang).toLowerCase()}`).join(", "),
        )}.</p>`;
  const reporters =
    c.reporters.length === 0
      ? `<p>${esc(HTML_TEXT.noReporters[lang])}</p>`
      : `<table class="reporters"><caption>${esc(HTML_TEXT.reporters[lang])}</caption><thead><tr><th scope="col">${esc(TEXT.actor[lang])}</th><th scope="col">${esc(TEXT.status[lang])}</th><th scope="col">${esc(TEXT.submitted[lang])}</th><th scope="col" class="num">${esc(TEXT.daysLate[lang])}</th></tr></thead><tbody>\n${c.reporters
          .map(
            (r) =>
              `<tr><th scope="row">${esc(r.name?.[lang] ?? r.actorId)}</th><td><span class="status status-${esc(r.status)}">${esc(statusName(r.status, lang))}</span></td><td>${r.submittedOn === null ? "" : esc(displayDate(r.submittedOn, { lang }))}</td><td class="num">${r.daysLate === null ? "" : esc(formatNumber(r.daysLate, lang))}</td></tr>`,
          )
          .join("\n")}\n</tbody></table>`;
  const chart = c.reporters.length > 0 ? await figure(reportingStatusSpec(report, { lang }), "reporting-status") : "";
  const deadline = deadlineText(report, lang);
  return `<section id="summary">
<h2>${esc(HTML_TEXT.summary[lang])}</h2>
${bigNumbers(report, lang)}
<h3>${esc(TEXT.completeness[lang])}</h3>
${deadline === "" ? "" : `<p>${deadline}</p>`}
<p>${esc(counts)}</p>
${other}
<div class="side-by-side">${chart}
${reporters}</div>
${await glanceSection(report, lang)}
</section>`;
}

async function glanceSection(report: NationalReport, lang: Lang): Promise<string> {
  // Reports of an older format have no reporting status.
  const s = report.reportingStatus as NationalReport["reportingStatus"] | undefined;
  if (s === undefined || (s.byActorType.length === 0 && s.byArea.length === 0 && s.indicators.length === 0)) return "";
  const n = (value: number | null): string => (value === null ? "–" : formatNumber(value, lang, 0));
  // Status columns: those with a reporter anywhere, as in the Markdown.
  const statuses = DEADLINE_STATUSES.filter((status) => s.byStatus[status] > 0);
  const parts: string[] = [];
  if (s.byActorType.length > 0) {
    parts.push(
      await figure(reportingByTypeSpec(report, { lang }), "reporting-by-actor-type"),
      table(
        GLANCE.byActorType[lang],
        [TEXT.actorType[lang], GLANCE.expected[lang], GLANCE.reported[lang], GLANCE.notReported[lang], ...statuses.map((status) => statusName(status, lang))],
        [
          ...s.byActorType.map((g) => [TYPE_NAMES[g.actorType][lang], n(g.expected), n(g.reported), n(g.notReported), ...statuses.map((status) => n(g.byStatus[status]))]),
          [GLANCE.total[lang], n(s.expected), n(s.reported), n(s.notReported), ...statuses.map((status) => n(s.byStatus[status]))],
        ],
      ),
    );
  }
  if (s.byArea.length > 0) {
    parts.push(
      await figure(reportingByAreaSpec(report, { lang }), "reporting-by-area"),
      table(
        GLANCE.byArea[lang],
        [GLANCE.area[lang], TEXT.reports[lang], TEXT.activeActors[lang], ...statuses.map((status) => statusName(status, lang))],
        s.byArea.map((a) => [AREA_NAMES[a.area][lang], n(a.reports), n(a.activeActors), ...statuses.map((status) => n(a.byStatus[status]))]),
      ),
    );
  }
  if (s.indicators.length > 0) {
    parts.push(
      table(
        `${GLANCE.indicators[lang]}: ${n(s.indicatorsWithData)} / ${n(s.indicators.length)}`,
        [TEXT.indicator[lang], `${GLANCE.dataForYear[lang]} ${report.year}`, GLANCE.latestYear[lang]],
        s.indicators.map((i) => [
          i.name?.[lang] ?? indicatorTitle(report, i.indicatorId, lang),
          i.hasDataForYear ? GLANCE.yes[lang] : GLANCE.no[lang],
          i.latestYear === null ? "–" : String(i.latestYear),
        ]),
        3,
      ),
    );
  }
  return `<h3>${esc(`${GLANCE.heading[lang]} ${report.year}`)}</h3>\n${parts.join("\n")}`;
}

async function areaSection(report: NationalReport, lang: Lang): Promise<string> {
  const dims = report.dimensions;
  const hasActivities = report.areas.some((t) => t.rows.some((r) => r.actorType === "all" && r.measures.activities.value !== 0));
  const spec = activityKindSpec(report, { lang });
  const hidden = spec.data.values.filter((v) => v.suppressed === true).length;
  const caption =
    hidden === 0
      ? null
      : lang === "sv"
        ? `${esc(TEXT.byKind[lang])} ${report.year}. ${hidden === spec.data.values.length ? "Alla antal är dolda" : `${hidden} av ${spec.data.values.length} antal är dolda`} (<strong>${HIDDEN}</strong>, se Om siffrorna) och ingår inte i staplarna.`
        : `${esc(TEXT.byKind[lang])} ${report.year}. ${hidden === spec.data.values.length ? "Every count is hidden" : `${hidden} of ${spec.data.values.length} counts are hidden`} (<strong>${HIDDEN}</strong>, see About the figures) and left out of the bars.`;
  const chart = hasActivities && dims.activityKinds.length > 0 ? await figure(spec, "activities-by-kind", caption) : "";
  const areas = report.areas
    .map((t) => `<section class="area">\n<h3>${esc(AREA_NAMES[t.area][lang])}</h3>\n${areaTables(t, dims, lang, null)}\n</section>`)
    .join("\n");
  return `<section id="areas">
<h2>${esc(HTML_TEXT.byArea[lang])}</h2>
${chart}
<section class="area">
<h3>${esc(TEXT.overview[lang])}</h3>
${areaTables(report.overview, dims, lang, null)}
</section>
${areas}
</section>`;
}

function replacedSection(report: NationalReport, lang: Lang): string {
  const replaced = report.replaced ?? [];
  if (replaced.length === 0) return "";
  const intro =
    lang === "sv"
      ? `${replaced.length} ${replaced.length === 1 ? "rapport räknades inte: en senare inlämnad kopia" : "rapporter räknades inte: senare inlämnade kopior"} (samma id, eller samma aktör och år) ersatte ${replaced.length === 1 ? "den" : "dem"}.`
      : `${replaced.length} ${replaced.length === 1 ? "report was" : "reports were"} not counted: a copy submitted later (the same id, or the same actor and year) replaced ${replaced.length === 1 ? "it" : "them"}.`;
  const date = (iso: string | null): string => (iso === null ? "" : displayDate(iso, { lang }));
  return `<h3>${esc(TEXT.replaced[lang])}</h3>\n<p>${esc(intro)}</p>\n${table(
    null,
    [TEXT.report[lang], TEXT.actor[lang], TEXT.submitted[lang], TEXT.replacedBy[lang], TEXT.submitted[lang]],
    replaced.map((r) => [r.id, r.actorId, date(r.submittedOn ?? null), r.replacedBy.id, date(r.replacedBy.submittedOn ?? null)]),
    5,
  )}`;
}

function point(p: { readonly year: number; readonly value: number } | null, lang: Lang): string {
  return p === null ? "" : `${formatNumber(p.value, lang, 2)} (${p.year})`;
}

async function indicatorSection(report: NationalReport, lang: Lang, catalog: readonly Indicator[]): Promise<string> {
  const ids = [...new Set([...report.progress.map((p) => p.indicatorId), ...report.indicators.stats.filter((s) => s.mean !== null).map((s) => s.indicatorId)])];
  if (ids.length === 0) return "";
  const parts: string[] = [];
  for (const id of ids) {
    const name = indicatorTitle(report, id, lang);
    const definition = report.indicators.definitions.find((d) => d.id === id);
    const known = catalog.find((i) => i.id === id);
    const progress = report.progress.find((p) => p.indicatorId === id);
    const notes: string[] = [];
    if (known?.source.kind === "eu-framework") notes.push(`<p class="caveat"><strong>${esc(HTML_TEXT.euLevel[lang])}</strong></p>`);
    else if ((definition?.population ?? known?.population) === "general") notes.push(`<p class="caveat">${esc(HTML_TEXT.general[lang])}</p>`);
    if (known?.note !== undefined) notes.push(`<p class="note">${esc(known.note[lang])}</p>`);
    const unit = definition?.unit === undefined || definition.unit === null ? "" : ` (${INDICATOR_UNIT_LABELS[definition.unit][lang]})`;
    const chart = await figure(indicatorProgressSpec(report, id, { lang }), `indicator:${id}`);
    const verdict =
      progress === undefined
        ? ""
        : `<p class="verdict"><span class="progress progress-${esc(progress.status)}">${esc(progressName(progress.status, lang))}</span> ${esc(progress.message[lang])}</p>\n${table(
            null,
            [TEXT.baseline[lang], TEXT.latest[lang], TEXT.target[lang], TEXT.expected[lang]],
            [[
              point(progress.baseline, lang),
              point(progress.latest, lang),
              progress.targetValue === null || progress.targetYear === null ? "" : `${formatNumber(progress.targetValue, lang, 2)} (${progress.targetYear})`,
              progress.expectedAtLatest === null || progress.latest === null ? "" : `${formatNumber(progress.expectedAtLatest, lang, 2)} (${progress.latest.year})`,
            ]],
            4,
          )}`;
    const stats = report.indicators.stats.filter((s) => s.indicatorId === id);
    const statsTable =
      stats.length === 0
        ? ""
        : table(
            TEXT.values[lang],
            [TEXT.year[lang], TEXT.level[lang], TEXT.gender[lang], TEXT.population[lang], TEXT.values[lang], TEXT.missing[lang], TEXT.mean[lang], TEXT.min[lang], TEXT.max[lang]],
            stats.map((s) => [
              String(s.year),
              LEVEL_NAMES[s.level][lang],
              GENDER_NAMES[s.gender][lang],
              populationName(s.group, lang),
              formatNumber(s.observations, lang),
              formatNumber(s.missing, lang),
              s.mean === null ? "" : formatNumber(s.mean, lang, 2),
              s.min === null ? "" : formatNumber(s.min, lang, 2),
              s.max === null ? "" : formatNumber(s.max, lang, 2),
            ]),
            4,
          );
    parts.push(`<section class="indicator">\n<h3>${esc(name)}${esc(unit)}</h3>\n${notes.join("\n")}\n${chart}\n${verdict}\n${statsTable}\n</section>`);
  }
  return `<section id="indicators">\n<h2>${esc(TEXT.indicators[lang])}</h2>\n${parts.join("\n")}\n</section>`;
}

const CSS = `
:root{color-scheme:light;--ink:#1b2430;--muted:#5b6675;--rule:#d5dbe1;--accent:#1f4e79;--bg-soft:#f4f6f8}
*{box-sizing:border-box}
html{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;color:var(--ink);background:#fff;font-size:15px;line-height:1.45}
body{margin:0}
main{max-width:60rem;margin:0 auto;padding:2rem 1.5rem 3rem}
header{border-bottom:3px solid var(--accent);padding-bottom:.75rem;margin-bottom:1.25rem}
.kicker{margin:0;color:var(--muted);font-size:.9rem;letter-spacing:.02em;text-transform:uppercase}
h1{font-size:1.9rem;margin:.2rem 0 .3rem;color:var(--accent)}
h2{font-size:1.4rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--rule)}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
.meta{margin:0;color:var(--muted)}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.6rem;margin:0 0 1rem;padding:0}
.figures div{background:var(--bg-soft);border-left:4px solid var(--accent);padding:.5rem .75rem}
.figures dt{font-size:.8rem;color:var(--muted)}
.figures dd{margin:0;font-size:1.6rem;font-weight:700;font-variant-numeric:tabular-nums}
.side-by-side{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
figure.chart{margin:.75rem 0;max-width:100%;overflow:hidden}
figure.chart svg{max-width:100%;height:auto;display:block}
figcaption{font-size:.85rem;color:var(--muted);margin-top:.25rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.85rem;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding:.25rem 0;color:var(--muted)}
th,td{padding:.3rem .55rem;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--ink);font-weight:600}
tbody th{font-weight:400}
.num{text-align:right}
.status,.progress{display:inline-block;padding:0 .4rem;border-radius:.2rem;font-size:.8rem;font-weight:600;color:#fff;background:#6b7c93}
.status-on-time,.progress-reached,.progress-on-track{background:#2b7a3d}
.status-late{background:#b26f00}
.status-overdue,.status-passed,.progress-off-track{background:#b3261e}
.caveat{border-left:4px solid #d68a00;background:#fff7e6;padding:.4rem .7rem;margin:.5rem 0}
.note{color:var(--muted);font-size:.9rem}
.legend{background:var(--bg-soft);padding:.1rem .8rem;font-size:.9rem}
footer{margin-top:2.5rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--rule);padding-top:.5rem}
@page{size:A4;margin:16mm 14mm 18mm}
@media print{
html{font-size:10pt}
main{max-width:none;padding:0}
h2{break-after:avoid;page-break-after:avoid}
h3{break-after:avoid;page-break-after:avoid}
#areas,#indicators{break-before:page;page-break-before:always}
figure.chart,table,.figures,.caveat{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
.figures div,.status,.progress,.caveat{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/**
 * Renders the national report as one self-contained HTML file people
 * read, in Swedish or English: a summary first (the big numbers, the
 * deadline, who reported on time, late or not at all, with a chart),
 * then per area (a chart of activities by area and kind, the overview's
 * tables and each area's), then every indicator with data (its name and
 * unit from the catalog, a chart of its trend against its baseline and
 * target line, the caveat when a figure is EU-level rather than Swedish,
 * the verdict and the statistics), and what the marks in the tables mean.
 * Charts are SVG drawn in Node by Vega ({@link chartSvg}), one `<figure
 * class="chart">` each; the CSS is inline with print rules for A4; there
 * is no script, font, image or style sheet to fetch. Every string from
 * the input is escaped. Dates are written for people ("15 april 2018").
 * The suppression policy and its basis (`report.suppression.policy`)
 * close the report, under "About the figures", with what the marks mean.
 * Asynchronous because Vega renders asynchronously. `options.lang`
 * defaults to English; another value is a RangeError.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildNationalReport } from "@romsk-inkludering/reports";
 * import { renderHtml } from "@romsk-inkludering/reports/html";
 * const report = buildNationalReport({ year: 2017, reports: [], suppressionThreshold: 5, asOf: "2018-05-02" });
 * const html = await renderHtml(report, { lang: "sv" });
 * [html.startsWith("<!doctype html>"), /<h1>Nationell årsrapport 2017<\/h1>/.test(html), html.includes("2 maj 2018")];
 * // => [true,true,true]
 * ```
 */
export async function renderHtml(report: NationalReport, options: HtmlOptions = {}): Promise<string> {
  const lang = langOption("renderHtml", options);
  const catalog = (options as HtmlOptions | null | undefined)?.indicators ?? [];
  const title = `${TEXT.title[lang]} ${report.year}`;
  const sections = [
    await summarySection(report, lang),
    await areaSection(report, lang),
    await indicatorSection(report, lang, catalog),
    `<section id="notes">\n<h2>${esc(HTML_TEXT.notes[lang])}</h2>\n${suppressionText(report, lang)}\n${replacedSection(report, lang)}\n</section>`,
  ].filter((s) => s !== "");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<p class="kicker">${esc(HTML_TEXT.strategy[lang])}</p>
<h1>${esc(title)}</h1>
<p class="meta">${esc(HTML_TEXT.asOf[lang])} ${esc(displayDate(report.asOf, { lang }))}. <span class="legend-inline">${esc(HIDDEN)} = ${esc(lang === "sv" ? "dolt antal personer (se Om siffrorna)" : "hidden count of people (see About the figures)")}</span></p>
</header>
${sections.join("\n")}
<footer>${esc(title)} · ${esc(HTML_TEXT.asOf[lang])} ${esc(displayDate(report.asOf, { lang }))} · ${esc(report.format)}</footer>
</main>
</body>
</html>
`;
}
