/**
 * The kinds of payload, one line each, for the help texts. The list of
 * kinds itself is the model's (\`kinds\`); a test checks that these lines
 * name exactly those kinds, so that \`--help\` never loads the schemas.
 */
export const KIND_HELP: readonly (readonly [string, string])[] = [
  ["activity", "an activity of an actor: kind, areas, period, outputs"],
  ["actor", "an actor: a municipality, region, agency, county administrative board or organisation"],
  ["annual-report", "an actor's annual report: activities, consultations, observations, problems, proposals"],
  ["area", "one of the strategy's six areas"],
  ["commission", "a government commission (uppdrag): parts, deliverables and their deadlines"],
  ["compliance-input", "the input of romsk check: subject, commissions, submissions, meetings, reports"],
  ["evaluation", "an evaluation of the strategy or a programme"],
  ["finding", "a finding of a compliance rule: verdict, subject, explanation, evidence"],
  ["forum", "a forum for dialogue and consultation"],
  ["forum-record", "a record of a forum's meeting"],
  ["funding-application", "an application for funding"],
  ["indicator", "an indicator and its definition, baseline and target"],
  ["local-profile", "a local profile: settings of the checks for one organisation"],
  ["meeting", "a meeting: kind, date, participants"],
  ["municipal-plan", "a municipality's plan or guidelines for Roma inclusion"],
  ["network", "a network of municipalities or organisations"],
  ["network-participation", "an actor's participation in a network"],
  ["observation", "one value of an indicator for a place, year and gender"],
  ["principle", "one of the strategy's principles"],
  ["programme", "a programme, e.g. a pilot programme"],
  ["roma-group", "one of the Roma groups named by the strategy"],
  ["scenario", "a test case of the rules: input, date, expected findings (romsk test reads lists of them)"],
  ["target-group", "a target group of an activity"],
];

const KIND_LINES = KIND_HELP.map(([kind, line]) => `  ${kind.padEnd(24)} ${line}`).join("\n");

const TEXTS: Readonly<Record<"main" | "validate" | "check" | "report" | "deadline" | "deadlines" | "schema" | "test", string>> = {
  main: `romsk – Sweden's strategy for Roma inclusion 2012–2032 on the command line

Usage: romsk <command> [options]

Commands:
  validate <kind> <file|->     validate JSON or NDJSON payloads against a kind's schema
  check <file> --as-of DATE    compliance findings for a compliance input
  report <files...> --year N   the national annual report from annual reports and observations
  deadline <date>              the last day under lag (1930:173) 2 §
  deadlines --from --to        the catalog's deliverables in a window
  schema <kind>                the JSON Schema (draft 2020-12) of a kind
  test <file|dir>...           run scenario files (YAML): did the rules give the expected findings?

Options for every command:
  --lang sv|en                 language of messages (default: en)
  --json                       the same as --format json (validate, check, report, deadline, deadlines, test)
  -h, --help                   help for a command, e.g. romsk check --help
  -v, --version                the version

Kinds (the payloads romsk validate and romsk schema know):
${KIND_LINES}

Exit codes: 0 all valid / no failing finding; 1 problems found in the input;
2 the command could not do its work (usage, missing file, JSON that does not
parse, input that is not UTF-8, a bad date or kind, an unknown id).

Examples:
  romsk validate annual-report reports.ndjson --lang sv
  romsk check lansstyrelsen.json --as-of 2016-01-01
  romsk report reports.ndjson --year 2017 --as-of 2018-05-02 --format md
  romsk deadline 2012-09-01
  romsk schema commission > commission.schema.json
  romsk test scenarios/
`,
  validate: `Usage: romsk validate <kind> <file|-> [--format text|json] [--ndjson] [--lang sv|en]

Validates every record of the input against the schema of <kind> and prints
each problem with its place (file:line), its path and its message. Files
ending in .ndjson or .jsonl (or any input with --ndjson, e.g. standard
input) are read one line at a time, so inputs of any size stream in bounded
memory; a line over 64 MiB is one error for that line and the rest is still
read. A JSON document (up to 256 MiB) is read whole (an array: each element
is a record). Input must be UTF-8 (a byte-order mark is skipped).
Exit 0 when every record is valid, 1 when any is not, 2 when the input
cannot be read (a JSON document that does not parse, input not in UTF-8).

Kinds:
${KIND_LINES}

Options:
  --format text|json   text (default), or NDJSON for machines: one line
                       {"type":"problem",...} per invalid record as it is found,
                       then one line {"type":"summary",...}
  --json               the same as --format json
  --ndjson             read the input as NDJSON whatever its name
  --lang sv|en         language of the messages (default: en)

Examples:
  romsk validate annual-report gavle-2017.json
  romsk validate observation kolada.ndjson --format json
  cat reports.ndjson | romsk validate annual-report - --ndjson --lang sv
`,
  check: `Usage: romsk check <file> --as-of YYYY-MM-DD [--profile file|id] [--format table|json] [--all] [--lang sv|en]

Runs every compliance rule in force on the compliance input in <file> (a
JSON object: subject, commissions, submissions, meetings, reports, ...) as
of the date, and prints the findings with their explanation. Findings that
do not apply are counted but only listed with --all (or in JSON).
Exit 1 when a finding fails (or a rule errs), else 0; 2 when the input's
subject is no actor of the catalog (nothing would be checked).

Options:
  --as-of DATE         the date the check is made as of (required: romsk never reads the clock)
  --profile file|id    a local profile: a JSON file, or a profile id of the catalog (e.g. linkoping-consultation)
  --format table|json  a table (default; the explanation wraps at the terminal's
                       width, COLUMNS) or the findings as JSON, in full
  --json               the same as --format json
  --all                list the not-applicable findings too
  --lang sv|en         language of the explanations (default: en)

Examples:
  romsk check lansstyrelsen-stockholm-2012.json --as-of 2016-01-01
  romsk check linkoping.json --as-of 2020-03-02 --profile linkoping-consultation --lang sv
`,
  report: `Usage: romsk report <files...> --year N --as-of YYYY-MM-DD [--format md|csv|json|vega|html] [--lang sv|en]

Aggregates annual reports and indicator observations (JSON arrays or NDJSON;
each record is recognised by its "reporterKind" or "indicatorId") into the
national annual report of the year. Small counts are suppressed. Every
record is validated first: if any has a problem, the problems are listed on
stderr and no report is made (exit 1). Nothing is summed twice or left out
silently: two annual reports with the same id, or for the same actor and
year, are refused with both places (exit 1); annual reports for other years
and observations for later years are counted and named on stderr, and when
none is for the year no report is made (exit 1). Records are folded into
the report as they stream, so memory grows with actors and years, not with
the input. A file "-" is NDJSON on standard input. A progress bar (count,
rate, time left) is shown on stderr when the input is large and stderr is
a terminal.

Options:
  --year N             the year reported on (required)
  --as-of DATE         the date of the report (required)
  --format F           md (default), csv (one row per cell, for notebooks), json, vega (Vega-Lite),
                       html (one self-contained page with SVG charts, to publish or print)
  --json               the same as --format json
  --indicator ID       with --format vega: the trend of this indicator instead of the activity chart
  --expected IDS       actor ids expected to report, comma-separated (completeness);
                       an id that is no actor of the catalog is a usage error (exit 2)
  --deadline DATE      the deadline of the annual reports (completeness)
  --threshold N        suppress counts from 1 to N-1 (default 5)
  --lang sv|en         language (default: en)

Examples:
  romsk report reports-2017.ndjson --year 2017 --as-of 2018-05-02
  romsk report reports-2017.ndjson --year 2017 --as-of 2018-05-02 --format html --lang sv > rapport-2017.html
  romsk report reports.ndjson observations.ndjson --year 2017 --as-of 2018-05-02 --format csv > report.csv
  cat reports.ndjson | romsk report - --year 2017 --as-of 2018-05-02
`,
  deadline: `Usage: romsk deadline <YYYY-MM-DD> [--format text|json] [--lang sv|en]

The last day of a statutory deadline that ends on <date>: the date itself
when it is a workday, else the next workday (lag (1930:173) 2 §: Saturdays,
Sundays, public holidays, midsommarafton, julafton and nyårsafton are not).
Whether the rule applies to a given deadline is a legal question (it covers
deadlines set in law or another författning). Dates are of the years
1900–2200; a date whose next workday falls after 2200 is refused (exit 2).

Examples:
  romsk deadline 2012-09-01        # 2012-09-03 (1 September 2012 was a Saturday)
  romsk deadline 2024-12-24 --format json
`,
  deadlines: `Usage: romsk deadlines --from DATE --to DATE --as-of DATE [--actor ID] [--profile file|id] [--format table|json] [--lang sv|en]

The deliverables of the catalog's commissions due in the window, with the
date as written (or amended by a later decision as of --as-of), the date
that applies under the profile, the days left and the status. A legend
under the table explains the columns.

Options:
  --format table|json  a table (default) or the list as JSON
  --json               the same as --format json

Examples:
  romsk deadlines --from 2012-01-01 --to 2024-12-31 --as-of 2026-01-01
  romsk deadlines --from 2013-01-01 --to 2015-12-31 --as-of 2014-04-01 --actor lansstyrelsen-stockholm
`,
  schema: `Usage: romsk schema <kind>

Prints the JSON Schema (draft 2020-12) of a kind, for validators in any
language. Some rules only the zod schemas check (e.g. that a period's end
is not before its start); each schema's description lists them.

Kinds:
${KIND_LINES}

Examples:
  romsk schema annual-report > annual-report.schema.json
`,
  test: `Usage: romsk test <file|dir>... [--format text|json] [--lang sv|en]

Runs scenario files: YAML files, each a list of scenarios. A scenario has a
name, the date it is judged as of (asOf), optionally a local profile (an id
of the catalog or a whole profile) and the rules to run, the input (a
compliance input, as romsk check reads it) and the findings expected (rule,
subject, verdict, optionally evidence values and a piece of the message).
For each scenario it says pass or fail, and for a failure what differed: a
finding that is missing, another verdict, an evidence value, a message
without the text. Findings not expected are not compared. A directory is
read for its *.yaml and *.yml files, in sorted order. Dates stay text
(YAML 1.2, core schema). The scenario format: romsk schema scenario.
Exit 0 when every scenario passes, 1 when any fails, 2 when a file cannot
be read or does not match the scenario format (each problem with
file:line:column).

Options:
  --format text|json   text (default) or JSON: every file, scenario and difference
  --json               the same as --format json
  --lang sv|en         language of the results (default: en)

Example of a scenario file:
  - name: Lägesrapporten 2014 kom en dag för sent
    asOf: "2014-05-01"
    rules: [deliverable.on-time]
    input:
      subject: lansstyrelsen-stockholm
      submissions:
        - { deliverableId: pilot-status-report, occurrence: 2014, submittedOn: "2014-04-16", contents: [problem-analysis, proposed-measures] }
    expect:
      - { rule: deliverable.on-time, subject: pilot-status-report/2014, verdict: fail, evidence: { workdaysLate: 1 }, message: "1 arbetsdag" }

Examples:
  romsk test lagesrapport.yaml
  romsk test scenarios/ --lang sv
  romsk test scenarios/ --format json > results.json
`,
};

/**
 * The `--help` texts of `romsk` (`main`) and of each command, each with
 * usage, options and examples.
 *
 * @category Validation
 * @example
 * ```ts
 * import { HELP } from "@romsk-inkludering/cli";
 * HELP.deadline.split("\n")[0];
 * // => "Usage: romsk deadline <YYYY-MM-DD> [--format text|json] [--lang sv|en]"
 * ```
 */
export const HELP: Readonly<Record<"main" | "validate" | "check" | "report" | "deadline" | "deadlines" | "schema" | "test", string>> = Object.freeze(TEXTS);
