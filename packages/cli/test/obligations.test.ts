/** `romsk obligations` as a process: the table in English and Swedish, JSON as the output contract, and exit 2 on usage errors. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ObligationListSchema } from "@romsk-inkludering/model";
import { files, requireBuild, romsk } from "./support.js";

beforeAll(requireBuild);

const LST_2012 = ["obligations", "lansstyrelsen-stockholm", "--from", "2012-01-01", "--to", "2012-12-31", "--as-of", "2012-08-15"];

describe("romsk obligations", () => {
  it("prints Länsstyrelsen i Stockholms län's duties and deliverables of 2012 as a table, sorted by date, with status, rule and basis (exit 0)", () => {
    const r = romsk(LST_2012);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("County Administrative Board of Stockholm (lansstyrelsen-stockholm), 2012-01-01 – 2012-12-31, as of 2012-08-15");
    expect(lines[2]).toMatch(/^due \/ period\s+kind\s+status\s+rule\s+what \[basis\]$/);
    const rows = lines.filter((l) => /^\d{4}-\d\d-\d\d /.test(l));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatch(/^2012-01-01 – 2012-12-31\s+statutory duty\s+upcoming\s+minority-act\.information\s+Information on rights \(section 3\) \[.*SFS 2009:724 3 §/);
    expect(rows[3]).toMatch(/^2012-09-01\s+deliverable\s+due soon\s+deliverable\.on-time\s+.*seed 000/);
    expect(rows[4]).toMatch(/^2012-10-01\s+deliverable\s+upcoming\s+deliverable\.on-time/);
    expect(r.stdout).toMatch(/\n5 obligations\n$/);
  });

  it("speaks Swedish with --lang sv: headers, kinds, statuses and the count; ids stay ids", () => {
    const r = romsk([...LST_2012, "--lang", "sv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Länsstyrelsen i Stockholms län (lansstyrelsen-stockholm), 2012-01-01 – 2012-12-31, per 2012-08-15");
    expect(r.stdout).toMatch(/sista dag \/ period\s+slag\s+läge\s+regel\s+vad \[grund\]/);
    expect(r.stdout).toMatch(/2012-01-01 – 2012-12-31\s+lagstadgad skyldighet\s+kommande\s+minority-act\.information\s+Information om rättigheter \(3 §\)/);
    expect(r.stdout).toMatch(/2012-09-01\s+redovisning\s+snart\s+deliverable\.on-time/);
    expect(r.stdout).toMatch(/2012-10-01\s+redovisning\s+kommande\s+deliverable\.on-time/);
    expect(r.stdout).toMatch(/\n5 poster\n$/);
    expect(r.stdout).not.toMatch(/\b(due soon|upcoming|deliverable  )\b/);
  });

  it("writes the list as JSON that validates against romsk schema obligations", () => {
    const r = romsk([...LST_2012, "--format", "json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as unknown;
    expect(ObligationListSchema.safeParse(list).success).toBe(true);
    expect((list as { id: string }[]).map((o) => o.id)).toEqual([
      "lansstyrelsen-stockholm/sfs-2009-724-3/2012",
      "lansstyrelsen-stockholm/sfs-2009-724-4/2012",
      "lansstyrelsen-stockholm/sfs-2009-724-5/2012",
      "lansstyrelsen-stockholm/deliverable/groundwork-report/2012-09-01",
      "lansstyrelsen-stockholm/deliverable/municipal-network-final-report/2012-10-01",
    ]);
    expect(romsk([...LST_2012, "--json"]).stdout).toBe(r.stdout);
  });

  it("gives a municipality its yearly report with no invented due date, and takes the due day from a profile file", () => {
    const window = ["obligations", "municipality-2180", "--from", "2018-01-01", "--to", "2018-12-31", "--as-of", "2018-05-16", "--lang", "sv"];
    const plain = romsk(window);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/–\s+årsrapport\s+ingen sista dag\s+report\.area-coverage\s+Årsrapport 2017 till Länsstyrelsen i Stockholms län/);
    const dir = files({ "lst.json": JSON.stringify({ id: "lst-yearly-reports", name: "Årsrapporter", actorId: "lansstyrelsen-stockholm", yearlyReports: { due: "03-01" } }) });
    const set = romsk([...window, "--profile", `${dir}/lst.json`]);
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(/2018-03-01\s+årsrapport\s+passerad\s+report\.area-coverage/);
  });

  it("gives Eskilstuna its five duties of 2020, and as of 2018 only §§3, 4 and 5", () => {
    const args = ["obligations", "municipality-0484", "--from", "2020-01-01", "--to", "2020-12-31", "--format", "json"];
    const ids = (asOf: string) => (JSON.parse(romsk([...args, "--as-of", asOf]).stdout) as { id: string }[]).map((o) => o.id.split("/")[1]);
    expect(ids("2020-06-30")).toEqual(["sfs-2009-724-3", "sfs-2009-724-4", "sfs-2009-724-5", "sfs-2009-724-5-a", "sfs-2009-724-5-b"]);
    expect(ids("2018-06-30")).toEqual(["sfs-2009-724-3", "sfs-2009-724-4", "sfs-2009-724-5"]);
  });

  it("exits 2 with one clear line for an unknown actor, a bad date, --to before --from and a missing actor", () => {
    const cases: [string[], RegExp][] = [
      [["obligations", "municipality-9999", "--from", "2020-01-01", "--to", "2020-12-31", "--as-of", "2020-06-30"], /^romsk: no actor "municipality-9999" in the catalog/],
      [["obligations", "municipality-0484", "--from", "2020-01-01", "--to", "2020-02-30", "--as-of", "2020-06-30"], /^romsk: --to: "2020-02-30" is not a date YYYY-MM-DD/],
      [["obligations", "municipality-0484", "--from", "2020-12-31", "--to", "2020-01-01", "--as-of", "2020-06-30"], /^romsk: --to 2020-01-01 is before --from 2020-12-31/],
      [["obligations", "municipality-0484", "--from", "2020-01-01", "--to", "2020-12-31"], /^romsk: --as-of is required/],
      [["obligations", "--from", "2020-01-01", "--to", "2020-12-31", "--as-of", "2020-06-30"], /^romsk: an actor id is required/],
    ];
    for (const [args, message] of cases) {
      const r = romsk(args);
      expect([r.code, r.stdout], args.join(" ")).toEqual([2, ""]);
      expect(r.stderr, args.join(" ")).toMatch(message);
      expect(r.stderr.trimEnd().split("\n"), args.join(" ")).toHaveLength(1);
    }
    expect(romsk([...(cases[0]?.[0] ?? []), "--lang", "sv"]).stderr).toMatch(/^romsk: ingen aktör "municipality-9999" i katalogen/);
  });

  describe("--input: what came in", () => {
    // Seed 000: the pilot programme's status report is due 15 April each year; the 2014 one came on 16 April,
    // one workday late (as in packages/rules/scenarios/deliverable.on-time.yaml).
    const LST_2014 = ["obligations", "lansstyrelsen-stockholm", "--from", "2014-01-01", "--to", "2014-12-31", "--as-of", "2014-05-01"];
    const handedIn = {
      subject: "lansstyrelsen-stockholm",
      submissions: [
        { deliverableId: "pilot-status-report", occurrence: 2013, submittedOn: "2013-04-15", contents: ["problem-analysis", "proposed-measures"] },
        { deliverableId: "pilot-status-report", occurrence: 2014, submittedOn: "2014-04-16", contents: ["problem-analysis", "proposed-measures"] },
      ],
    };

    it("reads the 2014 status report, due 15 April and handed in 16 April, as late; without --input the due date has only passed", () => {
      const dir = files({ "lst.json": JSON.stringify(handedIn) });
      const plain = romsk(LST_2014);
      expect(plain.code).toBe(0);
      expect(plain.stdout).toMatch(/\n2014-04-15\s+deliverable\s+passed\s+deliverable\.on-time\s+Status report on the pilot programme 2014 \[seed 000/);
      const r = romsk([...LST_2014, "--input", `${dir}/lst.json`]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toMatch(/\n2014-04-15\s+deliverable\s+late\s+deliverable\.on-time\s+Status report on the pilot programme 2014 \[seed 000/);
      expect(r.stdout).toMatch(/\n4 obligations\n$/);
      const sv = romsk([...LST_2014, "--input", `${dir}/lst.json`, "--lang", "sv"]);
      expect(sv.stdout).toMatch(/\n2014-04-15\s+redovisning\s+för sent\s+deliverable\.on-time\s+Lägesrapport om pilotverksamheten 2014/);
      const json = JSON.parse(romsk([...LST_2014, "--input", `${dir}/lst.json`, "--format", "json"]).stdout) as { id: string; due: string | null; status: string }[];
      expect(ObligationListSchema.safeParse(json).success).toBe(true);
      expect(json.filter((o) => o.due !== null).map((o) => [o.id, o.due, o.status])).toEqual([["lansstyrelsen-stockholm/deliverable/pilot-status-report/2014", "2014-04-15", "late"]]);
    });

    it("reads the input from stdin with -, and a window of 2013 shows the 2013 report on time", () => {
      const r = romsk(["obligations", "lansstyrelsen-stockholm", "--from", "2013-01-01", "--to", "2013-12-31", "--as-of", "2014-05-01", "--input", "-"], { input: JSON.stringify(handedIn) });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/\n2013-04-15\s+deliverable\s+on time\s+deliverable\.on-time\s+Status report on the pilot programme 2013/);
    });

    it("an invalid input gives romsk check's own problem lines, and exit 2 with no list; unreadable JSON and another subject exit 2 with one line", () => {
      const bad = { ...handedIn, extra: 1, submissions: [{ deliverableId: "pilot-status-report", occurrence: 2014, submittedOn: "2014-04-31" }] };
      const dir = files({ "bad.json": JSON.stringify(bad), "broken.json": '{"subject": ', "other.json": JSON.stringify({ ...handedIn, subject: "municipality-0484" }) });
      const r = romsk([...LST_2014, "--input", `${dir}/bad.json`]);
      expect(r.code).toBe(2);
      const check = romsk(["check", `${dir}/bad.json`, "--as-of", "2014-05-01"]);
      expect(check.code).toBe(1);
      expect(r.stdout).toBe(check.stdout);
      expect(r.stdout).toContain('extra: Unknown field "extra": not in the schema (a typo?). [unknown-key]');
      expect(r.stdout).toContain('submissions[0].submittedOn: Expected a real calendar date YYYY-MM-DD in the years 1900–2200 (got "2014-04-31"). [invalid-date]');
      expect(r.stdout).not.toMatch(/obligations/);
      const json = romsk([...LST_2014, "--input", `${dir}/bad.json`, "--format", "json"]);
      expect(json.code).toBe(2);
      expect(json.stdout).toBe(romsk(["check", `${dir}/bad.json`, "--as-of", "2014-05-01", "--format", "json"]).stdout);
      expect((JSON.parse(json.stdout) as { type: string; issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(["unknown-key", "missing", "invalid-date"]);
      const sv = romsk([...LST_2014, "--input", `${dir}/bad.json`, "--lang", "sv"]);
      expect(sv.stdout).toContain('extra: Okänt fält "extra": finns inte i schemat (stavfel?). [unknown-key]');
      for (const [file, message] of [
        ["broken.json", /^romsk: .*broken\.json:1:13: not valid JSON/],
        ["other.json", /^romsk: .*other\.json: the subject "municipality-0484" is not the actor "lansstyrelsen-stockholm" whose obligations are listed/],
      ] as const) {
        const e = romsk([...LST_2014, "--input", `${dir}/${file}`]);
        expect([e.code, e.stdout], file).toEqual([2, ""]);
        expect(e.stderr, file).toMatch(message);
        expect(e.stderr.trimEnd().split("\n"), file).toHaveLength(1);
      }
    });
  });

  it("has help in English and Swedish", () => {
    expect(romsk(["obligations", "--help"]).stdout).toMatch(/^Usage: romsk obligations <actor-id>/);
    expect(romsk(["obligations", "--help", "--lang", "sv"]).stdout).toMatch(/^Användning: romsk obligations <aktörs-id>/);
    expect(romsk(["obligations", "--help"]).stdout).toMatch(/\n {2}--input file\|- {7}a compliance input/);
    expect(romsk(["obligations", "--help", "--lang", "sv"]).stdout).toMatch(/\n {2}--input fil\|- {8}indata för en granskning/);
  });
});

describe("docs/obligations.md, --input run as written", () => {
  // Every `json file=NAME` block is written to a folder under that name, and every console block's
  // `$ romsk ...` command is run there; what it prints (standard output, then standard error) must be what the guide shows.
  const text = readFileSync(fileURLToPath(new URL("../../../docs/obligations.md", import.meta.url)), "utf8");
  const jsonFiles = Object.fromEntries([...text.matchAll(/```json file=(\S+)\n([\s\S]*?)```/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
  const consoles = [...text.matchAll(/```console\n\$ romsk ([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ args: (m[1] ?? "").split(" "), shown: m[2] ?? "" }));

  it("has the hand-in files and the two commands", () => {
    expect(Object.keys(jsonFiles)).toEqual(["lagesrapporter.json", "stavfel.json"]);
    expect(consoles.map((c) => c.args.at(-3))).toEqual(["lagesrapporter.json", "stavfel.json"]);
  });

  const dir = files(jsonFiles);
  for (const [i, { args, shown }] of consoles.entries()) {
    it(`romsk ${args.join(" ")}`, () => {
      const r = romsk(args, { cwd: dir });
      expect(`${r.stdout}${r.stderr}`).toBe(shown);
      expect(r.code).toBe(i === 0 ? 0 : 2);
    });
  }
});
