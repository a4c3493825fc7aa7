import { describe, expect, it } from "vitest";
import { catalog, catalogNotes, checkCatalog, citations, createCatalog, extendCatalog } from "../src/index.js";

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe("the seeds' notes as of a date", () => {
  it("knows none of seeds 002 and 003's notes before 16 May 2018, and all six from that day", () => {
    expect(catalogNotes({ asOf: "2018-05-15" })).toEqual([]);
    expect(ids(catalogNotes({ asOf: "2018-05-16" }))).toEqual([
      "active-municipalities-2018",
      "proposal-long-term-state-grant",
      "proposal-more-support-to-municipalities",
      "linkoping-youth-dropped-out",
      "linkoping-action-plan-2018-2021",
      "municipal-network-meeting-2018-11-28",
    ]);
    expect(catalogNotes()).toHaveLength(6);
  });

  it("holds seed 002's count and the board's two proposals under its commission 2016–2019", () => {
    const board = catalogNotes({ asOf: "2019-01-01", subjectId: "ku2016-00159-disk" });
    expect(board.map((n) => [n.kind, n.byId ?? null, n.count ?? null])).toEqual([
      ["count", null, { value: 20, approximate: true }],
      ["proposal", "lansstyrelsen-stockholm", null],
      ["proposal", "lansstyrelsen-stockholm", null],
    ]);
    expect(board[1]?.text.sv).toMatch(/statsbidrag.*långsiktigt/);
    expect(board[2]?.text.sv).toMatch(/förstärkt finansiering till Länsstyrelsen i Stockholm.*samtliga länsstyrelser/);
    expect(board.every((n) => n.sources.every((s) => s.kind === "seed" && s.file === "002_45e07da4f0d67e87.txt"))).toBe(true);
  });

  it("holds seed 003's notes on Linköping and the municipal network's next meeting", () => {
    const linkoping = catalogNotes({ asOf: "2018-06-01", subjectId: "municipality-0580" });
    expect(linkoping.map((n) => [n.id, n.period ?? null])).toEqual([
      ["linkoping-youth-dropped-out", null],
      ["linkoping-action-plan-2018-2021", { from: "2018-01-01", to: "2021-12-31" }],
    ]);
    expect(linkoping[0]?.text.sv).toMatch(/hoppat av/);
    const [meeting] = catalogNotes({ asOf: "2018-05-16", subjectId: "municipal-network" });
    expect([meeting?.kind, meeting?.date, meeting?.decided.on]).toEqual(["planned-meeting", "2018-11-28", "2018-05-16"]);
    expect(meeting?.sources[0]).toMatchObject({ kind: "seed", file: "003_c330e8c89015faff.txt" });
  });

  it("binds to a catalog's date and cites every note", () => {
    expect(createCatalog(catalog, { asOf: "2018-05-15" }).catalogNotes()).toEqual([]);
    expect(createCatalog(catalog, { asOf: "2018-05-16" }).catalogNotes({ subjectId: "municipality-0580" })).toHaveLength(2);
    expect([...new Set(citations({ entryKind: "note" }).map((c) => c.entry.id))]).toEqual(ids(catalog.notes));
    expect(() => catalogNotes({ asOf: "2018-02-30" })).toThrow(/catalogNotes: options.asOf/);
  });

  it("is checked by checkCatalog: references resolve, a kind's detail is present, a source is required", () => {
    expect(checkCatalog(catalog)).toEqual({ success: true });
    const base = catalog.notes.find((n) => n.id === "linkoping-action-plan-2018-2021")!;
    const { period: _period, ...withoutPeriod } = base;
    const broken = extendCatalog(catalog, {
      notes: [
        { ...withoutPeriod, subject: { kind: "actor", id: "municipality-9999" } },
        { ...base, id: "unsourced", sources: [] },
      ],
    });
    const result = checkCatalog(broken);
    expect(result.success ? [] : result.issues.map((i) => [i.entry.id, i.code, i.path.join(".")])).toEqual([
      ["linkoping-action-plan-2018-2021", "missing-detail", "period"],
      ["unsourced", expect.any(String), "sources"],
      ["linkoping-action-plan-2018-2021", "unknown-reference", "subject.id"],
    ]);
  });
});
