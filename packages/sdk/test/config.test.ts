/**
 * The options of createClient are checked when the client is made, and
 * every issue is reported at once: a custom catalog entry by entry, the
 * profile, the date and the threshold.
 */
import { describe, expect, it } from "vitest";
import {
  catalog,
  ClientConfigError,
  createClient,
  createClientSafe,
  extendCatalog,
  type Catalog,
  type ClientIssue,
  type Commission,
  type Indicator,
  type LocalProfile,
} from "../src/index.js";
import { LAW, ownCommission } from "./fixtures.js";

const VALID_OWN = ownCommission({
  id: "helsingborg-inclusion-2021",
  code: "1283",
  place: "Helsingborg",
  period: { from: "2021-01-01", to: "2021-12-31" },
  deliverableId: "helsingborg-follow-up",
  due: { kind: "yearly", month: 4, day: 30, fromYear: 2021, toYear: 2023 },
});

/** A municipality's own commission with three mistakes: an unknown assignee, a period backwards, a deliverable due on 31 April. */
const BROKEN_COMMISSION = {
  ...VALID_OWN,
  assigneeId: "helsingborgs-stad",
  period: { from: "2021-12-31", to: "2021-01-01" },
  parts: VALID_OWN.parts.map((part) => ({
    ...part,
    deliverables: part.deliverables.map((d) => ({ ...d, due: { ...d.due, day: 31 } })),
  })),
} as unknown as Commission;

/** A second commission reusing a deliverable id of the shipped catalog (groundwork-report, lansstyrelsen-stockholm-2012). */
const DUPLICATE_DELIVERABLE = ownCommission({
  id: "helsingborg-groundwork",
  code: "1283",
  place: "Helsingborg",
  period: { from: "2021-01-01", to: "2021-12-31" },
  deliverableId: "groundwork-report",
  due: { kind: "fixed", date: "2021-09-01" },
});

const broken = extendCatalog(catalog, { commissions: [BROKEN_COMMISSION, DUPLICATE_DELIVERABLE] });

function summary(issues: readonly ClientIssue[]): string[][] {
  return issues.map((i) => [i.option, i.entry === undefined ? "" : `${i.entry.kind}:${i.entry.id}`, i.path.join("."), i.code]);
}

describe("a custom catalog", () => {
  it("is checked entry by entry, with every issue in one ClientConfigError", () => {
    let caught: unknown;
    try {
      createClient({ catalog: broken });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ClientConfigError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as ClientConfigError;
    expect(error.name).toBe("ClientConfigError");
    expect(summary(error.issues)).toEqual([
      ["catalog", "commission:helsingborg-inclusion-2021", "parts.0.deliverables.0.due.day", "yearly-date"],
      ["catalog", "commission:helsingborg-inclusion-2021", "period.to", "period-order"],
      ["catalog", "commission:helsingborg-inclusion-2021", "assigneeId", "unknown-reference"],
      ["catalog", "commission:helsingborg-groundwork", "parts.0.deliverables.0.id", "duplicate-id"],
    ]);
    // One line per issue in the message, naming the entry, the path and the value.
    expect(error.message.split("\n")).toHaveLength(1 + 4);
    expect(error.message).toMatch(/^createClient: 4 problems in the options:\n/);
    expect(error.message).toContain('catalog (commission "helsingborg-inclusion-2021") at assigneeId: Unknown actor: helsingborgs-stad. [unknown-reference]');
    expect(error.message).toContain('catalog (commission "helsingborg-inclusion-2021") at period.to: The end date 2021-01-01 is before the start date 2021-12-31. [period-order]');
  });

  it("gives the same issues as a result from createClientSafe, with Swedish messages too", () => {
    const result = createClientSafe({ catalog: broken });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues;
    expect(issues).toHaveLength(4);
    expect(issues.find((i) => i.code === "unknown-reference")?.message).toEqual({
      sv: "Okänd aktör: helsingborgs-stad.",
      en: "Unknown actor: helsingborgs-stad.",
    });
  });

  it("reports issues of the catalog, the profile, the date and the threshold together", () => {
    const profile = { id: "Helsingborg", name: "Profil", deadlines: { dueSoonDays: -3 } } as unknown as LocalProfile;
    const result = createClientSafe({ catalog: broken, profile, asOf: "2021-02-29", suppressionThreshold: 2.5 });
    const issues = result.success ? [] : result.issues;
    expect([...new Set(issues.map((i) => i.option))]).toEqual(["asOf", "catalog", "profile", "suppressionThreshold"]);
    expect(summary(issues.filter((i) => i.option !== "catalog"))).toEqual([
      ["asOf", "", "", "invalid-date"],
      ["profile", "", "deadlines.dueSoonDays", "too-small"],
      ["profile", "", "id", "invalid-id"],
      ["suppressionThreshold", "", "", "invalid-threshold"],
    ]);
    expect(issues.find((i) => i.option === "suppressionThreshold")?.message.en).toBe("suppressionThreshold must be an integer ≥ 0, got 2.5.");
  });

  it("accepts a valid extension: a municipality's own indicator-free commission and profile", () => {
    const youth: LocalProfile = { id: "helsingborg-youth", actorId: "municipality-1283", name: "Samråd med unga", consultation: { requireYouth: true }, sources: LAW };
    const extended = extendCatalog(catalog, { localProfiles: [youth] });
    const client = createClient({ catalog: extended, profile: "helsingborg-youth" });
    expect(client.profile?.consultation?.requireYouth).toBe(true);
    expect(client.catalog.localProfiles().map((p) => p.id)).toEqual(["linkoping-consultation", "helsingborg-youth"]);
  });

  it("rejects an extension entry without sources", () => {
    const extended = extendCatalog(catalog, { localProfiles: [{ id: "no-source", name: "Utan källa" }] });
    const result = createClientSafe({ catalog: extended });
    expect(result.success ? [] : summary(result.issues)).toEqual([["catalog", "local-profile:no-source", "sources", "missing-source"]]);
  });

  it("names the missing lists of something that is not a catalog, instead of crashing", () => {
    const { commissions: _commissions, actors: _actors, ...partial } = catalog;
    const result = createClientSafe({ catalog: partial as unknown as Catalog });
    expect(result.success ? [] : summary(result.issues)).toEqual([
      ["catalog", "", "actors", "invalid-catalog"],
      ["catalog", "", "commissions", "invalid-catalog"],
    ]);
    const notAnObject = createClientSafe({ catalog: "catalog.json" as unknown as Catalog });
    expect(notAnObject.success ? [] : notAnObject.issues.map((i) => i.message.en)).toEqual(['The catalog must be an object, got "catalog.json".']);
  });

  it("reports a catalog whose entries are not objects as one issue, instead of throwing", () => {
    const result = createClientSafe({ catalog: { ...catalog, actors: [null] } as unknown as Catalog, asOf: "2012-13-01" });
    expect(result.success ? [] : summary(result.issues)).toEqual([
      ["asOf", "", "", "invalid-date"],
      ["catalog", "", "", "invalid-catalog"],
    ]);
    expect(result.success ? "" : result.issues[1]?.message.en).toMatch(/^The catalog could not be checked: /);
  });

  it("does not check the shipped catalog again (it is the same object)", () => {
    const client = createClient({ catalog });
    expect(client.catalog.data).toBe(catalog);
  });
});

describe("the profile", () => {
  it("is validated with the model: an unknown key and a Roma group that does not exist", () => {
    const profile = { id: "x", name: "X", consultation: { romaGroups: ["swedish-roma", "roma"] }, extra: true } as unknown as LocalProfile;
    const result = createClientSafe({ profile });
    expect(result.success ? [] : summary(result.issues)).toEqual([
      ["profile", "", "consultation.romaGroups.1", "invalid-value"],
      ["profile", "", "extra", "unknown-key"],
    ]);
  });

  it("given by id, must be in the catalog", () => {
    const result = createClientSafe({ profile: "linkoping" });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.message.en])).toEqual([
      ["unknown-profile", 'The catalog has no local profile "linkoping"; known profiles: linkoping-consultation.'],
    ]);
  });

  it("must name an actor the catalog knows", () => {
    const result = createClientSafe({ profile: { id: "x", actorId: "municipality-9999", name: "X" } });
    expect(result.success ? [] : summary(result.issues)).toEqual([["profile", "", "actorId", "unknown-reference"]]);
  });
});

describe("the other options", () => {
  it("rejects options that are not an object", () => {
    const result = createClientSafe("2014-05-01" as unknown as object);
    expect(result.success ? [] : summary(result.issues)).toEqual([["options", "", "", "invalid-options"]]);
  });

  it("checks the options with one zod schema: each issue names the option and the bad value, in Swedish and English", () => {
    const result = createClientSafe({ asOf: "2014-13-01", profile: 7, catalog: [], suppressionThreshold: -1 } as never);
    const issues = result.success ? [] : result.issues;
    expect(issues.map((i) => [i.option, i.code, i.message.en])).toEqual([
      ["asOf", "invalid-date", 'Expected a real calendar date YYYY-MM-DD in the years 1900–2200 (got "2014-13-01").'],
      ["catalog", "invalid-catalog", "The catalog must be an object, got an array."],
      ["profile", "invalid-profile", "profile must be a local profile (an object) or the id of a profile in the catalog, got 7."],
      ["suppressionThreshold", "invalid-threshold", "suppressionThreshold must be an integer ≥ 0, got -1."],
    ]);
    expect(issues.map((i) => i.message.sv)).toEqual([
      'Väntade ett verkligt datum ÅÅÅÅ-MM-DD under åren 1900–2200 (fick "2014-13-01").',
      "Katalogen ska vara ett objekt, fick en lista.",
      "profile ska vara en lokal profil (ett objekt) eller id:t för en profil i katalogen, fick 7.",
      "suppressionThreshold ska vara ett heltal ≥ 0, fick -1.",
    ]);
    const none = createClientSafe(null as never);
    expect(none.success ? [] : none.issues.map((i) => [i.option, i.code, i.message.en])).toEqual([["options", "invalid-options", "The options must be an object, got null."]]);
  });

  it("accepts no options at all, and a threshold of 0", () => {
    expect(createClientSafe().success).toBe(true);
    expect(createClient({ suppressionThreshold: 0 }).suppressionThreshold).toBe(0);
  });

  it("validates a municipality's own indicator through the client (Kolada KPI N09801)", () => {
    const indicator: Indicator = {
      id: "helsingborg-library-loans",
      name: { sv: "Lån från bibliotek", en: "Library loans" },
      areaId: "culture-language",
      unit: "per-capita",
      direction: "higher-is-better",
      population: "general",
      disaggregations: ["municipality"],
      source: { kind: "kolada", kpi: "N09801" },
      sources: [{ kind: "facts", section: "Indicator sources (for the indicator catalog)" }],
    };
    const client = createClient();
    expect(client.validate("indicator", indicator).success).toBe(true);
    const bad = client.validate("indicator", { ...indicator, source: { kind: "kolada", kpi: "9801" } });
    expect(bad.success ? [] : bad.issues.map((i) => [i.path.join("."), i.code])).toEqual([["source.kpi", "invalid-kpi"]]);
  });
});
