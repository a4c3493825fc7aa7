import type { Lang } from "./text.js";

/**
 * The kinds of payload, one line each in English and Swedish, for the help
 * texts. The list of kinds itself is the model's (\`kinds\`); a test checks
 * that these lines name exactly those kinds, so that \`--help\` never loads
 * the schemas.
 */
export const KIND_HELP: readonly (readonly [kind: string, en: string, sv: string])[] = [
  ["activity", "an activity of an actor: kind, areas, period, outputs", "en insats av en aktör: typ, områden, period, resultat"],
  ["actor", "an actor: a municipality, region, agency, county administrative board or organisation", "en aktör: en kommun, region, myndighet, länsstyrelse eller organisation"],
  ["annual-report", "an actor's annual report: activities, consultations, observations, problems, proposals", "en aktörs årsrapport: insatser, samråd, observationer, problem, förslag"],
  ["area", "one of the strategy's six areas", "ett av strategins sex områden"],
  ["commission", "a government commission (uppdrag): parts, deliverables and their deadlines", "ett regeringsuppdrag: deluppdrag, redovisningar och deras frister"],
  ["compliance-input", "the input of romsk check: subject, commissions, submissions, meetings, reports", "indata till romsk check: subjekt, uppdrag, inlämningar, möten, rapporter"],
  ["evaluation", "an evaluation of the strategy or a programme", "en utvärdering av strategin eller ett program"],
  ["finding", "a finding of a compliance rule: verdict, subject, explanation, evidence", "en iakttagelse av en granskningsregel: utfall, subjekt, förklaring, underlag"],
  ["forum", "a forum for dialogue and consultation", "ett forum för dialog och samråd"],
  ["forum-record", "a record of a forum's meeting", "en förteckning över ett forums möten"],
  ["funding-application", "an application for funding", "en ansökan om medel"],
  ["grant-application", "a municipality's application to a state grant round: amount, criteria, Roma women's and children's involvement", "en kommuns ansökan i en omgång av ett statsbidrag: belopp, kriterier, romska kvinnors och barns delaktighet"],
  ["indicator", "an indicator and its definition, baseline and target", "en indikator med definition, utgångsläge och mål"],
  ["local-profile", "a local profile: settings of the checks for one organisation", "en lokal profil: inställningar av granskningen för en organisation"],
  ["meeting", "a meeting: kind, date, participants", "ett möte: typ, datum, deltagare"],
  ["municipal-plan", "a municipality's plan or guidelines for Roma inclusion", "en kommuns plan eller riktlinjer för romsk inkludering"],
  ["network", "a network of municipalities or organisations", "ett nätverk av kommuner eller organisationer"],
  ["network-participation", "an actor's participation in a network", "en aktörs deltagande i ett nätverk"],
  ["observation", "one value of an indicator for a place, year and gender", "ett värde för en indikator för en plats, ett år och ett kön"],
  ["principle", "one of the strategy's principles", "en av strategins principer"],
  ["programme", "a programme, e.g. a pilot programme", "ett program, t.ex. en pilotverksamhet"],
  ["roma-group", "one of the Roma groups named by the strategy", "en av de romska grupper som strategin nämner"],
  ["scenario", "a test case of the rules: input, date, expected findings (romsk test reads lists of them)", "ett testfall för reglerna: indata, datum, väntade iakttagelser (romsk test läser listor av dem)"],
  ["scenario-file", "a whole scenario file: a list of 1–1000 scenarios, as romsk test reads it (for an editor's schema)", "en hel scenariofil: en lista med 1–1000 testfall, så som romsk test läser den (schema för en editor)"],
  ["target-group", "a target group of an activity", "en målgrupp för en insats"],
];

const kindLines = (lang: Lang): string => KIND_HELP.map(([kind, en, sv]) => `  ${kind.padEnd(24)} ${lang === "sv" ? sv : en}`).join("\n");

/** The output kinds, one line each in English and Swedish: what the library writes, for `romsk schema` only (a test holds them to the model's `outputKinds`). */
export const OUTPUT_KIND_HELP: readonly (readonly [kind: string, en: string, sv: string])[] = [
  ["deadlines", "the list romsk deadlines --format json writes", "listan som romsk deadlines --format json skriver"],
  ["findings", "the list of findings romsk check --format json writes", "listan över iakttagelser som romsk check --format json skriver"],
  ["national-report", "the national report romsk report --format json writes", "den nationella rapporten som romsk report --format json skriver"],
  ["obligations", "the list romsk obligations --format json writes: what an actor owes", "listan som romsk obligations --format json skriver: det en aktör är skyldig"],
  ["progress-result", "one indicator's progress against its baseline and target", "en indikators utveckling mot utgångsvärde och mål"],
];

const outputLines = (lang: Lang): string => OUTPUT_KIND_HELP.map(([kind, en, sv]) => `  ${kind.padEnd(24)} ${lang === "sv" ? sv : en}`).join("\n");

type HelpName = "main" | "validate" | "check" | "report" | "deadline" | "deadlines" | "obligations" | "schema" | "test";

const EN: Readonly<Record<HelpName, string>> = {
  main: `romsk – Sweden's strategy for Roma inclusion 2012–2032 on the command line

Usage: romsk <command> [options]

Commands:
  validate <kind> <file|->     validate JSON or NDJSON payloads against a kind's schema
  check <file> --as-of DATE    compliance findings for a compliance input
  report <files...> --year N   the national annual report from annual reports and observations
  deadline <date>              the last day under lag (1930:173) 2 §
  deadlines --from --to        the catalog's deliverables in a window
  obligations <actor-id>       what an actor owes in a window, as of a date, and where it stands
  schema <kind>                the JSON Schema (draft 2020-12) of a payload or output kind
  test <file|dir>...           run scenario files (YAML): did the rules give the expected findings?

Options for every command:
  --lang sv|en                 language of messages (default: en)
  --json                       the same as --format json (validate, check, report, deadline, deadlines, obligations, test)
  -h, --help                   help for a command, e.g. romsk check --help
  -v, --version                the version

Kinds (the payloads romsk validate and romsk schema know):
${kindLines("en")}

Exit codes: 0 all valid / no failing finding; 1 problems found in the input;
2 the command could not do its work (usage, missing file, JSON that does not
parse, input that is not UTF-8, a bad date or kind, an unknown id).

Examples:
  romsk validate annual-report reports.ndjson --lang sv
  romsk check lansstyrelsen.json --as-of 2016-01-01
  romsk report reports.ndjson --year 2017 --as-of 2018-05-02 --format md
  romsk deadline 2012-09-01
  romsk obligations municipality-0580 --from 2020-01-01 --to 2020-12-31 --as-of 2020-06-30
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
${kindLines("en")}

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
  check: `Usage: romsk check <file> --as-of YYYY-MM-DD [--profile file|id] [--format table|json] [--all] [--explain]
                   [--setting key=value]... [--compare-as-of DATE] [--compare-profile file|id] [--compare-setting key=value]... [--lang sv|en]

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
  --explain            explain each finding as an indented tree: the rule and its page, the settings
                       it read and where they came from, what it looked up (with the sources), the
                       calendar rule it applied, what it computed, the verdict (in JSON: explanation)
  --setting key=value  a what-if setting of the rules (repeatable), e.g. deadlines.applyStatutoryShift=true
                       or forum.minMeetings=3; unlike a profile it may loosen a rule
  --lang sv|en         language of the explanations (default: en)

What if: any --compare-* option checks the input twice, as a (the options above) and as
b (the same, changed by these), and lists only the findings whose verdict differs, with
both verdicts (and both explanations with --explain; in JSON: differences and sides).
Exit 0 when the comparison ran.
  --compare-as-of DATE        b's date
  --compare-profile file|id   b's local profile
  --compare-setting key=value b's what-if setting (repeatable; added to --setting)

Examples:
  romsk check lansstyrelsen-stockholm-2012.json --as-of 2016-01-01
  romsk check linkoping.json --as-of 2020-03-02 --profile linkoping-consultation --lang sv
  romsk check lansstyrelsen-stockholm-2012.json --as-of 2012-10-01 --explain --lang sv
  romsk check lansstyrelsen-stockholm-2012.json --as-of 2012-10-01 --compare-setting deadlines.applyStatutoryShift=true
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
  --from DATE          the first day of the window (required)
  --to DATE            the last day of the window (required)
  --as-of DATE         the date the days left and the status are counted from (required)
  --actor ID           only the deliverables of this actor's commissions
  --profile file|id    a local profile: a JSON file, or a profile id of the catalog
  --format table|json  a table (default) or the list as JSON
  --json               the same as --format json
  --lang sv|en         language (default: en)

Examples:
  romsk deadlines --from 2012-01-01 --to 2024-12-31 --as-of 2026-01-01
  romsk deadlines --from 2013-01-01 --to 2015-12-31 --as-of 2014-04-01 --actor lansstyrelsen-stockholm
`,
  obligations: `Usage: romsk obligations <actor-id> --from DATE --to DATE --as-of DATE [--profile file|id] [--input file|-] [--format table|json] [--lang sv|en]

Everything the actor owes in the window, as of the date, in one list sorted
by date: the deliverables of its commissions, its duties under lag
(2009:724) with the section and the SFS that introduced it, its yearly
reports to the follow-up authority, the grant rounds it may apply to (an
opportunity, not a duty) and the network commitments it adopted. Each item
has its basis, its due date or period, its status as of the date and the
rule that judges it. Only what was decided or known by --as-of is listed.
No source gives the day the yearly reports are due: a profile of the
follow-up authority sets it (yearlyReports.due, e.g. "03-01"); without it
the status is "no deadline", never an invented date.
With --input, what came in (the submissions and reports of a compliance
input, as romsk check reads it) makes a passed due date read on time, late
or overdue; without it a passed due date reads "passed".
Exit 0 when the list was made; 2 for an unknown actor, a bad date, a
window whose --to is before --from, or an --input that cannot be read, is
no valid compliance input (its problems listed as romsk check lists them)
or has another actor as its subject.

Options:
  --from DATE          the first day of the window (required)
  --to DATE            the last day of the window (required)
  --as-of DATE         the date the list is made as of (required: romsk never reads the clock)
  --profile file|id    a local profile: a JSON file, or a profile id of the catalog
  --input file|-       a compliance input (JSON, - for stdin; romsk schema compliance-input) with what came in
  --format table|json  a table (default) or the list as JSON (romsk schema obligations)
  --json               the same as --format json
  --lang sv|en         language (default: en)

Examples:
  romsk obligations municipality-0484 --from 2020-01-01 --to 2020-12-31 --as-of 2020-06-30
  romsk obligations municipality-0580 --from 2020-01-01 --to 2020-12-31 --as-of 2020-06-30 --lang sv
  romsk obligations lansstyrelsen-stockholm --from 2012-01-01 --to 2012-12-31 --as-of 2012-08-15 --format json
  romsk obligations lansstyrelsen-stockholm --from 2014-01-01 --to 2014-12-31 --as-of 2014-05-01 --input submissions.json
`,
  schema: `Usage: romsk schema <kind>

Prints the JSON Schema (draft 2020-12) of a kind, for validators in any
language. Some rules only the zod schemas check (e.g. that a period's end
is not before its start); each schema's description lists them.

Kinds (payloads):
${kindLines("en")}

Outputs (what the library writes; romsk schema only):
${outputLines("en")}

Examples:
  romsk schema national-report > national-report.schema.json
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

const SV: Readonly<Record<HelpName, string>> = {
  main: `romsk – Sveriges strategi för romsk inkludering 2012–2032 på kommandoraden

Användning: romsk <kommando> [alternativ]

Kommandon:
  validate <sort> <fil|->      granskar JSON- eller NDJSON-poster mot schemat för en sort
  check <fil> --as-of DATUM    iakttagelser om efterlevnad för indata till en granskning
  report <filer...> --year N   den nationella årsrapporten ur årsrapporter och observationer
  deadline <datum>             sista dagen enligt lag (1930:173) 2 §
  deadlines --from --to        katalogens redovisningar inom ett tidsfönster
  obligations <aktörs-id>      det en aktör är skyldig inom ett tidsfönster, per ett datum, och läget
  schema <sort>                JSON Schema (draft 2020-12) för en sort av indata eller utdata
  test <fil|mapp>...           kör scenariofiler (YAML): gav reglerna de väntade iakttagelserna?

Alternativ för alla kommandon:
  --lang sv|en                 språk för meddelanden (standard: en)
  --json                       samma som --format json (validate, check, report, deadline, deadlines, obligations, test)
  -h, --help                   hjälp för ett kommando, t.ex. romsk check --help
  -v, --version                versionen

Sorter (de poster som romsk validate och romsk schema känner till):
${kindLines("sv")}

Slutstatus: 0 allt giltigt / ingen iakttagelse som inte är uppfylld; 1 problem
i indata; 2 kommandot kunde inte göra sitt arbete (användning, fil saknas,
JSON som inte går att tolka, indata som inte är UTF-8, fel datum eller sort,
ett okänt id).

Exempel:
  romsk validate annual-report rapporter.ndjson --lang sv
  romsk check lansstyrelsen.json --as-of 2016-01-01 --lang sv
  romsk report rapporter.ndjson --year 2017 --as-of 2018-05-02 --format md --lang sv
  romsk deadline 2012-09-01 --lang sv
  romsk obligations municipality-0580 --from 2020-01-01 --to 2020-12-31 --as-of 2020-06-30 --lang sv
  romsk schema commission > commission.schema.json
  romsk test scenarier/ --lang sv
`,
  validate: `Användning: romsk validate <sort> <fil|-> [--format text|json] [--ndjson] [--lang sv|en]

Granskar varje post i indata mot schemat för <sort> och skriver varje problem
med sin plats (fil:rad), sin sökväg och sitt meddelande. Filer som slutar på
.ndjson eller .jsonl (eller alla indata med --ndjson, t.ex. standard in) läses
en rad i taget, så indata av alla storlekar läses i begränsat minne; en rad
över 64 MiB är ett fel för den raden och resten läses ändå. Ett JSON-dokument
(upp till 256 MiB) läses helt (en lista: varje element är en post). Indata
ska vara UTF-8 (ett byte-order mark, BOM, hoppas över).
Slutstatus 0 när alla poster är giltiga, 1 när någon inte är det, 2 när
indata inte kan läsas (ett JSON-dokument som inte går att tolka, indata som
inte är UTF-8).

Sorter:
${kindLines("sv")}

Alternativ:
  --format text|json   text (standard), eller NDJSON för maskiner: en rad
                       {"type":"problem",...} per ogiltig post när den hittas,
                       sedan en rad {"type":"summary",...}
  --json               samma som --format json
  --ndjson             läs indata som NDJSON oavsett namn
  --lang sv|en         språk för meddelandena (standard: en)

Exempel:
  romsk validate annual-report gavle-2017.json --lang sv
  romsk validate observation kolada.ndjson --format json
  cat rapporter.ndjson | romsk validate annual-report - --ndjson --lang sv
`,
  check: `Användning: romsk check <fil> --as-of ÅÅÅÅ-MM-DD [--profile fil|id] [--format table|json] [--all] [--lang sv|en]

Kör varje granskningsregel som gäller på indata till en granskning i <fil>
(ett JSON-objekt: subject, commissions, submissions, meetings, reports, ...)
per datumet, och skriver iakttagelserna med sin förklaring. Iakttagelser som
inte är tillämpliga räknas men listas bara med --all (eller i JSON).
Slutstatus 1 när en iakttagelse inte är uppfylld (eller en regel fallerar),
annars 0; 2 när indatas subjekt inte är någon aktör i katalogen (inget
skulle granskas).

Alternativ:
  --as-of DATUM        datumet som granskningen görs per (krävs: romsk läser aldrig klockan)
  --profile fil|id     en lokal profil: en JSON-fil, eller id för en profil i katalogen (t.ex. linkoping-consultation)
  --format table|json  en tabell (standard; förklaringen radbryts vid terminalens
                       bredd, COLUMNS) eller iakttagelserna som JSON, i sin helhet
  --json               samma som --format json
  --all                lista även iakttagelser som inte är tillämpliga
  --lang sv|en         språk för förklaringarna (standard: en)

Exempel:
  romsk check lansstyrelsen-stockholm-2012.json --as-of 2016-01-01 --lang sv
  romsk check linkoping.json --as-of 2020-03-02 --profile linkoping-consultation --lang sv
`,
  report: `Användning: romsk report <filer...> --year N --as-of ÅÅÅÅ-MM-DD [--format md|csv|json|vega|html] [--lang sv|en]

Sammanställer årsrapporter och observationer av indikatorer (JSON-listor
eller NDJSON; varje post känns igen på sitt "reporterKind" eller
"indicatorId") till årets nationella årsrapport. Små antal döljs. Varje post
granskas först: har någon ett problem listas problemen på stderr och ingen
rapport görs (slutstatus 1). Inget summeras två gånger eller lämnas bort i
tysthet: två årsrapporter med samma id, eller för samma aktör och år, vägras
med båda platserna (slutstatus 1); årsrapporter för andra år och
observationer för senare år räknas och nämns på stderr, och när ingen gäller
året görs ingen rapport (slutstatus 1). Posterna läggs in i rapporten medan
de läses, så minnet växer med aktörer och år, inte med indata. Filen "-" är
NDJSON på standard in. En förloppsindikator (antal, takt, tid kvar) visas på
stderr när indata är stora och stderr är en terminal.

Alternativ:
  --year N             året som rapporten gäller (krävs)
  --as-of DATUM        rapportens datum (krävs)
  --format F           md (standard), csv (en rad per cell, för anteckningsböcker), json, vega (Vega-Lite),
                       html (en fristående sida med SVG-diagram, att publicera eller skriva ut)
  --json               samma som --format json
  --indicator ID       med --format vega: trenden för denna indikator i stället för diagrammet över insatser
  --expected IDN       id för aktörer som väntas rapportera, kommaseparerade (fullständighet);
                       ett id som inte är någon aktör i katalogen är ett användningsfel (slutstatus 2)
  --deadline DATUM     sista dag för årsrapporterna (fullständighet)
  --threshold N        dölj antal från 1 till N-1 (standard 5)
  --lang sv|en         språk (standard: en)

Exempel:
  romsk report rapporter-2017.ndjson --year 2017 --as-of 2018-05-02 --lang sv
  romsk report rapporter-2017.ndjson --year 2017 --as-of 2018-05-02 --format html --lang sv > rapport-2017.html
  romsk report rapporter.ndjson observationer.ndjson --year 2017 --as-of 2018-05-02 --format csv > rapport.csv
  cat rapporter.ndjson | romsk report - --year 2017 --as-of 2018-05-02 --lang sv
`,
  deadline: `Användning: romsk deadline <ÅÅÅÅ-MM-DD> [--format text|json] [--lang sv|en]

Sista dagen för en lagstadgad frist som går ut på <datum>: datumet självt när
det är en vardag, annars nästa vardag (lag (1930:173) 2 §: lördagar,
söndagar, allmänna helgdagar, midsommarafton, julafton och nyårsafton är det
inte). Om regeln gäller en viss frist är en rättslig fråga (den gäller
frister som bestäms i lag eller annan författning). Datum ska ligga i åren
1900–2200; ett datum vars nästa vardag ligger efter 2200 vägras (slutstatus 2).

Exempel:
  romsk deadline 2012-09-01 --lang sv    # 2012-09-03 (1 september 2012 var en lördag)
  romsk deadline 2024-12-24 --format json
`,
  deadlines: `Användning: romsk deadlines --from DATUM --to DATUM --as-of DATUM [--actor ID] [--profile fil|id] [--format table|json] [--lang sv|en]

Redovisningarna i katalogens uppdrag som förfaller inom fönstret, med
datumet som det står i beslutet (eller ändrat av ett senare beslut per
--as-of), datumet som gäller enligt profilen, dagarna kvar och läget. En
förklaring under tabellen beskriver kolumnerna.

Alternativ:
  --from DATUM         fönstrets första dag (krävs)
  --to DATUM           fönstrets sista dag (krävs)
  --as-of DATUM        datumet som dagarna kvar och läget räknas från (krävs)
  --actor ID           bara redovisningarna i den här aktörens uppdrag
  --profile fil|id     en lokal profil: en JSON-fil, eller id för en profil i katalogen
  --format table|json  en tabell (standard) eller listan som JSON
  --json               samma som --format json
  --lang sv|en         språk (standard: en)

Exempel:
  romsk deadlines --from 2012-01-01 --to 2024-12-31 --as-of 2026-01-01 --lang sv
  romsk deadlines --from 2013-01-01 --to 2015-12-31 --as-of 2014-04-01 --actor lansstyrelsen-stockholm --lang sv
`,
  obligations: `Användning: romsk obligations <aktörs-id> --from DATUM --to DATUM --as-of DATUM [--profile fil|id] [--input fil|-] [--format table|json] [--lang sv|en]

Allt som aktören är skyldig inom tidsfönstret, per datumet, i en lista
sorterad efter datum: redovisningarna i dess uppdrag, dess skyldigheter
enligt lag (2009:724) med paragraf och den SFS som införde den, dess
årsrapporter till uppföljningsmyndigheten, de utlysningar av statsbidrag
som den kan söka (en möjlighet, inte en skyldighet) och de
nätverksåtaganden som den har antagit. Varje post har sin grund, sin sista
dag eller period, sitt läge per datumet och den regel som bedömer den.
Bara det som var beslutat eller känt per --as-of listas. Ingen källa anger
när årsrapporterna ska lämnas: uppföljningsmyndighetens profil anger dagen
(yearlyReports.due, t.ex. "03-01"); utan den är läget "ingen sista dag",
aldrig ett påhittat datum.
Med --input gör det som kom in (inlämningarna och årsrapporterna i indata
för en granskning, lästa som romsk check läser dem) att en passerad sista
dag blir i tid, för sent eller försenad; utan den blir den "passerad".
Slutstatus 0 när listan gjordes; 2 för en okänd aktör, ett felaktigt datum,
ett fönster vars --to ligger före --from, eller en --input som inte kan
läsas, inte är giltig indata för en granskning (problemen listade som
romsk check listar dem) eller har en annan aktör som subjekt.

Alternativ:
  --from DATUM         första dagen i fönstret (krävs)
  --to DATUM           sista dagen i fönstret (krävs)
  --as-of DATUM        dagen som listan görs per (krävs: romsk läser aldrig klockan)
  --profile fil|id     en lokal profil: en JSON-fil eller id för en profil i katalogen
  --input fil|-        indata för en granskning (JSON, - för stdin; romsk schema compliance-input) med det som kom in
  --format table|json  en tabell (standard) eller listan som JSON (romsk schema obligations)
  --json               samma som --format json
  --lang sv|en         språk (standard: en)

Exempel:
  romsk obligations municipality-0484 --from 2020-01-01 --to 2020-12-31 --as-of 2020-06-30 --lang sv
  romsk obligations municipality-0580 --from 2020-01-01 --to 2020-12-31 --as-of 2020-06-30 --lang sv
  romsk obligations lansstyrelsen-stockholm --from 2012-01-01 --to 2012-12-31 --as-of 2012-08-15 --format json
  romsk obligations lansstyrelsen-stockholm --from 2014-01-01 --to 2014-12-31 --as-of 2014-05-01 --input inlamningar.json --lang sv
`,
  schema: `Användning: romsk schema <sort>

Skriver JSON Schema (draft 2020-12) för en sort, för validerare i alla
språk. Vissa regler kontrollerar bara zod-schemana (t.ex. att en periods
slut inte ligger före dess början); varje schemas beskrivning listar dem.

Sorter (indata):
${kindLines("sv")}

Utdata (det biblioteket skriver; bara romsk schema):
${outputLines("sv")}

Exempel:
  romsk schema national-report > national-report.schema.json
  romsk schema annual-report > annual-report.schema.json
`,
  test: `Användning: romsk test <fil|mapp>... [--format text|json] [--lang sv|en]

Kör scenariofiler: YAML-filer, var och en en lista med scenarier. Ett
scenario har ett namn, datumet det bedöms per (asOf), eventuellt en lokal
profil (ett id i katalogen eller en hel profil) och reglerna som ska köras,
indata (indata till en granskning, som romsk check läser dem) och de
iakttagelser som väntas (regel, subjekt, utfall, eventuellt värden i
underlaget och en del av meddelandet). För varje scenario sägs om det gick
igenom eller inte, och för ett misslyckat vad som skilde: en iakttagelse som
saknas, ett annat utfall, ett värde i underlaget, ett meddelande utan
texten. Iakttagelser som inte väntas jämförs inte. En mapp läses för sina
*.yaml- och *.yml-filer, i sorterad ordning. Datum förblir text (YAML 1.2,
core-schemat). Scenarioformatet: romsk schema scenario.
Slutstatus 0 när alla scenarier går igenom, 1 när något misslyckas, 2 när en
fil inte kan läsas eller inte följer scenarioformatet (varje problem med
fil:rad:kolumn).

Alternativ:
  --format text|json   text (standard) eller JSON: varje fil, scenario och skillnad
  --json               samma som --format json
  --lang sv|en         språk för resultaten (standard: en)

Exempel på en scenariofil:
  - name: Lägesrapporten 2014 kom en dag för sent
    asOf: "2014-05-01"
    rules: [deliverable.on-time]
    input:
      subject: lansstyrelsen-stockholm
      submissions:
        - { deliverableId: pilot-status-report, occurrence: 2014, submittedOn: "2014-04-16", contents: [problem-analysis, proposed-measures] }
    expect:
      - { rule: deliverable.on-time, subject: pilot-status-report/2014, verdict: fail, evidence: { workdaysLate: 1 }, message: "1 arbetsdag" }

Exempel:
  romsk test lagesrapport.yaml --lang sv
  romsk test scenarier/ --lang sv
  romsk test scenarier/ --format json > resultat.json
`,
};

/**
 * The `--help` texts of `romsk` (`main`) and of each command, each with
 * usage, options and examples, in English (`en`) and Swedish (`sv`, shown
 * with `--lang sv`). Commands, option names and kinds stay as they are typed.
 *
 * @category Validation
 * @example
 * ```ts
 * import { HELP } from "@romsk-inkludering/cli";
 * HELP.deadline.en.split("\n")[0];
 * // => "Usage: romsk deadline <YYYY-MM-DD> [--format text|json] [--lang sv|en]"
 * HELP.deadline.sv.split("\n")[0];
 * // => "Användning: romsk deadline <ÅÅÅÅ-MM-DD> [--format text|json] [--lang sv|en]"
 * ```
 */
export const HELP: Readonly<Record<HelpName, Readonly<{ en: string; sv: string }>>> = Object.freeze(
  Object.fromEntries((Object.keys(EN) as HelpName[]).map((name) => [name, Object.freeze({ en: EN[name], sv: SV[name] })])) as Record<HelpName, Readonly<{ en: string; sv: string }>>,
);
