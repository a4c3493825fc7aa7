/**
 * The rule reference: one Markdown page per rule of the registry of
 * `@romsk-inkludering/rules` (docs/rules/<id>.md) and an index page,
 * generated from the rules themselves, so a page cannot disagree with the
 * code: id, title in Swedish and English, what the rule decides, its basis
 * with each passage quoted as the source gives it, its period of validity,
 * its settings (default, unit, source, and which way a profile may tighten
 * them) and its shipped scenarios (packages/rules/scenarios/<id>.yaml, when
 * present) as a table of inputs and verdicts.
 *
 * Quotations are never invented: a seed passage is the passage recorded in
 * the rule's source (its `locator`); for an SFS section the page gives the
 * summary of `FACTS.md` (section "Law", the project's checked list of public
 * facts) and says that the statute's own wording is not in the project's
 * sources; a source with no passage says so.
 *
 * A finding links to its page through `ruleDocUrl(ruleId)` (the rules
 * package); the page's file name and title make that address. `pnpm run
 * docs` runs this before TypeDoc (typedoc.json lists docs/rules/index.md);
 * the pages are build output (git-ignored). Usage: `node --import tsx
 * scripts/rule-reference.ts`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { forums, networks } from "@romsk-inkludering/catalog";
import type { JsonValue, Source } from "@romsk-inkludering/model";
import { registry, ruleDocUrl, SETTINGS, type Rule, type SettingDefinition } from "@romsk-inkludering/rules";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** Where the pages are written. */
export const RULES_DIR = join(ROOT, "docs", "rules");
/** Where the rules package ships its scenarios, one YAML file per rule. */
export const SCENARIOS_DIR = join(ROOT, "packages", "rules", "scenarios");
/** The title of the index page (its children's addresses start with it: see `ruleDocUrl`). */
export const INDEX_TITLE = "Rule reference";

/**
 * What `FACTS.md` (section "Law") says of the SFS sections the rules cite,
 * word for word. FACTS summarises in English; it does not give the
 * statutes' Swedish wording, and the pages say so.
 */
export const FACTS_LAW: Readonly<Record<string, string>> = {
  "2009:724 3 §": "§3: information duty (municipalities and regions, and state authorities whose work matters to the minorities).",
  "2009:724 5 §":
    "§5: förvaltningsmyndigheter (state and municipal) give the minorities influence and consult them as far as possible; from 1 Jan 2019 (SFS 2018:1367) consultation is \"en strukturerad dialog\".",
  "2009:724 5 a §": "§5 a (from 2019): promote children's and young people's influence and consultation, adapted to their conditions.",
  "2009:724 5 b §":
    "§5 b (from 2019): municipalities and regions adopt \"mål och riktlinjer\" for their minority policy work and hand them to the follow-up authority (§20) on request. There is no §5 c.",
  "1930:173 2 §":
    "§2: a deadline that falls on a Sunday, another public holiday, a Saturday, midsommarafton, julafton or nyårsafton moves to the next weekday (vardag).",
};

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}

/** `{@` would start a TypeDoc tag, `<` an HTML tag: quoted text shows them as written. */
function prose(text: string): string {
  // A bare domain or file name (minoritet.se, FACTS.md) as code, so that markdown does not auto-link it.
  return text
    .replace(/\{@/g, "{\\@")
    .replace(/</g, "&lt;")
    .replace(/(?<![`\w/.-])([A-Za-z][\w-]*\.(?:se|md|com|org|nu))(?![\w`])/g, "`$1`");
}

function citation(source: Source): string {
  switch (source.kind) {
    case "seed":
      return `Seed \`${source.file}\``;
    case "sfs":
      return `SFS ${source.sfs}${source.section === undefined ? "" : ` ${source.section}`}${source.title === undefined ? "" : ` (${source.title})`}`;
    case "decision":
      return `Decision ${"number" in source ? String((source as { number?: string }).number ?? "") : ""}`.trim();
    case "publication":
      return `${source.reference ?? ""}${source.title === undefined ? "" : ` ${source.title}`}`.trim();
    case "url":
      return `<${source.url}>`;
    case "facts":
      return `\`FACTS.md\`, section "${source.section}"`;
  }
}

/** The passage a source gives, and what it is. */
export function passage(source: Source): { text: string; what: string } {
  if (source.kind === "seed" && source.locator !== undefined) {
    return { text: source.locator, what: "the seed's passage, as the rule's source records it" };
  }
  if (source.kind === "sfs") {
    const facts = FACTS_LAW[`${source.sfs} ${source.section ?? ""}`.trim()];
    if (facts !== undefined) {
      return { text: facts, what: "`FACTS.md`, section \"Law\" (a summary in English: the statute's Swedish wording is not in the project's sources)" };
    }
    return { text: "", what: "no text: neither the seeds nor `FACTS.md` give this section's wording" };
  }
  if (source.kind === "facts" && source.note !== undefined) return { text: source.note, what: "`FACTS.md`, as the rule's source records it" };
  return { text: "", what: "no passage recorded for this source" };
}

function basisLines(sources: readonly Source[]): string[] {
  const lines = ["| Source | Passage, quoted | What the quotation is |", "| --- | --- | --- |"];
  for (const source of sources) {
    const { text, what } = passage(source);
    const note = "note" in source && source.note !== undefined ? ` ${source.note}` : "";
    lines.push(`| ${cell(prose(citation(source)))} | ${text === "" ? "—" : `“${cell(prose(text))}”`} | ${cell(prose(`${what}.${note}`))} |`);
  }
  return lines;
}

function valueText(value: JsonValue): string {
  if (value === null) return "none";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/** The default of a setting as the page shows it: its number, or the catalog entries' own numbers. */
export function defaultText(setting: SettingDefinition): string {
  if (setting.defaultFrom === "setting") return `\`${valueText(setting.default)}\``;
  const stated: string[] = [];
  if (setting.key === "forum.minMeetings") {
    for (const forum of forums()) stated.push(`${forum.id}: ${forum.cadence.meetings} per ${forum.cadence.per}`);
  } else {
    const param = {
      "network.minMeetingsPerYear": "meetingsPerYear",
      "network.minMeetingsWithElectedPerYear": "meetingsWithElectedPerYear",
      "network.maxPeerReviewEveryYears": "everyYears",
      "network.minParticipationYears": "years",
    }[setting.key as string];
    for (const network of networks()) {
      for (const commitment of network.commitments) {
        const value = (commitment.params as Record<string, unknown> | undefined)?.[param ?? ""];
        if (typeof value === "number") stated.push(`${network.id}: ${value}`);
      }
    }
  }
  return `the catalog entry's own number (${stated.length === 0 ? "no entry states one" : stated.join("; ")})`;
}

const TIGHTEN: Readonly<Record<SettingDefinition["tighten"], string>> = {
  raise: "raise it (a lower number is ignored with a warning, or has no effect where the catalog's number is higher)",
  lower: "lower it (a higher number is ignored with a warning, or has no effect where the catalog's number is lower)",
  enable: "turn it on",
  narrow: "name the groups that must each be represented",
  either: "set either value: it is a reading of the law, not a tightening",
};

function settingLines(rule: Rule): string[] {
  const settings = rule.settings.map((key) => SETTINGS.find((s) => s.key === key)).filter((s): s is SettingDefinition => s !== undefined);
  if (settings.length === 0) return ["The rule reads no setting: it has no threshold of its own.", ""];
  const lines = [
    "| Setting | What it is | Unit | Default | Source of the default | A profile may | Profile field |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const s of settings) {
    const sources = s.sources.length === 0 ? "none" : s.sources.map((src) => citation(src)).join("; ");
    lines.push(
      `| \`${s.key}\` | ${cell(prose(`${s.title.en} (${s.title.sv})`))} | ${cell(s.unit.en)} | ${cell(prose(defaultText(s)))} | ${cell(prose(`${sources}. ${s.reason.en}`))} | ${TIGHTEN[s.tighten]} | \`${s.profileField}\` |`,
    );
  }
  lines.push("");
  return lines;
}

/** One scenario as the scenario files hold it (only the fields the page shows). */
interface ScenarioRow {
  name?: unknown;
  asOf?: unknown;
  profile?: unknown;
  input?: unknown;
  expect?: unknown;
}

/** The rule's shipped scenarios, or `undefined` when the rules package ships none for it (yet). */
export function scenariosOf(ruleId: string, dir: string = SCENARIOS_DIR): ScenarioRow[] | undefined {
  const file = join(dir, `${ruleId}.yaml`);
  if (!existsSync(file)) return undefined;
  // The cli reads the scenario files with `yaml` (YAML 1.2, core schema: dates stay text); so does this page.
  const yaml = createRequire(join(ROOT, "packages", "cli", "package.json"))("yaml") as { parse(text: string, options: { schema: string }): unknown };
  const parsed = yaml.parse(readFileSync(file, "utf8"), { schema: "core" });
  return Array.isArray(parsed) ? (parsed as ScenarioRow[]) : [];
}

function inputText(input: unknown): string {
  if (typeof input !== "object" || input === null) return "";
  return Object.entries(input as Record<string, unknown>)
    .map(([key, value]) => (Array.isArray(value) ? `${key}: ${value.length === 1 ? JSON.stringify(value[0]) : `${value.length} items`}` : `${key}: ${JSON.stringify(value)}`))
    .join("; ");
}

function scenarioLines(rule: Rule, dir: string): string[] {
  const scenarios = scenariosOf(rule.id, dir);
  if (scenarios === undefined) {
    return [`The rules package ships no scenario file for this rule yet (\`packages/rules/scenarios/${rule.id}.yaml\`); this table fills in when it does.`, ""];
  }
  const lines = [
    `From \`packages/rules/scenarios/${rule.id}.yaml\` (run by \`romsk test\`).`,
    "",
    "| Scenario | As of | Profile | Input | Expected verdicts |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const s of scenarios) {
    const profile = typeof s.profile === "string" ? s.profile : typeof s.profile === "object" && s.profile !== null ? String((s.profile as { id?: unknown }).id ?? "inline") : "—";
    const expected = Array.isArray(s.expect)
      ? s.expect.map((e: { rule?: unknown; subject?: unknown; verdict?: unknown }) => `${String(e.subject ?? "")}: **${String(e.verdict ?? "")}**${e.rule === rule.id ? "" : ` (${String(e.rule)})`}`).join("; ")
      : "";
    lines.push(`| ${cell(prose(String(s.name ?? "")))} | ${cell(String(s.asOf ?? ""))} | ${cell(prose(profile))} | ${cell(prose(inputText(s.input)))} | ${cell(expected)} |`);
  }
  lines.push("");
  return lines;
}

/** The file name of a rule's page (its title is the rule id, so TypeDoc's address is `ruleDocUrl(id)`). */
export function pageFile(ruleId: string): string {
  return `${ruleId}.md`;
}

/** The Markdown page of one rule. */
export function rulePage(rule: Rule, dir: string = SCENARIOS_DIR): string {
  const validity =
    rule.validFrom === undefined && rule.validTo === undefined
      ? "Always: the rule has no start or end date of its own."
      : `From ${rule.validFrom ?? "the start"} to ${rule.validTo ?? "no end date"}; as of another date a check gives one \`not-applicable\` finding for the rule.`;
  return [
    "---",
    `title: ${rule.id}`,
    "group: Rules",
    "---",
    "",
    `# ${rule.id}`,
    "",
    "| | |",
    "| --- | --- |",
    `| Id | \`${rule.id}\` |`,
    `| Titel (sv) | ${cell(prose(rule.title.sv))} |`,
    `| Title (en) | ${cell(prose(rule.title.en))} |`,
    `| About | ${rule.appliesTo.join(", ")} |`,
    `| In force | ${validity} |`,
    `| Address | \`${ruleDocUrl(rule.id)}\` (every finding of the rule links here: \`ruleDocUrl("${rule.id}")\`, and \`explanation.ruleUrl\` with \`explain: true\`) |`,
    "",
    "## What it decides",
    "",
    prose(rule.description.en),
    "",
    `> ${prose(rule.description.sv)}`,
    "",
    "## Basis, with the passages",
    "",
    ...basisLines(rule.basis),
    "",
    "## Settings",
    "",
    ...settingLines(rule),
    "## Scenarios",
    "",
    ...scenarioLines(rule, dir),
  ].join("\n");
}

/** The index page: every rule with its title and its page. */
export function indexPage(): string {
  const lines = [
    "---",
    `title: ${INDEX_TITLE}`,
    "children:",
    ...registry.map((rule) => `  - ./${pageFile(rule.id)}`),
    "---",
    "",
    `# ${INDEX_TITLE}`,
    "",
    "One page per compliance rule of `@romsk-inkludering/rules`, generated from the registry: what the rule decides,",
    "its basis with the passages quoted, its period of validity, its settings and what a local profile may tighten,",
    "and the scenarios the package ships for it. A finding links to its rule's page: `ruleDocUrl(finding.ruleId)`",
    "({@link @romsk-inkludering/rules!ruleDocUrl | ruleDocUrl}).",
    "",
    "| Rule | Titel | Title |",
    "| --- | --- | --- |",
    ...registry.map((rule) => `| [${rule.id}](./${pageFile(rule.id)}) | ${cell(prose(rule.title.sv))} | ${cell(prose(rule.title.en))} |`),
    "",
  ];
  return lines.join("\n");
}

/** Every generated file: name relative to docs/rules -> contents. */
export function ruleReference(dir: string = SCENARIOS_DIR): Map<string, string> {
  const files = new Map<string, string>();
  files.set("index.md", indexPage());
  for (const rule of registry) files.set(pageFile(rule.id), rulePage(rule, dir));
  return files;
}

/** Writes the reference to docs/rules (removing what was there). */
export function writeRuleReference(dir: string = RULES_DIR): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = ruleReference();
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.size;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = writeRuleReference();
  console.log(`rule-reference: wrote ${count} files to docs/rules/`);
}
