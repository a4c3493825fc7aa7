import * as z from "zod";
import { AreaIdSchema } from "./areas.js";
import { markRefined, whenValid } from "./refinements.js";
import { SourcesSchema } from "./sources.js";
import {
  BilingualSchema,
  CountyCodeSchema,
  FreeTextSchema,
  GenderSchema,
  IdSchema,
  KOLADA_KPI_PATTERN,
  MunicipalityCodeSchema,
  YearSchema,
} from "./shared.js";
import type { Message } from "./messages.js";

/**
 * A Kolada KPI id: `N` or `U` and five digits, e.g. `N15428`.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { KoladaKpiSchema } from "@romsk-inkludering/model";
 * KoladaKpiSchema.safeParse("N15428").success;
 * // => true
 * KoladaKpiSchema.safeParse("X15428").success;
 * // => false
 * ```
 */
export const KoladaKpiSchema = z
  .string()
  .regex(KOLADA_KPI_PATTERN, { message: "must be a Kolada KPI id such as N15428" });

/**
 * Where an indicator's values come from: a Kolada KPI, an objective of the
 * EU Roma framework, the strategy itself, or a local source of an actor.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { IndicatorSourceSchema } from "@romsk-inkludering/model";
 * IndicatorSourceSchema.safeParse({ kind: "kolada", kpi: "N03926" }).success;
 * // => true
 * ```
 */
export const IndicatorSourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("kolada"), kpi: KoladaKpiSchema }),
  z.strictObject({ kind: z.literal("eu-framework"), objective: z.string().min(1).max(200) }),
  z.strictObject({ kind: z.literal("strategy") }),
  z.strictObject({ kind: z.literal("local"), actorId: IdSchema }),
]);

/**
 * An indicator source (see {@link IndicatorSourceSchema}).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { IndicatorSource } from "@romsk-inkludering/model";
 * const s: IndicatorSource = { kind: "kolada", kpi: "N15428" };
 * s.kind;
 * // => "kolada"
 * ```
 */
export type IndicatorSource = z.infer<typeof IndicatorSourceSchema>;

const YearOrder = (from: "baselineYear", to: "year") => (t: { baselineYear: number; year: number }, ctx: z.RefinementCtx) => {
  if (t[to] < t[from]) {
    ctx.addIssue({
      code: "custom",
      path: [to],
      message: `${to} ${t[to]} is before ${from} ${t[from]}`,
      params: { code: "year-order", from: t[from], to: t[to] },
    });
  }
};

/**
 * A target: an absolute value by a year, a change of the gap by a factor
 * from a baseline year (0.5 cut by half, 2 double), or closing the gap by a
 * year. For a gap change `year` is not before `baselineYear` (a zod-only
 * check, code `year-order`).
 *
 * @category Indicators
 * @example
 * ```ts
 * import { TargetSchema } from "@romsk-inkludering/model";
 * TargetSchema.safeParse({ kind: "gap-change", factor: 0.5, comparator: "at-most", baselineYear: 2020, year: 2030 }).success;
 * // => true
 * TargetSchema.safeParse({ kind: "close-gap", year: 2032 }).success;
 * // => true
 * ```
 */
export const TargetSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("absolute"),
    comparator: z.enum(["at-least", "at-most"]),
    value: z.number(),
    year: YearSchema,
  }),
  markRefined(
    z
      .strictObject({
        kind: z.literal("gap-change"),
        factor: z.number().min(0),
        comparator: z.enum(["at-least", "at-most"]),
        baselineYear: YearSchema,
        year: YearSchema,
      })
      .superRefine(YearOrder("baselineYear", "year"), whenValid("baselineYear", "year")),
    "year-order",
  ),
  z.strictObject({ kind: z.literal("close-gap"), year: YearSchema }),
]);

/**
 * A target (see {@link TargetSchema}).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { Target } from "@romsk-inkludering/model";
 * const water: Target = { kind: "absolute", comparator: "at-least", value: 95, year: 2030 };
 * water.value;
 * // => 95
 * ```
 */
export type Target = z.infer<typeof TargetSchema>;

/**
 * An indicator: area, unit, direction, population (Roma, general, or the
 * gap between them), disaggregations, source, baseline and target.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("indicator", {
 *   id: "long-term-unemployment",
 *   name: { sv: "Långtidsarbetslöshet 25–64 år, andel (%)", en: "Long-term unemployment, age 25–64, share (%)" },
 *   areaId: "employment",
 *   unit: "percent",
 *   direction: "lower-is-better",
 *   population: "general",
 *   disaggregations: ["gender", "municipality"],
 *   source: { kind: "kolada", kpi: "N03926" },
 *   sources: [{ kind: "facts", section: "Indicator sources (for the indicator catalog)" }],
 * }).success;
 * // => true
 * ```
 */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  name: BilingualSchema,
  areaId: AreaIdSchema,
  unit: z.enum(["percent", "percentage-points", "count", "per-capita", "years", "sek", "index"]),
  direction: z.enum(["higher-is-better", "lower-is-better"]),
  population: z.enum(["roma", "general", "gap"]),
  disaggregations: z.array(z.enum(["gender", "age", "municipality", "county"])).max(4),
  source: IndicatorSourceSchema,
  baseline: z
    .strictObject({
      year: YearSchema,
      value: z.number().nullable(),
      comparison: z.number().nullable().optional(),
      note: FreeTextSchema.optional(),
    })
    .optional(),
  target: TargetSchema.optional(),
  note: BilingualSchema.optional(),
  sources: SourcesSchema,
});

/**
 * An indicator (see {@link IndicatorSchema}).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { Indicator } from "@romsk-inkludering/model";
 * const unit: Indicator["unit"] = "percent";
 * unit;
 * // => "percent"
 * ```
 */
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * Where an observation applies: a municipality (four-digit code), a county
 * (two-digit code) or the whole country.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { PlaceSchema } from "@romsk-inkludering/model";
 * PlaceSchema.safeParse({ level: "municipality", code: "1283" }).success;
 * // => true
 * PlaceSchema.safeParse({ level: "county", code: "1283" }).success;
 * // => false
 * ```
 */
export const PlaceSchema = z.discriminatedUnion("level", [
  z.strictObject({ level: z.literal("municipality"), code: MunicipalityCodeSchema }),
  z.strictObject({ level: z.literal("county"), code: CountyCodeSchema }),
  z.strictObject({ level: z.literal("country") }),
]);

/**
 * A place (see {@link PlaceSchema}).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { Place } from "@romsk-inkludering/model";
 * const sweden: Place = { level: "country" };
 * sweden.level;
 * // => "country"
 * ```
 */
export type Place = z.infer<typeof PlaceSchema>;

/**
 * The levels of a place an observation is about, in Swedish and English (plural
 * for municipalities: a table row counts them together). Written as they read inside a sentence;
 * `capitalised` gives the form that starts a heading or a table cell. The
 * one place these labels live: every package imports them from here.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { PLACE_LEVEL_LABELS } from "@romsk-inkludering/model";
 * PLACE_LEVEL_LABELS.country;
 * // => {"sv":"riket","en":"country"}
 * ```
 */
export const PLACE_LEVEL_LABELS: Readonly<Record<Place["level"], Readonly<Message>>> = Object.freeze({
  country: { sv: "riket", en: "country" },
  county: { sv: "län", en: "county" },
  municipality: { sv: "kommuner", en: "municipalities" },
});

/**
 * One value of an indicator for a place, year and gender (Kolada's T/K/M).
 * `value` may be null (missing), with an optional status; `group` is for
 * gap indicators only.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("observation", {
 *   indicatorId: "long-term-unemployment",
 *   place: { level: "municipality", code: "1283" },
 *   year: 2018,
 *   gender: "T",
 *   value: null,
 *   status: "missing",
 * }).success;
 * // => true
 * ```
 */
export const ObservationSchema = z.strictObject({
  indicatorId: IdSchema,
  place: PlaceSchema,
  year: YearSchema,
  gender: GenderSchema,
  value: z.number().nullable(),
  status: z.string().max(100).optional(),
  count: z.int().min(0).optional(),
  denominator: z.int().min(0).optional(),
  group: z.enum(["roma", "general"]).optional(),
});

/**
 * An observation (see {@link ObservationSchema}).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { Observation } from "@romsk-inkludering/model";
 * const o: Observation = { indicatorId: "long-term-unemployment", place: { level: "municipality", code: "0580" }, year: 2019, gender: "K", value: null };
 * o.value;
 * // => null
 * ```
 */
export type Observation = z.infer<typeof ObservationSchema>;
