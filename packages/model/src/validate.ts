import type * as z from "zod";
import { globalConfig, util } from "zod/v4/core";
import { show, translateIssue, type Lang, type Message, type ValidationIssue } from "./messages.js";
import { MAX_DEPTH, MAX_NODES } from "./checks.js";

/**
 * The outcome of a validation: the parsed data, or the issues found.
 *
 * @category Validation
 * @example
 * ```ts
 * import { validateWith, IsoDateSchema, type Result } from "@romsk-inkludering/model";
 * const result: Result<string> = validateWith(IsoDateSchema, "2012-09-01");
 * result;
 * // => {"success":true,"data":"2012-09-01"}
 * ```
 */
export type Result<T> = { success: true; data: T } | { success: false; issues: ValidationIssue[] };

// The limits live in checks.ts (no zod), beside the other checks a zod-free caller needs.
export { MAX_DEPTH, MAX_NODES } from "./checks.js";

type Path = (string | number)[];

function issue(path: Path, code: string, message: Message): ValidationIssue {
  return { path: [...path], code, message };
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__"]);

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return true;
  // A plain object from another realm (e.g. a vm context or an iframe).
  if (typeof proto !== "object" || Object.getPrototypeOf(proto) !== null) return false;
  const ctor: unknown = Object.getOwnPropertyDescriptor(proto, "constructor")?.value;
  return typeof ctor === "function" && ctor.name === "Object";
}

function kindOf(value: object): string {
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag === "Object" ? "class instance" : tag;
  } catch {
    return "exotic object";
  }
}

interface Copied {
  /** A plain copy of the input (only meaningful when `fatal` is empty). */
  value: unknown;
  /** Problems that stop validation: the input is not plain JSON-like data. */
  fatal: ValidationIssue[];
  /** Problems that are reported alongside the schema's issues. */
  other: ValidationIssue[];
}

/**
 * Copies `input` into fresh plain data, reading every property once, and
 * reports what cannot be validated safely: cycles, nesting deeper than
 * {@link MAX_DEPTH}, more than {@link MAX_NODES} values, getters or proxies
 * that throw, non-plain objects (Date, Map, class instances), and
 * `__proto__` keys (dropped from the copy). Never throws.
 *
 * @internal
 */
export function copyPlain(input: unknown): Copied {
  const fatal: ValidationIssue[] = [];
  const other: ValidationIssue[] = [];
  const ancestors = new Set<object>();
  // One mutable path, copied only when an issue is recorded.
  const path: Path = [];
  let nodes = 0;
  let tooLarge = false;

  const read = (container: object, key: string | number): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: (container as Record<string | number, unknown>)[key] };
    } catch {
      fatal.push(
        issue([...path, key], "unreadable", {
          sv: "Värdet kunde inte läsas (en getter kastade ett fel).",
          en: "The value could not be read (a getter threw an error).",
        }),
      );
      return { ok: false };
    }
  };

  const visit = (value: unknown, depth: number): unknown => {
    nodes += 1;
    if (nodes > MAX_NODES) {
      if (!tooLarge) {
        tooLarge = true;
        fatal.push(
          issue([], "too-large", {
            sv: `Indata är för stor: fler än ${MAX_NODES} värden.`,
            en: `The input is too large: more than ${MAX_NODES} values.`,
          }),
        );
      }
      return undefined;
    }
    if (typeof value !== "object" || value === null) return value;
    if (ancestors.has(value)) {
      fatal.push(issue(path, "cyclic-reference", { sv: "Cirkulär referens: värdet innehåller sig självt.", en: "Cyclic reference: the value contains itself." }));
      return undefined;
    }
    if (depth >= MAX_DEPTH) {
      fatal.push(issue(path, "too-deep", { sv: `För djup nästling: mer än ${MAX_DEPTH} nivåer.`, en: `Nested too deeply: more than ${MAX_DEPTH} levels.` }));
      return undefined;
    }
    ancestors.add(value);
    const pathLength = path.length;
    try {
      if (Array.isArray(value)) {
        const length = (value as unknown[]).length;
        const copy: unknown[] = new Array<unknown>(0);
        for (let i = 0; i < length && !tooLarge; i += 1) {
          const element = read(value, i);
          path.push(i);
          copy.push(element.ok ? visit(element.value, depth + 1) : undefined);
          path.length = pathLength;
        }
        return copy;
      }
      if (!isPlainObject(value)) {
        const kind = kindOf(value);
        fatal.push(
          issue(path, "not-plain-data", {
            sv: `Väntade vanliga JSON-data, fick ${kind}.`,
            en: `Expected plain JSON data, got ${kind === "class instance" ? "a class instance" : `a ${kind}`}.`,
          }),
        );
        return undefined;
      }
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (tooLarge) break;
        if (FORBIDDEN_KEYS.has(key)) {
          other.push(
            issue([...path, key], "forbidden-key", {
              sv: `Fältet ${show(key) ?? key} är inte tillåtet.`,
              en: `The field ${show(key) ?? key} is not allowed.`,
            }),
          );
          continue;
        }
        const property = read(value, key);
        if (property.ok) {
          path.push(key);
          // Safe as a plain assignment: the only key with a setter on Object.prototype (`__proto__`) was dropped above.
          copy[key] = visit(property.value, depth + 1);
          path.length = pathLength;
        }
      }
      return copy;
    } catch {
      path.length = pathLength;
      fatal.push(issue(path, "unreadable", { sv: "Värdet kunde inte läsas.", en: "The value could not be read." }));
      return undefined;
    } finally {
      ancestors.delete(value);
    }
  };

  const value = visit(input, 0);
  return { value, fatal, other };
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders issues by path (element by element: array indices numerically and
 * before keys, keys by code unit; a path before its extensions), then by
 * code and English message, so results are deterministic.
 *
 * @category Validation
 * @param a - an issue
 * @param b - another issue
 * @returns negative, zero or positive, as for `Array.prototype.sort`
 * @example
 * ```ts
 * import { compareIssues } from "@romsk-inkludering/model";
 * const message = { sv: "x", en: "x" };
 * [
 *   { path: ["parts", 1], code: "b", message },
 *   { path: ["id"], code: "a", message },
 *   { path: ["parts", 0, "id"], code: "c", message },
 * ].sort(compareIssues).map((issue) => issue.path);
 * // => [["id"],["parts",0,"id"],["parts",1]]
 * ```
 */
export function compareIssues(a: ValidationIssue, b: ValidationIssue): number {
  const n = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < n; i += 1) {
    const c = compareKeys(a.path[i] as string | number, b.path[i] as string | number);
    if (c !== 0) return c;
  }
  if (a.path.length !== b.path.length) return a.path.length - b.path.length;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0;
}

function failure<T>(issues: ValidationIssue[]): Result<T> {
  return { success: false, issues: issues.length > 1 ? [...issues].sort(compareIssues) : issues };
}

/**
 * Validates `input` against any zod schema and returns a {@link Result}
 * with bilingual, path-sorted issues. Never throws: cyclic, too deep,
 * unreadable (throwing getters, hostile proxies) or non-plain input
 * (Date, Map, class instances) is reported as issues.
 *
 * @category Validation
 * @param schema - a zod schema, e.g. `PeriodSchema`
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @example
 * ```ts
 * import { validateWith, PeriodSchema } from "@romsk-inkludering/model";
 * const result = validateWith(PeriodSchema, { from: "2016-01-01", to: "2015-12-31" });
 * result.success ? [] : result.issues.map((issue) => issue.message.sv);
 * // => ["Slutdatumet 2015-12-31 ligger före startdatumet 2016-01-01."]
 * ```
 */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  return validateBy(validatorOf(schema), input) as Result<z.output<S>>;
}

/**
 * A schema with its walk ({@link SchemaWalk}; `undefined` where the full
 * walk must come first), made once per schema: what {@link validateWith}
 * finds per call, and what the registry's `validate` keeps per kind.
 *
 * @internal
 */
export interface Validator {
  readonly schema: z.ZodType;
  readonly walk: SchemaWalk | undefined;
}

/** The validators made so far (a schema never changes once built). */
const validators = new WeakMap<z.ZodType, Validator>();

/**
 * The {@link Validator} of `schema`, made on first use.
 *
 * @internal
 */
export function validatorOf(schema: z.ZodType): Validator {
  let validator = validators.get(schema);
  if (validator === undefined) {
    validator = { schema, walk: schemaWalkOf(schema) };
    validators.set(schema, validator);
  }
  return validator;
}

/**
 * {@link validateWith} with the schema's {@link Validator} already found.
 *
 * @internal
 */
export function validateBy(validator: Validator, input: unknown): Result<unknown> {
  const { schema, walk } = validator;
  // Fast path: most payloads are plain JSON data (parsed JSON always is).
  // A read-only pass confirms it without copying; zod then parses the input
  // itself (its output is built afresh, so no input object is returned).
  // Anything unusual (a getter or proxy that throws, a cycle, depth, size,
  // `__proto__`, a non-plain object, zod throwing or going async) takes the
  // copying path below, which names the problem.
  try {
    // The schema's own walk reads only the places where it allows an object
    // or a list; when zod then accepts the input, that is all the input has
    // (see SchemaWalk). When zod finds issues, the full walk decides.
    const directed = walk !== undefined && (typeof input !== "object" || input === null || walk(input, 0, MAX_NODES - 1) >= 0);
    if (directed || isPlainWithinLimits(input)) {
      const run = parseRaw(schema, input);
      if (run !== undefined) {
        if (run.issues.length === 0) return { success: true, data: run.value };
        if (!directed || isPlainWithinLimits(input)) return failure(translateRaw(run.issues));
      }
    }
  } catch {
    // fall through to the copying path
  }
  return validateCopy(schema, input);
}

/** A zod issue before zod finalises it: the same fields, `path` possibly absent, `input` always kept. */
type RawIssue = z.core.$ZodRawIssue;

/**
 * Runs a schema the way zod's own `safeParse` does (zod 4 core: `safeParse`
 * is `schema._zod.run({ value, issues: [] }, { async: false })` plus the
 * wrapping of its result), without per-call options. `safeParse(x, {
 * reportInput: true })` is several times slower per call than `safeParse(x)`
 * in zod 4.6, and the issues from the run itself still carry the `input`
 * that the messages quote ("got …"). `undefined` when the schema went async.
 */
function parseRaw(schema: z.ZodType, input: unknown): { value: unknown; issues: readonly RawIssue[] } | undefined {
  // A context of its own per call, as `safeParse` makes: zod's compiled parsers write a flag into it.
  const result = schema._zod.run({ value: input, issues: [] }, { async: false });
  if (result instanceof Promise) return undefined;
  return result as { value: unknown; issues: readonly RawIssue[] };
}

/**
 * Translates zod's issues as `safeParse(x, { reportInput: true })` would
 * give them: a finalised issue is the raw one with `path` defaulting to
 * `[]` (and zod's own message, which the translation does not read).
 */
function translateRaw(issues: readonly RawIssue[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const raw of issues) {
    // The run's issues are fresh objects of this call: completed in place.
    if (raw.path === undefined) (raw as { path?: PropertyKey[] }).path = [];
    const translated = translateIssue(raw as unknown as z.core.$ZodIssue);
    for (let i = 0; i < translated.length; i += 1) out.push(translated[i] as ValidationIssue);
  }
  return out;
}

/**
 * Whether `input` is plain JSON-like data within the limits (depth, size),
 * without `__proto__` keys: a read-only walk over the objects and arrays
 * (primitives are only counted) that allocates nothing. A cycle ends at
 * the depth limit. Any exception means "no".
 */
function isPlainWithinLimits(input: unknown): boolean {
  if (typeof input !== "object" || input === null) return true;
  try {
    return plainObjectOrArray(input, 0, MAX_NODES - 1) >= 0;
  } catch {
    return false;
  }
}

/**
 * The walk of {@link isPlainWithinLimits} below `value`: how many values
 * are still allowed after it (`budget` less the values inside), or -1 when
 * it is not plain data within the limits. The budget is passed along
 * rather than kept in a variable outside, so the walk reads no state.
 */
function plainObjectOrArray(value: object, depth: number, budget: number): number {
  if (depth >= MAX_DEPTH) return -1;
  if (Array.isArray(value)) return listItems(value, depth, budget, plainObjectOrArray);
  if (!isPlainObject(value)) return -1;
  // for…in without allocating a key list: a plain object's prototype has
  // no enumerable keys, so these are its own keys.
  for (const key in value) {
    budget -= 1;
    if (key === "__proto__") return -1;
    const property: unknown = (value as Record<string, unknown>)[key];
    if (typeof property === "object" && property !== null) {
      budget = plainObjectOrArray(property, depth + 1, budget);
      if (budget < 0) return -1;
    }
  }
  return budget;
}

/**
 * A walk of one schema over an input (an object, read-only, allocating
 * nothing), with the contract of {@link plainObjectOrArray}: how many
 * values are still allowed after `value`, or -1. It visits only the places
 * where the schema allows an object or a list, and there it checks what the
 * full walk checks (a plain object, the depth) and counts the values (an
 * object counts as many as its schema has keys, at least as many as a valid
 * one holds). A place of another type is passed over: zod rejects it.
 *
 * Why that is enough when zod then accepts the input: every object of the
 * model is strict, so a valid input holds no key its schema does not name
 * (and no `__proto__`), and every object or list in it sits at a place this
 * walk visited. At a place whose contents the walk cannot foresee (a union,
 * a record, a pipe, an object that is not strict) it runs the full walk.
 * When zod finds issues, or this walk says -1, the full walk decides, so
 * the answer is the same as the full walk's in every case.
 */
type SchemaWalk = (value: object, depth: number, budget: number) => number;

/**
 * The walk of `schema` ({@link SchemaWalk}); `undefined` when the schema
 * has no bound on its depth (`z.lazy`, a schema that holds itself) or a
 * part this walk does not know: there zod could go on as long as a cyclic
 * input does, so the full walk must come first.
 */
function schemaWalkOf(schema: z.ZodType): SchemaWalk | undefined {
  try {
    const place = boundedPlaceOf(schema);
    return place === undefined ? undefined : place === null ? leafWalk : (compiledWalk(place) ?? walkOf(place));
  } catch {
    return undefined;
  }
}

/** The {@link Place} of a schema with a bound on its depth; `null` when its root holds no object or list, `undefined` without a bound. */
function boundedPlaceOf(schema: z.ZodType): Place | null | undefined {
  return depthOf(schema, new Set()) < MAX_DEPTH ? (placeOf(schema) ?? null) : undefined;
}

/**
 * {@link walkOf}'s walk written out as one function, where the runtime
 * allows it: zod's own test (`new Function` works, and zod is not
 * configured `jitless`, as a page with a strict Content Security Policy
 * configures it), so zod compiles its own parsers there too. The
 * closures' calls and keyed loads, made megamorphic by the many schemas
 * they serve, cost more than zod's whole parse of a small record; written
 * out, each place is a property load with a fixed name. `undefined` where
 * the runtime forbids it.
 */
function compiledWalk(root: Place): SchemaWalk | undefined {
  if (globalConfig.jitless === true || !util.allowsEval.value) return undefined;
  let names = 0;
  /** Statements that walk the object or list in the variable `name`, `level` below the root. */
  const emit = (place: Place, name: string, level: number): string => {
    if (place.kind === "any") return `budget = generic(${name}, depth + ${level}, budget); if (budget < 0) return -1;`;
    if (place.kind === "list") {
      const item = `v${(names += 1)}`;
      const index = `i${names}`;
      const each =
        place.item === undefined
          ? ""
          : ` for (let ${index} = 0; ${index} < ${name}.length; ${index} += 1) { const ${item} = ${name}[${index}]; if (typeof ${item} === "object" && ${item} !== null) { ${emit(place.item, item, level + 1)} } }`;
      return `if (Array.isArray(${name})) { budget -= ${name}.length; if (budget < 0) return -1;${each} }`;
    }
    let out = `if (!isPlainObject(${name})) return -1; budget -= ${place.size}; if (budget < 0) return -1;`;
    for (const { key, place: inner } of place.places) {
      const child = `v${(names += 1)}`;
      out += ` { const ${child} = ${name}[${JSON.stringify(key)}]; if (typeof ${child} === "object" && ${child} !== null) { ${emit(inner, child, level + 1)} } }`;
    }
    return out;
  };
  try {
    const make = new Function("isPlainObject", "generic", `"use strict"; return function walk(value, depth, budget) { ${emit(root, "value", 0)} return budget; };`) as (
      isPlain: typeof isPlainObject,
      generic: SchemaWalk,
    ) => SchemaWalk;
    return make(isPlainObject, plainObjectOrArray);
  } catch {
    return undefined;
  }
}

/**
 * The two forms of a bounded schema's walk, closures and written out
 * (`undefined` where the runtime forbids it), for the tests that hold them
 * to one answer; `undefined` for a schema without a bound on its depth or
 * whose root holds no object or list.
 *
 * @internal
 */
export function walkForms(schema: z.ZodType): { readonly closures: SchemaWalk; readonly compiled: SchemaWalk | undefined } | undefined {
  const place = boundedPlaceOf(schema);
  return place === undefined || place === null ? undefined : { closures: walkOf(place), compiled: compiledWalk(place) };
}

/** The walk of a root that holds no object or list when valid: nothing to read (zod rejects an object there). */
const leafWalk: SchemaWalk = (_value, _depth, budget) => budget;

/** The zod definition of a schema, as far as the walks read it. */
interface Definition {
  type: string;
  coerce?: boolean;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  options?: readonly z.ZodType[];
  items?: readonly z.ZodType[];
  rest?: z.ZodType | null;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}

const definition = (schema: z.ZodType): Definition => schema._zod.def as unknown as Definition;

/** Types whose valid values are never an object or a list (unless coerced). */
const LEAF_TYPES: ReadonlySet<string> = new Set([
  "string", "number", "boolean", "bigint", "symbol", "null", "undefined", "void", "nan", "never", "enum", "literal", "template_literal",
]);
/** Types that hold no schema but may hold anything. */
const OPEN_TYPES: ReadonlySet<string> = new Set(["any", "unknown", "date", "custom", "file"]);
/** Wrappers of one schema that a valid value passes through unchanged (or is absent, null or defaulted). */
const WRAPPERS: ReadonlySet<string> = new Set(["optional", "nullable", "readonly", "nonoptional", "default", "prefault"]);

/** The schemas inside `def`, or `undefined` for a type the walks do not know. */
function partsOf(def: Definition): (z.ZodType | null | undefined)[] | undefined {
  if (LEAF_TYPES.has(def.type) || OPEN_TYPES.has(def.type)) return [];
  if (WRAPPERS.has(def.type) || def.type === "catch" || def.type === "success") return [def.innerType];
  switch (def.type) {
    case "object":
      return [...Object.values(def.shape ?? {}), def.catchall];
    case "array":
    case "set":
      return [def.element ?? def.valueType];
    case "union":
      return [...(def.options ?? [])];
    case "tuple":
      return [...(def.items ?? []), def.rest];
    case "record":
    case "map":
      return [def.keyType, def.valueType];
    case "intersection":
      return [def.left, def.right];
    case "pipe":
      return [def.in, def.out];
    default:
      return undefined;
  }
}

/**
 * How deep a valid value of `schema` can nest objects and lists (counting
 * each object, list, record, map or set, which is what the full walk counts), or
 * `Infinity` with no bound: `z.lazy`, a schema inside itself, or a type the
 * walks do not know.
 */
function depthOf(schema: z.ZodType, open: Set<z.ZodType>): number {
  if (open.has(schema)) return Infinity;
  const def = definition(schema);
  const parts = partsOf(def);
  if (parts === undefined) return Infinity;
  open.add(schema);
  let deepest = 0;
  for (const part of parts) if (part != null) deepest = Math.max(deepest, depthOf(part, open));
  open.delete(schema);
  return CONTAINER_TYPES.has(def.type) ? deepest + 1 : deepest;
}

/** Types whose valid values are objects or lists themselves. */
const CONTAINER_TYPES: ReadonlySet<string> = new Set(["object", "array", "tuple", "record", "map", "set"]);

/**
 * What the walks do at a place of a bounded schema: check a strict object
 * and go on into the places that can hold an object or a list, count a
 * list and go on into its items, or run the full walk below (`any`: a
 * union, a record, a pipe, an object that is not strict). One description,
 * walked by closures ({@link walkOf}) or by a function written out from it
 * ({@link compiledWalk}).
 */
type Place =
  | { readonly kind: "object"; readonly size: number; readonly places: readonly { readonly key: string; readonly place: Place }[] }
  | { readonly kind: "list"; readonly item: Place | undefined }
  | { readonly kind: "any" };

const ANY: Place = { kind: "any" };

/** The {@link Place} of `schema`; `undefined` for a place that holds no object or list when valid. */
function placeOf(schema: z.ZodType): Place | undefined {
  const def = definition(schema);
  if (LEAF_TYPES.has(def.type)) return def.coerce === true ? ANY : undefined;
  if (WRAPPERS.has(def.type) && def.innerType !== undefined) return placeOf(def.innerType);
  if (def.type === "array" && def.element !== undefined) return { kind: "list", item: placeOf(def.element) };
  if (def.type === "object" && def.shape !== undefined && def.catchall !== undefined && definition(def.catchall).type === "never") {
    const shape = def.shape;
    const keys = Object.keys(shape);
    if (!keys.includes("__proto__")) {
      const places: { key: string; place: Place }[] = [];
      for (const key of keys) {
        const place = placeOf(shape[key] as z.ZodType);
        if (place !== undefined) places.push({ key, place });
      }
      return { kind: "object", size: keys.length, places };
    }
  }
  return ANY;
}

/** The walk of a place, as closures. */
function walkOf(place: Place): SchemaWalk {
  if (place.kind === "any") return plainObjectOrArray;
  if (place.kind === "list") return listWalk(place.item === undefined ? undefined : walkOf(place.item));
  return objectWalk(place.size, place.places.map((p) => p.key), place.places.map((p) => walkOf(p.place)));
}

// The walks of lists and objects need no depth check: the schema's depth is
// below MAX_DEPTH (schemaWalkOf), and the full walk, where it runs, checks.
function listWalk(element: SchemaWalk | undefined): SchemaWalk {
  return (value, depth, budget) => {
    if (!Array.isArray(value)) return budget;
    return element === undefined ? budget - (value as unknown[]).length : listItems(value, depth, budget, element);
  };
}

/** A list's values counted, and `walk` run on each object or list in it (the list at `depth`), as both walks read a list. */
function listItems(list: readonly unknown[], depth: number, budget: number, walk: SchemaWalk): number {
  const length = list.length;
  budget -= length;
  if (budget < 0) return -1;
  for (let i = 0; i < length; i += 1) {
    const item: unknown = list[i];
    if (typeof item === "object" && item !== null) {
      budget = walk(item, depth + 1, budget);
      if (budget < 0) return -1;
    }
  }
  return budget;
}

function objectWalk(size: number, places: readonly string[], walks: readonly SchemaWalk[]): SchemaWalk {
  const count = places.length;
  // A list where an object belongs is no plain object (zod rejects it; the full walk decides).
  return (value, depth, budget) => {
    if (!isPlainObject(value)) return -1;
    budget -= size;
    if (budget < 0) return -1;
    for (let i = 0; i < count; i += 1) {
      const property: unknown = (value as Record<string, unknown>)[places[i] as string];
      if (typeof property === "object" && property !== null) {
        budget = (walks[i] as SchemaWalk)(property, depth + 1, budget);
        if (budget < 0) return -1;
      }
    }
    return budget;
  };
}

/** The copying path: a plain copy first (reporting unreadable, cyclic, deep or non-plain input), then zod. */
function validateCopy<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const copied = copyPlain(input);
  if (copied.fatal.length > 0) return failure([...copied.fatal, ...copied.other]);
  let parsed: ReturnType<S["safeParse"]>;
  try {
    parsed = schema.safeParse(copied.value, { reportInput: true }) as ReturnType<S["safeParse"]>;
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    return failure([
      ...copied.other,
      issue([], "internal-error", {
        sv: `Valideringen avbröts oväntat (${name}).`,
        en: `Validation stopped unexpectedly (${name}).`,
      }),
    ]);
  }
  if (parsed.success && copied.other.length === 0) return { success: true, data: parsed.data as z.output<S> };
  const issues = parsed.success ? [] : parsed.error.issues.flatMap((zodIssue) => translateIssue(zodIssue));
  return failure([...copied.other, ...issues]);
}

function renderPath(path: readonly (string | number)[], lang: Lang): string {
  if (path.length === 0) return lang === "sv" ? "(roten)" : "(root)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * Renders issues as text, one line per issue: the path in dotted form, the
 * message in the chosen language, and the code in brackets.
 *
 * @category Validation
 * @param issues - issues from {@link validate} or {@link validateWith}
 * @param lang - `"sv"` or `"en"`
 * @returns the lines joined with `\n` (empty string for no issues)
 * @example
 * ```ts
 * import { formatIssues } from "@romsk-inkludering/model";
 * formatIssues([{ path: ["parts", 0, "title", "en"], code: "missing", message: { sv: "Värde saknas: väntade text.", en: "Missing value: expected a string." } }], "en");
 * // => "parts[0].title.en: Missing value: expected a string. [missing]"
 * ```
 */
export function formatIssues(issues: readonly ValidationIssue[], lang: Lang): string {
  return issues.map((i) => `${renderPath(i.path, lang)}: ${i.message[lang]} [${i.code}]`).join("\n");
}
