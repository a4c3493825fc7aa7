/**
 * The READMEs link every exported name they mention (in code font) to its
 * page in the reference (scripts/readme-links.ts), at the address where the
 * reference is published (typedoc.json's `hostedBaseUrl`), so the links work
 * on GitHub and on npm. The pages are predicted from the sources
 * (scripts/reference-pages.ts) without building the docs; docs CI checks the
 * same links and the prediction against the built site.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guideFiles, guideProblems, linkGuide, linkReadme, mentionsOf, README_FILES, readmeProblems, siteProblems } from "../../../scripts/readme-links.js";
import { type ReferencePage, referenceBaseUrl, referencePages, ROOT } from "../../../scripts/reference-pages.js";

let pages: ReferencePage[] = [];
beforeAll(() => {
  pages = referencePages();
});

const base = referenceBaseUrl();
const pageOf = (name: string): string[] => pages.filter((p) => p.name === name).map((p) => p.path);

describe("the reference's pages, predicted from the sources", () => {
  it("files each export under its kind and the package that declares it, as TypeDoc does", () => {
    expect(pageOf("statutoryDeadline")).toEqual(["functions/_romsk-inkludering_calendar.statutoryDeadline.html"]);
    expect(pageOf("AnnualReport")).toEqual(["interfaces/_romsk-inkludering_model.AnnualReport.html"]);
    expect(pageOf("AnnualReportSchema")).toEqual(["variables/_romsk-inkludering_model.AnnualReportSchema.html"]);
    expect(pageOf("HolidayId")).toEqual(["types/_romsk-inkludering_calendar.HolidayId.html"]);
    expect(pageOf("check")).toEqual(["functions/_romsk-inkludering_rules.check.html"]);
    expect(pageOf("AggregateInputError")).toEqual(["classes/_romsk-inkludering_sdk.AggregateInputError.html"]);
    expect(pageOf("createClient")).toEqual(["functions/_romsk-inkludering_sdk.createClient.html"]);
    // A second entry point of a package is a module of its own, named by its @module tag.
    expect(pageOf("renderHtml")).toEqual(["functions/_romsk-inkludering_reports_html.renderHtml.html"]);
    expect(pageOf("VEGA_LITE_SCHEMA")).toEqual(["variables/_romsk-inkludering_reports.VEGA_LITE_SCHEMA.html"]);
  });

  it("is published where typedoc.json says, under the placeholder of the packages' repository", () => {
    const typedoc = JSON.parse(readFileSync(join(ROOT, "typedoc.json"), "utf8")) as { hostedBaseUrl: string };
    expect(base).toBe(typedoc.hostedBaseUrl);
    const repo = (JSON.parse(readFileSync(join(ROOT, "packages/sdk/package.json"), "utf8")) as { repository: { url: string } }).repository.url;
    const [, owner, name] = /github\.com\/([^/]+)\/([^/.]+)/.exec(repo) ?? [];
    expect(base).toBe(`https://${owner}.github.io/${name}/`);
  });
});

describe.each(README_FILES.map((f) => [f] as const))("%s", (file) => {
  it("links every exported name it mentions to its page in the reference, and links to no page the reference lacks", () => {
    const problems = readmeProblems(file, readFileSync(join(ROOT, file), "utf8"), pages, base);
    expect(problems, "link them with: node --import tsx scripts/readme-links.ts --write").toEqual([]);
  });

  it("is as `readme-links.ts --write` leaves it", () => {
    const text = readFileSync(join(ROOT, file), "utf8");
    expect(linkReadme(file, text, pages, base), "rewrite it with: node --import tsx scripts/readme-links.ts --write").toBe(text);
  });
});

describe.each(guideFiles().map((f) => [f] as const))("%s", (file) => {
  it("links every exported name it mentions in code font to its page in the reference, with TypeDoc's own tag", () => {
    const problems = guideProblems(file, readFileSync(join(ROOT, file), "utf8"), pages);
    expect(problems, "link them with: node --import tsx scripts/readme-links.ts --write").toEqual([]);
  });
});

describe("the check of a guide", () => {
  const own: ReferencePage[] = [
    { name: "isWorkday", packageName: "@romsk-inkludering/calendar", path: "functions/_romsk-inkludering_calendar.isWorkday.html" },
    { name: "renderMarkdown", packageName: "@romsk-inkludering/reports", path: "functions/_romsk-inkludering_reports.renderMarkdown.html" },
  ];

  it("finds a mention in prose without a link, but not one in a fenced block", () => {
    const text = "Ask `isWorkday(date)`.\n\n```ts\nisWorkday(`x`);\n```\n";
    expect(guideProblems("docs/x.md", text, own)).toEqual([
      "docs/x.md:1: `isWorkday(date)` is not linked to its page in the reference ({@linkcode @romsk-inkludering/calendar!isWorkday})",
    ]);
  });

  it("links a mention with {@linkcode}, keeping its text, and a call with braces by its name", () => {
    const text = "Ask `isWorkday(date)`; render with `renderMarkdown(report, { lang })`.";
    const linked = linkGuide("docs/x.md", text, own);
    expect(linked).toBe(
      "Ask {@linkcode @romsk-inkludering/calendar!isWorkday | isWorkday(date)}; render with {@linkcode @romsk-inkludering/reports!renderMarkdown | renderMarkdown(…)}.",
    );
    expect(guideProblems("docs/x.md", linked, own)).toEqual([]);
  });

  it("finds a link to a name the reference has no page for", () => {
    expect(guideProblems("docs/x.md", "See\n{@link @romsk-inkludering/calendar!isWeekday | isWeekday}.", own)).toEqual([
      "docs/x.md:2: {@link @romsk-inkludering/calendar!isWeekday} is not a page of the reference",
    ]);
  });
});

describe("the check of a README", () => {
  const own: ReferencePage[] = [
    { name: "isWorkday", packageName: "@romsk-inkludering/calendar", path: "functions/_romsk-inkludering_calendar.isWorkday.html" },
    { name: "Client", packageName: "@romsk-inkludering/sdk", path: "interfaces/_romsk-inkludering_sdk.Client.html" },
    { name: "check", packageName: "@romsk-inkludering/rules", path: "functions/_romsk-inkludering_rules.check.html" },
  ];
  const url = (path: string): string => `${base}${path}`;

  it("finds a mention without a link, in prose and in a call, but not in a fenced block or in other code", () => {
    const text = "Use `isWorkday(date)` or\n`isWorkday`; `isWorkday.x` and `a isWorkday` are other code.\n\n```ts\nisWorkday(`x`);\n```\n";
    expect(readmeProblems("README.md", text, own, base)).toEqual([
      `README.md:1: \`isWorkday(date)\` is not linked to its page in the reference (${url(own[0]!.path)})`,
      `README.md:2: \`isWorkday\` is not linked to its page in the reference (${url(own[0]!.path)})`,
    ]);
  });

  it("finds a link to the wrong page, a link to a page the reference lacks and a label without a definition", () => {
    const text = [
      "[`isWorkday`][functions/check] and [the guide](https://romsk-inkludering.github.io/romsk-inkludering/functions/_romsk-inkludering_calendar.isWeekday.html) and [`check`][nowhere]",
      "",
      `[functions/check]: ${url(own[2]!.path)}`,
    ].join("\n");
    expect(readmeProblems("README.md", text, own, base)).toEqual([
      `README.md:1: \`isWorkday\` links to ${url(own[2]!.path)}, not to its page ${url(own[0]!.path)}`,
      `README.md:1: ${base}functions/_romsk-inkludering_calendar.isWeekday.html is not a page of the reference`,
      "README.md:1: the link label [nowhere] has no definition",
    ]);
  });

  it("accepts a method linked to its member on another page, and leaves the commands of the cli alone", () => {
    expect(readmeProblems("README.md", `[\`check(input)\`](${url(own[1]!.path)}#check)\n`, own, base)).toEqual([]);
    expect(mentionsOf("packages/cli/README.md", "a `check` subject", new Set(["check"]))).toEqual([]);
  });

  it("links every mention and writes the definitions once, the README's own package first", () => {
    const text = "# x\n\n`isWorkday(date)` and `check`, and [`check(input)`][interfaces/Client#check].\n";
    const linked = linkReadme("packages/calendar/README.md", text, own, base);
    expect(linked).toBe(
      [
        "# x",
        "",
        "[`isWorkday(date)`][functions/isWorkday] and [`check`][functions/check], and [`check(input)`][interfaces/Client#check].",
        "",
        "<!-- reference-links: the pages of the names above in the reference, written by scripts/readme-links.ts -->",
        "",
        `[functions/check]: ${url(own[2]!.path)}`,
        `[functions/isWorkday]: ${url(own[0]!.path)}`,
        `[interfaces/Client#check]: ${url(own[1]!.path)}#check`,
        "",
        "<!-- /reference-links -->",
        "",
      ].join("\n"),
    );
    expect(linkReadme("packages/calendar/README.md", linked, own, base)).toBe(linked);
    expect(readmeProblems("packages/calendar/README.md", linked, own, base)).toEqual([]);
  });
});

describe("the check against the built site (docs CI)", () => {
  const site = mkdtempSync(join(tmpdir(), "readme-links-"));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it("reports every predicted page the site lacks, and passes when the READMEs' pages are all there", () => {
    for (const page of pages) {
      mkdirSync(join(site, page.path, ".."), { recursive: true });
      writeFileSync(join(site, page.path), page.name === "Client" ? '<h3 id="check">check</h3><h3 id="validate"></h3><h3 id="deadlines"></h3><h3 id="obligations"></h3><h3 id="aggregate"></h3><h3 id="progress"></h3><h3 id="actortypes"></h3><h3 id="catalog"></h3>' : "");
    }
    expect(siteProblems(site, pages, base)).toEqual([]);
    rmSync(join(site, "functions", "_romsk-inkludering_calendar.isWorkday.html"));
    const problems = siteProblems(site, pages, base);
    expect(problems[0]).toBe(
      "packages/calendar/README.md: https://romsk-inkludering.github.io/romsk-inkludering/functions/_romsk-inkludering_calendar.isWorkday.html is not a page of the built reference (" +
        join(site, "functions/_romsk-inkludering_calendar.isWorkday.html") +
        " is missing)",
    );
    expect(problems).toContain("the reference has no page functions/_romsk-inkludering_calendar.isWorkday.html for isWorkday of @romsk-inkludering/calendar (scripts/reference-pages.ts predicts it)");
  });

  it("is hooked into the docs CI after the site is built", () => {
    const ci = readFileSync(join(ROOT, "scripts/docs-ci.sh"), "utf8");
    expect(ci.indexOf("node --import tsx scripts/readme-links.ts --site docs/api")).toBeGreaterThan(ci.indexOf("pnpm run docs"));
  });
});
