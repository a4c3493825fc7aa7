/**
 * A differential test of `romsk validate`'s fast path (src/fast.ts: the
 * validators compiled at build time from the model's shipped JSON Schemas,
 * with the zod-only checks where the schemas name them) against the
 * model's `validate`, which decides every record the fast path doubts.
 *
 * For every kind with a shipped schema, every fixture of the model
 * (valid and invalid) and systematic mutants of every valid fixture, as
 * JSON text carries them (each property removed; each leaf set to another
 * type, null, "" and out-of-range values; a personal identity number, an
 * e-mail address and a telephone number in each string; an impossible
 * date in each date; an unknown key and an own `__proto__` key in each
 * object; periods, validities, year and number ranges reversed; the first
 * element of each list repeated, which duplicates ids), the fast verdict
 * is the model's: a record the fast path accepts is one `validate`
 * accepts, every fixture `validate` accepts the fast path accepts too (so
 * the common valid case never loads zod), and a record the fast path
 * doubts is left to `validate`, whose verdict and issues are the output.
 * Deterministic, no timing.
 *
 * Needs the build (`generated/`, written by scripts/build-validators.ts).
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kinds, validate, type Kind } from "@romsk-inkludering/model";
import { invalidFixtures, validFixtures } from "../../model/test/fixtures/index.js";
import { fastCheck, type FastCheck } from "../src/fast.js";

type Path = (string | number)[];

const generated = new URL("../generated/annual-report.js", import.meta.url);
if (!existsSync(generated)) throw new Error("packages/cli/generated/ is missing: run `pnpm build` (pnpm test does) before the cli tests");

const checks = new Map<Kind, FastCheck>();
async function check(kind: Kind): Promise<FastCheck> {
  let found = checks.get(kind);
  if (found === undefined) {
    found = await fastCheck(kind);
    if (found === undefined) throw new Error(`no compiled validator for ${kind}`);
    checks.set(kind, found);
  }
  return found;
}

/** The value as a line of NDJSON gives it back (JSON.parse makes `__proto__` an own key). */
const asJson = (text: string): unknown => JSON.parse(text) as unknown;

function at(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((child, i) => pathsOf(child, [...path, i], out));
  else if (typeof value === "object" && value !== null) for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERSONAL_DATA = [" Kontakt 19121212-1212", " Kontakt anna.andersson@kommun.se", " Ring 070-123 45 67", " 121212 - 1212", " Ring ０７０－１２３ ４５ ６７"];
const SWAPS: readonly [string, string][] = [
  ["from", "to"],
  ["validFrom", "validTo"],
  ["fromYear", "toYear"],
  ["baselineYear", "year"],
  ["value", "upTo"],
  ["min", "max"],
];

/** The replacements of a leaf: another type, null, "", out of range, personal data, an impossible date. */
function leafValues(leaf: unknown): unknown[] {
  const common: unknown[] = [null, {}, []];
  if (typeof leaf === "string") {
    const out: unknown[] = [...common, "", 12, " ", `${leaf}${"x".repeat(10_001 - leaf.length > 0 ? 10_001 - leaf.length : 1)}`, ...PERSONAL_DATA.map((p) => `${leaf}${p}`)];
    if (ISO_DATE.test(leaf)) out.push("2019-02-30", "2023-02-29", `${leaf.slice(0, 4)}-13-01`, "1899-12-31");
    if (/^\d+$/.test(leaf)) out.push(`${leaf}0`);
    return out;
  }
  if (typeof leaf === "number") return [...common, String(leaf), -1, 0, 0.5, leaf + 1, leaf - 1, 1e21, 367, 2201, 1899];
  if (typeof leaf === "boolean") return [...common, String(leaf), 1, !leaf];
  return [...common, "", 0, false];
}

interface Mutant {
  readonly what: string;
  readonly text: string;
}

/** Every mutant of a valid fixture, as JSON text. */
function mutants(data: unknown): Mutant[] {
  const out: Mutant[] = [];
  const emit = (what: string, value: unknown): void => {
    out.push({ what, text: JSON.stringify(value) });
  };
  for (const path of pathsOf(data)) {
    const node = at(data, path);
    const where = JSON.stringify(path);
    const parent = path.length === 0 ? undefined : at(data, path.slice(0, -1));
    const last = path[path.length - 1];
    if (parent !== undefined && last !== undefined) {
      if (!Array.isArray(parent)) {
        const copy = structuredClone(data);
        delete (at(copy, path.slice(0, -1)) as Record<string, unknown>)[last as string];
        emit(`${where} removed`, copy);
      }
      if (typeof node !== "object" || node === null) {
        for (const value of leafValues(node)) {
          const copy = structuredClone(data);
          (at(copy, path.slice(0, -1)) as Record<string | number, unknown>)[last] = value;
          emit(`${where} = ${JSON.stringify(value).slice(0, 40)}`, copy);
        }
      }
    }
    if (Array.isArray(node) && node.length > 0) {
      const copy = structuredClone(data);
      const list = at(copy, path) as unknown[];
      list.push(structuredClone(list[0]));
      emit(`${where} first element repeated`, copy);
      const emptied = structuredClone(data);
      (at(emptied, path) as unknown[]).length = 0;
      emit(`${where} emptied`, emptied);
    }
    if (typeof node === "object" && node !== null && !Array.isArray(node)) {
      const record = node as Record<string, unknown>;
      const unknown = structuredClone(data);
      (at(unknown, path) as Record<string, unknown>)["unknownKey"] = 1;
      emit(`${where} unknown key`, unknown);
      // An own __proto__ key, as JSON.parse makes it from a line of NDJSON.
      const marker = "\u0000proto-marker\u0000";
      const proto = structuredClone(data);
      (at(proto, path) as Record<string, unknown>)[marker] = { polluted: true };
      out.push({ what: `${where} own __proto__ key`, text: JSON.stringify(proto).replace(JSON.stringify(marker), '"__proto__"') });
      for (const [a, b] of SWAPS) {
        if (record[a] !== undefined && record[b] !== undefined && record[a] !== record[b]) {
          const copy = structuredClone(data);
          const target = at(copy, path) as Record<string, unknown>;
          [target[a], target[b]] = [target[b], target[a]];
          emit(`${where} ${a} and ${b} swapped`, copy);
        }
      }
      if (record["kind"] === "municipality" && typeof record["id"] === "string") {
        const copy = structuredClone(data);
        (at(copy, path) as Record<string, unknown>)["id"] = "municipality-0000";
        emit(`${where} another municipality's id`, copy);
      }
    }
  }
  return out;
}

/** The fast verdict and the model's on one record. */
async function verdicts(kind: Kind, value: unknown): Promise<{ fast: boolean; model: boolean }> {
  return { fast: (await check(kind))(value), model: validate(kind, value).success };
}

describe("romsk validate's fast path gives the model's verdict (differential)", () => {
  it("has a compiled validator for every kind, and a fixture for each", async () => {
    for (const kind of kinds) expect(await fastCheck(kind), kind).toBeTypeOf("function");
    expect(new Set(validFixtures.map((f) => f.kind))).toEqual(new Set(kinds));
    expect(await fastCheck("no-such-kind")).toBeUndefined();
    expect(await fastCheck("__proto__")).toBeUndefined();
  });

  it("accepts every valid fixture and rejects every invalid one, as the model does", async () => {
    for (const f of validFixtures) {
      const value = asJson(JSON.stringify(f.data));
      expect(await verdicts(f.kind, value), `${f.kind}/${f.name}`).toEqual({ fast: true, model: true });
    }
    for (const f of invalidFixtures) {
      const value = asJson(JSON.stringify(f.data));
      expect(await verdicts(f.kind, value), `${f.kind}/${f.name}`).toEqual({ fast: false, model: false });
    }
  });

  it("agrees with the model on every mutant of every valid fixture: it never accepts what the model rejects", async () => {
    let total = 0;
    let invalid = 0;
    let doubted = 0;
    const accepted: string[] = [];
    for (const f of validFixtures) {
      for (const m of mutants(f.data)) {
        const { fast, model } = await verdicts(f.kind, asJson(m.text));
        total += 1;
        if (!model) invalid += 1;
        if (fast && !model) accepted.push(`${f.kind}/${f.name}: ${m.what}`);
        // A doubt is no verdict: the model decides (a valid mutant with a repeated list element or personal data in a non-free-text string).
        if (!fast && model) doubted += 1;
      }
    }
    expect(accepted).toEqual([]);
    // Bounded and systematic: thousands of mutants, most of them invalid; the fast path doubts few valid ones (13 234 mutants, 1 404 of them valid, 184 doubted when this was written).
    expect(total).toBeGreaterThan(10_000);
    expect(invalid).toBeGreaterThan(total / 2);
    expect(doubted).toBeLessThan((total - invalid) / 5);
  });

  it("doubts what only the model can judge: deep, large or __proto__-keyed free-form data", async () => {
    const finding = validFixtures.find((f) => f.kind === "finding");
    expect(finding).toBeDefined();
    const base = finding?.data as Record<string, unknown>;
    let deep: unknown = "leaf";
    for (let i = 0; i < 120; i += 1) deep = { d: deep };
    const deepFinding = asJson(JSON.stringify({ ...base, evidence: { deep } }));
    expect(await verdicts("finding", deepFinding)).toEqual({ fast: false, model: false });
    const protoFinding = asJson(JSON.stringify({ ...base, evidence: { x: 1 } }).replace('"x":1', '"__proto__":{"polluted":true}'));
    expect(await verdicts("finding", protoFinding)).toEqual({ fast: false, model: false });
  });
});
