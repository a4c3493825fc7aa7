import { runScenarios, type Scenario } from "@romsk-inkludering/sdk";
import { describe, expect, it } from "vitest";

/** Seed 004's Förslag 1: three lines, 130 000 + 100 000 + 100 000 kr. */
const proposal1 = {
  id: "national-network-proposal-1",
  applicantId: "malardalen-network",
  grantorId: "lansstyrelsen-stockholm",
  title: "Nationellt nätverk för romers inkludering, förslag 1",
  totalSek: 330_000,
  budgetLines: [
    { description: "20 % tjänstemannatid per år, för samordning (inkl. PO-pålägg)", amountSek: 130_000 },
    { description: "Dokumentation och spridning", amountSek: 100_000 },
    { description: "Kunskapsseminarier och konferenser", amountSek: 100_000 },
  ],
};

const funding = (expect: Scenario["expect"], totalSek = 330_000): Scenario => ({
  name: "Förslag 1",
  asOf: "2012-12-31",
  rules: ["funding.budget-arithmetic"],
  input: { fundingApplications: [{ ...proposal1, totalSek }] },
  expect,
});

/** The 2012 groundwork report (due Saturday 2012-09-01), handed in on Monday 2012-09-03 (seed 000). */
const groundwork = (expect: Scenario["expect"], profile?: Scenario["profile"]): Scenario => ({
  name: "Underlaget 2012",
  asOf: "2012-12-31",
  ...(profile === undefined ? {} : { profile }),
  rules: ["deliverable.on-time"],
  input: { subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: [] }] },
  expect,
});

describe("runScenarios", () => {
  it("passes when a finding has the rule, subject, verdict, evidence keys (deep, keys in any order) and the message text in either language", () => {
    const run = runScenarios([
      funding([{ rule: "funding.budget-arithmetic", subject: "national-network-proposal-1", verdict: "pass", evidence: { sumSek: 330_000, amountsSek: [130_000, 100_000, 100_000] }, message: "330 000 kr" }]),
      funding([{ rule: "funding.budget-arithmetic", subject: "national-network-proposal-1", verdict: "pass", message: "SEK 330,000" }]),
    ]);
    expect(run.results.map((r) => [r.passed, r.differences])).toEqual([
      [true, []],
      [true, []],
    ]);
    expect([run.passed, run.failed]).toEqual([2, 0]);
  });

  it("names every difference of the closest finding: verdict, evidence value, absent key, message", () => {
    const [result] = runScenarios([
      funding(
        [{ rule: "funding.budget-arithmetic", subject: "national-network-proposal-1", verdict: "pass", evidence: { differenceSek: 0, lineCount: 3 }, message: "stämmer" }],
        340_000,
      ),
    ]).results;
    expect(result?.passed).toBe(false);
    expect(result?.differences.map((d) => [d.kind, d.key ?? null, d.expected, d.kind === "message" ? null : d.actual])).toEqual([
      ["verdict", null, "pass", "fail"],
      ["evidence", "differenceSek", 0, 10_000],
      ["evidence", "lineCount", 3, null],
      ["message", null, "stämmer", null],
    ]);
    expect(result?.differences[1]?.message).toEqual({
      sv: "funding.budget-arithmetic om national-network-proposal-1: underlaget differenceSek är 10000, inte 0 som väntades.",
      en: "funding.budget-arithmetic about national-network-proposal-1: evidence differenceSek is 10000, not 0 as expected.",
    });
    expect(result?.differences[2]?.absent).toBe(true);
  });

  it("names a missing finding, with the subjects the rule did give findings about", () => {
    const [result] = runScenarios([funding([{ rule: "funding.budget-arithmetic", subject: "national-network-proposal-3", verdict: "pass" }])]).results;
    expect(result?.differences).toEqual([
      {
        kind: "missing",
        expectation: 0,
        rule: "funding.budget-arithmetic",
        subject: "national-network-proposal-3",
        expected: "pass",
        actual: ["national-network-proposal-1"],
        message: {
          sv: "Regeln funding.budget-arithmetic gav ingen iakttagelse om national-network-proposal-3; dess iakttagelser gäller national-network-proposal-1.",
          en: "The rule funding.budget-arithmetic gave no finding about national-network-proposal-3; its findings are about national-network-proposal-1.",
        },
      },
    ]);
  });

  it("judges with the scenario's profile: the lag (1930:173) shift makes the Monday hand-in on time", () => {
    const expectPass = [{ rule: "deliverable.on-time", subject: "groundwork-report", verdict: "pass" as const }];
    const run = runScenarios([
      groundwork(expectPass),
      groundwork(expectPass, { id: "forskjutning", name: "Förskjutning", deadlines: { applyStatutoryShift: true } }),
    ]);
    expect(run.results.map((r) => [r.passed, r.differences.map((d) => d.message.en)])).toEqual([
      [false, ["deliverable.on-time about groundwork-report: verdict pass expected, got fail."]],
      [true, []],
    ]);
    // The verdicts in the Swedish text are the model's Swedish words, not the ids pass and fail.
    expect(run.results[0]?.differences[0]?.message.sv).toBe("deliverable.on-time om groundwork-report: bedömningen ”uppfyllt” väntades, men blev ”ej uppfyllt”.");
  });

  it("never throws: a scenario that does not match the schema, or names an unknown profile, fails as invalid", () => {
    const broken = { name: "Trasig", asOf: "2023-02-29", input: {}, expect: [{ rule: "forum.cadence", subject: "pilot-forum", verdict: "maybe" }] } as unknown as Scenario;
    const run = runScenarios([broken, groundwork([{ rule: "deliverable.on-time", subject: "groundwork-report", verdict: "fail" }], "orebro-samrad")]);
    expect(run.results.map((r) => [r.name, r.passed, r.differences.map((d) => d.kind)])).toEqual([
      ["Trasig", false, ["invalid"]],
      ["Underlaget 2012", false, ["invalid"]],
    ]);
    expect(run.results[0]?.differences[0]?.message.en).toMatch(/^The scenario does not match the scenario schema: asOf: .*; expect\.0\.verdict: /);
    expect(run.results[1]?.differences[0]?.message.sv).toContain('Katalogen har ingen lokal profil "orebro-samrad"');
    expect(runScenarios(null as unknown as Scenario[])).toEqual({ results: [], passed: 0, failed: 0 });
  });
});
