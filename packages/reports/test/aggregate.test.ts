import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "@romsk-inkludering/model";
import {
  emptyAggregate,
  exactSumValue,
  merge,
  mergeAll,
  statsMean,
  summarize,
  summarizeAsync,
  type Aggregate,
} from "../src/index.js";
import { annualReport, item, observation, types } from "./arbitraries.js";
import {
  actorTypes,
  BORAS,
  COUNTRY,
  GAVLE,
  LINKOPING,
  muni,
  obs,
  reports2017,
  SKOLVERKET,
  VASTERAS,
} from "./fixtures.js";

const json = (a: Aggregate): string => JSON.stringify(a);

describe("fixtures", () => {
  it("are valid annual reports under the model", () => {
    for (const r of reports2017) expect(validate("annual-report", r)).toEqual({ success: true, data: r });
  });
});

describe("summarize: annual reports of 2017", () => {
  const agg = summarize(reports2017, { actorTypes });

  it("counts Gävle's part in the health-inspirer project: 12 trained, about 36–120 reached (3–10 per inspirer, seed 003)", () => {
    const cell = agg.cells["2017|health-social-care-safety|development-municipality"];
    expect(cell?.actors).toEqual([GAVLE]);
    expect(cell?.activities).toEqual({ "health-inspirers": 1 });
    expect(cell?.outputs).toEqual({
      "people-reached": { low: 36, high: 120 },
      "people-trained": { low: 12, high: 12 },
    });
  });

  it("counts an activity in four areas once in each area and once in all areas", () => {
    for (const area of ["employment", "education", "housing", "health-social-care-safety"]) {
      expect(agg.cells[`2017|${area}|network-member`]?.activities.cooperation).toBe(1);
      expect(agg.cells[`2017|${area}|network-member`]?.fundingSek).toBe(120_000);
      expect(agg.cells[`2017|${area}|network-member`]?.meetings).toEqual({ consultation: 3 });
    }
    expect(agg.cells["2017|all|all"]?.activities).toEqual({
      "bridge-building": 1,
      cooperation: 1,
      "health-inspirers": 1,
      training: 1,
    });
    expect(agg.cells["2017|all|all"]?.fundingSek).toBe(120_000);
    expect(agg.cells["2017|all|all"]?.meetings).toEqual({ consultation: 4 });
  });

  it("counts an actor of two types in both types and once in all types", () => {
    expect(agg.cells["2017|all|network-member"]?.actors).toEqual([LINKOPING, BORAS, VASTERAS, GAVLE]);
    expect(agg.cells["2017|all|development-municipality"]?.actors).toEqual([BORAS, GAVLE]);
    expect(agg.cells["2017|all|pilot"]?.actors).toEqual([LINKOPING]);
    expect(agg.cells["2017|all|agency"]?.actors).toEqual([SKOLVERKET]);
    expect(agg.cells["2017|all|all"]?.actors).toEqual([LINKOPING, BORAS, VASTERAS, GAVLE, SKOLVERKET]);
    expect(agg.cells["2017|all|all"]?.reports).toBe(5);
    expect(agg.cells["2017|all|network-member"]?.reports).toBe(4);
  });

  it("counts Linköping's consultation participants by role, Roma group and youth, under no area", () => {
    const cell = agg.cells["2017|unspecified|pilot"];
    expect(cell?.meetings).toEqual({ consultation: 1 });
    expect(cell?.participants).toEqual({
      byRole: { "roma-representative": 10 },
      byRomaGroup: {
        "finnish-roma": 2,
        "newly-arrived-roma": 2,
        "non-nordic-roma": 2,
        "swedish-roma": 2,
        travellers: 2,
      },
      byYouth: { unspecified: 10 },
    });
    expect(agg.cells["2017|all|all"]?.participants.byRole).toEqual({ "roma-representative": 10 });
  });

  it("records submissions: earliest date per actor and year, null when no report gave one", () => {
    expect(agg.submissions[`2017|${LINKOPING}`]).toEqual({
      reports: 1,
      firstSubmittedOn: "2018-04-18",
      lastSubmittedOn: "2018-04-18",
      reporterKinds: ["municipality"],
    });
    expect(agg.submissions[`2017|${SKOLVERKET}`]).toEqual({
      reports: 1,
      firstSubmittedOn: null,
      lastSubmittedOn: null,
      reporterKinds: ["agency"],
    });
    const resubmitted = summarize([{ ...reports2017[1]!, submittedOn: "2018-04-25" }, reports2017[1]!]);
    expect(resubmitted.submissions[`2017|${LINKOPING}`]).toMatchObject({ reports: 2, firstSubmittedOn: "2018-04-18", lastSubmittedOn: "2018-04-25" });
  });

  it("counts a report that names no area and reports nothing under no area, so areas add up to at least the total", () => {
    const empty = { ...reports2017[0]!, areas: [], activities: [] };
    const agg1 = summarize([empty], { actorTypes });
    expect(Object.keys(agg1.cells)).toEqual([
      "2017|all|all",
      "2017|all|development-municipality",
      "2017|all|network-member",
      "2017|unspecified|all",
      "2017|unspecified|development-municipality",
      "2017|unspecified|network-member",
    ]);
    expect(agg1.cells["2017|unspecified|all"]?.reports).toBe(1);
    expect(agg1.cells["2017|unspecified|all"]?.actors).toEqual([]);
  });

  it("counts actors without types as other", () => {
    const other = summarize(reports2017);
    expect(Object.keys(other.cells).filter((k) => k.startsWith("2017|all|"))).toEqual(["2017|all|all", "2017|all|other"]);
    expect(other.cells["2017|all|other"]?.actors).toHaveLength(5);
  });

  it("has sorted keys, so equal contents serialise equally", () => {
    const keys = Object.keys(agg.cells);
    expect(keys).toEqual([...keys].sort());
    expect(JSON.parse(json(agg))).toEqual(agg);
  });
});

describe("summarize: observations", () => {
  it("counts null values as missing, not zero, and keeps min, max and an exact sum", () => {
    const agg = summarize([
      obs("n15428", muni("2180"), 2019, 78.1),
      obs("n15428", muni("0580"), 2019, 81.9),
      obs("n15428", muni("1283"), 2019, null),
    ]);
    const s = agg.indicators["n15428|2019|municipality|T|none"];
    expect(s).toEqual({ n: 2, missing: 1, sum: { whole: 159, micro: 1_000_000 }, min: 78.1, max: 81.9 });
    expect(s && exactSumValue(s.sum)).toBe(160);
    expect(s && statsMean(s)).toBe(80);
  });

  it("sums decimals exactly where floating point does not (0.1 + 0.2)", () => {
    const s = summarize([obs("n00914", COUNTRY, 2018, 0.1), obs("n00914", COUNTRY, 2018, 0.2)]).indicators["n00914|2018|country|T|none"];
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(s && exactSumValue(s.sum)).toBe(0.3);
  });

  it("keeps negative values and gaps by group", () => {
    const agg = summarize([
      obs("life-expectancy-gap", COUNTRY, 2021, -9.5, { group: "roma", gender: "M" }),
      obs("life-expectancy-gap", COUNTRY, 2021, -0.25, { group: "roma", gender: "M" }),
    ]);
    expect(agg.indicators["life-expectancy-gap|2021|country|M|roma"]).toEqual({
      n: 2,
      missing: 0,
      sum: { whole: -9, micro: -750_000 },
      min: -9.5,
      max: -0.25,
    });
  });

  it("builds Kolada-style group averages over municipalities by actor type", () => {
    const agg = summarize(
      [obs("n15428", muni("2180"), 2019, 80.5), obs("n15428", muni("0580"), 2019, 84.5), obs("n15428", muni("1283"), 2019, null)],
      { actorTypes },
    );
    expect(agg.groups["n15428|2019|T|none|pilot"]).toEqual({ n: 1, missing: 1, sum: { whole: 84, micro: 500_000 }, min: 84.5, max: 84.5 });
    expect(agg.groups["n15428|2019|T|none|network-member"]?.n).toBe(2);
    expect(agg.groups["n15428|2019|T|none|development-municipality"]?.max).toBe(80.5);
  });

  it("takes the observations inside annual reports too", () => {
    const withObs = { ...reports2017[0]!, observations: [obs("n15428", muni("2180"), 2017, 77.7)] };
    expect(summarize([withObs]).indicators["n15428|2017|municipality|T|none"]?.n).toBe(1);
  });
});

describe("merge", () => {
  it("rejects what is not an aggregate, naming the argument", () => {
    expect(() => merge(emptyAggregate(), {} as Aggregate)).toThrow(/argument b is not a reports aggregate/);
  });

  it("does not change its inputs", () => {
    const a = summarize(reports2017.slice(0, 2), { actorTypes });
    const b = summarize(reports2017.slice(2), { actorTypes });
    const before = [json(a), json(b)];
    merge(a, b);
    expect([json(a), json(b)]).toEqual(before);
  });

  it("is commutative and associative, with the empty aggregate as identity (property)", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.array(item, { maxLength: 12 }), fc.array(item, { maxLength: 12 }), (xs, ys, zs) => {
        const [a, b, c] = [xs, ys, zs].map((items) => summarize(items, { actorTypes: types }));
        if (a === undefined || b === undefined || c === undefined) throw new Error("unreachable");
        expect(json(merge(a, b))).toBe(json(merge(b, a)));
        expect(json(merge(merge(a, b), c))).toBe(json(merge(a, merge(b, c))));
        expect(json(merge(emptyAggregate(), a))).toBe(json(a));
        expect(json(merge(a, emptyAggregate()))).toBe(json(a));
      }),
      { numRuns: 150 },
    );
  });

  it("summarizing any split and merging equals summarizing the whole (property)", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 5 }), (items, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((x, y) => x - y);
        const chunks: (typeof items)[] = [];
        let from = 0;
        for (const p of [...points, items.length]) {
          chunks.push(items.slice(from, p));
          from = p;
        }
        const merged = mergeAll(chunks.map((chunk) => summarize(chunk, { actorTypes: types })));
        expect(json(merged)).toBe(json(summarize(items, { actorTypes: types })));
      }),
      { numRuns: 200 },
    );
  });

  it("is independent of the order of the items (property)", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }).chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))), ([xs, shuffled]) => {
        expect(json(summarize(shuffled, { actorTypes: types }))).toBe(json(summarize(xs, { actorTypes: types })));
      }),
      { numRuns: 150 },
    );
  });

  it("merges observation sums with decimals exactly across splits (property)", () => {
    fc.assert(
      fc.property(fc.array(observation, { minLength: 1, maxLength: 60 }), fc.nat(), (xs, cut) => {
        const k = cut % (xs.length + 1);
        const whole = summarize(xs);
        const split = merge(summarize(xs.slice(k)), summarize(xs.slice(0, k)));
        for (const [key, s] of Object.entries(whole.indicators)) {
          expect(split.indicators[key]).toEqual(s);
          expect(statsMean(split.indicators[key]!)).toBe(statsMean(s));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("survives a JSON round trip (a worker boundary) unchanged (property)", () => {
    fc.assert(
      fc.property(fc.array(annualReport, { maxLength: 8 }), (rs) => {
        const a = summarize(rs, { actorTypes: types });
        const copy = JSON.parse(json(a)) as Aggregate;
        expect(json(merge(copy, emptyAggregate()))).toBe(json(a));
      }),
      { numRuns: 100 },
    );
  });
});

describe("summarizeAsync", () => {
  it("gives the same aggregate as summarize for an async stream", async () => {
    async function* stream(): AsyncGenerator<(typeof reports2017)[number]> {
      for (const r of reports2017) {
        await Promise.resolve();
        yield r;
      }
    }
    expect(json(await summarizeAsync(stream(), { actorTypes }))).toBe(json(summarize(reports2017, { actorTypes })));
  });

  it("accepts a plain iterable too", async () => {
    expect(json(await summarizeAsync(reports2017))).toBe(json(summarize(reports2017)));
  });
});

describe("summarize over a generator", () => {
  it("reads a lazily generated stream once", () => {
    let produced = 0;
    function* lazy(): Generator<ReturnType<typeof obs>> {
      for (let i = 0; i < 1000; i++) {
        produced += 1;
        yield obs("n00914", muni(i % 2 === 0 ? "2180" : "0580"), 2018, i % 10 === 0 ? null : 80);
      }
    }
    const agg = summarize(lazy());
    expect(produced).toBe(1000);
    expect(agg.indicators["n00914|2018|municipality|T|none"]).toEqual({ n: 900, missing: 100, sum: { whole: 72_000, micro: 0 }, min: 80, max: 80 });
  });
});
