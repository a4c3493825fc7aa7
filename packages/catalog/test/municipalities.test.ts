/**
 * The generated municipality module against data/municipalities.csv, and
 * the municipality and county accessors built from it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { counties, getCounty, municipalities, municipalityByCode } from "@romsk-inkludering/catalog";
import { describe, expect, it } from "vitest";
import { parseMunicipalitiesCsv, renderModule } from "../scripts/generate-municipalities.js";
import { MUNICIPALITY_ROWS } from "../src/data/municipalities.generated.js";

const csvText = readFileSync(fileURLToPath(new URL("../data/municipalities.csv", import.meta.url)), "utf8");
const generatedText = readFileSync(fileURLToPath(new URL("../src/data/municipalities.generated.ts", import.meta.url)), "utf8");

/** An independent, minimal reading of the CSV: header, then code,name,countyCode,countyName. */
function csvRows(): string[][] {
  const [header, ...lines] = csvText.trim().split("\n");
  expect(header).toBe("municipality_code,municipality_name,county_code,county_name");
  return lines.map((line) => line.split(","));
}

describe("municipalities.generated.ts", () => {
  it("has the CSV's 290 rows, in order, with exact names and codes", () => {
    const rows = csvRows();
    expect(rows).toHaveLength(290);
    expect(MUNICIPALITY_ROWS.map((r) => [...r])).toEqual(rows);
  });

  it("has unique four-digit codes, each inside its two-digit county", () => {
    const codes = MUNICIPALITY_ROWS.map(([code]) => code);
    expect(new Set(codes).size).toBe(290);
    for (const [code, , county] of MUNICIPALITY_ROWS) {
      expect(code).toMatch(/^\d{4}$/);
      expect(code.slice(0, 2)).toBe(county);
    }
  });

  it("is what the generator writes from the CSV (not stale)", () => {
    expect(renderModule(parseMunicipalitiesCsv(csvText))).toBe(generatedText);
  });

  it("rejects a malformed CSV with a message naming the problem", () => {
    expect(() => parseMunicipalitiesCsv("code,name\n")).toThrow(/expected the header/);
    const header = "municipality_code,municipality_name,county_code,county_name";
    expect(() => parseMunicipalitiesCsv(`${header}\n0114,Upplands Väsby,01\n`)).toThrow(/line 2: expected 4 fields/);
    expect(() => parseMunicipalitiesCsv(`${header}\n114,Upplands Väsby,01,Stockholms län\n`)).toThrow(/bad municipality code "114"/);
    expect(() => parseMunicipalitiesCsv(`${header}\n0114,Upplands Väsby,03,Uppsala län\n`)).toThrow(/0114 is not in county 03/);
    expect(() => parseMunicipalitiesCsv(`${header}\n0114,A,01,S\n0114,B,01,S\n`)).toThrow(/line 3: duplicate code 0114/);
  });
});

describe("municipality and county accessors", () => {
  it("spells names as SCB does, with å, ä and ö", () => {
    const names = ["1980", "1880", "0181", "0484", "2180", "1490", "2580", "1480"].map((code) => municipalityByCode(code)?.names[0]?.value.name.sv);
    expect(names).toEqual(["Västerås", "Örebro", "Södertälje", "Eskilstuna", "Gävle", "Borås", "Luleå", "Göteborg"]);
  });

  it("finds municipalities by code and county; unknown codes give undefined", () => {
    expect(municipalityByCode("0180")?.id).toBe("municipality-0180");
    expect(municipalityByCode("9999")).toBeUndefined();
    expect(municipalities({ countyCode: "19" }).map((m) => m.names[0]?.value.name.sv)).toEqual([
      "Skinnskatteberg",
      "Surahammar",
      "Kungsör",
      "Hallstahammar",
      "Norberg",
      "Västerås",
      "Sala",
      "Fagersta",
      "Köping",
      "Arboga",
    ]);
    expect(municipalities({ countyCode: "99" })).toEqual([]);
  });

  it("lists the 21 counties with the codes of SCB's list", () => {
    expect(counties().map((c) => c.code)).toEqual([
      "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25",
    ]);
    expect([getCounty("18")?.name, getCounty("25")?.name, getCounty("11")]).toEqual(["Örebro län", "Norrbottens län", undefined]);
    const perCounty = counties().map((c) => municipalities({ countyCode: c.code }).length);
    expect(perCounty.reduce((a, b) => a + b, 0)).toBe(290);
    expect(Math.min(...perCounty)).toBe(1);
  });
});
