/**
 * The zod-free checks (src/checks.ts, the subpath `@romsk-inkludering/model/scan`):
 * `containsPersonalData` is the three personal-data detectors at once, on
 * every string the fuzz and differential tests use and on full-width and
 * long texts.
 */
import { describe, expect, it } from "vitest";
import { containsEmailAddress, containsPersonalIdentityNumber, containsPhoneNumber } from "@romsk-inkludering/model";
import { containsPersonalData, MAX_DEPTH, MAX_NODES, refinementNotes } from "@romsk-inkludering/model/scan";
import { EDGE_STRINGS } from "./mutants.js";

const texts = [
  ...EDGE_STRINGS,
  "Kontakt 19121212-1212",
  "Kontakt １９１２１２１２－１２１２",
  "Mejla anna＠kommun．se",
  "Ring +46 8 123 456 78",
  "Budget 130 000 kr för 2012–2015, SFS 2009:724",
  "Samråd 2019-03-01, dnr Ku2019/02101/CSM",
  "municipality-2180",
  "n03926",
  "😀".repeat(9_990) + " 070-123 45 67",
  "a".repeat(10_001) + " 070-123 45 67",
];

describe("the model's zod-free checks", () => {
  it("containsPersonalData is true exactly when one of the three detectors is", () => {
    const either = (t: string): boolean => containsPersonalIdentityNumber(t) || containsEmailAddress(t) || containsPhoneNumber(t);
    expect(texts.filter((t) => containsPersonalData(t) !== either(t))).toEqual([]);
    expect(texts.filter(containsPersonalData).length).toBeGreaterThan(8);
  });

  it("exposes the limits and the notes the JSON Schemas carry", () => {
    expect([MAX_DEPTH, MAX_NODES]).toEqual([100, 2_000_000]);
    expect(Object.keys(refinementNotes)).toContain("personal-identity-number");
  });
});
