/** The client and the inputs of the commands that need the catalog (check, report, deadlines). */
import { createClientSafe, getLocalProfile, validate, type ClientIssue, type ComplianceInput, type LocalProfile } from "@romsk-inkludering/sdk";
import { existsSync } from "node:fs";
import { issueLines, safeIssues, showPath } from "./common.js";
import { CliError } from "./errors.js";
import { readRecords, shown, type Io } from "./io.js";
import { ECHO_LIMIT, safe, type Lang } from "./text.js";

function clientIssues(issues: readonly ClientIssue[], lang: Lang): string {
  return issues
    .map((i) => `${i.option}${i.entry ? ` (${i.entry.kind} ${JSON.stringify(safe(i.entry.id, 80))})` : ""}${i.path.length > 0 ? ` ${lang === "sv" ? "vid" : "at"} ${showPath(i.path, lang)}` : ""}: ${safe(i.message[lang], 300, lang)} [${i.code}]`)
    .join("; ");
}

/** A client for the options, or a {@link CliError} listing their problems. */
export function makeClient(options: { asOf?: string; profile?: string | LocalProfile; suppressionThreshold?: number }, lang: Lang) {
  const made = createClientSafe(options);
  if (!made.success) throw new CliError({ en: `the options have problems: ${clientIssues(made.issues, "en")}`, sv: `alternativen har problem: ${clientIssues(made.issues, "sv")}` });
  return made.data;
}

/** One JSON document (an object, not an array): a {@link CliError} when it cannot be read or parsed. */
export async function readDocument(file: string, io: Io): Promise<unknown> {
  for await (const [r] of readRecords(file, io, { ndjson: false, whole: true })) {
    if (r?.ok === true && !Array.isArray(r.value)) return r.value;
  }
  throw new CliError({ en: `${shown(file)}: expected one JSON object, got an array`, sv: `${shown(file)}: väntade ett JSON-objekt, fick en lista` });
}

/** A local profile: a JSON file, or the id of one in the catalog. */
export async function readProfile(value: string | undefined, io: Io): Promise<string | LocalProfile | undefined> {
  if (value === undefined) return undefined;
  if (existsSync(value)) return (await readDocument(value, io)) as LocalProfile;
  if (getLocalProfile(value) !== undefined) return value;
  throw new CliError({
    en: `--profile: ${JSON.stringify(safe(value, 80))} is neither a file nor a profile id of the catalog`,
    sv: `--profile: ${JSON.stringify(safe(value, 80))} är varken en fil eller id för en profil i katalogen`,
  });
}

/**
 * A compliance input read from a file (or `-`, stdin) and validated: its
 * data, or the problem as `romsk check` shows it (the file and one line per
 * issue; with `json`, one object `{ type: "problem", file, issues }`), made
 * safe by the same rule as every echo. A file that cannot be read or parsed
 * is a {@link CliError}. Shared by `romsk check` and `romsk obligations --input`.
 */
export async function readComplianceInput(file: string, io: Io, lang: Lang, format: "table" | "json"): Promise<{ ok: true; data: ComplianceInput } | { ok: false; problem: string }> {
  const valid = validate("compliance-input", await readDocument(file, io));
  if (valid.success) return { ok: true, data: valid.data };
  return {
    ok: false,
    problem:
      format === "json"
        ? `${JSON.stringify({ type: "problem", file: safe(file, ECHO_LIMIT, lang), issues: safeIssues(valid.issues, lang) }, null, 2)}\n`
        : `${shown(file)}:\n${issueLines(valid.issues, lang)}`,
  };
}
