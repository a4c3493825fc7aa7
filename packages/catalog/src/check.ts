import {
  ActorKindSchema,
  AmountSekSchema,
  BilingualSchema,
  CountyCodeSchema,
  DecidedSchema,
  effectiveDated,
  IdSchema,
  IsoDateSchema,
  PeriodSchema,
  SfsNumberSchema,
  SourcesSchema,
  validate,
  validateWith,
} from "@romsk-inkludering/model";
import type { Kind, PartyRef } from "@romsk-inkludering/model";
import { catalogEntries } from "./accessors/citations.js";
import type { Catalog, CatalogCheckResult, CatalogEntryKind, CatalogIssue } from "./types.js";

type Entry = CatalogIssue["entry"];
type Path = CatalogIssue["path"];

/** The model kind that validates each entry kind, where there is one. */
const MODEL_KIND: Partial<Record<CatalogEntryKind, Kind>> = {
  area: "area",
  principle: "principle",
  "roma-group": "roma-group",
  "target-group": "target-group",
  actor: "actor",
  commission: "commission",
  programme: "programme",
  forum: "forum",
  evaluation: "evaluation",
  network: "network",
  "funding-application": "funding-application",
  "local-profile": "local-profile",
  indicator: "indicator",
};

function issue(entry: Entry, path: Path, code: string, sv: string, en: string): CatalogIssue {
  return { entry, path, code, message: { sv, en } };
}

type Schema = Parameters<typeof validateWith>[0];

/** Validates one field with a model schema, prefixing the issue paths. */
function field(out: CatalogIssue[], entry: Entry, path: Path, schema: Schema, value: unknown): void {
  const result = validateWith(schema, value);
  if (!result.success) {
    for (const i of result.issues) out.push({ entry, path: [...path, ...i.path], code: i.code, message: i.message });
  }
}

/**
 * The fields of an entry kind the model has no schema for, in the order
 * they are checked: each key (or path) with the model schema that checks
 * it, or with the table of a list's elements; `"optional"` when the field
 * may be absent, `"each"` when it is a list checked element by element.
 */
type Fields = readonly (readonly [key: string | readonly string[], check: Schema | Fields, how?: "optional" | "each"])[];

/** Checks the fields of one value by its table, under `prefix`. */
function fields(out: CatalogIssue[], entry: Entry, value: object, table: Fields, prefix: Path = []): void {
  for (const [key, check, how] of table) {
    const path = typeof key === "string" ? [key] : key;
    let v: unknown = value;
    for (const k of path) v = (v as Readonly<Record<string, unknown>> | undefined)?.[k];
    if (how === "optional" && v === undefined) continue;
    const at = [...prefix, ...path];
    const list = Array.isArray(check) || how === "each";
    if (list && !Array.isArray(v)) out.push(notAList(entry, at, v));
    else if (Array.isArray(check)) (v as readonly unknown[]).forEach((x, i) => (typeof x === "object" && x !== null ? fields(out, entry, x, check, [...at, i]) : out.push(notAnObject(entry, [...at, i]))));
    else if (how === "each") (v as readonly unknown[]).forEach((x, i) => field(out, entry, [...at, i], check as Schema, x));
    else field(out, entry, at, check as Schema, v);
  }
}

/** A list field that is missing or not a list, said as the model says it. */
function notAList(entry: Entry, path: Path, v: unknown): CatalogIssue {
  return v === undefined
    ? issue(entry, path, "missing", "Värde saknas: väntade en lista.", "Missing value: expected an array.")
    : issue(entry, path, "invalid-type", "Fel typ: väntade en lista.", "Wrong type: expected an array.");
}

/** A list element that should be an object and is not. */
function notAnObject(entry: Entry, path: Path): CatalogIssue {
  return issue(entry, path, "invalid-type", "Fel typ: väntade ett objekt.", "Wrong type: expected an object.");
}

const NameSchema = effectiveDated(IdSchema);
const GrantorSchema = effectiveDated(IdSchema, { decided: DecidedSchema.optional().describe("Beslutad (decided): the day the grantor role was decided or became known.") });

const STRATEGY: Fields = [
  ["id", IdSchema],
  ["title", BilingualSchema],
  ["decidedOn", IsoDateSchema],
  ["decidedById", IdSchema],
  ["period", PeriodSchema],
  ["responsibleMinistry", NameSchema, "each"],
  ["followUpAuthority", NameSchema, "each"],
  [["parliament", "outcome"], BilingualSchema],
  ["overallGoal", BilingualSchema],
  ["approach", BilingualSchema],
  [
    "funding",
    [
      ["period", PeriodSchema],
      ["amountSek", AmountSekSchema],
      ["sources", SourcesSchema],
    ],
  ],
  ["sources", SourcesSchema],
];
const NETWORK_PARTNER: Fields = [
  ["networkId", IdSchema],
  ["actorId", IdSchema],
  ["role", BilingualSchema],
  ["sources", SourcesSchema],
];
const STATUTORY_DUTY: Fields = [
  ["id", IdSchema],
  ["sfs", SfsNumberSchema],
  ["introducedBy", SfsNumberSchema],
  ["title", BilingualSchema],
  ["summary", BilingualSchema],
  ["actorKinds", ActorKindSchema, "each"],
  ["actorNote", BilingualSchema, "optional"],
  ["notApplicableReason", BilingualSchema, "optional"],
  ["validFrom", IsoDateSchema],
  ["validTo", IsoDateSchema, "optional"],
  ["sources", SourcesSchema],
];
const GRANT_SCHEME: Fields = [
  ["id", IdSchema],
  ["title", BilingualSchema],
  ["sfs", SfsNumberSchema],
  ["decided", DecidedSchema],
  ["sources", SourcesSchema],
  ["grantor", GrantorSchema, "each"],
  [
    "criteria",
    [
      ["id", IdSchema],
      ["title", BilingualSchema],
      ["sources", SourcesSchema],
    ],
  ],
  [
    "rounds",
    [
      ["id", IdSchema],
      ["deadline", IsoDateSchema],
      ["decided", DecidedSchema],
      ["sources", SourcesSchema],
    ],
  ],
];
const NOTE: Fields = [
  ["id", IdSchema],
  ["text", BilingualSchema],
  ["decided", DecidedSchema],
  ["sources", SourcesSchema],
  ["period", PeriodSchema, "optional"],
  ["date", IsoDateSchema, "optional"],
];

/** Schema checks of the entries the model has no kind for (strategy, counties, network partners, statutory duties, grant schemes, notes). */
function checkOwnShapes(data: Catalog, out: CatalogIssue[]): void {
  const s = data.strategy;
  const entry: Entry = { kind: "strategy", id: String(s.id) };
  fields(out, entry, s, STRATEGY);
  for (const county of data.counties) {
    const e: Entry = { kind: "county", id: String(county.code) };
    field(out, e, ["code"], CountyCodeSchema, county.code);
    if (typeof county.name !== "string" || county.name.trim() === "") {
      out.push(issue(e, ["name"], "empty-name", "Länet saknar namn.", "The county has no name."));
    }
    field(out, e, ["sources"], SourcesSchema, county.sources);
  }
  for (const partner of data.networkPartners) fields(out, { kind: "network-partner", id: `${partner.networkId}/${partner.actorId}` }, partner, NETWORK_PARTNER);
  for (const duty of data.statutoryDuties) {
    const e: Entry = { kind: "statutory-duty", id: String(duty.id) };
    fields(out, e, duty, STATUTORY_DUTY);
    if (!duty.appliesToRoma && duty.notApplicableReason === undefined) {
      out.push(issue(e, ["notApplicableReason"], "missing-reason", "En skyldighet som inte gäller romer måste säga varför.", "A duty that does not apply to Roma must say why."));
    }
  }
  for (const scheme of data.grantSchemes) fields(out, { kind: "grant-scheme", id: String(scheme.id) }, scheme, GRANT_SCHEME);
  for (const note of data.notes) {
    const e: Entry = { kind: "note", id: String(note.id) };
    fields(out, e, note, NOTE);
    const needs = ({ proposal: "byId", count: "count", plan: "period", "planned-meeting": "date", observation: undefined } as const)[note.kind];
    if (needs !== undefined && note[needs] === undefined) {
      out.push(issue(e, [needs], "missing-detail", `En anteckning av typen ${note.kind} saknar ${needs}.`, `A note of kind ${note.kind} has no ${needs}.`));
    }
  }
}

/** Reference checks: every id an entry names must resolve. */
function checkReferences(data: Catalog, out: CatalogIssue[]): void {
  const actorIds = new Set(data.actors.map((a) => a.id));
  const programmeIds = new Set(data.programmes.map((p) => p.id));
  const networkIds = new Set(data.networks.map((n) => n.id));
  const commissionIds = new Set(data.commissions.map((c) => c.id));
  const countyCodes = new Set(data.counties.map((c) => c.code));
  const areaIds = new Set<string>(data.areas.map((a) => a.id));
  const ref = (entry: Entry, path: Path, target: "actor" | "programme" | "network" | "commission" | "area", id: string | undefined) => {
    if (id === undefined) return;
    const known = { actor: actorIds, programme: programmeIds, network: networkIds, commission: commissionIds, area: areaIds }[target];
    if (!known.has(id)) {
      const sv = { actor: "Okänd aktör", programme: "Okänt program", network: "Okänt nätverk", commission: "Okänt uppdrag", area: "Okänt område" }[target];
      out.push(issue(entry, path, "unknown-reference", `${sv}: ${id}.`, `Unknown ${target}: ${id}.`));
    }
  };
  const party = (entry: Entry, path: Path, p: PartyRef) => {
    if (p.kind === "actor") ref(entry, [...path, "actorId"], "actor", p.actorId);
    if (p.kind === "programme-municipalities") ref(entry, [...path, "programmeId"], "programme", p.programmeId);
  };

  const s = data.strategy;
  ref({ kind: "strategy", id: s.id }, ["decidedById"], "actor", s.decidedById);
  s.responsibleMinistry.forEach((m, i) => ref({ kind: "strategy", id: s.id }, ["responsibleMinistry", i, "value"], "actor", m.value));
  s.followUpAuthority.forEach((m, i) => ref({ kind: "strategy", id: s.id }, ["followUpAuthority", i, "value"], "actor", m.value));

  const dutyIds = new Set(data.statutoryDuties.map((d) => d.id));
  for (const duty of data.statutoryDuties) {
    if (duty.amends !== undefined && !dutyIds.has(duty.amends)) {
      out.push(issue({ kind: "statutory-duty", id: duty.id }, ["amends"], "unknown-reference", `Okänd skyldighet: ${duty.amends}.`, `Unknown duty: ${duty.amends}.`));
    }
  }
  for (const a of data.actors) {
    const e: Entry = { kind: "actor", id: a.id };
    ref(e, ["parentId"], "actor", a.parentId);
    ref(e, ["successorId"], "actor", a.successorId);
    if (a.countyCode !== undefined && !countyCodes.has(a.countyCode)) {
      out.push(issue(e, ["countyCode"], "county-mismatch", `Okänt län: ${a.countyCode}.`, `Unknown county: ${a.countyCode}.`));
    }
    if (a.kind === "municipality" && a.municipalityCode !== undefined && a.countyCode !== undefined && !a.municipalityCode.startsWith(a.countyCode)) {
      out.push(
        issue(
          e,
          ["countyCode"],
          "county-mismatch",
          `Kommunkoden ${a.municipalityCode} hör inte till län ${a.countyCode}.`,
          `The municipality code ${a.municipalityCode} is not in county ${a.countyCode}.`,
        ),
      );
    }
  }
  for (const c of data.commissions) {
    const e: Entry = { kind: "commission", id: c.id };
    ref(e, ["issuerId"], "actor", c.issuerId);
    ref(e, ["assigneeId"], "actor", c.assigneeId);
    c.parts.forEach((part, i) => {
      part.consultations.forEach((req, j) =>
        req.parties.forEach((p, k) => party(e, ["parts", i, "consultations", j, "parties", k], p)),
      );
      part.deliverables.forEach((d, j) => ref(e, ["parts", i, "deliverables", j, "recipientId"], "actor", d.recipientId));
    });
  }
  for (const p of data.programmes) {
    const e: Entry = { kind: "programme", id: p.id };
    ref(e, ["coordinatorId"], "actor", p.coordinatorId);
    p.municipalities.forEach((m, i) => ref(e, ["municipalities", i, "actorId"], "actor", m.actorId));
    p.participants.forEach((m, i) => ref(e, ["participants", i, "actorId"], "actor", m.actorId));
    p.components.forEach((m, i) => ref(e, ["components", i, "actorId"], "actor", m.actorId));
  }
  for (const f of data.forums) {
    const e: Entry = { kind: "forum", id: f.id };
    ref(e, ["organiserId"], "actor", f.organiserId);
    ref(e, ["programmeId"], "programme", f.programmeId);
  }
  for (const v of data.evaluations) {
    const e: Entry = { kind: "evaluation", id: v.id };
    ref(e, ["evaluatorId"], "actor", v.evaluatorId);
    ref(e, ["commissionedById"], "actor", v.commissionedById);
    if (v.subject.kind === "programme") ref(e, ["subject", "id"], "programme", v.subject.id);
    if (v.subject.kind === "commission") ref(e, ["subject", "id"], "commission", v.subject.id);
  }
  for (const n of data.networks) {
    const e: Entry = { kind: "network", id: n.id };
    ref(e, ["coordinatorId"], "actor", n.coordinatorId);
    n.members.forEach((m, i) => ref(e, ["members", i, "actorId"], "actor", m.actorId));
  }
  for (const p of data.networkPartners) {
    const e: Entry = { kind: "network-partner", id: `${p.networkId}/${p.actorId}` };
    ref(e, ["networkId"], "network", p.networkId);
    ref(e, ["actorId"], "actor", p.actorId);
  }
  for (const f of data.fundingApplications) {
    const e: Entry = { kind: "funding-application", id: f.id };
    ref(e, ["applicantId"], "actor", f.applicantId);
    ref(e, ["grantorId"], "actor", f.grantorId);
  }
  for (const g of data.grantSchemes) g.grantor.forEach((x, i) => ref({ kind: "grant-scheme", id: g.id }, ["grantor", i, "value"], "actor", x.value));
  for (const n of data.notes) {
    const e: Entry = { kind: "note", id: n.id };
    ref(e, ["subject", "id"], n.subject.kind, n.subject.id);
    ref(e, ["byId"], "actor", n.byId);
  }
  for (const p of data.localProfiles) ref({ kind: "local-profile", id: p.id }, ["actorId"], "actor", p.actorId);
  for (const i of data.indicators) {
    const e: Entry = { kind: "indicator", id: i.id };
    ref(e, ["areaId"], "area", i.areaId);
    if (i.source.kind === "local") ref(e, ["source", "actorId"], "actor", i.source.actorId);
  }
}

/** Duplicate ids within a collection, and deliverable ids across all commissions. */
function checkDuplicates(data: Catalog, out: CatalogIssue[]): void {
  const seen = new Map<string, Set<string>>();
  for (const { kind, id } of catalogEntries(data)) {
    const ids = seen.get(kind) ?? new Set<string>();
    if (ids.has(id)) {
      out.push(issue({ kind, id }, [], "duplicate-id", `Id:t ${id} används mer än en gång.`, `The id ${id} is used more than once.`));
    }
    ids.add(id);
    seen.set(kind, ids);
  }
  const deliverables = new Set<string>();
  for (const c of data.commissions) {
    c.parts.forEach((part, i) =>
      part.deliverables.forEach((d, j) => {
        if (deliverables.has(d.id)) {
          out.push(
            issue(
              { kind: "commission", id: c.id },
              ["parts", i, "deliverables", j, "id"],
              "duplicate-id",
              `Redovisningen ${d.id} finns i mer än ett uppdrag; redovisningar identifieras med sitt id.`,
              `The deliverable ${d.id} appears in more than one commission; deliverables are identified by their id.`,
            ),
          );
        }
        deliverables.add(d.id);
      }),
    );
  }
}

/**
 * Checks a catalog: every entry against its schema in
 * `@romsk-inkludering/model` (field by field for the strategy, counties and
 * network partners), at least one source on every entry, every referenced
 * id (actors, programmes, networks, commissions, counties, an indicator's
 * area and a local indicator's actor) resolvable, and
 * no duplicate ids (deliverable ids are unique across commissions). Never
 * throws for a value of type {@link Catalog}; returns the issues with the
 * entry and path of each.
 *
 * @category Validation
 * @param data - the catalog to check
 * @returns `{ success: true }` or `{ success: false, issues }`
 * @example
 * ```ts
 * import { catalog, checkCatalog, extendCatalog } from "@romsk-inkludering/catalog";
 * checkCatalog(catalog).success;
 * // => true
 * const broken = extendCatalog(catalog, {
 *   fundingApplications: [{ id: "x", applicantId: "nobody", grantorId: "lansstyrelsen-stockholm", title: "Ansökan", totalSek: 1, budgetLines: [], sources: [{ kind: "facts", section: "Law" }] }],
 * });
 * const result = checkCatalog(broken);
 * result.success ? [] : result.issues.map((i) => [i.code, i.message.en]);
 * // => [["unknown-reference","Unknown actor: nobody."]]
 * ```
 */
export function checkCatalog(data: Catalog): CatalogCheckResult {
  const out: CatalogIssue[] = [];
  for (const { kind, id, value } of catalogEntries(data)) {
    const modelKind = MODEL_KIND[kind];
    if (modelKind === undefined) continue;
    const result = validate(modelKind, value);
    if (!result.success) {
      for (const i of result.issues) out.push({ entry: { kind, id: String(id) }, path: i.path, code: i.code, message: i.message });
    }
    const sources = (value as { sources?: unknown }).sources;
    const optional = kind === "funding-application" || kind === "local-profile";
    if (optional && (!Array.isArray(sources) || sources.length === 0)) {
      out.push(
        issue(
          { kind, id: String(id) },
          ["sources"],
          "missing-source",
          "Posten saknar källa; varje post i katalogen ska ha minst en.",
          "The entry has no source; every catalog entry needs at least one.",
        ),
      );
    }
  }
  checkOwnShapes(data, out);
  checkReferences(data, out);
  checkDuplicates(data, out);
  return out.length === 0 ? { success: true } : { success: false, issues: out };
}
