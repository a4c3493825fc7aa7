import { validate, type ComplianceInput, type LocalProfile } from "@romsk-inkludering/model";
import { check } from "@romsk-inkludering/rules";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryInput, arbitraryProfile, asOfArb, shuffleInput } from "./arbitraries.js";

const runs = { numRuns: 150 };

describe("properties of check", () => {
  it("never reports a rule error on input that passes the model's validation, and returns well-formed findings", () => {
    fc.assert(
      fc.property(arbitraryInput, asOfArb, fc.option(arbitraryProfile, { nil: undefined }), (input, asOf, profile) => {
        fc.pre(validate("compliance-input", input).success);
        if (profile !== undefined) fc.pre(validate("local-profile", profile).success);
        const findings = check(input, { asOf, profile });
        for (const finding of findings) {
          expect(finding.verdict, `${finding.ruleId}: ${finding.message.en}`).not.toBe("error");
          const result = validate("finding", finding);
          expect(result.success, JSON.stringify(finding)).toBe(true);
        }
      }),
      runs,
    );
  });

  it("gives the same findings whatever the order of the input", () => {
    fc.assert(
      fc.property(arbitraryInput, asOfArb, fc.integer({ min: 1, max: 1_000_000 }), (input, asOf, seed) => {
        fc.pre(validate("compliance-input", input).success);
        const shuffled: ComplianceInput = shuffleInput(input, seed);
        expect(check(shuffled, { asOf })).toEqual(check(input, { asOf }));
      }),
      runs,
    );
  });

  it("is a pure function of its arguments (same input, same findings, input untouched)", () => {
    fc.assert(
      fc.property(arbitraryInput, asOfArb, (input, asOf) => {
        const before = JSON.stringify(input);
        const first = check(input, { asOf });
        expect(JSON.stringify(input)).toBe(before);
        expect(check(JSON.parse(before) as ComplianceInput, { asOf })).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });

  it("never lets a valid profile loosen the minimum of one Roma representative", () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile: LocalProfile) => {
        fc.pre(validate("local-profile", profile).success);
        const meeting = {
          id: "samrad-utan-romer",
          date: "2019-05-02",
          organiserId: "municipality-0580",
          kind: "consultation" as const,
          areas: [],
          topics: [],
          parties: [],
          participants: [{ role: "official" as const, count: 5 }],
        };
        const findings = check({ meetings: [meeting] }, { asOf: "2019-12-31", profile, rules: ["consultation.roma-participation"] });
        const verdicts = findings.filter((f) => f.ruleId === "consultation.roma-participation").map((f) => f.verdict);
        expect(verdicts).toEqual(["fail"]);
      }),
      runs,
    );
  });
});
