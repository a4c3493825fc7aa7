import { validate, type ComplianceInput, type Finding, type TraceStep } from "@romsk-inkludering/model";
import { check, registry, ruleDocUrl } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

const LST = "lansstyrelsen-stockholm";
const SEED_000 = "000_fd74c5439764a9cd.txt";

function explained(findings: Finding[], ruleId: string, subject: string): Finding {
  const found = findings.find((f) => f.ruleId === ruleId && f.subject.id === subject);
  if (found === undefined) throw new Error(`no finding ${ruleId} ${subject}`);
  return found;
}

/** The steps as [depth, kind, English label, value]. */
function rows(steps: readonly TraceStep[]): [number, string, string, unknown][] {
  return steps.map((s) => [s.depth, s.kind, s.label.en, s.value]);
}

function step(steps: readonly TraceStep[], label: string | RegExp): TraceStep {
  const found = steps.find((s) => (typeof label === "string" ? s.label.en === label : label.test(s.label.en)));
  if (found === undefined) throw new Error(`no step ${String(label)} in ${JSON.stringify(rows(steps))}`);
  return found;
}

describe("a finding explains itself (explain: true)", () => {
  const groundwork = { subject: LST, submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: [] }] };

  it("the 2012 groundwork report, due on Saturday 1 September: what was looked up, the calendar rule, the reading of lag 1930:173, the counts", () => {
    const finding = explained(check(groundwork, { asOf: "2012-10-01", rules: ["deliverable.on-time"], explain: true }), "deliverable.on-time", "groundwork-report");
    expect(finding.verdict).toBe("fail");
    const explanation = finding.explanation;
    expect(explanation?.ruleUrl).toBe("documents/Rule_reference.deliverable.on-time.html");
    const steps = explanation?.steps ?? [];
    expect(rows(steps)).toEqual([
      [0, "rule", "Rule deliverable.on-time: Deliverables are submitted on time; in force as of 2012-10-01?", true],
      [1, "rule", "No start date", null],
      [1, "rule", "No end date", null],
      [0, "setting", "Settings the rule reads", 3],
      [1, "setting", "Move a due date to the next workday (lag 1930:173 §2) (deadlines.applyStatutoryShift, yes/no; default)", false],
      [1, "setting", "Warning window before a due date (deadlines.dueSoonDays, days; default)", 30],
      [1, "setting", "Judge against the earliest due date any source gives (deadlines.earliestDue, yes/no; default)", false],
      [0, "lookup", "Deliverable in the catalog: Report on the groundwork for a national follow-up system", "groundwork-report"],
      [1, "lookup", expect.stringMatching(/^Commission: /), "lansstyrelsen-stockholm-2012"],
      [1, "lookup", expect.stringMatching(/^Part of the commission: /), "groundwork"],
      [1, "lookup", "Due date as the commission writes it", "2012-09-01"],
      [1, "lookup", "No change of the date decided by 2012-10-01", null],
      [0, "calendar", "Is 2012-09-01 a workday? (lag 1930:173 §2: not a Saturday, Sunday, other public holiday, midsommar-, jul- or nyårsafton)", false],
      [1, "calendar", "Due date moved to the next workday under §2", "2012-09-03"],
      [1, "setting", "The shift is not applied: the law concerns time set by statute, a commission's date is set by a decision (deadlines.applyStatutoryShift)", false],
      [0, "compute", "Due date used", "2012-09-01"],
      [0, "lookup", "Submissions known by 2012-10-01", ["2012-09-03"]],
      [0, "compute", "Status as of 2012-10-01 (the calendar's deadlineStatus; due soon within 30 days)", "late"],
      [1, "compute", "Days late", 2],
      [1, "compute", "Workdays late (the calendar's workdaysBetween)", 1],
      [1, "calendar", "Status under the other reading of lag (1930:173) §2", "on-time"],
      [0, "verdict", "Verdict", "fail"],
    ]);
    // The due date comes from the seed's sentence; the calendar steps from the statute.
    expect(step(steps, "Due date as the commission writes it").sources?.some((s) => s.kind === "seed" && s.file === SEED_000)).toBe(true);
    expect(step(steps, /^Is 2012-09-01 a workday/).sources).toEqual([
      { kind: "sfs", sfs: "1930:173", section: "2 §", title: "Lag om beräkning av lagstadgad tid" },
    ]);
    expect(step(steps, "Days late").label.sv).toBe("Dagar för sent");
    expect(validate("finding", finding).success).toBe(true);
  });

  it("with a profile applying the shift, the same trace says so and where the setting came from", () => {
    const profile = { id: "forskjutning", name: "Förskjutning", deadlines: { applyStatutoryShift: true }, sources: [{ kind: "seed" as const, file: SEED_000 }] };
    const finding = explained(check(groundwork, { asOf: "2012-10-01", rules: ["deliverable.on-time"], explain: true, profile }), "deliverable.on-time", "groundwork-report");
    const steps = finding.explanation?.steps ?? [];
    expect(finding.verdict).toBe("pass");
    expect(step(steps, /deadlines.applyStatutoryShift, yes\/no; profile forskjutning/).value).toBe(true);
    expect(step(steps, "Due date used").value).toBe("2012-09-03");
    expect(step(steps, "Days before the due date").value).toBe(0);
  });

  it("the 2014 lägesrapport, due Tuesday 15 April and handed in on the 16th: one workday late", () => {
    const input: ComplianceInput = {
      subject: LST,
      submissions: [{ deliverableId: "pilot-status-report", occurrence: 2014, submittedOn: "2014-04-16", contents: ["problem-analysis", "proposed-measures"] }],
    };
    const finding = explained(check(input, { asOf: "2014-05-01", rules: ["deliverable.on-time"], explain: true }), "deliverable.on-time", "pilot-status-report/2014");
    const steps = finding.explanation?.steps ?? [];
    expect(step(steps, "Due date as the commission writes it").value).toBe("2014-04-15");
    expect(step(steps, /^Is 2014-04-15 a workday/).value).toBe(true);
    expect(step(steps, "Due date moved to the next workday under §2").value).toBe("2014-04-15");
    expect(step(steps, "Workdays late (the calendar's workdaysBetween)").value).toBe(1);
    expect(steps.at(-1)).toEqual({ depth: 0, kind: "verdict", label: { sv: "Bedömning", en: "Verdict" }, value: "fail" });
    expect(steps.some((s) => s.kind === "calendar" && s.label.en.startsWith("Status under the other reading"))).toBe(false);
  });

  it("a finding without a trace of its own (a rule not yet in force) explains itself by the rule's validity and its evidence, each value plain", () => {
    const finding = explained(check({}, { asOf: "2011-12-31", rules: ["consultation.roma-participation"], explain: true }), "consultation.roma-participation", "consultation.roma-participation");
    expect(finding.verdict).toBe("not-applicable");
    expect(rows(finding.explanation?.steps ?? []).filter(([, kind]) => kind !== "setting")).toEqual([
      [0, "rule", "Rule consultation.roma-participation: Roma representatives take part in consultations; in force as of 2011-12-31?", false],
      [1, "rule", "In force from", "2012-02-16"],
      [1, "rule", "In force until", "2032-12-31"],
      [0, "lookup", "Evidence the rule used", 3],
      [1, "compute", "Evidence asOf", "2011-12-31"],
      [1, "compute", "Evidence validFrom", "2012-02-16"],
      [1, "compute", "Evidence validTo", "2032-12-31"],
      [0, "verdict", "Verdict", "not-applicable"],
    ]);
    expect(finding.explanation?.steps[1]?.label.sv).toBe("Gäller från och med");
  });

  it("changes nothing else: without explain the findings are the same, in the same order, and carry no explanation", () => {
    const input = { subject: LST, submissions: groundwork.submissions };
    const plain = check(input, { asOf: "2016-06-30" });
    const withTrace = check(input, { asOf: "2016-06-30", explain: true });
    expect(plain.every((f) => f.explanation === undefined)).toBe(true);
    expect(withTrace.map(({ explanation: _, ...rest }) => rest)).toEqual(plain);
    for (const finding of withTrace) {
      expect(validate("finding", finding).success).toBe(true);
      const steps = finding.explanation?.steps ?? [];
      expect(steps.at(-1)?.value).toBe(finding.verdict);
      // Every step nests at most one level deeper than the step before it.
      steps.forEach((s, i) => expect(s.depth).toBeLessThanOrEqual(i === 0 ? 0 : (steps[i - 1]?.depth ?? 0) + 1));
      const known = registry.some((r) => r.id === finding.ruleId);
      expect(finding.explanation?.ruleUrl).toBe(known ? ruleDocUrl(finding.ruleId) : undefined);
    }
  });
});
