import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importKolada, koladaPlace, summarize } from "../src/index.js";

describe("koladaPlace", () => {
  it("reads the country, regions (00 + county) and municipalities", () => {
    expect(koladaPlace("0000")).toEqual({ level: "country" });
    expect(koladaPlace("0021")).toEqual({ level: "county", code: "21" });
    expect(koladaPlace("0001")).toEqual({ level: "county", code: "01" });
    expect(koladaPlace("1283")).toEqual({ level: "municipality", code: "1283" });
    expect(koladaPlace("0580")).toEqual({ level: "municipality", code: "0580" });
  });

  it("rejects ids that are not a place: municipality groups, unknown counties, other lengths", () => {
    expect(koladaPlace("G124009")).toBeNull();
    expect(koladaPlace("0002")).toBeNull();
    expect(koladaPlace("9999")).toBeNull();
    expect(koladaPlace("580")).toBeNull();
  });

  it("knows every one of the 290 municipality codes", () => {
    // SCB's codes as the repository keeps them (the catalog's data file, read as text).
    const csv = new URL("../../catalog/data/municipalities.csv", import.meta.url);
    const lines = readFileSync(csv, "utf8").trim().split("\n").slice(1);
    expect(lines).toHaveLength(290);
    for (const line of lines) {
      const code = line.split(",")[0] ?? "";
      expect(koladaPlace(code)).toEqual({ level: "municipality", code });
    }
  });
});

/** A page shaped like Kolada's data route; the values are illustrative, the KPI ids and codes real. */
const page = {
  values: [
    {
      kpi: "N15428",
      municipality: "2180",
      period: 2019,
      values: [
        { gender: "T", count: 1, status: "", value: 80.5 },
        { gender: "K", count: 1, status: "", value: 83.2 },
        { gender: "M", count: 1, status: "", value: 77.9 },
      ],
    },
    {
      kpi: "N15428",
      municipality: "0580",
      period: 2019,
      values: [{ gender: "T", count: 1, status: "Missing", value: null }],
    },
    { kpi: "N00914", municipality: "0000", period: 2018, values: [{ gender: "T", count: 1, status: "", value: 80.2 }] },
    { kpi: "N00914", municipality: "0021", period: 2018, values: [{ gender: "T", count: 1, status: "", value: 77.4 }] },
  ],
  count: 4,
  next_url: "https://api.kolada.se/v3/data/kpi/N15428/year/2019?page=2",
  previous_url: null,
};

describe("importKolada: valid rows", () => {
  const r = importKolada(page);

  it("turns every value into an observation, keeping nulls as missing and the KPI as a kebab-case id", () => {
    expect(r.rejected).toEqual([]);
    expect(r.rows).toBe(6);
    expect(r.count).toBe(4);
    expect(r.nextPage).toBe("https://api.kolada.se/v3/data/kpi/N15428/year/2019?page=2");
    expect(r.observations).toEqual([
      { indicatorId: "n15428", place: { level: "municipality", code: "2180" }, year: 2019, gender: "T", value: 80.5, count: 1 },
      { indicatorId: "n15428", place: { level: "municipality", code: "2180" }, year: 2019, gender: "K", value: 83.2, count: 1 },
      { indicatorId: "n15428", place: { level: "municipality", code: "2180" }, year: 2019, gender: "M", value: 77.9, count: 1 },
      { indicatorId: "n15428", place: { level: "municipality", code: "0580" }, year: 2019, gender: "T", value: null, status: "Missing", count: 1 },
      { indicatorId: "n00914", place: { level: "country" }, year: 2018, gender: "T", value: 80.2, count: 1 },
      { indicatorId: "n00914", place: { level: "county", code: "21" }, year: 2018, gender: "T", value: 77.4, count: 1 },
    ]);
  });

  it("maps KPIs to indicator ids when asked", () => {
    const mapped = importKolada(page, { kpiToIndicator: { N15428: "eligible-vocational-programme" } });
    expect(mapped.observations.map((o) => o.indicatorId)).toEqual([
      "eligible-vocational-programme",
      "eligible-vocational-programme",
      "eligible-vocational-programme",
      "eligible-vocational-programme",
      "n00914",
      "n00914",
    ]);
  });

  it("feeds the aggregate: the null is missing, not zero", () => {
    const agg = summarize(r.observations);
    expect(agg.indicators["n15428|2019|municipality|T|none"]).toEqual({ n: 1, missing: 1, sum: { whole: 80, micro: 500_000 }, min: 80.5, max: 80.5 });
  });
});

describe("importKolada: malformed rows", () => {
  const bad = {
    values: [
      {
        kpi: "N15428",
        municipality: "1283",
        period: 2019,
        values: [
          { gender: "T", count: 1, status: "", value: 78.3 },
          { gender: "X", count: 1, status: "", value: 78.3 },
          { gender: "K", count: 1, status: "", value: "81,2" },
          { gender: "M", count: -1, status: "", value: 75 },
          { gender: "T", count: 1, status: "", value: 79 },
          "T;78.3",
        ],
      },
      { kpi: "N1542", municipality: "1283", period: 2019, values: [{ gender: "T", count: 1, status: "", value: 78 }] },
      { kpi: "N00914", municipality: "G124009", period: "2018", values: [{ gender: "T", value: 80 }] },
      { kpi: "N00914", municipality: "0580", period: 2018, values: null },
      42,
    ],
  };
  const r = importKolada(bad);

  it("keeps the one good row and rejects every other row with its path and reason", () => {
    expect(r.observations).toEqual([
      { indicatorId: "n15428", place: { level: "municipality", code: "1283" }, year: 2019, gender: "T", value: 78.3, count: 1 },
    ]);
    expect(r.rejected.map((x) => [x.path, x.issues.map((i) => [i.path, i.code])])).toEqual([
      [["values", 0, "values", 1], [[["values", 0, "values", 1, "gender"], "invalid-gender"]]],
      [["values", 0, "values", 2], [[["values", 0, "values", 2, "value"], "invalid-value"]]],
      [["values", 0, "values", 3], [[["values", 0, "values", 3, "count"], "invalid-count"]]],
      [["values", 0, "values", 4], [[["values", 0, "values", 4], "duplicate-row"]]],
      [["values", 0, "values", 5], [[["values", 0, "values", 5], "invalid-row"]]],
      [["values", 1, "values", 0], [[["values", 1, "kpi"], "invalid-kpi"]]],
      [
        ["values", 2, "values", 0],
        [
          [["values", 2, "municipality"], "unknown-municipality"],
          [["values", 2, "period"], "invalid-period"],
        ],
      ],
      [["values", 3], [[["values", 3, "values"], "invalid-entry"]]],
      [["values", 4], [[["values", 4], "invalid-entry"]]],
    ]);
    expect(r.rows).toBe(10);
    expect(r.rows).toBe(r.observations.length + r.rejected.length);
  });

  it("explains in Swedish and English, naming the bad value", () => {
    const issue = (i: number) => r.rejected[i]?.issues[0]?.message;
    expect(issue(0)).toEqual({ sv: 'Kön måste vara T, K eller M, fick "X"', en: 'Gender must be T, K or M, got "X"' });
    expect(issue(1)).toEqual({ sv: 'Värdet måste vara ett tal eller null, fick "81,2"', en: 'The value must be a number or null, got "81,2"' });
    expect(issue(6)?.en).toBe(
      'Unknown municipality or region id "G124009": use "0000" (the country), "00" + a county code (a region) or a four-digit municipality code',
    );
    expect(r.rejected[3]?.issues[0]?.message.en).toBe("Duplicate: N15428 for 1283, 2019, gender T already appears earlier in the page");
    expect(r.rejected[2]?.row).toEqual({ gender: "M", count: -1, status: "", value: 75 });
  });

  it("rejects a mapped indicator id that is not kebab-case, pointing at the KPI", () => {
    const mapped = importKolada(page, { kpiToIndicator: { N00914: "Förvärvsarbetande" } });
    expect(mapped.observations).toHaveLength(4);
    expect(mapped.rejected.map((x) => x.issues.map((i) => i.path))).toEqual([[["values", 2, "kpi"]], [["values", 3, "kpi"]]]);
  });

  it("never throws on a page that is not an object or has no list", () => {
    expect(importKolada(null).rejected[0]?.issues[0]?.code).toBe("invalid-page");
    expect(importKolada("[]").rows).toBe(1);
    const noList = importKolada({ count: 3 });
    expect(noList.rejected.map((x) => x.path)).toEqual([["values"]]);
    expect(noList.count).toBe(3);
  });
});

describe("importKolada: paging (next_url in API v3, next_page in API v2)", () => {
  const v3 = "https://api.kolada.se/v3/data/kpi/N15428/year/2019?page=2&per_page=5000";
  const v2 = "http://api.kolada.se/v2/data/kpi/N15428/year/2019?page=2";
  const rows = { values: [{ kpi: "N15428", municipality: "2180", period: 2019, values: [{ gender: "T", value: 80.5 }] }] };

  it("reads next_url, the link Kolada's API v3 sends", () => {
    const r = importKolada({ ...rows, count: 1, next_url: v3 });
    expect([r.nextPage, r.observations.length, r.rejected]).toEqual([v3, 1, []]);
  });

  it("reads next_page, the link of API v2", () => {
    expect(importKolada({ ...rows, next_page: v2 }).nextPage).toBe(v2);
  });

  it("prefers next_url when a page carries both", () => {
    expect(importKolada({ ...rows, next_page: v2, next_url: v3 }).nextPage).toBe(v3);
  });

  it("falls back to next_page when next_url is null or empty", () => {
    expect(importKolada({ ...rows, next_url: null, next_page: v2 }).nextPage).toBe(v2);
    expect(importKolada({ ...rows, next_url: "", next_page: v2 }).nextPage).toBe(v2);
  });

  it("has no next page on the last page, or when the links are not text", () => {
    expect(importKolada({ ...rows, next_url: null, previous_url: v3 }).nextPage).toBeNull();
    expect(importKolada({ ...rows, next_url: 2, next_page: ["x"] }).nextPage).toBeNull();
  });

  it("keeps the link when the page's values cannot be read, so a caller can go on to the next page", () => {
    const r = importKolada({ values: "none", next_url: v3 });
    expect([r.nextPage, r.rejected.map((x) => x.issues[0]?.code)]).toEqual([v3, ["invalid-page"]]);
  });

  it("follows API v3's pages as v3 sends them: values, count, next_url and previous_url, next_url null on the last", () => {
    // The page shape of Kolada's API v3 as koladapy (github.com/xemarap/koladapy,
    // tests/test_pagination.py) records it; the rows are in the data route's shape, the
    // municipality codes and KPI real, the values illustrative.
    const url = (n: number): string => `https://api.kolada.se/v3/data/kpi/N03926/municipality/0180,1283?page=${n}&per_page=2`;
    const row = (municipality: string, period: number, value: number) => ({
      kpi: "N03926",
      municipality,
      period,
      values: [{ gender: "T", count: 1, status: "", value }],
    });
    const answers = new Map<string, unknown>([
      [url(1), { values: [row("0180", 2018, 2.9), row("0180", 2019, 2.7)], count: 2, next_url: url(2), previous_url: null }],
      [url(2), { values: [row("1283", 2018, 4.1), row("1283", 2019, 3.8)], count: 2, next_url: url(3), previous_url: url(1) }],
      [url(3), { values: [row("1283", 2020, 4.4)], count: 1, next_url: null, previous_url: url(2) }],
    ]);
    const fetched: string[] = [];
    const values: number[] = [];
    for (let link: string | null = url(1); link !== null; ) {
      fetched.push(link);
      const r = importKolada(answers.get(link));
      expect(r.rejected).toEqual([]);
      values.push(...r.observations.map((o) => o.value ?? Number.NaN));
      link = r.nextPage;
    }
    expect(fetched).toEqual([url(1), url(2), url(3)]);
    expect(values).toEqual([2.9, 2.7, 4.1, 3.8, 4.4]);
  });

  it("lets a caller walk every page until the link is null", () => {
    const pages = new Map<string, unknown>([
      ["first", { ...rows, next_url: "second" }],
      ["second", { values: [{ kpi: "N15428", municipality: "0580", period: 2019, values: [{ gender: "T", value: 70 }] }], next_page: "third" }],
      ["third", { values: [{ kpi: "N15428", municipality: "0000", period: 2019, values: [{ gender: "T", value: 75 }] }], next_url: null }],
    ]);
    const places: string[] = [];
    for (let link: string | null = "first"; link !== null; ) {
      const r = importKolada(pages.get(link));
      places.push(...r.observations.map((o) => ("code" in o.place ? o.place.code : o.place.level)));
      link = r.nextPage;
    }
    expect(places).toEqual(["2180", "0580", "country"]);
  });
});
