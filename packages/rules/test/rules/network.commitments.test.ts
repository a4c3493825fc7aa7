import type { Finding, LocalProfile, Network, NetworkParticipation } from "@romsk-inkludering/model";
import { check, defaultCatalog } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

const rules = ["network.commitments"];

/** Seed 004's proposed national network, from the catalog. */
function nationalNetwork(): Network {
  const network = defaultCatalog.networks().find((n) => n.commitments.some((c) => c.kind === "peer-review"));
  if (network === undefined) throw new Error("the catalog has no network with seed 004's commitments");
  return network;
}

/** Four meetings a year, two of them with elected representatives. */
function meetingsFor(years: number[], perYear = 4, elected = 2): NetworkParticipation["meetings"] {
  const days = ["02-14", "05-16", "09-12", "11-28", "12-10"];
  return years.flatMap((year) =>
    days.slice(0, perYear).map((day, i) => ({ date: `${year}-${day}`, withElectedRepresentatives: i < elected })),
  );
}

/** Västerås (municipality 1980), one of the five municipalities of the Mälardalen network (seed 004). */
const member = (overrides: Partial<NetworkParticipation> = {}): NetworkParticipation => ({
  networkId: nationalNetwork().id,
  memberId: "municipality-1980",
  period: { from: "2013-01-01", to: "2016-12-31" },
  activityPlanAdoptedOn: "2013-06-01",
  hasContactPerson: true,
  hasElectedRepresentative: true,
  meetings: meetingsFor([2013, 2014, 2015, 2016]),
  peerReviews: ["2015-10-01"],
  romaConsultationEstablishedOn: "2012-10-01",
  ...overrides,
});

/**
 * Västerås's (illustrative) profile in which it adopts the proposed national network's commitments: seed 004's
 * network was a proposal, so its commitments bind only a member that adopted them.
 */
const ADOPTED: LocalProfile = {
  id: "vasteras-national-network",
  actorId: "municipality-1980",
  name: "Västerås antar det nationella nätverkets åtaganden",
  networkCommitments: [{ networkId: "national-network", adoptedOn: "2012-12-01" }],
};

/** The rule's findings for Västerås's records, with its adoption profile unless another (or none: `null`) is given. */
function run(records: NetworkParticipation[], asOf: string, profile: LocalProfile | null = ADOPTED): Finding[] {
  return check({ subject: "municipality-1980", networkParticipation: records }, { asOf, rules, ...(profile === null ? {} : { profile }) }).filter(
    (f) => f.ruleId === "network.commitments",
  );
}

function byCommitment(findings: Finding[]): Record<string, string> {
  return Object.fromEntries(findings.map((f) => [String(f.evidence.commitment), f.verdict]));
}

describe("network.commitments (seed 004)", () => {
  it("says the national network was a proposal whose commitments bind only a member that adopted them", () => {
    expect(nationalNetwork().status).toBe("proposed");
    const none = run([member()], "2017-01-31", null);
    expect(none.map((f) => [f.verdict, f.evidence.networkStatus, f.evidence.adopted])).toEqual([["not-applicable", "proposed", false]]);
    expect(none[0]?.message.sv).toBe(
      "Nationellt nätverk för romers inkludering var ett förslag; dess åtaganden binder bara en medlem som har antagit dem, och ingen profil för municipality-1980 anger att den har gjort det.",
    );
    // A profile of another municipality adopts nothing for Västerås.
    const other = run([member()], "2017-01-31", { ...ADOPTED, id: "eskilstuna", actorId: "municipality-0484" });
    expect(other.map((f) => f.verdict)).toEqual(["not-applicable"]);
  });

  it("binds the commitments from the day the member adopted them, and every finding says how", () => {
    const later = run([member()], "2017-01-31", { ...ADOPTED, networkCommitments: [{ networkId: "national-network", adoptedOn: "2017-03-01" }] });
    expect(later.map((f) => [f.verdict, f.evidence.adoptedOn])).toEqual([["not-applicable", "2017-03-01"]]);
    expect(later[0]?.message.en).toBe("National network for Roma inclusion was a proposal; municipality-1980 adopted its commitments only on 2017-03-01, after 2017-01-31.");
    const bound = run([member()], "2017-01-31");
    expect(bound).toHaveLength(8);
    expect(bound.every((f) => f.evidence.networkStatus === "proposed" && f.evidence.adopted === true && f.evidence.profileId === ADOPTED.id)).toBe(true);
    expect(bound[0]?.message.sv).toContain("(Nationellt nätverk för romers inkludering var ett förslag; åtagandet binder kommunen eftersom den antog nätverkets åtaganden 2012-12-01, enligt profilen vasteras-national-network.)");
  });

  it("has the seed's commitments in the catalog: four years, about four meetings of which two with elected representatives, peer review every third year", () => {
    const commitments = nationalNetwork().commitments;
    expect(commitments.find((c) => c.kind === "participation-period")?.params?.years).toBe(4);
    expect(commitments.find((c) => c.kind === "meetings")?.params).toMatchObject({ meetingsPerYear: 4, meetingsWithElectedPerYear: 2 });
    expect(commitments.find((c) => c.kind === "peer-review")?.params).toMatchObject({ everyYears: 3, atLeastOncePerPeriod: true });
  });

  it("passes a member that keeps every commitment (own costs cannot be seen in the record)", () => {
    const findings = run([member()], "2017-01-31");
    expect(byCommitment(findings)).toEqual({
      "activity-plan": "pass",
      "contact-person": "pass",
      "elected-representative": "pass",
      "participation-period": "pass",
      meetings: "pass",
      "peer-review": "pass",
      "own-costs": "not-applicable",
      "roma-consultation": "pass",
    });
    const meetings = findings.find((f) => f.evidence.commitment === "meetings");
    expect((meetings?.evidence.years as unknown[]).length).toBe(4);
    expect(findings.every((f) => f.subject.id === `${nationalNetwork().id}/municipality-1980`)).toBe(true);
  });

  it("warns at three meetings in a year (the seed says about four) and fails below that or with one meeting with elected representatives", () => {
    const three = member({ meetings: meetingsFor([2013], 3, 2) });
    const two = member({ meetings: meetingsFor([2013], 2, 2) });
    const oneElected = member({ meetings: meetingsFor([2013], 4, 1) });
    const verdict = (record: NetworkParticipation) =>
      run([record], "2014-01-15").find((f) => f.evidence.commitment === "meetings")?.verdict;
    expect([verdict(three), verdict(two), verdict(oneElected)]).toEqual(["warning", "fail", "fail"]);
    const [year] = run([two], "2014-01-15").find((f) => f.evidence.commitment === "meetings")
      ?.evidence.years as { from: string; to: string; meetings: number }[];
    expect(year).toMatchObject({ from: "2013-01-01", to: "2013-12-31", meetings: 2, withElectedRepresentatives: 2 });
  });

  it("judges meetings only for complete years of participation", () => {
    const findings = run([member()], "2013-10-01");
    const meetings = findings.find((f) => f.evidence.commitment === "meetings");
    expect([meetings?.verdict, meetings?.evidence.firstYearEnds]).toEqual(["not-applicable", "2013-12-31"]);
  });

  it("fails a missed peer review (due within the first three years) and a period without one", () => {
    const none = member({ peerReviews: [] });
    const missed = run([none], "2016-02-01").find((f) => f.evidence.commitment === "peer-review");
    expect([missed?.verdict, missed?.evidence.missedDueDates]).toEqual(["fail", ["2015-12-31"]]);
    const soon = run([none], "2015-12-10").find((f) => f.evidence.commitment === "peer-review");
    expect([soon?.verdict, soon?.evidence.daysLeft]).toEqual(["warning", 21]);
    const notYet = run([none], "2014-06-01").find((f) => f.evidence.commitment === "peer-review");
    expect([notYet?.verdict, notYet?.evidence.nextDue]).toEqual(["not-applicable", "2015-12-31"]);
  });

  it("fails a participation shorter than four years, a missing activity plan, contact person or elected representative", () => {
    const { activityPlanAdoptedOn: _adopted, ...withoutPlan } = member();
    const short: NetworkParticipation = {
      ...withoutPlan,
      period: { from: "2013-01-01", to: "2014-12-31" },
      hasContactPerson: false,
      hasElectedRepresentative: false,
    };
    const findings = run([short], "2015-01-31");
    expect(byCommitment(findings)).toMatchObject({
      "activity-plan": "fail",
      "contact-person": "fail",
      "elected-representative": "fail",
      "participation-period": "fail",
    });
    expect(findings.find((f) => f.evidence.commitment === "participation-period")?.evidence.requiredTo).toBe("2016-12-31");
  });

  it("is not applicable for a network missing from the catalog, and before the participation starts", () => {
    const unknown = run([member({ networkId: "malardalen-regional-network" })], "2014-01-01");
    expect(unknown.map((f) => f.verdict)).toEqual(["not-applicable"]);
    const early = run([member()], "2012-12-31");
    expect(early.map((f) => f.verdict)).toEqual(["not-applicable"]);
  });

  it("checks seed 004's condition of consultation established with the Roma minority, only for a member bound by the proposal", () => {
    const without = member({ romaConsultationEstablishedOn: undefined });
    const bound = run([without], "2014-01-15").find((f) => f.evidence.commitment === "roma-consultation");
    expect([bound?.verdict, bound?.evidence.romaConsultationEstablishedOn]).toEqual(["fail", null]);
    expect(bound?.message.sv).toContain("Det förutsätts att nätverkets kommuner har etablerat samråd med den romska minoriteten; uppgifterna visar inget sådant samråd per 2014-01-15.");
    expect(run([member({ romaConsultationEstablishedOn: "2014-03-01" })], "2014-01-15").find((f) => f.evidence.commitment === "roma-consultation")?.verdict).toBe("fail");
    expect(run([member()], "2014-01-15").find((f) => f.evidence.commitment === "roma-consultation")?.message.en).toMatch(/^The member has established consultation with the Roma minority \(by 2012-10-01\)\. \(National network for Roma inclusion was a proposal;/);
    // No adoption: the proposal is not judged as if the network were active.
    expect(run([without], "2014-01-15", null).map((f) => f.verdict)).toEqual(["not-applicable"]);
    const traced = check({ subject: "municipality-1980", networkParticipation: [without] }, { asOf: "2014-01-15", rules, profile: ADOPTED, explain: true }).find(
      (f) => f.evidence.commitment === "roma-consultation",
    );
    expect(traced?.explanation?.steps.filter((step) => step.label.sv.startsWith("Samråd med den romska") || step.label.sv.startsWith("Etablerat senast")).map((step) => [step.label.sv, step.value])).toEqual([
      ["Samråd med den romska minoriteten etablerat", false],
      ["Etablerat senast 2014-01-15?", false],
    ]);
  });

  it("judges the Mälardalen network's two to three meetings a year per complete year of participation", () => {
    const malardalen = defaultCatalog.networks().find((n) => n.id === "malardalen-network");
    expect([malardalen?.status, malardalen?.commitments.length, malardalen?.meetingsPerYear]).toEqual(["active", 0, { min: 2, max: 3 }]);
    const eskilstuna = (dates: string[]): NetworkParticipation => ({
      networkId: "malardalen-network",
      memberId: "municipality-0484",
      period: { from: "2010-01-01", to: "2011-12-31" },
      hasContactPerson: true,
      hasElectedRepresentative: false,
      meetings: dates.map((date) => ({ date, withElectedRepresentatives: false })),
      peerReviews: [],
    });
    const judge = (record: NetworkParticipation, asOf: string, profile?: LocalProfile) =>
      check({ subject: "municipality-0484", networkParticipation: [record] }, { asOf, rules, explain: true, ...(profile === undefined ? {} : { profile }) }).filter((f) => f.ruleId === "network.commitments");
    const kept = judge(eskilstuna(["2010-03-10", "2010-10-06", "2011-02-16", "2011-06-08", "2011-11-09"]), "2012-06-01");
    expect(kept.map((f) => [f.verdict, f.evidence.commitment, f.evidence.leastMeetingsPerYear])).toEqual([["pass", "meetings-per-year", 2]]);
    expect(kept[0]?.message.sv).toBe("Mälardalens nätverk: minst 2 möten per år (nätverket anger 2–3) under 2 hela deltagarår.");
    const short = judge(eskilstuna(["2010-03-10", "2010-10-06", "2011-06-08"]), "2012-06-01");
    expect([short[0]?.verdict, short[0]?.message.en]).toEqual([
      "fail",
      "The Mälardalen network meets 2 to 3 times a year; in 1 of 2 years the member attended fewer than 2 meetings (2011-01-01–2011-12-31: 1).",
    ]);
    expect(short[0]?.explanation?.steps.filter((step) => step.label.sv.startsWith("Möten: ")).map((step) => step.value)).toEqual([true, false]);
    // Four meetings, above the range, are no breach; a profile may ask for three.
    const strict: LocalProfile = { id: "eskilstuna-strict", actorId: "municipality-0484", name: "Eskilstuna", network: { minMeetingsPerYear: 3 } };
    const twoEach = eskilstuna(["2010-03-10", "2010-10-06", "2011-02-16", "2011-06-08"]);
    expect(judge(twoEach, "2012-06-01", strict).map((f) => [f.verdict, f.evidence.leastMeetingsPerYear])).toEqual([["fail", 3]]);
    expect(judge(eskilstuna(["2010-01-10", "2010-03-10", "2010-06-10", "2010-10-06", "2011-02-16", "2011-06-08"]), "2012-06-01").map((f) => f.verdict)).toEqual(["pass"]);
    expect(judge(eskilstuna(["2010-03-10"]), "2010-06-01").map((f) => [f.verdict, f.evidence.firstYearEnds])).toEqual([["not-applicable", "2010-12-31"]]);
  });
});
