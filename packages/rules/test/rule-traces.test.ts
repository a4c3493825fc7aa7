import { getLocalProfile } from "@romsk-inkludering/catalog";
import { validate, type ComplianceInput, type Finding, type LocalProfile, type TraceStep } from "@romsk-inkludering/model";
import { check, registry } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { scenariosOf } from "../../../scripts/rule-reference.js";
import { checkKeyed } from "../src/check.js";

/** The rules that trace their own lookups and computations (the others explain by their evidence). */
const TRACED = [
  "consultation.required-parties",
  "consultation.roma-participation",
  "deliverable.on-time",
  "forum.cadence",
  "funding.budget-arithmetic",
  "network.commitments",
  "plan.principles-coverage",
  "report.area-coverage",
  "report.required-content",
] as const;

/** The steps a rule gave itself: neither the runner's (rule, settings, verdict) nor the evidence fallback. */
function ownSteps(finding: Finding): TraceStep[] {
  const steps = finding.explanation?.steps ?? [];
  if (steps.some((s) => s.label.en === "Evidence the rule used")) return [];
  return steps.filter((s) => s.kind !== "rule" && s.kind !== "verdict" && !(s.kind === "setting" && (s.label.en === "Settings the rule reads" || steps.indexOf(s) < steps.findIndex((x) => x.kind !== "rule" && x.kind !== "setting"))));
}

/** The value of the step with this English label (the first), failing when there is none. */
function value(finding: Finding | undefined, label: string): unknown {
  const step = finding?.explanation?.steps.find((s) => s.label.en === label);
  if (step === undefined) throw new Error(`no step "${label}" in ${JSON.stringify(finding?.explanation?.steps.map((s) => s.label.en))}`);
  return step.value;
}

function sv(finding: Finding | undefined, en: string): string | undefined {
  return finding?.explanation?.steps.find((s) => s.label.en === en)?.label.sv;
}

function run(input: ComplianceInput, asOf: string, rule: string, profile?: LocalProfile): Finding[] {
  return check(input, { asOf, rules: [rule], explain: true, ...(profile === undefined ? {} : { profile }) }).filter((f) => f.ruleId === rule);
}

describe("every rule traces its own steps (explain: true)", () => {
  it.each(TRACED.map((id) => [id] as const))("%s: each finding of its shipped scenarios has steps of its own, in both languages, plain JSON", (ruleId) => {
    const scenarios = scenariosOf(ruleId) ?? [];
    expect(scenarios.length).toBeGreaterThanOrEqual(3);
    let findings = 0;
    for (const s of scenarios as { asOf: string; input: ComplianceInput; profile?: string | LocalProfile; rules?: string[] }[]) {
      const profile = typeof s.profile === "string" ? getLocalProfile(s.profile) : s.profile;
      for (const finding of check(s.input, { asOf: s.asOf, rules: s.rules ?? [ruleId], explain: true, ...(profile === undefined ? {} : { profile }) })) {
        if (finding.ruleId !== ruleId || finding.subject.kind === "rule") continue;
        findings += 1;
        const own = ownSteps(finding);
        expect(own.length, `${ruleId} ${finding.subject.id}: ${finding.message.en}`).toBeGreaterThan(0);
        for (const step of finding.explanation?.steps ?? []) {
          expect(step.label.sv.length).toBeGreaterThan(0);
          expect(step.label.en.length).toBeGreaterThan(0);
          // Each value a person reads is plain: a date, number, yes/no, id or a list of them; no object of field names.
          const plain = (v: unknown): boolean => v === null || typeof v !== "object" || (Array.isArray(v) && v.every(plain));
          expect(plain(step.value), `${step.label.en}: ${JSON.stringify(step.value)}`).toBe(true);
        }
        expect(validate("finding", finding).success).toBe(true);
      }
    }
    expect(findings).toBeGreaterThan(0);
  });

  it("builds no step when the check does not explain: no rule outcome carries a trace", () => {
    const groundwork = { subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: [] }] };
    const keyed = checkKeyed(groundwork, { asOf: "2016-06-30" });
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.filter((k) => k.trace !== undefined).map((k) => k.finding.ruleId)).toEqual([]);
    expect(checkKeyed(groundwork, { asOf: "2016-06-30", explain: true }).some((k) => k.trace !== undefined)).toBe(true);
  });

  it.each(registry.map((r) => [r.id] as const))("%s: over its shipped scenarios, no outcome carries a trace without explain, and the findings are the same as with it", (ruleId) => {
    const scenarios = (scenariosOf(ruleId) ?? []) as { asOf: string; input: ComplianceInput; profile?: string | LocalProfile; rules?: string[] }[];
    expect(scenarios.length).toBeGreaterThanOrEqual(3);
    let traced = 0;
    for (const s of scenarios) {
      const profile = typeof s.profile === "string" ? getLocalProfile(s.profile) : s.profile;
      const options = { asOf: s.asOf, rules: s.rules ?? [ruleId], ...(profile === undefined ? {} : { profile }) };
      const plain = checkKeyed(s.input, options);
      const explained = checkKeyed(s.input, { ...options, explain: true });
      // A rule that builds its steps without explain hands them to the runner, which keeps them on the keyed finding.
      expect(plain.filter((k) => k.trace !== undefined).map((k) => `${k.finding.ruleId} ${k.finding.subject.id}`)).toEqual([]);
      expect(explained.map(({ finding: { explanation: _, ...rest } }) => rest)).toEqual(plain.map((k) => k.finding));
      traced += explained.filter((k) => k.finding.ruleId === ruleId && k.trace !== undefined).length;
    }
    // With explain, the rule does give its own steps.
    expect(traced).toBeGreaterThan(0);
  });
});

describe("what the traces say, on the seeds' cases", () => {
  it("funding.budget-arithmetic: seed 004's förslag 1 lines 130 000 + 100 000 + 100 000 against a stated 340 000", () => {
    const [finding] = run(
      {
        fundingApplications: [
          {
            id: "national-network-proposal-1",
            applicantId: "malardalen-network",
            grantorId: "lansstyrelsen-stockholm",
            title: "Förslag 1",
            totalSek: 340000,
            budgetLines: [
              { description: "20 % tjänstemannatid per år, för samordning", amountSek: 130000 },
              { description: "Dokumentation och spridning", amountSek: 100000 },
              { description: "Kunskapsseminarier och konferenser", amountSek: 100000 },
            ],
          },
        ],
      },
      "2012-12-31",
      "funding.budget-arithmetic",
    );
    expect(value(finding, "Budget lines (SEK)")).toBe(3);
    expect(value(finding, "Dokumentation och spridning")).toBe(100000);
    expect(value(finding, "Sum of the budget lines (SEK)")).toBe(330000);
    expect(value(finding, "Sum of the budget lines: 330,000 SEK, required equal to 340,000 SEK")).toBe(false);
    expect(sv(finding, "Sum of the budget lines: 330,000 SEK, required equal to 340,000 SEK")).toBe("Summan av budgetraderna: 330 000 kr, krav lika med 340 000 kr");
    expect(value(finding, "Difference: amount applied for minus the sum (SEK)")).toBe(10000);
  });

  it("forum.cadence: the pilot forum (seed 001, twice per term) met once in the autumn term 2013", () => {
    const findings = run({ forumRecords: [{ forumId: "pilot-forum", period: { from: "2013-01-01", to: "2013-12-31" }, meetingDates: ["2013-02-12", "2013-05-21", "2013-10-08"] }] }, "2014-01-31", "forum.cadence");
    const autumn = findings.find((f) => f.evidence.unit === "2013-autumn");
    expect(value(autumn, "Meetings per term as the forum states it")).toBe(2);
    expect(value(autumn, "Complete terms of the period ended by 2014-01-31 (the calendar's term: spring January–June, autumn July–December)")).toEqual(["2013-spring", "2013-autumn"]);
    expect(value(autumn, "Term judged")).toBe("2013-autumn");
    expect(value(autumn, "First day")).toBe("2013-07-01");
    expect(value(autumn, "Meeting dates in the term")).toEqual(["2013-10-08"]);
    expect(value(autumn, "Meetings in the term: 1, required at least 2")).toBe(false);
    expect(sv(autumn, "Meetings in the term: 1, required at least 2")).toBe("Möten under terminen: 1, krav minst 2");
  });

  it("consultation.roma-participation: Linköping's profile (seed 003) requires two per Roma group; one group with one representative falls short", () => {
    const groups = ["finnish-roma", "newly-arrived-roma", "non-nordic-roma", "swedish-roma", "travellers"] as const;
    const meeting = {
      id: "samrad-2018-09",
      date: "2018-09-18",
      organiserId: "municipality-0580",
      kind: "consultation" as const,
      areas: [],
      topics: ["Romskt samråd"],
      parties: [{ kind: "role" as const, role: "roma-representatives" as const }],
      participants: groups.map((romaGroup) => ({ role: "roma-representative" as const, count: romaGroup === "travellers" ? 1 : 2, romaGroup })),
    };
    const profile = getLocalProfile("linkoping-consultation");
    const [finding] = run({ subject: "municipality-0580", meetings: [meeting] }, "2018-12-31", "consultation.roma-participation", profile);
    expect(finding?.verdict).toBe("fail");
    expect(value(finding, "Meeting (consultations) on 2018-09-18")).toBe("samrad-2018-09");
    expect(value(finding, "Roma representatives among the participants (sum of the counts)")).toBe(9);
    expect(value(finding, "Number of Roma representatives: 9, required at least 1")).toBe(true);
    expect(value(finding, "The profile requires representatives per Roma group (consultation.representativesPerRomaGroup)")).toBe(2);
    expect(value(finding, "Representatives of Travellers: 1, required at least 2")).toBe(false);
    expect(value(finding, "Representatives of Finnish Roma: 2, required at least 2")).toBe(true);
  });

  it("report.required-content: the 2014 lägesrapport (seed 000) without proposed measures", () => {
    const [finding] = run(
      { subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "pilot-status-report", occurrence: 2014, submittedOn: "2014-04-16", contents: ["problem-analysis"] }] },
      "2014-05-01",
      "report.required-content",
    );
    expect(value(finding, "Deliverable in the catalog: Status report on the pilot programme")).toBe("pilot-status-report");
    expect(value(finding, "Occurrence (year)")).toBe(2014);
    expect(value(finding, "Submission")).toBe("2014-04-16");
    expect(finding?.explanation?.steps.filter((s) => s.label.en.endsWith("in the submission?")).map((s) => [s.label.sv, s.value])).toEqual([
      ["Finns analys av problem i inlämningen?", true],
      ["Finns förslag till åtgärder i inlämningen?", false],
    ]);
    expect(value(finding, "Requirements the submission meets: 1, required at least 2")).toBe(false);
  });

  it("consultation.required-parties: the 2012 groundwork in dialogue with seven agencies, judged up to the submission of 3 September", () => {
    const input: ComplianceInput = {
      subject: "lansstyrelsen-stockholm",
      submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: [] }],
      meetings: [
        {
          id: "dialog-2012-05-10",
          date: "2012-05-10",
          organiserId: "lansstyrelsen-stockholm",
          kind: "dialogue",
          commissionId: "lansstyrelsen-stockholm-2012",
          partId: "groundwork",
          areas: [],
          topics: ["Uppföljningssystem"],
          parties: ["folkhalsomyndigheten", "imy", "scb", "skolverket", "socialstyrelsen"].map((actorId) => ({ kind: "actor" as const, actorId })),
          participants: [],
        },
      ],
    };
    const dialogue = run(input, "2012-12-31", "consultation.required-parties").find((f) => f.evidence.mode === "dialogue");
    expect(dialogue?.verdict).toBe("fail");
    expect(value(dialogue, "First deliverable submitted (groundwork-report)")).toBe("2012-09-03");
    expect(value(dialogue, "Latest due date of the part's deliverables as of 2012-12-31 (the catalog's deliverableOccurrences)")).toBe("2012-09-01");
    expect(value(dialogue, "Last day for the consultation: the deliverable was submitted")).toBe("2012-09-03");
    expect(value(dialogue, "The part is to be carried out in dialogue with: parties")).toBe(7);
    expect(value(dialogue, "Did Swedish National Board of Housing, Building and Planning take part within the window?")).toBe(false);
    expect(value(dialogue, "Did Statistics Sweden take part within the window? First in the meeting dialog-2012-05-10")).toBe("2012-05-10");
    expect(value(dialogue, "Parties that took part: 5, required at least 7")).toBe(false);
  });

  it("network.commitments: Västerås's three network meetings in 2013, two with elected representatives, against seed 004's 'ca fyra gånger per år'", () => {
    const input: ComplianceInput = {
      subject: "municipality-1980",
      networkParticipation: [
        {
          networkId: "national-network",
          memberId: "municipality-1980",
          period: { from: "2013-01-01", to: "2016-12-31" },
          hasContactPerson: true,
          hasElectedRepresentative: true,
          meetings: [
            { date: "2013-02-20", withElectedRepresentatives: true },
            { date: "2013-05-15", withElectedRepresentatives: false },
            { date: "2013-10-09", withElectedRepresentatives: true },
          ],
          peerReviews: [],
        },
      ],
    };
    // Seed 004's network was a proposal: its commitments bind Västerås through the adoption its profile records.
    const profile: LocalProfile = {
      id: "vasteras-national-network",
      actorId: "municipality-1980",
      name: "Västerås antar det nationella nätverkets åtaganden",
      networkCommitments: [{ networkId: "national-network", adoptedOn: "2012-12-01" }],
    };
    const findings = run(input, "2014-01-15", "network.commitments", profile);
    expect(value(findings[0], "The network was a proposal; its commitments bind the member through the adoption in profile vasteras-national-network")).toBe("2012-12-01");
    const meetings = findings.find((f) => f.evidence.commitment === "meetings");
    expect(meetings?.verdict).toBe("warning");
    expect(value(meetings, "Network in the catalog: National network for Roma inclusion")).toBe("national-network");
    expect(value(meetings, "Meetings a year (the commitment's or the network's number, or the profile's where higher)")).toBe(4);
    expect(value(meetings, "of which with elected representatives")).toBe(2);
    expect(value(meetings, "Meetings: 3, required at least 4")).toBe(false);
    expect(value(meetings, "Meetings, with the tolerance: 3, required at least 3")).toBe(true);
    expect(value(meetings, "Meetings with elected representatives: 2, required at least 2")).toBe(true);
    const period = findings.find((f) => f.evidence.commitment === "participation-period");
    expect(value(period, "The participation must run until (4 years from 2013-01-01, lag 1930:173 §1)")).toBe("2016-12-31");
  });
});
