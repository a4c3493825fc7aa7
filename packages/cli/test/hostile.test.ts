/**
 * Hostile input through the built command, as processes: each case is one
 * defect class (syntax, encodings, control characters, limits, duplicates,
 * unknown ids, the calendar's edge), with the exit code the README's table
 * gives and one clear line where the command cannot do its work.
 */
import { createWriteStream, readFileSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DATA, files, requireBuild, romsk, romskAsync } from "./support.js";

beforeAll(requireBuild);

const reports = readFileSync(join(DATA, "annual-reports-2017.ndjson"), "utf8").trim().split("\n");
const gavle = reports[0] ?? "";
const asOf = ["--as-of", "2018-05-02"];

/** One line on stderr, exit 2, no stack trace. */
function oneLine(r: { code: number | null; stderr: string; stdout: string }): string {
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  return r.stderr;
}

describe("JSON that does not parse: the real line and column, one line, exit 2", () => {
  it("hello world is at 1:1", () => {
    const dir = files({ "h.json": "hello world" });
    expect(oneLine(romsk(["validate", "annual-report", join(dir, "h.json")]))).toMatch(/h\.json:1:1: not valid JSON: unexpected "h" where a value was expected, near ‹hello world›\n$/);
  });

  it("a ? on line 3, column 11 is at 3:11, and the excerpt keeps to its line", () => {
    const dir = files({ "q.json": '{\n  "a": 1,\n  "year": ?,\n  "b": 2\n}\n' });
    const err = oneLine(romsk(["check", join(dir, "q.json"), "--as-of", "2016-01-01"]));
    expect(err).toMatch(/q\.json:3:11: not valid JSON: unexpected "\?" where a value was expected, near ‹  "year": \?,›\n$/);
  });

  it("an empty and a whitespace-only document both exit 2, saying so", () => {
    const dir = files({ "e.json": "", "w.json": " \n\t\n" });
    expect(oneLine(romsk(["validate", "commission", join(dir, "e.json")]))).toMatch(/e\.json:1:1: not valid JSON: the file is empty/);
    expect(oneLine(romsk(["validate", "commission", join(dir, "w.json")]))).toMatch(/w\.json:3:1: not valid JSON: the file holds only white space/);
  });

  it("speaks Swedish with --lang sv", () => {
    const dir = files({ "t.json": "[1,]" });
    expect(oneLine(romsk(["validate", "commission", join(dir, "t.json"), "--lang", "sv"]))).toMatch(/t\.json:1:4: inte giltig JSON: oväntat "\]" där ett värde väntades \(ett kommatecken för mycket\?\)/);
  });

  it("a broken NDJSON line is one problem at its own line and column; the others are still read", () => {
    const dir = files({ "b.ndjson": `${gavle}\n{"id": "x",, }\n${reports[1] ?? ""}\n` });
    const r = romsk(["validate", "annual-report", join(dir, "b.ndjson")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('b.ndjson:2:12: invalid JSON: unexpected "," where a property name in double quotes was expected, near ‹{"id": "x",, }›');
    expect(r.stdout).toContain("3 records: 2 valid, 1 invalid");
  });
});

describe("encodings", () => {
  it("a UTF-8 byte-order mark is skipped (a document and NDJSON)", () => {
    const dir = files({});
    writeFileSync(join(dir, "bom.ndjson"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${gavle}\n`)]));
    writeFileSync(join(dir, "bom.json"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(gavle)]));
    expect(romsk(["validate", "annual-report", join(dir, "bom.ndjson")]).stdout).toBe("1 record: 1 valid, 0 invalid (annual-report)\n");
    expect(romsk(["validate", "annual-report", join(dir, "bom.json")]).code).toBe(0);
  });

  it("Latin-1 is refused with the byte offset of the first bad byte, never decoded to U+FFFD", () => {
    const dir = files({});
    // "Gävle" in Latin-1: ä is the single byte 0xE4, at byte offset 2 of line 2.
    const line2 = Buffer.concat([Buffer.from('{"'), Buffer.from([0x47, 0xe4, 0x76, 0x6c, 0x65]), Buffer.from('": 1}\n')]);
    writeFileSync(join(dir, "latin1.ndjson"), Buffer.concat([Buffer.from(`${gavle}\n`), line2]));
    const offset = Buffer.byteLength(`${gavle}\n`) + 3;
    const err = oneLine(romsk(["validate", "annual-report", join(dir, "latin1.ndjson")]));
    expect(err).toContain(`latin1.ndjson: not UTF-8: the bytes at byte offset ${offset} (line 2) are no UTF-8 sequence (0xE4 0x76 0x6C 0x65)`);
  });

  it("UTF-16 is named by its byte-order mark", () => {
    const dir = files({});
    writeFileSync(join(dir, "u16.json"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(gavle, "utf16le")]));
    expect(oneLine(romsk(["validate", "annual-report", join(dir, "u16.json")]))).toContain("u16.json is UTF-16 little-endian (byte-order mark FF FE); save it as UTF-8");
  });
});

describe("control characters and huge values are never echoed raw", () => {
  it("an ESC sequence in a key is escaped and a 10 MB key is cut, with its length", () => {
    const record = JSON.parse(gavle) as Record<string, unknown>;
    const dir = files({ "k.ndjson": `${JSON.stringify({ ...record, "\u001b[31mred\u001b[0m": 1 })}\n${JSON.stringify({ ...record, id: "b", ["k".repeat(10_000_000)]: 1 })}\n` });
    const r = romsk(["validate", "annual-report", join(dir, "k.ndjson")]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toContain("\\u001B[31mred\\u001B[0m");
    expect(r.stdout.length).toBeLessThan(5_000);
    expect(r.stdout).toMatch(/characters\)/);
  });

  it("in --format json too: a 10 MB key is cut with its length and an ESC sequence is escaped, in the path and the messages", () => {
    const record = JSON.parse(gavle) as Record<string, unknown>;
    const dir = files({ "k.ndjson": `${JSON.stringify({ ...record, "\u001b[31mred\u001b[0m": 1 })}\n${JSON.stringify({ ...record, id: "b", ["k".repeat(10_000_000)]: 1 })}\n` });
    for (const lang of ["en", "sv"] as const) {
      const r = romsk(["validate", "annual-report", join(dir, "k.ndjson"), "--json", "--lang", lang]);
      expect(r.code).toBe(1);
      expect(r.stdout.length).toBeLessThan(5_000);
      const [esc, huge, summary] = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { type: string; issues?: { path: (string | number)[]; code: string; message: { en: string; sv: string } }[]; invalid?: number });
      expect(summary).toMatchObject({ type: "summary", invalid: 2 });
      // What a machine reads back holds no raw control character: the escape is written out.
      expect(esc?.issues?.map((i) => [i.path, i.code])).toEqual([[["\\u001B[31mred\\u001B[0m"], "unknown-key"]]);
      const strings = (v: unknown): string[] => (typeof v === "string" ? [v] : typeof v === "object" && v !== null ? Object.values(v).flatMap(strings) : []);
      expect(strings(esc).filter((t) => /[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/.test(t))).toEqual([]);
      const key = huge?.issues?.[0]?.path[0] as string;
      expect(key).toBe(`${"k".repeat(300)}${lang === "sv" ? "… (kortat: 10\u00a0000\u00a0000 tecken)" : "… (cut: 10000000 characters)"}`);
      expect(huge?.issues?.[0]?.message.en.length).toBeLessThan(400);
    }
  });

  it("check --json on invalid input answers in JSON, every echoed value made safe", () => {
    const dir = files({ "c.json": JSON.stringify({ subject: "lansstyrelsen-stockholm", ["x".repeat(100_000)]: 1, "\u202eevil": 2 }) });
    const r = romsk(["check", join(dir, "c.json"), "--as-of", "2016-01-01", "--json"]);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThan(5_000);
    const problem = JSON.parse(r.stdout) as { type: string; issues: { path: string[]; code: string }[] };
    expect(problem.type).toBe("problem");
    expect(problem.issues.map((i) => [i.path[0]?.slice(-36), i.code])).toEqual([
      ["xxxxxxxxxx… (cut: 100000 characters)", "unknown-key"],
      ["\\u202Eevil", "unknown-key"],
    ]);
  });

  it("a broken line's excerpt escapes its control characters and stays short", () => {
    const dir = files({ "c.ndjson": `{"a": "\u001b]0;pwned\u0007" x ${"y".repeat(100_000)}}\n` });
    const r = romsk(["validate", "annual-report", join(dir, "c.ndjson")]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(r.stdout.length).toBeLessThan(1_000);
  });
});

describe("limits: bounded memory, and one error for a line that is too long", () => {
  it("a 65 MiB line is one error for that line, and the lines after it are read", async () => {
    const dir = files({});
    const path = join(dir, "long.ndjson");
    const out = createWriteStream(path);
    out.write(`${gavle}\n{"id":"`);
    const block = "x".repeat(1024 * 1024);
    for (let i = 0; i < 65; i++) if (!out.write(block)) await once(out, "drain");
    out.write(`"}\n${reports[1] ?? ""}\n`);
    out.end();
    await once(out, "finish");
    const r = await romskAsync(["validate", "annual-report", path], { nodeArgs: ["--max-old-space-size=200"] });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/long\.ndjson:2:1: invalid JSON: the line has 68157449 bytes, more than the maximum of 67108864 \(64 MiB\); it was skipped/);
    expect(r.stdout).toContain("3 records: 2 valid, 1 invalid");
  });

  it("--format json writes one NDJSON line per problem as found, then the summary", () => {
    const dir = files({ "i.ndjson": "1\nnull\n{}\n" });
    const r = romsk(["validate", "observation", join(dir, "i.ndjson"), "--json"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { type: string; line?: number; invalid?: number });
    expect(lines.map((l) => [l.type, l.line])).toEqual([["problem", 1], ["problem", 2], ["problem", 3], ["summary", undefined]]);
    expect(lines[3]?.invalid).toBe(3);
  });
});

describe("report: nothing silently lost or doubled", () => {
  it("reports for another year are counted and named, and none for the year is exit 1", () => {
    const r = romsk(["report", "annual-reports-2017.ndjson", "--year", "2030", ...asOf]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("the annual reports are for other years (5 for 2017), none for 2030: no report was made\n");
  });

  it("the same report five times is refused with both places, never summed", () => {
    const dir = files({ "five.ndjson": `${Array.from({ length: 5 }, () => gavle).join("\n")}\n` });
    const r = romsk(["report", join(dir, "five.ndjson"), "--year", "2017", ...asOf]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('five.ndjson:2: the annual report "municipality-2180-2017" is already at ');
    expect(r.stderr).toMatch(/five\.ndjson:2: .* is already at \S*five\.ndjson:1;/);
    expect(r.stderr).toContain("4 records have problems: no report was made");
  });

  it("two reports of one actor and year with different ids are refused too", () => {
    const other = JSON.stringify({ ...(JSON.parse(gavle) as object), id: "gavle-again" });
    const dir = files({ "two.ndjson": `${gavle}\n${other}\n` });
    const r = romsk(["report", join(dir, "two.ndjson"), "--year", "2017", ...asOf]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/two\.ndjson:2: "municipality-2180" already has an annual report for 2017 at \S*two\.ndjson:1/);
  });

  it("unknown ids in --expected are a usage error naming them", () => {
    const err = oneLine(romsk(["report", "annual-reports-2017.ndjson", "--year", "2017", ...asOf, "--expected", "municipality-2180,nope,__proto__"]));
    expect(err).toBe('romsk: --expected: no actors "nope", "__proto__" in the catalog\n');
  });

  it("an --indicator the report has no values for is a usage error, not an empty chart under its name", () => {
    const base = ["report", "observations-eu-poverty.ndjson", "--year", "2021", "--as-of", "2022-06-30", "--format", "vega"];
    expect(oneLine(romsk([...base, "--indicator", "nope"]))).toBe('romsk: --indicator: no indicator "nope" in the report\n');
    const chart = romsk([...base, "--indicator", "eu-poverty-gap"]);
    expect(chart.code).toBe(0);
    expect((JSON.parse(chart.stdout) as { data: { values: unknown[] } }).data.values.length).toBeGreaterThan(0);
  });

  it("report - reads NDJSON from standard input", () => {
    const r = romsk(["report", "-", "--year", "2017", ...asOf], { input: `${reports.join("\n")}\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\| Total \| 5 \| 5 \|.*\| 12 \| 36–120 \| 0 \|/);
  });
});

describe("check and dates", () => {
  it("a subject that is no actor is a usage error: nothing would be checked", () => {
    const dir = files({ "s.json": JSON.stringify({ subject: "lansstyrelsen-stockhlom" }) });
    expect(oneLine(romsk(["check", join(dir, "s.json"), "--as-of", "2016-01-01"]))).toContain('the subject "lansstyrelsen-stockhlom" is no actor of the catalog');
  });

  it("deadline 2200-12-31 and a year outside the range give one clear line", () => {
    expect(oneLine(romsk(["deadline", "2200-12-31"]))).toBe("romsk: 2200-12-31 is New Year's Eve (Wednesday); the next workday is after 2200, beyond the calendar's years, so no deadline can be given\n");
    expect(oneLine(romsk(["deadline", "2201-01-05"]))).toMatch(/^romsk: the date: "2201-01-05" is not a date|^romsk: the date: 2201-01-05 is outside the calendar's years 1900–2200/);
    expect(oneLine(romsk(["report", "annual-reports-2017.ndjson", "--year", "1850", ...asOf]))).toBe("romsk: --year 1850 is outside the calendar's years 1900–2200\n");
  });
});
