/** Text a person reads: escaped and shortened echoes, plurals and numbers in both languages. */

import type { Lang } from "@romsk-inkludering/sdk";

/** `sv` or `en`: the model's `Lang`, through the sdk (a type only: nothing is loaded). */
export type { Lang };

/** A text in both languages. */
export interface Bilingual {
  readonly en: string;
  readonly sv: string;
}

// C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides and isolates, and the BOM.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Control characters written as escapes (`\n`, `\u001B`), so that nothing read from the input can move the cursor or recolour the terminal. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** The most characters of an echoed value shown before it is cut. */
export const ECHO_LIMIT = 300;

/**
 * A value from the input made safe to print: control characters escaped,
 * and cut to `limit` characters with its full length stated.
 */
export function safe(text: string, limit: number = ECHO_LIMIT, lang: Lang = "en"): string {
  if (text.length <= limit) return escapeControls(text);
  const more = lang === "sv" ? `… (kortat: ${formatNumber(text.length, lang)} tecken)` : `… (cut: ${formatNumber(text.length, lang)} characters)`;
  return `${escapeControls(text.slice(0, limit))}${more}`;
}

/** A whole number or a decimal written the language's way (sv: `1 234 567`, `0,5`; en: `1234567`, `0.5`). */
export function formatNumber(n: number, lang: Lang, fractionDigits?: number): string {
  // An English whole number is its plain digits, what Intl gives for en-GB without grouping:
  // written directly, since the first Intl.NumberFormat of a process costs tens of milliseconds
  // (a summary line at the end of `romsk validate` paid it on every run).
  if (lang === "en" && fractionDigits === undefined && Number.isSafeInteger(n) && !Object.is(n, -0)) return String(n);
  const digits = fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  // English counts stay plain digits (as machines and the tests read them); Swedish groups thousands with a space.
  return new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", { ...digits, useGrouping: lang === "sv" }).format(n);
}

/** `n` and the noun in the right number: `1 record`, `2 records`; `1 post`, `2 poster`. */
export function count(n: number, lang: Lang, en: readonly [string, string], sv: readonly [string, string]): string {
  const [one, many] = lang === "sv" ? sv : en;
  return `${formatNumber(n, lang)} ${n === 1 ? one : many}`;
}

/** Picks the text of the language. */
export function say(lang: Lang, text: Bilingual): string {
  return text[lang];
}
