import type { FundingApplication } from "@romsk-inkludering/model";
import { check, defaultCatalog } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";

const rules = ["funding.budget-arithmetic"];
const seed004 = { kind: "seed" as const, file: "004_f723fd64a64a7139.txt", locator: "Medel från Länsstyrelsen i Stockholms län" };

/** Seed 004, Förslag 1 and Förslag 2 (written out here as the seed gives them). */
const proposal1: FundingApplication = {
  id: "national-network-proposal-1",
  applicantId: "malardalen-network",
  grantorId: "lansstyrelsen-stockholm",
  title: "Nationellt nätverk för romers inkludering, förslag 1",
  totalSek: 330_000,
  budgetLines: [
    { description: "20 % tjänstemannatid per år, för samordning (inkl. PO-pålägg)", amountSek: 130_000 },
    { description: "Dokumentation och spridning", amountSek: 100_000 },
    { description: "Kunskapsseminarier och konferenser", amountSek: 100_000 },
  ],
  sources: [seed004],
};
const proposal2: FundingApplication = {
  id: "national-network-proposal-2",
  applicantId: "malardalen-network",
  grantorId: "lansstyrelsen-stockholm",
  title: "Nationellt nätverk för romers inkludering, förslag 2",
  totalSek: 230_000,
  budgetLines: [
    { description: "20 % tjänstemannatid per år (inkl. PO-pålägg)", amountSek: 130_000 },
    { description: "Dokumentation och spridning", amountSek: 100_000 },
  ],
  sources: [seed004],
};

describe("funding.budget-arithmetic (seed 004's proposals)", () => {
  it("passes 330 000 kr and 230 000 kr", () => {
    const findings = check({ fundingApplications: [proposal2, proposal1] }, { asOf: "2012-12-31", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict, f.evidence.totalSek, f.evidence.sumSek, f.evidence.differenceSek])).toEqual([
      ["national-network-proposal-1", "pass", 330_000, 330_000, 0],
      ["national-network-proposal-2", "pass", 230_000, 230_000, 0],
    ]);
    expect(findings[0]?.message.sv).toContain("330 000 kr");
    expect(findings[0]?.basis).toContainEqual(seed004);
  });

  it("cites seed 004 as stating the line amounts only, quoted with the OCR errors corrected, not totals", () => {
    const [finding] = check({ fundingApplications: [proposal1] }, { asOf: "2012-12-31", rules });
    const basis = finding?.basis.find((s) => s.kind === "seed" && s.file === "004_f723fd64a64a7139.txt" && s.locator === "Medel från Länsstyrelsen i Stockholms Län");
    const note = basis?.note ?? "";
    expect(note).toContain("states the line amounts only, no totals");
    // The seed's OCR reads "20 % tjanstemannatid per ar, f6r samordning 130 000 kr (inkl PO példgg)".
    expect(note).toContain("\"20 % tjänstemannatid per år, för samordning 130 000 kr (inkl PO pålägg)\"");
    expect(note).toContain("\"20 % tjänstemanna tid per år 130 000 kr (inkl PO pålägg)\"");
    expect(note).not.toMatch(/"[^"]*330 000[^"]*"/);
  });

  it("fails a tampered total with the difference in the evidence", () => {
    const tampered = { ...proposal1, totalSek: 340_000 };
    const [finding] = check({ fundingApplications: [tampered] }, { asOf: "2012-12-31", rules });
    expect(finding?.verdict).toBe("fail");
    expect(finding?.evidence).toMatchObject({ totalSek: 340_000, sumSek: 330_000, differenceSek: 10_000, amountsSek: [130_000, 100_000, 100_000] });
    expect(finding?.message.sv).toContain("skillnad 10 000 kr");
    expect(finding?.message.en).toContain("difference SEK 10,000");
  });

  it("fails a dropped budget line (total above the lines)", () => {
    const dropped = { ...proposal1, budgetLines: proposal1.budgetLines.slice(0, 2) };
    const [finding] = check({ fundingApplications: [dropped] }, { asOf: "2012-12-31", rules });
    expect([finding?.verdict, finding?.evidence.differenceSek]).toEqual(["fail", 100_000]);
  });

  it("checks the catalog's applications of the subject, whose totals add up", () => {
    const catalogApplications = defaultCatalog.fundingApplications();
    expect(catalogApplications.map((a) => a.totalSek).sort()).toEqual(expect.arrayContaining([230_000, 330_000]));
    const applicant = catalogApplications[0]?.applicantId ?? "";
    const findings = check({ subject: applicant }, { asOf: "2012-12-31", rules });
    const expected = catalogApplications.filter((a) => a.applicantId === applicant).length;
    expect(findings).toHaveLength(expected);
    expect(findings.every((f) => f.verdict === "pass")).toBe(true);
  });

  it("has nothing to check without applications", () => {
    expect(check({}, { asOf: "2012-12-31", rules })).toEqual([]);
  });
});
