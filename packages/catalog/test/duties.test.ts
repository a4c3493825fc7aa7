/**
 * The duties of lag (2009:724) that concern the Roma minority, as
 * effective-dated catalog data: what is known and in force as of a date,
 * over a window, per actor kind; the administrative-area duties marked as
 * never applying to Roma; and the checks of the entries.
 */
import { catalog, checkCatalog, citations, createCatalog, extendCatalog, getStatutoryDuty, statutoryDuties } from "@romsk-inkludering/catalog";
import { describe, expect, it } from "vitest";

const ids = (list: readonly { id: string }[]) => list.map((d) => d.id);

describe("statutoryDuties as of a date", () => {
  it("knows §§3, 4 and 5 from 1 January 2010, the day lag (2009:724) entered into force, and nothing before", () => {
    expect(statutoryDuties({ asOf: "2009-12-31" })).toEqual([]);
    expect(ids(statutoryDuties({ asOf: "2010-01-01" }))).toEqual(["sfs-2009-724-3", "sfs-2009-724-4", "sfs-2009-724-5"]);
  });

  it("knows §5's structured dialogue, §5 a and §5 b from 1 January 2019 (SFS 2018:1367), not on 31 December 2018", () => {
    expect(ids(statutoryDuties({ asOf: "2018-12-31" }))).toEqual(["sfs-2009-724-3", "sfs-2009-724-4", "sfs-2009-724-5"]);
    const in2019 = statutoryDuties({ asOf: "2019-01-01" });
    expect(in2019.map((d) => [d.section, d.introducedBy])).toEqual([
      ["3 §", "2009:724"],
      ["4 §", "2009:724"],
      ["5 §", "2009:724"],
      ["5 §", "2018:1367"],
      ["5 a §", "2018:1367"],
      ["5 b §", "2018:1367"],
    ]);
    expect(in2019.find((d) => d.id === "sfs-2009-724-5-structured-dialogue")?.amends).toBe("sfs-2009-724-5");
  });

  it("over Eskilstuna's year 2020: §§3, 4, 5, 5 a and 5 b with their SFS; the same window as of 2018 leaves out §5 a and §5 b", () => {
    const municipality = catalog.actors.find((a) => a.id === "municipality-0484");
    expect(municipality?.kind).toBe("municipality");
    const window = { actorKind: "municipality" as const, from: "2020-01-01", to: "2020-12-31" };
    const as2020 = statutoryDuties({ asOf: "2020-06-30", ...window });
    expect(as2020.map((d) => d.section)).toEqual(["3 §", "4 §", "5 §", "5 §", "5 a §", "5 b §"]);
    for (const duty of as2020) {
      expect(duty.sources.some((s) => s.kind === "sfs" && s.sfs === "2009:724")).toBe(true);
      expect(duty.ruleId).toMatch(/^minority-act\./);
    }
    expect(as2020.filter((d) => d.introducedBy === "2018:1367").every((d) => d.sources.some((s) => s.kind === "sfs" && s.sfs === "2018:1367"))).toBe(true);
    const as2018 = statutoryDuties({ asOf: "2018-06-30", ...window });
    expect(as2018.map((d) => d.section)).toEqual(["3 §", "4 §", "5 §"]);
  });

  it("a window lists a duty in force on any of its days; a window before 2010 lists none", () => {
    expect(ids(statutoryDuties({ asOf: "2026-01-01", from: "2018-12-31", to: "2018-12-31" }))).toEqual(["sfs-2009-724-3", "sfs-2009-724-4", "sfs-2009-724-5"]);
    expect(ids(statutoryDuties({ asOf: "2026-01-01", from: "2018-12-31", to: "2019-01-01" }))).toHaveLength(6);
    expect(statutoryDuties({ asOf: "2026-01-01", from: "2000-01-01", to: "2009-12-31" })).toEqual([]);
  });

  it("filters by actor kind: §5 b is the municipalities' and regions'; an agency owes §§3, 4, 5 and 5 a; a Roma organisation owes none", () => {
    expect(ids(statutoryDuties({ asOf: "2020-01-01", actorKind: "region" }))).toContain("sfs-2009-724-5-b");
    expect(ids(statutoryDuties({ asOf: "2020-01-01", actorKind: "agency" }))).toEqual([
      "sfs-2009-724-3",
      "sfs-2009-724-4",
      "sfs-2009-724-5",
      "sfs-2009-724-5-structured-dialogue",
      "sfs-2009-724-5-a",
    ]);
    expect(statutoryDuties({ asOf: "2020-01-01", actorKind: "roma-organisation" })).toEqual([]);
  });

  it("never lists §§6–18: Romani chib has no administrative area, and the entry says so", () => {
    expect(statutoryDuties({ asOf: "2026-01-01" }).some((d) => d.section === "6–18 §§")).toBe(false);
    const areas = getStatutoryDuty("sfs-2009-724-6-18");
    expect(areas?.appliesToRoma).toBe(false);
    expect(areas?.ruleId).toBeNull();
    expect(areas?.notApplicableReason?.sv).toContain("Romani chib har inget förvaltningsområde");
    expect(areas?.sources.some((s) => s.kind === "facts" && s.note?.includes("Romani chib has no administrative area"))).toBe(true);
  });

  it("uses the bound date of createCatalog, and a date given in the call wins", () => {
    const dated = createCatalog(catalog, { asOf: "2018-06-01" });
    expect(dated.statutoryDuties()).toHaveLength(3);
    expect(dated.statutoryDuties({ asOf: "2019-06-01" })).toHaveLength(6);
    expect(dated.getStatutoryDuty("sfs-2009-724-5-a")?.validFrom).toBe("2019-01-01");
  });

  it("rejects a malformed date, half a window and a window that ends before it starts, naming the value", () => {
    expect(() => statutoryDuties({ asOf: "2019-02-30" })).toThrow(/statutoryDuties: options.asOf/);
    expect(() => statutoryDuties()).toThrow(RangeError);
    expect(() => statutoryDuties({ asOf: "2020-01-01", from: "2020-01-01" })).toThrow(/options.from and options.to go together/);
    expect(() => statutoryDuties({ asOf: "2020-01-01", from: "2020-12-31", to: "2020-01-01" })).toThrow(/2020-12-31 is after options.to 2020-01-01/);
    expect(() => statutoryDuties({ asOf: "2020-01-01", from: "2020-13-01", to: "2020-12-31" })).toThrow(/options.from/);
  });

  it("returns frozen entries and an unknown id gives undefined", () => {
    expect(Object.isFrozen(statutoryDuties({ asOf: "2020-01-01" }))).toBe(true);
    expect(Object.isFrozen(getStatutoryDuty("sfs-2009-724-3"))).toBe(true);
    expect(getStatutoryDuty("sfs-2009-724-5-c")).toBeUndefined();
  });
});

describe("the duties as catalog entries", () => {
  it("every duty cites lag (2009:724) and a FACTS.md section, and its citations are listed", () => {
    for (const duty of catalog.statutoryDuties) {
      expect(duty.sources.some((s) => s.kind === "facts")).toBe(true);
      expect(duty.sources.some((s) => s.kind === "sfs" && s.sfs === "2009:724")).toBe(true);
    }
    expect([...new Set(citations({ entryKind: "statutory-duty" }).map((c) => c.entry.id))]).toEqual(ids(catalog.statutoryDuties));
  });

  it("checkCatalog finds an amendment of an unknown duty, a bad SFS number and a duty not applying to Roma without a reason", () => {
    const base = catalog.statutoryDuties.find((d) => d.id === "sfs-2009-724-5-structured-dialogue");
    expect(base).toBeDefined();
    if (base === undefined) return;
    const extended = extendCatalog(catalog, {
      statutoryDuties: [
        { ...base, id: "example-amendment", amends: "sfs-2009-724-9", introducedBy: "SFS 2018:1367" },
        { ...base, id: "example-not-roma", appliesToRoma: false },
      ],
    });
    const result = checkCatalog(extended);
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues.filter((i) => i.entry.kind === "statutory-duty").map((i) => [i.entry.id, i.path.join("."), i.code]);
    expect(issues).toEqual([
      ["example-amendment", "introducedBy", "invalid-sfs-number"],
      ["example-not-roma", "notApplicableReason", "missing-reason"],
      ["example-amendment", "amends", "unknown-reference"],
    ]);
  });
});
