/**
 * Small-cell suppression: primary suppression of small counts and
 * complementary (secondary) suppression, so that a suppressed count cannot
 * be worked out from the published totals and the other cells, and the
 * national report's policy: counts of people are suppressed, counts of
 * organisations, reports, activities, meetings and money are not.
 */
import {
  PUBLISHED_MEASURES,
  SUPPRESSED_MEASURES,
  type Bilingual,
  type PublishedMeasure as ModelPublishedMeasure,
  type Source,
  type SuppressedMeasure as ModelSuppressedMeasure,
} from "@romsk-inkludering/model";
import type { OutputMetric } from "./labels.js";

/**
 * The suppression threshold the project uses by default: counts from 1 to 4
 * are not published. No Swedish law sets a numeric minimum cell size (OSL
 * 24 kap. 8 § requires that an individual cannot be identified; SCB uses
 * suppression and, from 2025, the cell key method), so the threshold is a
 * setting: every function that suppresses takes it as a required argument,
 * and this constant is the one place where the default is set. 5 is the
 * smallest threshold commonly used by Swedish and European statistics
 * producers for counts of people, and it hides, for example, the two
 * representatives per Roma group of a municipality's consultation.
 *
 * Zero counts are published: a zero says that nobody is in the cell, which
 * discloses nothing about an individual. A threshold of 0 or 1 suppresses
 * nothing.
 *
 * @category Reports
 * @example
 * ```ts
 * import { DEFAULT_SUPPRESSION_THRESHOLD } from "@romsk-inkludering/reports";
 * DEFAULT_SUPPRESSION_THRESHOLD;
 * // => 5
 * ```
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/**
 * Why a count is not published: `"primary"` (the count itself is from 1 to
 * threshold − 1) or `"secondary"` (complementary: hidden so that a primary
 * cell cannot be worked out from totals). The distinction is for the
 * producer's audit; published output should not reveal it, since "primary"
 * alone tells that a count is small (the Markdown renderer shows both as
 * `..`).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { SuppressionKind } from "@romsk-inkludering/reports";
 * const kind: SuppressionKind = "secondary";
 * kind;
 * // => "secondary"
 * ```
 */
export type SuppressionKind = "primary" | "secondary";

/**
 * A published count, or a suppressed one (value null, marked, never zeroed).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { Cell } from "@romsk-inkludering/reports";
 * const shown: Cell = { value: 160, suppressed: null };
 * const hidden: Cell = { value: null, suppressed: "primary" };
 * [shown.value, hidden.value];
 * // => [160,null]
 * ```
 */
export type Cell =
  | { readonly value: number; readonly suppressed: null }
  | { readonly value: null; readonly suppressed: SuppressionKind };

/**
 * An additive relation between published counts: `total` is (at most) the
 * sum of `parts`, e.g. a row total and the cells of the row. Relations
 * where the total is a distinct count (an actor active in two areas counts
 * once in the total) are protected the same way, which is conservative.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { Relation } from "@romsk-inkludering/reports";
 * const row: Relation = { total: "linkoping-total", parts: ["linkoping-swedish-roma", "linkoping-finnish-roma"] };
 * row.parts.length;
 * // => 2
 * ```
 */
export interface Relation {
  readonly total: string;
  readonly parts: readonly string[];
}

/**
 * Whether a count is suppressed on its own (primary): 1 ≤ count < threshold.
 * Zero is published.
 *
 * @category Reports
 * @example
 * ```ts
 * import { isSmallCount } from "@romsk-inkludering/reports";
 * [0, 1, 4, 5].map((n) => isSmallCount(n, 5));
 * // => [false,true,true,false]
 * ```
 */
export function isSmallCount(count: number, threshold: number): boolean {
  return count >= 1 && count < threshold;
}

/** @throws RangeError for a threshold that is not a non-negative integer. @internal */
export function checkThreshold(fn: string, threshold: unknown): number {
  if (typeof threshold !== "number" || !Number.isInteger(threshold) || threshold < 0) {
    throw new RangeError(`${fn}: suppressionThreshold must be a non-negative integer, got ${String(threshold)}`);
  }
  return threshold;
}

interface Member {
  readonly key: string;
  readonly coefficient: number;
}

interface NormalRelation {
  readonly members: readonly Member[];
}

function normalise(relations: readonly Relation[], values: ReadonlyMap<string, number>, fn: string): NormalRelation[] {
  return relations.map((r, index) => {
    const coefficients = new Map<string, number>();
    const order: string[] = [];
    const add = (key: string, c: number): void => {
      if (!values.has(key)) throw new RangeError(`${fn}: relation ${index} refers to unknown cell "${key}"`);
      if (!coefficients.has(key)) order.push(key);
      coefficients.set(key, (coefficients.get(key) ?? 0) + c);
    };
    add(r.total, 1);
    for (const part of r.parts) add(part, -1);
    return { members: order.map((key) => ({ key, coefficient: coefficients.get(key) ?? 0 })) };
  });
}

/** The smallest positive unsuppressed member (zero only when there is no positive one); first listed wins ties. */
function pickComplement(
  candidates: readonly string[],
  values: ReadonlyMap<string, number>,
  state: ReadonlyMap<string, SuppressionKind>,
): string | undefined {
  let best: string | undefined;
  let bestValue = Infinity;
  let zero: string | undefined;
  for (const key of candidates) {
    if (state.has(key)) continue;
    const v = values.get(key) ?? 0;
    if (v === 0) {
      zero ??= key;
    } else if (v < bestValue) {
      best = key;
      bestValue = v;
    }
  }
  return best ?? zero;
}

const EPSILON = 1e-9;

/**
 * The suppressed cells whose value follows exactly from the published cells
 * and the relations (by Gaussian elimination over the relations restricted
 * to the suppressed cells, one connected block at a time). Bounds from
 * non-negativity (interval disclosure) are not audited.
 */
function recoverable(relations: readonly NormalRelation[], state: ReadonlyMap<string, SuppressionKind>): string[] {
  const unknowns = [...state.keys()];
  const index = new Map(unknowns.map((k, i) => [k, i]));
  const equations: { cols: number[]; coefs: number[] }[] = [];
  for (const r of relations) {
    const cols: number[] = [];
    const coefs: number[] = [];
    for (const m of r.members) {
      const i = index.get(m.key);
      if (i !== undefined && m.coefficient !== 0) {
        cols.push(i);
        coefs.push(m.coefficient);
      }
    }
    if (cols.length > 0) equations.push({ cols, coefs });
  }
  // Union-find over unknowns linked by an equation.
  const parent = unknowns.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    let j = i;
    while (parent[j] !== root) {
      const next = parent[j] ?? root;
      parent[j] = root;
      j = next;
    }
    return root;
  };
  for (const e of equations) {
    const first = e.cols[0];
    if (first === undefined) continue;
    for (const c of e.cols) parent[find(c)] = find(first);
  }
  const blocks = new Map<number, { cols: number[]; eqs: { cols: number[]; coefs: number[] }[] }>();
  unknowns.forEach((_, i) => {
    const root = find(i);
    let b = blocks.get(root);
    if (b === undefined) {
      b = { cols: [], eqs: [] };
      blocks.set(root, b);
    }
    b.cols.push(i);
  });
  for (const e of equations) {
    const first = e.cols[0];
    if (first !== undefined) blocks.get(find(first))?.eqs.push(e);
  }

  const out: string[] = [];
  for (const block of blocks.values()) {
    if (block.eqs.length === 0) continue;
    const local = new Map(block.cols.map((c, j) => [c, j]));
    const width = block.cols.length;
    const rows = block.eqs.map((e) => {
      const row = new Float64Array(width);
      e.cols.forEach((c, k) => {
        const j = local.get(c);
        if (j !== undefined) row[j] = (row[j] ?? 0) + (e.coefs[k] ?? 0);
      });
      return row;
    });
    // Reduced row echelon form with partial pivoting.
    const pivots: { row: number; col: number }[] = [];
    let r = 0;
    for (let col = 0; col < width && r < rows.length; col++) {
      let best = -1;
      let bestAbs = EPSILON;
      for (let i = r; i < rows.length; i++) {
        const a = Math.abs(rows[i]?.[col] ?? 0);
        if (a > bestAbs) {
          best = i;
          bestAbs = a;
        }
      }
      if (best < 0) continue;
      const tmp = rows[r] as Float64Array<ArrayBuffer>;
      rows[r] = rows[best] as Float64Array<ArrayBuffer>;
      rows[best] = tmp;
      const pivotRow = rows[r] as Float64Array;
      const p = pivotRow[col] ?? 1;
      for (let j = 0; j < width; j++) pivotRow[j] = (pivotRow[j] ?? 0) / p;
      for (let i = 0; i < rows.length; i++) {
        if (i === r) continue;
        const row = rows[i] as Float64Array;
        const f = row[col] ?? 0;
        if (Math.abs(f) <= EPSILON) continue;
        for (let j = 0; j < width; j++) row[j] = (row[j] ?? 0) - f * (pivotRow[j] ?? 0);
      }
      pivots.push({ row: r, col });
      r += 1;
    }
    for (const { row, col } of pivots) {
      const values = rows[row] as Float64Array;
      let alone = true;
      for (let j = 0; j < width; j++) {
        if (j !== col && Math.abs(values[j] ?? 0) > EPSILON) {
          alone = false;
          break;
        }
      }
      const key = unknowns[block.cols[col] ?? -1];
      if (alone && key !== undefined) out.push(key);
    }
  }
  return out.sort();
}

function toValueMap(values: Readonly<Record<string, number>>, fn: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const key of Object.keys(values)) {
    const v = values[key];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
      throw new RangeError(`${fn}: count "${key}" must be a non-negative integer, got ${String(v)}`);
    }
    map.set(key, v);
  }
  return map;
}

/**
 * Suppresses counts linked by additive relations (tables with margins,
 * several breakdowns of the same total, shared cells between tables):
 *
 * 1. primary: every count from 1 to `threshold − 1` (zero is published);
 * 2. complementary: while some relation (a row or column with its total)
 *    has exactly one suppressed member, suppress the smallest positive
 *    unsuppressed member of that relation (the first listed on ties; a zero
 *    only if nothing else is left); repeated to a fixed point;
 * 3. audit: a suppressed cell can still follow exactly from several
 *    relations together (e.g. two suppressed blocks joined by a single
 *    cell); such a cell gets one more complementary cell from one of its
 *    relations, and steps 2–3 repeat until no suppressed cell can be
 *    worked out exactly.
 *
 * Deterministic: the same counts and relations give the same cells.
 * Bounds that follow from counts being non-negative (a suppressed cell
 * known to lie in 0..7, say) are not audited.
 *
 * @param values - Counts by key (non-negative integers).
 * @param relations - Each total with its parts (keys of `values`).
 * @param threshold - Counts from 1 to threshold − 1 are suppressed.
 * @returns Every key of `values` with its published or suppressed cell.
 * @throws RangeError for a threshold or count that is not a non-negative
 *   integer, or a relation naming an unknown key.
 * @category Reports
 * @example
 * ```ts
 * import { suppressCounts } from "@romsk-inkludering/reports";
 * // Participants in a consultation by Roma group, with the total.
 * suppressCounts(
 *   { total: 14, "swedish-roma": 2, "finnish-roma": 6, travellers: 6 },
 *   [{ total: "total", parts: ["swedish-roma", "finnish-roma", "travellers"] }],
 *   5,
 * );
 * // => {"total":{"value":14,"suppressed":null},"swedish-roma":{"value":null,"suppressed":"primary"},"finnish-roma":{"value":null,"suppressed":"secondary"},"travellers":{"value":6,"suppressed":null}}
 * ```
 */
export function suppressCounts(
  values: Readonly<Record<string, number>>,
  relations: readonly Relation[],
  threshold: number,
): Record<string, Cell> {
  const fn = "suppressCounts";
  checkThreshold(fn, threshold);
  const map = toValueMap(values, fn);
  const rels = normalise(relations, map, fn);
  const state = new Map<string, SuppressionKind>();
  for (const [key, v] of map) if (isSmallCount(v, threshold)) state.set(key, "primary");

  const relationsOf = new Map<string, NormalRelation[]>();
  for (const r of rels) {
    for (const m of r.members) {
      const list = relationsOf.get(m.key) ?? [];
      list.push(r);
      relationsOf.set(m.key, list);
    }
  }

  for (;;) {
    let changed = false;
    for (const r of rels) {
      let suppressed = 0;
      for (const m of r.members) if (state.has(m.key)) suppressed += 1;
      if (suppressed !== 1) continue;
      const pick = pickComplement(r.members.map((m) => m.key), map, state);
      if (pick !== undefined) {
        state.set(pick, "secondary");
        changed = true;
      }
    }
    if (changed) continue;
    if (state.size === 0) break;
    const exposed = recoverable(rels, state);
    let fixed = false;
    for (const key of exposed) {
      const candidates = (relationsOf.get(key) ?? []).flatMap((r) => r.members.map((m) => m.key)).filter((k) => k !== key);
      const pick = pickComplement(candidates, map, state);
      if (pick !== undefined) {
        state.set(pick, "secondary");
        fixed = true;
        break;
      }
    }
    if (!fixed) {
      // Nothing next to the exposed cells is left to suppress: take the
      // smallest unsuppressed member of any relation that has a suppressed one.
      const touching = rels.filter((r) => r.members.some((m) => state.has(m.key)));
      const pick = exposed.length === 0 ? undefined : pickComplement(touching.flatMap((r) => r.members.map((m) => m.key)), map, state);
      if (pick === undefined) break;
      state.set(pick, "secondary");
    }
  }

  const out: Record<string, Cell> = {};
  for (const [key, v] of map) {
    const kind = state.get(key);
    out[key] = kind === undefined ? { value: v, suppressed: null } : { value: null, suppressed: kind };
  }
  return out;
}

/**
 * Which suppressed cells can be worked out exactly from the published
 * counts and the relations (an empty list when the suppression holds).
 * Useful to audit suppression done elsewhere.
 *
 * @param relations - The additive relations between the keys.
 * @param suppressed - The keys that are not published.
 * @returns The exposed keys, sorted.
 * @category Reports
 * @example
 * ```ts
 * import { exposedCells } from "@romsk-inkludering/reports";
 * const row = [{ total: "total", parts: ["swedish-roma", "finnish-roma", "travellers"] }];
 * [exposedCells(row, ["swedish-roma"]), exposedCells(row, ["swedish-roma", "finnish-roma"])];
 * // => [["swedish-roma"],[]]
 * ```
 */
export function exposedCells(relations: readonly Relation[], suppressed: Iterable<string>): string[] {
  const keys = new Map<string, number>();
  for (const r of relations) {
    keys.set(r.total, 0);
    for (const p of r.parts) keys.set(p, 0);
  }
  const state = new Map<string, SuppressionKind>();
  for (const key of suppressed) {
    if (keys.has(key)) state.set(key, "primary");
  }
  return recoverable(normalise(relations, keys, "exposedCells"), state);
}

/**
 * A two-dimensional table of counts with optional margins: `rowTotals[i]`
 * is the total of row `i`, `columnTotals[j]` of column `j`, and
 * `grandTotal` (with both margins) the total of both margins.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { CountTable } from "@romsk-inkludering/reports";
 * const table: CountTable = { rows: ["a"], columns: ["x", "y"], cells: [[3, 12]], rowTotals: [15] };
 * table.cells[0]?.[1];
 * // => 12
 * ```
 */
export interface CountTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly number[])[];
  readonly rowTotals?: readonly number[];
  readonly columnTotals?: readonly number[];
  readonly grandTotal?: number;
}

/**
 * A {@link CountTable} after suppression.
 *
 * @category Reports
 * @example
 * ```ts
 * import { suppressTable } from "@romsk-inkludering/reports";
 * const t = suppressTable({ rows: ["a"], columns: ["x", "y"], cells: [[3, 12]], rowTotals: [15] }, 5);
 * t.cells[0]?.map((c) => c.suppressed);
 * // => ["primary","secondary"]
 * ```
 */
export interface SuppressedTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly Cell[])[];
  readonly rowTotals?: readonly Cell[];
  readonly columnTotals?: readonly Cell[];
  readonly grandTotal?: Cell;
}

/**
 * Primary and complementary suppression of a two-dimensional table with
 * margins (see {@link suppressCounts} for the rules): each row with its row
 * total and each column with its column total is a relation; with a grand
 * total, so are the two margins. Rows are visited before columns, top to
 * bottom and left to right.
 *
 * @throws RangeError if the margins do not match the table's shape, or for
 *   a threshold or count that is not a non-negative integer.
 * @category Reports
 * @example
 * ```ts
 * import { suppressTable } from "@romsk-inkludering/reports";
 * const t = suppressTable({
 *   rows: ["a", "b", "c"],
 *   columns: ["x", "y", "z"],
 *   cells: [[12, 3, 20], [8, 15, 9], [30, 7, 11]],
 *   rowTotals: [35, 32, 48],
 *   columnTotals: [50, 25, 40],
 *   grandTotal: 115,
 * }, 5);
 * t.cells.map((row) => row.map((c) => c.value));
 * // => [[null,null,20],[null,15,null],[30,null,null]]
 * ```
 */
export function suppressTable(table: CountTable, threshold: number): SuppressedTable {
  const fn = "suppressTable";
  const { rows, columns, cells, rowTotals, columnTotals, grandTotal } = table;
  if (cells.length !== rows.length || cells.some((row) => row.length !== columns.length)) {
    throw new RangeError(`${fn}: cells must be ${rows.length} rows of ${columns.length} counts`);
  }
  if (rowTotals !== undefined && rowTotals.length !== rows.length) {
    throw new RangeError(`${fn}: rowTotals has ${rowTotals.length} entries for ${rows.length} rows`);
  }
  if (columnTotals !== undefined && columnTotals.length !== columns.length) {
    throw new RangeError(`${fn}: columnTotals has ${columnTotals.length} entries for ${columns.length} columns`);
  }
  if (grandTotal !== undefined && (rowTotals === undefined || columnTotals === undefined)) {
    throw new RangeError(`${fn}: grandTotal needs both rowTotals and columnTotals`);
  }
  const values: Record<string, number> = {};
  const cellKey = (i: number, j: number): string => `c${i}.${j}`;
  cells.forEach((row, i) => row.forEach((v, j) => (values[cellKey(i, j)] = v)));
  rowTotals?.forEach((v, i) => (values[`r${i}`] = v));
  columnTotals?.forEach((v, j) => (values[`k${j}`] = v));
  if (grandTotal !== undefined) values["g"] = grandTotal;

  const relations: Relation[] = [];
  if (rowTotals !== undefined) {
    rows.forEach((_, i) => relations.push({ total: `r${i}`, parts: columns.map((__, j) => cellKey(i, j)) }));
    if (grandTotal !== undefined) relations.push({ total: "g", parts: columns.map((_, j) => `k${j}`) });
  }
  if (columnTotals !== undefined) {
    columns.forEach((_, j) => relations.push({ total: `k${j}`, parts: rows.map((__, i) => cellKey(i, j)) }));
    if (grandTotal !== undefined) relations.push({ total: "g", parts: rows.map((_, i) => `r${i}`) });
  }
  const out = suppressCounts(values, relations, threshold);
  const get = (key: string): Cell => out[key] ?? { value: null, suppressed: "secondary" };
  return {
    rows: [...rows],
    columns: [...columns],
    cells: cells.map((row, i) => row.map((_, j) => get(cellKey(i, j)))),
    ...(rowTotals !== undefined ? { rowTotals: rowTotals.map((_, i) => get(`r${i}`)) } : {}),
    ...(columnTotals !== undefined ? { columnTotals: columnTotals.map((_, j) => get(`k${j}`)) } : {}),
    ...(grandTotal !== undefined ? { grandTotal: get("g") } : {}),
  };
}

/**
 * The output metrics of activities that count people (people trained or
 * reached, participants, staff): their small counts are suppressed like
 * the participants of meetings. Sessions and publications count things,
 * and are published as they are.
 *
 * @category Reports
 * @example
 * ```ts
 * import { PEOPLE_OUTPUT_METRICS } from "@romsk-inkludering/reports";
 * PEOPLE_OUTPUT_METRICS;
 * // => ["people-trained","people-reached","participants","staff"]
 * ```
 */
export const PEOPLE_OUTPUT_METRICS: readonly OutputMetric[] = Object.freeze(
  // The model's list of suppressed measures is the one owner: its `outputs:<metric>` entries.
  SUPPRESSED_MEASURES.flatMap((m) => (m.startsWith("outputs:") ? [m.slice("outputs:".length) as OutputMetric] : [])),
);

/**
 * Whether an output metric counts people (see {@link PEOPLE_OUTPUT_METRICS}).
 *
 * @category Reports
 * @example
 * ```ts
 * import { countsPeople } from "@romsk-inkludering/reports";
 * [countsPeople("people-reached"), countsPeople("sessions")];
 * // => [true,false]
 * ```
 */
export function countsPeople(metric: OutputMetric): boolean {
  return PEOPLE_OUTPUT_METRICS.includes(metric);
}

/**
 * The national report's statement of what it suppresses and why: counts of
 * people are protected, counts of organisations, reports, activities,
 * meetings and money are published as they are. `statement` is the
 * report's preamble in Swedish and English; `basis` names the sources.
 *
 * @category Reports
 * @example
 * ```ts
 * import { suppressionPolicy } from "@romsk-inkludering/reports";
 * const p = suppressionPolicy(5);
 * [p.protects, p.suppressed.includes("participants"), p.published.includes("reports"), p.basis.map((s) => s.kind)];
 * // => ["people",true,true,["publication","sfs","url","facts"]]
 * ```
 */
export interface SuppressionPolicy {
  /** What the suppression protects: people, never organisations. */
  readonly protects: "people";
  /** The measures whose small counts are suppressed (with complementary suppression). */
  readonly suppressed: readonly SuppressedMeasure[];
  /** The measures published as they are. */
  readonly published: readonly PublishedMeasure[];
  /** The policy in words, in Swedish and English: the report's preamble. */
  readonly statement: Bilingual;
  /** The sources the policy rests on. */
  readonly basis: readonly Source[];
}

/**
 * A measure of the national report that counts people, and so is
 * suppressed when small: participants (in total, by role, Roma group and
 * age group) and the outputs that count people. The model's
 * `SuppressedMeasure`, the one list, re-exported here.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { SuppressedMeasure } from "@romsk-inkludering/reports";
 * const m: SuppressedMeasure = "participants-by-roma-group";
 * m;
 * // => "participants-by-roma-group"
 * ```
 */
export type SuppressedMeasure = ModelSuppressedMeasure;

/**
 * A measure of the national report that counts organisations, documents,
 * activities, meetings or money, and so is published as it is. The
 * model's `PublishedMeasure`, re-exported here.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { PublishedMeasure } from "@romsk-inkludering/reports";
 * const m: PublishedMeasure = "active-actors";
 * m;
 * // => "active-actors"
 * ```
 */
export type PublishedMeasure = ModelPublishedMeasure;

/** The sources of the policy (see `FACTS.md`, "Indicators and data"). */
const POLICY_BASIS: readonly Source[] = Object.freeze([
  {
    kind: "publication",
    reference: "Förordning (EU) 2016/679",
    title: "Allmän dataskyddsförordning (GDPR)",
    note: "Article 9: personal data revealing racial or ethnic origin is a special category of personal data.",
  },
  {
    kind: "sfs",
    sfs: "2009:400",
    section: "24 kap. 8 §",
    title: "Offentlighets- och sekretesslag (2009:400)",
    note: "Secrecy in the production of statistics: a figure must not let an individual's circumstances be traced to the individual.",
  },
  {
    kind: "url",
    url: "https://www.scb.se/FAQ-CKM",
    title: "Frågor och svar om röjandeskydd i befolkningsstatistiken (SCB)",
    note: "Statistics Sweden protects its tables by suppressing small values and, in population statistics from reference year 2025, by the cell key method.",
  },
  {
    kind: "facts",
    section: "Indicators and data",
    note: "Privacy: ethnic registration does not take place in Sweden; no numeric minimum cell size is set by law, so the threshold is a setting.",
  },
]);

function policyStatement(threshold: number): Bilingual {
  const hidden = `"${HIDDEN_MARK}"`;
  if (threshold <= 1) {
    return {
      sv: `Röjandeskydd: tröskeln är ${threshold}, så inga antal är dolda. Antal personer skyddas annars; antal organisationer, rapporter, insatser och möten samt belopp redovisas alltid som de är.`,
      en: `Disclosure control: the threshold is ${threshold}, so no counts are hidden. Counts of people are otherwise protected; counts of organisations, reports, activities and meetings and amounts of money are always published as they are.`,
    };
  }
  const range = threshold === 2 ? "1" : `1–${threshold - 1}`;
  return {
    sv:
      `Röjandeskydd: rapporten är statistik om enskilda personer bara där den räknar personer – deltagare, personer som utbildats eller nåtts och personal, även per roll, romsk grupp och ålder. ` +
      `Sådana antal från ${range} visas inte, och inte heller antal som de skulle kunna räknas fram ur; dolda antal visas som ${hidden}. Nollor visas. ` +
      `Antal organisationer, rapporter, insatser och möten samt belopp är uppgifter om offentliga organ och redovisas som de är. ` +
      `Grund: uppgifter om etniskt ursprung är särskilda kategorier av personuppgifter (EU:s dataskyddsförordning 2016/679, artikel 9); statistik får inte göra det möjligt att identifiera en enskild (offentlighets- och sekretesslagen (2009:400) 24 kap. 8 §); SCB skyddar sina tabeller på samma sätt genom att dölja små värden och, i befolkningsstatistiken från referensåret 2025, med cell key-metoden. ` +
      `Ingen lag anger en minsta cellstorlek: tröskeln ${threshold} är en inställning.`,
    en:
      `Disclosure control: the report is statistics about individuals only where it counts people – participants, people trained or reached, and staff, also by role, Roma group and age group. ` +
      `Such counts of ${range} are not shown, nor counts from which they could be worked out; hidden counts are shown as ${hidden}. Zeros are shown. ` +
      `Counts of organisations, reports, activities and meetings and amounts of money are facts about public bodies and are published as they are. ` +
      `Basis: data on ethnic origin is a special category of personal data (EU General Data Protection Regulation 2016/679, Article 9); statistics must not let an individual be identified (Swedish Public Access to Information and Secrecy Act (2009:400), chapter 24, section 8); Statistics Sweden protects its tables the same way, by suppressing small values and, in population statistics from reference year 2025, by the cell key method. ` +
      `No law sets a minimum cell size: the threshold ${threshold} is a setting.`,
  };
}

/** The mark of a suppressed count in published tables (Swedish official statistics use `..` for figures not shown). @internal */
export const HIDDEN_MARK = "..";

/**
 * The suppression policy of the national report for a threshold: what is
 * suppressed (counts of people), what is published as it is (counts of
 * organisations, reports, activities, meetings; money; the reporting
 * status; indicator statistics, which count places), the statement that
 * opens the report, and its basis.
 *
 * @throws RangeError for a threshold that is not a non-negative integer.
 * @category Reports
 * @example
 * ```ts
 * import { suppressionPolicy } from "@romsk-inkludering/reports";
 * suppressionPolicy(5).statement.en.split(". ")[1];
 * // => "Such counts of 1–4 are not shown, nor counts from which they could be worked out; hidden counts are shown as \"..\""
 * ```
 */
export function suppressionPolicy(threshold: number): SuppressionPolicy {
  checkThreshold("suppressionPolicy", threshold);
  return {
    protects: "people",
    suppressed: SUPPRESSED_MEASURES,
    published: PUBLISHED_MEASURES,
    statement: policyStatement(threshold),
    basis: POLICY_BASIS,
  };
}
