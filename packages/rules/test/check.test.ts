import { validate, type Finding, type Meeting } from "@romsk-inkludering/model";
import { getCommission } from "@romsk-inkludering/catalog";
import { check, getRule, registry, rulesInForce, sortFindings, type Rule } from "@romsk-inkludering/rules";
import { defaultCatalog } from "../src/catalog.js";
import { normalise } from "../src/data.js";
import { largeInput } from "./large-input.js";
import { describe, expect, it } from "vitest";

const consultation2019: Meeting = {
  id: "samrad-2019-03-12",
  date: "2019-03-12",
  organiserId: "municipality-0580",
  kind: "consultation",
  areas: ["education"],
  topics: ["Handlingsplan för romsk inkludering"],
  parties: [{ kind: "role", role: "roma-representatives" }],
  participants: [{ role: "roma-representative", count: 2, romaGroup: "swedish-roma" }],
};

const throwing: Rule = {
  id: "test.throws",
  title: { sv: "Kastar", en: "Throws" },
  description: { sv: "Kastar alltid.", en: "Always throws." },
  basis: [{ kind: "sfs", sfs: "2009:724", section: "5 §" }],
  appliesTo: ["actor"],
  settings: [],
  check: () => {
    throw new TypeError("broken on purpose");
  },
};

describe("check", () => {
  it("requires asOf at the type level and reports an invalid asOf as an error finding", () => {
    // @ts-expect-error asOf is required: there is no "today".
    const missing = check({}, {});
    expect(missing).toHaveLength(1);
    expect(missing[0]?.ruleId).toBe("check.as-of");
    expect(missing[0]?.verdict).toBe("error");
    const bad = check({}, { asOf: "2023-02-29" });
    expect(bad.map((f) => [f.ruleId, f.evidence.asOf])).toEqual([["check.as-of", "2023-02-29"]]);
    expect(bad[0]?.message.en).toContain('"2023-02-29"');
  });

  it("reports a throwing rule as an error finding naming it and still runs the other rules", () => {
    const findings = check({ meetings: [consultation2019] }, { asOf: "2019-06-30", rules: [throwing, "consultation.roma-participation"] });
    const error = findings.find((f) => f.ruleId === "test.throws");
    expect(error?.verdict).toBe("error");
    expect(error?.subject).toEqual({ kind: "rule", id: "test.throws" });
    expect(error?.evidence.error).toBe("TypeError: broken on purpose");
    expect(error?.message.en).toContain("test.throws");
    const other = findings.find((f) => f.ruleId === "consultation.roma-participation");
    expect(other?.verdict).toBe("pass");
    expect(other?.evidence.romaRepresentatives).toBe(2);
  });

  it("reports an unknown rule id as an error and runs the known ones", () => {
    // §5 a is judged per authority and year; 2019 is still running on 2019-06-30, so no fail.
    const findings = check({ meetings: [consultation2019] }, { asOf: "2019-06-30", rules: ["no.such-rule", "minority-act.youth-influence"] });
    expect(findings.map((f) => [f.ruleId, f.verdict, f.subject.id])).toEqual([
      ["minority-act.youth-influence", "not-applicable", "municipality-0580/2019"],
      ["check.rules", "error", "no.such-rule"],
    ]);
  });

  it("gives one not-applicable finding for a rule not yet in force at asOf", () => {
    const findings = check({ meetings: [consultation2019] }, { asOf: "2018-12-31", rules: ["minority-act.youth-influence"] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "minority-act.youth-influence",
      verdict: "not-applicable",
      subject: { kind: "rule", id: "minority-act.youth-influence" },
      evidence: { asOf: "2018-12-31", validFrom: "2019-01-01", validTo: null },
    });
  });

  it("checks a rule's validTo too: after it the rule does not run and one not-applicable finding says until when it applied", () => {
    let runs = 0;
    const pilotOnly: Rule = {
      id: "pilot.yearly-status-report",
      title: { sv: "Lägesrapport", en: "Status report" },
      description: { sv: "Pilotverksamheten 2012–2015.", en: "The pilot programme 2012–2015." },
      basis: [],
      validFrom: "2012-01-01",
      validTo: "2015-12-31",
      appliesTo: ["actor"],
      settings: [],
      check: () => {
        runs += 1;
        return [{ subject: { kind: "actor", id: "municipality-0580" }, verdict: "pass", message: { sv: "Ja.", en: "Yes." }, evidence: {} }];
      },
    };
    expect(check({}, { asOf: "2015-12-31", rules: [pilotOnly] }).map((f) => f.verdict)).toEqual(["pass"]);
    const after = check({}, { asOf: "2016-01-01", rules: [pilotOnly] });
    expect(runs).toBe(1);
    expect(after).toEqual([
      {
        ruleId: "pilot.yearly-status-report",
        verdict: "not-applicable",
        subject: { kind: "rule", id: "pilot.yearly-status-report" },
        message: {
          sv: "Regeln gällde till och med 2015-12-31; per 2016-01-01 är den inte längre tillämplig.",
          en: "The rule applied until 2015-12-31; as of 2016-01-01 it no longer applies.",
        },
        basis: [],
        evidence: { asOf: "2016-01-01", validFrom: "2012-01-01", validTo: "2015-12-31" },
      },
    ]);
    expect(check({}, { asOf: "2011-12-31", rules: [pilotOnly] })[0]?.message.en).toBe("The rule applies from 2012-01-01; as of 2011-12-31 it does not apply yet.");
    expect(runs).toBe(1);
  });

  it("ignores records dated after asOf", () => {
    const findings = check({ meetings: [consultation2019] }, { asOf: "2019-03-11", rules: ["consultation.roma-participation"] });
    expect(findings).toEqual([]);
  });

  it("leaves out a commission of the input decided after asOf, as it does the catalog's (Ku2019/02101/CSM, decided 19 Dec 2019)", () => {
    const ku2019 = getCommission("ku2019-02101-csm");
    expect(ku2019?.decided?.on).toBe("2019-12-19");
    // A municipality's copy of the commission under its own id, so that only the input can bring it in.
    const own = { ...ku2019!, id: "own-copy-of-ku2019" };
    const inScope = (asOf: string) => normalise({ commissions: [own] }, defaultCatalog, asOf).commissions.map((c) => c.id);
    expect(inScope("2016-01-01")).toEqual([]);
    expect(inScope("2019-12-18")).toEqual([]);
    expect(inScope("2019-12-19")).toEqual(["own-copy-of-ku2019"]);
    // And so no finding is about it before its decision, although the input names it.
    const about = (asOf: string) => check({ commissions: [own] }, { asOf }).filter((f) => JSON.stringify([f.subject, f.evidence]).includes("own-copy-of-ku2019"));
    expect(about("2019-12-18")).toEqual([]);
    expect(about("2020-04-15").length).toBeGreaterThan(0);
  });

  it("returns plain JSON findings that pass the model's Finding schema", () => {
    const findings = check({ meetings: [consultation2019] }, { asOf: "2019-06-30" });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(validate("finding", finding).success).toBe(true);
      expect(JSON.parse(JSON.stringify(finding))).toEqual(finding);
    }
  });

  it("merges the annual reports' consultations with the meetings, one per id", () => {
    const report = {
      id: "municipality-0580-2019",
      year: 2019,
      actorId: "municipality-0580",
      reporterKind: "municipality" as const,
      submittedOn: "2020-02-01",
      areas: ["education" as const],
      activities: [],
      consultations: [consultation2019],
      observations: [],
      problems: [{ areaId: "education" as const, text: "Få elever läser romani chib." }],
      proposals: [],
    };
    const findings = check({ meetings: [consultation2019], reports: [report] }, { asOf: "2020-04-15", rules: ["consultation.roma-participation"] });
    expect(findings.map((f) => f.subject.id)).toEqual(["samrad-2019-03-12"]);
  });

  it("sorts unvalidated meetings whose id is not text by the comparison itself, instead of failing", () => {
    // check() expects input that passes validate(); given a number as an id, it must still answer, not overflow the stack.
    const later = { ...consultation2019, id: "samrad-2019-05-02", date: "2019-05-02" };
    const numbered = { ...consultation2019, id: 7 as unknown as string, date: "2019-01-15" };
    const data = normalise({ meetings: [later, numbered] }, defaultCatalog, "2020-04-15");
    expect(data.meetings.map((m) => m.date)).toEqual(["2019-01-15", "2019-05-02"]);
    const findings = check({ meetings: [later, numbered] }, { asOf: "2020-04-15", rules: ["consultation.roma-participation"] });
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([
      [7, "pass"],
      ["samrad-2019-05-02", "pass"],
    ]);
  });
});

describe("what a caller gets", () => {
  it("a finding's basis cannot be changed: a rule's findings share one frozen list, and the next check is as the first", () => {
    const input = largeInput(400, 11);
    const first = check(input, { asOf: "2021-06-30" });
    const json = JSON.stringify(first);
    const roma = first.filter((f) => f.ruleId === "consultation.roma-participation");
    expect(roma.length).toBeGreaterThan(10);
    expect(Object.isFrozen(roma[0]?.basis)).toBe(true);
    expect(roma[1]?.basis).toBe(roma[0]?.basis);
    expect(roma[0]?.basis).toEqual(getRule("consultation.roma-participation")?.basis);
    expect(() => (roma[0]?.basis as unknown[]).push({ kind: "facts", section: "x" })).toThrow(TypeError);
    expect(() => Object.assign(roma[0]?.basis[0] ?? {}, { note: "ändrad" })).toThrow(TypeError);
    // A rule from elsewhere keeps its own basis as it is; its findings share one frozen copy.
    const basis = [{ kind: "facts" as const, section: "Test" }];
    const own: Rule = { ...getRule("consultation.roma-participation")!, id: "test.own-basis", basis };
    const ownFindings = check(input, { asOf: "2021-06-30", rules: [own] });
    expect(ownFindings.length).toBeGreaterThan(1);
    expect(Object.isFrozen(ownFindings[0]?.basis)).toBe(true);
    expect(ownFindings[1]?.basis).toBe(ownFindings[0]?.basis);
    expect(Object.isFrozen(basis)).toBe(false);
    // Everything else of a finding is its own: changing it changes nothing another finding or check reads.
    for (const f of first) {
      f.subject.id = "changed";
      f.message.sv = "ändrat";
    }
    const second = check(input, { asOf: "2021-06-30" });
    expect(JSON.stringify(second)).toBe(json);
    // A built-in rule's findings cite its own basis, frozen all the way down.
    expect(second[0]?.basis).toBe(getRule(second[0]?.ruleId ?? "")?.basis);
  });
});

describe("sorting", () => {
  it("orders by subject kind, subject id, rule id, then a stable key", () => {
    const base = { verdict: "pass" as const, message: { sv: "Ja", en: "Yes" }, basis: [], evidence: {} };
    const findings: Finding[] = [
      { ...base, ruleId: "b.rule", subject: { kind: "meeting", id: "m-2" } },
      { ...base, ruleId: "b.rule", subject: { kind: "meeting", id: "m-1" }, evidence: { n: 2 } },
      { ...base, ruleId: "b.rule", subject: { kind: "meeting", id: "m-1" }, evidence: { n: 1 } },
      { ...base, ruleId: "a.rule", subject: { kind: "meeting", id: "m-1" } },
      { ...base, ruleId: "z.rule", subject: { kind: "actor", id: "municipality-0580" } },
    ];
    const sorted = sortFindings(findings);
    expect(sorted.map((f) => [f.subject.kind, f.subject.id, f.ruleId, f.evidence.n ?? null])).toEqual([
      ["actor", "municipality-0580", "z.rule", null],
      ["meeting", "m-1", "a.rule", null],
      ["meeting", "m-1", "b.rule", 1],
      ["meeting", "m-1", "b.rule", 2],
      ["meeting", "m-2", "b.rule", null],
    ]);
    expect(sortFindings([...findings].reverse())).toEqual(sorted);
  });
});

describe("registry", () => {
  it("has stable unique ids, bilingual titles, a basis and documented settings for every rule", () => {
    const ids = registry.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const rule of registry) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
      expect(rule.title.sv.length).toBeGreaterThan(0);
      expect(rule.title.en.length).toBeGreaterThan(0);
      expect(rule.basis.length).toBeGreaterThan(0);
      expect(rule.appliesTo.length).toBeGreaterThan(0);
      expect(getRule(rule.id)).toBe(rule);
      for (const source of rule.basis) expect(validate("finding", { ruleId: rule.id, verdict: "pass", subject: { kind: "rule", id: rule.id }, message: rule.title, basis: [source], evidence: {} }).success).toBe(true);
    }
  });

  it("dates §5 a and §5 b from 2019-01-01 (SFS 2018:1367), and §§3, 4 and 5 from 2010-01-01, as the catalog's duties do", () => {
    expect(getRule("minority-act.youth-influence")?.validFrom).toBe("2019-01-01");
    expect(getRule("minority-act.goals-and-guidelines")?.validFrom).toBe("2019-01-01");
    expect(["minority-act.information", "minority-act.language-and-culture", "minority-act.consultation"].map((id) => getRule(id)?.validFrom)).toEqual([
      "2010-01-01",
      "2010-01-01",
      "2010-01-01",
    ]);
    const in2018 = rulesInForce("2018-06-30").map((r) => r.id);
    const in2019 = rulesInForce("2019-06-30").map((r) => r.id);
    expect(in2018).not.toContain("minority-act.youth-influence");
    expect(in2019).toContain("minority-act.youth-influence");
    expect(in2019).toContain("minority-act.goals-and-guidelines");
    expect(in2019.length - in2018.length).toBe(2);
  });
});
