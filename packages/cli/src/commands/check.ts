/** `romsk check <file> --as-of D`: the compliance findings for a compliance input. */
import { validate, type Finding } from "@romsk-inkludering/sdk";
import { makeClient, readDocument, readProfile } from "../client.js";
import { issueLines, requireDate, safeIssues, table, terminalWidth, wrapText } from "../common.js";
import { CliError, EXIT } from "../errors.js";
import { shown, write, type Io } from "../io.js";
import { count, ECHO_LIMIT, safe, type Lang } from "../text.js";

/** The verdicts in the order the summary gives them, with their words in each language. */
const VERDICTS: readonly (readonly [Finding["verdict"], { en: string; sv: string }])[] = [
  ["pass", { en: "pass", sv: "uppfyllt" }],
  ["fail", { en: "fail", sv: "ej uppfyllt" }],
  ["warning", { en: "warning", sv: "varning" }],
  ["error", { en: "error", sv: "fel" }],
  ["not-applicable", { en: "not applicable", sv: "ej tillämplig" }],
];

function verdictWord(verdict: string, lang: Lang): string {
  return VERDICTS.find(([v]) => v === verdict)?.[1][lang] ?? verdict;
}

/** Runs the rules and prints the findings as a table that fits the terminal, or as JSON. */
export async function checkCommand(
  args: { file?: string | undefined; asOf?: string | undefined; profile?: string | undefined; lang: Lang; format: "table" | "json"; all: boolean },
  io: Io,
): Promise<number> {
  const lang = args.lang;
  if (args.file === undefined) throw new CliError({ en: "a file is required (a compliance input, JSON)", sv: "en fil krävs (indata för en granskning, JSON)" });
  const asOf = requireDate("--as-of", args.asOf);
  const profile = await readProfile(args.profile, io);
  const client = makeClient({ asOf, ...(profile === undefined ? {} : { profile }) }, lang);
  const input = await readDocument(args.file, io);
  const valid = validate("compliance-input", input);
  if (!valid.success) {
    // In JSON, one object with the issues, made safe by the same rule as the text.
    await write(
      io.stdout,
      args.format === "json"
        ? `${JSON.stringify({ type: "problem", file: safe(args.file, ECHO_LIMIT, lang), issues: safeIssues(valid.issues, lang) }, null, 2)}\n`
        : `${shown(args.file)}:\n${issueLines(valid.issues, lang)}`,
    );
    return EXIT.problems;
  }
  const subject = valid.data.subject;
  if (subject !== undefined && !client.catalog.data.actors.some((a) => a.id === subject)) {
    throw new CliError({
      en: `${shown(args.file)}: the subject ${JSON.stringify(safe(subject, 80))} is no actor of the catalog, so nothing can be checked (a typo?)`,
      sv: `${shown(args.file)}: subjektet ${JSON.stringify(safe(subject, 80))} är ingen aktör i katalogen, så inget kan granskas (ett stavfel?)`,
    });
  }
  const findings = client.check(valid.data, { asOf });
  const failed = findings.some((f) => f.verdict === "fail" || f.verdict === "error");
  if (args.format === "json") {
    await write(io.stdout, `${JSON.stringify(findings, null, 2)}\n`);
    return failed ? EXIT.problems : EXIT.ok;
  }
  const shownFindings = args.all ? findings : findings.filter((f) => f.verdict !== "not-applicable");
  const header = lang === "sv" ? ["utfall", "regel", "gäller", "förklaring"] : ["verdict", "rule", "subject", "explanation"];
  const rows = shownFindings.map((f) => [verdictWord(f.verdict, lang), f.ruleId, f.subject.id, f.message[lang]]);
  const width = terminalWidth(io.stdout as { columns?: number; isTTY?: boolean });
  await write(io.stdout, table(header, rows, width));
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.verdict, (counts.get(f.verdict) ?? 0) + 1);
  const summary = VERDICTS.map(([v, word]) => `${word[lang]} ${counts.get(v) ?? 0}`).join(", ");
  const total = count(findings.length, lang, ["finding", "findings"], ["iakttagelse", "iakttagelser"]);
  await write(io.stdout, `\n${wrapText(`${total} ${lang === "sv" ? "per" : "as of"} ${asOf}: ${summary}`, width).join("\n")}\n`);
  return failed ? EXIT.problems : EXIT.ok;
}
