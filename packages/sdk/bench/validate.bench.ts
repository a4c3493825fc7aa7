/**
 * Validating realistic annual reports three ways, on the same payloads:
 * `client.validate` (the SDK), the raw zod schema's `safeParse`, and an
 * ajv validator compiled from the JSON Schema the model ships
 * (`@romsk-inkludering/model/schemas/annual-report.schema.json`). Prints
 * payloads per second and the ratios; asserts nothing about timing.
 *
 * The payloads: one annual report for each of 290 municipalities (the
 * catalog's codes), each with 8 activities, 4 consultations, 24 Kolada
 * observations (three KPIs, three genders, two years plus the country),
 * problems, proposals and goals; and the same reports with two mistakes
 * each (an unknown key and 31 April).
 *
 * Run: `pnpm bench sdk` (needs the model built for its JSON Schemas).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Bench } from "tinybench";
import { AnnualReportSchema, validate as modelValidate } from "@romsk-inkludering/model";
import { createClient, municipalities, type AnnualReport } from "../src/index.js";

const require = createRequire(import.meta.url);

function loadJsonSchema(): object {
  let path: string;
  try {
    path = require.resolve("@romsk-inkludering/model/schemas/annual-report.schema.json");
  } catch {
    console.error("The model's JSON Schemas are missing: run `pnpm --filter @romsk-inkludering/model build` first.");
    process.exit(1);
  }
  return JSON.parse(readFileSync(path, "utf8")) as object;
}

const AREAS = ["education", "employment", "housing", "health-social-care-safety", "culture-language", "civil-society"] as const;
const ACTIVITY_KINDS = ["bridge-building", "health-inspirers", "training", "homework-support", "mother-tongue-tuition", "culture", "information", "cooperation"] as const;
const ROMA_GROUPS = ["swedish-roma", "finnish-roma", "travellers", "non-nordic-roma", "newly-arrived-roma"] as const;
const KPIS = ["n15428", "n03926", "n00914"] as const;
const GENDERS = ["T", "K", "M"] as const;

function report(code: string, n: number): AnnualReport {
  const actorId = `municipality-${code}`;
  const year = 2017;
  return {
    id: `${actorId}-${year}`,
    year,
    actorId,
    reporterKind: "municipality",
    submittedOn: `2018-0${2 + (n % 3)}-1${n % 10}`,
    areas: AREAS.filter((_, i) => (n + i) % 3 !== 0),
    activities: ACTIVITY_KINDS.map((kind, i) => ({
      id: `${actorId}-${kind}`,
      actorId,
      areas: [AREAS[(n + i) % AREAS.length] as (typeof AREAS)[number]],
      kind,
      title: `Insats ${i + 1}: ${kind === "bridge-building" ? "brobyggare i skolan" : kind === "health-inspirers" ? "romska hälsoinspiratörer" : "verksamhet för romsk inkludering"}`,
      period: { from: `${year}-01-01`, to: `${year}-12-31` },
      outputs: [
        { metric: "people-reached", value: 10 + ((n * 7 + i * 13) % 400), ...(i % 2 === 0 ? { upTo: 500, approximate: true } : {}) },
        { metric: "sessions", value: 1 + ((n + i) % 40) },
      ],
      ...(i % 3 === 0 ? { fundingSek: 50_000 + ((n * 1000 + i) % 250_000) } : {}),
      romaGroups: [ROMA_GROUPS[(n + i) % ROMA_GROUPS.length] as (typeof ROMA_GROUPS)[number]],
    })),
    consultations: [0, 1, 2, 3].map((i) => ({
      id: `${actorId}-samrad-${i + 1}`,
      date: `${year}-${String(2 + i * 3).padStart(2, "0")}-15`,
      organiserId: actorId,
      kind: "consultation" as const,
      areas: [AREAS[(n + i) % AREAS.length] as (typeof AREAS)[number]],
      topics: ["Handlingsplan för romsk inkludering", "Samråd med unga"],
      parties: [{ kind: "role" as const, role: "roma-representatives" as const }],
      participants: [
        ...ROMA_GROUPS.slice(0, 3).map((romaGroup) => ({ role: "roma-representative" as const, count: 2, romaGroup })),
        { role: "official" as const, count: 3 },
        { role: "roma-representative" as const, count: 1, youth: true },
      ],
      youthInfluence: { methods: ["Ungdomsråd"] },
      withElectedRepresentatives: i % 2 === 0,
    })),
    observations: KPIS.flatMap((indicatorId, k) =>
      [year - 1, year].flatMap((y) => [
        ...GENDERS.map((gender, g) => ({
          indicatorId,
          place: { level: "municipality" as const, code },
          year: y,
          gender,
          value: n % 11 === 0 && g === 2 ? null : 40 + ((n * 3 + k * 7 + g) % 50) + 0.5,
        })),
        { indicatorId, place: { level: "country" as const }, year: y, gender: "T" as const, value: 60 + k },
      ]),
    ),
    problems: [{ areaId: "education", text: "Att nå ut till samtliga romska grupper." }],
    proposals: [{ areaId: "employment", text: "Ett långsiktigt statsbidrag för kommunernas arbete." }],
    goalsAndGuidelines: { adopted: n % 2 === 0, ...(n % 2 === 0 ? { adoptedOn: "2019-06-12" } : {}) },
    principlesAddressed: ["roma-participation", "human-rights"],
    targetGroupsAddressed: ["women", "children-and-young-people"],
  };
}

const valid = municipalities().map((m, n) => report(m.municipalityCode ?? "0000", n));
const invalid = valid.map((r) => ({ ...r, submitedOn: r.submittedOn, activities: r.activities.map((a, i) => (i === 0 ? { ...a, period: { from: "2017-04-31", to: "2017-12-31" } } : a)) }));
const bytes = valid.reduce((sum, r) => sum + JSON.stringify(r).length, 0);

const client = createClient();
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const ajvValidate = ajv.compile(loadJsonSchema());

// The three must agree before they are timed.
for (const [name, payloads, expected] of [["valid", valid, true], ["invalid", invalid, false]] as const) {
  const outcomes = payloads.map((p) => [client.validate("annual-report", p).success, AnnualReportSchema.safeParse(p).success, ajvValidate(p)]);
  const disagree = outcomes.filter((o) => o.some((x) => x !== expected)).length;
  if (disagree > 0) {
    console.error(`${disagree} of ${payloads.length} ${name} payloads are not ${expected ? "accepted" : "rejected"} by all three validators`);
    process.exit(1);
  }
}
const sampleIssues = client.validate("annual-report", invalid[0]);
console.log(
  `${valid.length} annual reports (${(bytes / valid.length / 1024).toFixed(1)} KiB of JSON each); all three validators agree; issues of an invalid one:`,
  sampleIssues.success ? [] : sampleIssues.issues.map((i) => `${i.path.join(".")} ${i.code}`),
);

let sink = 0;
const tasks: [string, () => void][] = [
  ["zod safeParse (valid)", () => {
    for (const p of valid) sink += AnnualReportSchema.safeParse(p).success ? 1 : 0;
  }],
  ["model validate (valid)", () => {
    for (const p of valid) sink += modelValidate("annual-report", p).success ? 1 : 0;
  }],
  ["client.validate (valid)", () => {
    for (const p of valid) sink += client.validate("annual-report", p).success ? 1 : 0;
  }],
  ["ajv from JSON Schema (valid)", () => {
    for (const p of valid) sink += ajvValidate(p) ? 1 : 0;
  }],
  ["zod safeParse (invalid)", () => {
    for (const p of invalid) sink += AnnualReportSchema.safeParse(p).success ? 1 : 0;
  }],
  ["client.validate (invalid)", () => {
    for (const p of invalid) sink += client.validate("annual-report", p).success ? 1 : 0;
  }],
  ["ajv from JSON Schema (invalid)", () => {
    for (const p of invalid) sink += ajvValidate(p) ? 1 : 0;
  }],
];

// Several short rounds, each in another task order, and the median of each
// task: a shared machine's load then falls on every task alike.
const ROUNDS = 7;
const samples = new Map<string, number[]>(tasks.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  const bench = new Bench({ time: 300, warmup: true });
  for (let i = 0; i < tasks.length; i += 1) {
    const [name, fn] = tasks[(i + round) % tasks.length] as [string, () => void];
    bench.add(name, fn);
  }
  await bench.run();
  for (const t of bench.tasks) {
    const result = t.result;
    const hz = result !== undefined && "throughput" in result ? result.throughput.mean : Number.NaN;
    samples.get(t.name)?.push(hz * valid.length);
  }
}
const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const perSecond = (name: string): number => median(samples.get(name) ?? []);
const rows = tasks.map(([name]) => {
  const xs = samples.get(name) ?? [];
  return {
    task: name,
    "payloads/s (median)": Math.round(perSecond(name)).toLocaleString("en-US"),
    "min–max": `${Math.round(Math.min(...xs)).toLocaleString("en-US")}–${Math.round(Math.max(...xs)).toLocaleString("en-US")}`,
  };
});
console.log(`medians of ${ROUNDS} rounds of 300 ms per task:`);
console.table(rows);

const pct = (a: number, b: number): string => `${((a / b - 1) * 100).toFixed(1)}%`;
for (const kind of ["valid", "invalid"] as const) {
  const zod = perSecond(`zod safeParse (${kind})`);
  const sdk = perSecond(`client.validate (${kind})`);
  const ajvRate = perSecond(`ajv from JSON Schema (${kind})`);
  console.log(`${kind} payloads:`);
  console.log(`  SDK overhead over raw zod: ${pct(zod, sdk)} (time per payload; target < 10%)`);
  if (kind === "valid") {
    const model = perSecond("model validate (valid)");
    console.log(`    of which the SDK layer (client.validate over the model's validate): ${pct(model, sdk)}`);
    console.log(`    and the model's validate over zod (plain-data copy, issue translation): ${pct(zod, model)}`);
  }
  console.log(`  gap to ajv: ajv validates ${(ajvRate / sdk).toFixed(2)}x as many payloads/s as client.validate, ${(ajvRate / zod).toFixed(2)}x as many as raw zod`);
}
if (sink === -1) console.log(sink);
