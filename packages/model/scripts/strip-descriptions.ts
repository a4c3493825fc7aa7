/**
 * What the browser build (scripts/build-browser.ts) takes out of the
 * model's sources: the field descriptions, every `.describe("…")` call.
 */

/** A `.describe("…")` call with one string literal: what the schemas use for every field. */
export const DESCRIBE_CALL = /\.describe\(\s*"(?:[^"\\\n]|\\.)*"\s*,?\s*\)/g;

/** The source without its `.describe("…")` calls; throws if a call is left that the pattern does not know (its text would ship). */
export function stripDescriptions(source: string, file: string): string {
  const out = source.replace(DESCRIBE_CALL, "");
  const left = out.split("\n").filter((line) => /\.describe\(/.test(line) && !/^\s*(\*|\/\/)/.test(line) && !/`\.describe\(\)`/.test(line));
  if (left.length > 0) throw new Error(`strip-descriptions: ${file} has a .describe( the browser build cannot strip: ${left[0]?.trim()}`);
  return out;
}
