import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  exposedCells,
  isSmallCount,
  suppressCounts,
  suppressTable,
  type Cell,
  type Relation,
} from "../src/index.js";

const shown = (value: number): Cell => ({ value, suppressed: null });
const primary: Cell = { value: null, suppressed: "primary" };
const secondary: Cell = { value: null, suppressed: "secondary" };

describe("primary suppression", () => {
  it("uses 5 as the documented default", () => {
    expect(DEFAULT_SUPPRESSION_THRESHOLD).toBe(5);
  });

  it("suppresses 1 to threshold − 1 and publishes zero", () => {
    expect([0, 1, 2, 3, 4, 5, 160].map((n) => isSmallCount(n, 5))).toEqual([false, true, true, true, true, false, false]);
    expect(suppressCounts({ a: 0, b: 4, c: 5 }, [], 5)).toEqual({ a: shown(0), b: primary, c: shown(5) });
  });

  it("suppresses nothing with a threshold of 0 or 1", () => {
    expect(suppressCounts({ a: 1, b: 2 }, [{ total: "b", parts: ["a"] }], 1)).toEqual({ a: shown(1), b: shown(2) });
    expect(suppressCounts({ a: 1 }, [], 0)).toEqual({ a: shown(1) });
  });

  it("rejects a threshold or count that is not a non-negative integer, naming it", () => {
    expect(() => suppressCounts({ a: 1 }, [], 2.5)).toThrow("suppressionThreshold must be a non-negative integer, got 2.5");
    expect(() => suppressCounts({ a: 1 }, [], -1)).toThrow(RangeError);
    expect(() => suppressCounts({ a: 1.5 }, [], 5)).toThrow('count "a" must be a non-negative integer, got 1.5');
    expect(() => suppressCounts({ a: 1 }, [{ total: "a", parts: ["b"] }], 5)).toThrow('relation 0 refers to unknown cell "b"');
  });
});

describe("complementary suppression", () => {
  it("hides Linköping's two representatives per Roma group, and nothing else when all are small", () => {
    // Seed 003: two participants per Roma group, five groups, 10 in all.
    const values = { total: 10, "swedish-roma": 2, "finnish-roma": 2, travellers: 2, "non-nordic-roma": 2, "newly-arrived-roma": 2 };
    const cells = suppressCounts(values, [{ total: "total", parts: Object.keys(values).slice(1) }], 5);
    expect(cells).toEqual({
      total: shown(10),
      "swedish-roma": primary,
      "finnish-roma": primary,
      travellers: primary,
      "non-nordic-roma": primary,
      "newly-arrived-roma": primary,
    });
  });

  it("hides the next-smallest cell when a row has a single small cell", () => {
    // 14 participants: 2 Swedish Roma (primary), 6 Finnish Roma, 6 travellers: the first 6 is hidden too.
    const cells = suppressCounts(
      { total: 14, "swedish-roma": 2, "finnish-roma": 6, travellers: 6 },
      [{ total: "total", parts: ["swedish-roma", "finnish-roma", "travellers"] }],
      5,
    );
    expect(cells).toEqual({ total: shown(14), "swedish-roma": primary, "finnish-roma": secondary, travellers: shown(6) });
  });

  it("works a 3 × 3 table with margins by hand", () => {
    //        x    y    z  | total
    //  a    12    3   20  |   35      3 is primary; row a → 12 (smallest of 12, 20, 35)
    //  b     8   15    9  |   32      column x then has one → 8; column y → 7
    //  c    30    7   11  |   48      row b then has one → 9; row c → 11
    //  tot  50   25   40  |  115      every row and column now has two
    const t = suppressTable(
      {
        rows: ["a", "b", "c"],
        columns: ["x", "y", "z"],
        cells: [
          [12, 3, 20],
          [8, 15, 9],
          [30, 7, 11],
        ],
        rowTotals: [35, 32, 48],
        columnTotals: [50, 25, 40],
        grandTotal: 115,
      },
      5,
    );
    expect(t.cells).toEqual([
      [secondary, primary, shown(20)],
      [secondary, shown(15), secondary],
      [shown(30), secondary, secondary],
    ]);
    expect(t.rowTotals).toEqual([shown(35), shown(32), shown(48)]);
    expect(t.columnTotals).toEqual([shown(50), shown(25), shown(40)]);
    expect(t.grandTotal).toEqual(shown(115));
  });

  it("hides a margin that is small, and a cell to protect it", () => {
    //        x   y | total
    //  a     3   1 |   4     3, 1 and the row total 4 are primary
    //  b     6   5 |  11     column x then has one hidden cell → 6; column y → 5;
    //  tot   9   6 |  15     the column of row totals (4 hidden) → 11
    const t = suppressTable(
      { rows: ["a", "b"], columns: ["x", "y"], cells: [[3, 1], [6, 5]], rowTotals: [4, 11], columnTotals: [9, 6], grandTotal: 15 },
      5,
    );
    expect(t.cells).toEqual([
      [primary, primary],
      [secondary, secondary],
    ]);
    expect(t.rowTotals).toEqual([primary, secondary]);
    expect(t.columnTotals).toEqual([shown(9), shown(6)]);
    expect(t.grandTotal).toEqual(shown(15));
  });

  it("closes a gap that the row and column rule leaves: two hidden blocks joined by one cell", () => {
    //        w    x    y    z | total
    //  a     3    2    4   30 |   39
    //  b     1    4   20   25 |   50
    //  c    40   35    3    2 |   80
    //  d    50   45    1    4 |  100
    //  tot  94   86   28   61 |  300
    // The small cells form two closed blocks (a,b × w,x and c,d × y,z) joined by a·y = 4: every row and
    // column has 0 or at least 2 hidden cells, yet a·y follows from the totals. b·y (20) is the smallest
    // cell of a·y's row or column left to hide.
    const rows = ["a", "b", "c", "d"];
    const columns = ["w", "x", "y", "z"];
    const cells = [
      [3, 2, 4, 30],
      [1, 4, 20, 25],
      [40, 35, 3, 2],
      [50, 45, 1, 4],
    ];
    const relations: Relation[] = [
      ...rows.map((r) => ({ total: `${r}`, parts: columns.map((c) => `${r}${c}`) })),
      ...columns.map((c) => ({ total: `${c}`, parts: rows.map((r) => `${r}${c}`) })),
    ];
    const smallOnes = ["aw", "ax", "ay", "bw", "bx", "cy", "cz", "dy", "dz"];
    expect(exposedCells(relations, smallOnes)).toEqual(["ay"]);

    const t = suppressTable({ rows, columns, cells, rowTotals: [39, 50, 80, 100], columnTotals: [94, 86, 28, 61], grandTotal: 300 }, 5);
    const hidden = t.cells.flatMap((row, i) => row.flatMap((c, j) => (c.suppressed === null ? [] : [`${rows[i]}${columns[j]}:${c.suppressed}`])));
    expect(hidden).toEqual([
      "aw:primary",
      "ax:primary",
      "ay:primary",
      "bw:primary",
      "bx:primary",
      "by:secondary",
      "cy:primary",
      "cz:primary",
      "dy:primary",
      "dz:primary",
    ]);
    expect(exposedCells(relations, [...smallOnes, "by"])).toEqual([]);
  });

  it("rejects margins that do not fit the table", () => {
    expect(() => suppressTable({ rows: ["a"], columns: ["x"], cells: [[1, 2]] }, 5)).toThrow("cells must be 1 rows of 1 counts");
    expect(() => suppressTable({ rows: ["a"], columns: ["x"], cells: [[1]], rowTotals: [1, 2] }, 5)).toThrow("rowTotals has 2 entries for 1 rows");
    expect(() => suppressTable({ rows: ["a"], columns: ["x"], cells: [[1]], grandTotal: 1 }, 5)).toThrow("grandTotal needs both");
  });
});

/** A random table of counts with its margins. */
const table = fc
  .record({ r: fc.integer({ min: 1, max: 5 }), c: fc.integer({ min: 1, max: 5 }) })
  .chain(({ r, c }) =>
    fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: c, maxLength: c }), {
      minLength: r,
      maxLength: r,
    }),
  )
  .map((cells) => {
    const rowTotals = cells.map((row) => row.reduce((s, v) => s + v, 0));
    const columnTotals = (cells[0] ?? []).map((_, j) => cells.reduce((s, row) => s + (row[j] ?? 0), 0));
    return {
      rows: cells.map((_, i) => `r${i}`),
      columns: columnTotals.map((_, j) => `c${j}`),
      cells,
      rowTotals,
      columnTotals,
      grandTotal: rowTotals.reduce((s, v) => s + v, 0),
    };
  });

describe("suppressTable properties", () => {
  it("hides every small count, shows the others unchanged, leaves no row or column with one hidden cell, and nothing recoverable", () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 6 }), (t, threshold) => {
        const out = suppressTable(t, threshold);
        const keyed: [string, number, Cell][] = [];
        t.cells.forEach((row, i) => row.forEach((v, j) => keyed.push([`c${i}.${j}`, v, out.cells[i]![j]!])));
        t.rowTotals.forEach((v, i) => keyed.push([`r${i}`, v, out.rowTotals![i]!]));
        t.columnTotals.forEach((v, j) => keyed.push([`k${j}`, v, out.columnTotals![j]!]));
        keyed.push(["g", t.grandTotal, out.grandTotal!]);
        for (const [, v, cell] of keyed) {
          if (isSmallCount(v, threshold)) expect(cell).toEqual(primary);
          else if (cell.suppressed === null) expect(cell.value).toBe(v);
          else expect(cell.suppressed).toBe("secondary");
        }
        const hidden = new Set(keyed.filter(([, , c]) => c.suppressed !== null).map(([k]) => k));
        const relations: Relation[] = [
          ...t.rows.map((_, i) => ({ total: `r${i}`, parts: t.columns.map((__, j) => `c${i}.${j}`) })),
          ...t.columns.map((_, j) => ({ total: `k${j}`, parts: t.rows.map((__, i) => `c${i}.${j}`) })),
          { total: "g", parts: t.rows.map((_, i) => `r${i}`) },
          { total: "g", parts: t.columns.map((_, j) => `k${j}`) },
        ];
        for (const r of relations) {
          expect([r.total, ...r.parts].filter((k) => hidden.has(k)).length).not.toBe(1);
        }
        expect(exposedCells(relations, hidden)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(table, (t) => {
        expect(JSON.stringify(suppressTable(t, 5))).toBe(JSON.stringify(suppressTable(structuredClone(t), 5)));
      }),
      { numRuns: 50 },
    );
  });
});
