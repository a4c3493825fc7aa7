import * as z from "zod";
import { refinementNotes, refinementsOf, type RefinementCode } from "./refinements.js";
import { outputKinds, outputSchemas, type OutputKind } from "./outputs.js";
import { kinds, schemas, type Kind } from "./registry.js";

/**
 * The base URI of the shipped JSON Schemas: each file's `$id` is this base
 * plus `<kind>.schema.json`.
 *
 * @category Validation
 * @example
 * ```ts
 * import { JSON_SCHEMA_BASE_URI } from "@romsk-inkludering/model";
 * `${JSON_SCHEMA_BASE_URI}commission.schema.json`;
 * // => "https://unpkg.com/@romsk-inkludering/model/schemas/commission.schema.json"
 * ```
 */
export const JSON_SCHEMA_BASE_URI = "https://unpkg.com/@romsk-inkludering/model/schemas/";

/**
 * A JSON Schema document (draft 2020-12) as plain JSON data.
 *
 * @category Validation
 * @example
 * ```ts
 * import { toJsonSchema, type JsonSchemaDocument } from "@romsk-inkludering/model";
 * const doc: JsonSchemaDocument = toJsonSchema("area");
 * doc.$schema;
 * // => "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export interface JsonSchemaDocument {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  [keyword: string]: unknown;
}

const KIND_TEXT: Readonly<Record<Kind, { title: string; description: string }>> = {
  activity: { title: "Activity", description: "An activity (insats) of an actor: areas, kind, period, outputs and funding." },
  actor: {
    title: "Actor",
    description: "An organisation in the strategy (government, ministry, agency, county administrative board, municipality, region, Roma organisation, academia, EU body, network, other) with effective-dated names.",
  },
  "annual-report": {
    title: "Annual report",
    description: "The annual report of a municipality, agency, region or county administrative board: activities, consultations, observations, problems and proposals for a year.",
  },
  area: { title: "Area", description: "One of the six areas of the strategy for Roma inclusion 2012–2032." },
  commission: {
    title: "Commission",
    description: "A government commission (regeringsuppdrag): issuer, assignee, decisions, period and parts (deluppdrag) with consultation requirements and deliverables.",
  },
  "compliance-input": {
    title: "Compliance input",
    description: "Everything a compliance check looks at: commissions, submissions, meetings, annual reports, network participation, forum records, municipal plans and funding applications, optionally for one subject actor.",
  },
  evaluation: { title: "Evaluation", description: "An evaluation with its numbered tasks." },
  finding: {
    title: "Finding",
    description: "The result of one compliance rule for one subject: verdict, message in Swedish and English, basis and evidence.",
  },
  forum: { title: "Forum", description: "A standing forum with its organiser, composition and cadence." },
  "forum-record": { title: "Forum record", description: "The meeting dates of a forum over a period." },
  "funding-application": {
    title: "Funding application",
    description: "An application for funding with budget lines in whole SEK (whether the lines add up to the total is checked by a rule, not by this schema).",
  },
  "grant-application": {
    title: "Grant application",
    description: "An application by a municipality to a round of a state grant in the catalog (förordning 2022:259): round, amount in whole SEK, the day it came in, what it does for each criterion, and how Roma women and children are involved (the deadline and the missing criteria are checked by the rule grant.application, not by this schema).",
  },
  indicator: {
    title: "Indicator",
    description: "An indicator: area, unit, direction, population, disaggregations, source (e.g. a Kolada KPI), baseline and target.",
  },
  "local-profile": { title: "Local profile", description: "How a municipality tightens the checks (never loosens them)." },
  meeting: {
    title: "Meeting",
    description: "A meeting or consultation event: date, organiser, kind, areas, topics, parties and participant counts (never names).",
  },
  "municipal-plan": {
    title: "Municipal plan",
    description: "A municipality's plan for its work on Roma inclusion, with the working principles and target groups it addresses.",
  },
  network: { title: "Network", description: "A network with members, membership periods and commitments." },
  "network-participation": {
    title: "Network participation",
    description: "One member's participation in a network over a period: activity plan, contact person, elected representative, meetings and peer reviews (roles only, never names).",
  },
  observation: {
    title: "Observation",
    description: "One value of an indicator for a place, year and gender (T/K/M); the value may be null.",
  },
  principle: { title: "Principle", description: "A principle of the strategy or of the municipal work." },
  programme: { title: "Programme", description: "A programme (pilot, development municipalities, state grant) with municipalities, participants and components." },
  "roma-group": { title: "Roma group", description: "A Roma group named in the sources." },
  scenario: {
    title: "Scenario",
    description:
      "A test case of the compliance rules: a compliance input judged as of a date (optionally with a local profile and only some rules) and the findings that must come out (rule, subject, verdict, optionally evidence and a piece of the message). A scenario file, in YAML or JSON, is a list of scenarios; romsk test runs them.",
  },
  "scenario-file": {
    title: "Scenario file",
    description:
      "A whole scenario file, as romsk test reads it from YAML or JSON: a list of 1 to 1000 scenarios (each as in scenario.schema.json). Point an editor at this schema to check a whole file, e.g. with the line # yaml-language-server: $schema=<path or URL of this file> at the top of a YAML file.",
  },
  "target-group": { title: "Target group", description: "A target group of the strategy." },
};

const OUTPUT_TEXT: Readonly<Record<OutputKind, { title: string; description: string }>> = {
  deadlines: {
    title: "Deadlines listing",
    description: "Output: the catalog's deliverables due in a window, each with its dates (as written, amended, under lag (1930:173) 2 §, effective), days left and status as of a date (client.deadlines, romsk deadlines --format json).",
  },
  findings: { title: "Findings", description: "Output: the findings of a compliance check, a list (client.check, romsk check --format json)." },
  "national-report": {
    title: "National report",
    description: "Output: the national annual report (buildNationalReport, client.aggregate, romsk report --format json): suppression and its policy, tables of published or suppressed counts, completeness, reporting status, indicators and progress.",
  },
  obligations: {
    title: "Obligations listing",
    description: "Output: everything an actor owes in a window as of a date, each item with its basis, due date or period, status and rule (client.obligations, romsk obligations --format json).",
  },
  "progress-result": {
    title: "Progress result",
    description: "Output: where one indicator stands against its baseline and target (evaluateProgress, client.progress).",
  },
};

const NO_REFINEMENTS = "This JSON Schema checks everything the zod schema checks.";

const FORBIDDEN_KEY_NOTE =
  "A key `__proto__` is rejected here as `validate` rejects it everywhere (issue code forbidden-key; strict objects reject it as an unknown key).";

/**
 * Free-form records (objects whose `additionalProperties` is not `false`,
 * e.g. a finding's `evidence`) get `propertyNames: { not: { const:
 * "__proto__" } }`, so the JSON Schema rejects the key as `validate` does.
 * Returns how many records it changed.
 */
function forbidProtoKeys(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, child) => n + forbidProtoKeys(child), 0);
  if (typeof node !== "object" || node === null) return 0;
  const record = node as Record<string, unknown>;
  let changed = 0;
  for (const value of Object.values(record)) changed += forbidProtoKeys(value);
  if (record["type"] === "object" && record["additionalProperties"] !== false) {
    const names = typeof record["propertyNames"] === "object" && record["propertyNames"] !== null ? record["propertyNames"] : {};
    record["propertyNames"] = { ...names, not: { const: "__proto__" } };
    record["description"] = typeof record["description"] === "string" ? `${record["description"]} ${FORBIDDEN_KEY_NOTE}` : FORBIDDEN_KEY_NOTE;
    changed += 1;
  }
  return changed;
}

function isOutput(kind: Kind | OutputKind): kind is OutputKind {
  return Object.prototype.hasOwnProperty.call(outputSchemas, kind);
}

/**
 * Generates the JSON Schema (draft 2020-12, standalone, input side) of one
 * payload kind or output kind (`outputKinds`) from its zod schema, with `$id`, `title` and a `description` that
 * lists the checks the zod schema makes beyond JSON Schema.
 *
 * @category Validation
 * @param kind - a kind of `schemas`, or an output kind of `outputSchemas`
 * @returns the JSON Schema document
 * @example
 * ```ts
 * import { toJsonSchema } from "@romsk-inkludering/model";
 * const doc = toJsonSchema("commission");
 * [doc.$id, doc.type, doc.additionalProperties];
 * // => ["https://unpkg.com/@romsk-inkludering/model/schemas/commission.schema.json","object",false]
 * ```
 */
export function toJsonSchema(kind: Kind | OutputKind): JsonSchemaDocument {
  const found = new Set<RefinementCode>();
  const schema: z.ZodType = isOutput(kind) ? outputSchemas[kind] : schemas[kind];
  const generated = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    cycles: "ref",
    reused: "inline",
    // Field descriptions (`.describe()` in the schemas) live in zod's global registry.
    metadata: z.globalRegistry,
    override: (ctx) => {
      const codes = refinementsOf(ctx.zodSchema);
      for (const code of codes) found.add(code);
      if (codes.length === 0 || ctx.path.length === 0) return;
      const note = `Also checked by the zod schema, not by this JSON Schema: ${codes.map((c) => refinementNotes[c]).join("; ")}.`;
      const own = ctx.jsonSchema.description;
      ctx.jsonSchema.description = typeof own === "string" && own.length > 0 ? `${own} ${note}` : note;
    },
  }) as Record<string, unknown>;
  // The root's own note (set by `override`) is replaced by the fuller description below.
  const { $schema, description: _rootNote, ...rest } = generated;
  const records = forbidProtoKeys(rest);
  const text = isOutput(kind) ? OUTPUT_TEXT[kind] : KIND_TEXT[kind];
  const checks = [...found].sort();
  const base =
    checks.length === 0
      ? `${text.description} ${NO_REFINEMENTS}`
      : `${text.description} Checked by the zod schema of @romsk-inkludering/model but not by this JSON Schema (validate with the package, or repeat these checks): ${checks
          .map((code) => `[${code}] ${refinementNotes[code]}`)
          .join("; ")}.`;
  const description = records === 0 ? base : `${base} Free-form records reject the key \`__proto__\` (propertyNames), as validate does (forbidden-key).`;
  return {
    $schema: typeof $schema === "string" ? $schema : "https://json-schema.org/draft/2020-12/schema",
    $id: `${JSON_SCHEMA_BASE_URI}${kind}.schema.json`,
    title: text.title,
    description,
    ...rest,
  };
}

/**
 * Generates the JSON Schemas of all kinds (see {@link toJsonSchema}); the
 * package build writes them to `schemas/<kind>.schema.json`.
 *
 * @category Validation
 * @returns a record kind -> JSON Schema document, keys sorted
 * @example
 * ```ts
 * import { toJsonSchemas } from "@romsk-inkludering/model";
 * const all = toJsonSchemas();
 * Object.keys(all).length;
 * // => 25
 * all["roma-group"].title;
 * // => "Roma group"
 * ```
 */
export function toJsonSchemas(): Record<Kind, JsonSchemaDocument> {
  const out = {} as Record<Kind, JsonSchemaDocument>;
  for (const kind of kinds) out[kind] = toJsonSchema(kind);
  return out;
}

/**
 * Generates the JSON Schemas of all output kinds (see {@link toJsonSchema});
 * the package build writes them to `schemas/<kind>.schema.json` beside the
 * payload kinds' schemas.
 *
 * @category Validation
 * @returns a record output kind -> JSON Schema document, keys sorted
 * @example
 * ```ts
 * import { toOutputJsonSchemas } from "@romsk-inkludering/model";
 * const all = toOutputJsonSchemas();
 * [Object.keys(all).length, all["national-report"].$id];
 * // => [5,"https://unpkg.com/@romsk-inkludering/model/schemas/national-report.schema.json"]
 * ```
 */
export function toOutputJsonSchemas(): Record<OutputKind, JsonSchemaDocument> {
  const out = {} as Record<OutputKind, JsonSchemaDocument>;
  for (const kind of outputKinds) out[kind] = toJsonSchema(kind);
  return out;
}

/**
 * The text of a shipped JSON Schema file: two-space indented JSON with a
 * final newline.
 *
 * @category Validation
 * @param document - a document from {@link toJsonSchema}
 * @returns the file contents
 * @example
 * ```ts
 * import { serializeJsonSchema, toJsonSchema } from "@romsk-inkludering/model";
 * JSON.parse(serializeJsonSchema(toJsonSchema("area"))).title;
 * // => "Area"
 * ```
 */
export function serializeJsonSchema(document: JsonSchemaDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
