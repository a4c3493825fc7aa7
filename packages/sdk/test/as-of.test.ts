/**
 * As of a date, the client knows only what had been decided and what had
 * come in by then: the 2017 annual reports of the example data (Linköping
 * handed in on 18 April 2018), the submissions and meetings of Länsstyrelsen
 * i Stockholms län's 2012 commission, and a property across `check`,
 * `deadlines` and `aggregate`: adding records dated after `asOf` never
 * changes the answer as of `asOf`.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createClient, type AnnualReport, type ComplianceInput, type Meeting, type Submission } from "../src/index.js";
import { ROOT } from "./support.js";

const REPORTS_2017: AnnualReport[] = readFileSync(`${ROOT}examples/data/annual-reports-2017.ndjson`, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as AnnualReport);

const LST_2012: ComplianceInput = JSON.parse(readFileSync(`${ROOT}examples/data/lansstyrelsen-stockholm-2012.json`, "utf8")) as ComplianceInput;

const EXPECTED = ["municipality-2180", "municipality-0580", "municipality-1490", "municipality-1980"];

describe("aggregate as of a date", () => {
  it("does not count Linköping's report of 18 April as received, nor anyone as late, as of 12 April 2018 (deadline 15 April)", () => {
    const report = createClient().aggregate(REPORTS_2017, { year: 2017, asOf: "2018-04-12", deadline: "2018-04-15", expectedReporters: EXPECTED });
    const byId = Object.fromEntries(report.completeness.reporters.map((r) => [r.actorId, r.status]));
    expect(byId["municipality-0580"]).toBe("due-soon");
    expect(byId["municipality-2180"]).toBe("due-soon");
    expect(byId["municipality-1980"]).toBe("on-time");
    expect(report.completeness.byStatus.late).toBe(0);
    expect(report.completeness.byStatus.overdue).toBe(0);
    // Skolverket's report has no submittedOn: its date is unknown, so it is kept.
    expect(report.completeness.reported).toBe(2);
  });

  it("counts it once it has come in", () => {
    const report = createClient().aggregate(REPORTS_2017, { year: 2017, asOf: "2018-05-02", deadline: "2018-04-15", expectedReporters: EXPECTED });
    expect(report.completeness.reporters.find((r) => r.actorId === "municipality-0580")?.submittedOn).toBe("2018-04-18");
  });
});

describe("check as of a date", () => {
  it("does not know a submission handed in after asOf: the 2015 status report is pending, not on time, as of 2015-04-01", () => {
    const findings = createClient().check(LST_2012, { asOf: "2015-04-01", rules: ["deliverable.on-time"] });
    const f = findings.find((x) => x.subject.id === "pilot-status-report/2015");
    expect(f?.evidence.submittedOn).toBeNull();
    expect(f?.verdict).not.toBe("pass");
  });
});

const ASOF = "2018-04-12";

/** A date after ASOF, up to the end of 2019. */
const later = fc.integer({ min: 1, max: 600 }).map((days) => {
  const d = new Date(Date.UTC(2018, 3, 12 + days));
  return d.toISOString().slice(0, 10);
});

const laterSubmission: fc.Arbitrary<Submission> = fc.record({
  deliverableId: fc.constantFrom("groundwork-report", "pilot-status-report", "annual-report-2016-2020", "nulagesbeskrivning-2018-report"),
  submittedOn: later,
  contents: fc.constant([]),
});

const laterMeeting: fc.Arbitrary<Meeting> = fc.record({
  id: fc.integer({ min: 1, max: 1000 }).map((n) => `later-meeting-${n}`),
  organiserId: fc.constant("lansstyrelsen-stockholm"),
  commissionId: fc.constant("ku2016-00159-disk"),
  date: later,
  kind: fc.constantFrom("dialogue" as const, "consultation" as const),
  areas: fc.constant(["education" as const]),
  topics: fc.constant(["Uppföljning"]),
  participants: fc.constant([]),
  parties: fc.constant([]),
});

const laterReport: fc.Arbitrary<AnnualReport> = fc
  .record({ actorId: fc.constantFrom(...EXPECTED, "municipality-1283"), submittedOn: later })
  .map(({ actorId, submittedOn }) => ({
    id: `${actorId}-2017-late-${submittedOn}`,
    year: 2017,
    actorId,
    reporterKind: "municipality" as const,
    submittedOn,
    areas: ["education" as const],
    activities: [],
    consultations: [],
    observations: [],
    problems: [],
    proposals: [],
  }));

describe("records dated after asOf never change the answer as of asOf", () => {
  const client = createClient({ asOf: ASOF });
  const input: ComplianceInput = { subject: "lansstyrelsen-stockholm", submissions: LST_2012.submissions ?? [], meetings: [] };

  it("in check, deadlines and aggregate alike", () => {
    const baseFindings = client.check(input);
    const baseDeadlines = client.deadlines({ from: "2012-01-01", to: "2025-12-31" });
    const baseReport = client.aggregate(REPORTS_2017, { year: 2017, deadline: "2018-04-15", expectedReporters: EXPECTED });
    fc.assert(
      fc.property(fc.array(laterSubmission, { maxLength: 4 }), fc.array(laterMeeting, { maxLength: 3 }), fc.array(laterReport, { maxLength: 4 }), (submissions, meetings, reports) => {
        const withLater: ComplianceInput = { ...input, submissions: [...(input.submissions ?? []), ...submissions], meetings };
        expect(client.check(withLater)).toEqual(baseFindings);
        expect(client.deadlines({ from: "2012-01-01", to: "2025-12-31" })).toEqual(baseDeadlines);
        expect(client.aggregate([...REPORTS_2017, ...reports], { year: 2017, deadline: "2018-04-15", expectedReporters: EXPECTED })).toEqual(baseReport);
      }),
      { numRuns: 15 },
    );
  });
});
