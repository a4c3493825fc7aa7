/** Number formatting for the renderers and messages (no Intl, so the output is the same on every runtime). */
import type { Lang } from "./labels.js";

/** The language of the renderers when their options give none. @internal */
export const DEFAULT_LANG: Lang = "en";

/**
 * The `lang` option of a renderer: `"sv"`, `"en"`, or absent (English);
 * anything else is a RangeError naming the value and the renderer.
 * @internal
 */
export function langOption(fn: string, options: { readonly lang?: unknown } | undefined): Lang {
  const lang = (options as { lang?: unknown } | null | undefined)?.lang;
  if (lang === undefined) return DEFAULT_LANG;
  if (lang === "sv" || lang === "en") return lang;
  const shown = typeof lang === "string" ? JSON.stringify(lang.slice(0, 40)) : typeof lang;
  throw new RangeError(`${fn}: lang must be "sv" or "en", got ${shown}`);
}

/** Rounds away floating-point noise (e.g. 45.3 − 75.1 → −29.8): 12 significant digits. @internal */
export function clean(value: number): number {
  if (!Number.isFinite(value)) return value;
  const r = Number(value.toPrecision(12));
  return r === 0 ? 0 : r;
}

/**
 * Formats a number with at most `maxDecimals` decimals (trailing zeros
 * dropped), grouping thousands: Swedish `1 500,5`, English `1,500.5`.
 * @internal
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  const rounded = Number(clean(value).toFixed(maxDecimals));
  const negative = rounded < 0;
  const [intPart = "0", fracPart = ""] = Math.abs(rounded).toFixed(maxDecimals).split(".");
  const frac = fracPart.replace(/0+$/, "");
  const sep = lang === "sv" ? " " : ",";
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const dec = lang === "sv" ? "," : ".";
  return `${negative ? "-" : ""}${grouped}${frac.length > 0 ? dec + frac : ""}`;
}
