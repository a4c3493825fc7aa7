/**
 * The fast path of `romsk validate` for the common case, a valid record:
 * the kind's validator compiled at build time from the model's shipped
 * JSON Schema (scripts/build-validators.ts), which also scans every free
 * string for personal data with the model's own scan, then a walk for what
 * else only the zod schemas check, as far as the kind needs it: the
 * refinements its JSON Schema's description lists (`[period-order]`, …)
 * and, for a kind with free-form or recursive parts, the model's
 * plain-data limits. Loads neither zod nor the sdk.
 *
 * It answers "surely valid" or "not sure", never "invalid": whatever it
 * doubts goes to the model's `validate`, whose verdict and bilingual issues
 * are the output. So the walk may doubt more than the refinements reject
 * (it looks at every string and object, not only where a refinement sits),
 * never less; it asks the model's and the calendar's own functions (the
 * personal-data scan, the limits, the date comparison and month lengths)
 * and reimplements none. packages/cli/test/fast-path.test.ts holds it to
 * the model's verdict on every fixture and its mutants.
 */
import { existsSync } from "node:fs";
import { compareIsoDates, daysInMonth, isIsoDate } from "@romsk-inkludering/calendar";
import { containsPersonalData, MAX_DEPTH, MAX_NODES } from "@romsk-inkludering/model/scan";

/** A record's verdict on the fast path: `true` when it is surely valid, `false` when the model must decide. */
export type FastCheck = (value: unknown) => boolean;

/** A compiled validator and what its kind needs besides (written by the build). */
interface Compiled {
  readonly default: (value: unknown) => boolean;
  /** The zod-only checks the kind's JSON Schema lists. */
  readonly refinements: readonly string[];
  /** Whether the schema has free-form or recursive parts (the plain-data limits may bite). */
  readonly open: boolean;
  /** Whether the validator itself scans the kind's free text for personal data. */
  readonly personalData: boolean;
}

/**
 * Where the validators are: `generated/` beside `src/` and `dist/` (the
 * package ships it). In the CJS build tsup's shim gives `import.meta.url`
 * (the bundle's file URL).
 */
const GENERATED = new URL("../generated/", import.meta.url);

/** A kind's name as the build writes its file (the check keeps any other name off the file system). */
const KIND_FILE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * The validator module of a kind, or `undefined` when the build wrote none
 * (an unknown kind). Loaded by path, not bundled: a minified ES module of
 * its own, which the CJS build loads with `import()` as well.
 */
async function compiledValidator(kind: string): Promise<Compiled | undefined> {
  if (!KIND_FILE.test(kind)) return undefined;
  const url = new URL(`${kind}.js`, GENERATED);
  if (!existsSync(url)) return undefined;
  return (await import(url.href)) as Compiled;
}

const PERSONAL_DATA: ReadonlySet<string> = new Set(["personal-identity-number", "email-address", "phone-number"]);

/**
 * The fast check of a kind, or `undefined` when the kind has no compiled
 * validator (an unknown kind: the model names it).
 */
export async function fastCheck(kind: string): Promise<FastCheck | undefined> {
  const compiled = await compiledValidator(kind);
  if (compiled === undefined) return undefined;
  const validator = compiled.default;
  // Free text is scanned by the validator where the build could place the scan, else by the walk.
  const texts = !compiled.personalData && compiled.refinements.some((code) => PERSONAL_DATA.has(code));
  const objects = compiled.refinements.some((code) => !PERSONAL_DATA.has(code));
  if (!texts && !objects && !compiled.open) return (value) => validator(value) === true;
  return (value) => validator(value) === true && scan(value, texts, objects);
}

let nodes = 0;
let scanTexts = true;
let scanObjects = true;

/**
 * Whether nothing in `value` could fail a zod-only check: no `__proto__`
 * key, no nesting deeper than {@link MAX_DEPTH}, no more than
 * {@link MAX_NODES} values (the model's plain-data limits, one level
 * stricter on depth); with `texts`, no string the model's personal-data
 * scan flags; with `objects`, no object whose `to` is before `from`,
 * `validTo` before `validFrom`, `toYear` before `fromYear`, `year` before
 * `baselineYear`, `upTo` below `value` or `max` below `min`, no yearly day
 * (`month`, `day`, `fromYear`, `toYear`) missing in a year of its range,
 * no list with two objects of the same `id` or `number`, no `parts` with a
 * deliverable id in two parts, no `kind: "municipality"` object whose id
 * is not `municipality-<municipalityCode>`.
 */
export function scan(value: unknown, texts = true, objects = true): boolean {
  nodes = 1;
  scanTexts = texts;
  scanObjects = objects;
  if (typeof value === "string") return !(texts && containsPersonalData(value));
  return typeof value !== "object" || value === null || walk(value, 0);
}

function walk(value: object, depth: number): boolean {
  if (depth >= MAX_DEPTH - 1) return false;
  if (Array.isArray(value)) {
    const list = value as unknown[];
    nodes += list.length;
    if (nodes > MAX_NODES) return false;
    for (let i = 0; i < list.length; i += 1) {
      const element = list[i];
      if (typeof element === "object" ? element !== null && !walk(element, depth + 1) : scanTexts && typeof element === "string" && containsPersonalData(element)) return false;
    }
    return !scanObjects || list.length < 2 || (distinct(list, "id") && distinct(list, "number"));
  }
  const record = value as Record<string, unknown>;
  let pairs = false;
  // for…in lists a parsed object's own keys (its prototype has no enumerable ones), `__proto__` too.
  for (const key in record) {
    nodes += 1;
    if (key === "__proto__") return false;
    const child = record[key];
    if (typeof child === "object" ? child !== null && !walk(child, depth + 1) : scanTexts && typeof child === "string" && containsPersonalData(child)) return false;
    if (!pairs && SECOND_KEYS.has(key)) pairs = true;
  }
  return nodes <= MAX_NODES && (!scanObjects || !pairs || ordered(record));
}

/** The keys without which {@link ordered} has nothing to check (the second of each pair it compares, `kind`, `month`, `parts`). */
const SECOND_KEYS: ReadonlySet<string> = new Set(["to", "validTo", "toYear", "baselineYear", "upTo", "max", "kind", "month", "parts"]);

/** Whether no two objects of a list have the same `key` (short lists compared pairwise, longer ones through a set). */
function distinct(list: readonly unknown[], key: string): boolean {
  const ids: unknown[] = [];
  for (const element of list) {
    if (typeof element !== "object" || element === null || Array.isArray(element)) continue;
    const id = (element as Record<string, unknown>)[key];
    if (id !== undefined) ids.push(id);
  }
  if (ids.length < 2) return true;
  if (ids.length > 16) return new Set(ids).size === ids.length;
  for (let i = 1; i < ids.length; i += 1) for (let j = 0; j < i; j += 1) if (ids[i] === ids[j]) return false;
  return true;
}

const before = (a: unknown, b: unknown): boolean => typeof a === "number" && typeof b === "number" && b < a;
// Two ISO dates in order are in order as text too, so the calendar is asked only about a pair out of order as text.
const datesBefore = (a: unknown, b: unknown): boolean => typeof a === "string" && typeof b === "string" && b < a && isIsoDate(a) && isIsoDate(b) && compareIsoDates(b, a) < 0;

/** The checks of one object's own fields (see {@link scan}). */
function ordered(o: Record<string, unknown>): boolean {
  if (datesBefore(o["from"], o["to"]) || datesBefore(o["validFrom"], o["validTo"])) return false;
  if (before(o["fromYear"], o["toYear"]) || before(o["baselineYear"], o["year"]) || before(o["value"], o["upTo"]) || before(o["min"], o["max"])) return false;
  if (o["kind"] === "municipality" && (typeof o["municipalityCode"] !== "string" || o["id"] !== `municipality-${o["municipalityCode"]}`)) return false;
  const { month, day, fromYear, toYear } = o;
  if (typeof month === "number" && typeof day === "number" && typeof fromYear === "number" && typeof toYear === "number") {
    if (!Number.isSafeInteger(fromYear) || !Number.isSafeInteger(toYear)) return false;
    // Month lengths repeat every 400 years: no range needs more to be read.
    const last = Math.min(toYear, fromYear + 399);
    for (let year = fromYear; year <= last; year += 1) if (!(day <= daysInMonth(year, month))) return false;
  }
  if (Array.isArray(o["parts"])) {
    const ids = new Set<unknown>();
    for (const part of o["parts"] as unknown[]) {
      const deliverables = typeof part === "object" && part !== null ? (part as Record<string, unknown>)["deliverables"] : undefined;
      if (!Array.isArray(deliverables)) continue;
      for (const d of deliverables as unknown[]) {
        const id = typeof d === "object" && d !== null ? (d as Record<string, unknown>)["id"] : undefined;
        if (id === undefined) continue;
        if (ids.has(id)) return false;
        ids.add(id);
      }
    }
  }
  return true;
}
