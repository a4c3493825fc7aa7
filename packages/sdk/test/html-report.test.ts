/**
 * The national report as HTML (`@romsk-inkludering/reports/html`) over the
 * demo's data and the real catalog: headings in Swedish and English, one
 * `<svg>` per chart, input escaped, nothing to fetch, dates for people;
 * and each chart spec builder with real indicator names and units. The
 * check in headless Chromium is scripts/report-html.mjs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { activityKindSpec, chartSvg, displayDate, indicatorProgressSpec, renderHtml, reportingByAreaSpec, reportingByTypeSpec, reportingStatusSpec } from "@romsk-inkludering/reports/html";
import { describe, expect, it } from "vitest";
import { createClient, type AnnualReport, type NationalReport, type Observation } from "../src/index.js";
import { createRequire } from "node:module";
import { requireDist, ROOT } from "./support.js";

const lines = (file: string): unknown[] =>
  readFileSync(`${ROOT}examples/data/${file}`, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as unknown);
const REPORTS_2017 = lines("annual-reports-2017.ndjson") as AnnualReport[];
const EU_POVERTY = lines("observations-eu-poverty.ndjson") as Observation[];
/** The demo's expected reporters: the five development municipalities and Skolverket. */
const EXPECTED = ["municipality-2180", "municipality-0580", "municipality-1283", "municipality-1490", "municipality-1980", "skolverket"];

const client2017 = createClient({ asOf: "2018-05-02" });
const report2017 = client2017.aggregate(REPORTS_2017, { year: 2017, asOf: "2018-05-02", deadline: "2018-04-15", expectedReporters: EXPECTED });
const client2021 = createClient({ asOf: "2022-06-30" });
const report2021 = client2021.aggregate([], {
  year: 2021,
  observations: EU_POVERTY,
  indicators: client2021.catalog.indicators().filter((i) => i.id === "eu-poverty-gap"),
});

const headings = (html: string, level: number): string[] => [...html.matchAll(new RegExp(`<h${level}>([^<]*)</h${level}>`, "g"))].map((m) => m[1] ?? "");
const count = (html: string, pattern: RegExp): number => html.match(pattern)?.length ?? 0;

describe("renderHtml", () => {
  it("has the expected headings in Swedish and in English, the summary first", async () => {
    const sv = await renderHtml(report2017, { lang: "sv", indicators: client2017.catalog.indicators() });
    const en = await renderHtml(report2017, { lang: "en", indicators: client2017.catalog.indicators() });
    expect(sv.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(en.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(headings(sv, 1)).toEqual(["Nationell årsrapport 2017"]);
    expect(headings(en, 1)).toEqual(["National annual report 2017"]);
    expect(headings(sv, 2)).toEqual(["Sammanfattning", "Per område", "Om siffrorna"]);
    expect(headings(en, 2)).toEqual(["Summary", "By area", "About the figures"]);
    // The areas of the five reports, by the model's Swedish names, after the summary's reporting.
    expect(headings(sv, 3)).toEqual(["Inrapportering", "Rapporteringsläge 2017", "Översikt", "Utbildning", "Arbete", "Hälsa, social omsorg och trygghet", "Inget område angivet"]);
    expect(headings(en, 3)).toEqual(["Reporting", "Reporting status 2017", "Overview", "Education", "Employment", "Health, social care and safety", "No area given"]);
  });

  it("says who reported on time, late or not at all, with dates written for people", async () => {
    const sv = await renderHtml(report2017, { lang: "sv" });
    const en = await renderHtml(report2017, { lang: "en" });
    const row = (html: string, actor: string): string => new RegExp(`<tr><th scope="row">${actor}</th>(.*?)</tr>`).exec(html)?.[1] ?? "";
    // Linköping handed in on 18 April 2018, three days after the deadline of 15 April; Gävle on 13 April; Helsingborg not at all.
    expect(row(sv, "Linköping")).toBe('<td><span class="status status-late">För sent</span></td><td>18 april 2018</td><td class="num">3</td>');
    expect(row(en, "Linköping")).toBe('<td><span class="status status-late">Late</span></td><td>18 April 2018</td><td class="num">3</td>');
    expect(row(sv, "Gävle")).toBe('<td><span class="status status-on-time">I tid</span></td><td>13 april 2018</td><td class="num"></td>');
    // The statuses are the calendar's one vocabulary with its labels (Helsingborg's missing report is overdue).
    expect(row(sv, "Helsingborg")).toBe('<td><span class="status status-overdue">Försenad</span></td><td></td><td class="num"></td>');
    // Each badge has the colour of its status in the chart: a missing report is red, not the default grey.
    const badge = (status: string): string | undefined => new RegExp(`\\.status-${status}[^{]*\\{background:(#[0-9a-f]{6})\\}`).exec(sv)?.[1];
    expect([badge("on-time"), badge("late"), badge("overdue"), badge("passed")]).toEqual(["#2b7a3d", "#b26f00", "#b3261e", "#b3261e"]);
    expect(sv).toContain("Sista dag: 15 april 2018.");
    expect(sv).toContain("Underlag per 2 maj 2018.");
    expect(en).toContain("Deadline: 15 April 2018.");
    expect(sv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("draws one <svg> per chart: reporting status, by actor type and by area, activities by kind and area; one per indicator", async () => {
    const html2017 = await renderHtml(report2017, { lang: "sv" });
    expect([...html2017.matchAll(/data-chart="([^"]*)"/g)].map((m) => m[1])).toEqual(["reporting-status", "reporting-by-actor-type", "reporting-by-area", "activities-by-kind"]);
    expect(count(html2017, /<svg /g)).toBe(4);
    expect(count(html2017, /<figure class="chart"[^>]*><svg [^>]*>/g)).toBe(4);
    const html2021 = await renderHtml(report2021, { lang: "en", indicators: client2021.catalog.indicators() });
    expect([...html2021.matchAll(/data-chart="([^"]*)"/g)].map((m) => m[1])).toEqual(["indicator:eu-poverty-gap"]);
    expect(count(html2021, /<svg /g)).toBe(1);
  });

  it("names an indicator by the catalog, with its unit, and gives the caveat when a figure is EU-level", async () => {
    const en = await renderHtml(report2021, { lang: "en", indicators: client2021.catalog.indicators() });
    const sv = await renderHtml(report2021, { lang: "sv", indicators: client2021.catalog.indicators() });
    const name = client2021.catalog.getIndicator("eu-poverty-gap")?.name;
    expect(headings(en, 3)).toContain(`${name?.en} (percentage points)`);
    expect(headings(sv, 3)).toContain(`${name?.sv} (procentenheter)`);
    expect(en).toContain("EU level, not Sweden");
    expect(sv).toContain("EU-nivå, inte Sverige");
    // The verdict: a gap of 80 − 17 = 63 in 2021 against a straight line from 63 (2016) to 31.5 (2030).
    expect(en).toContain("63 (2016)");
    expect(en).toContain("31.5 (2030)");
    expect(sv).toContain("31,5 (2030)");
    // Without the catalog the report's definitions still name it, but no caveat can be given.
    const bare = await renderHtml(report2021, { lang: "en" });
    expect(headings(bare, 3)).toContain(`${name?.en} (percentage points)`);
    expect(bare).not.toContain("EU level, not Sweden");
  });

  it("escapes every string from the input", async () => {
    const hostile = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";
    const report = createClient({ asOf: "2018-05-02" }).aggregate(REPORTS_2017, {
      year: 2017,
      asOf: "2018-05-02",
      deadline: "2018-04-15",
      expectedReporters: [{ actorId: "municipality-2180", name: { sv: hostile, en: hostile } }],
      observations: [{ indicatorId: "n03926", place: { level: "country" }, year: 2017, gender: "T", value: 3.2 }],
      indicators: [{ id: "n03926", name: { sv: hostile, en: hostile }, unit: "percent", direction: "lower-is-better", population: "general" }],
    });
    const withPolicy: NationalReport = { ...report, suppression: { ...report.suppression, policy: { ...report.suppression.policy, statement: { sv: hostile, en: hostile } } } };
    for (const lang of ["sv", "en"] as const) {
      const html = await renderHtml(withPolicy, { lang });
      expect(html).not.toContain("<script");
      expect(html).not.toContain("<img");
      expect(html).toContain("&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62; &#38; &#60;img src=x onerror=alert(1)&#62;");
      expect(count(html, /&#60;script&#62;/g)).toBeGreaterThanOrEqual(3); // the reporter, the indicator's heading, the policy
    }
  });

  it("references no resource over the network: no script, link, image, font or import", async () => {
    for (const [report, lang] of [[report2017, "sv"], [report2021, "en"]] as const) {
      const html = await renderHtml(report, { lang, indicators: client2017.catalog.indicators() });
      expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|video|audio|source)\b/i);
      expect(html).not.toMatch(/\b(?:src|href|xlink:href|action|poster)\s*=\s*["']?\s*(?:https?:)?\/\//i);
      expect(html).not.toMatch(/url\(|@import|@font-face/i);
      // Outside the policy's sources (text a reader can cite), the only URLs are the SVG and XLink namespace names, which are never fetched.
      const outsideSources = html.replace(/<p>(?:Källor|Sources): [^<]*<\/p>/g, "");
      expect([...new Set(outsideSources.match(/https?:\/\/[^\s"'<>)]+/g))].sort()).toEqual(["http://www.w3.org/1999/xlink", "http://www.w3.org/2000/svg"]);
    }
  });

  it("closes with the suppression policy and its basis, and what the marks mean", async () => {
    const sv = await renderHtml(report2017, { lang: "sv" });
    const en = await renderHtml(report2017, { lang: "en" });
    expect(sv).toContain(`<p>${report2017.suppression.policy.statement.sv.replace(/"/g, "&#34;")}</p>`);
    expect(en).toContain(`<p>${report2017.suppression.policy.statement.en.replace(/"/g, "&#34;")}</p>`);
    expect(sv).toMatch(/<p>Källor: [^<]*2016\/679/);
    expect(sv).toContain(`<strong>..</strong> betyder att antalet är dolt (i denna rapport ${report2017.suppression.primaryCells} små och ${report2017.suppression.secondaryCells} kompletterande celler)`);
  });

  it("has print rules for A4", async () => {
    const html = await renderHtml(report2017, { lang: "sv" });
    expect(html).toContain("@page{size:A4;");
    expect(html).toContain("@media print{");
  });

  it("rejects a language it does not know", async () => {
    await expect(renderHtml(report2017, { lang: "de" as "sv" })).rejects.toThrow('renderHtml: lang must be "sv" or "en", got "de"');
  });
});

describe("displayDate", () => {
  it("writes dates the Swedish and the English way, from the calendar's parse", () => {
    expect(displayDate("2018-04-15", { lang: "sv" })).toBe("15 april 2018");
    expect(displayDate("2018-04-15", { lang: "en" })).toBe("15 April 2018");
    expect(displayDate("2012-09-01", { lang: "sv" })).toBe("1 september 2012");
    expect(displayDate("1900-01-01", { lang: "sv" })).toBe("1 januari 1900");
    expect(displayDate("2024-02-29", { lang: "sv" })).toBe("29 februari 2024");
    expect(() => displayDate("2023-02-29", { lang: "sv" })).toThrow('displayDate: "2023-02-29" is not a real calendar date: 2023-02 has 28 days');
  });
});

describe("chart spec builders", () => {
  it("reportingStatusSpec counts the reporters by status, in the report's language", () => {
    const sv = reportingStatusSpec(report2017, { lang: "sv" });
    // Gävle and Västerås on time; Linköping (18 April) and Borås (16 April, a Monday) late; Helsingborg missing; Skolverket's report has no date.
    expect(sv.data.values).toEqual([
      { status: "I tid", reporters: 2 },
      { status: "För sent", reporters: 2 },
      { status: "Försenad", reporters: 1 },
      { status: "Datum okänt", reporters: 1 },
    ]);
    expect(sv.title).toBe("Inrapportering 2017 (6 förväntade)");
    expect(reportingStatusSpec(report2017, { lang: "en" }).title).toBe("Reporting 2017 (6 expected)");
  });

  it("reportingByTypeSpec and reportingByAreaSpec stack the reporters by status, and the HTML tables them in the Markdown's words", async () => {
    // As of 2 May 2018 the network's members of 2017 are not yet known: Gävle and Linköping are the development
    // municipalities (Gävle on time, Linköping late); agencies: Skolverket's report has no date; other: Västerås
    // on time, Borås late, Helsingborg overdue (no report).
    const byType = (lang: "sv" | "en") => reportingByTypeSpec(report2017, { lang }).data.values.map((v) => [v.group, v.status, v.reporters]);
    expect(byType("sv")).toEqual([
      ["Utvecklingskommuner", "I tid", 1],
      ["Utvecklingskommuner", "För sent", 1],
      ["Myndigheter", "Datum okänt", 1],
      ["Övriga", "I tid", 1],
      ["Övriga", "För sent", 1],
      ["Övriga", "Försenad", 1],
    ]);
    expect(byType("en").filter(([t]) => t === "Agencies")).toEqual([["Agencies", "Date unknown", 1]]);
    // By area: the reporters active there (Helsingborg sent nothing, so it has no area). Education: Västerås on
    // time and Skolverket without a date; employment: Borås late; health: Gävle on time; no area: Linköping's meeting.
    expect(reportingByAreaSpec(report2017, { lang: "sv" }).data.values.map((v) => [v.group, v.status, v.reporters])).toEqual([
      ["Utbildning", "I tid", 1],
      ["Utbildning", "Datum okänt", 1],
      ["Arbete", "För sent", 1],
      ["Hälsa, social omsorg och trygghet", "I tid", 1],
      ["Inget område angivet", "För sent", 1],
    ]);
    expect(reportingByAreaSpec(report2017, { lang: "en" }).title).toBe("Reporting status by area 2017");
    const html = await renderHtml(report2017, { lang: "sv" });
    const cells = (...values: string[]) => values.map((v) => `<td class="num">${v}</td>`).join("");
    expect(html).toContain('<caption>Per aktörstyp</caption><thead><tr><th scope="col">Aktörstyp</th><th scope="col" class="num">Förväntade</th><th scope="col" class="num">Inkomna</th><th scope="col" class="num">Ej inkomna</th><th scope="col" class="num">I tid</th><th scope="col" class="num">För sent</th><th scope="col" class="num">Försenad</th><th scope="col" class="num">Datum okänt</th></tr></thead>');
    // Expected, received, not received, then on time, late, overdue, date unknown.
    expect(html).toContain(`<tr><th scope="row">Övriga</th>${cells("3", "2", "1", "1", "1", "1", "0")}</tr>`);
    expect(html).toContain(`<tr><th scope="row">Totalt</th>${cells("6", "5", "1", "2", "2", "1", "1")}</tr>`);
    // Reports, active actors, then the statuses.
    expect(html).toContain(`<tr><th scope="row">Utbildning</th>${cells("2", "2", "1", "0", "0", "1")}</tr>`);
  });

  it("activityKindSpec stacks the activities of each area by kind, in the report's language", () => {
    const open = createClient({ asOf: "2018-05-02", suppressionThreshold: 1 }).aggregate(REPORTS_2017, { year: 2017, asOf: "2018-05-02" });
    const spec = activityKindSpec(open, { lang: "sv" });
    // Gävle's health inspirers (health, social care and safety); Västerås's mother-tongue tuition (education).
    expect(spec.data.values).toContainEqual({ area: "Hälsa, social omsorg och trygghet", kind: "Hälsoinspiratörer", activities: 1, suppressed: false });
    expect(spec.data.values).toContainEqual({ area: "Utbildning", kind: "Modersmålsundervisning", activities: 1, suppressed: false });
    expect(spec.data.values.every((v) => v.activities !== 0)).toBe(true);
    // Activities are the work of public bodies, not counts of people: a high threshold hides none of them.
    const strict = activityKindSpec(createClient({ asOf: "2018-05-02", suppressionThreshold: 1000 }).aggregate(REPORTS_2017, { year: 2017, asOf: "2018-05-02" }), { lang: "sv" });
    expect(strict.data.values).toEqual(spec.data.values);
    expect(activityKindSpec(open, { lang: "en" }).data.values.map((v) => v.kind)).toContain("Health inspirers");
  });

  it("indicatorProgressSpec draws the gap against its baseline and target line, named and in the unit of the catalog", () => {
    const indicator = client2021.catalog.getIndicator("eu-poverty-gap");
    const spec = indicatorProgressSpec(report2021, "eu-poverty-gap", { lang: "sv" });
    expect(spec.title).toBe(indicator?.name.sv);
    expect(spec.description).toBe(`${indicator?.name.sv} (procentenheter): utveckling mot utgångsvärde och mål`);
    expect((spec.encoding?.["y"] as { title: string }).title).toBe("Procentenheter");
    expect(spec.data.values).toEqual([
      { line: "Gap (romer − befolkningen)", year: 2016, value: 63 },
      { line: "Gap (romer − befolkningen)", year: 2021, value: 63 },
      { line: "Utgångsvärde", year: 2016, value: 63 },
      { line: "Utgångsvärde", year: 2030, value: 63 },
      { line: "Mållinje", year: 2016, value: 63 },
      { line: "Mållinje", year: 2030, value: 31.5 },
    ]);
  });

  it("indicatorProgressSpec falls back on the yearly means of an indicator with no target, labelled from the catalog", () => {
    const client = createClient({ asOf: "2021-04-15" });
    const observations: Observation[] = [2018, 2019].flatMap((year, i) => [
      { indicatorId: "n03926", place: { level: "municipality", code: "0580" }, year, gender: "T", value: 4 + i },
      { indicatorId: "n03926", place: { level: "municipality", code: "2180" }, year, gender: "T", value: 6 + i },
    ]);
    const report = client.aggregate([], { year: 2019, observations, indicators: [client.catalog.getIndicator("n03926")].flatMap((x) => (x === undefined ? [] : [x])) });
    const spec = indicatorProgressSpec(report, "n03926", { lang: "sv" });
    expect(spec.title).toBe("Långtidsarbetslöshet 25–64 år, andel (%)");
    expect(spec.data.values).toEqual([
      { line: "Totalt", year: 2018, value: 5 },
      { line: "Totalt", year: 2019, value: 6 },
    ]);
    expect(() => indicatorProgressSpec(report, "n15428", { lang: "sv" })).toThrow('indicatorProgressSpec: the report has no progress and no values for the indicator "n15428"');
  });

  it("chartSvg draws a spec to one SVG in Node, its labels escaped", async () => {
    const svg = await chartSvg({ ...reportingStatusSpec(report2017, { lang: "sv" }), title: "<b>Inrapportering</b>" });
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(count(svg, /<svg /g)).toBe(1);
    expect(svg).toContain("I tid");
    expect(svg).toContain("Datum okänt");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("&lt;b&gt;Inrapportering&lt;/b&gt;");
  });
});

describe("the core entry point does not bundle the HTML report's dependencies", () => {
  it("bundling @romsk-inkludering/reports pulls in no vega, vega-lite or date-fns; its html entry does", async () => {
    const inputs = async (entry: string): Promise<string[]> => {
      const result = await build({ entryPoints: [join(ROOT, "packages/reports/src", entry)], bundle: true, write: false, metafile: true, format: "esm", platform: "node", logLevel: "silent" });
      return Object.keys(result.metafile.inputs).filter((p) => /node_modules\/(?:\.pnpm\/)?(?:vega|date-fns)/.test(p));
    };
    expect(await inputs("index.ts")).toEqual([]);
    expect((await inputs("html.ts")).length).toBeGreaterThan(0);
  });
});

describe("the built entry point", () => {
  it("renders from CommonJS too (Vega, an ES module with top-level await, is imported when a chart is drawn)", async () => {
    requireDist(["calendar", "model", "reports"]);
    const require = createRequire(import.meta.url);
    const html = require(join(ROOT, "packages/reports/dist/html.cjs")) as typeof import("@romsk-inkludering/reports/html");
    const out = await html.renderHtml(report2017, { lang: "sv" });
    expect(headings(out, 1)).toEqual(["Nationell årsrapport 2017"]);
    expect(count(out, /<svg /g)).toBe(4);
  });
});
