import { validate, type ComplianceInput } from "@romsk-inkludering/model";
import { check, compare } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

const LST = "lansstyrelsen-stockholm";

/** The differences as [rule, subject, verdict a, verdict b]. */
function verdicts(result: ReturnType<typeof compare>): [string, string, string | null, string | null][] {
  return result.differences.map((d) => [d.ruleId, d.subject.id, d.a?.verdict ?? null, d.b?.verdict ?? null]);
}

describe("compare: what if", () => {
  it("with and without the shift of lag (1930:173) §2: only the groundwork report due on a Saturday changes, with both explanations", () => {
    const input = { subject: LST, submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: [] }] };
    const result = compare(input, { a: { asOf: "2012-10-01" }, b: { asOf: "2012-10-01", settings: { "deadlines.applyStatutoryShift": true } } });
    expect(verdicts(result)).toEqual([["deliverable.on-time", "groundwork-report", "fail", "pass"]]);
    const [difference] = result.differences;
    expect(difference?.a?.explanation?.steps.find((s) => s.label.en === "Due date used")?.value).toBe("2012-09-01");
    expect(difference?.b?.explanation?.steps.find((s) => s.label.en === "Due date used")?.value).toBe("2012-09-03");
    expect(difference?.b?.explanation?.steps.some((s) => s.label.en.includes("deadlines.applyStatutoryShift, yes/no; changed in the comparison"))).toBe(true);
    expect(validate("finding", difference?.a).success && validate("finding", difference?.b).success).toBe(true);
    // Exactly the findings that differ: every other finding of the whole check has the same verdict on both sides.
    const a = check(input, { asOf: "2012-10-01" });
    const b = check(input, { asOf: "2012-10-01", settings: { "deadlines.applyStatutoryShift": true } });
    const changed = a.filter((f, i) => f.verdict !== b[i]?.verdict).map((f) => [f.ruleId, f.subject.id]);
    expect(a.map((f) => [f.ruleId, f.subject.id])).toEqual(b.map((f) => [f.ruleId, f.subject.id]));
    expect(changed).toEqual([["deliverable.on-time", "groundwork-report"]]);
    // A profile that applies the shift gives the same difference; its own finding is about the side, not the case.
    const byProfile = compare(input, {
      a: { asOf: "2012-10-01" },
      b: { asOf: "2012-10-01", profile: { id: "forskjutning", name: "Förskjutning", deadlines: { applyStatutoryShift: true } } },
    });
    expect(verdicts(byProfile)).toEqual([["deliverable.on-time", "groundwork-report", "fail", "pass"]]);
    expect(byProfile.sides.b.map((f) => [f.ruleId, f.verdict])).toEqual([["profile.valid", "pass"]]);
  });

  it("the nulägesbeskrivning handed in on 20 November 2018, judged against 15 December (seeds 002, 003) and 15 October (minoritet.se)", () => {
    const input: ComplianceInput = { subject: LST, submissions: [{ deliverableId: "nulagesbeskrivning-2018-report", submittedOn: "2018-11-20", contents: ["area-coverage", "problem-analysis"] }] };
    const result = compare(input, { a: { asOf: "2018-12-31" }, b: { asOf: "2018-12-31", settings: { "deadlines.earliestDue": true } } });
    expect(verdicts(result)).toEqual([["deliverable.on-time", "nulagesbeskrivning-2018-report", "pass", "fail"]]);
    const b = result.differences[0]?.b;
    expect([b?.evidence.due, b?.evidence.daysLate, b?.evidence.judgedAgainstEarliest]).toEqual(["2018-10-15", 36, "2018-10-15"]);
    expect(b?.message.sv).toContain("Prövas mot det tidigaste datum en källa anger, 2018-10-15; uppdraget anger 2018-12-15.");
    expect(b?.explanation?.steps.find((s) => s.label.en === "Another source gives")?.sources?.[0]).toEqual({
      kind: "facts",
      section: "Programmes and commissions",
      note: "A public page of minoritet.se gives 15 Oct 2018.",
    });
    // Before it was handed in, on 2018-10-20: upcoming by the seeds' date, already overdue by minoritet.se's.
    const byDate = compare({ subject: LST }, { a: { asOf: "2018-10-20" }, b: { asOf: "2018-10-20", settings: { "deadlines.earliestDue": true } } }, { rules: ["deliverable.on-time"] });
    expect(verdicts(byDate).filter(([, subject]) => subject === "nulagesbeskrivning-2018-report")).toEqual([
      ["deliverable.on-time", "nulagesbeskrivning-2018-report", "not-applicable", "fail"],
    ]);
  });

  it("a profile that requires youth participants: a year whose one consultation only described its methods fails, a year with young people still passes", () => {
    const meeting = (id: string, participants: { role: "roma-representative"; count: number; youth?: boolean }[], methods?: string[]) => ({
      id,
      kind: "consultation" as const,
      date: "2019-03-12",
      organiserId: "municipality-0580",
      areas: [],
      topics: [],
      parties: [],
      participants,
      ...(methods === undefined ? {} : { youthInfluence: { methods } }),
    });
    // §5 a is judged per authority and year: the 2019 consultation only described its methods, the 2020 one had young people.
    const input = {
      subject: "municipality-0580",
      meetings: [
        meeting("samrad-metoder", [{ role: "roma-representative", count: 2 }], ["ungdomsråd"]),
        { ...meeting("samrad-unga", [{ role: "roma-representative", count: 2, youth: true }]), date: "2020-03-10" },
      ],
    };
    const youth = { id: "unga-deltar", actorId: "municipality-0580", name: "Unga deltar i samråden", consultation: { requireYouth: true } };
    const result = compare(input, { a: { asOf: "2020-06-30" }, b: { asOf: "2020-06-30", profile: youth } });
    expect(verdicts(result)).toEqual([["minority-act.youth-influence", "municipality-0580/2019", "pass", "fail"]]);
    expect(result.differences[0]?.b?.explanation?.steps.find((s) => s.label.en.includes("consultation.requireYouth"))?.value).toBe(true);
  });

  it("a finding found on one side only is a difference; a refused what-if setting is reported on its side", () => {
    const result = compare({ subject: LST }, { a: { asOf: "2011-12-31" }, b: { asOf: "2012-08-15", settings: { "deadlines.dueSoonDays": "soon" } } }, { rules: ["deliverable.on-time"] });
    expect(result.sides.b.map((f) => [f.ruleId, f.verdict, f.evidence.key])).toEqual([["check.settings", "error", "deadlines.dueSoonDays"]]);
    expect(verdicts(result)).toContainEqual(["deliverable.on-time", "groundwork-report", null, "warning"]);
  });
});
