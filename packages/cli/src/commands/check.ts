/** `romsk check <file> --as-of D`: the compliance findings for a compliance input. */
import { DEADLINE_STATUS_LABELS, getLocalProfile, VERDICT_LABELS, type Finding, type JsonValue, type LocalProfile, type Source } from "@romsk-inkludering/sdk";
import { makeClient, readComplianceInput, readProfile } from "../client.js";
import { requireDate, table, terminalWidth, wrapText } from "../common.js";
import { CliError, EXIT } from "../errors.js";
import { shown, write, type Io } from "../io.js";
import { count, formatNumber, safe, type Lang } from "../text.js";

/** The verdicts in the order the summary gives them. */
const VERDICTS: readonly Finding["verdict"][] = ["pass", "fail", "warning", "error", "not-applicable"];

/** A verdict's word in the language of the output: the model's label (`VERDICT_LABELS`); another value as it is. */
function verdictWord(verdict: string, lang: Lang): string {
  return Object.hasOwn(VERDICT_LABELS, verdict) ? VERDICT_LABELS[verdict as Finding["verdict"]][lang] : verdict;
}

/** A value of a trace step as a person reads it: yes/no, numbers the language's way, lists and objects in short. */
function valueText(value: JsonValue, lang: Lang, verdict: boolean): string {
  if (value === null) return "–";
  if (typeof value === "boolean") return value ? (lang === "sv" ? "ja" : "yes") : lang === "sv" ? "nej" : "no";
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "string") {
    if (verdict) return verdictWord(value, lang);
    // A deadline status (late, on-time, ...) in the words of the calendar's labels.
    if (Object.hasOwn(DEADLINE_STATUS_LABELS, value)) return DEADLINE_STATUS_LABELS[value as keyof typeof DEADLINE_STATUS_LABELS][lang];
    return safe(value, 200, lang);
  }
  if (Array.isArray(value)) return value.length === 0 ? (lang === "sv" ? "(inga)" : "(none)") : value.map((v) => valueText(v, lang, false)).join(", ");
  return Object.entries(value)
    .map(([k, v]) => `${k} ${valueText(v ?? null, lang, false)}`)
    .join(", ");
}

/** A source in short: the seed file, the statute and section, the decision's or publication's number, the `FACTS.md` section or the address. */
function sourceText(source: Source, lang: Lang): string {
  switch (source.kind) {
    case "seed":
      return `${lang === "sv" ? "källtext" : "seed"} ${source.file}`;
    case "sfs":
      return `SFS ${source.sfs}${source.section === undefined ? "" : ` ${source.section}`}`;
    case "decision":
      return `${lang === "sv" ? "beslut" : "decision"} ${source.number}`;
    case "publication":
      return source.reference;
    case "facts":
      return `FACTS.md: ${source.section}`;
    case "url":
      return source.url;
    default:
      return lang === "sv" ? "källa" : "source";
  }
}

/** A finding's explanation as an indented tree, in the language asked for. */
export function explanationTree(finding: Finding, lang: Lang): string[] {
  const lines: string[] = [];
  const url = finding.explanation?.ruleUrl;
  if (url !== undefined) lines.push(`  ${lang === "sv" ? "regelsida" : "rule page"}: ${url}`);
  for (const step of finding.explanation?.steps ?? []) {
    const sources = step.sources === undefined || step.sources.length === 0 ? "" : ` [${step.sources.map((s) => safe(sourceText(s, lang), 200, lang)).join("; ")}]`;
    // A step without a value (null) is its label alone: "Utan slutdatum", not "Utan slutdatum: –".
    const value = step.value === null ? "" : `: ${valueText(step.value, lang, step.kind === "verdict")}`;
    lines.push(`${"  ".repeat(step.depth + 1)}- ${safe(step.label[lang], 400, lang)}${value}${sources}`);
  }
  return lines;
}

/** `key=value` of --setting and --compare-setting: true/false, null, a whole number, a comma list, or text. */
function parseSettings(option: string, items: readonly string[]): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    if (eq <= 0) {
      throw new CliError({ en: `${option} must be key=value, e.g. deadlines.applyStatutoryShift=true, got ${JSON.stringify(safe(item, 80))}`, sv: `${option} ska vara nyckel=värde, t.ex. deadlines.applyStatutoryShift=true, fick ${JSON.stringify(safe(item, 80))}` });
    }
    const key = item.slice(0, eq);
    const text = item.slice(eq + 1);
    out[key] =
      text === "true" ? true : text === "false" ? false : text === "null" ? null : /^\d+$/.test(text) ? Number(text) : text.includes(",") || key.endsWith("romaGroups") ? text.split(",").filter((t) => t !== "") : text;
  }
  return out;
}

/** A profile for one side: a JSON file, or the id of a catalog profile. */
async function sideProfile(value: string | undefined, io: Io): Promise<LocalProfile | undefined> {
  const read = await readProfile(value, io);
  return typeof read === "string" ? getLocalProfile(read) : read;
}

/** The options of `romsk check`. */
export interface CheckArgs {
  file?: string | undefined;
  asOf?: string | undefined;
  profile?: string | undefined;
  lang: Lang;
  format: "table" | "json";
  all: boolean;
  explain?: boolean | undefined;
  setting?: readonly string[] | undefined;
  compareAsOf?: string | undefined;
  compareProfile?: string | undefined;
  compareSetting?: readonly string[] | undefined;
}

/** Runs the rules and prints the findings as a table that fits the terminal, or as JSON; with --compare-*, the findings that differ. */
export async function checkCommand(args: CheckArgs, io: Io): Promise<number> {
  const lang = args.lang;
  if (args.file === undefined) throw new CliError({ en: "a file is required (a compliance input, JSON)", sv: "en fil krävs (indata för en granskning, JSON)" });
  const asOf = requireDate("--as-of", args.asOf);
  const profile = await readProfile(args.profile, io);
  const settings = parseSettings("--setting", args.setting ?? []);
  const comparing = args.compareAsOf !== undefined || args.compareProfile !== undefined || (args.compareSetting ?? []).length > 0;
  const client = makeClient({ asOf, ...(profile === undefined ? {} : { profile }) }, lang);
  const valid = await readComplianceInput(args.file, io, lang, args.format);
  if (!valid.ok) {
    await write(io.stdout, valid.problem);
    return EXIT.problems;
  }
  const subject = valid.data.subject;
  if (subject !== undefined && !client.catalog.data.actors.some((a) => a.id === subject)) {
    throw new CliError({
      en: `${shown(args.file)}: the subject ${JSON.stringify(safe(subject, 80))} is no actor of the catalog, so nothing can be checked (a typo?)`,
      sv: `${shown(args.file)}: subjektet ${JSON.stringify(safe(subject, 80))} är ingen aktör i katalogen, så inget kan granskas (ett stavfel?)`,
    });
  }
  const width = terminalWidth(io.stdout as { columns?: number; isTTY?: boolean });
  if (comparing) {
    const bAsOf = args.compareAsOf === undefined ? asOf : requireDate("--compare-as-of", args.compareAsOf);
    const aProfile = await sideProfile(args.profile, io);
    const bProfile = args.compareProfile === undefined ? aProfile : await sideProfile(args.compareProfile, io);
    const bSettings = { ...settings, ...parseSettings("--compare-setting", args.compareSetting ?? []) };
    const result = client.compare(valid.data, {
      a: { asOf, profile: aProfile, settings },
      b: { asOf: bAsOf, profile: bProfile, settings: bSettings },
    });
    if (args.format === "json") {
      await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
      return EXIT.ok;
    }
    const header = lang === "sv" ? ["regel", "gäller", "a", "b"] : ["rule", "subject", "a", "b"];
    const none = lang === "sv" ? "(ingen)" : "(none)";
    const rows = result.differences.map((d) => [d.ruleId, d.subject.id, d.a === null ? none : verdictWord(d.a.verdict, lang), d.b === null ? none : verdictWord(d.b.verdict, lang)]);
    await write(io.stdout, table(header, rows, width));
    if (args.explain === true) {
      for (const d of result.differences) {
        for (const [side, finding] of [["a", d.a], ["b", d.b]] as const) {
          if (finding === null) continue;
          await write(io.stdout, `\n${side}: ${verdictWord(finding.verdict, lang)} · ${finding.ruleId} · ${finding.subject.id}\n  ${safe(finding.message[lang], 2000, lang)}\n${explanationTree(finding, lang).join("\n")}\n`);
        }
      }
    }
    for (const [side, findings] of [["a", result.sides.a], ["b", result.sides.b]] as const) {
      for (const f of findings.filter((x) => x.verdict !== "pass")) await write(io.stdout, `\n${side}: ${verdictWord(f.verdict, lang)} ${f.ruleId}: ${f.message[lang]}\n`);
    }
    const side = (d: string, p: LocalProfile | undefined, s: Record<string, JsonValue>) =>
      [`${lang === "sv" ? "per" : "as of"} ${d}`, ...(p === undefined ? [] : [`${lang === "sv" ? "profil" : "profile"} ${p.id}`]), ...Object.entries(s).map(([k, v]) => `${k}=${JSON.stringify(v)}`)].join(", ");
    const differ = count(result.differences.length, lang, ["finding differs", "findings differ"], ["iakttagelse skiljer sig", "iakttagelser skiljer sig"]);
    await write(io.stdout, `\n${wrapText(`${differ}: a (${side(asOf, aProfile, settings)}) ${lang === "sv" ? "mot" : "against"} b (${side(bAsOf, bProfile, bSettings)})`, width).join("\n")}\n`);
    return EXIT.ok;
  }
  const findings = client.check(valid.data, { asOf, explain: args.explain === true, ...(Object.keys(settings).length === 0 ? {} : { settings }) });
  const failed = findings.some((f) => f.verdict === "fail" || f.verdict === "error");
  if (args.format === "json") {
    await write(io.stdout, `${JSON.stringify(findings, null, 2)}\n`);
    return failed ? EXIT.problems : EXIT.ok;
  }
  const shownFindings = args.all ? findings : findings.filter((f) => f.verdict !== "not-applicable");
  if (args.explain === true) {
    for (const f of shownFindings) {
      await write(io.stdout, `${verdictWord(f.verdict, lang)} · ${f.ruleId} · ${f.subject.id}\n  ${safe(f.message[lang], 2000, lang)}\n${explanationTree(f, lang).join("\n")}\n\n`);
    }
  } else {
    const header = lang === "sv" ? ["utfall", "regel", "gäller", "förklaring"] : ["verdict", "rule", "subject", "explanation"];
    const rows = shownFindings.map((f) => [verdictWord(f.verdict, lang), f.ruleId, f.subject.id, f.message[lang]]);
    await write(io.stdout, table(header, rows, width));
  }
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.verdict, (counts.get(f.verdict) ?? 0) + 1);
  const summary = VERDICTS.map((v) => `${verdictWord(v, lang)} ${counts.get(v) ?? 0}`).join(", ");
  const total = count(findings.length, lang, ["finding", "findings"], ["iakttagelse", "iakttagelser"]);
  await write(io.stdout, `${args.explain === true ? "" : "\n"}${wrapText(`${total} ${lang === "sv" ? "per" : "as of"} ${asOf}: ${summary}`, width).join("\n")}\n`);
  return failed ? EXIT.problems : EXIT.ok;
}
