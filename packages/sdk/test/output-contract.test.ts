/**
 * The output contract: every output the library produces, from the demo
 * data and the seeds' fixtures, validates against its schema, by the zod
 * schema in model and by the shipped JSON Schema in a fresh ajv (the file
 * written by model's build, or the generator's output before a build).
 * The obligations listings come from `client.obligations`.
 */
import { existsSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  isOutputKind,
  outputKinds,
  outputSchemas,
  toJsonSchema,
  type JsonSchemaDocument,
  type OutputKind,
} from "@romsk-inkludering/model";
import { createClient, type AnnualReport, type ComplianceInput, type Observation } from "../src/index.js";
import { ROOT } from "./support.js";

const lines = <T>(file: string): T[] =>
  readFileSync(`${ROOT}examples/data/${file}`, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);

const LST_2012 = JSON.parse(readFileSync(`${ROOT}examples/data/lansstyrelsen-stockholm-2012.json`, "utf8")) as ComplianceInput;
const GROUNDWORK = JSON.parse(readFileSync(`${ROOT}packages/model/test/fixtures/valid/compliance-input/groundwork-report.json`, "utf8")) as ComplianceInput;
const REPORTS_2017 = lines<AnnualReport>("annual-reports-2017.ndjson");
const EU_POVERTY = lines<Observation>("observations-eu-poverty.ndjson");
const EXPECTED_2017 = ["municipality-2180", "municipality-0580", "municipality-1283", "municipality-1490", "municipality-1980", "skolverket"];

const dir = `${ROOT}packages/model/schemas/`;
function shipped(kind: OutputKind): JsonSchemaDocument {
  const file = `${dir}${kind}.schema.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as JsonSchemaDocument) : toJsonSchema(kind);
}
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validators = Object.fromEntries(outputKinds.map((kind) => [kind, ajv.compile(shipped(kind))])) as Record<OutputKind, ReturnType<typeof ajv.compile>>;

/** Both verdicts on an output: zod's issues (empty when valid) and ajv's errors (empty when valid), on the JSON the output serialises to. */
function check(kind: OutputKind, output: unknown): { zod: string[]; ajv: string[] } {
  const json = JSON.parse(JSON.stringify(output)) as unknown;
  const parsed = outputSchemas[kind].safeParse(output);
  const zod = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const ok = validators[kind](json) === true;
  return { zod, ajv: ok ? [] : (validators[kind].errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`) };
}

const dated = createClient({ asOf: "2018-05-02" });

const outputs: Readonly<Record<OutputKind, readonly [string, unknown][]>> = {
  findings: [
    ["the demo's check as of 2016-01-01", createClient({ asOf: "2016-01-01" }).check(LST_2012)],
    ["the demo's check as of 2012-08-15", createClient({ asOf: "2012-08-15" }).check(LST_2012)],
    ["the demo's check as of 2026-11-23", createClient({ asOf: "2026-11-23" }).check(LST_2012)],
    ["the seed fixture's groundwork report", createClient({ asOf: "2013-01-01" }).check(GROUNDWORK)],
    ["an input that is no compliance input", createClient({ asOf: "2013-01-01" }).check({} as ComplianceInput)],
  ],
  deadlines: [
    ["the demo's listing 2012–2024 as of 2026-11-23", createClient({ asOf: "2026-11-23" }).deadlines({ from: "2012-01-01", to: "2024-12-31" })],
    ["the groundwork report as of 2012-08-15", createClient({ asOf: "2012-08-15" }).deadlines({ from: "2012-09-01", to: "2012-09-01" })],
    ["Länsstyrelsen i Stockholms län's 2013–2015 as of 2013-01-01", createClient({ asOf: "2013-01-01" }).deadlines({ from: "2013-01-01", to: "2015-12-31", actor: "lansstyrelsen-stockholm" })],
  ],
  "national-report": [
    ["the demo's 2017 report", dated.aggregate(REPORTS_2017, { year: 2017, deadline: "2018-04-15", expectedReporters: EXPECTED_2017 })],
    ["the 2017 report as of 2018-04-12 (not yet due)", createClient({ asOf: "2018-04-12" }).aggregate(REPORTS_2017, { year: 2017, deadline: "2018-04-15", expectedReporters: EXPECTED_2017 })],
    ["the 2017 report with nothing hidden", dated.aggregate(REPORTS_2017, { year: 2017, suppressionThreshold: 0 })],
    ["the EU poverty report of 2021 with the catalog's indicators", (() => {
      const client = createClient({ asOf: "2022-06-30" });
      return client.aggregate([], { year: 2021, observations: EU_POVERTY, indicators: client.catalog.indicators() });
    })()],
    ["an empty report", dated.aggregate([], { year: 2017 })],
  ],
  "progress-result": [
    ["the EU poverty gap in 2021", createClient({ asOf: "2022-06-30" }).progress("eu-poverty-gap", EU_POVERTY)],
    ["the EU poverty gap before any observation", createClient({ asOf: "2015-06-30" }).progress("eu-poverty-gap", EU_POVERTY)],
    ["a Kolada key figure without a target", createClient({ asOf: "2018-05-02" }).progress("n15428", [])],
  ],
  obligations: [
    ["Länsstyrelsen i Stockholms län's 2012–2024 as of 2026-11-23, hand-ins tracked", createClient({ asOf: "2026-11-23" }).obligations("lansstyrelsen-stockholm", { from: "2012-01-01", to: "2024-12-31", submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03" }] })],
    ["Eskilstuna's 2018 as of 2018-06-01", createClient({ asOf: "2018-06-01" }).obligations("municipality-0484", { from: "2018-01-01", to: "2018-12-31" })],
    ["Linköping's 2012–2014 as of 2014-06-01", createClient({ asOf: "2014-06-01" }).obligations("municipality-0580", { from: "2012-01-01", to: "2014-12-31" })],
    ["Västerås's national-network commitments 2014, adopted through its profile", createClient({
      asOf: "2014-06-01",
      profile: { id: "vasteras-network", name: "Västerås", actorId: "municipality-1980", networkCommitments: [{ networkId: "national-network", adoptedOn: "2013-03-01" }] },
    }).obligations("municipality-1980", { from: "2014-01-01", to: "2014-12-31" })],
  ],
};

describe("output kinds", () => {
  it("are five, apart from the payload kinds, each with a shipped JSON Schema", () => {
    expect(outputKinds).toEqual(["deadlines", "findings", "national-report", "obligations", "progress-result"]);
    expect([isOutputKind("national-report"), isOutputKind("annual-report"), isOutputKind("__proto__")]).toEqual([true, false, false]);
    for (const kind of outputKinds) expect(shipped(kind).$id).toBe(`https://unpkg.com/@romsk-inkludering/model/schemas/${kind}.schema.json`);
  });
});

describe("every output the library produces validates against its schema, by zod and by the shipped JSON Schema", () => {
  for (const kind of outputKinds) {
    for (const [name, output] of outputs[kind]) {
      it(`${kind}: ${name}`, () => {
        expect(check(kind, output)).toEqual({ zod: [], ajv: [] });
      });
    }
  }

  it("the outputs are real: the demo's findings, deadlines and report are not empty", () => {
    const [findings, deadlines, report] = [outputs.findings[0]?.[1], outputs.deadlines[0]?.[1], outputs["national-report"][0]?.[1]] as [unknown[], unknown[], { completeness: { reported: number } }];
    expect(findings.length).toBeGreaterThan(10);
    expect(deadlines.length).toBeGreaterThan(10);
    expect(report.completeness.reported).toBe(5);
  });
});

describe("the schemas reject outputs that break the contract", () => {
  const report = outputs["national-report"][0]?.[1] as { completeness: { reporters: { status: string }[] }; suppression: { policy: { protects: string } } };
  const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

  it("a status outside the one deadline-status vocabulary", () => {
    const broken = copy(report);
    const first = broken.completeness.reporters[0];
    if (first !== undefined) first.status = "missing";
    const { zod, ajv: errors } = check("national-report", broken);
    expect([zod.length > 0, errors.length > 0]).toEqual([true, true]);
  });

  it("a suppression policy that protects anything but people", () => {
    const broken = copy(report);
    broken.suppression.policy.protects = "organisations";
    const { zod, ajv: errors } = check("national-report", broken);
    expect([zod.length > 0, errors.length > 0]).toEqual([true, true]);
  });

  it("a field the contract does not name", () => {
    const deadlines = copy(outputs.deadlines[1]?.[1]) as Record<string, unknown>[];
    if (deadlines[0] !== undefined) deadlines[0]["extra"] = 1;
    const { zod, ajv: errors } = check("deadlines", deadlines);
    expect([zod.length > 0, errors.length > 0]).toEqual([true, true]);
  });

  it("an obligation with an unknown kind", () => {
    const obligations = copy(outputs.obligations[0]?.[1]) as Record<string, unknown>[];
    if (obligations[0] !== undefined) obligations[0]["kind"] = "wish";
    const { zod, ajv: errors } = check("obligations", obligations);
    expect([zod.length > 0, errors.length > 0]).toEqual([true, true]);
  });
});
