import type { Actor, Evaluation, Forum, Programme } from "@romsk-inkludering/model";
import { isInForce } from "@romsk-inkludering/model";
import type { ActorAsOf } from "../types.js";
import { actorAsOf } from "./actors.js";
import { actorById, contextOf, EMPTY, knownBy, optionalDate, type CatalogContext } from "./context.js";

/** A programme's period as a span of validity. */
function running(programme: Programme): { validFrom: string | undefined; validTo: string | undefined } {
  return { validFrom: programme.period.from, validTo: programme.period.to };
}

/**
 * The members of a list in force on `asOf`, each with its name then. @internal
 */
export function membersAsOf(
  context: CatalogContext,
  list: readonly { actorId: string; validFrom?: string | undefined; validTo?: string | undefined; decided?: { on: string } | undefined }[],
  asOf: string,
): readonly ActorAsOf[] {
  return Object.freeze(
    list.flatMap((m) => {
      if (!isInForce(m, asOf) || !knownBy(m, asOf)) return [];
      const actor = actorById(context, m.actorId);
      const named = actor === undefined ? undefined : actorAsOf(actor, asOf);
      return named === undefined ? [] : [named];
    }),
  );
}

/**
 * The programmes (the pilot 2012–2015, the development municipalities
 * 2016–2019), optionally only those running on `asOf` and decided by then.
 *
 * @category Actors
 * @param options - `asOf`, an ISO date
 * @returns the programmes
 * @throws RangeError when `asOf` is given and is not an ISO date
 * @example
 * ```ts
 * import { programmes } from "@romsk-inkludering/catalog";
 * [programmes().length, programmes({ asOf: "2017-03-01" }).map((p) => p.id)];
 * // => [2,["development-municipalities-2016-2019"]]
 * ```
 */
export function programmes(this: unknown, options?: { asOf?: string }): readonly Programme[] {
  const context = contextOf(this);
  const asOf = optionalDate(context, options?.asOf, "programmes: options.asOf");
  if (asOf === undefined) return context.data.programmes;
  return Object.freeze(context.data.programmes.filter((p) => isInForce(running(p), asOf) && knownBy(p, asOf)));
}

/**
 * A programme by id, or `undefined`.
 *
 * @category Actors
 * @param id - the programme's id
 * @returns the programme
 * @example
 * ```ts
 * import { getProgramme } from "@romsk-inkludering/catalog";
 * getProgramme("pilot-2012-2015")?.period;
 * // => {"from":"2012-01-01","to":"2015-12-31"}
 * ```
 */
export function getProgramme(this: unknown, id: string): Programme | undefined {
  const { data, index } = contextOf(this);
  return index(data.programmes, (p) => p.id).get(id);
}

/**
 * A programme's municipalities: all of them, or with `asOf` those taking
 * part on that date, each with its name then (none outside the programme's
 * period). `undefined` for an unknown programme.
 *
 * @category Actors
 * @param programmeId - the programme's id
 * @param options - `asOf`, an ISO date
 * @returns the municipalities
 * @throws RangeError when `asOf` is given and is not an ISO date
 * @example
 * ```ts
 * import { programmeMunicipalities } from "@romsk-inkludering/catalog";
 * programmeMunicipalities("pilot-2012-2015", { asOf: "2013-01-01" })?.map((m) => [m.name.sv, m.municipalityCode]);
 * // => [["Luleå","2580"],["Linköping","0580"],["Göteborg","1480"],["Helsingborg","1283"],["Malmö","1280"]]
 * programmeMunicipalities("pilot-2012-2015", { asOf: "2012-04-09" })?.length;
 * // => 0
 * ```
 */
export function programmeMunicipalities(this: unknown, programmeId: string, options?: { asOf?: undefined }): readonly Actor[] | undefined;
export function programmeMunicipalities(this: unknown, programmeId: string, options: { asOf: string }): readonly ActorAsOf[] | undefined;
export function programmeMunicipalities(
  this: unknown,
  programmeId: string,
  options: { asOf?: string | undefined } = {},
): readonly (Actor | ActorAsOf)[] | undefined {
  const context = contextOf(this);
  const asOf = optionalDate(context, options.asOf, "programmeMunicipalities: options.asOf");
  const programme = context.index(context.data.programmes, (p) => p.id).get(programmeId);
  if (programme === undefined) return undefined;
  if (asOf === undefined) return Object.freeze(programme.municipalities.flatMap((m) => actorById(context, m.actorId) ?? []));
  if (!isInForce(running(programme), asOf) || !knownBy(programme, asOf)) return EMPTY;
  return membersAsOf(context, programme.municipalities, asOf);
}

/**
 * The forums (the Board's forum of the pilot programme: about 20
 * participants, two meetings per term).
 *
 * @category Consultation
 * @returns the forums
 * @example
 * ```ts
 * import { forums } from "@romsk-inkludering/catalog";
 * forums().map((f) => [f.id, f.approxParticipants, f.cadence]);
 * // => [["pilot-forum",20,{"meetings":2,"per":"term"}]]
 * ```
 */
export function forums(this: unknown): readonly Forum[] {
  return contextOf(this).data.forums;
}

/**
 * A forum by id, or `undefined`.
 *
 * @category Consultation
 * @param id - the forum's id
 * @returns the forum
 * @example
 * ```ts
 * import { getForum } from "@romsk-inkludering/catalog";
 * getForum("pilot-forum")?.programmeId;
 * // => "pilot-2012-2015"
 * ```
 */
export function getForum(this: unknown, id: string): Forum | undefined {
  const { data, index } = contextOf(this);
  return index(data.forums, (f) => f.id).get(id);
}

/**
 * The evaluations: the external evaluation of the pilot programme (five
 * tasks) and Statskontoret 2018:13.
 *
 * @category Actors
 * @returns the evaluations
 * @example
 * ```ts
 * import { evaluations } from "@romsk-inkludering/catalog";
 * evaluations().map((e) => [e.evaluatorId, e.tasks.length]);
 * // => [["raoul-wallenberg-institutet",5],["statskontoret",0]]
 * ```
 */
export function evaluations(this: unknown): readonly Evaluation[] {
  return contextOf(this).data.evaluations;
}

/**
 * An evaluation by id, or `undefined`.
 *
 * @category Actors
 * @param id - the evaluation's id
 * @returns the evaluation
 * @example
 * ```ts
 * import { getEvaluation } from "@romsk-inkludering/catalog";
 * const e = getEvaluation("statskontoret-2018-13");
 * [e?.decision, e?.commissionedOn, e?.publishedOn];
 * // => ["Ku2017/01054/DISK","2017-04-06","2018-06-01"]
 * ```
 */
export function getEvaluation(this: unknown, id: string): Evaluation | undefined {
  const { data, index } = contextOf(this);
  return index(data.evaluations, (e) => e.id).get(id);
}
