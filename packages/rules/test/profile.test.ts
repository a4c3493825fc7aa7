import type { LocalProfile, Meeting } from "@romsk-inkludering/model";
import { getLocalProfile } from "@romsk-inkludering/catalog";
import { check, DEFAULT_SETTINGS, resolveProfile } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

/** Linköping's practice (seed 003): two participants per Roma group in its consultations. */
const linkoping: LocalProfile = {
  id: "linkoping-consultation",
  actorId: "municipality-0580",
  name: "Linköpings samråd: två deltagare per romsk grupp",
  consultation: { representativesPerRomaGroup: 2 },
  sources: [{ kind: "seed", file: "003_c330e8c89015faff.txt", locator: "två deltagare/romsk grupp" }],
};

const meeting = (participants: Meeting["participants"]): Meeting => ({
  id: "linkoping-samrad-2018-03-20",
  date: "2018-03-20",
  organiserId: "municipality-0580",
  kind: "consultation",
  areas: [],
  topics: ["Reviderad handlingsplan 2018–2021"],
  parties: [{ kind: "role", role: "roma-representatives" }],
  participants,
});

const allGroupsTwice: Meeting["participants"] = [
  { role: "roma-representative", count: 2, romaGroup: "swedish-roma" },
  { role: "roma-representative", count: 2, romaGroup: "finnish-roma" },
  { role: "roma-representative", count: 2, romaGroup: "travellers" },
  { role: "roma-representative", count: 2, romaGroup: "non-nordic-roma" },
  { role: "roma-representative", count: 2, romaGroup: "newly-arrived-roma" },
];

const rules = ["consultation.roma-participation"];

describe("resolveProfile", () => {
  it("uses the documented defaults without a profile", () => {
    const resolved = resolveProfile(undefined, { asOf: "2018-05-16" });
    expect(resolved.settings).toBe(DEFAULT_SETTINGS);
    expect(resolved.findings).toEqual([]);
    expect(DEFAULT_SETTINGS.deadlines).toEqual({ applyStatutoryShift: false, dueSoonDays: 30, earliestDue: false });
    expect(DEFAULT_SETTINGS.consultation.minRomaRepresentatives).toBe(1);
    expect(DEFAULT_SETTINGS.consultation.representativesPerRomaGroup).toBeUndefined();
    expect(DEFAULT_SETTINGS.consultation.romaGroups).toHaveLength(5);
  });

  it("applies Linköping's two per Roma group to all five groups of seed 003", () => {
    const resolved = resolveProfile(linkoping, { asOf: "2018-05-16", subject: "municipality-0580" });
    expect(resolved.runRules).toBe(true);
    expect(resolved.applied?.id).toBe("linkoping-consultation");
    expect(resolved.settings.consultation.representativesPerRomaGroup).toBe(2);
    expect(resolved.settings.consultation.romaGroups).toEqual([
      "swedish-roma",
      "finnish-roma",
      "travellers",
      "non-nordic-roma",
      "newly-arrived-roma",
    ]);
    expect(resolved.findings.map((f) => [f.ruleId, f.verdict])).toEqual([["profile.valid", "pass"]]);
  });

  it("applies the catalog's Linköping profile: two per group for the groups it names", () => {
    const catalogProfile = getLocalProfile("linkoping-consultation");
    expect(catalogProfile).toBeDefined();
    const resolved = resolveProfile(catalogProfile, { asOf: "2018-05-16", subject: "municipality-0580" });
    expect(resolved.findings.map((f) => [f.ruleId, f.verdict])).toEqual([["profile.valid", "pass"]]);
    expect(resolved.settings.consultation.representativesPerRomaGroup).toBe(2);
    expect(resolved.settings.consultation.romaGroups).toEqual([...(catalogProfile?.consultation?.romaGroups ?? [])].sort());
  });

  it("cannot loosen: a count below the default of one is ignored with a warning", () => {
    const loose: LocalProfile = { ...linkoping, consultation: { representativesPerRomaGroup: 0 } };
    const resolved = resolveProfile(loose, { asOf: "2018-05-16" });
    expect(resolved.settings.consultation).toEqual(DEFAULT_SETTINGS.consultation);
    const warning = resolved.findings.find((f) => f.ruleId === "profile.tightens-only");
    expect(warning?.verdict).toBe("warning");
    expect(warning?.evidence).toEqual({
      setting: "consultation.representativesPerRomaGroup",
      requested: 0,
      default: 1,
      applied: 1,
    });
  });

  it("cannot loosen: a due-soon window shorter than 30 days is ignored with a warning; a longer one applies", () => {
    const shorter = resolveProfile({ id: "short", name: "Kort", deadlines: { dueSoonDays: 7 } }, { asOf: "2014-04-01" });
    expect(shorter.settings.deadlines.dueSoonDays).toBe(30);
    expect(shorter.findings.map((f) => [f.ruleId, f.verdict, f.evidence.requested ?? null])).toEqual([
      ["profile.valid", "pass", null],
      ["profile.tightens-only", "warning", 7],
    ]);
    const longer = resolveProfile({ id: "long", name: "Lång", deadlines: { dueSoonDays: 60 } }, { asOf: "2014-04-01" });
    expect(longer.settings.deadlines.dueSoonDays).toBe(60);
    expect(longer.findings.filter((f) => f.ruleId === "profile.tightens-only")).toEqual([]);
  });

  it("rejects an invalid profile with an error finding that names the problem, and runs no rule", () => {
    const invalid = { id: "linkoping-consultation", name: "Linköping", consultation: { representativesPerRomaGroup: 2.5, extra: true } };
    const resolved = resolveProfile(invalid as unknown as LocalProfile, { asOf: "2018-05-16" });
    expect(resolved.runRules).toBe(false);
    expect(resolved.findings).toHaveLength(1);
    const [error] = resolved.findings;
    expect(error?.ruleId).toBe("profile.valid");
    expect(error?.verdict).toBe("error");
    expect(error?.subject).toEqual({ kind: "profile", id: "linkoping-consultation" });
    const paths = (error?.evidence.issues as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(["consultation.extra", "consultation.representativesPerRomaGroup"]);
    const findings = check({ meetings: [meeting(allGroupsTwice)] }, { asOf: "2018-05-16", profile: invalid as unknown as LocalProfile });
    expect(findings.map((f) => [f.ruleId, f.verdict])).toEqual([["profile.valid", "error"]]);
  });

  it("does not apply a profile of another actor, or one not yet in force, and says so", () => {
    const other = resolveProfile(linkoping, { asOf: "2018-05-16", subject: "municipality-1283" });
    expect(other.applied).toBeUndefined();
    expect(other.settings).toBe(DEFAULT_SETTINGS);
    expect(other.findings.map((f) => [f.ruleId, f.verdict, f.evidence.subject])).toEqual([
      ["profile.applies", "warning", "municipality-1283"],
    ]);
    const later = resolveProfile({ ...linkoping, validFrom: "2019-01-01" }, { asOf: "2018-05-16" });
    expect(later.applied).toBeUndefined();
    expect(later.findings.map((f) => [f.ruleId, f.verdict, f.evidence.validFrom])).toEqual([
      ["profile.applies", "warning", "2019-01-01"],
    ]);
  });
});

describe("Roma participation with and without Linköping's profile", () => {
  const oneEach = meeting([
    { role: "roma-representative", count: 1, romaGroup: "swedish-roma" },
    { role: "roma-representative", count: 1, romaGroup: "finnish-roma" },
    { role: "official", count: 3 },
  ]);

  it("passes by default with two Roma representatives", () => {
    const [finding] = check({ meetings: [oneEach] }, { asOf: "2018-05-16", rules });
    expect(finding?.verdict).toBe("pass");
    expect(finding?.evidence.romaRepresentatives).toBe(2);
  });

  it("fails under the profile with fewer than two per group, listing the groups short", () => {
    const findings = check({ subject: "municipality-0580", meetings: [oneEach] }, { asOf: "2018-05-16", profile: linkoping, rules });
    const finding = findings.find((f) => f.ruleId === "consultation.roma-participation");
    expect(finding?.verdict).toBe("fail");
    expect(finding?.evidence.groupsShort).toEqual([
      { group: "swedish-roma", count: 1, required: 2 },
      { group: "finnish-roma", count: 1, required: 2 },
      { group: "travellers", count: 0, required: 2 },
      { group: "non-nordic-roma", count: 0, required: 2 },
      { group: "newly-arrived-roma", count: 0, required: 2 },
    ]);
    expect(finding?.basis).toContainEqual({ kind: "seed", file: "003_c330e8c89015faff.txt", locator: "två deltagare/romsk grupp" });
  });

  it("passes under the profile with two from each of the five groups", () => {
    const findings = check({ subject: "municipality-0580", meetings: [meeting(allGroupsTwice)] }, { asOf: "2018-05-16", profile: linkoping, rules });
    const finding = findings.find((f) => f.ruleId === "consultation.roma-participation");
    expect(finding?.verdict).toBe("pass");
    expect(finding?.evidence.romaRepresentatives).toBe(10);
  });

  it("cannot be loosened to zero Roma representatives", () => {
    const none = meeting([{ role: "official", count: 4 }]);
    const loose: LocalProfile = { ...linkoping, consultation: { representativesPerRomaGroup: 0 } };
    const findings = check({ subject: "municipality-0580", meetings: [none] }, { asOf: "2018-05-16", profile: loose, rules });
    expect(findings.map((f) => [f.subject.kind, f.ruleId, f.verdict])).toEqual([
      ["meeting", "consultation.roma-participation", "fail"],
      ["profile", "profile.tightens-only", "warning"],
      ["profile", "profile.valid", "pass"],
    ]);
  });
});
