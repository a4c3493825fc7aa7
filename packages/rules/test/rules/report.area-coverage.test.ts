import type { Activity, AnnualReport } from "@romsk-inkludering/model";
import { check } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

const rules = ["report.area-coverage"];

/** Seed 002's activities: health inspirers, bridge builders, homework support, mother-tongue tuition in romani chib. */
const activity = (id: string, kind: Activity["kind"], areas: Activity["areas"]): Activity => ({
  id,
  actorId: "municipality-2180",
  areas,
  kind,
  title: id,
  period: { from: "2017-01-01", to: "2017-12-31" },
  outputs: [],
});

const report = (areas: AnnualReport["areas"], activities: Activity[], extra: Partial<AnnualReport> = {}): AnnualReport => ({
  id: "municipality-2180-2017",
  year: 2017,
  actorId: "municipality-2180",
  reporterKind: "municipality",
  submittedOn: "2018-02-15",
  areas,
  activities,
  consultations: [],
  observations: [],
  problems: [],
  proposals: [],
  ...extra,
});

describe("report.area-coverage", () => {
  const health = activity("halsoinspiratorer-2017", "health-inspirers", ["health-social-care-safety"]);
  const bridge = activity("brobyggare-2017", "bridge-building", ["employment", "education"]);

  it("passes when every activity area is in the report and every report area has content", () => {
    const [finding] = check({ reports: [report(["education", "employment", "health-social-care-safety"], [health, bridge])] }, { asOf: "2018-04-15", rules });
    expect(finding?.verdict).toBe("pass");
    expect(finding?.evidence).toMatchObject({
      reportAreas: ["education", "employment", "health-social-care-safety"],
      activityAreas: ["education", "employment", "health-social-care-safety"],
      areasMissingFromReport: [],
      areasWithoutContent: [],
    });
  });

  it("fails when an activity's area is missing from the report, and when a report area has nothing", () => {
    const [finding] = check({ reports: [report(["health-social-care-safety", "housing"], [health, bridge])] }, { asOf: "2018-04-15", rules });
    expect(finding?.verdict).toBe("fail");
    expect(finding?.evidence).toMatchObject({ areasMissingFromReport: ["education", "employment"], areasWithoutContent: ["housing"] });
    expect(finding?.message.sv).toBe(
      "Årsrapporten för 2017: insatser inom utbildning och arbete saknas bland rapportens områden; området bostad saknar innehåll.",
    );
  });

  it("counts a problem or proposal tied to an area as content", () => {
    const withProblem = report(["health-social-care-safety", "housing"], [health], {
      problems: [{ areaId: "housing", text: "Svårt att nå ut i bostadsfrågor." }],
    });
    const [finding] = check({ reports: [withProblem] }, { asOf: "2018-04-15", rules });
    expect(finding?.verdict).toBe("pass");
    expect(finding?.evidence.contentPerArea).toEqual({
      "health-social-care-safety": { activities: 1, statements: 0, consultations: 0 },
      housing: { activities: 0, statements: 1, consultations: 0 },
    });
  });

  it("does not check a report not yet submitted as of asOf", () => {
    expect(check({ reports: [report(["housing"], [])] }, { asOf: "2018-02-14", rules })).toEqual([]);
  });

  it("warns about a report with no areas and no activities", () => {
    const [finding] = check({ reports: [report([], [])] }, { asOf: "2018-04-15", rules });
    expect(finding?.verdict).toBe("warning");
  });
});
