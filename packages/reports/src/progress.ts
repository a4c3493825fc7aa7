/**
 * Progress of an indicator against its baseline and target: absolute
 * targets, gap changes by a factor (the EU Roma framework's "cut the gap by
 * at least half") and closing the gap by a year.
 */
import { parseIsoDate } from "@romsk-inkludering/calendar";
import { capitalised, PROGRESS_STATUS_LABELS } from "@romsk-inkludering/model";
import type { Gender, Indicator, Observation, Place, ProgressStatus as ModelProgressStatus, Target } from "@romsk-inkludering/model";
import { clean, formatNumber } from "./format.js";
import type { Lang } from "./labels.js";

/**
 * The verdict of {@link evaluateProgress}: the model's `ProgressStatus`
 * (`PROGRESS_STATUSES`, labelled by `PROGRESS_STATUS_LABELS`).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { ProgressStatus } from "@romsk-inkludering/reports";
 * const status: ProgressStatus = "off-track";
 * status;
 * // => "off-track"
 * ```
 */
export type ProgressStatus = ModelProgressStatus;

/**
 * Why the data do not allow a verdict (status `insufficient-data`):
 * no target; no usable observation; no baseline to scale the target from or
 * to draw the trajectory from; no observation after the baseline year;
 * observations that disagree for the same year and group.
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { ProgressReason } from "@romsk-inkludering/reports";
 * const reason: ProgressReason = "no-baseline";
 * reason;
 * // => "no-baseline"
 * ```
 */
export type ProgressReason =
  | "no-target"
  | "no-observations"
  | "no-baseline"
  | "no-observation-after-baseline"
  | "conflicting-observations";

/**
 * What {@link evaluateProgress} reads of an indicator (a full model
 * `Indicator` fits).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { ProgressIndicator } from "@romsk-inkludering/reports";
 * const water: ProgressIndicator = {
 *   id: "eu-tap-water",
 *   direction: "higher-is-better",
 *   population: "roma",
 *   target: { kind: "absolute", comparator: "at-least", value: 95, year: 2030 },
 * };
 * water.target?.kind;
 * // => "absolute"
 * ```
 */
export interface ProgressIndicator {
  readonly id: string;
  readonly direction: Indicator["direction"];
  readonly population: Indicator["population"];
  readonly target?: Target | undefined;
  readonly baseline?: Indicator["baseline"] | undefined;
}

/**
 * Options of {@link evaluateProgress}: the date of the evaluation (only
 * observations for years up to its year are known) and the series to
 * read (by default the country as a whole, gender T).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { ProgressOptions } from "@romsk-inkludering/reports";
 * const options: ProgressOptions = { asOf: "2022-06-30", place: { level: "municipality", code: "0580" } };
 * options.place?.level;
 * // => "municipality"
 * ```
 */
export interface ProgressOptions {
  readonly asOf: string;
  readonly place?: Place;
  readonly gender?: Gender;
}

/**
 * One year of the series: the measured value (the gap roma − general for a
 * gap, the level otherwise) and, for a gap, the two levels.
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { ProgressPoint } from "@romsk-inkludering/reports";
 * const p: ProgressPoint = { year: 2016, value: 63, roma: 80, general: 17 };
 * p.value;
 * // => 63
 * ```
 */
export interface ProgressPoint {
  readonly year: number;
  readonly value: number;
  readonly roma?: number;
  readonly general?: number;
}

/**
 * The straight line from the baseline to the target: `fromValue` in
 * `fromYear` to `toValue` in `toYear`, changing by `perYear` each year.
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { Trajectory } from "@romsk-inkludering/reports";
 * const t: Trajectory = { fromYear: 2016, fromValue: 63, toYear: 2030, toValue: 31.5, perYear: -2.25 };
 * t.fromValue + t.perYear * 5;
 * // => 51.75
 * ```
 */
export interface Trajectory {
  readonly fromYear: number;
  readonly fromValue: number;
  readonly toYear: number;
  readonly toValue: number;
  readonly perYear: number;
}

/**
 * The result of {@link evaluateProgress}: the status with the figures and
 * the evidence it rests on. All values are on the indicator's own scale;
 * for a gap they are `roma − general` with its sign, and `comparator` is
 * the comparison those raw values must satisfy (see
 * {@link evaluateProgress} for the sign rules).
 *
 * @category Indicators
 * @example
 * ```ts
 * import { evaluateProgress } from "@romsk-inkludering/reports";
 * const r = evaluateProgress({ id: "eu-tap-water", direction: "higher-is-better", population: "roma" }, [], { asOf: "2022-01-01" });
 * [r.status, r.reason];
 * // => ["insufficient-data","no-target"]
 * ```
 */
export interface ProgressResult {
  readonly indicatorId: string;
  readonly status: ProgressStatus;
  /** Why there is no verdict; null when there is one. */
  readonly reason: ProgressReason | null;
  /** `gap` (pairs of roma and general observations) or `level` (one value per year). */
  readonly measure: "gap" | "level";
  /** What the indicator measures: Roma, the general population (context only) or the gap between them. */
  readonly population: Indicator["population"];
  readonly direction: Indicator["direction"];
  readonly target: Target | null;
  readonly targetYear: number | null;
  /** The value to reach by the target year (a gap for gap measures). */
  readonly targetValue: number | null;
  /** How a value compares with the target (and the trajectory) to meet it. */
  readonly comparator: "at-least" | "at-most" | null;
  readonly baseline: (ProgressPoint & { readonly source: "indicator" | "observations" }) | null;
  readonly latest: ProgressPoint | null;
  readonly trajectory: Trajectory | null;
  /** Where the straight line is in the year of the latest observation. */
  readonly expectedAtLatest: number | null;
  /** Where the straight line is in the year of `asOf` (at most the target year). */
  readonly expectedNow: { readonly year: number; readonly value: number } | null;
  /** What the status was judged against: the target itself, or the trajectory. */
  readonly judgedAgainst: "target" | "trajectory" | null;
  readonly message: { readonly sv: string; readonly en: string };
  readonly evidence: {
    readonly asOf: string;
    readonly place: Place;
    readonly gender: Gender;
    /** The usable series, by year. */
    readonly series: readonly ProgressPoint[];
    /** Years of a gap measure with only one of the pair (or a null value). */
    readonly incompleteYears: readonly number[];
    /** Years with disagreeing observations for the same group. */
    readonly conflictingYears: readonly number[];
    /** Observations of this indicator, place and gender not used (other group, after asOf's year). */
    readonly ignored: number;
    /**
     * Remarks on the data or the target: a figure of the general
     * population (context, not a Roma outcome), the note of the
     * indicator's baseline when it is used or missing (e.g. an EU-level
     * figure), the target year has passed.
     */
    readonly notes: readonly string[];
  };
}

type Comparator = "at-least" | "at-most";

function flip(c: Comparator): Comparator {
  return c === "at-least" ? "at-most" : "at-least";
}

function meets(value: number, bound: number, comparator: Comparator): boolean {
  const v = clean(value);
  const b = clean(bound);
  return comparator === "at-most" ? v <= b : v >= b;
}

function samePlace(a: Place, b: Place): boolean {
  if (a.level !== b.level) return false;
  if (a.level === "country" || b.level === "country") return true;
  return a.code === b.code;
}

interface Collected {
  series: ProgressPoint[];
  incompleteYears: number[];
  conflictingYears: number[];
  ignored: number;
}

function collect(
  indicator: ProgressIndicator,
  observations: Iterable<Observation>,
  measure: "gap" | "level",
  place: Place,
  gender: Gender,
  lastYear: number,
): Collected {
  const byYear = new Map<number, { roma: number[]; general: number[]; level: number[]; seen: boolean }>();
  let ignored = 0;
  for (const o of observations) {
    if (o.indicatorId !== indicator.id || o.gender !== gender || !samePlace(o.place, place)) continue;
    if (o.year > lastYear) {
      ignored += 1;
      continue;
    }
    let slot = byYear.get(o.year);
    if (slot === undefined) {
      slot = { roma: [], general: [], level: [], seen: false };
      byYear.set(o.year, slot);
    }
    if (measure === "gap") {
      if (o.group === undefined) {
        ignored += 1;
        continue;
      }
      slot.seen = true;
      if (o.value !== null && Number.isFinite(o.value)) slot[o.group].push(o.value);
    } else {
      const fits = o.group === undefined || o.group === indicator.population;
      if (!fits) {
        ignored += 1;
        continue;
      }
      slot.seen = true;
      if (o.value !== null && Number.isFinite(o.value)) slot.level.push(o.value);
    }
  }
  const series: ProgressPoint[] = [];
  const incompleteYears: number[] = [];
  const conflictingYears: number[] = [];
  const single = (values: number[]): number | "conflict" | undefined => {
    const first = values[0];
    if (first === undefined) return undefined;
    return values.every((v) => v === first) ? first : "conflict";
  };
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const slot = byYear.get(year);
    if (slot === undefined || !slot.seen) continue;
    if (measure === "gap") {
      const roma = single(slot.roma);
      const general = single(slot.general);
      if (roma === "conflict" || general === "conflict") conflictingYears.push(year);
      else if (roma === undefined || general === undefined) incompleteYears.push(year);
      else series.push({ year, value: clean(roma - general), roma, general });
    } else {
      const value = single(slot.level);
      if (value === "conflict") conflictingYears.push(year);
      else if (value !== undefined) series.push({ year, value });
    }
  }
  return { series, incompleteYears, conflictingYears, ignored };
}

function indicatorBaseline(indicator: ProgressIndicator, measure: "gap" | "level"): ProgressPoint | null {
  const b = indicator.baseline;
  if (b === undefined || b.value === null) return null;
  if (measure === "level") return { year: b.year, value: b.value };
  const comparison = b.comparison;
  if (comparison === undefined || comparison === null) return null;
  return { year: b.year, value: clean(b.value - comparison), roma: b.value, general: comparison };
}

/** The note on every result for an indicator of the general population. */
const GENERAL_NOTE =
  "the indicator describes the general population (everyone living in the place), not Roma: it is context, not an outcome for Roma";

function cmpText(c: Comparator, lang: Lang): string {
  if (lang === "sv") return c === "at-most" ? "högst" : "minst";
  return c === "at-most" ? "at most" : "at least";
}

const REASON_TEXT: Readonly<Record<ProgressReason, { sv: string; en: string }>> = {
  "no-target": { sv: "indikatorn har inget mål", en: "the indicator has no target" },
  "no-observations": { sv: "det finns inga användbara observationer", en: "there are no usable observations" },
  "no-baseline": { sv: "det finns inget utgångsvärde", en: "there is no baseline" },
  "no-observation-after-baseline": {
    sv: "det finns ingen observation efter utgångsåret",
    en: "there is no observation after the baseline year",
  },
  "conflicting-observations": {
    sv: "observationerna för samma år och grupp skiljer sig åt",
    en: "observations for the same year and group disagree",
  },
};

/**
 * Evaluates an indicator's progress against its baseline and target, as of
 * a date. Pure: the target semantics are data (the model's `Target`).
 *
 * **What is measured.** For an indicator whose `population` is `"gap"` (or
 * whose target is `close-gap`) the measure is the gap `roma − general`,
 * from pairs of observations with `group: "roma"` and `group: "general"`
 * for the same year; a year with only one of the pair is listed in
 * `incompleteYears` and not used. Otherwise the measure is the value itself
 * (observations without a group, or of the indicator's population).
 * Only observations of the indicator, `place` (default: the country) and
 * `gender` (default `"T"`) for years up to the year of `asOf` are used.
 *
 * **Signs and direction.** Gaps keep their sign: with poverty (lower is
 * better) 80 − 17 = 63 means Roma are worse off; with life expectancy
 * (higher is better) a gap of −9 years does. A gap target's comparator
 * speaks of the size of the Roma disadvantage (`gap` for lower-is-better,
 * `−gap` for higher-is-better): "cut by at least half" is `gap-change`,
 * factor 0.5, `at-most`, so the target gap is 0.5 × the baseline gap (31.5
 * from 63; −4.5 from −9) and the raw comparator flips to `at-least` for a
 * higher-is-better indicator (−4 meets −4.5). `close-gap` targets a gap of
 * 0. An absolute target on a gap bounds the disadvantage (`at-most 5`
 * means a gap of at most 5, or at least −5). On a level, an absolute target
 * compares the value as stated ("at least 95%"), and `gap-change` scales
 * the baseline level (factor 2, at-least: double it).
 *
 * **Baseline.** For `gap-change`, the indicator's `baseline` if its year is
 * the target's `baselineYear` (for a gap, `value` is the Roma level and
 * `comparison` the general level), else the series in that year. For the
 * other targets, the indicator's `baseline`, else the first year of the
 * series.
 *
 * **Status.** `reached` if the latest value meets the target. Otherwise, if
 * the target year is before the year of `asOf`, `off-track`, judged against
 * the target itself. Otherwise the latest value is compared with the
 * straight line from the baseline (year, value) to the target (year,
 * value) in the latest year: `on-track` if it meets it, `off-track` if not.
 * Without enough data, `insufficient-data` with a `reason`. Values within
 * 12 significant digits of the bound meet it.
 *
 * **Catalog indicators and honesty notes.** An indicator of the catalog
 * (`getIndicator("eu-poverty-gap")` of `@romsk-inkludering/catalog`, whose
 * Kolada key figures have the ids `importKolada` writes, e.g. `n03926`) is
 * passed as it is. The result repeats what it measures (`population`), and
 * `evidence.notes` says so when a figure describes the general population
 * (context, not an outcome for Roma) and repeats the note of the indicator's
 * baseline when that baseline is used or missing (e.g. an EU-level figure,
 * or why no Swedish figure exists).
 *
 * @param indicator - The indicator (a model `Indicator`, e.g. one of the
 *   catalog, fits).
 * @param observations - Any observations; those of other indicators,
 *   places and genders are skipped.
 * @param options - `asOf` (ISO date), optional `place` and `gender`.
 * @throws RangeError if `asOf` is not a real ISO date.
 * @category Indicators
 * @example
 * ```ts
 * import { evaluateProgress } from "@romsk-inkludering/reports";
 * const poverty = {
 *   id: "eu-poverty-gap",
 *   direction: "lower-is-better" as const,
 *   population: "gap" as const,
 *   target: { kind: "gap-change" as const, factor: 0.5, comparator: "at-most" as const, baselineYear: 2016, year: 2030 },
 * };
 * const pair = (year: number, roma: number, general: number) => [
 *   { indicatorId: poverty.id, place: { level: "country" as const }, year, gender: "T" as const, value: roma, group: "roma" as const },
 *   { indicatorId: poverty.id, place: { level: "country" as const }, year, gender: "T" as const, value: general, group: "general" as const },
 * ];
 * const r = evaluateProgress(poverty, [...pair(2016, 80, 17), ...pair(2021, 80, 17)], { asOf: "2022-06-30" });
 * [r.status, r.baseline?.value, r.targetValue, r.expectedAtLatest, r.latest?.value];
 * // => ["off-track",63,31.5,51.75,63]
 * ```
 * @example
 * A municipality's own target on a Kolada key figure (long-term
 * unemployment, lower is better) is judged, and flagged as context:
 * ```ts
 * import { evaluateProgress } from "@romsk-inkludering/reports";
 * const unemployment = {
 *   id: "n03926",
 *   direction: "lower-is-better" as const,
 *   population: "general" as const,
 *   baseline: { year: 2019, value: 4.1 },
 *   target: { kind: "absolute" as const, comparator: "at-most" as const, value: 3, year: 2030 },
 * };
 * const observed = [{ indicatorId: "n03926", place: { level: "municipality" as const, code: "0580" }, year: 2023, gender: "T" as const, value: 3.9 }];
 * const r = evaluateProgress(unemployment, observed, { asOf: "2024-03-01", place: { level: "municipality", code: "0580" } });
 * [r.status, r.expectedAtLatest, r.population, r.evidence.notes.length];
 * // => ["off-track",3.7,"general",1]
 * ```
 */
export function evaluateProgress(
  indicator: ProgressIndicator,
  observations: Iterable<Observation>,
  options: ProgressOptions,
): ProgressResult {
  const parsed = parseIsoDate(options.asOf);
  if (!parsed.success) throw new RangeError(`evaluateProgress: asOf ${parsed.error}`);
  const asOfYear = parsed.data.year;
  const place: Place = options.place ?? { level: "country" };
  const gender: Gender = options.gender ?? "T";
  const target = indicator.target ?? null;
  const measure: "gap" | "level" = indicator.population === "gap" || target?.kind === "close-gap" ? "gap" : "level";
  // +1: a larger raw value is worse for Roma (lower-is-better); −1: better.
  const sign = indicator.direction === "lower-is-better" ? 1 : -1;
  const notes: string[] = [];
  if (indicator.population === "general") notes.push(GENERAL_NOTE);

  const { series, incompleteYears, conflictingYears, ignored } = collect(
    indicator,
    observations,
    measure,
    place,
    gender,
    asOfYear,
  );
  const latest = series[series.length - 1] ?? null;

  const base = {
    indicatorId: indicator.id,
    measure,
    population: indicator.population,
    direction: indicator.direction,
    target,
    targetYear: target?.year ?? null,
  };
  const evidence = { asOf: options.asOf, place, gender, series, incompleteYears, conflictingYears, ignored, notes };

  const insufficient = (
    reason: ProgressReason,
    extra: Partial<Pick<ProgressResult, "baseline" | "targetValue" | "comparator">> = {},
  ): ProgressResult => ({
    ...base,
    status: "insufficient-data",
    reason,
    targetValue: extra.targetValue ?? null,
    comparator: extra.comparator ?? null,
    baseline: extra.baseline ?? null,
    latest,
    trajectory: null,
    expectedAtLatest: null,
    expectedNow: null,
    judgedAgainst: null,
    message: {
      sv: `${capitalised(PROGRESS_STATUS_LABELS["insufficient-data"]).sv}: ${REASON_TEXT[reason].sv}.`,
      en: `${capitalised(PROGRESS_STATUS_LABELS["insufficient-data"]).en}: ${REASON_TEXT[reason].en}.`,
    },
    evidence,
  });

  if (target === null) return insufficient("no-target");
  if (conflictingYears.length > 0) return insufficient("conflicting-observations");

  // Baseline.
  let baseline: (ProgressPoint & { source: "indicator" | "observations" }) | null = null;
  const fromIndicator = indicatorBaseline(indicator, measure);
  if (target.kind === "gap-change") {
    if (fromIndicator !== null && fromIndicator.year === target.baselineYear) {
      baseline = { ...fromIndicator, source: "indicator" };
    } else {
      const point = series.find((p) => p.year === target.baselineYear);
      if (point !== undefined) baseline = { ...point, source: "observations" };
    }
  } else if (fromIndicator !== null) {
    baseline = { ...fromIndicator, source: "indicator" };
  } else if (series[0] !== undefined) {
    baseline = { ...series[0], source: "observations" };
  }

  const baselineNote = indicator.baseline?.note;
  if (baselineNote !== undefined && (baseline === null || baseline.source === "indicator")) {
    notes.push(`the indicator's baseline: ${baselineNote}`);
  }

  // Target value and the comparison raw values must satisfy.
  let targetValue: number;
  let comparator: Comparator;
  if (target.kind === "absolute") {
    targetValue = measure === "gap" ? clean(target.value * sign) : target.value;
    comparator = measure === "gap" && sign < 0 ? flip(target.comparator) : target.comparator;
  } else if (target.kind === "gap-change") {
    if (baseline === null) return insufficient("no-baseline");
    targetValue = clean(target.factor * baseline.value);
    comparator = measure === "gap" && sign < 0 ? flip(target.comparator) : target.comparator;
  } else {
    targetValue = 0;
    comparator = sign > 0 ? "at-most" : "at-least";
  }

  if (measure === "level") {
    const againstDirection =
      (comparator === "at-least" && indicator.direction === "lower-is-better") ||
      (comparator === "at-most" && indicator.direction === "higher-is-better");
    if (againstDirection) notes.push(`the target's comparator (${comparator}) goes against the indicator's direction (${indicator.direction})`);
  } else if (baseline !== null && baseline.value * sign <= 0) {
    notes.push("the baseline gap is not a disadvantage for Roma");
  }

  if (latest === null) return insufficient("no-observations", { baseline, targetValue, comparator });

  const trajectoryOf = (b: ProgressPoint): Trajectory => {
    const span = target.year - b.year;
    return {
      fromYear: b.year,
      fromValue: b.value,
      toYear: target.year,
      toValue: targetValue,
      perYear: span > 0 ? clean((targetValue - b.value) / span) : 0,
    };
  };
  const along = (t: Trajectory, year: number): number => {
    const span = t.toYear - t.fromYear;
    if (span <= 0 || year >= t.toYear) return t.toValue;
    if (year <= t.fromYear) return t.fromValue;
    // Multiply before dividing: 63 + (31.5 − 63) × 5 / 14 = 51.75 exactly.
    return clean(t.fromValue + ((t.toValue - t.fromValue) * (year - t.fromYear)) / span);
  };
  const trajectory = baseline === null ? null : trajectoryOf(baseline);
  const expectedNow =
    trajectory === null ? null : { year: Math.min(asOfYear, target.year), value: along(trajectory, Math.min(asOfYear, target.year)) };

  const what = measure === "gap" ? { sv: "gapet", en: "the gap" } : { sv: "värdet", en: "the value" };
  const f = (n: number, lang: Lang): string => formatNumber(n, lang, 4);
  const targetText = {
    sv: `målet ${cmpText(comparator, "sv")} ${f(targetValue, "sv")} år ${target.year}`,
    en: `the target of ${cmpText(comparator, "en")} ${f(targetValue, "en")} by ${target.year}`,
  };
  const latestText = {
    sv: `${what.sv} ${f(latest.value, "sv")} år ${latest.year}`,
    en: `${what.en} of ${f(latest.value, "en")} in ${latest.year}`,
  };

  const verdict = (
    status: ProgressStatus,
    judgedAgainst: "target" | "trajectory",
    expectedAtLatest: number | null,
    message: { sv: string; en: string },
  ): ProgressResult => ({
    ...base,
    status,
    reason: null,
    targetValue,
    comparator,
    baseline,
    latest,
    trajectory,
    expectedAtLatest,
    expectedNow,
    judgedAgainst,
    message,
    evidence,
  });

  if (meets(latest.value, targetValue, comparator)) {
    return verdict("reached", "target", trajectory === null ? null : along(trajectory, latest.year), {
      sv: `${capitalised(PROGRESS_STATUS_LABELS["reached"]).sv}: ${latestText.sv} når ${targetText.sv}.`,
      en: `${capitalised(PROGRESS_STATUS_LABELS["reached"]).en}: ${latestText.en} meets ${targetText.en}.`,
    });
  }
  if (asOfYear > target.year) {
    notes.push(`the target year ${target.year} has passed`);
    return verdict("off-track", "target", trajectory === null ? null : along(trajectory, latest.year), {
      sv: `${capitalised(PROGRESS_STATUS_LABELS["off-track"]).sv}: målåret ${target.year} har passerat och ${latestText.sv} når inte ${targetText.sv}.`,
      en: `${capitalised(PROGRESS_STATUS_LABELS["off-track"]).en}: the target year ${target.year} has passed and ${latestText.en} does not meet ${targetText.en}.`,
    });
  }
  if (baseline === null || trajectory === null) return insufficient("no-baseline", { targetValue, comparator });
  if (latest.year <= baseline.year) return insufficient("no-observation-after-baseline", { baseline, targetValue, comparator });

  const expected = along(trajectory, latest.year);
  const line = {
    sv: `en rak linje från ${f(baseline.value, "sv")} år ${baseline.year} till ${f(targetValue, "sv")} år ${target.year} kräver ${cmpText(comparator, "sv")} ${f(expected, "sv")} år ${latest.year}`,
    en: `a straight line from ${f(baseline.value, "en")} in ${baseline.year} to ${f(targetValue, "en")} in ${target.year} requires ${cmpText(comparator, "en")} ${f(expected, "en")} in ${latest.year}`,
  };
  if (meets(latest.value, expected, comparator)) {
    return verdict("on-track", "trajectory", expected, {
      sv: `${capitalised(PROGRESS_STATUS_LABELS["on-track"]).sv}: ${latestText.sv}; ${line.sv}.`,
      en: `${capitalised(PROGRESS_STATUS_LABELS["on-track"]).en}: ${latestText.en}; ${line.en}.`,
    });
  }
  return verdict("off-track", "trajectory", expected, {
    sv: `${capitalised(PROGRESS_STATUS_LABELS["off-track"]).sv}: ${latestText.sv}; ${line.sv}.`,
    en: `${capitalised(PROGRESS_STATUS_LABELS["off-track"]).en}: ${latestText.en}; ${line.en}.`,
  });
}
