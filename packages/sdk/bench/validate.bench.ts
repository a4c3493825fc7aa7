/**
 * Validating realistic annual reports three ways, on the same payloads:
 * `client.validate` (the SDK), the raw zod schema's `safeParse`, and an
 * ajv validator compiled from the JSON Schema the model ships
 * (`@romsk-inkludering/model/schemas/annual-report.schema.json`). Compares
 * CPU time per payload (see below).
 *
 * The payloads: one annual report for each of 290 municipalities (the
 * catalog's codes), each with 8 activities, 4 consultations, 24 Kolada
 * observations (three KPIs, three genders, two years plus the country),
 * problems, proposals and goals; and the same reports with two mistakes
 * each (an unknown key and 31 April). The SDK against raw zod are rows with
 * targets (≤ 1.10× valid, ≤ 1.25× invalid); ajv is printed for reference.
 *
 * Run: `pnpm bench sdk` (needs the model built for its JSON Schemas).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { compare, cpuPerCall } from "../../../scripts/bench/kit.js";
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
// CPU time in interleaved rounds (scripts/bench/kit.ts): the median ratio,
// its spread and the target, PASS or MISS. The raw zod side of the invalid
// row reads `error.issues` (zod builds its error only when asked), which a
// caller needs to say what is wrong.
compare({
  group: "sdk",
  row: `client.validate ÷ zod safeParse, ${valid.length} valid annual reports`,
  subject: () => {
    for (const p of valid) sink += client.validate("annual-report", p).success ? 1 : 0;
  },
  baseline: () => {
    for (const p of valid) sink += AnnualReportSchema.safeParse(p).success ? 1 : 0;
  },
  target: 1.1,
});
compare({
  group: "sdk",
  row: `client.validate ÷ zod safeParse, ${invalid.length} invalid annual reports`,
  subject: () => {
    for (const p of invalid) {
      const r = client.validate("annual-report", p);
      sink += r.success ? 0 : r.issues.length;
    }
  },
  baseline: () => {
    for (const p of invalid) {
      const r = AnnualReportSchema.safeParse(p);
      sink += r.success ? 0 : r.error.issues.length;
    }
  },
  target: 1.25,
});
const perCall = (fn: () => void): number => cpuPerCall(fn, 300);
const ajvValid = perCall(() => {
  for (const p of valid) sink += ajvValidate(p) ? 1 : 0;
});
const sdkValid = perCall(() => {
  for (const p of valid) sink += client.validate("annual-report", p).success ? 1 : 0;
});
const modelValid = perCall(() => {
  for (const p of valid) sink += modelValidate("annual-report", p).success ? 1 : 0;
});
console.log(
  `for reference (one round each, CPU): ajv from the JSON Schema validates ${(sdkValid / ajvValid).toFixed(2)}× as many valid reports per second as client.validate; ` +
    `client.validate ÷ the model's validate: ${(sdkValid / modelValid).toFixed(2)}×`,
);
if (sink === -1) console.log(sink);
