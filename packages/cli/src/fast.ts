/**
 * The fast path of `romsk validate` for the common case, a valid record:
 * the kind's validator compiled at build time from the model's shipped
 * JSON Schema (scripts/build-validators.ts), which also scans every free
 * string for personal data with the model's own scan and checks the
 * zod-only object refinements its JSON Schema's description lists
 * (`[period-order]`, …) at every node that declares the fields they read
 * ({@link checkHere}); then, as far as the kind needs it, a walk for the
 * model's plain-data limits (a kind with free-form or recursive parts, or a
 * record whose length does not bound them). Where the build could not
 * place a refinement, the walk looks for it over the whole record. Loads
 * neither zod nor the sdk.
 *
 * It answers "surely valid" or "not sure", never "invalid": whatever it
 * doubts goes to the model's `validate`, whose verdict and bilingual issues
 * are the output. So the walk may doubt more than the refinements reject
 * (it looks at every string and object, not only where a refinement sits),
 * never less; it asks the model's own functions (the personal-data scan,
 * the limits, and each refinement's predicate, which the zod schemas call
 * too) and reimplements none. packages/cli/test/fast-path.test.ts holds it to
 * the model's verdict on every fixture and its mutants.
 */
import { existsSync } from "node:fs";
import { boundsOutOfOrder, containsPersonalData, datesOutOfOrder, MAX_DEPTH, MAX_NODES, missingYearlyDate, repeatedIds, wrongMunicipalityId } from "@romsk-inkludering/model/scan";

/**
 * A record's verdict on the fast path: `true` when it is surely valid,
 * `false` when the model must decide. `length` is the length of the JSON
 * text the value was parsed from, when known: a text of fewer characters
 * than the model's {@link MAX_NODES} cannot hold more values than that, so
 * a kind whose schema bounds the nesting needs no walk for the limits.
 */
export type FastCheck = (value: unknown, length?: number) => boolean;

/** A compiled validator and what its kind needs besides (written by the build). */
interface Compiled {
  readonly default: (value: unknown) => boolean;
  /** The zod-only checks the kind's JSON Schema lists. */
  readonly refinements: readonly string[];
  /** Whether the schema has free-form or recursive parts (the plain-data limits may bite). */
  readonly open: boolean;
  /** Whether the validator itself scans the kind's free text for personal data. */
  readonly personalData: boolean;
  /** Whether the validator checks every object refinement the kind lists, at each schema node that declares the fields the rule reads ({@link REFINED_FIELDS}), with the checks given by `prepare`. */
  readonly placed: boolean;
  /**
   * Gives the validator what its keywords call: the model's personal-data
   * scan, and the check it runs at each refined node, made for that node's
   * codes ({@link checkHere}). Until then it doubts every record with free
   * text or a refined node.
   */
  readonly prepare: (given: { containsPersonalData: (text: string) => boolean; checkHere: (codes: readonly string[]) => (value: unknown) => boolean }) => void;
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
 * its own that imports nothing, which the CJS build loads with `import()`
 * as well.
 */
async function compiledValidator(kind: string): Promise<Compiled | undefined> {
  if (!KIND_FILE.test(kind)) return undefined;
  const url = new URL(`${kind}.js`, GENERATED);
  if (!existsSync(url)) return undefined;
  return (await import(url.href)) as Compiled;
}

const PERSONAL_DATA: ReadonlySet<string> = new Set(["personal-identity-number", "email-address", "phone-number"]);

/**
 * What the walk ({@link scan}) looks for in a kind's records, from the
 * zod-only checks its JSON Schema lists; fixed when the check is made,
 * passed along the walk with its budget of values (nothing is kept
 * between records).
 */
export interface ScanFor {
  /** Free text the model's personal-data scan flags. */
  readonly texts: boolean;
  /** `period-order`, `validity-order`: dates out of order. */
  readonly dates: boolean;
  /** `year-order`, `range-order`: years or bounds out of order. */
  readonly bounds: boolean;
  /** `yearly-date`: a yearly day missing in a year of its range. */
  readonly yearly: boolean;
  /** `duplicate-id`: a repeated id or task number. */
  readonly ids: boolean;
  /** `municipality-id`: a municipality actor without its own id. */
  readonly municipality: boolean;
}

/** The walk for a list of refinement codes (the kind's, or all of them). */
export function scanFor(codes: readonly string[], texts = codes.some((code) => PERSONAL_DATA.has(code))): ScanFor {
  const has = (...names: string[]): boolean => names.some((name) => codes.includes(name));
  return {
    texts,
    dates: has("period-order", "validity-order"),
    bounds: has("year-order", "range-order"),
    yearly: has("yearly-date"),
    ids: has("duplicate-id"),
    municipality: has("municipality-id"),
  };
}

/** Every check of the walk: what {@link scan} looks for when not told otherwise. */
const EVERYTHING: ScanFor = { texts: true, dates: true, bounds: true, yearly: true, ids: true, municipality: true };

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
  // The object refinements are checked by the validator at the nodes the model refines, where the build could place them, else by the walk over the whole record.
  compiled.prepare({ containsPersonalData, checkHere });
  const placed = compiled.placed;
  const look = placed ? scanFor([], texts) : scanFor(compiled.refinements, texts);
  const objects = look.dates || look.bounds || look.yearly || look.ids || look.municipality;
  if (!look.texts && !objects && !compiled.open) {
    // Only the plain-data limits are left: a closed schema bounds the nesting, and a short text the number of values.
    if (!placed || !compiled.refinements.some((code) => !PERSONAL_DATA.has(code))) return (value) => validator(value) === true;
    return (value, length) => validator(value) === true && ((length !== undefined && length < MAX_NODES) || scan(value, look));
  }
  return (value) => validator(value) === true && scan(value, look);
}

/**
 * Whether nothing in `value` could fail a zod-only check: no `__proto__`
 * key, no nesting deeper than {@link MAX_DEPTH}, no more than
 * {@link MAX_NODES} values (the model's plain-data limits, one level
 * stricter on depth); and, as far as `look` asks, no string the model's
 * personal-data scan flags, no object whose `to` is before `from`,
 * `validTo` before `validFrom`, `toYear` before `fromYear`, `year` before
 * `baselineYear`, `upTo` below `value` or `max` below `min`, no yearly day
 * (`month`, `day`, `fromYear`, `toYear`) missing in a year of its range,
 * no list with two objects of the same `id` or `number`, no `parts` with a
 * deliverable id in two parts, no `kind: "municipality"` object whose id
 * is not `municipality-<municipalityCode>`. Each of these rules is the
 * model's own predicate (`@romsk-inkludering/model/scan`), asked of every
 * object that has the fields it reads, wherever it is: so the walk may
 * doubt more than the schemas reject, never less.
 */
export function scan(value: unknown, look: ScanFor = EVERYTHING): boolean {
  if (typeof value === "string") return !(look.texts && containsPersonalData(value));
  return typeof value !== "object" || value === null || walk(value, 0, MAX_NODES - 1, look) >= 0;
}

/**
 * The walk of {@link scan} below `value`: how many values are still
 * allowed after it (`budget` less the values inside), or -1 when something
 * is in doubt. The budget is passed along, as in the model's own walk.
 */
function walk(value: object, depth: number, budget: number, look: ScanFor): number {
  if (depth >= MAX_DEPTH - 1) return -1;
  if (Array.isArray(value)) {
    const list = value as unknown[];
    budget -= list.length;
    if (budget < 0) return -1;
    for (let i = 0; i < list.length; i += 1) {
      const element = list[i];
      if (typeof element === "object") {
        if (element !== null) budget = walk(element, depth + 1, budget, look);
        if (budget < 0) return -1;
      } else if (look.texts && typeof element === "string" && containsPersonalData(element)) return -1;
    }
    return !look.ids || list.length < 2 || LIST_IDS.every((key) => distinct(list, key)) ? budget : -1;
  }
  const record = value as Record<string, unknown>;
  let pairs = false;
  // for…in lists a parsed object's own keys (its prototype has no enumerable ones), `__proto__` too.
  for (const key in record) {
    budget -= 1;
    if (key === "__proto__") return -1;
    const child = record[key];
    if (typeof child === "object") {
      if (child !== null) budget = walk(child, depth + 1, budget, look);
      if (budget < 0) return -1;
    } else if (look.texts && typeof child === "string" && containsPersonalData(child)) return -1;
    if (!pairs && SECOND_KEYS.has(key)) pairs = true;
  }
  return budget >= 0 && (!pairs || ordered(record, look)) ? budget : -1;
}

/** The keys without which {@link ordered} has nothing to check (the second of each pair it compares, `kind`, `month`, `parts`). */
const SECOND_KEYS: ReadonlySet<string> = new Set(["to", "validTo", "toYear", "baselineYear", "upTo", "max", "kind", "month", "parts"]);

/** Whether no two objects of a list have the same `key` (the model's `duplicate-id` rule). */
function distinct(list: readonly unknown[], key: string): boolean {
  const ids: unknown[] = [];
  for (const element of list) {
    if (typeof element !== "object" || element === null || Array.isArray(element)) continue;
    const id = (element as Record<string, unknown>)[key];
    if (id !== undefined) ids.push(id);
  }
  return repeatedIds(ids).length === 0;
}

/**
 * The fields each object refinement reads, as {@link ordered} asks them:
 * an object with all the fields of one of a code's sets is checked for
 * it. The build (scripts/build-validators.ts) places the check of a code
 * on every schema node that declares such a set, and `duplicate-id` also
 * on every list whose items declare one of {@link LIST_IDS}.
 */
export const REFINED_FIELDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  "period-order": [["from", "to"]],
  "validity-order": [["validFrom", "validTo"]],
  "year-order": [["fromYear", "toYear"], ["baselineYear", "year"]],
  "range-order": [["value", "upTo"], ["min", "max"]],
  "yearly-date": [["month", "day", "fromYear", "toYear"]],
  "municipality-id": [["kind"]],
  "duplicate-id": [["parts"]],
};

/** The keys of a list's objects that must not repeat (`duplicate-id`). */
export const LIST_IDS: readonly string[] = ["id", "number"];

/**
 * The check a validator runs at a node it refines: the codes' rules on
 * that value's own fields (an object) or elements (a list), not below
 * them (the nodes below have checks of their own).
 */
export function checkHere(codes: readonly string[]): (value: unknown) => boolean {
  const look = scanFor(codes, false);
  return (value) => {
    if (typeof value !== "object" || value === null) return true;
    if (Array.isArray(value)) return !look.ids || value.length < 2 || LIST_IDS.every((key) => distinct(value, key));
    return ordered(value as Record<string, unknown>, look);
  };
}

/** The checks of one object's own fields that `look` asks for (see {@link scan}), each the model's predicate. */
function ordered(o: Record<string, unknown>, look: ScanFor): boolean {
  if (look.dates && (datesOutOfOrder(o["from"], o["to"]) || datesOutOfOrder(o["validFrom"], o["validTo"]))) return false;
  if (look.bounds && (boundsOutOfOrder(o["fromYear"], o["toYear"]) || boundsOutOfOrder(o["baselineYear"], o["year"]) || boundsOutOfOrder(o["value"], o["upTo"]) || boundsOutOfOrder(o["min"], o["max"]))) return false;
  if (look.municipality && wrongMunicipalityId(o["kind"], o["id"], o["municipalityCode"])) return false;
  if (look.yearly) {
    const { month, day, fromYear, toYear } = o;
    if (typeof month === "number" && typeof day === "number" && typeof fromYear === "number" && typeof toYear === "number") {
      // The rule reads whole months, days and years; anything else is left to the model.
      if (![month, day, fromYear, toYear].every(Number.isSafeInteger) || missingYearlyDate(month, day, fromYear, toYear) !== undefined) return false;
    }
  }
  if (look.ids && Array.isArray(o["parts"])) {
    const ids: unknown[] = [];
    for (const part of o["parts"] as unknown[]) {
      const deliverables = typeof part === "object" && part !== null ? (part as Record<string, unknown>)["deliverables"] : undefined;
      if (!Array.isArray(deliverables)) continue;
      for (const d of deliverables as unknown[]) {
        const id = typeof d === "object" && d !== null ? (d as Record<string, unknown>)["id"] : undefined;
        if (id !== undefined) ids.push(id);
      }
    }
    if (repeatedIds(ids).length > 0) return false;
  }
  return true;
}
