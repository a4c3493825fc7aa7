/**
 * The input contracts of the client's `check` and `aggregate`: every input
 * is validated against the model's schemas before anything runs, and every
 * problem is reported at once (as `check.input` error findings, or as one
 * {@link AggregateInputError}), so that garbage never reads as all clear
 * and nothing is silently summed, dropped or concatenated.
 */
import {
  formatIssues,
  IdSchema,
  IsoDateSchema,
  validate,
  YearSchema,
  type AnnualReport,
  type ComplianceInput,
  type Finding,
  type Message,
  type Observation,
  type ValidationIssue,
} from "@romsk-inkludering/model";
import { ACTOR_TYPES, AGGREGATE_FORMAT } from "@romsk-inkludering/reports";

// ---------------------------------------------------------------------------
// check

const INPUT_LISTS = ["commissions", "submissions", "meetings", "reports", "networkParticipation", "forumRecords", "plans", "fundingApplications", "grantApplications"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function inputFinding(id: "input" | "options", issue: ValidationIssue): Finding {
  const what = id === "input" ? { sv: "Indata till kontrollen", en: "The input of the check" } : { sv: "Alternativen till kontrollen", en: "The options of the check" };
  return {
    ruleId: "check.input",
    verdict: "error",
    subject: { kind: "check", id },
    message: {
      sv: `${what.sv} är ogiltiga: ${formatIssues([issue], "sv")}. Inga regler kördes.`,
      en: `${what.en} ${id === "input" ? "is" : "are"} invalid: ${formatIssues([issue], "en")}. No rules were run.`,
    },
    basis: [],
    evidence: { path: [...issue.path], code: issue.code },
  };
}

/**
 * The problems of a compliance input as `check.input` error findings (none
 * when it is valid and names something to check), and the validated copy.
 *
 * @internal
 */
export function checkInput(input: unknown, isActor: (id: string) => boolean): { findings: Finding[]; data: ComplianceInput | undefined } {
  const result = validate("compliance-input", input);
  if (!result.success) return { findings: result.issues.map((issue) => inputFinding("input", issue)), data: undefined };
  const data = result.data;
  if (data.subject === undefined && INPUT_LISTS.every((key) => (data[key]?.length ?? 0) === 0)) {
    const issue: ValidationIssue = {
      path: [],
      code: "empty-input",
      message: {
        sv: "Det finns inget att kontrollera: ange ett subjekt (subject) eller minst en post (uppdrag, inlämning, möte, rapport …).",
        en: "There is nothing to check: give a subject or at least one record (commission, submission, meeting, report, …).",
      },
    };
    return { findings: [inputFinding("input", issue)], data: undefined };
  }
  if (data.subject !== undefined && !isActor(data.subject)) {
    const issue: ValidationIssue = {
      path: ["subject"],
      code: "unknown-actor",
      message: {
        sv: `Okänd aktör ${JSON.stringify(data.subject)}: subjektet finns inte bland klientens aktörer.`,
        en: `Unknown actor ${JSON.stringify(data.subject)}: the subject is not among the client's actors.`,
      },
    };
    return { findings: [inputFinding("input", issue)], data: undefined };
  }
  return { findings: [], data };
}

/**
 * The problems of `check`'s options as `check.input` error findings: the
 * options must be an object, and `rules` a list of rule ids or rule objects.
 *
 * @internal
 */
export function checkOptions(options: unknown): Finding[] {
  if (options === undefined) return [];
  if (!isRecord(options)) {
    return [inputFinding("options", { path: [], code: "invalid-type", message: { sv: "Fel typ: väntade ett objekt.", en: "Wrong type: expected an object." } })];
  }
  const rules = options["rules"];
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) {
    return [inputFinding("options", { path: ["rules"], code: "invalid-type", message: { sv: "Fel typ: väntade en lista med regel-id eller regler.", en: "Wrong type: expected a list of rule ids or rules." } })];
  }
  const out: Finding[] = [];
  rules.forEach((rule: unknown, i) => {
    const ok = typeof rule === "string" || (isRecord(rule) && typeof rule["id"] === "string" && typeof rule["check"] === "function" && Array.isArray(rule["basis"]));
    if (!ok) {
      out.push(
        inputFinding("options", {
          path: ["rules", i],
          code: "invalid-type",
          message: { sv: "Fel typ: väntade ett regel-id eller en regel (id, basis, check).", en: "Wrong type: expected a rule id or a rule (id, basis, check)." },
        }),
      );
    }
  });
  return out;
}

/**
 * The finding of an unexpected error inside the rules' runner, so that
 * `check` never throws.
 *
 * @internal
 */
export function internalErrorFinding(error: unknown): Finding {
  const name = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : typeof error;
  return {
    ruleId: "check.internal",
    verdict: "error",
    subject: { kind: "check", id: "internal" },
    message: {
      sv: `Kontrollen avbröts oväntat (${name}). Inga resultat kan visas.`,
      en: `The check stopped unexpectedly (${name}). No results can be shown.`,
    },
    basis: [],
    evidence: { error: name },
  };
}

// ---------------------------------------------------------------------------
// aggregate

/**
 * One problem found by {@link Client.aggregate} in its input: where
 * (`source`: the reports, the observations or the options; `index`: the
 * position of the record in its iterable, from 0; `path` inside the record
 * or the options), a stable code and a message in Swedish and English.
 *
 * @category Reports
 * @example
 * ```ts
 * import { AggregateInputError, createClient, type AggregateIssue } from "@romsk-inkludering/sdk";
 * let issues: readonly AggregateIssue[] = [];
 * try {
 *   createClient({ asOf: "2018-05-02" }).aggregate([null as never], { year: 2017 });
 * } catch (error) {
 *   if (error instanceof AggregateInputError) issues = error.issues;
 * }
 * issues.map((issue) => [issue.source, issue.index, issue.code]);
 * // => [["reports",0,"invalid-type"]]
 * ```
 */
export interface AggregateIssue {
  /** Where the problem is: an annual report, an observation, or an option. */
  readonly source: "reports" | "observations" | "options";
  /** The position of the report or observation in its iterable (from 0); absent for options. */
  readonly index?: number;
  /** Keys and indices inside the record (or, for options, from the options object). */
  readonly path: readonly (string | number)[];
  /** A stable code: the model's validation codes, or `not-iterable`, `unreadable`, `unknown-actor`, `invalid-aggregate`. */
  readonly code: string;
  /** What is wrong, in Swedish and English. */
  readonly message: Message;
}

function renderIssue(issue: AggregateIssue): string {
  const where = issue.source === "options" ? "options" : `${issue.source}[${issue.index ?? "?"}]`;
  const line = formatIssues([{ path: [...issue.path], code: issue.code, message: issue.message }], "en");
  return issue.path.length === 0 ? `${where}: ${line.replace(/^\(root\): /, "")}` : `${where}.${line}`;
}

/**
 * Thrown by {@link Client.aggregate} when its input has problems: every
 * report and observation is validated against the model's schemas, and the
 * options checked, before anything is summed, and `issues` lists every
 * problem at once (each invalid record, each bad option). Nothing is built
 * from part of the input. It is a `RangeError`, as the missing-date error
 * of `aggregate` is; the message has one line per issue (at most 50, then
 * how many more).
 *
 * @category Reports
 * @example
 * ```ts
 * import { AggregateInputError, createClient } from "@romsk-inkludering/sdk";
 * const report = {
 *   id: "municipality-2180-2017", year: 2017, actorId: "municipality-2180", reporterKind: "municipality", submittedOn: "2018-03-30",
 *   areas: [], consultations: [], observations: [], problems: [], proposals: [],
 *   activities: [{ id: "a", actorId: "municipality-2180", areas: ["education"], kind: "training", title: "Utbildning",
 *     period: { from: "2017-01-01", to: "2017-12-31" }, outputs: [{ metric: "people-trained", value: "160" }] }],
 * };
 * let caught: unknown;
 * try {
 *   createClient({ asOf: "2018-05-02" }).aggregate([report as never], { year: 2017, expectedReporters: "x" as never });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof AggregateInputError && caught instanceof RangeError ? caught.issues.map((i) => [i.source, i.path.join("."), i.code]) : [];
 * // => [["options","expectedReporters","invalid-type"],["reports","activities.0.outputs.0.value","invalid-type"]]
 * ```
 */
export class AggregateInputError extends RangeError {
  /** Every problem found, options first, then reports and observations in input order. */
  readonly issues: readonly AggregateIssue[];

  /** @param issues - the problems, at least one */
  constructor(issues: readonly AggregateIssue[]) {
    const shown = issues.slice(0, 50).map((issue) => `  ${renderIssue(issue)}`);
    const more = issues.length > 50 ? [`  … and ${issues.length - 50} more`] : [];
    super(`client.aggregate: ${issues.length} ${issues.length === 1 ? "problem" : "problems"} in the input, nothing was summed:\n${[...shown, ...more].join("\n")}`);
    this.name = "AggregateInputError";
    this.issues = Object.freeze([...issues]);
  }
}

function optionIssue(path: (string | number)[], code: string, message: Message): AggregateIssue {
  return { source: "options", path, code, message };
}

function wrongType(path: (string | number)[], expected: Message): AggregateIssue {
  return optionIssue(path, "invalid-type", { sv: `Fel typ: väntade ${expected.sv}.`, en: `Wrong type: expected ${expected.en}.` });
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (typeof value === "object" && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function") || false;
}

/** Validates each record of an iterable as `kind`; a string, a non-iterable or a throwing iterator is an issue too. */
function validateRecords<T>(source: "reports" | "observations", kind: "annual-report" | "observation", records: unknown, issues: AggregateIssue[]): T[] {
  const out: T[] = [];
  if (!isIterable(records)) {
    issues.push(
      source === "reports"
        ? { source: "options", path: [], code: "not-iterable", message: { sv: "Rapporterna ska vara en lista (eller något itererbart) med årsrapporter.", en: "The reports must be a list (or an iterable) of annual reports." } }
        : wrongType([source], { sv: "en lista med observationer", en: "a list of observations" }),
    );
    return out;
  }
  let index = 0;
  try {
    for (const record of records) {
      const result = validate(kind, record);
      if (result.success) out.push(result.data as T);
      else for (const issue of result.issues) issues.push({ source, index, path: issue.path, code: issue.code, message: issue.message });
      index += 1;
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    issues.push({ source, index, path: [], code: "unreadable", message: { sv: `Posten kunde inte läsas (${name}).`, en: `The record could not be read (${name}).` } });
  }
  return out;
}

/** What {@link checkAggregateInput} returns: the validated records, or the issues. @internal */
export interface CheckedAggregateInput {
  readonly issues: readonly AggregateIssue[];
  readonly reports: AnnualReport[];
  readonly observations: Observation[] | undefined;
}

/**
 * Validates the reports, the observations and the options of
 * `aggregate`: every report and observation against the model's schemas,
 * and each option's type and range, collecting every issue.
 *
 * @internal
 */
export function checkAggregateInput(reports: unknown, options: Record<string, unknown>, isActor: (id: string) => boolean): CheckedAggregateInput {
  const issues: AggregateIssue[] = [];
  if (!YearSchema.safeParse(options["year"]).success) {
    issues.push(optionIssue(["year"], "invalid-year", { sv: "year ska vara ett heltal från 1900 till 2200.", en: "year must be an integer from 1900 to 2200." }));
  }
  const deadline = options["deadline"];
  if (deadline !== undefined && !IsoDateSchema.safeParse(deadline).success) {
    issues.push(optionIssue(["deadline"], "invalid-date", { sv: "deadline ska vara ett verkligt datum ÅÅÅÅ-MM-DD (1900–2200).", en: "deadline must be a real date YYYY-MM-DD (1900–2200)." }));
  }
  const threshold = options["suppressionThreshold"];
  if (threshold !== undefined && !(typeof threshold === "number" && Number.isInteger(threshold) && threshold >= 0)) {
    issues.push(optionIssue(["suppressionThreshold"], "invalid-threshold", { sv: "suppressionThreshold ska vara ett heltal, minst 0.", en: "suppressionThreshold must be an integer of at least 0." }));
  }
  const expected = options["expectedReporters"];
  if (expected !== undefined) {
    if (!Array.isArray(expected)) issues.push(wrongType(["expectedReporters"], { sv: "en lista med aktörs-id eller aktörer", en: "a list of actor ids or actors" }));
    else {
      expected.forEach((entry: unknown, i) => {
        if (typeof entry === "string") {
          if (!IdSchema.safeParse(entry).success || !isActor(entry)) {
            const shown = JSON.stringify(entry.slice(0, 60));
            issues.push(optionIssue(["expectedReporters", i], "unknown-actor", { sv: `Okänd aktör ${shown}: finns inte bland klientens aktörer (ange { actorId } för en aktör utanför katalogen).`, en: `Unknown actor ${shown}: not among the client's actors (give { actorId } for an actor outside the catalog).` }));
          }
        } else if (!isRecord(entry) || !IdSchema.safeParse(entry["actorId"]).success) {
          issues.push(wrongType(["expectedReporters", i], { sv: "ett aktörs-id eller { actorId, name? }", en: "an actor id or { actorId, name? }" }));
        }
      });
    }
  }
  const types = options["actorTypes"];
  if (types !== undefined) {
    if (!isRecord(types)) issues.push(wrongType(["actorTypes"], { sv: "ett objekt aktörs-id → aktörstyper", en: "an object actor id → actor types" }));
    else {
      for (const [id, list] of Object.entries(types)) {
        if (!Array.isArray(list) || !list.every((t) => (ACTOR_TYPES as readonly unknown[]).includes(t))) {
          issues.push(optionIssue(["actorTypes", id], "invalid-value", { sv: `Aktörstyperna ska vara en lista av ${ACTOR_TYPES.join(", ")}.`, en: `The actor types must be a list of ${ACTOR_TYPES.join(", ")}.` }));
        }
      }
    }
  }
  const indicators = options["indicators"];
  if (indicators !== undefined && !(Array.isArray(indicators) && indicators.every((i) => isRecord(i) && typeof i["id"] === "string"))) {
    issues.push(wrongType(["indicators"], { sv: "en lista med indikatorer (med id)", en: "a list of indicators (with an id)" }));
  }
  const partial = options["aggregate"];
  if (partial !== undefined && !(isRecord(partial) && partial["format"] === AGGREGATE_FORMAT)) {
    issues.push(optionIssue(["aggregate"], "invalid-aggregate", { sv: `aggregate ska vara ett delaggregat från summarize (format ${AGGREGATE_FORMAT}).`, en: `aggregate must be a partial aggregate from summarize (format ${AGGREGATE_FORMAT}).` }));
  }
  const validReports = validateRecords<AnnualReport>("reports", "annual-report", reports, issues);
  const observations = options["observations"] === undefined ? undefined : validateRecords<Observation>("observations", "observation", options["observations"], issues);
  return { issues, reports: validReports, observations };
}
