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

/** Validates one field with a model schema, prefixing the issue paths. */
function field(out: CatalogIssue[], entry: Entry, path: Path, schema: Parameters<typeof validateWith>[0], value: unknown): void {
  const result = validateWith(schema, value);
  if (!result.success) {
    for (const i of result.issues) out.push({ entry, path: [...path, ...i.path], code: i.code, message: i.message });
  }
}

const NameSchema = effectiveDated(IdSchema);
const GrantorSchema = effectiveDated(IdSchema, { decided: DecidedSchema.optional().describe("Beslutad (decided): the day the grantor role was decided or became known.") });

/** Schema checks of the entries the model has no kind for (strategy, counties, network partners, statutory duties, grant schemes). */
function checkOwnShapes(data: Catalog, out: CatalogIssue[]): void {
  const s = data.strategy;
  const entry: Entry = { kind: "strategy", id: String(s.id) };
  field(out, entry, ["id"], IdSchema, s.id);
  field(out, entry, ["title"], BilingualSchema, s.title);
  field(out, entry, ["decidedOn"], IsoDateSchema, s.decidedOn);
  field(out, entry, ["decidedById"], IdSchema, s.decidedById);
  field(out, entry, ["period"], PeriodSchema, s.period);
  s.responsibleMinistry.forEach((m, i) => field(out, entry, ["responsibleMinistry", i], NameSchema, m));
  s.followUpAuthority.forEach((m, i) => field(out, entry, ["followUpAuthority", i], NameSchema, m));
  field(out, entry, ["parliament", "outcome"], BilingualSchema, s.parliament.outcome);
  field(out, entry, ["overallGoal"], BilingualSchema, s.overallGoal);
  field(out, entry, ["approach"], BilingualSchema, s.approach);
  s.funding.forEach((f, i) => {
    field(out, entry, ["funding", i, "period"], PeriodSchema, f.period);
    field(out, entry, ["funding", i, "amountSek"], AmountSekSchema, f.amountSek);
    field(out, entry, ["funding", i, "sources"], SourcesSchema, f.sources);
  });
  field(out, entry, ["sources"], SourcesSchema, s.sources);
  for (const county of data.counties) {
    const e: Entry = { kind: "county", id: String(county.code) };
    field(out, e, ["code"], CountyCodeSchema, county.code);
    if (typeof county.name !== "string" || county.name.trim() === "") {
      out.push(issue(e, ["name"], "empty-name", "Länet saknar namn.", "The county has no name."));
    }
    field(out, e, ["sources"], SourcesSchema, county.sources);
  }
  for (const partner of data.networkPartners) {
    const e: Entry = { kind: "network-partner", id: `${partner.networkId}/${partner.actorId}` };
    field(out, e, ["networkId"], IdSchema, partner.networkId);
    field(out, e, ["actorId"], IdSchema, partner.actorId);
    field(out, e, ["role"], BilingualSchema, partner.role);
    field(out, e, ["sources"], SourcesSchema, partner.sources);
  }
  for (const duty of data.statutoryDuties) {
    const e: Entry = { kind: "statutory-duty", id: String(duty.id) };
    field(out, e, ["id"], IdSchema, duty.id);
    field(out, e, ["sfs"], SfsNumberSchema, duty.sfs);
    field(out, e, ["introducedBy"], SfsNumberSchema, duty.introducedBy);
    field(out, e, ["title"], BilingualSchema, duty.title);
    field(out, e, ["summary"], BilingualSchema, duty.summary);
    duty.actorKinds.forEach((kind, i) => field(out, e, ["actorKinds", i], ActorKindSchema, kind));
    if (duty.actorNote !== undefined) field(out, e, ["actorNote"], BilingualSchema, duty.actorNote);
    if (duty.notApplicableReason !== undefined) field(out, e, ["notApplicableReason"], BilingualSchema, duty.notApplicableReason);
    if (!duty.appliesToRoma && duty.notApplicableReason === undefined) {
      out.push(issue(e, ["notApplicableReason"], "missing-reason", "En skyldighet som inte gäller romer måste säga varför.", "A duty that does not apply to Roma must say why."));
    }
    field(out, e, ["validFrom"], IsoDateSchema, duty.validFrom);
    if (duty.validTo !== undefined) field(out, e, ["validTo"], IsoDateSchema, duty.validTo);
    field(out, e, ["sources"], SourcesSchema, duty.sources);
  }
  for (const scheme of data.grantSchemes) {
    const e: Entry = { kind: "grant-scheme", id: String(scheme.id) };
    field(out, e, ["id"], IdSchema, scheme.id);
    field(out, e, ["title"], BilingualSchema, scheme.title);
    field(out, e, ["sfs"], SfsNumberSchema, scheme.sfs);
    field(out, e, ["decided"], DecidedSchema, scheme.decided);
    field(out, e, ["sources"], SourcesSchema, scheme.sources);
    scheme.grantor.forEach((g, i) => field(out, e, ["grantor", i], GrantorSchema, g));
    scheme.criteria.forEach((c, i) => {
      field(out, e, ["criteria", i, "id"], IdSchema, c.id);
      field(out, e, ["criteria", i, "title"], BilingualSchema, c.title);
      field(out, e, ["criteria", i, "sources"], SourcesSchema, c.sources);
    });
    scheme.rounds.forEach((r, i) => {
      field(out, e, ["rounds", i, "id"], IdSchema, r.id);
      field(out, e, ["rounds", i, "deadline"], IsoDateSchema, r.deadline);
      field(out, e, ["rounds", i, "decided"], DecidedSchema, r.decided);
      field(out, e, ["rounds", i, "sources"], SourcesSchema, r.sources);
    });
  }
  for (const note of data.notes) {
    const e: Entry = { kind: "note", id: String(note.id) };
    field(out, e, ["id"], IdSchema, note.id);
    field(out, e, ["text"], BilingualSchema, note.text);
    field(out, e, ["decided"], DecidedSchema, note.decided);
    field(out, e, ["sources"], SourcesSchema, note.sources);
    if (note.period !== undefined) field(out, e, ["period"], PeriodSchema, note.period);
    if (note.date !== undefined) field(out, e, ["date"], IsoDateSchema, note.date);
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
