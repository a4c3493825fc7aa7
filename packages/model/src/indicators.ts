import * as z from "zod";
import { DecidedSchema } from "./decided.js";
import { AreaIdSchema } from "./areas.js";
import { boundsOutOfOrder } from "./checks.js";
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
  z.strictObject({
    kind: z.literal("kolada").describe("Källtyp (kind): \"kolada\", a key figure (nyckeltal) in Kolada."),
    kpi: KoladaKpiSchema.describe("Nyckeltal (kpi): the Kolada KPI id, N or U and five digits, e.g. N15428."),
  }),
  z.strictObject({
    kind: z.literal("eu-framework").describe("Källtyp (kind): \"eu-framework\", the EU Roma strategic framework."),
    objective: z.string().min(1).max(200).describe("Mål (objective): the framework's objective the indicator follows."),
  }),
  z.strictObject({ kind: z.literal("strategy").describe("Källtyp (kind): \"strategy\", defined by the strategy itself.") }),
  z.strictObject({
    kind: z.literal("local").describe("Källtyp (kind): \"local\", defined by one actor, e.g. a municipality."),
    actorId: IdSchema.describe("Aktör (actorId): the actor that defines the indicator."),
  }),
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
  if (boundsOutOfOrder(t[from], t[to])) {
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
    kind: z.literal("absolute").describe("Måltyp (kind): \"absolute\", a value to reach."),
    comparator: z.enum(["at-least", "at-most"]).describe("Jämförelse (comparator): at-least (minst) or at-most (högst)."),
    value: z.number().describe("Värde (value): the target value, in the indicator's unit."),
    year: YearSchema.describe("År (year): the year the target is to be met."),
  }),
  markRefined(
    z
      .strictObject({
        kind: z.literal("gap-change").describe("Måltyp (kind): \"gap-change\", a change of the gap between Roma and the general population."),
        factor: z.number().min(0).describe("Faktor (factor): the gap in `year` as a multiple of the gap in `baselineYear`, e.g. 0.5 for halved."),
        comparator: z.enum(["at-least", "at-most"]).describe("Jämförelse (comparator): at-least (minst) or at-most (högst)."),
        baselineYear: YearSchema.describe("Basår (baselineYear): the year the gap is measured from."),
        year: YearSchema.describe("År (year): the year the target is to be met; not before baselineYear."),
      })
      .superRefine(YearOrder("baselineYear", "year"), whenValid("baselineYear", "year")),
    "year-order",
  ),
  z.strictObject({
    kind: z.literal("close-gap").describe("Måltyp (kind): \"close-gap\", no gap left."),
    year: YearSchema.describe("År (year): the year the gap is to be closed."),
  }),
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
  id: IdSchema.describe("Id (id): the indicator's kebab-case id (a Kolada KPI id in lower case, e.g. n15428, for imported key figures)."),
  name: BilingualSchema.describe("Namn (name): the indicator's name in Swedish and English."),
  areaId: AreaIdSchema.describe("Område (areaId): the area of the strategy the indicator follows."),
  unit: z.enum(["percent", "percentage-points", "count", "per-capita", "years", "sek", "index"]).describe("Enhet (unit): percent, percentage-points (procentenheter), count, per-capita, years, sek or index."),
  direction: z.enum(["higher-is-better", "lower-is-better"]).describe("Riktning (direction): higher-is-better or lower-is-better."),
  population: z.enum(["roma", "general", "gap"]).describe("Population (population): roma, general (hela befolkningen) or gap (the difference between them)."),
  disaggregations: z.array(z.enum(["gender", "age", "municipality", "county"])).max(4).describe("Uppdelningar (disaggregations): how the values are broken down: gender, age, municipality, county."),
  source: IndicatorSourceSchema.describe("Källa (source): where the values come from: kolada, eu-framework, strategy or local."),
  baseline: z
    .strictObject({
      year: YearSchema.describe("År (year): the baseline year."),
      value: z.number().nullable().describe("Värde (value): the baseline value; null when the source has none."),
      comparison: z.number().nullable().optional().describe("Jämförelsevärde (comparison): the general population's value the same year, null when unknown."),
      note: FreeTextSchema.optional().describe("Anmärkning (note): a note on the baseline."),
    })
    .optional()
    .describe("Utgångsläge (baseline): the value at the start, to measure change from."),
  target: TargetSchema.optional().describe("Mål (target): what the indicator is to reach, if a target is set."),
  note: BilingualSchema.optional().describe("Anmärkning (note): a note in Swedish and English, e.g. on how to read the values."),
  decided: DecidedSchema.optional().describe("Beslutad (decided): the day it was decided or became known, with its sources; as of an earlier date it is not yet known."),
  sources: SourcesSchema.describe("Källor (sources): where the indicator is defined (at least one)."),
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
export interface Indicator extends z.output<typeof IndicatorSchema> {}

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
  z.strictObject({
    level: z.literal("municipality").describe("Nivå (level): \"municipality\", one municipality (kommun)."),
    code: MunicipalityCodeSchema.describe("Kommunkod (code): the four-digit municipality code (SCB), e.g. 0580."),
  }),
  z.strictObject({
    level: z.literal("county").describe("Nivå (level): \"county\", one county (län) or region."),
    code: CountyCodeSchema.describe("Länskod (code): the two-digit county code (SCB), e.g. 21."),
  }),
  z.strictObject({ level: z.literal("country").describe("Nivå (level): \"country\", Sweden as a whole (riket).") }),
]);

/**
 * The units of an indicator (`Indicator["unit"]`) in Swedish and English,
 * as they read after a figure or in an axis title ("andel (%)" is written
 * `%`). The one place these labels live: every package imports them from here.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { INDICATOR_UNIT_LABELS } from "@romsk-inkludering/model";
 * INDICATOR_UNIT_LABELS["percentage-points"];
 * // => {"sv":"procentenheter","en":"percentage points"}
 * ```
 */
export const INDICATOR_UNIT_LABELS: Readonly<Record<Indicator["unit"], Readonly<Message>>> = Object.freeze({
  percent: { sv: "%", en: "%" },
  "percentage-points": { sv: "procentenheter", en: "percentage points" },
  count: { sv: "antal", en: "count" },
  "per-capita": { sv: "per invånare", en: "per resident" },
  years: { sv: "år", en: "years" },
  sek: { sv: "kronor", en: "SEK" },
  index: { sv: "index", en: "index" },
});

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
 * The populations an indicator or an observation is about, in Swedish and
 * English: Roma, the general population, or the gap between them. Written
 * as they read inside a sentence; `capitalised` gives the form that starts
 * a heading or a table cell. The one place these labels live.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { POPULATION_LABELS } from "@romsk-inkludering/model";
 * [POPULATION_LABELS.roma.sv, POPULATION_LABELS.general.en];
 * // => ["romer","general population"]
 * ```
 */
export const POPULATION_LABELS: Readonly<Record<Indicator["population"], Readonly<Message>>> = Object.freeze({
  roma: { sv: "romer", en: "Roma" },
  general: { sv: "befolkningen", en: "general population" },
  gap: { sv: "skillnaden mellan romer och befolkningen", en: "gap between Roma and the general population" },
});

/**
 * Where an indicator stands against its target: `reached`, `on-track` (on
 * or above the straight line from the baseline to the target), `off-track`,
 * or `insufficient-data` (no verdict is possible).
 *
 * @category Indicators
 * @example
 * ```ts
 * import { PROGRESS_STATUSES } from "@romsk-inkludering/model";
 * PROGRESS_STATUSES;
 * // => ["reached","on-track","off-track","insufficient-data"]
 * ```
 */
export const PROGRESS_STATUSES = Object.freeze(["reached", "on-track", "off-track", "insufficient-data"] as const);

/**
 * One of {@link PROGRESS_STATUSES}.
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { ProgressStatus } from "@romsk-inkludering/model";
 * const status: ProgressStatus = "off-track";
 * status;
 * // => "off-track"
 * ```
 */
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * The progress statuses in Swedish and English, as they read inside a
 * sentence; `capitalised` gives the form that starts a heading, a table
 * cell or a message. The one place these labels live.
 *
 * @category Indicators
 * @example
 * ```ts
 * import { PROGRESS_STATUS_LABELS } from "@romsk-inkludering/model";
 * [PROGRESS_STATUS_LABELS["off-track"].sv, PROGRESS_STATUS_LABELS["insufficient-data"].en];
 * // => ["inte på väg","insufficient data"]
 * ```
 */
export const PROGRESS_STATUS_LABELS: Readonly<Record<ProgressStatus, Readonly<Message>>> = Object.freeze({
  reached: { sv: "uppnått", en: "reached" },
  "on-track": { sv: "på väg", en: "on track" },
  "off-track": { sv: "inte på väg", en: "off track" },
  "insufficient-data": { sv: "otillräckliga data", en: "insufficient data" },
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
  indicatorId: IdSchema.describe("Indikator (indicatorId): the indicator's id, e.g. n15428."),
  place: PlaceSchema.describe("Plats (place): the municipality, county or the country the value is for."),
  year: YearSchema.describe("År (year): the year the value is for."),
  gender: GenderSchema.describe("Kön (gender): T (totalt, all), K (kvinnor, women) or M (män, men)."),
  value: z.number().nullable().describe("Värde (value): the value in the indicator's unit; null when missing (never read as zero)."),
  status: z.string().max(100).optional().describe("Status (status): the source's status mark for the value, e.g. Kolada's."),
  count: z.int().min(0).optional().describe("Antal (count): how many the value is based on, when the source says (e.g. members of a Kolada group)."),
  denominator: z.int().min(0).optional().describe("Nämnare (denominator): the population the value is a share of, when known."),
  group: z.enum(["roma", "general"]).optional().describe("Grupp (group): roma or general (hela befolkningen), when the value is for one of them."),
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
export interface Observation extends z.output<typeof ObservationSchema> {}
