/**
 * Invariants over arbitrary dates and ranges (fast-check).
 */
import { valueAsOf } from "@romsk-inkludering/model";
import { actors, catalog, deliverables, getActor, getNetwork, networkMembers, programmeMunicipalities, programmes } from "@romsk-inkludering/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** ISO dates from 1995 to 2035, the span the catalog's data covers and a little more. */
const isoDate = fc
  .date({ min: new Date(Date.UTC(1995, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const actorId = fc.constantFrom(...catalog.actors.filter((a) => a.kind !== "municipality").map((a) => a.id), "municipality-1283", "no-such-actor");

describe("properties", () => {
  it("getActor gives the name in force: the entry whose span contains asOf", () => {
    fc.assert(
      fc.property(actorId, isoDate, (id, asOf) => {
        const actor = getActor(id, { asOf });
        const raw = catalog.actors.find((a) => a.id === id);
        if (raw === undefined) return actor === undefined;
        const name = valueAsOf(raw.names, asOf);
        if (actor === undefined) return name === undefined || (raw.validFrom !== undefined && asOf < raw.validFrom);
        const entry = raw.names.find((n) => n.validFrom <= asOf && (n.validTo === undefined || asOf <= n.validTo));
        return entry !== undefined && actor.name === entry.value.name && actor.short === entry.value.short && actor.names === raw.names;
      }),
      { numRuns: 100 },
    );
  });

  it("names never overlap: at most one name of an actor is in force on any date", () => {
    fc.assert(
      fc.property(isoDate, (asOf) =>
        catalog.actors.every((a) => a.names.filter((n) => n.validFrom <= asOf && (n.validTo === undefined || asOf <= n.validTo)).length <= 1),
      ),
      { numRuns: 100 },
    );
  });

  it("actors({ asOf }) is exactly the actors that getActor knows on that date", () => {
    fc.assert(
      fc.property(isoDate, (asOf) => {
        const listed = actors({ asOf }).map((a) => a.id);
        const known = catalog.actors.filter((a) => getActor(a.id, { asOf }) !== undefined).map((a) => a.id);
        expect(listed).toEqual(known);
      }),
      { numRuns: 30 },
    );
  });

  it("deliverables in a range are sorted, in range (or by another source's date), and a subset of all", () => {
    const all = deliverables();
    const key = (d: (typeof all)[number]) => `${d.deliverableId}/${d.occurrence ?? "-"}`;
    const allKeys = new Set(all.map(key));
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const some = deliverables({ from, to });
        const inRange = (date: string) => from <= date && date <= to;
        for (const d of some) {
          expect(inRange(d.due) || (d.alternativeDue ?? []).some((alt) => inRange(alt.due))).toBe(true);
          expect(allKeys.has(key(d))).toBe(true);
        }
        for (let i = 1; i < some.length; i += 1) expect((some[i - 1]?.due ?? "") <= (some[i]?.due ?? "")).toBe(true);
        expect(some.length).toBe(all.filter((d) => inRange(d.due) || (d.alternativeDue ?? []).some((alt) => inRange(alt.due))).length);
      }),
      { numRuns: 100 },
    );
  });

  it("a yearly due rule gives one occurrence a year on the written month and day", () => {
    for (const c of catalog.commissions) {
      for (const part of c.parts) {
        for (const d of part.deliverables) {
          const dues = deliverables().filter((o) => o.deliverableId === d.id);
          if (d.due.kind === "fixed") expect(dues.map((o) => [o.due, o.occurrence])).toEqual([[d.due.date, null]]);
          else {
            const { fromYear, toYear, month, day } = d.due;
            expect(dues.map((o) => o.occurrence)).toEqual(Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i));
            for (const o of dues) expect(o.due.slice(4)).toBe(`-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
          }
        }
      }
    }
  });

  it("programme and network members on a date are members of the entry, named as getActor names them", () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom("malardalen-network", "municipal-network", "national-network"), (asOf, networkId) => {
        const members = networkMembers(networkId, { asOf }) ?? [];
        const ids = new Set(getNetwork(networkId)?.members.map((m) => m.actorId));
        for (const m of members) {
          expect(ids.has(m.id)).toBe(true);
          expect(m.name).toEqual(getActor(m.id, { asOf })?.name);
        }
        for (const p of programmes()) {
          const inProgramme = programmeMunicipalities(p.id, { asOf }) ?? [];
          const running = p.period.from <= asOf && asOf <= p.period.to;
          if (!running) expect(inProgramme).toEqual([]);
          for (const m of inProgramme) expect(p.municipalities.some((x) => x.actorId === m.id)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
