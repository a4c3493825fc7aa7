/**
 * The client's behaviour on the real catalog: the 2012 groundwork report
 * (due Saturday 1 September 2012, handed in Monday 3 September), the
 * yearly 15 April reports, the development municipalities of 2016–2019,
 * a municipality's own commission in an extended catalog, and dates that
 * are missing or malformed.
 */
import { describe, expect, it } from "vitest";
import {
  catalog,
  createClient,
  extendCatalog,
  getCommission,
  validate,
  type AnnualReport,
  type Commission,
  type ComplianceInput,
  type LocalProfile,
  type Observation,
  type ProgressIndicator,
} from "../src/index.js";
import { GAVLE_2017, ownCommission } from "./fixtures.js";

const GROUNDWORK: ComplianceInput = {
  subject: "lansstyrelsen-stockholm",
  submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: ["methods", "area-coverage", "cost-estimate"] }],
};

const SHIFT_PROFILE: LocalProfile = {
  id: "statutory-shift",
  name: "Sista dag flyttas enligt lag (1930:173) 2 §",
  deadlines: { applyStatutoryShift: true },
};


describe("check", () => {
  it("finds the groundwork report of 2012 two days late under the written date", () => {
    const client = createClient({ asOf: "2012-09-10" });
    const [finding] = client.check(GROUNDWORK, { rules: ["deliverable.on-time"] }).filter((f) => f.subject.id === "groundwork-report");
    expect(finding?.verdict).toBe("fail");
    expect(finding?.evidence).toMatchObject({ writtenDue: "2012-09-01", statutoryDue: "2012-09-03", due: "2012-09-01", daysLate: 2 });
  });

  it("applies the client's profile: with the statutory shift the report is on time", () => {
    const client = createClient({ asOf: "2012-09-10", profile: SHIFT_PROFILE });
    const findings = client.check(GROUNDWORK, { rules: ["deliverable.on-time"] });
    expect(findings.find((f) => f.subject.id === "groundwork-report")?.verdict).toBe("pass");
    expect(findings.find((f) => f.ruleId === "profile.valid")?.verdict).toBe("pass");
  });

  it("takes the date and the profile per call, over the client's", () => {
    const client = createClient({ asOf: "2012-08-01", profile: SHIFT_PROFILE });
    const onTheDay = client.check(GROUNDWORK, { asOf: "2012-09-10", profile: { id: "written", name: "Skrivet datum" }, rules: ["deliverable.on-time"] });
    expect(onTheDay.find((f) => f.subject.id === "groundwork-report")?.verdict).toBe("fail");
  });

  it("reads the client's catalog: the 2014 status report one day late (due Tuesday 15 April)", () => {
    const client = createClient();
    const findings = client.check(
      { subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "pilot-status-report", occurrence: 2014, submittedOn: "2014-04-16", contents: ["problem-analysis", "proposed-measures"] }] },
      { asOf: "2014-05-01", rules: ["deliverable.on-time"] },
    );
    const finding = findings.find((f) => f.subject.id === "pilot-status-report/2014");
    expect(finding?.verdict).toBe("fail");
    expect(finding?.evidence["daysLate"]).toBe(1);
    // 2015's report is 349 days away on 2014-05-01: upcoming, not applicable yet.
    expect(findings.find((f) => f.subject.id === "pilot-status-report/2015")?.verdict).toBe("not-applicable");
  });

  it("returns the rules' check.as-of error finding, and runs nothing, when a call has no date", () => {
    const client = createClient();
    const findings = (client.check as (input: ComplianceInput, options?: object) => ReturnType<typeof client.check>)(GROUNDWORK, {});
    expect(findings.map((f) => [f.ruleId, f.verdict])).toEqual([["check.as-of", "error"]]);
    expect(client.check(GROUNDWORK, { asOf: "2012-09-31" }).map((f) => [f.ruleId, f.verdict])).toEqual([["check.as-of", "error"]]);
  });
});

describe("deadlines", () => {
  it("lists the groundwork report with its written and statutory dates", () => {
    const client = createClient({ asOf: "2012-08-15" });
    const found = client.deadlines({ from: "2012-09-01", to: "2012-09-30" });
    expect(found.map((d) => [d.deliverableId, d.due, d.statutoryDue, d.effectiveDue, d.daysLeft, d.status])).toEqual([
      ["groundwork-report", "2012-09-01", "2012-09-03", "2012-09-01", 17, "due-soon"],
    ]);
    expect(found[0]).toMatchObject({ commissionId: "lansstyrelsen-stockholm-2012", partId: "groundwork", assigneeId: "lansstyrelsen-stockholm", occurrence: null });
  });

  it("moves the date that applies when the profile turns the statutory shift on", () => {
    const client = createClient({ asOf: "2012-09-02", profile: SHIFT_PROFILE });
    const [groundwork] = client.deadlines({ from: "2012-09-01", to: "2012-09-01" });
    expect([groundwork?.effectiveDue, groundwork?.daysLeft, groundwork?.status]).toEqual(["2012-09-03", 1, "due-soon"]);
    const written = createClient({ asOf: "2012-09-02" }).deadlines({ from: "2012-09-01", to: "2012-09-01" })[0];
    expect([written?.effectiveDue, written?.daysLeft, written?.status]).toEqual(["2012-09-01", -1, "passed"]);
  });

  it("lists the yearly status reports of 15 April 2013–2015 for Länsstyrelsen i Stockholms län", () => {
    const client = createClient({ asOf: "2014-03-20" });
    const reports = client
      .deadlines({ from: "2013-01-01", to: "2015-12-31", actor: "lansstyrelsen-stockholm" })
      .filter((d) => d.deliverableId === "pilot-status-report");
    expect(reports.map((d) => [d.occurrence, d.due, d.statutoryDue, d.recipientId, d.status])).toEqual([
      [2013, "2013-04-15", "2013-04-15", "arbetsmarknadsdepartementet", "passed"],
      [2014, "2014-04-15", "2014-04-15", "arbetsmarknadsdepartementet", "due-soon"],
      [2015, "2015-04-15", "2015-04-15", "arbetsmarknadsdepartementet", "upcoming"],
    ]);
    // 20 March to 15 April 2014: 26 days.
    expect(reports[1]?.daysLeft).toBe(26);
  });

  it("shows the statutory date of the annual reports of 2017 (påskafton) and 2018 (a Sunday)", () => {
    const client = createClient({ asOf: "2017-01-01" });
    const annual = client.deadlines({ from: "2017-01-01", to: "2018-12-31" }).filter((d) => d.deliverableId === "annual-report-2016-2020");
    expect(annual.map((d) => [d.due, d.statutoryDue, d.recipientId])).toEqual([
      ["2017-04-15", "2017-04-18", "kulturdepartementet"],
      ["2018-04-15", "2018-04-16", "kulturdepartementet"],
    ]);
  });

  it("keeps the other source's date of the 2018 baseline report", () => {
    const client = createClient({ asOf: "2018-09-01" });
    const [baseline] = client.deadlines({ from: "2018-10-01", to: "2018-12-31" });
    expect(baseline?.deliverableId).toBe("nulagesbeskrivning-2018-report");
    expect([baseline?.due, baseline?.alternativeDue?.map((a) => a.due)]).toEqual(["2018-12-15", ["2018-10-15"]]);
  });

  it("filters by actor: Statskontoret has no dated deliverable in the catalog", () => {
    const client = createClient({ asOf: "2018-01-01" });
    expect(client.deadlines({ from: "2012-01-01", to: "2032-12-31", actor: "statskontoret" })).toEqual([]);
  });

  it("throws a RangeError naming the call when there is no date", () => {
    const client = createClient();
    const call = () => (client.deadlines as (o: object) => unknown)({ from: "2013-01-01", to: "2013-12-31" });
    expect(call).toThrow(RangeError);
    expect(call).toThrow(/client\.deadlines: no date: pass \{ asOf: "YYYY-MM-DD" \}/);
    expect(() => client.deadlines({ from: "2013-01-01", to: "2013-12-31", asOf: "2013-02-29" })).toThrow(/client\.deadlines: asOf must be an ISO date .* got "2013-02-29"/);
  });
});

describe("aggregate", () => {
  it("builds the national report of 2017 with actor types and reporter names from the catalog", () => {
    const client = createClient({ asOf: "2018-05-02" });
    const report = client.aggregate([GAVLE_2017], {
      year: 2017,
      expectedReporters: ["municipality-2180", "municipality-1283"],
      deadline: "2018-04-15",
    });
    // 15 April 2018 was a Sunday: reports were due on Monday 16 April.
    expect(report.completeness.reporters.map((r) => [r.actorId, r.status])).toEqual([
      ["municipality-1283", "overdue"],
      ["municipality-2180", "on-time"],
    ]);
    const names = report.completeness.reporters.map((r) => r.name?.sv);
    expect(names).toEqual(["Helsingborg", "Gävle"]);
    // Gävle was a development municipality (2016–2019); its membership of the municipal network in 2017 is known
    // from the presentation of 16 May 2018 only (seed 002), so as of 2 May 2018 it is not yet known as a network member.
    const types = report.overview.rows.map((row) => row.actorType);
    expect(types).toEqual(["development-municipality", "all"]);
    const all = report.overview.rows.find((row) => row.actorType === "all")?.measures;
    expect(all?.outputs["people-trained"]?.low).toEqual({ value: 12, suppressed: null });
    // One active actor: a count of organisations, published although below the default threshold of 5.
    expect(all?.activeActors).toEqual({ value: 1, suppressed: null });
  });

  it("uses the client's suppression threshold, and a per-call one over it", () => {
    const open = createClient({ asOf: "2018-05-02", suppressionThreshold: 0 });
    // Gävle's 12 people trained: a count of people, hidden below a threshold of 13.
    const measures = (r: ReturnType<typeof open.aggregate>) => r.overview.rows.find((row) => row.actorType === "all")?.measures.outputs["people-trained"]?.low;
    expect(measures(open.aggregate([GAVLE_2017], { year: 2017 }))).toEqual({ value: 12, suppressed: null });
    expect(measures(open.aggregate([GAVLE_2017], { year: 2017, suppressionThreshold: 13 }))).toEqual({ value: null, suppressed: "primary" });
  });

  it("throws a RangeError naming the call when there is no date", () => {
    const client = createClient();
    expect(() => (client.aggregate as (r: unknown[], o: object) => unknown)([GAVLE_2017], { year: 2017 })).toThrow(/client\.aggregate: no date/);
  });
});

describe("progress", () => {
  /** The EU Roma framework's poverty gap: cut by at least half by 2030 from the 2016 baseline (COM(2020) 620). */
  const povertyGap: ProgressIndicator = {
    id: "eu-at-risk-of-poverty",
    direction: "lower-is-better",
    population: "gap",
    target: { kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: 2016, year: 2030 },
  };
  // At risk of poverty: 80% of Roma against 17% of the general population, in 2016 and again in 2021.
  const observations: Observation[] = [2016, 2021].flatMap((year) => [
    { indicatorId: "eu-at-risk-of-poverty", place: { level: "country" }, year, gender: "T", value: 80, group: "roma" },
    { indicatorId: "eu-at-risk-of-poverty", place: { level: "country" }, year, gender: "T", value: 17, group: "general" },
  ]);

  it("judges the poverty gap off track in 2022: 63 points against the line's 51.75", () => {
    const result = createClient({ asOf: "2022-06-30" }).progress(povertyGap, observations);
    expect([result.status, result.measure, result.targetValue, result.latest?.value, result.expectedAtLatest]).toEqual(["off-track", "gap", 31.5, 63, 51.75]);
    expect(result.baseline).toMatchObject({ year: 2016, value: 63 });
  });

  it("knows only the observations up to the year of the date", () => {
    const result = createClient().progress(povertyGap, observations, { asOf: "2017-01-01" });
    expect(result.latest?.year).toBe(2016);
    expect(result.evidence.ignored).toBe(2);
  });

  it("throws a RangeError naming the call when there is no date", () => {
    const client = createClient();
    expect(() => (client.progress as (i: ProgressIndicator, o: Observation[]) => unknown)(povertyGap, observations)).toThrow(/client\.progress: no date/);
  });
});

describe("actorTypes", () => {
  it("knows the pilot municipalities in 2013 and the development municipalities in 2017", () => {
    const client = createClient();
    const pilots2013 = Object.entries(client.actorTypes(2013)).filter(([, t]) => t.includes("pilot")).map(([id]) => id);
    // Luleå, Linköping, Göteborg, Helsingborg, Malmö (decided 10 April 2012).
    expect(pilots2013).toEqual(["municipality-0580", "municipality-1280", "municipality-1283", "municipality-1480", "municipality-2580"]);
    const development2017 = Object.entries(client.actorTypes(2017)).filter(([, t]) => t.includes("development-municipality")).map(([id]) => id);
    // Stockholm, Uppsala, Haninge, Borås, Gävle.
    expect(development2017).toEqual(["municipality-0136", "municipality-0180", "municipality-0380", "municipality-1490", "municipality-2180"]);
    expect(client.actorTypes(2017)["lansstyrelsen-stockholm"]).toEqual(["agency"]);
    expect(Object.values(client.actorTypes(2013)).some((t) => t.includes("development-municipality"))).toBe(false);
  });

  it("rejects a year that is not an integer in 1900–2200", () => {
    expect(() => createClient().actorTypes(2017.5)).toThrow(/client\.actorTypes: year must be an integer .* got 2017\.5/);
  });
});

describe("validate", () => {
  it("adds nothing to the model's validate: it is the same function", () => {
    expect(createClient().validate).toBe(validate);
  });

  it("is the model's validate: the catalog's 2012 commission is valid, a typo is an issue with its path", () => {
    const client = createClient();
    const commission = getCommission("lansstyrelsen-stockholm-2012");
    const ok = client.validate("commission", commission);
    expect(ok.success && ok.data.parts.map((p) => p.id)).toContain("groundwork");
    const typo = client.validate("commission", { ...commission, parts: [{ ...commission?.parts[0], deliverable: [] }] });
    expect(typo.success ? [] : typo.issues.filter((i) => i.code === "unknown-key").map((i) => i.path)).toEqual([["parts", 0, "deliverable"]]);
    expect(client.validate("commision", {}).success).toBe(false);
  });
});

describe("a municipality's own catalog", () => {
  const own: Commission = {
    ...ownCommission({
      id: "linkoping-roma-inclusion-2020",
      code: "0580",
      place: "Linköping",
      period: { from: "2020-01-01", to: "2023-12-31" },
      deliverableId: "linkoping-yearly-follow-up",
      due: { kind: "yearly", month: 3, day: 31, fromYear: 2021, toYear: 2023 },
      requiredContent: ["problem-analysis"],
    }),
    decisions: [{ number: "KS2019/123", kind: "decision" }],
  };
  const extended = extendCatalog(catalog, { commissions: [own] });

  it("answers from the extended catalog: its deadlines, its accessors, its checks", () => {
    const client = createClient({ catalog: extended, asOf: "2021-03-15", profile: "linkoping-consultation" });
    expect(client.catalog.getCommission(own.id)?.assigneeId).toBe("municipality-0580");
    expect(getCommission(own.id)).toBeUndefined();
    const deadlines = client.deadlines({ from: "2021-01-01", to: "2023-12-31", actor: "municipality-0580" });
    // 31 March 2023 is a Friday; 2021 and 2022 fall on a Wednesday and a Thursday.
    expect(deadlines.map((d) => [d.occurrence, d.due, d.statutoryDue, d.status])).toEqual([
      [2021, "2021-03-31", "2021-03-31", "due-soon"],
      [2022, "2022-03-31", "2022-03-31", "upcoming"],
      [2023, "2023-03-31", "2023-03-31", "upcoming"],
    ]);
    const findings = client.check(
      { subject: "municipality-0580", submissions: [{ deliverableId: "linkoping-yearly-follow-up", occurrence: 2021, submittedOn: "2021-03-10", contents: [] }] },
      { rules: ["deliverable.on-time", "report.required-content"] },
    );
    expect(findings.filter((f) => f.subject.id.startsWith("linkoping-yearly-follow-up")).map((f) => [f.ruleId, f.subject.id, f.verdict])).toEqual([
      ["deliverable.on-time", "linkoping-yearly-follow-up/2021", "pass"],
      // The follow-up requires a problem analysis; the submission lists no contents.
      ["report.required-content", "linkoping-yearly-follow-up/2021", "fail"],
      ["deliverable.on-time", "linkoping-yearly-follow-up/2022", "not-applicable"],
      ["deliverable.on-time", "linkoping-yearly-follow-up/2023", "not-applicable"],
    ]);
  });

  it("keeps the profile by id from the catalog (Linköping: two representatives per Roma group)", () => {
    const client = createClient({ catalog: extended, profile: "linkoping-consultation" });
    expect(client.profile?.actorId).toBe("municipality-0580");
    expect(client.profile?.consultation?.representativesPerRomaGroup).toBe(2);
  });
});

describe("the client object", () => {
  it("is frozen and exposes its settings", () => {
    const client = createClient({ asOf: "2014-05-01", suppressionThreshold: 3 });
    expect(Object.isFrozen(client)).toBe(true);
    expect([client.asOf, client.profile, client.suppressionThreshold]).toEqual(["2014-05-01", undefined, 3]);
    expect(createClient().suppressionThreshold).toBe(5);
    expect(client.catalog.actorName("skr", { asOf: "2014-05-01" })).toBe("Sveriges Kommuner och Landsting");
  });
});

describe("the client's catalog", () => {
  it("is bound to the client's date: getActor needs no date of its own, and a date per call still wins", () => {
    const client = createClient({ asOf: "2018-06-01" });
    expect(client.catalog.asOf).toBe("2018-06-01");
    expect(client.catalog.getActor("skr")?.short).toBe("SKL");
    expect(client.catalog.actorName("skr", { asOf: "2020-01-01" })).toBe("Sveriges Kommuner och Regioner");
    expect(client.catalog.programmes().map((p) => p.id)).toEqual(["development-municipalities-2016-2019"]);
  });

  it("without a client date asks each call for one, naming the call", () => {
    expect(() => createClient().catalog.getActor("skr")).toThrow(/getActor: options\.asOf must be an ISO date/);
  });
});
