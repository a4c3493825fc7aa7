/** A command line with manners: help that lists the kinds, usage errors on stderr, plurals, widths, --json, Swedish throughout, lazy loading. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { kinds, outputKinds } from "@romsk-inkludering/sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { KIND_HELP, OUTPUT_KIND_HELP } from "../src/help.js";
import { BIN, DATA, files, requireBuild, romsk } from "./support.js";

beforeAll(requireBuild);

const gavle = readFileSync(join(DATA, "annual-reports-2017.ndjson"), "utf8").split("\n")[0] ?? "";

describe("help", () => {
  it("names exactly the model's kinds, one line each, in romsk --help and romsk validate --help", () => {
    expect(KIND_HELP.map(([k]) => k)).toEqual([...kinds]);
    for (const args of [["--help"], ["validate", "--help"]]) {
      const out = romsk(args).stdout;
      for (const kind of kinds) expect(out).toMatch(new RegExp(`^  ${kind} +\\S`, "m"));
    }
  });

  it("names exactly the model's output kinds in romsk schema --help, apart from the payload kinds", () => {
    expect(OUTPUT_KIND_HELP.map(([k]) => k)).toEqual([...outputKinds]);
    const out = romsk(["schema", "--help"]).stdout;
    const outputs = out.slice(out.indexOf("Outputs"));
    for (const kind of outputKinds) expect(outputs).toMatch(new RegExp(`^  ${kind} +\\S`, "m"));
    for (const kind of kinds) expect(out.slice(0, out.indexOf("Outputs"))).toMatch(new RegExp(`^  ${kind} +\\S`, "m"));
  });

  it("romsk alone is a misuse: the help goes to stderr and stdout stays empty", () => {
    const r = romsk([]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("Usage: romsk <command>");
  });
});

describe("plurals and Swedish", () => {
  it("1 record, 2 records; 1 post, 2 poster", () => {
    const dir = files({ "one.ndjson": `${gavle}\n`, "two.ndjson": `${gavle}\n${gavle}\n` });
    expect(romsk(["validate", "annual-report", join(dir, "one.ndjson")]).stdout).toBe("1 record: 1 valid, 0 invalid (annual-report)\n");
    expect(romsk(["validate", "annual-report", join(dir, "two.ndjson"), "--lang", "sv"]).stdout).toBe("2 poster: 2 giltiga, 0 ogiltiga (annual-report)\n");
  });

  it("check --lang sv prints Swedish verdicts and summary", () => {
    const r = romsk(["check", "lansstyrelsen-stockholm-2012.json", "--as-of", "2016-01-01", "--lang", "sv"]);
    expect(r.stdout).toMatch(/^utfall +regel +gäller +förklaring$/m);
    expect(r.stdout).toMatch(/^ej uppfyllt /m);
    expect(r.stdout).toMatch(/iakttagelser per 2016-01-01: uppfyllt \d+, ej uppfyllt \d+, varning \d+, fel \d+, ej tillämplig \d+\n$/);
    expect(r.stdout).not.toMatch(/\b(pass|fail|as of)\b/);
  });

  it("deadlines --lang sv: Swedish statuses, numbers, legend and summary", () => {
    const r = romsk(["deadlines", "--from", "2013-01-01", "--to", "2015-12-31", "--as-of", "2014-04-01", "--actor", "lansstyrelsen-stockholm", "--lang", "sv"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2013-04-15 +2013-04-15 +passerad +−351 /m);
    expect(r.stdout).toContain("dagar: dagar från 2014-04-01 till den dag som gäller (negativt: så många dagar sedan)");
    expect(r.stdout).not.toMatch(/\b(passed|upcoming|due-soon|as of)\b/);
  });

  it("the deadlines table has a legend in English too", () => {
    const r = romsk(["deadlines", "--from", "2013-01-01", "--to", "2013-12-31", "--as-of", "2014-04-01"]);
    expect(r.stdout).toContain("days: days from 2014-04-01 to the date that applies (negative: that many days ago)");
  });
});

describe("tables fit the terminal", () => {
  it("with COLUMNS=80 no line of the check table is longer than 80; the full text is in --json", () => {
    const r = romsk(["check", "lansstyrelsen-stockholm-2012.json", "--as-of", "2016-01-01"], { env: { COLUMNS: "80" } });
    const longest = Math.max(...r.stdout.split("\n").map((l) => l.length));
    expect(longest).toBeLessThanOrEqual(80);
    expect(r.stdout.replace(/\s+/g, " ")).toContain("Status report on the pilot programme 2014 was submitted on 2014-04-16, 1 day (1 workday) late (due 2014-04-15).");
    const json = romsk(["check", "lansstyrelsen-stockholm-2012.json", "--as-of", "2016-01-01", "--json"], { env: { COLUMNS: "80" } });
    expect(JSON.parse(json.stdout)).toBeInstanceOf(Array);
  });

  it("with COLUMNS=200 the explanation sits beside its row", () => {
    const r = romsk(["check", "lansstyrelsen-stockholm-2012.json", "--as-of", "2016-01-01"], { env: { COLUMNS: "200" } });
    expect(Math.max(...r.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(200);
    expect(r.stdout).toMatch(/^fail +deliverable\.on-time +\S+ +Status report on the pilot programme 2014/m);
  });
});

describe("--json", () => {
  it("is --format json, and contradicting it is a usage error", () => {
    expect(JSON.parse(romsk(["deadline", "2012-09-01", "--json"]).stdout)).toMatchObject({ deadline: "2012-09-03" });
    expect(romsk(["deadline", "2012-09-01", "--json", "--format", "text"]).stderr).toBe("romsk: --json and --format text contradict each other\n");
  });
});

describe("lazy loading", () => {
  it("--help, --version and schema load neither the catalog, the rules nor the reports", () => {
    const hook = `data:text/javascript,${encodeURIComponent(
      'import{register}from"node:module";register("data:text/javascript,"+encodeURIComponent("export async function load(u,c,n){if(u.startsWith(\\"file:\\"))process.stderr.write(\\"LOAD \\"+u+\\"\\\\n\\");return n(u,c)}"));',
    )}`;
    for (const args of [["--help"], ["--version"], ["schema", "commission"]]) {
      const r = romsk(args, { nodeArgs: ["--import", hook] });
      expect(r.code).toBe(0);
      const urls = r.stderr.split("\n").filter((l) => l.startsWith("LOAD ")).map((l) => l.slice(5));
      expect(urls.some((u) => u.endsWith(BIN.split("/").pop() ?? "bin.js"))).toBe(true);
      expect(urls.filter((u) => /packages\/(catalog|rules|reports)\/|\/sdk\/dist\/index\./.test(u))).toEqual([]);
      if (args[0] === "schema") expect(urls.some((u) => /packages\/model\//.test(u))).toBe(true);
      else expect(urls.filter((u) => /packages\/(model|sdk|calendar)\//.test(u))).toEqual([]);
    }
  });
});
