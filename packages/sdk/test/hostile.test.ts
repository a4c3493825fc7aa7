/**
 * Garbage to every entry point of the SDK, in-process: nothing throws that
 * is documented not to, garbage never reads as all clear, nothing is
 * silently summed twice, dropped or concatenated, and what does throw
 * throws its documented error naming the value. One case per defect found
 * when the SDK was tried as an attacker would.
 */
import { describe, expect, it } from "vitest";
import {
  AggregateInputError,
  ClientConfigError,
  createClient,
  createClientSafe,
  renderMarkdown,
  validate,
  type AggregateIssue,
  type AnnualReport,
  type ComplianceInput,
  type Finding,
  type Observation,
} from "../src/index.js";
import { GAVLE_2017 } from "./fixtures.js";

const client = createClient({ asOf: "2018-05-02" });

/** The report of Gävle for 2017, as a fresh copy. */
function gavle2017(): AnnualReport {
  return structuredClone(GAVLE_2017);
}

/** The health inspirers Gävle trained in 2017, as its report says. */
const GAVLE_TRAINED = GAVLE_2017.activities[0]?.outputs[0]?.value;

function trained(reports: Iterable<AnnualReport>): number | null | undefined {
  const report = client.aggregate(reports, { year: 2017, suppressionThreshold: 0 });
  return report.overview.rows.find((row) => row.actorType === "all")?.measures.outputs["people-trained"]?.low.value;
}

/** The issues of the AggregateInputError that `run` throws (fails if it throws anything else or nothing). */
function aggregateIssues(run: () => unknown): readonly AggregateIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AggregateInputError);
    expect(error).toBeInstanceOf(RangeError);
    return (error as AggregateInputError).issues;
  }
  throw new Error("aggregate did not throw");
}

function brief(issues: readonly AggregateIssue[]): [string, number | null, string, string][] {
  return issues.map((i) => [i.source, i.index ?? null, i.path.join("."), i.code]);
}

/** Every finding is a `check.input` error: nothing passed, nothing was called not applicable. */
function expectOnlyInputErrors(findings: readonly Finding[]): void {
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) expect([f.ruleId, f.verdict]).toEqual(["check.input", "error"]);
}

const hostile: [string, unknown][] = [
  ["null", null],
  ["undefined", undefined],
  ["a string", "x"],
  ["a number", 42],
  ["an array", []],
  ["a Date", new Date(0)],
  ["a function", () => 1],
  [
    "a proxy that throws on every read",
    new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
        getPrototypeOf() {
          throw new Error("boom");
        },
      },
    ),
  ],
  [
    "a throwing getter",
    Object.defineProperty({}, "submissions", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    }),
  ],
  ["a cycle", (() => {
    const o: Record<string, unknown> = { subject: "skr" };
    o["submissions"] = [o];
    return o;
  })()],
  ["a __proto__ key", JSON.parse('{"subject":"skr","__proto__":{"polluted":true}}') as unknown],
];

describe("client.check never throws, and garbage never reads as all clear", () => {
  it.each(hostile)("on %s: only check.input error findings, with bilingual messages", (_name, input) => {
    const findings = client.check(input as ComplianceInput);
    expectOnlyInputErrors(findings);
    for (const f of findings) {
      expect(f.message.sv).toContain("Inga regler kördes.");
      expect(f.message.en).toContain("No rules were run.");
    }
  });

  it("check(null) names the problem at the root", () => {
    const [finding] = client.check(null as unknown as ComplianceInput);
    expect(finding?.evidence).toEqual({ path: [], code: "invalid-type" });
    expect(finding?.message.en).toBe("The input of the check is invalid: (root): Wrong type: expected an object, got null. [invalid-type]. No rules were run.");
  });

  it("check({}) has nothing to check: an error, not two not-applicable findings", () => {
    const findings = client.check({});
    expectOnlyInputErrors(findings);
    expect(findings.map((f) => f.evidence)).toEqual([{ path: [], code: "empty-input" }]);
  });

  it("a subject that is no actor is an input error naming it", () => {
    const findings = client.check({ subject: "nope" });
    expectOnlyInputErrors(findings);
    expect(findings.map((f) => f.evidence)).toEqual([{ path: ["subject"], code: "unknown-actor" }]);
    expect(findings[0]?.message.sv).toContain('Okänd aktör "nope"');
  });

  it("a submission dated 2023-02-29 is an input error, not a deliverable 2069 days overdue", () => {
    const findings = createClient({ asOf: "2018-05-02" }).check({
      subject: "lansstyrelsen-stockholm",
      submissions: [{ deliverableId: "groundwork-report", submittedOn: "2023-02-29", contents: [] }],
    });
    expectOnlyInputErrors(findings);
    expect(findings.map((f) => f.evidence)).toEqual([{ path: ["submissions", 0, "submittedOn"], code: "invalid-date" }]);
    expect(JSON.stringify(findings)).not.toContain("overdue");
  });

  it("malformed options are input errors too, and a bad date is reported with them", () => {
    const input: ComplianceInput = { subject: "lansstyrelsen-stockholm" };
    expectOnlyInputErrors(client.check(input, "x" as never));
    expect(client.check(input, { rules: 5 as never }).map((f) => f.evidence)).toEqual([{ path: ["rules"], code: "invalid-type" }]);
    expect(client.check(input, { rules: [{} as never, "deliverable.on-time"] }).map((f) => f.evidence)).toEqual([{ path: ["rules", 0], code: "invalid-type" }]);
    const both = createClient().check(null as never, { asOf: "2023-02-29" });
    expect(both.map((f) => f.ruleId)).toEqual(["check.input", "check.as-of"]);
  });

  it("valid input still runs the rules: the groundwork report of 2012 was two days late", () => {
    const findings = createClient({ asOf: "2012-09-10" }).check(
      { subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: [] }] },
      { rules: ["deliverable.on-time"] },
    );
    expect(findings.filter((f) => f.subject.id === "groundwork-report").map((f) => [f.verdict, f.evidence.daysLate])).toEqual([["fail", 2]]);
  });
});

describe("client.aggregate validates every record first and reports all problems at once", () => {
  it("aggregate([null]) is an AggregateInputError, not a TypeError", () => {
    expect(brief(aggregateIssues(() => client.aggregate([null as never], { year: 2017 })))).toEqual([["reports", 0, "", "invalid-type"]]);
  });

  it('an output value "160" is an input error: numbers are numbers, never "0160"', () => {
    const report = gavle2017() as unknown as { activities: { outputs: { value: unknown }[] }[] };
    (report.activities[0] as { outputs: { value: unknown }[] }).outputs[0] = { metric: "people-trained", value: "160" } as never;
    const issues = aggregateIssues(() => client.aggregate([report as unknown as AnnualReport], { year: 2017 }));
    expect(brief(issues)).toEqual([["reports", 0, "activities.0.outputs.0.value", "invalid-type"]]);
    expect(issues[0]?.message.sv).toContain("Fel typ");
  });

  it("every invalid record is reported, with its position, and nothing is summed", () => {
    const bad: unknown = { ...gavle2017(), submittedOn: "2023-02-29" };
    const observation: unknown = { indicatorId: "n15428", place: { level: "country" }, year: 2017, gender: "T", value: "82.5" };
    const issues = aggregateIssues(() =>
      client.aggregate([bad as AnnualReport, gavle2017(), "x" as never], { year: 2017, observations: [observation as Observation] }),
    );
    expect(brief(issues)).toEqual([
      ["reports", 0, "submittedOn", "invalid-date"],
      ["reports", 2, "", "invalid-type"],
      ["observations", 0, "value", "invalid-type"],
    ]);
  });

  it('expectedReporters "x", unknown ids and a year that is no year are option issues', () => {
    expect(brief(aggregateIssues(() => client.aggregate([], { year: 2017, expectedReporters: "x" as never })))).toEqual([["options", null, "expectedReporters", "invalid-type"]]);
    expect(brief(aggregateIssues(() => client.aggregate([], { year: 2017, expectedReporters: ["nope", "__proto__", "municipality-2180"] })))).toEqual([
      ["options", null, "expectedReporters.0", "unknown-actor"],
      ["options", null, "expectedReporters.1", "unknown-actor"],
    ]);
    expect(brief(aggregateIssues(() => client.aggregate([], { year: "2017" as never, suppressionThreshold: -1, deadline: "2018-02-30" })))).toEqual([
      ["options", null, "year", "invalid-year"],
      ["options", null, "deadline", "invalid-date"],
      ["options", null, "suppressionThreshold", "invalid-threshold"],
    ]);
  });

  it("reports that are not a list, options that are not an object, and a throwing iterator are issues too", () => {
    expect(brief(aggregateIssues(() => client.aggregate(null as never, { year: 2017 })))).toEqual([["options", null, "", "not-iterable"]]);
    expect(brief(aggregateIssues(() => client.aggregate("reports" as never, { year: 2017 })))).toEqual([["options", null, "", "not-iterable"]]);
    expect(brief(aggregateIssues(() => client.aggregate([], null as never)))).toEqual([["options", null, "", "invalid-type"]]);
    const throwing: Iterable<AnnualReport> = {
      *[Symbol.iterator]() {
        yield gavle2017();
        throw new Error("disk on fire");
      },
    };
    expect(brief(aggregateIssues(() => client.aggregate(throwing, { year: 2017 })))).toEqual([["reports", 1, "", "unreadable"]]);
  });

  it("the error message has one line per issue", () => {
    try {
      client.aggregate([null as never, null as never], { year: 2017 });
    } catch (error) {
      expect((error as Error).message.split("\n")).toEqual([
        "client.aggregate: 2 problems in the input, nothing was summed:",
        "  reports[0]: Wrong type: expected an object, got null. [invalid-type]",
        "  reports[1]: Wrong type: expected an object, got null. [invalid-type]",
      ]);
      expect((error as Error).name).toBe("AggregateInputError");
    }
  });

  it("two copies of one report are counted once, and the report says which was replaced", () => {
    expect(GAVLE_TRAINED).toBeGreaterThan(0);
    expect(trained([gavle2017()])).toBe(GAVLE_TRAINED);
    expect(trained([gavle2017(), gavle2017(), gavle2017(), gavle2017(), gavle2017()])).toBe(GAVLE_TRAINED);
    const report = client.aggregate([gavle2017(), { ...gavle2017(), id: "gavle-2017-resubmitted", submittedOn: "2018-03-15" }], { year: 2017 });
    expect(report.replaced.map((r) => [r.id, r.replacedBy.id])).toEqual([["municipality-2180-2017", "gavle-2017-resubmitted"]]);
    expect(renderMarkdown(report, { lang: "sv" })).toContain("Ersatta rapporter");
  });
});

describe("the other entry points", () => {
  it("validate never throws, whatever the kind or the input", () => {
    for (const [, input] of hostile) {
      const result = validate("annual-report", input);
      expect(result.success).toBe(false);
      expect(client.validate("nope" as never, input).success).toBe(false);
      expect(client.validate(null as never, input).success).toBe(false);
    }
  });

  it("createClient throws its ClientConfigError and createClientSafe returns the issues, on any options", () => {
    for (const options of ["x", 42, [], { asOf: 20140501 }, { suppressionThreshold: "5" }, { profile: 7 }]) {
      expect(() => createClient(options as never)).toThrow(ClientConfigError);
      const result = createClientSafe(options as never);
      expect(result.success).toBe(false);
    }
  });

  it("the renderers have defaults for their options", () => {
    const report = client.aggregate([gavle2017()], { year: 2017 });
    expect(renderMarkdown(report)).toBe(renderMarkdown(report, { lang: "en" }));
  });

  it("deadlines, progress and actorTypes throw a RangeError naming the problem, never a TypeError", () => {
    const calls: (() => unknown)[] = [
      () => client.deadlines(null as never),
      () => client.deadlines({ from: 5, to: "x" } as never),
      () => client.progress("nope", []),
      () => client.actorTypes("2017" as never),
    ];
    for (const call of calls) expect(call).toThrow(RangeError);
  });
});
