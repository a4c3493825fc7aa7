import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnnualReport } from "@romsk-inkludering/model";
import {
  buildNationalReport,
  DEFAULT_SUPPRESSION_THRESHOLD,
  exposedCells,
  isSmallCount,
  summarize,
  suppressionPolicy,
  type ActivityCell,
  type Cell,
  type MeasureCells,
  type NationalReport,
  type Relation,
} from "../src/index.js";
import { annualReport } from "./arbitraries.js";
import {
  actorTypes,
  COUNTRY,
  eligibleVocational,
  expected2017,
  linkoping2017,
  LINKOPING,
  muni,
  obs,
  pair,
  poverty,
  reports2017,
  tapWater,
} from "./fixtures.js";

const observations2017 = [
  obs("n15428", muni("2180"), 2017, 78.4),
  obs("n15428", muni("0580"), 2017, 84.0),
  obs("n15428", muni("1283"), 2017, null),
  obs("n15428", COUNTRY, 2017, 82.5),
  obs("n15428", COUNTRY, 2018, 83.1),
];

const input = {
  year: 2017,
  reports: reports2017,
  observations: observations2017,
  indicators: [eligibleVocational],
  expectedReporters: expected2017,
  deadline: "2018-04-15",
  actorTypes,
  suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
  asOf: "2018-05-02",
};

const report = buildNationalReport(input);
const row = (r: NationalReport, area: string, type: string): MeasureCells | undefined =>
  (area === "all" ? r.overview : r.areas.find((a) => a.area === area))?.rows.find((x) => x.actorType === type)?.measures;

const shown = (value: number): Cell => ({ value, suppressed: null });
const primary: Cell = { value: null, suppressed: "primary" };

describe("national report 2017: overview", () => {
  it("has the sections in order and the dimensions present in the year", () => {
    expect(Object.keys(report)).toEqual([
      "format",
      "year",
      "asOf",
      "suppression",
      "dimensions",
      "overview",
      "areas",
      "completeness",
      "replaced",
      "indicators",
      "progress",
    ]);
    expect(report.dimensions).toEqual({
      areas: ["education", "employment", "housing", "health-social-care-safety", "unspecified"],
      actorTypes: ["pilot", "development-municipality", "network-member", "agency"],
      activityKinds: ["bridge-building", "health-inspirers", "training", "cooperation"],
      outputMetrics: ["people-trained", "people-reached"],
      meetingKinds: ["consultation"],
      roles: ["roma-representative"],
      romaGroups: ["swedish-roma", "finnish-roma", "travellers", "non-nordic-roma", "newly-arrived-roma"],
      youth: ["unspecified"],
    });
  });

  it("publishes five reports, five active actors, four activities and four meetings: they count public bodies' work, not people", () => {
    const all = row(report, "all", "all");
    expect(all?.reports).toEqual(shown(5));
    expect(all?.activeActors).toEqual(shown(5));
    expect(all?.activities).toEqual(shown(4));
    expect(all?.meetings).toEqual(shown(4));
    expect(all?.fundingSek).toBe(120_000);
  });

  it("shows the health-inspirer outputs: 12 trained, 36–120 reached", () => {
    const all = row(report, "all", "all");
    expect(all?.outputs["people-trained"]).toEqual({ low: shown(12), high: shown(12) });
    expect(all?.outputs["people-reached"]).toEqual({ low: shown(36), high: shown(120) });
    expect(row(report, "health-social-care-safety", "development-municipality")?.outputs["people-reached"]).toEqual({
      low: shown(36),
      high: shown(120),
    });
  });

  it("shows Linköping's 10 Roma representatives but hides the two per Roma group", () => {
    const all = row(report, "all", "all");
    expect(all?.participants).toEqual(shown(10));
    expect(all?.participantsByRole).toEqual({ "roma-representative": shown(10) });
    expect(Object.values(all?.participantsByRomaGroup ?? {})).toEqual([primary, primary, primary, primary, primary]);
    expect(row(report, "unspecified", "pilot")?.participantsByRomaGroup["finnish-roma"]).toEqual(primary);
  });

  it("publishes one pilot municipality's report and active actor: a count of organisations is not small-cell protected", () => {
    const pilot = row(report, "all", "pilot");
    expect(pilot?.reports).toEqual(shown(1));
    expect(pilot?.activeActors).toEqual(shown(1));
    expect(pilot?.activities).toEqual(shown(0));
  });
});

/** The raw counts of a cell in the order of {@link cellsOf}. */
function rawOf(c: ActivityCell | undefined, r: NationalReport): number[] {
  const d = r.dimensions;
  const sum = (o: Readonly<Partial<Record<string, number>>>): number => Object.values(o).reduce<number>((s, v) => s + (v ?? 0), 0);
  if (c === undefined) return cellsOf(undefined, r).map(() => 0);
  return [
    c.reports,
    c.actors.length,
    sum(c.activities),
    ...d.activityKinds.map((k) => c.activities[k] ?? 0),
    ...d.outputMetrics.flatMap((m) => [c.outputs[m]?.low ?? 0, c.outputs[m]?.high ?? 0]),
    sum(c.meetings),
    ...d.meetingKinds.map((k) => c.meetings[k] ?? 0),
    sum(c.participants.byRole),
    ...d.roles.map((k) => c.participants.byRole[k] ?? 0),
    ...d.romaGroups.map((k) => c.participants.byRomaGroup[k] ?? 0),
    ...d.youth.map((k) => c.participants.byYouth[k] ?? 0),
  ];
}

function cellsOf(m: MeasureCells | undefined, r: NationalReport): [string, Cell | undefined][] {
  const d = r.dimensions;
  return [
    ["reports", m?.reports],
    ["actors", m?.activeActors],
    ["activities", m?.activities],
    ...d.activityKinds.map((k): [string, Cell | undefined] => [`activity:${k}`, m?.activitiesByKind[k]]),
    ...d.outputMetrics.flatMap((k): [string, Cell | undefined][] => [
      [`output:${k}:low`, m?.outputs[k]?.low],
      [`output:${k}:high`, m?.outputs[k]?.high],
    ]),
    ["meetings", m?.meetings],
    ...d.meetingKinds.map((k): [string, Cell | undefined] => [`meeting:${k}`, m?.meetingsByKind[k]]),
    ["participants", m?.participants],
    ...d.roles.map((k): [string, Cell | undefined] => [`role:${k}`, m?.participantsByRole[k]]),
    ...d.romaGroups.map((k): [string, Cell | undefined] => [`group:${k}`, m?.participantsByRomaGroup[k]]),
    ...d.youth.map((k): [string, Cell | undefined] => [`youth:${k}`, m?.participantsByYouth[k]]),
  ];
}

/** Whether a measure of {@link cellsOf} counts people (so is suppressed when small). */
function people(name: string): boolean {
  if (name === "participants" || /^(role|group|youth):/.test(name)) return true;
  const output = /^output:([a-z-]+):/.exec(name);
  return output !== null && ["people-trained", "people-reached", "participants", "staff"].includes(output[1] ?? "");
}

function audit(r: NationalReport, threshold: number, reports: readonly AnnualReport[] = reports2017): void {
  const agg = summarize(reports, { actorTypes });
  const areas = [...r.dimensions.areas, "all"];
  const types = [...r.dimensions.actorTypes, "all"];
  const hidden = new Set<string>();
  let primaries = 0;
  let secondaries = 0;
  for (const area of areas) {
    for (const type of types) {
      const cells = cellsOf(row(r, area, type), r);
      const raw = rawOf(agg.cells[`${r.year}|${area}|${type}`], r);
      cells.forEach(([name, cell], i) => {
        const v = raw[i] ?? -1;
        expect(cell, `${name}|${area}|${type}`).toBeDefined();
        if (!people(name)) expect(cell, `${name}|${area}|${type} is published as it is`).toEqual({ value: v, suppressed: null });
        else if (isSmallCount(v, threshold)) expect(cell, `${name}|${area}|${type} = ${v}`).toEqual(primary);
        else if (cell?.suppressed === null) expect(cell.value, `${name}|${area}|${type}`).toBe(v);
        else expect(cell?.suppressed).toBe("secondary");
        if (cell?.suppressed !== null) hidden.add(`${name}|${area}|${type}`);
        if (cell?.suppressed === "primary") primaries += 1;
        if (cell?.suppressed === "secondary") secondaries += 1;
      });
    }
  }
  expect(r.suppression).toEqual({ threshold, primaryCells: primaries, secondaryCells: secondaries, policy: suppressionPolicy(threshold) });
  // The margins of every people measure's area × type table, and each breakdown of participants with its total.
  const relations: Relation[] = [];
  const measures = cellsOf(undefined, r).map(([name]) => name).filter(people);
  for (const m of measures) {
    for (const area of areas) relations.push({ total: `${m}|${area}|all`, parts: r.dimensions.actorTypes.map((t) => `${m}|${area}|${t}`) });
    for (const type of types) relations.push({ total: `${m}|all|${type}`, parts: r.dimensions.areas.map((a) => `${m}|${a}|${type}`) });
  }
  for (const area of areas) {
    for (const type of types) {
      const at = `|${area}|${type}`;
      relations.push({ total: `participants${at}`, parts: r.dimensions.roles.map((k) => `role:${k}${at}`) });
      relations.push({ total: `participants${at}`, parts: r.dimensions.romaGroups.map((k) => `group:${k}${at}`) });
      relations.push({ total: `participants${at}`, parts: r.dimensions.youth.map((k) => `youth:${k}${at}`) });
    }
  }
  expect(exposedCells(relations, hidden)).toEqual([]);
}

describe("national report 2017: suppression protects people, not organisations (worked by hand)", () => {
  // The five reporters of 2017, with Linköping's consultation attended by
  // 3 Swedish Roma, 6 Finnish Roma and 7 Travellers (illustrative counts).
  const consultation = {
    ...linkoping2017.consultations[0]!,
    participants: [
      { role: "roma-representative" as const, count: 3, romaGroup: "swedish-roma" as const },
      { role: "roma-representative" as const, count: 6, romaGroup: "finnish-roma" as const },
      { role: "roma-representative" as const, count: 7, romaGroup: "travellers" as const },
    ],
  };
  const five = reports2017.map((r) => (r.actorId === LINKOPING ? { ...r, consultations: [consultation] } : r));
  const r = buildNationalReport({ ...input, reports: five });
  const all = row(r, "all", "all");
  const secondary: Cell = { value: null, suppressed: "secondary" };

  it("shows the 5 reports, 5 active actors, 4 activities by kind and 4 meetings", () => {
    expect(all?.reports).toEqual(shown(5));
    expect(all?.activeActors).toEqual(shown(5));
    expect(all?.activities).toEqual(shown(4));
    expect(all?.activitiesByKind).toEqual({
      "bridge-building": shown(1),
      "health-inspirers": shown(1),
      training: shown(1),
      cooperation: shown(1),
    });
    expect(all?.meetings).toEqual(shown(4));
    // Per area and type too: Skolverket's one report and one activity in education.
    expect(row(r, "education", "agency")?.reports).toEqual(shown(1));
    expect(row(r, "education", "agency")?.activities).toEqual(shown(1));
  });

  it("hides the 3 Swedish Roma and, as its complement, the 6 Finnish Roma (the smaller of the rest); the 7 Travellers and the 16 in all are shown", () => {
    expect(all?.participants).toEqual(shown(16));
    expect(all?.participantsByRomaGroup).toEqual({ "swedish-roma": primary, "finnish-roma": secondary, travellers: shown(7) });
    // Without the complement, 16 − 7 − 6 would give the 3 back.
    expect(exposedCells([{ total: "all", parts: ["swedish-roma", "finnish-roma", "travellers"] }], ["swedish-roma", "finnish-roma"])).toEqual([]);
    expect(exposedCells([{ total: "all", parts: ["swedish-roma", "finnish-roma", "travellers"] }], ["swedish-roma"])).toEqual(["swedish-roma"]);
    audit(r, 5, five);
  });

  it("states the policy and its basis in the report", () => {
    expect(r.suppression.policy.protects).toBe("people");
    expect(r.suppression.policy.suppressed).toContain("participants-by-roma-group");
    expect(r.suppression.policy.published).toEqual(expect.arrayContaining(["reports", "active-actors", "activities", "meetings", "funding-sek"]));
    expect(r.suppression.policy.basis).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "sfs", sfs: "2009:400", section: "24 kap. 8 §" }),
        expect.objectContaining({ kind: "publication", reference: "Förordning (EU) 2016/679" }),
      ]),
    );
    expect(r.suppression.policy.statement.sv).toContain("offentlighets- och sekretesslagen (2009:400) 24 kap. 8 §");
    expect(r.suppression.policy.statement.sv).toContain("artikel 9");
  });
});

describe("national report 2017: suppression", () => {
  it("hides every count from 1 to 4, shows every other count as summarized, and leaves nothing recoverable", () => {
    audit(report, 5);
  });

  it("holds for other thresholds too", () => {
    for (const t of [0, 2, 3, 11]) audit(buildNationalReport({ ...input, suppressionThreshold: t }), t);
  });

  it("hides every small count and leaves nothing recoverable for any set of reports (property)", () => {
    // Bounded by the number of runs, never by time: suppression and the audit
    // of every margin cost tens of milliseconds per report set on a loaded
    // 2-core machine, so a few reports from distinct actors (one report per
    // actor and year, as the national report counts them) and 20 runs.
    fc.assert(
      fc.property(
        fc.uniqueArray(annualReport.map((x) => ({ ...x, year: 2017 })), { maxLength: 5, selector: (x) => x.actorId }),
        fc.integer({ min: 2, max: 6 }),
        (reports, t) => {
          const r = buildNationalReport({ year: 2017, reports, actorTypes, suppressionThreshold: t, asOf: "2018-05-02" });
          audit(r, t, reports);
        },
      ),
      { numRuns: 20, seed: 20180502 },
    );
  });

  it("hides nothing with a threshold of 0", () => {
    const open = buildNationalReport({ ...input, suppressionThreshold: 0 });
    expect(open.suppression).toEqual({ threshold: 0, primaryCells: 0, secondaryCells: 0, policy: suppressionPolicy(0) });
    expect(row(open, "all", "all")?.participantsByRomaGroup["travellers"]).toEqual(shown(2));
  });

  it("requires a valid threshold", () => {
    expect(() => buildNationalReport({ ...input, suppressionThreshold: 4.5 })).toThrow(
      "buildNationalReport: suppressionThreshold must be a non-negative integer, got 4.5",
    );
    expect(() => buildNationalReport({ ...input, asOf: "2018-13-01" })).toThrow('asOf must be an ISO date YYYY-MM-DD, got "2018-13-01"');
  });
});

describe("national report 2017: completeness and indicators", () => {
  it("lists Linköping as three days late and Helsingborg as missing (the deadline as given: no shift by default)", () => {
    const c = report.completeness;
    expect([c.effectiveDeadline, c.statutoryDeadline, c.byStatus.late, c.byStatus.overdue, c.byStatus["date-unknown"]]).toEqual(["2018-04-15", "2018-04-16", 2, 1, 1]);
    expect(c.reporters.find((r) => r.actorId === LINKOPING)?.daysLate).toBe(3);
  });

  it("summarizes N15428 by level up to the report year; the null is missing", () => {
    expect(report.indicators.stats).toEqual([
      { indicatorId: "n15428", year: 2017, level: "country", gender: "T", group: null, observations: 1, missing: 0, sum: 82.5, min: 82.5, max: 82.5, mean: 82.5 },
      { indicatorId: "n15428", year: 2017, level: "municipality", gender: "T", group: null, observations: 2, missing: 1, sum: 162.4, min: 78.4, max: 84, mean: 81.2 },
    ]);
  });

  it("gives Kolada-style group averages with the members and contributing members", () => {
    expect(report.indicators.groups).toEqual([
      { indicatorId: "n15428", year: 2017, gender: "T", group: null, actorType: "pilot", members: 2, contributing: 1, missing: 1, mean: 84, min: 84, max: 84 },
      { indicatorId: "n15428", year: 2017, gender: "T", group: null, actorType: "development-municipality", members: 2, contributing: 1, missing: 0, mean: 78.4, min: 78.4, max: 78.4 },
      { indicatorId: "n15428", year: 2017, gender: "T", group: null, actorType: "network-member", members: 5, contributing: 2, missing: 1, mean: 81.2, min: 78.4, max: 84 },
    ]);
  });

  it("has no target for N15428 in its progress", () => {
    expect(report.progress.map((p) => [p.indicatorId, p.status, p.reason])).toEqual([["n15428", "insufficient-data", "no-target"]]);
    expect(report.progress[0]?.latest).toEqual({ year: 2017, value: 82.5 });
  });
});

describe("national report 2021: progress on the EU framework targets", () => {
  const r = buildNationalReport({
    year: 2021,
    reports: [],
    observations: [
      ...pair(poverty.id, 2016, 80, 17),
      ...pair(poverty.id, 2021, 80, 17),
      obs(tapWater.id, COUNTRY, 2016, 67, { group: "roma" }),
      obs(tapWater.id, COUNTRY, 2021, 78, { group: "roma" }),
    ],
    indicators: [poverty, tapWater],
    suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
    asOf: "2022-06-30",
  });

  it("finds the poverty gap off track and tap water on track", () => {
    expect(r.progress.map((p) => [p.indicatorId, p.status, p.baseline?.value, p.targetValue, p.expectedAtLatest, p.latest?.value])).toEqual([
      ["eu-poverty-gap", "off-track", 63, 31.5, 51.75, 63],
      ["eu-tap-water", "on-track", 67, 95, 77, 78],
    ]);
  });

  it("reports a disagreement between two country values for the same year", () => {
    const conflicting = buildNationalReport({
      year: 2021,
      reports: [],
      observations: [...pair(poverty.id, 2021, 80, 17), obs(poverty.id, COUNTRY, 2021, 75, { group: "roma" })],
      indicators: [poverty],
      suppressionThreshold: 5,
      asOf: "2022-06-30",
    });
    expect(conflicting.progress[0]?.reason).toBe("conflicting-observations");
  });
});

describe("determinism", () => {
  it("gives the same JSON whatever the order of reports and observations", () => {
    const reversed = buildNationalReport({ ...input, reports: [...reports2017].reverse(), observations: [...observations2017].reverse() });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(report));
  });

  it("gives the same JSON from a partial aggregate summarized elsewhere", () => {
    const partial = summarize([...reports2017.slice(2), ...observations2017.slice(0, 2)], { actorTypes });
    const combined = buildNationalReport({ ...input, reports: reports2017.slice(0, 2), observations: observations2017.slice(2), aggregate: partial });
    expect(JSON.stringify(combined)).toBe(JSON.stringify(report));
  });

  it("leaves out reports of other years and observations after the report year, also inside reports", () => {
    const withOthers = buildNationalReport({
      ...input,
      reports: [
        ...reports2017.slice(1),
        { ...reports2017[0]!, observations: [obs("n15428", COUNTRY, 2018, 83.1)] },
        { ...reports2017[0]!, id: "gavle-2018", year: 2018 },
      ],
      observations: [...observations2017, obs("n15428", COUNTRY, 2019, 90)],
    });
    expect(JSON.stringify(withOthers)).toBe(JSON.stringify(report));
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
