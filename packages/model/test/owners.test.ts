/**
 * One owner per concept (DESIGN.md, "Owners"): no package holds a second
 * implementation of a date check, an in-force check, an enum label or the
 * `Lang` type outside the module that owns it.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as calendar from "@romsk-inkludering/calendar";
import * as model from "@romsk-inkludering/model";
import { findCopies, OWNERS, packageSources, type EnumLabels, type SourceFile } from "../../../scripts/owners.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Every `*_LABELS` export of the model (the labels of its enums) and the calendar's deadline status labels. */
const ENUMS: EnumLabels[] = [...Object.entries(model), ...Object.entries(calendar)]
  .filter(([name]) => name.endsWith("_LABELS"))
  .map(([name, labels]) => ({ name, labels: labels as EnumLabels["labels"] }));

describe("one owner per concept", () => {
  const sources = packageSources(ROOT);

  it("reads every package's sources and every label map of the model", () => {
    const packages = new Set(sources.map((f) => f.path.split("/")[1]));
    expect([...packages].sort()).toEqual(["calendar", "catalog", "cli", "model", "reports", "rules", "sdk"]);
    expect(ENUMS.map((e) => e.name)).toEqual(expect.arrayContaining(["AREA_LABELS", "ROMA_GROUP_LABELS", "ACTOR_KIND_LABELS", "MEETING_KIND_LABELS", "VERDICT_LABELS", "PROGRESS_STATUS_LABELS", "POPULATION_LABELS", "DEADLINE_STATUS_LABELS"]));
  });

  it("finds no second implementation of dates, validity, enum labels or Lang outside their owners", () => {
    expect(findCopies(sources, ENUMS)).toEqual([]);
  });

  it("would catch a copy re-introduced in another package", () => {
    const copy = (path: string, text: string): SourceFile[] => [{ path, text }];
    const found = (files: SourceFile[]) => findCopies(files, ENUMS).map((c) => [c.path, c.line, c.concept]);
    // The catalog's old date check and in-force test, the reports' old area names and Lang.
    expect(found(copy("packages/catalog/src/when.ts", 'const SHAPE = /^(\\d{4})-(\\d{2})-(\\d{2})$/;\n'))).toEqual([["packages/catalog/src/when.ts", 1, "dates"]]);
    expect(found(copy("packages/sdk/src/leap.ts", "const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;\n"))).toEqual([["packages/sdk/src/leap.ts", 1, "dates"]]);
    expect(found(copy("packages/rules/src/x.ts", "\n  return rule.validFrom <= date && date <= rule.validTo;\n"))).toEqual([["packages/rules/src/x.ts", 2, "validity"]]);
    expect(found(copy("packages/catalog/src/x.ts", "  return (from === undefined || from <= asOf) && (to === undefined || asOf <= to);\n"))).toEqual([["packages/catalog/src/x.ts", 1, "validity"]]);
    expect(found(copy("packages/reports/src/x.ts", '  "civil-society": { sv: "Civilsamhällets organisering", en: "Organisation of civil society" },\n'))).toEqual([["packages/reports/src/x.ts", 1, "labels"]]);
    const areaMap = ["{", '  education: { sv: "Skola", en: "School" },', '  employment: { sv: "Jobb", en: "Jobs" },', '  housing: { sv: "Boende", en: "Homes" },', '  "civil-society": { sv: "Föreningsliv", en: "Associations" },', "}"].join("\n");
    expect(found(copy("packages/cli/src/x.ts", areaMap))).toEqual([["packages/cli/src/x.ts", 2, "labels"]]);
    expect(found(copy("packages/reports/src/x.ts", 'export type Lang = "sv" | "en";\n'))).toEqual([["packages/reports/src/x.ts", 1, "Lang"]]);
    // The command line's old verdict words: a list of pairs, English first.
    const verdicts = ['  ["pass", { en: "pass", sv: "uppfyllt" }],', '  ["fail", { en: "fail", sv: "ej uppfyllt" }],', '  ["warning", { en: "warning", sv: "varning" }],', '  ["error", { en: "error", sv: "fel" }],'].join("\n");
    expect(found(copy("packages/cli/src/commands/x.ts", verdicts))).toEqual([
      ["packages/cli/src/commands/x.ts", 2, "labels"],
      ["packages/cli/src/commands/x.ts", 1, "labels"],
    ]);
    // The markdown renderer's old status and population names.
    const statuses = ['  "on-time": { sv: "I tid", en: "On time" },', '  late: { sv: "Sen", en: "Late" },', '  overdue: { sv: "Saknas", en: "Missing" },', '  "due-soon": { sv: "Snart", en: "Soon" },', '  upcoming: { sv: "Kommande", en: "Upcoming" },'].join("\n");
    expect(found(copy("packages/reports/src/x.ts", statuses))).toEqual([["packages/reports/src/x.ts", 1, "labels"]]);
    const populations = ['  roma: { sv: "Romer", en: "Roma" },', '  general: { sv: "Befolkningen", en: "General population" },'].join("\n");
    expect(found(copy("packages/reports/src/x.ts", populations))).toEqual([["packages/reports/src/x.ts", 1, "labels"]]);
  });

  it("leaves the owners and unrelated code alone", () => {
    const files: SourceFile[] = [
      { path: "packages/calendar/src/x.ts", text: "const leap = y % 400 === 0;\n" },
      { path: "packages/model/src/validity.ts", text: "return validFrom <= asOf;\n" },
      { path: "packages/rules/src/x.ts", text: '// validFrom <= asOf in a comment\nconst code = /^municipality-\\d{4}$/;\nif (report.submittedOn <= asOf) ok();\nconst other = { other: { sv: "Övriga", en: "Other" } };\n' },
    ];
    expect(findCopies(files, ENUMS)).toEqual([]);
    expect(OWNERS.validity).toEqual(["packages/model/src/validity.ts"]);
  });
});
