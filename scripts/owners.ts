/**
 * One owner per concept (DESIGN.md, "Owners"): finds a second
 * implementation of a cross-cutting concept outside the module that owns
 * it, in the sources of the packages (`packages/<name>/src`).
 *
 * - dates: an ISO-date regular expression, a leap-year or month-length
 *   rule (owner: `@romsk-inkludering/calendar`);
 * - validity: a comparison with `validFrom`/`validTo`, or an open-ended
 *   span check `from === undefined || from <= …` (owner:
 *   `packages/model/src/validity.ts`);
 * - labels: a Swedish/English pair (in either order) equal to one of the
 *   model's enum labels, or a map or list of pairs keyed by most values of
 *   one of the model's enums with `{ sv: … }` or `{ en: … }` values (owner:
 *   the model, beside each enum; the deadline statuses' labels beside
 *   their vocabulary in `packages/calendar/src/status.ts`);
 * - `Lang`: a `"sv" | "en"` type (owner: `packages/model/src/messages.ts`).
 *
 * `packages/model/test/owners.test.ts` runs it over the tree and fails on
 * any copy (`pnpm exec vitest run packages/model/test/owners.test.ts`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** A source file: its path from the repository root and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** The labels of one enum: its values and their `{ sv, en }` labels. */
export interface EnumLabels {
  readonly name: string;
  readonly labels: Readonly<Record<string, { readonly sv: string; readonly en: string }>>;
}

/** A second implementation found: where, which concept, and the line. */
export interface Copy {
  readonly path: string;
  readonly line: number;
  readonly concept: "dates" | "validity" | "labels" | "Lang";
  readonly text: string;
}

interface LineCheck {
  readonly concept: Copy["concept"];
  /** Path prefixes of the owner, where the pattern is the concept itself. */
  readonly owners: readonly string[];
  readonly pattern: RegExp;
}

/** The owners of each concept, as DESIGN.md's "Owners" table names them. */
export const OWNERS: Readonly<Record<Copy["concept"], readonly string[]>> = {
  dates: ["packages/calendar/src/"],
  validity: ["packages/model/src/validity.ts"],
  labels: ["packages/model/src/", "packages/calendar/src/status.ts"],
  Lang: ["packages/model/src/messages.ts"],
};

const LINE_CHECKS: readonly LineCheck[] = [
  // An ISO date's shape as a regular expression: \d{4}-, [0-9]{4}-, (\d{4})-.
  { concept: "dates", owners: OWNERS.dates, pattern: /(?:\\d|\[0-9\])\{4\}\)?-|\\d\\d\\d\\d-/ },
  // The Gregorian leap-year rule or a month-length table.
  { concept: "dates", owners: OWNERS.dates, pattern: /%\s*400\b|%\s*4\s*===\s*0|\[\s*4\s*,\s*6\s*,\s*9\s*,\s*11\s*\]|===\s*4\s*\|\|\s*\w+\s*===\s*6\b/ },
  // A comparison with a validity bound.
  { concept: "validity", owners: OWNERS.validity, pattern: /\bvalid(?:From|To)\s*(?:<=?|>=?)\s|\s(?:<=?|>=?)\s*[\w.]*\bvalid(?:From|To)\b/ },
  // An open-ended span check: `from === undefined || from <= asOf`.
  { concept: "validity", owners: OWNERS.validity, pattern: /\b(?:validFrom|validTo|from|to)\s*===\s*undefined\s*\|\|\s*[\w.]*\b(?:validFrom|validTo|from|to|asOf|date)\s*<=?\s/ },
  // The two languages as a type of its own.
  { concept: "Lang", owners: OWNERS.Lang, pattern: /(?::|=|<|\|)\s*"sv"\s*\|\s*"en"|(?::|=|<|\|)\s*"en"\s*\|\s*"sv"/ },
];

/** The text of a line without its comment (a `//` tail, or a line of a block comment). */
function code(line: string): string {
  const trimmed = line.trimStart();
  if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) return "";
  const comment = line.search(/\s\/\/\s/);
  return comment < 0 ? line : line.slice(0, comment);
}

function owned(path: string, owners: readonly string[]): boolean {
  return owners.some((owner) => (owner.endsWith("/") ? path.startsWith(owner) : path === owner));
}

function normal(text: string): string {
  return text.trim().toLocaleLowerCase("sv");
}

/**
 * Every second implementation of a date check, an in-force check, an enum
 * label or `Lang` in `files`, outside its owner.
 */
export function findCopies(files: readonly SourceFile[], enums: readonly EnumLabels[]): Copy[] {
  const pairs = new Set<string>();
  for (const { labels } of enums) for (const label of Object.values(labels)) pairs.add(`${normal(label.sv)}\u0000${normal(label.en)}`);
  const copies: Copy[] = [];
  for (const file of files) {
    const lines = file.text.split("\n").map(code);
    lines.forEach((line, index) => {
      for (const check of LINE_CHECKS) {
        if (!owned(file.path, check.owners) && check.pattern.test(line)) {
          copies.push({ path: file.path, line: index + 1, concept: check.concept, text: line.trim() });
        }
      }
      if (owned(file.path, OWNERS.labels)) return;
      const found = [
        ...[...line.matchAll(/\bsv:\s*"([^"]*)"\s*,\s*en:\s*"([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""] as const),
        ...[...line.matchAll(/\ben:\s*"([^"]*)"\s*,\s*sv:\s*"([^"]*)"/g)].map((m) => [m[2] ?? "", m[1] ?? ""] as const),
      ];
      for (const [sv, en] of found) {
        // One-word pairs ("Övriga"/"Other") are words, not a copy; a map of one-word labels is caught below.
        if (sv.trim().includes(" ") && pairs.has(`${normal(sv)}\u0000${normal(en)}`)) {
          copies.push({ path: file.path, line: index + 1, concept: "labels", text: line.trim() });
        }
      }
    });
    if (owned(file.path, OWNERS.labels)) continue;
    // A label map of an enum, `value: { sv: … }`, or a list of pairs, `["value", { en: … }]`, for most of the enum's values.
    for (const { name, labels } of enums) {
      const values = Object.keys(labels);
      if (values.length < 2) continue;
      const found = values
        .map((value) => {
          const v = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          const entry = new RegExp(`(?:^|[\\s{,[])(?:"${v}"\\s*[:,]|${v}\\s*:)\\s*\\{\\s*(?:sv|en)\\s*:`);
          return { value, index: lines.findIndex((l) => entry.test(l)) };
        })
        .filter((f) => f.index >= 0);
      if (found.length * 2 > values.length && found.length >= 2) {
        const first = Math.min(...found.map((f) => f.index));
        copies.push({ path: file.path, line: first + 1, concept: "labels", text: `a map of ${name}: ${found.map((f) => f.value).join(", ")}` });
      }
    }
  }
  // One copy a line and concept, whichever enum it copies.
  const seen = new Set<string>();
  return copies.filter((c) => {
    const key = `${c.path}\u0000${c.line}\u0000${c.concept}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The TypeScript sources of every package, `packages/<name>/src/**.ts`, with paths from `root`. */
export function packageSources(root: string): SourceFile[] {
  const packages = join(root, "packages");
  return readdirSync(packages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const src = join(packages, entry.name, "src");
      let names: string[];
      try {
        names = readdirSync(src, { recursive: true, encoding: "utf8" });
      } catch {
        return [];
      }
      return names
        .filter((name) => name.endsWith(".ts"))
        .sort()
        .map((name) => ({ path: relative(root, join(src, name)).split("\\").join("/"), text: readFileSync(join(src, name), "utf8") }));
    });
}
