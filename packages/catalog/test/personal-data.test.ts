/**
 * No personal data anywhere in the catalog: every string is scanned for
 * e-mail addresses, phone numbers, personal identity numbers and the names
 * of the people who appear in the seeds.
 */
import { containsPersonalIdentityNumber } from "@romsk-inkludering/model";
import { catalog } from "@romsk-inkludering/catalog";
import { describe, expect, it } from "vitest";

/**
 * The denylist: the people named in the seed documents (contacts, speakers
 * and editors). The catalog records roles only, so none may appear.
 */
const PERSONS = [
  "Mirelle Gyllenbäck",
  "Anna Mannikoff",
  "Malin Andersson Junkka",
  "Emmy Bornemark",
  "Pernilla Ek",
  "Ida Apelmo",
  "Päivi Gynther",
  "Marie Daun Eriksson",
  "Erland Kaldaras",
  "Abedin Denaj",
  "Domino Kai",
  "Robert Simonovic",
  "Anki Carlsson",
  "Annilie Nyberg",
  "Andrés Zanzi",
];

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
/** Swedish phone numbers: 0 or +46, an area code, then at least five more digits in groups. */
const PHONE = /(?<![\d/-])(?:\+46[\s-]?|0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2}){2,3}(?![\d/])/;

function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`, out);
  }
  return out;
}

/** A whole-word, case-insensitive match of a name; very short names must match their capitalisation. */
function nameMatcher(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, word.length <= 3 ? "u" : "iu");
}

const all = strings(catalog, "catalog", []);
const words = [...new Set(PERSONS.flatMap((p) => [p, ...p.split(" ")]))];

describe("personal data", () => {
  it("scans every string value of the catalog (thousands)", () => {
    expect(all.length).toBeGreaterThan(3000);
  });

  it("the patterns catch what they are for (made-up values)", () => {
    expect(EMAIL.test("fornamn.efternamn@example.se")).toBe(true);
    for (const phone of ["08-123 45 67", "010-0000000", "070-000 00 00", "+46 70 000 00 00"]) expect(PHONE.test(phone), phone).toBe(true);
    for (const harmless of ["2012-09-01", "Ku2019/02101/CSM", "A2009/2285/DISK", "0114", "skr. 2011/12:56", "46000000"]) {
      expect(PHONE.test(harmless), harmless).toBe(false);
    }
    expect(nameMatcher("Ek").test("Enhetschef Ek")).toBe(true);
    expect(nameMatcher("Ek").test("Ekonomi och ekologi")).toBe(false);
  });

  it("has no e-mail address, phone number or personal identity number", () => {
    expect(all.filter(([, s]) => EMAIL.test(s))).toEqual([]);
    expect(all.filter(([, s]) => PHONE.test(s))).toEqual([]);
    expect(all.filter(([, s]) => containsPersonalIdentityNumber(s))).toEqual([]);
  });

  it("names none of the people in the seeds, in full or in part", () => {
    const hits = all.flatMap(([path, s]) => words.filter((w) => nameMatcher(w).test(s)).map((w) => `${path}: ${w}`));
    expect(hits).toEqual([]);
  });
});
