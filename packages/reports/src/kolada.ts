/**
 * Import of Kolada-shaped data (municipal key figures) into validated
 * observations, with an issue for every row that does not fit.
 */
import { ObservationSchema, validateWith, type Gender, type Observation, type Place, type ValidationIssue } from "@romsk-inkludering/model";

/**
 * One page of Kolada data as returned by its data routes (e.g.
 * `/v3/data/kpi/{kpi_id}/municipality/{municipality_id}`).
 *
 * Kolada's API v3 (`https://api.kolada.se/v3`, documented at
 * `https://api.kolada.se/v3/docs` and `/v3/openapi.json`) sends
 * `{ values: [{ kpi, municipality, period, values: [{ gender, count, status, value }] }], count, next_url, previous_url }`,
 * `next_url` being the next page's URL and null on the last page. That
 * documentation could not be fetched here; the shape is the one recorded by
 * koladapy, a client of v3 (`github.com/xemarap/koladapy`: its
 * `tests/test_pagination.py`, and `_paginate_request`, which stops when
 * `next_url` is empty). The v2 documentation, still the one `kolada.se` links
 * to (`github.com/Hypergene/kolada`), has the link in `next_page` ("follow
 * the URL in the next_page field"); pages saved from v2, and clients of v3
 * that still name it so, carry `next_page`. The import reads `next_url`
 * first, then `next_page`, and never uses `count` for paging. It takes
 * `unknown` and checks everything; this type documents the expected shape.
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { KoladaPage } from "@romsk-inkludering/reports";
 * const page: KoladaPage = {
 *   values: [{ kpi: "N15428", municipality: "0580", period: 2019, values: [{ gender: "T", count: 1, status: "", value: 80.1 }] }],
 *   count: 1,
 * };
 * page.values[0]?.municipality;
 * // => "0580"
 * ```
 */
export interface KoladaPage {
  readonly values: readonly {
    readonly kpi: string;
    readonly municipality: string;
    readonly period: number;
    readonly values: readonly {
      readonly gender: string;
      readonly count?: number | null;
      readonly status?: string | null;
      readonly value: number | null;
    }[];
  }[];
  readonly count?: number;
  /** The next page's URL, null on the last page (API v3). */
  readonly next_url?: string | null;
  /** The previous page's URL, null on the first page (API v3); the import does not read it. */
  readonly previous_url?: string | null;
  /** The next page's URL (API v2). */
  readonly next_page?: string | null;
}

/**
 * Options of {@link importKolada}.
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { KoladaImportOptions } from "@romsk-inkludering/reports";
 * const options: KoladaImportOptions = { kpiToIndicator: { N15428: "eligible-vocational-programme" } };
 * options.kpiToIndicator?.N15428;
 * // => "eligible-vocational-programme"
 * ```
 */
export interface KoladaImportOptions {
  /**
   * Maps a KPI id to an indicator id. KPIs not in the map get the KPI id in
   * lower case (`N15428` → `n15428`), since indicator ids are kebab-case.
   */
  readonly kpiToIndicator?: Readonly<Record<string, string>>;
}

/**
 * A row the import could not turn into an observation: where it is in the
 * input, the row itself, and why (one or more issues with a code and a
 * message in Swedish and English).
 *
 * @category Indicators
 * @example
 * ```ts
 * import type { KoladaRejectedRow } from "@romsk-inkludering/reports";
 * const row: KoladaRejectedRow = {
 *   path: ["values", 0, "values", 1],
 *   row: { gender: "X", value: 12 },
 *   issues: [{ path: ["values", 0, "values", 1, "gender"], code: "invalid-gender", message: { sv: "Kön måste vara T, K eller M", en: "Gender must be T, K or M" } }],
 * };
 * row.issues[0]?.code;
 * // => "invalid-gender"
 * ```
 */
export interface KoladaRejectedRow {
  readonly path: readonly (string | number)[];
  readonly row: unknown;
  readonly issues: readonly ValidationIssue[];
}

/**
 * The outcome of {@link importKolada}: every accepted observation and every
 * rejected row, so that nothing is dropped silently (`rows` =
 * `observations.length + rejected.length` when every entry has a list of
 * values; an entry that cannot be read counts as one rejected row).
 *
 * @category Indicators
 * @example
 * ```ts
 * import { importKolada } from "@romsk-inkludering/reports";
 * const r = importKolada({ values: [] });
 * [r.rows, r.observations.length, r.rejected.length, r.nextPage];
 * // => [0,0,0,null]
 * ```
 */
export interface KoladaImportResult {
  readonly observations: Observation[];
  readonly rejected: KoladaRejectedRow[];
  /** Rows seen: accepted plus rejected. */
  readonly rows: number;
  /** The page's `count`, when it is a non-negative integer. */
  readonly count: number | null;
  /**
   * The next page to fetch and import too: the page's `next_url` (API v3),
   * else its `next_page` (API v2); null when neither is a non-empty string.
   */
  readonly nextPage: string | null;
}

/**
 * The two-digit county codes of Sweden (SCB), used to recognise regions
 * (`00` + county) and the first two digits of municipality codes.
 */
const COUNTY_CODES: ReadonlySet<string> = new Set([
  "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14",
  "17", "18", "19", "20", "21", "22", "23", "24", "25",
]);

const KPI_PATTERN = /^[NU][0-9]{5}$/;

type Path = (string | number)[];

function issue(path: Path, code: string, sv: string, en: string): ValidationIssue {
  return { path: [...path], code, message: { sv, en } };
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null) return "null";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Where in the input an observation field came from. */
function sourcePath(entryPath: Path, rowPath: Path, fieldPath: readonly (string | number)[]): Path {
  const [field, ...rest] = fieldPath;
  if (field === "indicatorId") return [...entryPath, "kpi"];
  if (field === "place") return [...entryPath, "municipality"];
  if (field === "year") return [...entryPath, "period"];
  return field === undefined ? [...rowPath] : [...rowPath, field, ...rest];
}

/** The next page's URL: `next_url` (API v3) first, then `next_page` (API v2). */
function nextLink(page: Record<string, unknown>): string | null {
  for (const key of ["next_url", "next_page"]) {
    const link = own(page, key);
    if (typeof link === "string" && link.length > 0) return link;
  }
  return null;
}

/**
 * The place a Kolada municipality id stands for: `"0000"` the country,
 * `"00"` + a county code a region (county level), any other four-digit code
 * whose first two digits are a county code a municipality.
 *
 * @returns The place, or null for anything else (e.g. a municipality group id).
 * @category Indicators
 * @example
 * ```ts
 * import { koladaPlace } from "@romsk-inkludering/reports";
 * [koladaPlace("0000"), koladaPlace("0021"), koladaPlace("2180"), koladaPlace("G124009")];
 * // => [{"level":"country"},{"level":"county","code":"21"},{"level":"municipality","code":"2180"},null]
 * ```
 */
export function koladaPlace(id: string): Place | null {
  if (!/^[0-9]{4}$/.test(id)) return null;
  if (id === "0000") return { level: "country" };
  const county = id.slice(0, 2);
  if (county === "00") {
    const code = id.slice(2);
    return COUNTY_CODES.has(code) ? { level: "county", code } : null;
  }
  return COUNTY_CODES.has(county) ? { level: "municipality", code: id } : null;
}

/**
 * Imports one page of Kolada-shaped JSON into observations of the model:
 * `indicatorId` is `kpiToIndicator[kpi]`, or the KPI id in lower case;
 * `place` from the municipality id ({@link koladaPlace}); `year` from
 * `period`; `gender`, `value` (null stays null: missing, not zero),
 * `status` (when not empty) and `count` as given. Each observation is
 * validated with the model's `ObservationSchema`.
 *
 * Paging: Kolada returns at most 5 000 values a page; `nextPage` of the
 * result is the link to the next page, read from `next_url` (API v3) or
 * `next_page` (API v2), so a caller fetches and imports until it is null.
 *
 * Never throws. A value row that does not fit (unknown gender, a value that
 * is not a number or null, a non-integer count, an unknown municipality id,
 * a bad KPI id or period on its entry, a repeat of an earlier row for the
 * same KPI, place, year and gender) is rejected with its path and issues
 * in Swedish and English; an entry without a list of values is rejected as
 * one row. Text is never turned into numbers.
 *
 * @param input - The parsed JSON of one page.
 * @param options - An optional KPI to indicator id map.
 * @category Indicators
 * @example
 * ```ts
 * import { importKolada } from "@romsk-inkludering/reports";
 * const r = importKolada({
 *   values: [
 *     { kpi: "N15428", municipality: "2180", period: 2019, values: [
 *       { gender: "T", count: 1, status: "", value: 80.5 },
 *       { gender: "X", count: 1, status: "", value: 81 },
 *     ] },
 *   ],
 *   count: 1,
 * });
 * [r.observations, r.rejected.map((row) => [row.path, row.issues.map((i) => i.code)])];
 * // => [[{"indicatorId":"n15428","place":{"level":"municipality","code":"2180"},"year":2019,"gender":"T","value":80.5,"count":1}],[[["values",0,"values",1],["invalid-gender"]]]]
 * ```
 */
export function importKolada(input: unknown, options: KoladaImportOptions = {}): KoladaImportResult {
  const observations: Observation[] = [];
  const rejected: KoladaRejectedRow[] = [];
  const map = options.kpiToIndicator ?? {};
  const seen = new Set<string>();

  if (!isRecord(input)) {
    rejected.push({
      path: [],
      row: input,
      issues: [issue([], "invalid-page", `Sidan måste vara ett objekt, fick ${show(input)}`, `The page must be an object, got ${show(input)}`)],
    });
    return { observations, rejected, rows: 1, count: null, nextPage: null };
  }
  const rawCount = own(input, "count");
  const count = typeof rawCount === "number" && Number.isInteger(rawCount) && rawCount >= 0 ? rawCount : null;
  const nextPage = nextLink(input);
  const entries = own(input, "values");
  if (!Array.isArray(entries)) {
    rejected.push({
      path: ["values"],
      row: entries,
      issues: [
        issue(["values"], "invalid-page", `"values" måste vara en lista, fick ${show(entries)}`, `"values" must be an array, got ${show(entries)}`),
      ],
    });
    return { observations, rejected, rows: 1, count, nextPage };
  }

  entries.forEach((entry: unknown, i: number) => {
    const entryPath: Path = ["values", i];
    if (!isRecord(entry)) {
      rejected.push({
        path: entryPath,
        row: entry,
        issues: [issue(entryPath, "invalid-entry", `Posten måste vara ett objekt, fick ${show(entry)}`, `The entry must be an object, got ${show(entry)}`)],
      });
      return;
    }
    const entryIssues: ValidationIssue[] = [];
    const kpi = own(entry, "kpi");
    if (typeof kpi !== "string" || !KPI_PATTERN.test(kpi)) {
      entryIssues.push(
        issue([...entryPath, "kpi"], "invalid-kpi", `KPI-id måste vara N eller U och fem siffror, t.ex. N15428, fick ${show(kpi)}`, `The KPI id must be N or U and five digits, e.g. N15428, got ${show(kpi)}`),
      );
    }
    const municipality = own(entry, "municipality");
    const place = typeof municipality === "string" ? koladaPlace(municipality) : null;
    if (place === null) {
      entryIssues.push(
        issue(
          [...entryPath, "municipality"],
          "unknown-municipality",
          `Okänd kommun- eller region-kod ${show(municipality)}: ange "0000" (riket), "00" + länskod (region) eller en fyrsiffrig kommunkod`,
          `Unknown municipality or region id ${show(municipality)}: use "0000" (the country), "00" + a county code (a region) or a four-digit municipality code`,
        ),
      );
    }
    const period = own(entry, "period");
    if (typeof period !== "number" || !Number.isInteger(period) || period < 1900 || period > 2200) {
      entryIssues.push(
        issue([...entryPath, "period"], "invalid-period", `Perioden måste vara ett år 1900–2200, fick ${show(period)}`, `The period must be a year 1900–2200, got ${show(period)}`),
      );
    }
    const values = own(entry, "values");
    if (!Array.isArray(values)) {
      rejected.push({
        path: entryPath,
        row: entry,
        issues: [
          ...entryIssues,
          issue([...entryPath, "values"], "invalid-entry", `"values" måste vara en lista, fick ${show(values)}`, `"values" must be an array, got ${show(values)}`),
        ],
      });
      return;
    }

    values.forEach((row: unknown, j: number) => {
      const path: Path = [...entryPath, "values", j];
      const issues: ValidationIssue[] = [...entryIssues];
      if (!isRecord(row)) {
        issues.push(issue(path, "invalid-row", `Raden måste vara ett objekt, fick ${show(row)}`, `The row must be an object, got ${show(row)}`));
        rejected.push({ path, row, issues });
        return;
      }
      const gender = own(row, "gender");
      if (gender !== "T" && gender !== "K" && gender !== "M") {
        issues.push(issue([...path, "gender"], "invalid-gender", `Kön måste vara T, K eller M, fick ${show(gender)}`, `Gender must be T, K or M, got ${show(gender)}`));
      }
      const value = own(row, "value");
      if (value !== null && (typeof value !== "number" || !Number.isFinite(value))) {
        issues.push(
          issue([...path, "value"], "invalid-value", `Värdet måste vara ett tal eller null, fick ${show(value)}`, `The value must be a number or null, got ${show(value)}`),
        );
      }
      const rowCount = own(row, "count");
      if (rowCount !== undefined && rowCount !== null && (typeof rowCount !== "number" || !Number.isInteger(rowCount) || rowCount < 0)) {
        issues.push(
          issue([...path, "count"], "invalid-count", `Antalet måste vara ett icke-negativt heltal, fick ${show(rowCount)}`, `The count must be a non-negative integer, got ${show(rowCount)}`),
        );
      }
      const status = own(row, "status");
      if (status !== undefined && status !== null && typeof status !== "string") {
        issues.push(issue([...path, "status"], "invalid-status", `Status måste vara text, fick ${show(status)}`, `The status must be a string, got ${show(status)}`));
      }
      if (issues.length > 0 || typeof kpi !== "string" || place === null || typeof period !== "number") {
        rejected.push({ path, row, issues });
        return;
      }
      const indicatorId = Object.prototype.hasOwnProperty.call(map, kpi) ? (map[kpi] as string) : kpi.toLowerCase();
      const observation: Record<string, unknown> = {
        indicatorId,
        place,
        year: period,
        gender: gender as Gender,
        value: value as number | null,
      };
      if (typeof status === "string" && status.length > 0) observation["status"] = status;
      if (typeof rowCount === "number") observation["count"] = rowCount;
      const checked = validateWith(ObservationSchema, observation);
      if (!checked.success) {
        rejected.push({
          path,
          row,
          issues: checked.issues.map((x) => ({ ...x, path: sourcePath(entryPath, path, x.path) })),
        });
        return;
      }
      const key = `${indicatorId}|${place.level}|${"code" in place ? place.code : ""}|${period}|${String(gender)}`;
      if (seen.has(key)) {
        rejected.push({
          path,
          row,
          issues: [
            issue(
              path,
              "duplicate-row",
              `Dubblett: ${kpi} för ${String(municipality)}, ${period}, kön ${String(gender)} finns redan tidigare i sidan`,
              `Duplicate: ${kpi} for ${String(municipality)}, ${period}, gender ${String(gender)} already appears earlier in the page`,
            ),
          ],
        });
        return;
      }
      seen.add(key);
      observations.push(checked.data);
    });
  });

  return { observations, rejected, rows: observations.length + rejected.length, count, nextPage };
}
