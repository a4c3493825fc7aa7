import { describe, expect, it } from "vitest";
import {
  ACTIVITY_KIND_LABELS,
  ActivityKindSchema,
  ACTOR_KIND_LABELS,
  ActorKindSchema,
  AREA_LABELS,
  AreaIdSchema,
  capitalised,
  CONTENT_REQUIREMENT_LABELS,
  ContentRequirementSchema,
  GENDER_LABELS,
  GenderSchema,
  isInForce,
  MEETING_KIND_LABELS,
  MeetingKindSchema,
  overlaps,
  PARTICIPANT_ROLE_LABELS,
  ParticipantRoleSchema,
  ROMA_GROUP_LABELS,
  RomaGroupIdSchema,
  valueAsOf,
} from "@romsk-inkludering/model";

// The pilot programme (seed 000): 2012-01-01 to 2015-12-31; lag 2009:724 §5 b from 2019-01-01 (SFS 2018:1367).
const pilot = { validFrom: "2012-01-01", validTo: "2015-12-31" };
const goalsAndGuidelines = { validFrom: "2019-01-01" };

describe("isInForce", () => {
  it("includes both bounds and leaves an absent bound open", () => {
    expect(["2011-12-31", "2012-01-01", "2014-06-30", "2015-12-31", "2016-01-01"].map((d) => isInForce(pilot, d))).toEqual([false, true, true, true, false]);
    expect([isInForce(goalsAndGuidelines, "2018-12-31"), isInForce(goalsAndGuidelines, "2019-01-01"), isInForce(goalsAndGuidelines, "2032-12-31")]).toEqual([false, true, true]);
    expect(isInForce({ validTo: "2013-12-31" }, "1900-01-01")).toBe(true);
    expect(isInForce({}, "2200-12-31")).toBe(true);
  });

  it("throws a RangeError naming an asOf that is no real date", () => {
    expect(() => isInForce(pilot, "2013-02-29")).toThrow(new RangeError('isInForce: asOf must be an ISO date YYYY-MM-DD, got "2013-02-29"'));
    expect(() => isInForce(pilot, undefined as unknown as string)).toThrow(/got undefined/);
  });
});

describe("overlaps", () => {
  const year = (y: number) => ({ validFrom: `${y}-01-01`, validTo: `${y}-12-31` });
  it("is true when the spans share a day, bounds inclusive", () => {
    expect([2011, 2012, 2015, 2016].map((y) => overlaps(pilot, year(y)))).toEqual([false, true, true, false]);
    expect(overlaps({ validTo: "2012-01-01" }, year(2012))).toBe(true);
    expect(overlaps({ validFrom: "2012-12-31" }, year(2012))).toBe(true);
    expect(overlaps({}, {})).toBe(true);
  });

  it("is symmetric and agrees with isInForce on one-day spans", () => {
    const spans = [pilot, goalsAndGuidelines, {}, { validTo: "2013-04-15" }, year(2013), year(2019)];
    for (const a of spans) for (const b of spans) expect(overlaps(a, b)).toBe(overlaps(b, a));
    for (const day of ["2011-12-31", "2012-01-01", "2015-12-31", "2016-01-01", "2019-01-01"]) {
      for (const span of spans) expect(overlaps(span, { validFrom: day, validTo: day })).toBe(isInForce(span, day));
    }
  });
});

describe("valueAsOf", () => {
  it("picks the value that started last among those in force", () => {
    const names = [
      { validFrom: "2012-01-01", value: "Sveriges Kommuner och Landsting" },
      { validFrom: "2019-11-27", value: "Sveriges Kommuner och Regioner" },
    ];
    expect([valueAsOf(names, "2019-11-26"), valueAsOf(names, "2019-11-27"), valueAsOf(names, "2011-12-31")]).toEqual([
      "Sveriges Kommuner och Landsting",
      "Sveriges Kommuner och Regioner",
      undefined,
    ]);
  });

  it("rejects a date-shaped asOf that is no real date", () => {
    expect(() => valueAsOf([], "2023-02-29")).toThrow(/valueAsOf: asOf must be an ISO date YYYY-MM-DD, got "2023-02-29"/);
  });
});

describe("enum labels", () => {
  const cases = [
    ["AREA_LABELS", AreaIdSchema.options, AREA_LABELS],
    ["ROMA_GROUP_LABELS", RomaGroupIdSchema.options, ROMA_GROUP_LABELS],
    ["ACTOR_KIND_LABELS", ActorKindSchema.options, ACTOR_KIND_LABELS],
    ["ACTIVITY_KIND_LABELS", ActivityKindSchema.options, ACTIVITY_KIND_LABELS],
    ["MEETING_KIND_LABELS", MeetingKindSchema.options, MEETING_KIND_LABELS],
    ["PARTICIPANT_ROLE_LABELS", ParticipantRoleSchema.options, PARTICIPANT_ROLE_LABELS],
    ["CONTENT_REQUIREMENT_LABELS", ContentRequirementSchema.options, CONTENT_REQUIREMENT_LABELS],
    ["GENDER_LABELS", GenderSchema.options, GENDER_LABELS],
  ] as const;

  it("name every value of their enum, in both languages, and nothing else", () => {
    for (const [name, values, labels] of cases) {
      expect(Object.keys(labels).sort(), name).toEqual([...values].sort());
      for (const label of Object.values(labels)) {
        expect(label.sv.length, name).toBeGreaterThan(0);
        expect(label.en.length, name).toBeGreaterThan(0);
      }
      expect(Object.isFrozen(labels), name).toBe(true);
    }
  });

  it("give the seeds' Swedish names, and one English name for the civil-society area", () => {
    expect(Object.values(AREA_LABELS).map((l) => capitalised(l).sv)).toEqual([
      "Utbildning",
      "Arbete",
      "Bostad",
      "Hälsa, social omsorg och trygghet",
      "Kultur och språk",
      "Civilsamhällets organisering",
    ]);
    expect(AREA_LABELS["civil-society"].en).toBe("organisation of civil society");
    expect(capitalised(ROMA_GROUP_LABELS["non-nordic-roma"])).toEqual({ sv: "Utomnordiska romer", en: "Non-Nordic Roma" });
  });
});
