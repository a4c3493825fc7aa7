import { getLocalProfile } from "@romsk-inkludering/catalog";
import type { Meeting } from "@romsk-inkludering/model";
import { check } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

const rules = ["consultation.roma-participation"];

const consultation = (id: string, date: string, participants: Meeting["participants"], kind: Meeting["kind"] = "consultation"): Meeting => ({
  id,
  date,
  organiserId: "municipality-0580",
  kind,
  areas: [],
  topics: ["Romskt samråd"],
  parties: [{ kind: "role", role: "roma-representatives" }],
  participants,
});

describe("consultation.roma-participation (skr. 2011/12:56; lag 2009:724 §5)", () => {
  it("passes with Roma representatives and fails without them", () => {
    const findings = check(
      {
        meetings: [
          consultation("samrad-med-romer", "2017-03-14", [{ role: "roma-representative", count: 3 }]),
          consultation("samrad-utan-romer", "2017-09-12", [{ role: "official", count: 4 }, { role: "roma-expert", count: 1 }]),
        ],
      },
      { asOf: "2017-12-31", rules },
    );
    expect(findings.map((f) => [f.subject.id, f.verdict, f.evidence.romaRepresentatives])).toEqual([
      ["samrad-med-romer", "pass", 3],
      ["samrad-utan-romer", "fail", 0],
    ]);
    expect(findings[1]?.message.sv).toBe("Samrådet 2017-09-12 hade 0 romska företrädare; minst 1 krävs för romers delaktighet och inflytande.");
  });

  it("is not applicable before the strategy (16 Feb 2012) and does not judge seminars or network meetings", () => {
    const findings = check(
      {
        meetings: [
          consultation("samrad-2011", "2011-11-08", [{ role: "official", count: 2 }]),
          consultation("seminarium-2017", "2017-11-28", [{ role: "official", count: 40 }], "seminar"),
          consultation("natverk-2018", "2018-05-16", [{ role: "official", count: 25 }], "network-meeting"),
        ],
      },
      { asOf: "2018-12-31", rules },
    );
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([["samrad-2011", "not-applicable"]]);
    expect(findings[0]?.message.en).toBe("The rule applies from 2012-02-16; 2011-11-08 is before that.");
  });

  it("judges a dialogue that names Roma, but not the 2012 groundwork's dialogue among the seven agencies (seed 000)", () => {
    const agencies = ["skolverket", "boverket", "folkhalsomyndigheten", "socialstyrelsen", "diskrimineringsombudsmannen", "scb", "imy"];
    const amongAgencies: Meeting = {
      ...consultation("dialog-myndigheter", "2012-05-22", [{ role: "agency-representative", count: 7 }], "dialogue"),
      organiserId: "lansstyrelsen-stockholm",
      parties: agencies.map((actorId) => ({ kind: "actor" as const, actorId })),
    };
    const withRoma = consultation("dialog-med-romer", "2012-06-12", [{ role: "official", count: 3 }], "dialogue");
    const findings = check({ meetings: [amongAgencies, withRoma] }, { asOf: "2012-12-31", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([["dialog-med-romer", "fail"]]);
  });

  it("with the catalog's Linköping profile, requires two per named Roma group; listeners beyond two do not matter", () => {
    const profile = getLocalProfile("linkoping-consultation");
    const groups = [...(profile?.consultation?.romaGroups ?? [])];
    expect(groups.length).toBeGreaterThan(0);
    const twoEach = groups.map((romaGroup) => ({ role: "roma-representative" as const, count: 2, romaGroup }));
    const oneShort = [...twoEach.slice(1), { role: "roma-representative" as const, count: 1, romaGroup: groups[0] }];
    const findings = check(
      { subject: "municipality-0580", meetings: [consultation("samrad-a", "2018-03-20", twoEach), consultation("samrad-b", "2018-09-18", oneShort)] },
      { asOf: "2018-12-31", profile, rules },
    ).filter((f) => f.ruleId === "consultation.roma-participation");
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([
      ["samrad-a", "pass"],
      ["samrad-b", "fail"],
    ]);
    expect(findings[1]?.evidence.groupsShort).toEqual([{ group: groups[0], count: 1, required: 2 }]);
    expect(findings[1]?.evidence.profileId).toBe("linkoping-consultation");
  });
});
