/**
 * Half-year terms, for rules such as "träffas två gånger per termin".
 */
import { monthOf, requirePacked, yearOf } from "./iso.js";

/**
 * The name of a term: `spring` (vårtermin) or `autumn` (hösttermin).
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { TermName } from "@romsk-inkludering/calendar";
 * const name: TermName = "autumn";
 * name;
 * // => "autumn"
 * ```
 */
export type TermName = "spring" | "autumn";

/**
 * A half-year term: its year and name, a stable id (`"2013-spring"`), and
 * its first and last day.
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { Term } from "@romsk-inkludering/calendar";
 * const t: Term = { year: 2013, term: "spring", id: "2013-spring", from: "2013-01-01", to: "2013-06-30" };
 * t.to;
 * // => "2013-06-30"
 * ```
 */
export interface Term {
  /** The calendar year. */
  readonly year: number;
  /** `spring` for January–June, `autumn` for July–December. */
  readonly term: TermName;
  /** `<year>-<term>`, e.g. `"2013-autumn"`. */
  readonly id: string;
  /** The term's first day (1 January or 1 July). */
  readonly from: string;
  /** The term's last day (30 June or 31 December). */
  readonly to: string;
}

/**
 * The term `date` falls in: `spring` for January–June, `autumn` for
 * July–December of the same year.
 *
 * Swedish schools and universities count a vårtermin and a hösttermin, but
 * their exact start and end days vary by school, municipality and year and
 * are set locally. The calendar half-year is the stable, checkable proxy
 * used here: every date belongs to exactly one term, and the terms tile the
 * year without gaps, so "meets twice per term" can be checked from dates
 * alone.
 *
 * @throws RangeError if `date` is not a real ISO date in 1900–2200.
 * @category Calendar
 * @example
 * ```ts
 * import { term } from "@romsk-inkludering/calendar";
 * term("2013-06-30");
 * // => {"year":2013,"term":"spring","id":"2013-spring","from":"2013-01-01","to":"2013-06-30"}
 * term("2013-07-01").id;
 * // => "2013-autumn"
 * ```
 */
export function term(date: string): Term {
  const packed = requirePacked("term", "date", date);
  const year = yearOf(packed);
  const spring = monthOf(packed) <= 6;
  return spring
    ? { year, term: "spring", id: `${year}-spring`, from: `${year}-01-01`, to: `${year}-06-30` }
    : { year, term: "autumn", id: `${year}-autumn`, from: `${year}-07-01`, to: `${year}-12-31` };
}
