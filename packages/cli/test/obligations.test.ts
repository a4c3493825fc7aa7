/** `romsk obligations` as a process: the table in English and Swedish, JSON as the output contract, and exit 2 on usage errors. */
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

  it("has help in English and Swedish", () => {
    expect(romsk(["obligations", "--help"]).stdout).toMatch(/^Usage: romsk obligations <actor-id>/);
    expect(romsk(["obligations", "--help", "--lang", "sv"]).stdout).toMatch(/^Användning: romsk obligations <aktörs-id>/);
  });
});
