import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DATA, files, requireBuild, romsk } from "./support.js";

beforeAll(requireBuild);

const gavle = readFileSync(join(DATA, "annual-reports-2017.ndjson"), "utf8").split("\n")[0] ?? "";
const broken = JSON.stringify({ ...JSON.parse(gavle), submittedOn: "2018-02-29", contactPerson: "x" });

describe("romsk deadline", () => {
  it("moves 1 September 2012, a Saturday, to Monday 3 September (seed 000's groundwork report)", () => {
    const r = romsk(["deadline", "2012-09-01"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("2012-09-03\t2012-09-01 is a Saturday; the deadline moves to the next workday under lag (1930:173) 2 §\n");
  });

  it("names midsommarafton in Swedish and leaves a workday alone", () => {
    expect(romsk(["deadline", "2015-06-19", "--lang", "sv"]).stdout).toMatch(/^2015-06-22\t2015-06-19 är midsommarafton \(fredag\)/);
    expect(romsk(["deadline", "2012-09-04"]).stdout).toBe("2012-09-04\n");
  });

  it("gives JSON with the basis", () => {
    expect(JSON.parse(romsk(["deadline", "2024-12-24", "--format", "json"]).stdout)).toEqual({
      date: "2024-12-24",
      deadline: "2024-12-27",
      moved: true,
      reason: "Christmas Eve (Tuesday)",
      basis: "SFS 1930:173 2 §",
    });
  });
});

describe("romsk validate", () => {
  it("validates the example data set's five annual reports of 2017 (NDJSON)", () => {
    const r = romsk(["validate", "annual-report", "annual-reports-2017.ndjson"]);
    expect([r.code, r.stdout]).toEqual([0, "5 records: 5 valid, 0 invalid (annual-report)\n"]);
  });

  it("reports each problem of an NDJSON file with its line, path and message", () => {
    const dir = files({ "r.ndjson": `${gavle}\n${broken}\n\n{"id": \n` });
    const r = romsk(["validate", "annual-report", join(dir, "r.ndjson")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("r.ndjson:2:\n");
    expect(r.stdout).toContain('  submittedOn: Expected a real calendar date YYYY-MM-DD in the years 1900–2200 (got "2018-02-29"). [invalid-date]');
    expect(r.stdout).toContain('  contactPerson: Unknown field "contactPerson": not in the schema (a typo?). [unknown-key]');
    expect(r.stdout).toMatch(/r\.ndjson:4:8: invalid JSON: /);
    expect(r.stdout).toContain("3 records: 1 valid, 2 invalid (annual-report)");
  });

  it("speaks Swedish with --lang sv and reads standard input with -", () => {
    const r = romsk(["validate", "annual-report", "-", "--ndjson", "--lang", "sv"], { input: `${broken}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Okänt fält "contactPerson"');
    // "1 post", "1 ogiltig": Swedish plurals (it said "1 poster", "1 ogiltiga").
    expect(r.stdout).toContain("1 post: 0 giltiga, 1 ogiltig (annual-report)");
  });

  it("treats the elements of a JSON array as records and gives JSON for machines", () => {
    // --format json is NDJSON now, one line per problem as found and a summary line
    // (one JSON object held every problem in memory until the end).
    const dir = files({ "a.json": `[${gavle},\n ${broken}]` });
    const r = romsk(["validate", "annual-report", join(dir, "a.json"), "--format", "json"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { type: string; records?: number; invalid?: number; index?: number; line?: number; issues?: { path: unknown[]; code: string }[] });
    expect(lines.map((l) => l.type)).toEqual(["problem", "summary"]);
    expect([lines[1]?.records, lines[1]?.invalid]).toEqual([2, 1]);
    expect([lines[0]?.index, lines[0]?.line]).toEqual([1, 2]);
    expect(lines[0]?.issues?.map((i) => i.code).sort()).toEqual(["invalid-date", "unknown-key"]);
  });
});

describe("romsk check", () => {
  const input = join(DATA, "lansstyrelsen-stockholm-2012.json");

  it("explains the findings for Länsstyrelsen i Stockholms län's 2012 commission and exits 1 on a failure", () => {
    const r = romsk(["check", input, "--as-of", "2016-01-01"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Status report on the pilot programme 2014 was submitted on 2014-04-16, 1 day (1 workday) late (due 2014-04-15).");
    expect(r.stdout).toContain("The submission of 2015-04-15 lacks proposed measures, which the commission requires.");
    expect(r.stdout).toMatch(/All 7 parties the part is to be carried out in dialogue with took part by 2012-09-03/);
  });

  it("gives the findings as JSON, with evidence", () => {
    const r = romsk(["check", input, "--as-of", "2016-01-01", "--format", "json"]);
    const findings = JSON.parse(r.stdout) as { ruleId: string; verdict: string; subject: { id: string }; evidence: Record<string, unknown> }[];
    const groundwork = findings.find((f) => f.ruleId === "deliverable.on-time" && f.subject.id === "groundwork-report");
    expect(groundwork?.verdict).toBe("fail");
    expect(groundwork?.evidence).toMatchObject({ due: "2012-09-01", submittedOn: "2012-09-03" });
  });

  it("takes a catalog profile id and rejects an unknown one", () => {
    expect(romsk(["check", input, "--as-of", "2016-01-01", "--profile", "linkoping-consultation"]).code).toBe(1);
    const r = romsk(["check", input, "--as-of", "2016-01-01", "--profile", "no-such-profile"]);
    expect([r.code, r.stderr]).toEqual([2, 'romsk: --profile: "no-such-profile" is neither a file nor a profile id of the catalog\n']);
  });
});

describe("romsk report", () => {
  const reports = "annual-reports-2017.ndjson";

  it("renders the 2017 national report in Markdown: 5 reports, 5 active actors, 4 activities and 1 meeting shown, Gävle's 12 trained health inspirers (illustrative), no funding", () => {
    const r = romsk(["report", reports, "--year", "2017", "--as-of", "2018-05-02"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("# National annual report 2017");
    expect(r.stdout).toContain("| Total | 5 | 5 | 4 | 1 | 10 | 12 | 36–120 | 0 |");
    expect(r.stdout).toContain("Disclosure control: the report is statistics about individuals only where it counts people");
  });

  it("gives the demo's reporting status at a glance as CSV rows, in Swedish under --lang sv", () => {
    // The demo's report (scripts/demo-report.mjs): as of 16 May 2018 the network's members of 2017 are known.
    const args = ["report", reports, "--year", "2017", "--as-of", "2018-05-16", "--deadline", "2018-04-15", "--expected", "municipality-2180,municipality-0580,municipality-1283,municipality-1490,municipality-1980,skolverket", "--format", "csv"];
    const sv = romsk([...args, "--lang", "sv"]);
    expect(sv.code).toBe(0);
    const lines = sv.stdout.split("\r\n");
    expect(lines[0]).toBe("avsnitt,år,område,aktörstyp,mått,kategori,indikator,nivå,kön,grupp,datum,värde,text,dold");
    const glance = (area: string, type: string): string[] => lines.filter((l) => l.startsWith(`reporting-status,2017,${area},${type},`)).map((l) => l.split(",").slice(4, 13).filter((f) => f !== "").join(" "));
    // The five municipalities are the network's members: Gävle (13 April) and Västerås (10 April) on time, Linköping
    // (18 April) and Borås (16 April) late, Helsingborg missing; Skolverket's report has no date.
    expect(glance("", "network-member")).toEqual(["expected 5", "reported 4", "not-reported 1", "reporters-by-status on-time 2 I tid", "reporters-by-status late 2 För sent", "reporters-by-status overdue 1 Försenad", "reporters-by-status date-unknown 0 Datum okänt"]);
    expect(glance("", "all")).toEqual(["expected 6", "reported 5", "not-reported 1", "reporters-by-status on-time 2 I tid", "reporters-by-status late 2 För sent", "reporters-by-status overdue 1 Försenad", "reporters-by-status date-unknown 1 Datum okänt"]);
    // Education: Västerås's mother-tongue tuition (on time) and Skolverket's report (no date).
    expect(glance("education", "all")).toEqual(["reports 2", "active-actors 2", "reporters-by-status on-time 1 I tid", "reporters-by-status late 0 För sent", "reporters-by-status overdue 0 Försenad", "reporters-by-status date-unknown 1 Datum okänt"]);
    // In English the header is the column names and the values ids, as before.
    const en = romsk(args).stdout.split("\r\n");
    expect(en.filter((l) => l.startsWith("reporting-status,2017,,all,reporters-by-status,overdue,"))).toEqual(["reporting-status,2017,,all,reporters-by-status,overdue,,,,,,1,,"]);
  });

  it("gives CSV rows, JSON and a Vega-Lite spec", () => {
    expect(romsk(["report", reports, "--year", "2017", "--as-of", "2018-05-02", "--format", "csv"]).stdout.split("\r\n")[0]).toBe(
      "section,year,area,actorType,measure,category,indicatorId,level,gender,group,date,value,text,suppressed",
    );
    expect((JSON.parse(romsk(["report", reports, "--year", "2017", "--as-of", "2018-05-02", "--format", "json"]).stdout) as { year: number }).year).toBe(2017);
    expect((JSON.parse(romsk(["report", reports, "--year", "2017", "--as-of", "2018-05-02", "--format", "vega"]).stdout) as { $schema: string }).$schema).toBe(
      "https://vega.github.io/schema/vega-lite/v5.json",
    );
  });

  it("judges progress of the indicators observed against the catalog's targets: the EU poverty gap is off track in 2021", () => {
    const r = romsk(["report", "observations-eu-poverty.ndjson", "--year", "2021", "--as-of", "2022-06-30"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| At risk of poverty, gap between Roma and the general population | Off track | 63 (2016) | 63 (2021) | 31.5 (2030) | 51.75 (2021) |");
  });

  it("makes no report when a record is invalid, and says which", () => {
    const dir = files({ "r.ndjson": `${gavle}\n${broken}\n` });
    const r = romsk(["report", join(dir, "r.ndjson"), "--year", "2017", "--as-of", "2018-05-02"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("r.ndjson:2 (annual-report):");
    // "1 record has problems" (it said "1 record(s) have problems").
    expect(r.stderr).toContain("1 record has problems: no report was made");
  });
});

describe("romsk deadlines and schema", () => {
  it("lists the 15 April status reports of 2013–2015 with their status as of 1 April 2014", () => {
    const r = romsk(["deadlines", "--from", "2013-01-01", "--to", "2015-12-31", "--as-of", "2014-04-01", "--actor", "lansstyrelsen-stockholm", "--format", "json"]);
    const list = JSON.parse(r.stdout) as { deliverableId: string; due: string; status: string; daysLeft: number }[];
    expect(list.filter((d) => d.deliverableId === "pilot-status-report").map((d) => [d.due, d.status, d.daysLeft])).toEqual([
      ["2013-04-15", "passed", -351],
      ["2014-04-15", "due-soon", 14],
      ["2015-04-15", "upcoming", 379],
    ]);
  });

  it("prints the JSON Schema of a kind", () => {
    const schema = JSON.parse(romsk(["schema", "commission"]).stdout) as { $schema: string; title: string };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("Commission");
  });

  it("prints the JSON Schema of each output kind; the report romsk writes has exactly the fields its schema names", () => {
    for (const [kind, title] of [["national-report", "National report"], ["findings", "Findings"], ["deadlines", "Deadlines listing"], ["obligations", "Obligations listing"], ["progress-result", "Progress result"]]) {
      const r = romsk(["schema", kind ?? ""]);
      expect(r.code).toBe(0);
      const schema = JSON.parse(r.stdout) as { $id: string; title: string };
      expect([schema.$id, schema.title]).toEqual([`https://unpkg.com/@romsk-inkludering/model/schemas/${kind}.schema.json`, title]);
    }
    const schema = JSON.parse(romsk(["schema", "national-report"]).stdout) as { properties: Record<string, unknown>; required: string[] };
    const report = JSON.parse(romsk(["report", "annual-reports-2017.ndjson", "--year", "2017", "--as-of", "2018-05-02", "--format", "json"]).stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(Object.keys(schema.properties).sort());
    expect([...schema.required].sort()).toEqual(Object.keys(report).sort());
  });

  it("names the payload and the output kinds when the kind is unknown", () => {
    const r = romsk(["schema", "national-reprot"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown kind "national-reprot"; payloads: activity, .*; outputs: deadlines, findings, national-report, obligations, progress-result/);
  });
});

describe("bad input: one clear line on stderr, exit 2, never a stack trace", () => {
  const dir = files({ "bad.json": '{\n  "subject": "x",\n}\n', "empty.json": "" });
  const cases: [string, string[], RegExp][] = [
    ["a missing file", ["validate", "commission", "nope.json"], /^romsk: no such file: nope\.json\n$/],
    ["JSON that does not parse (line and column)", ["check", join(dir, "bad.json"), "--as-of", "2016-01-01"], /^romsk: .*bad\.json:3:1: not valid JSON: /],
    ["an empty file", ["check", join(dir, "empty.json"), "--as-of", "2016-01-01"], /bad|empty|not valid JSON/],
    ["a wrong kind", ["validate", "comission", "x.json"], /^romsk: unknown kind "comission"; one of: activity, actor, annual-report/],
    ["a date that does not exist", ["deadline", "2023-02-29"], /^romsk: the date: "2023-02-29" is not a date YYYY-MM-DD .*28 days/],
    ["a missing --as-of", ["check", "lansstyrelsen-stockholm-2012.json"], /^romsk: --as-of is required/],
    ["an unknown option", ["check", "x.json", "--as-off", "2016-01-01"], /^romsk: Unknown option '--as-off' \(romsk check --help\)/],
    ["an unknown command", ["chek"], /^romsk: unknown command "chek"/],
    ["a bad --format", ["report", "x.ndjson", "--year", "2017", "--as-of", "2018-05-02", "--format", "pdf"], /^romsk: --format must be one of md, csv, json, vega/],
    ["a directory", ["validate", "commission", "."], /^romsk: \. is a directory/],
  ];
  for (const [what, args, pattern] of cases) {
    it(what, () => {
      const r = romsk(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    });
  }
});

describe("help and version", () => {
  for (const command of ["validate", "check", "report", "deadline", "deadlines", "obligations", "schema", "test"]) {
    it(`romsk ${command} --help shows its usage and examples`, () => {
      const r = romsk([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: romsk ${command}`));
      expect(r.stdout).toContain("Examples:");
    });
  }

  it("romsk --help lists the commands; romsk alone shows it and exits 2", () => {
    expect(romsk(["--help"]).stdout).toContain("deadlines --from --to");
    expect(romsk([]).code).toBe(2);
  });

  it("romsk --version is the package's version", () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(romsk(["--version"]).stdout).toBe(`${version}\n`);
  });
});
