/**
 * Mutants of the valid fixtures for the fuzz and differential tests: one
 * value replaced by a value near a schema's edges (huge, negative and
 * fractional numbers, numbers as strings, long and odd strings, impossible
 * dates, personal data), a key deleted, or an odd key added (`__proto__`,
 * `constructor`, empty, very long, control characters).
 */
import fc from "fast-check";
import { validFixtures, type ValidFixture } from "./fixtures/index.js";

export type Path = (string | number)[];

/** Numbers at and around the schemas' limits. */
export const EDGE_NUMBERS: readonly number[] = [
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 31,
  -(2 ** 31),
  1e21,
  -1,
  0,
  0.5,
  1.5,
  12,
  13,
  31,
  32,
  366,
  367,
  1000,
  1001,
  1899,
  1900,
  2200,
  2201,
];

/** Strings at and around the schemas' limits, and strings the refinements look for. */
export const EDGE_STRINGS: readonly string[] = [
  "",
  " ",
  "a".repeat(200),
  "a".repeat(201),
  "a".repeat(500),
  "a".repeat(501),
  "a".repeat(10_000),
  "a".repeat(10_001),
  "160",
  "-1",
  "1e999",
  "2023-02-29",
  "2024-02-29",
  "1899-12-31",
  "2200-12-31",
  "2201-01-01",
  "2012-9-1",
  "municipality-1283",
  "Municipality 1283",
  "Kontakt 19121212 1212",
  "Kontakt 121212 - 1212",
  "Kontakt １２１２１２－１２１２",
  "Kontakt anna.andersson@kommun.se",
  "Ring 070-123 45 67",
  "Ring +46 8 123 456 78",
  "\u0000\u001b[31m",
  // Astral-plane characters (two UTF-16 units, one code point) at the length limits.
  "😀",
  "😀".repeat(500),
  "😀".repeat(501),
  "𝄞".repeat(10_000),
  "𝄞".repeat(10_001),
  "Ku2019/02101/CSM",
  "https://www.regeringen.se/",
  "http://example.com/",
];

/** Keys an attacker or a typo adds. */
export const ODD_KEYS: readonly string[] = ["__proto__", "constructor", "toString", "hasOwnProperty", "", " id", "ID", "\u0000", "k".repeat(1000), "ö"];

/** A JSON value near the edges: a number, a string, or a small structure. */
export const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], { id: "x" }) },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Every path in `value` (objects' keys and arrays' indices), the root first. */
export function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((child, i) => pathsOf(child, [...path, i], out));
  else if (typeof value === "object" && value !== null) for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

function at(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/** Sets an own, enumerable property (also `__proto__`, which a plain assignment would not create). */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** What a mutation did: the mutated data and the path it touched. */
export interface Mutant {
  readonly kind: ValidFixture["kind"];
  readonly name: string;
  readonly data: unknown;
  /** The path of the replaced, deleted or added value. */
  readonly path: Path;
  readonly how: "replace" | "delete" | "add-key" | "stretch";
}

/** Makes one mutant of fixture `which`: `choice` picks the path, `op` the operation. */
export function mutate(which: number, choice: number, op: number, value: unknown, key: string): Mutant {
  const fixture = validFixtures[which % validFixtures.length] as ValidFixture;
  const data = structuredClone(fixture.data);
  const paths = pathsOf(data);
  const path = paths[choice % paths.length] as Path;
  const base = { kind: fixture.kind, name: fixture.name };
  const target = at(data, path);
  const parentPath = path.slice(0, -1);
  const parent = path.length === 0 ? undefined : (at(data, parentPath) as Record<string | number, unknown>);
  const last = path[path.length - 1];
  switch (op % 4) {
    case 0: {
      // Replace the value (the root itself stays an object: replacing it is the fuzz's own case).
      if (parent === undefined || last === undefined) return { ...base, data: value, path: [], how: "replace" };
      parent[last] = value;
      return { ...base, data, path, how: "replace" };
    }
    case 1: {
      if (parent === undefined || last === undefined || Array.isArray(parent)) return { ...base, data, path: [], how: "delete" };
      delete parent[last];
      return { ...base, data, path, how: "delete" };
    }
    case 2: {
      // Add an odd key to the nearest object.
      const objectPath = typeof target === "object" && target !== null && !Array.isArray(target) ? path : parentPath;
      const object = at(data, objectPath);
      if (typeof object !== "object" || object === null || Array.isArray(object)) return { ...base, data, path: [], how: "add-key" };
      setOwn(object, key, value);
      return { ...base, data, path: [...objectPath, key], how: "add-key" };
    }
    default: {
      // Stretch the nearest array past its limits (1 001 copies of its first element), or empty it.
      const arrayPath = Array.isArray(target) ? path : parentPath;
      const array = at(data, arrayPath);
      if (!Array.isArray(array)) return { ...base, data, path: [], how: "stretch" };
      const first: unknown = array[0];
      const stretched = typeof value === "number" && value < 0 ? [] : Array.from({ length: 1001 }, () => structuredClone(first ?? value));
      if (arrayPath.length === 0) return { ...base, data: stretched, path: [], how: "stretch" };
      const holder = at(data, arrayPath.slice(0, -1)) as Record<string | number, unknown>;
      holder[arrayPath[arrayPath.length - 1] as string | number] = stretched;
      return { ...base, data, path: arrayPath, how: "stretch" };
    }
  }
}

/** A mutant of any valid fixture. */
export const mutant: fc.Arbitrary<Mutant> = fc
  .tuple(fc.nat(validFixtures.length - 1), fc.nat(), fc.nat(3), edgeValue, fc.constantFrom(...ODD_KEYS))
  .map(([which, choice, op, value, key]) => mutate(which, choice, op, value, key));
