/**
 * The demo's own data read as the officer would: no overdue finding for a
 * report that was handed in, and `check` and `report` giving the same due
 * date for the same deliverable under the one setting of lag (1930:173) §2.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { actorRoles, createClient, type AnnualReport, type ComplianceInput, type LocalProfile } from "../src/index.js";
import { ROOT } from "./support.js";

const LST_2012 = JSON.parse(readFileSync(`${ROOT}examples/data/lansstyrelsen-stockholm-2012.json`, "utf8")) as ComplianceInput;
const REPORTS_2017: AnnualReport[] = readFileSync(`${ROOT}examples/data/annual-reports-2017.ndjson`, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as AnnualReport);

const SHIFT: LocalProfile = { id: "shift", name: "Sista dag flyttas enligt lag (1930:173) 2 §", deadlines: { applyStatutoryShift: true } };

describe("the demo's check of Länsstyrelsen i Stockholms län's 2012 commission as of 2016-01-01", () => {
  const findings = createClient({ asOf: "2016-01-01" }).check(LST_2012, { rules: ["deliverable.on-time"] });

  it("has no overdue finding: the yearly reports of 2013–2015 are the status reports that were handed in", () => {
    expect(findings.filter((f) => f.evidence.status === "overdue").map((f) => f.subject.id)).toEqual([]);
    expect(findings.filter((f) => f.subject.id.startsWith("pilot-status-report/")).map((f) => [f.subject.id, f.evidence.status])).toEqual([
      ["pilot-status-report/2013", "on-time"],
      ["pilot-status-report/2014", "late"],
      ["pilot-status-report/2015", "on-time"],
    ]);
  });

  it("says what the law would give for the groundwork report due Saturday 1 September and handed in Monday 3 September", () => {
    const groundwork = findings.find((f) => f.subject.id === "groundwork-report");
    expect(groundwork?.evidence).toMatchObject({ status: "late", due: "2012-09-01", statutoryDue: "2012-09-03", statusUnderOtherReading: "on-time" });
    expect(groundwork?.message.en).toContain("the last day would have been 2012-09-03, and the deliverable would have been on time");
    expect(groundwork?.message.sv).toContain("hade sista dag varit 2012-09-03, och redovisningen hade varit i tid");
  });
});

describe("a client's date binds client.catalog, not what the rules may look up", () => {
  it("still knows the pilot programme's five municipalities as of 2016-01-01, after the programme ended: the groundwork's consultation with them passes", () => {
    const client = createClient({ asOf: "2016-01-01" });
    expect(client.catalog.programmes().map((p) => p.id)).toEqual(["development-municipalities-2016-2019"]);
    const consultation = client
      .check(LST_2012, { rules: ["consultation.required-parties"] })
      .filter((f) => f.subject.id === "lansstyrelsen-stockholm-2012/groundwork" && f.evidence.mode === "consultation");
    expect(consultation.map((f) => [f.verdict, f.message.en])).toEqual([
      ["pass", "All 8 parties the part is to be carried out in consultation with took part by 2012-09-03."],
    ]);
  });
});

describe("check and report read the same setting of lag (1930:173) §2", () => {
  for (const profile of [undefined, SHIFT]) {
    it(`give the same due date for the Board's annual report of 15 April 2018 (a Sunday) ${profile === undefined ? "by default" : "with the shift"}`, () => {
      const client = createClient({ asOf: "2018-05-02", ...(profile === undefined ? {} : { profile }) });
      const finding = client
        .check({ subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "annual-report-2016-2020", occurrence: 2018, submittedOn: "2018-04-16", contents: [] }] }, { rules: ["deliverable.on-time"] })
        .find((f) => f.subject.id === "annual-report-2016-2020/2018");
      const report = client.aggregate(REPORTS_2017, { year: 2017, deadline: "2018-04-15" });
      const [deadline] = client.deadlines({ from: "2018-04-15", to: "2018-04-15" });
      expect(finding?.evidence.due).toBe(report.completeness.effectiveDeadline);
      expect(deadline?.effectiveDue).toBe(report.completeness.effectiveDeadline);
      expect(report.completeness.effectiveDeadline).toBe(profile === undefined ? "2018-04-15" : "2018-04-16");
      // Borås handed in on Monday 16 April: late by the written date, on time under the law, in check and report alike.
      const boras = report.completeness.reporters.find((r) => r.actorId === "municipality-1490")?.status;
      expect([finding?.evidence.status, boras]).toEqual(profile === undefined ? ["late", "late"] : ["on-time", "on-time"]);
    });
  }
});

describe("actor types of a year come from the catalog", () => {
  it("makes the 2017 types from the catalog's roles: Gävle a development municipality, Skolverket an agency", () => {
    const types = createClient().actorTypes(2017);
    expect(types["municipality-2180"]).toContain("development-municipality");
    expect(types["skolverket"]).toEqual(["agency"]);
    expect(actorRoles(2017)["municipality-2180"]?.programmes).toEqual(["development-municipalities"]);
    expect(types["municipality-0580"] ?? []).not.toContain("pilot");
    expect(createClient().actorTypes(2013)["municipality-0580"]).toContain("pilot");
  });
});
