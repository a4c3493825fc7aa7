// The HTML report in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core, as scripts/examples-browser.mjs): the built `romsk`
// writes the demo's national report of 2017 (the demo's own arguments,
// scripts/demo-report.mjs) in Swedish and in English
// (`romsk report … --format html`), and each page is opened from its file
// with every request routed: anything but the file itself fails the check
// (no network at view time). The page must have the expected headings and
// one <svg> in each chart figure. The Swedish page printed to A4 (PDF) and a
// screenshot of its top are kept in artifacts/ (not committed); the
// screenshot is compared with the one the README
// shows, docs/images/national-report-2017.png, and its record
// docs/images/national-report-2017.json (size and headings): when the
// report's headings or the screenshot's size changed, the check fails
// until the committed one is made again with
//   node scripts/report-html.mjs --write
// Needs `pnpm build` first.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { REPORT_2017_ARGS } from "./demo-report.mjs";
import { launchChromium } from "./static-server.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const write = process.argv.includes("--write");
const artifacts = `${root}artifacts/`;
const committedPng = `${root}docs/images/national-report-2017.png`;
const committedRecord = `${root}docs/images/national-report-2017.json`;
/** The screenshot: the top of the page (title, big numbers, reporting) at a width that reads like a printed page. */
const VIEWPORT = { width: 1000, height: 1300 };

const EXPECTED = {
  sv: { h1: ["Nationell årsrapport 2017"], h2: ["Sammanfattning", "Per område", "Om siffrorna"], charts: ["reporting-status", "reporting-by-actor-type", "reporting-by-area", "activities-by-kind"] },
  en: { h1: ["National annual report 2017"], h2: ["Summary", "By area", "About the figures"], charts: ["reporting-status", "reporting-by-actor-type", "reporting-by-area", "activities-by-kind"] },
};

mkdirSync(artifacts, { recursive: true });
const pages = {};
for (const lang of ["sv", "en"]) {
  const html = execFileSync(
    process.execPath,
    [
      `${root}packages/cli/dist/bin.js`, ...REPORT_2017_ARGS, "--format", "html", "--lang", lang,
    ],
    { cwd: `${root}examples/data`, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  pages[lang] = `${artifacts}national-report-2017.${lang}.html`;
  writeFileSync(pages[lang], html);
}

const problems = [];
const browser = await launchChromium();
let shot;
try {
  for (const lang of ["sv", "en"]) {
    const url = pathToFileURL(pages[lang]).href;
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const requests = [];
    // Every request goes through here: the page itself may load, nothing else.
    await context.route("**/*", (route) => {
      const requested = route.request().url();
      requests.push(requested);
      return requested === url ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    const seen = await page.evaluate(() => ({
      h1: [...document.querySelectorAll("h1")].map((h) => h.textContent),
      h2: [...document.querySelectorAll("h2")].map((h) => h.textContent),
      h3: [...document.querySelectorAll("h3")].map((h) => h.textContent),
      charts: [...document.querySelectorAll("figure.chart")].map((f) => f.getAttribute("data-chart")),
      svgPerChart: [...document.querySelectorAll("figure.chart")].map((f) => f.querySelectorAll(":scope > svg").length),
      svgs: document.querySelectorAll("svg").length,
      drawn: [...document.querySelectorAll("figure.chart > svg")].map((s) => Math.round(s.getBoundingClientRect().width)),
    }));
    const outside = requests.filter((r) => r !== url);
    if (outside.length > 0) problems.push(`${lang}: requests leave the file: ${outside.join(", ")}`);
    const want = EXPECTED[lang];
    for (const level of ["h1", "h2"]) {
      const got = seen[level];
      if (JSON.stringify(got) !== JSON.stringify(want[level])) problems.push(`${lang}: ${level} headings ${JSON.stringify(got)}, expected ${JSON.stringify(want[level])}`);
    }
    if (JSON.stringify(seen.charts) !== JSON.stringify(want.charts)) problems.push(`${lang}: charts ${JSON.stringify(seen.charts)}, expected ${JSON.stringify(want.charts)}`);
    if (seen.svgPerChart.some((n) => n !== 1) || seen.svgs !== seen.charts.length) problems.push(`${lang}: ${seen.svgs} <svg> for ${seen.charts.length} charts (${JSON.stringify(seen.svgPerChart)})`);
    if (seen.drawn.some((w) => w < 100)) problems.push(`${lang}: a chart is drawn ${JSON.stringify(seen.drawn)} px wide`);
    console.log(`report-html: ${lang}: ${seen.h2.length} sections, ${seen.h3.length} subsections, ${seen.charts.length} charts (${seen.charts.join(", ")}), ${requests.length} request(s), all to the file`);
    if (lang === "sv") {
      // The page printed to A4 with its print rules, kept beside the screenshot.
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ path: `${artifacts}national-report-2017.sv.pdf`, format: "A4", preferCSSPageSize: true, printBackground: true });
      const sheets = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      if (sheets < 1) problems.push("sv: printing to A4 gave no page");
      console.log(`report-html: sv: printed to ${artifacts}national-report-2017.sv.pdf, ${sheets} A4 page(s)`);
      await page.emulateMedia({ media: "screen" });
      shot = `${artifacts}national-report-2017.png`;
      await page.screenshot({ path: shot, fullPage: false });
      shot = { path: shot, record: { viewport: VIEWPORT, lang, h1: seen.h1, h2: seen.h2, h3: seen.h3, charts: seen.charts } };
    }
    await context.close();
  }
} finally {
  await browser.close();
}

/** Width and height from a PNG's header. */
function pngSize(path) {
  const b = readFileSync(path);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

if (shot !== undefined) {
  const record = { ...shot.record, size: pngSize(shot.path) };
  if (write) {
    mkdirSync(`${root}docs/images`, { recursive: true });
    copyFileSync(shot.path, committedPng);
    writeFileSync(committedRecord, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`report-html: wrote ${committedPng} and ${committedRecord}`);
  } else {
    let committed;
    try {
      committed = { ...JSON.parse(readFileSync(committedRecord, "utf8")), pngSize: pngSize(committedPng) };
    } catch (e) {
      problems.push(`the README's screenshot is missing (${e.message}); make it with node scripts/report-html.mjs --write`);
    }
    if (committed !== undefined) {
      const differs = ["viewport", "lang", "h1", "h2", "h3", "charts", "size"].filter((k) => JSON.stringify(committed[k]) !== JSON.stringify(record[k]));
      if (JSON.stringify(committed.pngSize) !== JSON.stringify(record.size)) differs.push("the PNG's size");
      if (differs.length > 0) problems.push(`the README's screenshot is out of date (${differs.join(", ")} differ); make it again with node scripts/report-html.mjs --write`);
    }
  }
  console.log(`report-html: screenshot ${shot.path} (${record.size.width}×${record.size.height})`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`report-html: ${p}`);
  process.exit(1);
}
console.log("report-html: ok");
