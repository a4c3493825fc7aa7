import { compare, createClient, ruleDocUrl } from "@romsk-inkludering/sdk";
import { describe, expect, it } from "vitest";

const input = { subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: [] }] };

describe("the sdk's what-if and explanations", () => {
  it("client.compare: with and without the shift of lag (1930:173) §2, with the client's catalog and profile", () => {
    const client = createClient({ asOf: "2012-10-01" });
    const result = client.compare(input, { a: { asOf: "2012-10-01" }, b: { asOf: "2012-10-01", settings: { "deadlines.applyStatutoryShift": true } } });
    expect(result.differences.map((d) => [d.ruleId, d.subject.id, d.a?.verdict, d.b?.verdict])).toEqual([["deliverable.on-time", "groundwork-report", "fail", "pass"]]);
    expect(result.differences[0]?.a?.explanation?.ruleUrl).toBe(ruleDocUrl("deliverable.on-time"));
    // The same as the rules' compare on the default catalog.
    expect(compare(input, { a: { asOf: "2012-10-01" }, b: { asOf: "2012-10-01", settings: { "deadlines.applyStatutoryShift": true } } }).differences).toEqual(result.differences);
  });

  it("client.compare validates the input first: a bad input gives no differences and says why on both sides", () => {
    const result = createClient().compare({ submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-31", contents: [] }] }, { a: { asOf: "2012-10-01" }, b: { asOf: "2012-10-02" } });
    expect(result.differences).toEqual([]);
    expect(result.sides.a.map((f) => f.ruleId)).toEqual(["check.input"]);
  });

  it("client.check explains on request, with what-if settings", () => {
    const findings = createClient({ asOf: "2012-10-01" }).check(input, { explain: true, settings: { "deadlines.applyStatutoryShift": true }, rules: ["deliverable.on-time"] });
    const finding = findings.find((f) => f.subject.id === "groundwork-report");
    expect([finding?.verdict, finding?.explanation?.steps.at(-1)?.value]).toEqual(["pass", "pass"]);
  });
});
