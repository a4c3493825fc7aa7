import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { registry, runScenarios, toJsonSchema } from "@romsk-inkludering/sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenarios.js";
import { files, requireBuild, romsk } from "./support.js";

beforeAll(requireBuild);

/** The scenarios the rules package ships. */
const SHIPPED = fileURLToPath(new URL("../../rules/scenarios/", import.meta.url));
const shippedFiles = readdirSync(SHIPPED).filter((f) => f.endsWith(".yaml")).sort();

/** The issue's example: the 2014 lägesrapport (due 15 April) handed in on 16 April. */
const LATE_2014 = `- name: Lägesrapporten 2014 kom en dag för sent
  asOf: "2014-05-01"
  rules: [deliverable.on-time]
  input:
    subject: lansstyrelsen-stockholm
    submissions:
      - { deliverableId: pilot-status-report, occurrence: 2014, submittedOn: "2014-04-16", contents: [problem-analysis, proposed-measures] }
  expect:
    - rule: deliverable.on-time
      subject: pilot-status-report/2014
      verdict: fail
      evidence: { workdaysLate: 1 }
      message: "1 arbetsdag"
`;

describe("the shipped scenarios (packages/rules/scenarios)", () => {
  const read = shippedFiles.map((file) => {
    const parsed = parseScenarioText(readFileSync(join(SHIPPED, file), "utf8"));
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
    return { file, scenarios: parsed.scenarios.map((s) => s.scenario) };
  });

  it("has one file per rule of the registry, named after it, each with at least three scenarios about that rule", () => {
    expect(shippedFiles).toEqual(registry.map((rule) => `${rule.id}.yaml`).sort());
    for (const { file, scenarios } of read) {
      const rule = file.replace(/\.yaml$/, "");
      expect(scenarios.filter((s) => s.expect.some((e) => e.rule === rule)).length, file).toBeGreaterThanOrEqual(3);
    }
  });

  it("start with the editor's line naming the model's scenario-file schema, a path that reaches it from the file", () => {
    const expected = toJsonSchema("scenario-file");
    for (const file of shippedFiles) {
      const first = readFileSync(join(SHIPPED, file), "utf8").split("\n")[0] ?? "";
      const target = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
      expect(target, file).toBe("../../model/schemas/scenario-file.schema.json");
      // The model's build writes the file (packages/model/schemas); installed, @romsk-inkludering/model sits beside the rules package.
      expect(JSON.parse(readFileSync(resolve(SHIPPED, target ?? ""), "utf8")) as unknown, file).toEqual(expected);
    }
  });

  it("all pass through runScenarios", () => {
    for (const { file, scenarios } of read) {
      const run = runScenarios(scenarios);
      const failures = run.results.filter((r) => !r.passed).map((r) => [file, r.name, r.differences.map((d) => d.message.en)]);
      expect(failures).toEqual([]);
      expect(run.passed).toBe(scenarios.length);
    }
  });

  it("have Swedish names, and dates that stayed text (YAML 1.2 core schema)", () => {
    for (const { scenarios } of read) {
      for (const s of scenarios) {
        expect(s.name).toMatch(/[a-zåäö]/i);
        expect(typeof s.asOf).toBe("string");
      }
    }
  });

  it("all pass through romsk test as a process, with the closing line", () => {
    const total = read.reduce((n, r) => n + r.scenarios.length, 0);
    const r = romsk(["test", SHIPPED]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe(`${total} passed, 0 failed`);
    // Files in sorted order, each scenario on its own line.
    const listed = r.stdout.split("\n").filter((line) => line.endsWith(".yaml"));
    expect(listed).toEqual(shippedFiles.map((f) => join(SHIPPED, f)));
    const sv = romsk(["test", SHIPPED, "--lang", "sv"]);
    expect(sv.stdout.trimEnd().split("\n").at(-1)).toBe(`${total} godkända, 0 underkända`);
    expect(sv.stdout).toContain("  godkänt   Lägesrapporten 2013 kom i tid, lägesrapporten 2014 kom en arbetsdag för sent\n");
  });
});

describe("romsk test", () => {
  it("passes the issue's example: the 2014 lägesrapport one workday late (exit 0)", () => {
    const dir = files({ "lagesrapport.yaml": LATE_2014 });
    const r = romsk(["test", join(dir, "lagesrapport.yaml")]);
    expect([r.code, r.stdout]).toEqual([0, `${join(dir, "lagesrapport.yaml")}\n  pass Lägesrapporten 2014 kom en dag för sent\n\n1 passed, 0 failed\n`]);
  });

  it("fails a wrong expectation (exit 1) and names each difference", () => {
    const wrong = LATE_2014.replace("verdict: fail", "verdict: pass").replace("workdaysLate: 1", "workdaysLate: 2").replace('"1 arbetsdag"', '"2 arbetsdagar"');
    const dir = files({ "fel.yaml": `${LATE_2014}${wrong.replace("kom en dag för sent", "kom i tid (fel)")}` });
    const r = romsk(["test", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  pass Lägesrapporten 2014 kom en dag för sent\n");
    expect(r.stdout).toContain("  FAIL Lägesrapporten 2014 kom i tid (fel) (line 14)\n");
    expect(r.stdout).toContain("      - deliverable.on-time about pilot-status-report/2014: verdict pass expected, got fail.\n");
    expect(r.stdout).toContain("      - deliverable.on-time about pilot-status-report/2014: evidence workdaysLate is 1, not 2 as expected.\n");
    expect(r.stdout).toContain('      - deliverable.on-time about pilot-status-report/2014: the message does not contain "2 arbetsdagar"; it reads "Status report');
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("1 passed, 1 failed");
    const sv = romsk(["test", dir, "--lang", "sv"]);
    expect(sv.code).toBe(1);
    expect(sv.stdout).toContain("  UNDERKÄNT Lägesrapporten 2014 kom i tid (fel) (rad 14)\n");
    expect(sv.stdout).toContain("      - deliverable.on-time om pilot-status-report/2014: bedömningen ”uppfyllt” väntades, men blev ”ej uppfyllt”.\n");
    expect(sv.stdout.trimEnd().split("\n").at(-1)).toBe("1 godkänt, 1 underkänt");
  });

  it("names a missing finding with the subjects the rule did give findings about", () => {
    const missing = LATE_2014.replace("subject: pilot-status-report/2014", "subject: pilot-status-report/2016");
    const r = romsk(["test", join(files({ "saknas.yaml": missing }), "saknas.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "The rule deliverable.on-time gave no finding about pilot-status-report/2016; its findings are about groundwork-report, municipal-network-final-report, pilot-status-report/2013, pilot-status-report/2014, pilot-status-report/2015.",
    );
  });

  it("exits 2 on a malformed file, with file:line:column", () => {
    const dir = files({ "trasig.yaml": `- name: Trasig\n  asOf: "2014-05-01\n  input: {}\n`, "tabb.yaml": "- name: Tabb\n\tasOf: x\n" });
    const r = romsk(["test", join(dir, "trasig.yaml"), join(dir, "tabb.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^romsk: ${join(dir, "trasig.yaml")}:\\d+:\\d+: not valid YAML: Missing closing "quote \\[MISSING_CHAR\\]$`, "m"));
    expect(r.stderr).toContain(`romsk: ${join(dir, "tabb.yaml")}:2:2: not valid YAML:`);
    expect(r.stderr).toContain("romsk: 2 files could not be read as scenarios; their scenarios did not run.\n");
    const sv = romsk(["test", join(dir, "trasig.yaml"), "--lang", "sv"]);
    expect(sv.stderr).toMatch(/trasig\.yaml:\d+:\d+: inte giltig YAML: ett tecken saknas \(ett citattecken, en parentes eller ett kolon\) \[MISSING_CHAR\]/);
  });

  it("exits 2 on a field that does not match the scenario schema, at its line and column", () => {
    const maybe = LATE_2014.replace("verdict: fail", "verdict: maybe").replace("      message:", "      mesage:");
    const file = join(files({ "kanske.yaml": maybe }), "kanske.yaml");
    const r = romsk(["test", file]);
    expect(r.code).toBe(2);
    const lines = r.stderr.split("\n");
    expect(lines[0]).toBe(`romsk: ${file}:11:16: [0].expect[0].verdict: Invalid value (got "maybe"); allowed: "pass", "fail", "warning", "not-applicable", "error". [invalid-value]`);
    expect(lines[1]).toBe(`romsk: ${file}:13:7: [0].expect[0].mesage: Unknown field "mesage": not in the schema (a typo?). [unknown-key]`);
    expect(romsk(["test", file, "--lang", "sv"]).stderr.split("\n")[0]).toBe(
      `romsk: ${file}:11:16: [0].expect[0].verdict: Ogiltigt värde (fick "maybe"); tillåtna: "pass", "fail", "warning", "not-applicable", "error". [invalid-value]`,
    );
  });

  it("exits 2 on a missing field (at its scenario), a file that is no list, and a missing file", () => {
    const dir = files({ "utan-datum.yaml": LATE_2014.replace('  asOf: "2014-05-01"\n', ""), "ingen-lista.yml": "name: En enda\n" });
    const r = romsk(["test", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`romsk: ${join(dir, "ingen-lista.yml")}:1:1: a scenario file holds a list of scenarios (each starting with "- name:"), got a single mapping [not-a-list]`);
    expect(r.stderr).toContain(`romsk: ${join(dir, "utan-datum.yaml")}:1:3: [0].asOf: Missing value: expected a string. [missing]`);
    const none = romsk(["test", join(dir, "finns-inte.yaml")]);
    expect([none.code, none.stderr]).toEqual([2, `romsk: no such file or directory: ${join(dir, "finns-inte.yaml")}\n`]);
  });

  it("exits 2 on a file of more than 1000 scenarios, as the scenario-file schema an editor uses says", () => {
    const file = join(files({ "manga.yaml": LATE_2014.repeat(1001) }), "manga.yaml");
    const r = romsk(["test", file]);
    expect([r.code, r.stdout, r.stderr.split("\n")[0]]).toEqual([2, "", `romsk: ${file}:1:1: Too long: at most 1000 items. [too-big]`]);
    expect(romsk(["test", file, "--lang", "sv"]).stderr.split("\n")[0]).toBe(`romsk: ${file}:1:1: För lång: högst 1000 element. [too-big]`);
  });

  it("refuses an alias bomb at once (exit 2) instead of expanding it", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 11 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(", ")}]`)];
    const file = join(files({ "bomb.yaml": `${lines.join("\n")}\n` }), "bomb.yaml");
    const r = romsk(["test", file]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain(`romsk: ${file}:1:1: not valid YAML: Excessive alias count indicates a resource exhaustion attack [yaml-alias]\n`);
  });

  it("reports an unknown profile id as a failed scenario", () => {
    const unknown = LATE_2014.replace("  rules:", "  profile: orebro-samrad\n  rules:");
    const r = romsk(["test", join(files({ "profil.yaml": unknown }), "profil.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The scenario cannot run: The catalog has no local profile "orebro-samrad"; known profiles: linkoping-consultation.');
  });

  it("gives every file, scenario and difference as JSON", () => {
    const dir = files({ "a.yaml": LATE_2014, "b.yaml": LATE_2014.replace("verdict: fail", "verdict: warning"), "c.txt": "not read" });
    const r = romsk(["test", dir, "--json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { file: string; scenarios: { name: string; line: number; passed: boolean; differences: { kind: string; expected: unknown; actual: unknown }[] }[] }[]; passed: number; failed: number; problems: number };
    expect(out.files.map((f) => f.file)).toEqual([join(dir, "a.yaml"), join(dir, "b.yaml")]);
    expect([out.passed, out.failed, out.problems]).toEqual([1, 1, 0]);
    expect(out.files[1]?.scenarios[0]).toMatchObject({ name: "Lägesrapporten 2014 kom en dag för sent", line: 1, passed: false, differences: [{ kind: "verdict", expected: "warning", actual: "fail" }] });
  });

  it("is in romsk --help, has its own --help, and romsk schema scenario prints the format", () => {
    expect(romsk(["--help"]).stdout).toContain("  test <file|dir>...           run scenario files (YAML): did the rules give the expected findings?\n");
    const help = romsk(["test", "--help"]);
    expect([help.code, help.stdout.split("\n")[0]]).toEqual([0, "Usage: romsk test <file|dir>... [--format text|json] [--lang sv|en]"]);
    expect(romsk(["test"]).stderr).toBe("romsk: a scenario file or directory is required (romsk test --help)\n");
    const schema = JSON.parse(romsk(["schema", "scenario"]).stdout) as { title: string; required: string[]; properties: Record<string, { description: string }> };
    expect(schema.title).toBe("Scenario");
    expect(schema.required).toEqual(["name", "asOf", "input", "expect"]);
    expect(schema.properties["asOf"]?.description).toMatch(/^Per datum \(asOf\): /);
    const file = JSON.parse(romsk(["schema", "scenario-file"]).stdout) as { title: string; type: string; minItems: number; maxItems: number; items: { required: string[] } };
    expect([file.title, file.type, file.minItems, file.maxItems, file.items.required]).toEqual(["Scenario file", "array", 1, 1000, ["name", "asOf", "input", "expect"]]);
  });
});

describe("the help's example scenario", () => {
  it("is a valid scenario that passes", () => {
    const help = romsk(["test", "--help"]).stdout;
    const block = help.split("Example of a scenario file:\n")[1]?.split("\n\n")[0] ?? "";
    const text = block.split("\n").map((line) => line.slice(2)).join("\n");
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(runScenarios(parsed.scenarios.map((s) => s.scenario))).toMatchObject({ passed: 1, failed: 0 });
  });
});
