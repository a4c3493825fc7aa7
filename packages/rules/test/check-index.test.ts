import type { ComplianceInput } from "@romsk-inkludering/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, DEFAULT_SETTINGS, defaultCatalog, registry, type CheckIndex, type RuleContext } from "@romsk-inkludering/rules";
import { buildIndex, compareSubmissions } from "../src/check-index.js";
import { normalise } from "../src/data.js";
import { canonicalJson } from "../src/util.js";
import { largeInput } from "./large-input.js";

/**
 * The index a rule got before there was one: every lookup is the whole
 * list (the rules still keep only the records of the actor, commission or
 * deliverable asked for), i.e. the scan of every record per actor,
 * commission part or deliverable occurrence that made a check quadratic.
 */
function scanIndex(data: RuleContext["data"]): CheckIndex {
  const submissions = [...data.submissions].sort(compareSubmissions);
  return {
    reportsOf: () => data.reports,
    meetingsOf: () => data.meetings,
    meetingsOrganisedBy: () => data.meetings,
    plansOf: () => data.plans,
    submissionsOf: () => submissions,
  };
}

function contexts(input: ComplianceInput, asOf: string): [RuleContext, RuleContext] {
  const data = normalise(input, defaultCatalog, asOf);
  const base = { asOf, data, settings: DEFAULT_SETTINGS, profile: undefined, catalog: defaultCatalog };
  return [
    { ...base, index: buildIndex(data) },
    { ...base, index: scanIndex(data) },
  ];
}

/** The JSON with sorted keys the runner used before it was made cheap (entries, filter, sort, map, join). */
function canonicalJsonBefore(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJsonBefore).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJsonBefore(v)}`).join(",")}}`;
}

describe("the check's index gives every rule the outcomes of a scan of every record", () => {
  const input = largeInput(2000, 1402);

  it.each(["2014-06-30", "2019-03-01", "2021-06-30"])("on 2 000 generated records, as of %s, for every rule", (asOf) => {
    const [indexed, scanned] = contexts(input, asOf);
    for (const rule of registry) expect(rule.check(indexed), rule.id).toEqual(rule.check(scanned));
  });

  it("with a subject named (a municipality of the catalog and a generated one)", () => {
    for (const subject of ["municipality-0180", "kommun-00007"]) {
      const [indexed, scanned] = contexts({ ...input, subject }, "2020-04-15");
      for (const rule of registry) expect(rule.check(indexed), `${rule.id} ${subject}`).toEqual(rule.check(scanned));
    }
  });

  it("the generated input exercises the lookups: many actors with reports, meetings on commissions, submissions of deliverables", () => {
    // As of the calendar's last day every generated record is known.
    const data = normalise(input, defaultCatalog, "2200-12-31");
    const index = buildIndex(data);
    const actors = new Set(data.reports.map((r) => r.actorId));
    expect(actors.size).toBeGreaterThan(200);
    expect([...actors].reduce((n, a) => n + index.reportsOf(a).length, 0)).toBe(data.reports.length);
    expect(data.meetings.filter((m) => m.commissionId !== undefined).length).toBeGreaterThan(100);
    expect(defaultCatalog.commissions().reduce((n, c) => n + index.meetingsOf(c.id).length, 0)).toBe(
      data.meetings.filter((m) => m.commissionId !== undefined).length,
    );
    expect(index.reportsOf("no-such-actor")).toEqual([]);
  });

  it("a shared slot is made once per index, by the first rule that asks, and never shared with another check's index", () => {
    const data = normalise(input, defaultCatalog, "2020-04-15");
    const slot = Symbol("a slot");
    const [first, second] = [buildIndex(data), buildIndex(data)];
    let made = 0;
    const make = () => ({ made: ++made });
    expect(first.shared?.(slot, make)).toEqual({ made: 1 });
    expect(first.shared?.(slot, make)).toBe(first.shared?.(slot, make));
    expect(made).toBe(1);
    expect(second.shared?.(slot, make)).toEqual({ made: 2 });
    expect(first.shared?.(Symbol("another slot"), make)).toEqual({ made: 3 });
  });
});

describe("the deterministic order", () => {
  it("the normalised meetings are sorted by date, then id, whatever the order of the input, sorted or not", () => {
    const input = largeInput(2000, 1402);
    const byDateAndId = (a: { date: string; id: string }, b: { date: string; id: string }) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    const expected = normalise(input, defaultCatalog, "2200-12-31").meetings.map((m) => m.id);
    expect(expected.length).toBeGreaterThan(1000);
    const meetings = input.meetings ?? [];
    for (const given of [[...meetings].reverse(), [...meetings].sort(byDateAndId), [...meetings].sort(byDateAndId).reverse()]) {
      const sorted = normalise({ ...input, meetings: given }, defaultCatalog, "2200-12-31").meetings;
      expect(sorted.map((m) => m.id)).toEqual(expected);
      expect([...sorted].sort(byDateAndId)).toEqual(sorted);
    }
  });

  it("canonical JSON is the string it was, on every finding of a large check and on any JSON value", () => {
    const findings = check(largeInput(1000, 7), { asOf: "2021-06-30" });
    expect(findings.length).toBeGreaterThan(1000);
    for (const finding of findings) expect(canonicalJson(finding)).toBe(canonicalJsonBefore(finding));
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalJsonBefore(value));
      }),
      { numRuns: 500, seed: 2032 },
    );
    expect(canonicalJson({ b: 1, a: [undefined, { d: undefined, c: "x" }], "é": null, B: true })).toBe('{"B":true,"a":[null,{"c":"x"}],"b":1,"é":null}');
  });

  it("a check's findings do not depend on the order of the input: the same for every list in reverse", () => {
    const input = largeInput(1000, 7);
    const findings = check(input, { asOf: "2021-06-30" });
    const reversed: ComplianceInput = Object.fromEntries(
      Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse() : v]),
    ) as ComplianceInput;
    expect(check(reversed, { asOf: "2021-06-30" })).toEqual(findings);
  });
});
