import { describe, expect, it } from "vitest";
import {
  containsEmailAddress,
  containsPersonalIdentityNumber,
  containsPhoneNumber,
  FreeTextSchema,
  IsoDateSchema,
  PeriodSchema,
  validate,
  valueAsOf,
  YearSchema,
} from "@romsk-inkludering/model";

describe("IsoDateSchema", () => {
  it("accepts the seed's due dates and real leap days", () => {
    for (const date of ["2012-09-01", "2012-10-01", "2013-04-15", "2018-12-15", "2024-02-29", "2000-02-29"]) {
      expect(IsoDateSchema.safeParse(date).success, date).toBe(true);
    }
  });

  it("rejects dates that do not exist and years outside 1900–2200", () => {
    for (const date of ["2023-02-29", "1900-02-29", "2100-02-29", "2012-04-31", "2012-13-01", "2012-00-10", "1899-12-31", "2201-01-01", "2012-9-1", " 2012-09-01"]) {
      expect(IsoDateSchema.safeParse(date).success, date).toBe(false);
    }
  });
});

describe("YearSchema and PeriodSchema", () => {
  it("bounds years", () => {
    expect(YearSchema.safeParse(2032).success).toBe(true);
    expect(YearSchema.safeParse(1899).success).toBe(false);
    expect(YearSchema.safeParse(Number.NaN).success).toBe(false);
  });

  it("accepts the pilot period and rejects a reversed one with period-order", () => {
    expect(PeriodSchema.safeParse({ from: "2012-01-01", to: "2015-12-31" }).success).toBe(true);
    expect(PeriodSchema.safeParse({ from: "2012-09-01", to: "2012-09-01" }).success).toBe(true);
    const reversed = validate("activity", {
      id: "a",
      actorId: "b",
      areas: ["education"],
      kind: "training",
      title: "Brobyggarutbildning",
      period: { from: "2014-12-31", to: "2012-12-14" },
      outputs: [],
    });
    expect(reversed).toEqual({
      success: false,
      issues: [
        {
          path: ["period", "to"],
          code: "period-order",
          message: {
            sv: "Slutdatumet 2012-12-14 ligger före startdatumet 2014-12-31.",
            en: "The end date 2012-12-14 is before the start date 2014-12-31.",
          },
        },
      ],
    });
  });
});

describe("personal identity numbers in free text", () => {
  it("are rejected in every written form", () => {
    for (const text of ["121212-1212", "121212+1212", "1212121212", "19121212-1212", "191212121212", "Ring 20121212-1212 i morgon", "samordningsnummer 121272-1212"]) {
      expect(containsPersonalIdentityNumber(text), text).toBe(true);
      expect(FreeTextSchema.safeParse(text).success, text).toBe(false);
    }
  });

  it("do not catch dates, decision numbers, SFS numbers, amounts or organisation numbers", () => {
    for (const text of [
      "Redovisas senast den 1 september 2012 (2012-09-01)",
      "Ku2019/02101/CSM och A2009/2285/DISK",
      "SFS 2009:724, 5 a §",
      "130 000 kr inkl PO-pålägg",
      "Organisationsnummer 202100-2742",
      "20120901",
      "1234567890123",
    ]) {
      expect(containsPersonalIdentityNumber(text), text).toBe(false);
    }
  });

  it("give a bilingual issue with its own code and never echo the number", () => {
    const result = validate("area", {
      id: "education",
      name: { sv: "Utbildning 121212-1212", en: "Education" },
      sources: [{ kind: "facts", section: "The strategy" }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([[["name", "sv"], "personal-identity-number"]]);
    expect(result.issues[0]?.message.sv).toContain("personnummer");
    expect(result.issues[0]?.message.en).toContain("personal identity number");
    expect(JSON.stringify(result.issues)).not.toContain("1212-1212");
  });

  it("are caught with spaces, other dashes and full-width digits (the text is normalised first)", () => {
    for (const text of [
      "Kontakt 19121212 1212",
      "Kontakt 121212 - 1212",
      "Kontakt 121212 -1212",
      "Kontakt 121212–1212",
      "Kontakt 121212\u00a01212",
      "Kontakt １２１２１２－１２１２",
      "Kontakt １９１２１２１２１２１２",
    ]) {
      expect(containsPersonalIdentityNumber(text), text).toBe(true);
      const result = FreeTextSchema.safeParse(text);
      expect(result.success ? [] : result.error.issues.map((i) => (i as { params?: { code?: string } }).params?.code), text).toEqual(["personal-identity-number"]);
    }
  });

  it("still do not catch dates with spaces, years or amounts", () => {
    for (const text of ["2012-09-01 – 2015-12-31", "2012 2013 2014 2015", "1 500 000 kr", "20120901 kl. 13"]) {
      expect(containsPersonalIdentityNumber(text), text).toBe(false);
    }
  });
});

describe("contact details in free text", () => {
  it("e-mail addresses are rejected with their own code, also written with a full-width @", () => {
    for (const text of ["Kontakt: anna.andersson@linkoping.se", "skicka till info@lansstyrelsen.se.", "Kontakt: anna＠kommun.se"]) {
      expect(containsEmailAddress(text), text).toBe(true);
      expect(containsPhoneNumber(text), text).toBe(false);
    }
    expect(containsEmailAddress("Samråd @ stadshuset, @romskinkludering")).toBe(false);
  });

  it("telephone numbers are rejected with their own code, in Swedish and international forms", () => {
    for (const text of ["Ring 070-123 45 67", "tel. 08-123 456 78", "(08) 123 45 67", "0701234567 efter kl. 13", "+46 70 123 45 67", "+46 (0)8 123 456 78", "0046 8 123 456", "＋４６ ７０ １２３ ４５ ６７"]) {
      expect(containsPhoneNumber(text), text).toBe(true);
    }
  });

  it("dates, years, amounts, SFS and decision numbers, municipality codes and Kolada ids are not telephone numbers", () => {
    for (const text of [
      "Redovisas senast den 1 september 2012 (2012-09-01)",
      "Perioden 2012–2015 och 2016–2019",
      "130 000 kr inkl PO-pålägg, 2 050 000 kr totalt",
      "SFS 2009:724, 5 a §; SFS 1930:173",
      "Ku2019/02101/CSM och A2009/2285/DISK",
      "Kommunkoderna 0180, 0580 och 1283; 0580-1234",
      "Kolada N15428 och U00405",
      "Organisationsnummer 202100-2742",
      "Skulle ha lämnats senast 2012-09-01 och är per 2015-05-29 1000 dagar (682 arbetsdagar) försenad.",
      "Möte 2019-05-02 kl. 13:00 08-12",
    ]) {
      expect(containsPhoneNumber(text), text).toBe(false);
      expect(containsEmailAddress(text), text).toBe(false);
    }
  });

  it("give bilingual issues with their own codes, and the issues never echo the details", () => {
    const result = validate("area", {
      id: "education",
      name: { sv: "Utbildning, kontakt anna@kommun.se eller 070-123 45 67", en: "Education" },
      sources: [{ kind: "facts", section: "The strategy" }],
    });
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      [["name", "sv"], "email-address"],
      [["name", "sv"], "phone-number"],
    ]);
    if (result.success) return;
    expect(result.issues[0]?.message.sv).toContain("e-postadress");
    expect(result.issues[0]?.message.en).toContain("e-mail address");
    expect(result.issues[1]?.message.sv).toContain("telefonnummer");
    expect(result.issues[1]?.message.en).toContain("telephone number");
    expect(JSON.stringify(result.issues)).not.toMatch(/anna@|123 45 67/);
  });
});

describe("valueAsOf", () => {
  const names = [
    { validFrom: "2001-07-01", validTo: "2013-12-31", value: "Statens folkhälsoinstitut" },
    { validFrom: "2014-01-01", value: "Folkhälsomyndigheten" },
  ];

  it("picks the entry in force, with inclusive bounds", () => {
    expect(valueAsOf(names, "2012-09-01")).toBe("Statens folkhälsoinstitut");
    expect(valueAsOf(names, "2013-12-31")).toBe("Statens folkhälsoinstitut");
    expect(valueAsOf(names, "2014-01-01")).toBe("Folkhälsomyndigheten");
    expect(valueAsOf(names, "2001-06-30")).toBeUndefined();
  });

  it("throws a RangeError naming a malformed asOf", () => {
    expect(() => valueAsOf(names, "1 sep 2012")).toThrow(/"1 sep 2012"/);
  });
});
