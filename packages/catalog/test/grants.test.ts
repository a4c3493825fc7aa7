import { describe, expect, it } from "vitest";
import { statutoryDeadline } from "@romsk-inkludering/calendar";
import { catalog, checkCatalog, citations, createCatalog, extendCatalog, grantRounds, grantSchemes } from "../src/index.js";

describe("the state grant, förordning (2022:259)", () => {
  it("has the six rounds of the sources, each with a day-precise known-from date", () => {
    const [scheme] = grantSchemes();
    expect(scheme?.sfs).toBe("2022:259");
    expect(scheme?.rounds.map((r) => [r.deadline, r.decided.on])).toEqual([
      ["2022-11-13", "2022-09-07"],
      ["2023-02-01", "2022-09-07"],
      ["2023-06-01", "2022-09-07"],
      ["2023-10-01", "2022-09-07"],
      ["2024-04-15", "2024-02-20"],
      ["2025-04-15", "2024-02-20"],
    ]);
    for (const r of scheme?.rounds ?? []) {
      expect(r.decided.precision ?? "day").toBe("day");
      expect(r.sources.length).toBeGreaterThan(0);
    }
  });

  it("names the four criteria with stable ids, sv and en titles and sources", () => {
    const criteria = grantSchemes()[0]?.criteria ?? [];
    expect(criteria.map((c) => c.id)).toEqual(["long-term-effect", "national-spread", "anchoring-among-roma", "roma-women-and-children"]);
    expect(criteria.find((c) => c.id === "roma-women-and-children")?.title.sv).toBe("Insatser som involverar romska kvinnor och barn");
    for (const c of criteria) expect(c.title.en.length).toBeGreaterThan(10);
  });

  it("knows nothing of the grant before the föreskrift's decision day", () => {
    expect(grantSchemes({ asOf: "2022-09-06" })).toEqual([]);
    expect(grantRounds({ asOf: "2022-09-06" })).toEqual([]);
    expect(grantRounds({ asOf: "2022-09-07" }).map((r) => r.id)).toEqual([
      "grant-round-2022-11-13",
      "grant-round-2023-02-01",
      "grant-round-2023-06-01",
      "grant-round-2023-10-01",
    ]);
  });

  it("knows the 2024 and 2025 rounds only from 2024-02-20", () => {
    expect(grantRounds({ asOf: "2024-02-19", from: "2024-01-01" })).toEqual([]);
    expect(grantRounds({ asOf: "2024-02-20", from: "2024-01-01" }).map((r) => [r.deadline, r.closed])).toEqual([
      ["2024-04-15", false],
      ["2025-04-15", false],
    ]);
  });

  it("closes a round the day after its deadline, not on it", () => {
    const on = grantRounds({ asOf: "2023-02-01", from: "2023-02-01", to: "2023-02-01" });
    const after = grantRounds({ asOf: "2023-02-02", from: "2023-02-01", to: "2023-02-01" });
    expect([on[0]?.closed, after[0]?.closed]).toEqual([false, true]);
  });

  it("applies lag (1930:173) §2 only under the setting: 13 Nov 2022 is a Sunday", () => {
    expect(statutoryDeadline("2022-11-13")).toBe("2022-11-14");
    const plain = grantRounds({ asOf: "2022-11-14", to: "2022-11-30" })[0];
    const shifted = grantRounds({ asOf: "2022-11-14", to: "2022-11-30", applyStatutoryShift: true })[0];
    expect([plain?.due, plain?.closed]).toEqual(["2022-11-13", true]);
    expect([shifted?.due, shifted?.closed]).toEqual(["2022-11-14", false]);
  });

  it("expresses a transfer of the grantor as data, known only from its decision", () => {
    const base = grantSchemes()[0];
    if (base === undefined) throw new Error("no scheme");
    const transferred = extendCatalog(catalog, {
      grantSchemes: [
        {
          ...base,
          grantor: [
            base.grantor[0]!,
            {
              validFrom: "2025-01-01",
              value: "mucf",
              decided: { on: "2024-10-15", sources: [{ kind: "facts", section: "Dates checked against public sources (added after the first release)", note: "An illustrative transfer." }] },
              sources: [{ kind: "facts", section: "Dates checked against public sources (added after the first release)" }],
            },
          ],
        },
      ],
    });
    expect(checkCatalog(transferred)).toEqual({ success: true });
    const accessors = createCatalog(transferred);
    const round2025 = (asOf: string) => accessors.grantRounds({ asOf, from: "2025-01-01" })[0]?.grantorId;
    expect(round2025("2024-10-14")).toBe("lansstyrelsen-stockholm");
    expect(round2025("2024-10-15")).toBe("mucf");
    expect(accessors.grantRounds({ asOf: "2024-10-15", from: "2024-01-01", to: "2024-12-31" })[0]?.grantorId).toBe("lansstyrelsen-stockholm");
  });

  it("is checked and cited like every other entry", () => {
    expect(checkCatalog(catalog)).toEqual({ success: true });
    const cited = citations({ entryKind: "grant-scheme" });
    expect(cited.some((c) => c.source.kind === "sfs" && c.source.sfs === "2022:259")).toBe(true);
    const broken = extendCatalog(catalog, { grantSchemes: [{ ...grantSchemes()[0]!, grantor: [{ validFrom: "2022-09-07", value: "nobody" }] }] });
    const result = checkCatalog(broken);
    expect(result.success ? [] : result.issues.map((i) => [i.entry.kind, i.code, i.message.en])).toEqual([["grant-scheme", "unknown-reference", "Unknown actor: nobody."]]);
  });

  it("throws a RangeError naming the option for a bad date", () => {
    expect(() => grantRounds({ asOf: "2023-13-01" })).toThrow(/grantRounds: options.asOf/);
  });
});
