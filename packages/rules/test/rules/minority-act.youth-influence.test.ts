import type { AnnualReport, Meeting } from "@romsk-inkludering/model";
import { check } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { annualReport } from "../minority-act-fixtures.js";

const rules = ["minority-act.youth-influence"];

/** A samråd held by Linköping with six Roma representatives, and young people when asked. */
const consultation = (id: string, date: string, extra: Partial<Meeting> = {}): Meeting => ({
  id,
  date,
  organiserId: "municipality-0580",
  kind: "consultation",
  areas: ["education"],
  topics: ["Handlingsplan för romsk inkludering"],
  parties: [{ kind: "role", role: "roma-representatives" }],
  participants: [{ role: "roma-representative", count: 6 }],
  ...extra,
});
const withYouth = (n: number): Partial<Meeting> => ({ participants: [{ role: "roma-representative", count: 6 }, { role: "roma-representative", count: n, youth: true }] });

const report = (year: number, extra: Partial<AnnualReport> = {}): AnnualReport => annualReport("municipality-0580", year, extra);

describe("minority-act.youth-influence (lag 2009:724 §5 a, per authority and year, from 2019-01-01)", () => {
  it("a municipality's year with one consultation that involved young people passes, even if its other consultations did not", () => {
    const meetings = [consultation("samrad-2019-03", "2019-03-12"), consultation("samrad-2019-10", "2019-10-08", withYouth(2)), consultation("samrad-2019-11", "2019-11-20")];
    const findings = check({ meetings }, { asOf: "2020-01-15", rules });
    expect(findings.map((f) => [f.subject.kind, f.subject.id, f.verdict])).toEqual([["actor-year", "municipality-0580/2019", "pass"]]);
    expect(findings[0]?.evidence).toMatchObject({
      consultationsCounted: 1,
      consultationsWithYouth: 1,
      consultations: [
        { id: "samrad-2019-03", date: "2019-03-12", youthParticipants: 0, methods: [], counts: false },
        { id: "samrad-2019-10", date: "2019-10-08", youthParticipants: 2, methods: [], counts: true },
        { id: "samrad-2019-11", date: "2019-11-20", youthParticipants: 0, methods: [], counts: false },
      ],
    });
    expect(findings[0]?.message.sv).toBe("2 unga deltog i samrådet 2019-10-08 (1 av 3 samråd 2019 visar ungas inflytande).");
  });

  it("no longer fails each consultation without young people: an ended year with none is a warning, a running year is not-applicable", () => {
    const meetings = [consultation("samrad-2019-11", "2019-11-20"), consultation("samrad-2020-02", "2020-02-11")];
    const findings = check({ meetings }, { asOf: "2020-06-30", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([
      ["municipality-0580/2019", "warning"],
      ["municipality-0580/2020", "not-applicable"],
    ]);
    expect(findings[0]?.message.sv).toBe(
      "Inget av Linköpings 1 samråd 2019 hade unga deltagare eller beskriver hur unga fått inflytande, och ingen årsrapport för 2019 är känd per 2020-06-30.",
    );
    expect(findings[1]?.message.sv).toMatch(/^2020 pågår fortfarande per 2020-06-30; hittills: inget av Linköpings 1 samråd 2020/);
    expect(findings.some((f) => f.verdict === "fail")).toBe(false);
  });

  it("judges a year before 2019 not applicable, and the annual report's measures or a stated nothing decide a year without youth in its meetings", () => {
    const findings = check(
      {
        meetings: [consultation("samrad-2018-11", "2018-11-20")],
        reports: [report(2019, { youthInfluence: { measures: ["Ungdomsråd inför samråden"] } }), report(2020, { youthInfluence: { measures: [] } })],
      },
      { asOf: "2021-06-30", rules },
    );
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([
      ["municipality-0580/2018", "not-applicable"],
      ["municipality-0580/2019", "pass"],
      ["municipality-0580/2020", "fail"],
    ]);
    expect(findings[0]?.message.en).toBe("Section 5 a § of lag (2009:724) applies from 2019-01-01; 2018 is before that.");
    expect(findings[2]?.evidence.measures).toEqual([]);
  });

  it("with a profile's requireYouth only young participants count: methods and measures alone fail an ended year, with the profile as basis", () => {
    const profile = { id: "unga-deltar", actorId: "municipality-0580", name: "Unga deltar", consultation: { requireYouth: true }, sources: [{ kind: "seed" as const, file: "003_c330e8c89015faff.txt" }] };
    const input = { meetings: [consultation("samrad-metoder", "2019-05-14", { youthInfluence: { methods: ["Enkät i skolan"] } })], reports: [report(2019, { youthInfluence: { measures: ["Ungdomsråd"] } })] };
    expect(check(input, { asOf: "2020-06-30", rules }).map((f) => f.verdict)).toEqual(["pass"]);
    const strict = check(input, { asOf: "2020-06-30", rules, profile }).filter((f) => f.ruleId === rules[0]);
    expect(strict.map((f) => [f.verdict, f.evidence.requireYouth, f.evidence.profileId])).toEqual([["fail", true, "unga-deltar"]]);
    expect(strict[0]?.basis).toContainEqual({ kind: "seed", file: "003_c330e8c89015faff.txt" });
    expect(strict[0]?.message.sv).toContain("metoder för ungas inflytande beskrivs, men unga deltog inte");
  });

  it("is not applicable to an organiser that is no administrative authority, once per actor", () => {
    const meetings = [consultation("rum-2019-a", "2019-04-01", { organiserId: "romska-ungdomsforbundet" }), consultation("rum-2019-b", "2019-09-01", { organiserId: "romska-ungdomsforbundet" })];
    const findings = check({ meetings }, { asOf: "2020-01-15", rules });
    expect(findings.map((f) => [f.subject.kind, f.subject.id, f.verdict, f.evidence.actorKind])).toEqual([["actor", "romska-ungdomsforbundet", "not-applicable", "roma-organisation"]]);
  });

  it("explains each finding step by step: the year, whether it ended, the report, each consultation and the count", () => {
    const [finding] = check({ meetings: [consultation("samrad-2019-10", "2019-10-08", withYouth(2))] }, { asOf: "2020-01-15", rules, explain: true });
    const labels = finding?.explanation?.steps.map((s) => [s.kind, s.label.sv, s.value]) ?? [];
    expect(labels).toContainEqual(["calendar", "Har året 2019 tagit slut per 2020-01-15?", true]);
    expect(labels).toContainEqual(["compute", "Samrådet 2019-10-08 (samrad-2019-10): unga deltagare och metoder; räknas", { youthParticipants: 2, methods: [], counts: true }]);
    expect(labels).toContainEqual(["compute", "Samråd som visar ungas inflytande", 1]);
    expect(finding?.explanation?.ruleUrl).toBe("documents/Rule_reference.minority-act.youth-influence.html");
    expect(check({ meetings: [consultation("samrad-2019-10", "2019-10-08", withYouth(2))] }, { asOf: "2020-01-15", rules })[0]?.explanation).toBeUndefined();
  });
});
