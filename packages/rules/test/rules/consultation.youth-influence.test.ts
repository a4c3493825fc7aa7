import type { Meeting } from "@romsk-inkludering/model";
import { check, defaultCatalog, type CatalogView } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { groundwork } from "../fixtures.js";

const rules = ["consultation.youth-influence"];

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

describe("consultation.youth-influence (lag 2009:724 §5 a, from 2019-01-01)", () => {
  it("is not applicable in 2018 and applicable in 2019", () => {
    const findings = check({ meetings: [consultation("samrad-2018-11", "2018-11-20"), consultation("samrad-2019-11", "2019-11-20")] }, { asOf: "2019-12-31", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([
      ["samrad-2018-11", "not-applicable"],
      ["samrad-2019-11", "fail"],
    ]);
    expect(findings[0]?.message.en).toBe("The rule applies from 2019-01-01; 2018-11-20 is before that.");
    expect(findings[0]?.evidence).toEqual({ date: "2018-11-20", validFrom: "2019-01-01", validTo: null });
    expect(findings[1]?.evidence).toMatchObject({ youthParticipants: 0, methods: [], organiserKind: "municipality" });
    expect(findings[1]?.basis).toContainEqual(expect.objectContaining({ kind: "sfs", sfs: "2009:724", section: "5 a §" }));
  });

  it("gives one rule-level not-applicable finding as of 2018", () => {
    const findings = check({ meetings: [consultation("samrad-2018-11", "2018-11-20")] }, { asOf: "2018-12-31", rules });
    expect(findings.map((f) => [f.subject.kind, f.verdict])).toEqual([["rule", "not-applicable"]]);
  });

  it("passes with youth participants or with described methods for young people's influence", () => {
    const withYouth = consultation("samrad-unga", "2019-04-02", {
      participants: [
        { role: "roma-representative", count: 4 },
        { role: "roma-representative", count: 2, youth: true },
      ],
    });
    const withMethods = consultation("samrad-metoder", "2019-05-14", {
      youthInfluence: { methods: ["Separat ungdomssamråd inför mötet", "Enkät i skolan på romani chib"] },
    });
    const findings = check({ meetings: [withYouth, withMethods] }, { asOf: "2019-06-30", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict, f.evidence.youthParticipants, (f.evidence.methods as string[]).length])).toEqual([
      ["samrad-metoder", "pass", 0, 2],
      ["samrad-unga", "pass", 2, 0],
    ]);
  });

  it("with a profile that requires youth, described methods alone fail", () => {
    const profile = { id: "unga-i-samrad", actorId: "municipality-0580", name: "Unga deltar i samråd", consultation: { requireYouth: true } };
    const withMethods = consultation("samrad-metoder", "2019-05-14", { youthInfluence: { methods: ["Enkät i skolan"] } });
    const findings = check({ subject: "municipality-0580", meetings: [withMethods] }, { asOf: "2019-06-30", profile, rules });
    const finding = findings.find((f) => f.ruleId === "consultation.youth-influence");
    expect([finding?.verdict, finding?.evidence.requireYouth, finding?.evidence.profileId]).toEqual(["fail", true, "unga-i-samrad"]);
  });

  it("applies to authorities only and to consultations and dialogues only", () => {
    const catalog: CatalogView = {
      ...defaultCatalog,
      getActor: (id, options) =>
        id === "romsk-forening"
          ? { id, kind: "roma-organisation", names: [{ validFrom: "2010-01-01", value: { name: { sv: "Romsk förening", en: "Roma association" } } }], sources: [{ kind: "facts", section: "The strategy" }] }
          : defaultCatalog.getActor(id, options),
    };
    const byAssociation = consultation("forening-samrad", "2019-03-01", { organiserId: "romsk-forening" });
    const seminar = consultation("seminarium", "2019-03-02", { kind: "seminar" });
    const dialogue = consultation("dialog", "2019-03-03", { kind: "dialogue", organiserId: groundwork().commission.assigneeId });
    const findings = check({ meetings: [byAssociation, seminar, dialogue] }, { asOf: "2019-06-30", rules, catalog });
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([
      ["dialog", "fail"],
      ["forening-samrad", "not-applicable"],
    ]);
    expect(findings[1]?.evidence.organiserKind).toBe("roma-organisation");
  });
});
