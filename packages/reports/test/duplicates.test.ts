import { describe, expect, it } from "vitest";
import type { AnnualReport } from "@romsk-inkludering/model";
import { buildNationalReport, dedupeReports, renderMarkdown, toCsvRows, type NationalReport } from "../src/index.js";
import { actorTypes, boras2017, gavle2017, GAVLE, linkoping2017, reports2017, vasteras2017 } from "./fixtures.js";

/** The health inspirers Gävle trained in 2017, as its report says. */
const GAVLE_TRAINED = gavle2017.activities[0]?.outputs[0]?.value;

const base = { year: 2017, actorTypes, suppressionThreshold: 0, asOf: "2018-05-02" } as const;

function trained(report: NationalReport): number | null | undefined {
  return report.overview.rows.find((row) => row.actorType === "all")?.measures.outputs["people-trained"]?.low.value;
}

function reportsCount(report: NationalReport): number | null | undefined {
  return report.overview.rows.find((row) => row.actorType === "all")?.measures.reports.value;
}

describe("copies of one annual report are never summed", () => {
  it("the same report five times counts once: Gävle's trained health inspirers are not multiplied", () => {
    const once = buildNationalReport({ ...base, reports: reports2017 });
    const five = buildNationalReport({ ...base, reports: [...reports2017, gavle2017, gavle2017, gavle2017, gavle2017] });
    expect(GAVLE_TRAINED).toBeGreaterThan(0);
    expect(trained(once)).toBe(GAVLE_TRAINED);
    expect(trained(five)).toBe(GAVLE_TRAINED);
    expect(reportsCount(five)).toBe(5);
    expect(five.replaced.map((r) => [r.id, r.index, r.replacedBy.index])).toEqual([
      ["municipality-2180-2017", 0, 8],
      ["municipality-2180-2017", 5, 8],
      ["municipality-2180-2017", 6, 8],
      ["municipality-2180-2017", 7, 8],
    ]);
    // Apart from what was replaced, the report is the one built from each report once.
    expect({ ...five, replaced: [] }).toEqual({ ...once, replaced: [] });
  });

  it("a corrected report for the same actor and year replaces the earlier submission, whatever its id and place in the input", () => {
    const corrected: AnnualReport = {
      ...gavle2017,
      id: "gavle-annual-report-2017-corrected",
      submittedOn: "2018-04-20",
      activities: gavle2017.activities.map((a) => ({ ...a, outputs: [{ metric: "people-trained", value: 17 }] })),
    };
    for (const reports of [[corrected, ...reports2017], [...reports2017, corrected]]) {
      const r = buildNationalReport({ ...base, reports });
      expect(trained(r)).toBe(17);
      expect(r.replaced).toHaveLength(1);
      expect(r.replaced[0]).toMatchObject({ id: "municipality-2180-2017", actorId: GAVLE, submittedOn: "2018-04-13", replacedBy: { id: "gavle-annual-report-2017-corrected", submittedOn: "2018-04-20" } });
      expect(r.completeness.reporters.find((e) => e.actorId === GAVLE)?.submittedOn).toBe("2018-04-20");
    }
  });

  it("the same id for another actor is a copy too; a report without a date is replaced by a dated one", () => {
    const undated: AnnualReport = { ...boras2017, submittedOn: undefined } as AnnualReport;
    const { reports, replaced } = dedupeReports([undated, linkoping2017, boras2017]);
    expect(reports.map((r) => r.submittedOn)).toEqual(["2018-04-18", "2018-04-16"]);
    expect(replaced.map((r) => [r.index, r.submittedOn, r.replacedBy.index])).toEqual([[0, null, 2]]);
    const sameId = dedupeReports([vasteras2017, { ...boras2017, id: vasteras2017.id }]);
    expect(sameId.reports.map((r) => r.actorId)).toEqual(["municipality-1490"]);
    expect(sameId.replaced.map((r) => [r.actorId, r.replacedBy.actorId])).toEqual([["municipality-1980", "municipality-1490"]]);
  });

  it("a report that links two groups (one's id, the other's actor and year) makes them one", () => {
    const a = { id: "a", actorId: "x", year: 2017, submittedOn: "2018-04-01" };
    const b = { id: "b", actorId: "y", year: 2017, submittedOn: "2018-04-02" };
    const link = { id: "a", actorId: "y", year: 2017, submittedOn: "2018-04-03" };
    const { reports, replaced } = dedupeReports([a, b, link]);
    expect(reports).toEqual([link]);
    expect(replaced.map((r) => [r.id, r.replacedBy.index])).toEqual([["a", 2], ["b", 2]]);
  });

  it("reports of other years are skipped but counted in positions", () => {
    const { reports, replaced } = dedupeReports([{ ...gavle2017, year: 2016, id: "municipality-2180-2016" }, gavle2017, gavle2017], { year: 2017 });
    expect(reports).toHaveLength(1);
    expect(replaced.map((r) => [r.index, r.replacedBy.index])).toEqual([[1, 2]]);
  });

  it("the renderers say what was replaced, in Swedish and in English", () => {
    const r = buildNationalReport({ ...base, reports: [...reports2017, gavle2017] });
    const sv = renderMarkdown(r, { lang: "sv" });
    expect(sv).toContain("### Ersatta rapporter");
    expect(sv).toContain("1 rapport räknades inte: en senare inlämnad kopia (samma id, eller samma aktör och år) ersatte den.");
    expect(sv).toContain("| municipality-2180-2017 | municipality-2180 | 2018-04-13 | 0 | municipality-2180-2017 | 2018-04-13 | 5 |");
    expect(renderMarkdown(r, { lang: "en" })).toContain("1 report was not counted: a copy submitted later (the same id, or the same actor and year) replaced it.");
    expect(renderMarkdown(buildNationalReport({ ...base, reports: reports2017 }))).not.toContain("Replaced reports");
    expect(toCsvRows(r).filter((row) => row.measure === "replaced-report")).toEqual([
      expect.objectContaining({ section: "completeness", category: "municipality-2180-2017", value: 0, text: "municipality-2180-2017", date: "2018-04-13" }),
    ]);
  });
});

describe("the renderers' options have defaults", () => {
  const r = buildNationalReport({ ...base, reports: reports2017 });

  it("English without options; a language that is neither sv nor en is a RangeError naming it", async () => {
    const { areaActivitySpec, indicatorTrendSpec } = await import("../src/index.js");
    expect(renderMarkdown(r)).toBe(renderMarkdown(r, { lang: "en" }));
    expect(renderMarkdown(r, {})).toBe(renderMarkdown(r, { lang: "en" }));
    expect(areaActivitySpec(r)).toEqual(areaActivitySpec(r, { lang: "en" }));
    expect(indicatorTrendSpec(r, "n15428")).toEqual(indicatorTrendSpec(r, "n15428", { lang: "en", level: "country" }));
    expect(() => renderMarkdown(r, { lang: "de" as "sv" })).toThrow('renderMarkdown: lang must be "sv" or "en", got "de"');
    expect(() => indicatorTrendSpec(r, "n15428", { level: "region" as "country" })).toThrow(RangeError);
  });
});
