import type {
  Actor,
  ActorKind,
  Area,
  Commission,
  DueRule,
  Evaluation,
  Forum,
  FundingApplication,
  Indicator,
  LocalProfile,
  Network,
  Principle,
  Programme,
  RomaGroup,
  Source,
  TargetGroup,
} from "@romsk-inkludering/model";
import { valueAsOf } from "@romsk-inkludering/model";
import { isoDate, requireIsoDate, within } from "./dates.js";
import { deepFreeze } from "./freeze.js";
import type {
  ActorAsOf,
  Catalog,
  CatalogEntryKind,
  Citation,
  CommissionRole,
  County,
  DeliverableOccurrence,
  Lang,
  NetworkPartner,
  Strategy,
} from "./types.js";

/**
 * Accessors bound to one catalog: every query of the package, answering
 * from the catalog given to {@link createCatalog}. Unknown ids give
 * `undefined`; a malformed date throws a `RangeError` naming it.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { catalog, createCatalog, type CatalogAccessors } from "@romsk-inkludering/catalog";
 * const accessors: CatalogAccessors = createCatalog(catalog);
 * accessors.actorName("folkhalsomyndigheten", { asOf: "2012-06-01" });
 * // => "Statens folkhälsoinstitut"
 * ```
 */
export interface CatalogAccessors {
  /** The catalog the accessors answer from. */
  readonly data: Catalog;
  /** The strategy. */
  strategy(): Strategy;
  /** The ministry responsible for the strategy on `asOf`, with its name then. */
  responsibleMinistry(options: { asOf: string }): ActorAsOf | undefined;
  /** The follow-up authority on `asOf` (the recipient of the actors' yearly reports), with its name then. */
  followUpAuthority(options: { asOf: string }): ActorAsOf | undefined;
  /** The six areas. */
  areas(): readonly Area[];
  /** An area by id. */
  getArea(id: string): Area | undefined;
  /** Principles, optionally of one scope. */
  principles(options?: { scope?: Principle["scope"] }): readonly Principle[];
  /** A principle by id. */
  getPrinciple(id: string): Principle | undefined;
  /** The five Roma groups. */
  romaGroups(): readonly RomaGroup[];
  /** A Roma group by id. */
  getRomaGroup(id: string): RomaGroup | undefined;
  /** The target group and the priority groups. */
  targetGroups(): readonly TargetGroup[];
  /** A target group by id. */
  getTargetGroup(id: string): TargetGroup | undefined;
  /** Actors, optionally of one kind. */
  actors(options?: { kind?: ActorKind }): readonly Actor[];
  /** Actors in force on `asOf`, each with the name then, optionally of one kind. */
  actors(options: { kind?: ActorKind; asOf: string }): readonly ActorAsOf[];
  /** An actor with the name in force on `asOf`; `undefined` when unknown or not in force then. */
  getActor(id: string, options: { asOf: string }): ActorAsOf | undefined;
  /** An actor's name on `asOf` in a language (default Swedish). */
  actorName(id: string, options: { asOf: string; lang?: Lang }): string | undefined;
  /** The municipalities, optionally of one county. */
  municipalities(options?: { countyCode?: string }): readonly Actor[];
  /** A municipality by its four-digit SCB code. */
  municipalityByCode(code: string): Actor | undefined;
  /** The 21 counties in code order. */
  counties(): readonly County[];
  /** A county by its two-digit code. */
  getCounty(code: string): County | undefined;
  /** All commissions. */
  commissions(): readonly Commission[];
  /** A commission by id. */
  getCommission(id: string): Commission | undefined;
  /** The commissions in which an actor has a role (default: assignee). */
  commissionsFor(actorId: string, options?: { role?: CommissionRole }): readonly Commission[];
  /** Dated occurrences of deliverables, sorted by date. */
  deliverables(options?: { from?: string; to?: string; actorId?: string; asOf?: string }): readonly DeliverableOccurrence[];
  /** Programmes, optionally only those running on `asOf`. */
  programmes(options?: { asOf?: string }): readonly Programme[];
  /** A programme by id. */
  getProgramme(id: string): Programme | undefined;
  /** A programme's municipalities (all of them). */
  programmeMunicipalities(programmeId: string, options?: { asOf?: undefined }): readonly Actor[] | undefined;
  /** A programme's municipalities on `asOf`, with their names then. */
  programmeMunicipalities(programmeId: string, options: { asOf: string }): readonly ActorAsOf[] | undefined;
  /** Forums. */
  forums(): readonly Forum[];
  /** A forum by id. */
  getForum(id: string): Forum | undefined;
  /** Evaluations. */
  evaluations(): readonly Evaluation[];
  /** An evaluation by id. */
  getEvaluation(id: string): Evaluation | undefined;
  /** Networks. */
  networks(): readonly Network[];
  /** A network by id. */
  getNetwork(id: string): Network | undefined;
  /** A network's members on `asOf`, with their names then. */
  networkMembers(networkId: string, options: { asOf: string }): readonly ActorAsOf[] | undefined;
  /** The actors that cooperate with a network without being members. */
  networkPartners(networkId: string): readonly NetworkPartner[] | undefined;
  /** Funding applications. */
  fundingApplications(): readonly FundingApplication[];
  /** A funding application by id. */
  getFundingApplication(id: string): FundingApplication | undefined;
  /** Local profiles. */
  localProfiles(): readonly LocalProfile[];
  /** A local profile by id. */
  getLocalProfile(id: string): LocalProfile | undefined;
  /** Indicators, optionally of one area and/or one population (`roma`, `general`, `gap`). */
  indicators(options?: { areaId?: string; population?: Indicator["population"] }): readonly Indicator[];
  /** An indicator by id (Kolada key figures by their KPI id in lower case, e.g. `n03926`). */
  getIndicator(id: string): Indicator | undefined;
  /** Every source cited anywhere in the catalog, with its entry, optionally filtered. */
  citations(options?: { entryKind?: CatalogEntryKind; sourceKind?: Source["kind"]; file?: string }): readonly Citation[];
}

/** Builds a value on first use and keeps it. */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

function indexBy<T>(list: readonly T[], key: (item: T) => string): () => ReadonlyMap<string, T> {
  return lazy(() => {
    const map = new Map<string, T>();
    for (const item of list) if (!map.has(key(item))) map.set(key(item), item);
    return map;
  });
}

const EMPTY: readonly never[] = Object.freeze([]);

/** The actor with its name on `asOf`, or `undefined` when it is not in force then. */
function actorAsOf(actor: Actor, asOf: string): ActorAsOf | undefined {
  if (!within(asOf, actor.validFrom, actor.validTo)) return undefined;
  const name = valueAsOf(actor.names, asOf);
  if (name === undefined) return undefined;
  return deepFreeze({ ...actor, name: name.name, ...(name.short === undefined ? {} : { short: name.short }) });
}

/** The dates of a due rule: one for a fixed date, one per year for a yearly rule. */
function dueDates(due: DueRule): { year: number | null; date: string }[] {
  if (due.kind === "fixed") return [{ year: null, date: due.date }];
  const out: { year: number | null; date: string }[] = [];
  for (let year = due.fromYear; year <= due.toYear; year += 1) out.push({ year, date: isoDate(year, due.month, due.day) });
  return out;
}

function compareOccurrences(a: DeliverableOccurrence, b: DeliverableOccurrence): number {
  const keys: [string, string][] = [
    [a.due, b.due],
    [a.commissionId, b.commissionId],
    [a.partId, b.partId],
    [a.deliverableId, b.deliverableId],
  ];
  for (const [x, y] of keys) if (x !== y) return x < y ? -1 : 1;
  return (a.occurrence ?? 0) - (b.occurrence ?? 0);
}

/** Collects every source found under a `sources` key anywhere in `value`. */
function collectSources(value: unknown, out: Source[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectSources(item, out);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(item)) out.push(...(item as Source[]));
      collectSources(item, out);
    }
  }
}

/** Every entry of a catalog with its kind and id. @internal */
export function catalogEntries(data: Catalog): { kind: CatalogEntryKind; id: string; value: unknown }[] {
  return [
    { kind: "strategy", id: data.strategy.id, value: data.strategy },
    ...data.areas.map((value) => ({ kind: "area" as const, id: value.id, value })),
    ...data.principles.map((value) => ({ kind: "principle" as const, id: value.id, value })),
    ...data.romaGroups.map((value) => ({ kind: "roma-group" as const, id: value.id, value })),
    ...data.targetGroups.map((value) => ({ kind: "target-group" as const, id: value.id, value })),
    ...data.actors.map((value) => ({ kind: "actor" as const, id: value.id, value })),
    ...data.counties.map((value) => ({ kind: "county" as const, id: value.code, value })),
    ...data.commissions.map((value) => ({ kind: "commission" as const, id: value.id, value })),
    ...data.programmes.map((value) => ({ kind: "programme" as const, id: value.id, value })),
    ...data.forums.map((value) => ({ kind: "forum" as const, id: value.id, value })),
    ...data.evaluations.map((value) => ({ kind: "evaluation" as const, id: value.id, value })),
    ...data.networks.map((value) => ({ kind: "network" as const, id: value.id, value })),
    ...data.networkPartners.map((value) => ({
      kind: "network-partner" as const,
      id: `${value.networkId}/${value.actorId}`,
      value,
    })),
    ...data.fundingApplications.map((value) => ({ kind: "funding-application" as const, id: value.id, value })),
    ...data.localProfiles.map((value) => ({ kind: "local-profile" as const, id: value.id, value })),
    ...data.indicators.map((value) => ({ kind: "indicator" as const, id: value.id, value })),
  ];
}

/**
 * Binds every accessor to a catalog, e.g. one extended with
 * {@link extendCatalog}. Indexes are built on first use; nothing is copied,
 * and the answers are the catalog's own (frozen) entries. Unknown ids give
 * `undefined`; dates must be ISO dates `YYYY-MM-DD` (a malformed one throws
 * a `RangeError` that names it).
 *
 * @category Catalog
 * @param data - the catalog to query (not validated here: see {@link checkCatalog})
 * @returns the accessors, frozen
 * @example
 * ```ts
 * import { catalog, createCatalog, extendCatalog } from "@romsk-inkludering/catalog";
 * const extended = extendCatalog(catalog, {
 *   localProfiles: [{ id: "youth", name: "Samråd med unga", consultation: { requireYouth: true }, sources: [{ kind: "facts", section: "Law" }] }],
 * });
 * const accessors = createCatalog(extended);
 * accessors.localProfiles().map((p) => p.id);
 * // => ["linkoping-consultation","youth"]
 * accessors.getActor("municipality-1283", { asOf: "2013-01-01" })?.name.sv;
 * // => "Helsingborg"
 * ```
 */
export function createCatalog(data: Catalog): CatalogAccessors {
  const actorsById = indexBy(data.actors, (a) => a.id);
  const areasById = indexBy(data.areas, (a) => a.id);
  const principlesById = indexBy(data.principles, (p) => p.id);
  const romaGroupsById = indexBy(data.romaGroups, (g) => g.id);
  const targetGroupsById = indexBy(data.targetGroups, (g) => g.id);
  const countiesByCode = indexBy(data.counties, (c) => c.code);
  const commissionsById = indexBy(data.commissions, (c) => c.id);
  const programmesById = indexBy(data.programmes, (p) => p.id);
  const forumsById = indexBy(data.forums, (f) => f.id);
  const evaluationsById = indexBy(data.evaluations, (e) => e.id);
  const networksById = indexBy(data.networks, (n) => n.id);
  const applicationsById = indexBy(data.fundingApplications, (a) => a.id);
  const profilesById = indexBy(data.localProfiles, (p) => p.id);
  const indicatorsById = indexBy(data.indicators, (i) => i.id);
  const municipalityList = lazy(() => Object.freeze(data.actors.filter((a) => a.kind === "municipality")));
  const municipalitiesByCode = lazy(() => {
    const map = new Map<string, Actor>();
    for (const m of municipalityList()) if (m.municipalityCode !== undefined && !map.has(m.municipalityCode)) map.set(m.municipalityCode, m);
    return map;
  });
  const allCitations = lazy(() =>
    Object.freeze(
      catalogEntries(data).flatMap(({ kind, id, value }) => {
        const found: Source[] = [];
        collectSources(value, found);
        return found.map((source) => Object.freeze({ entry: Object.freeze({ kind, id }), source }));
      }),
    ),
  );

  const getActor = (id: string, options: { asOf: string }): ActorAsOf | undefined => {
    const asOf = requireIsoDate(options?.asOf, "getActor: options.asOf");
    const actor = actorsById().get(id);
    return actor === undefined ? undefined : actorAsOf(actor, asOf);
  };

  const membersAsOf = (list: readonly { actorId: string; validFrom?: string | undefined; validTo?: string | undefined }[], asOf: string) =>
    Object.freeze(
      list.flatMap((m) => {
        if (!within(asOf, m.validFrom, m.validTo)) return [];
        const actor = actorsById().get(m.actorId);
        const named = actor === undefined ? undefined : actorAsOf(actor, asOf);
        return named === undefined ? [] : [named];
      }),
    );

  const programmeMembers = (programme: Programme): Set<string> => new Set(programme.municipalities.map((m) => m.actorId));

  function actors(options?: { kind?: ActorKind }): readonly Actor[];
  function actors(options: { kind?: ActorKind; asOf: string }): readonly ActorAsOf[];
  function actors(options: { kind?: ActorKind; asOf?: string } = {}): readonly (Actor | ActorAsOf)[] {
    const kind = options.kind;
    const list = kind === undefined ? data.actors : data.actors.filter((a) => a.kind === kind);
    if (options.asOf === undefined) return kind === undefined ? data.actors : Object.freeze(list);
    const asOf = requireIsoDate(options.asOf, "actors: options.asOf");
    return Object.freeze(list.flatMap((a) => actorAsOf(a, asOf) ?? []));
  }

  function programmeMunicipalities(programmeId: string, options?: { asOf?: undefined }): readonly Actor[] | undefined;
  function programmeMunicipalities(programmeId: string, options: { asOf: string }): readonly ActorAsOf[] | undefined;
  function programmeMunicipalities(
    programmeId: string,
    options: { asOf?: string | undefined } = {},
  ): readonly (Actor | ActorAsOf)[] | undefined {
    const programme = programmesById().get(programmeId);
    if (options.asOf === undefined) {
      if (programme === undefined) return undefined;
      return Object.freeze(programme.municipalities.flatMap((m) => actorsById().get(m.actorId) ?? []));
    }
    const asOf = requireIsoDate(options.asOf, "programmeMunicipalities: options.asOf");
    if (programme === undefined) return undefined;
    if (!within(asOf, programme.period.from, programme.period.to)) return EMPTY;
    return membersAsOf(programme.municipalities, asOf);
  }

  const accessors: CatalogAccessors = {
    data,
    strategy: () => data.strategy,
    responsibleMinistry: (options) => {
      const asOf = requireIsoDate(options?.asOf, "responsibleMinistry: options.asOf");
      const id = valueAsOf(data.strategy.responsibleMinistry, asOf);
      return id === undefined ? undefined : getActor(id, { asOf });
    },
    followUpAuthority: (options) => {
      const asOf = requireIsoDate(options?.asOf, "followUpAuthority: options.asOf");
      const id = valueAsOf(data.strategy.followUpAuthority, asOf);
      return id === undefined ? undefined : getActor(id, { asOf });
    },
    areas: () => data.areas,
    getArea: (id) => areasById().get(id),
    principles: (options = {}) =>
      options.scope === undefined ? data.principles : Object.freeze(data.principles.filter((p) => p.scope === options.scope)),
    getPrinciple: (id) => principlesById().get(id),
    romaGroups: () => data.romaGroups,
    getRomaGroup: (id) => romaGroupsById().get(id),
    targetGroups: () => data.targetGroups,
    getTargetGroup: (id) => targetGroupsById().get(id),
    actors,
    getActor,
    actorName: (id, options) => {
      const actor = getActor(id, { asOf: requireIsoDate(options?.asOf, "actorName: options.asOf") });
      return actor?.name[options.lang ?? "sv"];
    },
    municipalities: (options = {}) =>
      options.countyCode === undefined
        ? municipalityList()
        : Object.freeze(municipalityList().filter((m) => m.countyCode === options.countyCode)),
    municipalityByCode: (code) => municipalitiesByCode().get(code),
    counties: () => data.counties,
    getCounty: (code) => countiesByCode().get(code),
    commissions: () => data.commissions,
    getCommission: (id) => commissionsById().get(id),
    commissionsFor: (actorId, options = {}) => {
      const role = options.role ?? "assignee";
      const has = (c: Commission, r: Exclude<CommissionRole, "any">): boolean => {
        if (r === "assignee") return c.assigneeId === actorId;
        if (r === "issuer") return c.issuerId === actorId;
        if (r === "recipient") return c.parts.some((p) => p.deliverables.some((d) => d.recipientId === actorId));
        return c.parts.some((p) =>
          p.consultations.some((req) =>
            req.parties.some((party) => {
              if (party.kind === "actor") return party.actorId === actorId;
              if (party.kind !== "programme-municipalities") return false;
              const programme = programmesById().get(party.programmeId);
              return programme !== undefined && programmeMembers(programme).has(actorId);
            }),
          ),
        );
      };
      const roles: Exclude<CommissionRole, "any">[] = role === "any" ? ["assignee", "issuer", "recipient", "party"] : [role];
      return Object.freeze(data.commissions.filter((c) => roles.some((r) => has(c, r))));
    },
    deliverables: (options = {}) => {
      const from = options.from === undefined ? undefined : requireIsoDate(options.from, "deliverables: options.from");
      const to = options.to === undefined ? undefined : requireIsoDate(options.to, "deliverables: options.to");
      const asOf = options.asOf === undefined ? undefined : requireIsoDate(options.asOf, "deliverables: options.asOf");
      const inRange = (date: string) => within(date, from, to);
      const out: DeliverableOccurrence[] = [];
      for (const commission of data.commissions) {
        if (options.actorId !== undefined && commission.assigneeId !== options.actorId) continue;
        for (const part of commission.parts) {
          for (const deliverable of part.deliverables) {
            for (const { year, date: writtenDue } of dueDates(deliverable.due)) {
              let amendment: (typeof deliverable.amendments)[number] | undefined;
              for (const a of deliverable.amendments) {
                if (asOf !== undefined && a.date > asOf) continue;
                if (year !== null && (a.occurrence ?? Number(a.newDue.slice(0, 4))) !== year) continue;
                if (amendment === undefined || a.date > amendment.date || (a.date === amendment.date && a.newDue > amendment.newDue)) {
                  amendment = a;
                }
              }
              const due = amendment?.newDue ?? writtenDue;
              const alternatives = (deliverable.alternativeDue ?? []).flatMap((alt) =>
                dueDates(alt.due)
                  .filter((d) => year === null || Number(d.date.slice(0, 4)) === year)
                  .map((d) => ({ due: d.date, sources: alt.sources, ...(alt.note === undefined ? {} : { note: alt.note }) })),
              );
              if (!inRange(due) && !alternatives.some((alt) => inRange(alt.due))) continue;
              out.push({
                commissionId: commission.id,
                partId: part.id,
                deliverableId: deliverable.id,
                assigneeId: commission.assigneeId,
                occurrence: year,
                due,
                recipientId: deliverable.recipientId,
                kind: deliverable.kind,
                title: deliverable.title,
                ...(amendment === undefined ? {} : { amended: { decision: amendment.decision, date: amendment.date, writtenDue } }),
                ...(alternatives.length === 0 ? {} : { alternativeDue: alternatives }),
              });
            }
          }
        }
      }
      return deepFreeze(out.sort(compareOccurrences));
    },
    programmes: (options = {}) => {
      if (options.asOf === undefined) return data.programmes;
      const asOf = requireIsoDate(options.asOf, "programmes: options.asOf");
      return Object.freeze(data.programmes.filter((p) => within(asOf, p.period.from, p.period.to)));
    },
    getProgramme: (id) => programmesById().get(id),
    programmeMunicipalities,
    forums: () => data.forums,
    getForum: (id) => forumsById().get(id),
    evaluations: () => data.evaluations,
    getEvaluation: (id) => evaluationsById().get(id),
    networks: () => data.networks,
    getNetwork: (id) => networksById().get(id),
    networkMembers: (networkId, options) => {
      const asOf = requireIsoDate(options?.asOf, "networkMembers: options.asOf");
      const network = networksById().get(networkId);
      if (network === undefined) return undefined;
      if (!within(asOf, network.validFrom, network.validTo)) return EMPTY;
      return membersAsOf(network.members, asOf);
    },
    networkPartners: (networkId) =>
      networksById().has(networkId) ? Object.freeze(data.networkPartners.filter((p) => p.networkId === networkId)) : undefined,
    fundingApplications: () => data.fundingApplications,
    getFundingApplication: (id) => applicationsById().get(id),
    localProfiles: () => data.localProfiles,
    getLocalProfile: (id) => profilesById().get(id),
    indicators: (options) =>
      data.indicators.filter(
        (i) => (options?.areaId === undefined || i.areaId === options.areaId) && (options?.population === undefined || i.population === options.population),
      ),
    getIndicator: (id) => indicatorsById().get(id),
    citations: (options = {}) => {
      const { entryKind, sourceKind, file } = options;
      if (entryKind === undefined && sourceKind === undefined && file === undefined) return allCitations();
      return Object.freeze(
        allCitations().filter(
          (c) =>
            (entryKind === undefined || c.entry.kind === entryKind) &&
            (sourceKind === undefined || c.source.kind === sourceKind) &&
            (file === undefined || (c.source.kind === "seed" && c.source.file === file)),
        ),
      );
    },
  };
  return Object.freeze(accessors);
}
