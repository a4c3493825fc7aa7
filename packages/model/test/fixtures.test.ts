import { describe, expect, it } from "vitest";
import { type Commission, kinds, validate } from "@romsk-inkludering/model";
import { fixture, invalidFixtures, validFixtures } from "./fixtures/index.js";

describe("valid fixtures", () => {
  it("cover every kind", () => {
    expect([...new Set(validFixtures.map((f) => f.kind))]).toEqual([...kinds]);
  });

  it.each(validFixtures.map((f) => [`${f.kind}/${f.name}`, f] as const))("%s validates and round-trips", (_id, f) => {
    const result = validate(f.kind, f.data);
    expect(result.success ? [] : result.issues).toEqual([]);
    if (result.success) expect(result.data).toEqual(f.data);
  });
});

describe("the 2012 commission to Länsstyrelsen i Stockholms län (seed 000)", () => {
  const result = validate("commission", fixture("commission/lst-stockholm-2012"));
  if (!result.success) throw new Error("fixture must be valid");
  const commission: Commission = result.data;
  const deliverables = commission.parts.flatMap((part) => part.deliverables);

  it("has three deliverables with the seed's due rules", () => {
    expect(deliverables.map((d) => [d.id, d.kind, d.due])).toEqual([
      ["follow-up-groundwork-report", "report", { kind: "fixed", date: "2012-09-01" }],
      ["pilot-status-report", "status-report", { kind: "yearly", month: 4, day: 15, fromYear: 2013, toYear: 2015 }],
      ["municipal-network-final-report", "final-report", { kind: "fixed", date: "2012-10-01" }],
    ]);
  });

  it("asks for problem analysis and proposed measures in the yearly status report", () => {
    expect(deliverables[1]?.requiredContent).toEqual(["problem-analysis", "proposed-measures"]);
  });

  it("requires the groundwork in dialogue with seven agencies and in consultation with four parties", () => {
    const [dialogue, consultation] = commission.parts[0]?.consultations ?? [];
    expect(dialogue?.mode).toBe("dialogue");
    expect(dialogue?.parties).toHaveLength(7);
    expect(consultation?.mode).toBe("consultation");
    expect(consultation?.parties).toEqual([
      { kind: "actor", actorId: "ministry-of-employment" },
      { kind: "programme-municipalities", programmeId: "pilot-2012-2015" },
      { kind: "role", role: "roma-representatives" },
      { kind: "role", role: "roma-experts" },
    ]);
  });
});

describe("invalid fixtures", () => {
  it.each(invalidFixtures.map((f) => [`${f.kind}: ${f.name}`, f] as const))("%s", (_id, f) => {
    const result = validate(f.kind, f.data);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual(f.zod);
    for (const issue of result.issues) {
      expect(issue.message.sv.length).toBeGreaterThan(5);
      expect(issue.message.en.length).toBeGreaterThan(5);
      expect(issue.message.sv).not.toBe(issue.message.en);
    }
  });
});
