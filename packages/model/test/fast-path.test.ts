import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate } from "../src/index.js";

/** Seed 000's commission to Länsstyrelsen i Stockholms län, from the fixtures. */
const commission = (JSON.parse(readFileSync(new URL("./fixtures/valid/compliance-input/groundwork-report.json", import.meta.url), "utf8")) as { commissions: Record<string, unknown>[] })
  .commissions[0] as { title: object; period: object; decisions: object[]; parts: object[] };

describe("validation of plain data (the path that does not copy first)", () => {
  it("returns fresh objects: nothing of the input is shared with the result", () => {
    const result = validate("commission", commission);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual(commission);
    expect(result.data).not.toBe(commission);
    expect(result.data.title).not.toBe(commission.title);
    expect(result.data.period).not.toBe(commission.period);
    expect(result.data.decisions).not.toBe(commission.decisions);
    expect(result.data.decisions[0]).not.toBe(commission.decisions[0]);
    expect(result.data.parts[0]).not.toBe(commission.parts[0]);
  });

  it("gives the same issues for an object and for its copy made by JSON", () => {
    const broken = { ...commission, period: { from: "2016-01-01", to: "2015-12-31" }, contact: "x" };
    const direct = validate("commission", broken);
    const viaJson = validate("commission", JSON.parse(JSON.stringify(broken)));
    expect(direct).toEqual(viaJson);
    expect(direct.success ? [] : direct.issues.map((i) => i.code)).toEqual(["unknown-key", "period-order"]);
  });

  it("still names what is not plain data: a getter that throws, a Date, a __proto__ key", () => {
    const getter = { ...commission, get id(): string { throw new Error("no"); } };
    const codes = (input: unknown) => { const r = validate("commission", input); return r.success ? [] : r.issues.map((i) => i.code); };
    expect(codes(getter)).toContain("unreadable");
    expect(codes({ ...commission, period: new Date(0) })).toContain("not-plain-data");
    expect(codes(JSON.parse(`{"__proto__": {"x": 1}, "id": "x"}`))).toContain("forbidden-key");
  });
});
