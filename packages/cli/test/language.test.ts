/**
 * Everything a person reads is in the language asked for, as processes:
 * the help of romsk and of every command, usage errors, the JSON scanner's
 * syntax messages, the encoding errors and the date errors, in Swedish
 * with --lang sv (numbers the Swedish way) and in English without it. Ids,
 * commands, option names and kinds stay as they are typed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kinds } from "@romsk-inkludering/sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { DATA, files, requireBuild, romsk } from "./support.js";

beforeAll(requireBuild);

const COMMANDS = ["validate", "check", "report", "deadline", "deadlines", "schema", "test"] as const;
const gavle = readFileSync(join(DATA, "annual-reports-2017.ndjson"), "utf8").split("\n")[0] ?? "";

/** English words a Swedish text has no business holding once commands, options, kinds, file names and examples are taken out. */
function englishIn(text: string): string[] {
  const prose = text
    .split("\n")
    .filter((line) => !/^\s+(romsk|cat) /.test(line)) // example command lines
    .join("\n")
    .replace(/--[a-z-]+(=\S+)?/g, " ")
    .replace(/\b[a-z]+(-[a-z]+)+\b/g, " ") // kinds and ids
    .replace(/\S+\.(json|ndjson|jsonl|csv)\b/g, " ");
  return [...prose.matchAll(/\b(Usage|Options|Examples|Kinds|Commands|Exit|the|of|and|with|is|are|an|for|which|when|not|file|date|value|expected|unexpected|unknown|option|command)\b/g)].map((m) => m[0]);
}

/** One line on stderr, exit 2. */
function usage(args: readonly string[]): string {
  const r = romsk(args);
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  return r.stderr;
}

describe("help in Swedish with --lang sv, in English without", () => {
  it("romsk --help and every romsk <command> --help", () => {
    for (const command of ["", ...COMMANDS]) {
      const args = command === "" ? ["--help"] : [command, "--help"];
      const sv = romsk([...args, "--lang", "sv"]);
      const en = romsk(args);
      expect([sv.code, en.code]).toEqual([0, 0]);
      expect(sv.stdout, `romsk ${args.join(" ")} --lang sv`).not.toBe(en.stdout);
      expect(englishIn(sv.stdout), `English left in romsk ${args.join(" ")} --lang sv`).toEqual([]);
      if (command === "") {
        expect(sv.stdout).toMatch(/^romsk – Sveriges strategi för romsk inkludering 2012–2032 på kommandoraden\n\nAnvändning: romsk <kommando> \[alternativ\]\n/);
        expect(en.stdout).toMatch(/^romsk – Sweden's strategy for Roma inclusion 2012–2032 on the command line\n\nUsage: romsk <command> \[options\]\n/);
      } else {
        expect(sv.stdout.split("\n")[0]).toMatch(new RegExp(`^Användning: romsk ${command}\\b`));
        expect(en.stdout.split("\n")[0]).toMatch(new RegExp(`^Usage: romsk ${command}\\b`));
      }
    }
  });

  it("lists every kind in both languages, with a Swedish line for each", () => {
    const sv = romsk(["--help", "--lang", "sv"]).stdout;
    for (const kind of kinds) expect(sv).toMatch(new RegExp(`^  ${kind} +\\S`, "m"));
    expect(sv).toMatch(/^ {2}annual-report +en aktörs årsrapport: insatser, samråd, observationer, problem, förslag$/m);
    expect(sv).toMatch(/^Slutstatus: 0 allt giltigt/m);
  });

  it("--lang may come first, and romsk alone speaks the language asked for on stderr", () => {
    expect(romsk(["--lang", "sv", "--help"]).stdout).toContain("Användning: romsk <kommando> [alternativ]");
    expect(romsk(["--lang=sv", "deadline", "--help"]).stdout.split("\n")[0]).toBe("Användning: romsk deadline <ÅÅÅÅ-MM-DD> [--format text|json] [--lang sv|en]");
    const alone = romsk(["--lang", "sv"]);
    expect([alone.code, alone.stdout]).toEqual([2, ""]);
    expect(alone.stderr).toContain("Användning: romsk <kommando> [alternativ]");
    expect(romsk(["--lang", "sv", "deadline", "2012-09-01"]).stdout).toBe("2012-09-03\t2012-09-01 är lördag; fristen flyttas till nästa vardag enligt lag (1930:173) 2 §\n");
  });
});

describe("usage errors in the language asked for", () => {
  it("unknown options, missing and superfluous values, unknown commands, bad choices", () => {
    expect(usage(["validate", "annual-report", "x.json", "--nope", "--lang", "sv"])).toBe("romsk: okänt alternativ --nope (romsk validate --help)\n");
    expect(usage(["validate", "annual-report", "x.json", "--nope"])).toBe("romsk: Unknown option '--nope' (romsk validate --help)\n");
    expect(usage(["report", "x.ndjson", "--lang", "sv", "--year"])).toBe("romsk: alternativet --year kräver ett värde (romsk report --help)\n");
    expect(usage(["report", "x.ndjson", "--year"])).toBe("romsk: Option '--year <value>' argument missing (romsk report --help)\n");
    expect(usage(["deadline", "2012-09-01", "--json=yes", "--lang", "sv"])).toBe("romsk: alternativet --json tar inget värde (romsk deadline --help)\n");
    expect(usage(["deadline", "2012-09-01", "--json=yes"])).toBe("romsk: Option '--json' does not take an argument (romsk deadline --help)\n");
    expect(usage(["valdate", "--lang", "sv"])).toBe('romsk: okänt kommando "valdate"; ett av: validate, check, report, deadline, deadlines, obligations, schema, test (romsk --help)\n');
    expect(usage(["deadline", "2012-09-01", "--format", "xml", "--lang", "sv"])).toBe('romsk: --format ska vara en av text, json, fick "xml"\n');
  });

  it("dates that do not exist, with the calendar's reason in Swedish", () => {
    const asOf = (date: string, lang: "sv" | "en"): string => usage(["check", "x.json", "--as-of", date, ...(lang === "sv" ? ["--lang", "sv"] : [])]);
    expect(asOf("2023-02-29", "sv")).toBe('romsk: --as-of: "2023-02-29" är inget datum ÅÅÅÅ-MM-DD (2023-02 har 28 dagar)\n');
    expect(asOf("2016-13-01", "sv")).toBe('romsk: --as-of: "2016-13-01" är inget datum ÅÅÅÅ-MM-DD (månad 13 finns inte)\n');
    expect(asOf("16-1-1", "sv")).toBe('romsk: --as-of: "16-1-1" är inget datum ÅÅÅÅ-MM-DD (fyrsiffrigt år, tvåsiffrig månad och tvåsiffrig dag)\n');
    expect(asOf("2201-01-01", "sv")).toBe('romsk: --as-of: "2201-01-01" är inget datum ÅÅÅÅ-MM-DD (utanför åren 1900–2200)\n');
    expect(asOf("2023-02-29", "en")).toBe('romsk: --as-of: "2023-02-29" is not a date YYYY-MM-DD ("2023-02-29" is not a real calendar date: 2023-02 has 28 days)\n');
  });
});

describe("the JSON scanner's messages", () => {
  it("a document that ends early, a control character and a single quote, in Swedish and English", () => {
    const dir = files({ "end.json": '{"a": 1', "ctl.json": '{"a": \u0001}', "q.json": "{'a': 1}" });
    const both = (name: string): [string, string] => [usage(["validate", "commission", join(dir, name), "--lang", "sv"]), usage(["validate", "commission", join(dir, name)])];
    const [endSv, endEn] = both("end.json");
    expect(endSv).toMatch(/end\.json:1:8: inte giltig JSON: texten tar slut där "," eller "\}" väntades, vid ‹\{"a": 1›\n$/);
    expect(endEn).toMatch(/end\.json:1:8: not valid JSON: the input ends where "," or "\}" was expected, near ‹\{"a": 1›\n$/);
    const [ctlSv, ctlEn] = both("ctl.json");
    expect(ctlSv).toMatch(/ctl\.json:1:7: inte giltig JSON: oväntat styrtecken U\+0001 där ett värde väntades, vid ‹\{"a": \\u0001\}›\n$/);
    expect(ctlEn).toMatch(/ctl\.json:1:7: not valid JSON: unexpected control character U\+0001 where a value was expected/);
    const [qSv] = both("q.json");
    expect(qSv).toMatch(/q\.json:1:2: inte giltig JSON: oväntat "'" där ett fältnamn inom dubbla citattecken väntades, vid/);
  });

  it("a broken NDJSON line is reported in Swedish on stdout, among Swedish counts", () => {
    const dir = files({ "b.ndjson": `${gavle}\n{"id": "x",, }\n` });
    const r = romsk(["validate", "annual-report", join(dir, "b.ndjson"), "--lang", "sv"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('b.ndjson:2:12: ogiltig JSON: oväntat "," där ett fältnamn inom dubbla citattecken väntades, vid ‹{"id": "x",, }›');
    expect(r.stdout).toContain("2 poster: 1 giltig, 1 ogiltig (annual-report)");
  });
});

describe("encoding errors", () => {
  it("Latin-1: the byte offset written the Swedish way (thousands grouped)", () => {
    const dir = files({});
    const lines = `${gavle}\n`.repeat(2);
    writeFileSync(join(dir, "latin1.ndjson"), Buffer.concat([Buffer.from(lines), Buffer.from('{"'), Buffer.from([0x47, 0xe4, 0x76, 0x6c, 0x65]), Buffer.from('": 1}\n')]));
    const offset = Buffer.byteLength(lines) + 3;
    expect(offset).toBeGreaterThan(999);
    const grouped = String(offset).replace(/\B(?=(\d{3})+$)/g, "\u00a0");
    expect(usage(["validate", "annual-report", join(dir, "latin1.ndjson"), "--lang", "sv"])).toContain(`latin1.ndjson: inte UTF-8: byten vid byteposition ${grouped} (rad 3) är ingen UTF-8-sekvens (0xE4 0x76 0x6C 0x65); spara filen som UTF-8`);
    expect(usage(["validate", "annual-report", join(dir, "latin1.ndjson")])).toContain(`latin1.ndjson: not UTF-8: the bytes at byte offset ${offset} (line 3) are no UTF-8 sequence`);
  });

  it("UTF-16 named by its byte-order mark", () => {
    const dir = files({});
    writeFileSync(join(dir, "u16.json"), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("{}", "utf16le").swap16()]));
    expect(usage(["validate", "annual-report", join(dir, "u16.json"), "--lang", "sv"])).toContain("u16.json är UTF-16 big endian (byteordningsmärke, BOM, FE FF); spara den som UTF-8");
    expect(usage(["validate", "annual-report", join(dir, "u16.json")])).toContain("u16.json is UTF-16 big-endian (byte-order mark FE FF); save it as UTF-8");
  });
});
