/**
 * Validity: whether something is in force on a date. The one owner of the
 * question in the library; catalog, rules, reports and the sdk ask here.
 *
 * A span is `{ validFrom?, validTo? }` of ISO dates, both bounds inclusive;
 * an absent `validFrom` means "since always", an absent `validTo` "still in
 * force". The bounds are expected to be valid ISO dates (the model's
 * schemas make sure of that), so they compare in date order as strings.
 */
import { isIsoDate } from "@romsk-inkludering/calendar";
import type { EffectiveDated } from "./sources.js";

/**
 * A span of dates in which something is in force: `validFrom` and
 * `validTo` are inclusive ISO dates; either may be absent (open).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { Validity } from "@romsk-inkludering/model";
 * const pilot: Validity = { validFrom: "2012-01-01", validTo: "2015-12-31" };
 * pilot.validTo;
 * // => "2015-12-31"
 * ```
 */
export interface Validity {
  /** The first day in force (inclusive); absent: since always. */
  readonly validFrom?: string | undefined;
  /** The last day in force (inclusive); absent: still in force. */
  readonly validTo?: string | undefined;
}

function requireAsOf(fn: string, asOf: unknown): string {
  if (!isIsoDate(asOf)) {
    throw new RangeError(`${fn}: asOf must be an ISO date YYYY-MM-DD, got ${JSON.stringify(asOf) ?? String(asOf)}`);
  }
  return asOf;
}

/**
 * Whether `entry` is in force on `asOf`: `validFrom <= asOf <= validTo`,
 * both bounds inclusive, an absent bound open.
 *
 * @category Shared
 * @param entry - anything with optional `validFrom` and `validTo` (an actor, a membership, a rule, an effective-dated value)
 * @param asOf - the ISO date to look at
 * @returns whether the entry is in force on that day
 * @throws RangeError when `asOf` is not a real ISO date `YYYY-MM-DD` (1900–2200)
 * @example
 * ```ts
 * import { isInForce } from "@romsk-inkludering/model";
 * const pilot = { validFrom: "2012-01-01", validTo: "2015-12-31" };
 * [isInForce(pilot, "2011-12-31"), isInForce(pilot, "2012-01-01"), isInForce(pilot, "2015-12-31"), isInForce(pilot, "2016-01-01")];
 * // => [false,true,true,false]
 * isInForce({ validFrom: "2019-01-01" }, "2032-12-31");
 * // => true
 * isInForce({}, "1900-01-01");
 * // => true
 * ```
 */
export function isInForce(entry: Validity, asOf: string): boolean {
  requireAsOf("isInForce", asOf);
  return inForce(entry, asOf);
}

/** {@link isInForce} without the check of `asOf` (the caller has checked it once). */
function inForce(entry: Validity, asOf: string): boolean {
  const { validFrom, validTo } = entry;
  return (validFrom === undefined || validFrom <= asOf) && (validTo === undefined || asOf <= validTo);
}

/**
 * Whether two spans share at least one day (bounds inclusive, an absent
 * bound open). Use it to ask whether something was in force at some time
 * during a period, e.g. a programme membership during a year.
 *
 * @category Shared
 * @param a - a span `{ validFrom?, validTo? }`
 * @param b - another span
 * @returns whether some day lies in both
 * @example
 * ```ts
 * import { overlaps } from "@romsk-inkludering/model";
 * const year2015 = { validFrom: "2015-01-01", validTo: "2015-12-31" };
 * overlaps({ validFrom: "2012-01-01", validTo: "2015-12-31" }, year2015);
 * // => true
 * overlaps({ validFrom: "2016-01-01", validTo: "2019-12-31" }, year2015);
 * // => false
 * overlaps({ validFrom: "2015-12-31" }, year2015);
 * // => true
 * ```
 */
export function overlaps(a: Validity, b: Validity): boolean {
  const startsBeforeBEnds = a.validFrom === undefined || b.validTo === undefined || a.validFrom <= b.validTo;
  const endsAfterBStarts = a.validTo === undefined || b.validFrom === undefined || b.validFrom <= a.validTo;
  return startsBeforeBEnds && endsAfterBStarts;
}

/**
 * The value in force on `asOf`: the entry with `validFrom <= asOf <= validTo`
 * (an absent `validTo` means still in force). When entries overlap, the one
 * that started last wins. Returns `undefined` when none applies.
 *
 * @category Shared
 * @param list - effective-dated entries, in any order
 * @param asOf - the ISO date to look at
 * @returns the value in force, or `undefined`
 * @throws RangeError when `asOf` is not a real ISO date `YYYY-MM-DD` (1900–2200)
 * @example
 * ```ts
 * import { valueAsOf } from "@romsk-inkludering/model";
 * const names = [
 *   { validFrom: "2001-07-01", validTo: "2013-12-31", value: "Statens folkhälsoinstitut" },
 *   { validFrom: "2014-01-01", value: "Folkhälsomyndigheten" },
 * ];
 * valueAsOf(names, "2012-06-01");
 * // => "Statens folkhälsoinstitut"
 * valueAsOf(names, "2018-05-16");
 * // => "Folkhälsomyndigheten"
 * valueAsOf(names, "1990-01-01");
 * // => undefined
 * ```
 */
export function valueAsOf<T>(list: readonly EffectiveDated<T>[], asOf: string): T | undefined {
  requireAsOf("valueAsOf", asOf);
  let best: EffectiveDated<T> | undefined;
  for (const entry of list) {
    if (inForce(entry, asOf) && (best === undefined || entry.validFrom > best.validFrom)) best = entry;
  }
  return best?.value;
}
