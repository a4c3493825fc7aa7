import type { Actor, ActorKind, ActorName } from "@romsk-inkludering/model";
import { isInForce, valueAsOf } from "@romsk-inkludering/model";
import { deepFreeze } from "../freeze.js";
import type { ActorAsOf, Lang } from "../types.js";
import { actorById, contextOf, knownBy, optionalDate, requiredDate } from "./context.js";

/**
 * The actor's name on `asOf` as known then: a rename decided (or made
 * known) after `asOf` is not yet known, so the name before it still
 * applies, even past its `validTo`.
 */
function nameAsOf(actor: Actor, asOf: string): ActorName["value"] | undefined {
  if (actor.names.every((n) => knownBy(n, asOf))) return valueAsOf(actor.names, asOf);
  const known = actor.names.filter((n) => knownBy(n, asOf));
  return valueAsOf(known, asOf) ?? valueAsOf(known.map(({ validTo: _ended, ...n }) => n), asOf);
}

/**
 * The actor with its name on `asOf`, or `undefined` when it is not in force then.
 *
 * @internal
 */
export function actorAsOf(actor: Actor, asOf: string): ActorAsOf | undefined {
  if (!isInForce(actor, asOf)) return undefined;
  const name = nameAsOf(actor, asOf);
  if (name === undefined) return undefined;
  // The view depends only on the actor and the name entry in force, both
  // immutable catalog data: built and frozen once per pair, then shared
  // (the rules ask for the same actors thousands of times in one check).
  let views = viewsByActor.get(actor);
  if (views === undefined) {
    views = new WeakMap();
    viewsByActor.set(actor, views);
  }
  let view = views.get(name);
  if (view === undefined) {
    view = deepFreeze({ ...actor, name: name.name, ...(name.short === undefined ? {} : { short: name.short }) });
    views.set(name, view);
  }
  return view;
}

/** The frozen views of each actor, one per name entry (weak: they go with the catalog data). */
const viewsByActor = new WeakMap<Actor, WeakMap<object, ActorAsOf>>();

/**
 * The actors, optionally of one kind. With `asOf`, only the actors in force
 * on that date, each with the name then (`name`, `short`).
 *
 * @category Actors
 * @param options - `kind`, and `asOf` (an ISO date)
 * @returns the actors
 * @throws RangeError when `asOf` is given and is not an ISO date
 * @example
 * ```ts
 * import { actors } from "@romsk-inkludering/catalog";
 * actors({ kind: "ministry" }).map((a) => a.id);
 * // => ["arbetsmarknadsdepartementet","kulturdepartementet"]
 * actors({ kind: "county-administrative-board", asOf: "2012-06-01" }).map((a) => a.name.sv);
 * // => ["Länsstyrelsen i Stockholms län","Länsstyrelsen i Västmanlands län","Länsstyrelsen i Örebro län"]
 * ```
 */
export function actors(this: unknown, options?: { kind?: ActorKind; asOf?: undefined }): readonly Actor[];
export function actors(this: unknown, options: { kind?: ActorKind; asOf: string }): readonly ActorAsOf[];
export function actors(this: unknown, options: { kind?: ActorKind; asOf?: string | undefined } = {}): readonly (Actor | ActorAsOf)[] {
  const context = contextOf(this);
  const { data } = context;
  const kind = options.kind;
  const list = kind === undefined ? data.actors : data.actors.filter((a) => a.kind === kind);
  const asOf = optionalDate(context, options.asOf, "actors: options.asOf");
  if (asOf === undefined) return kind === undefined ? data.actors : Object.freeze(list);
  return Object.freeze(list.flatMap((a) => actorAsOf(a, asOf) ?? []));
}

/**
 * An actor with the name in force on a date: `{ ...actor, name, short? }`.
 * `undefined` for an unknown id, or when the actor has no name in force
 * then (before it existed).
 *
 * @category Actors
 * @param id - the actor's id, e.g. `skr` or `municipality-1283`
 * @param options - `asOf`, an ISO date
 * @returns the actor as of the date
 * @throws RangeError when `asOf` is not an ISO date
 * @example
 * ```ts
 * import { getActor } from "@romsk-inkludering/catalog";
 * [getActor("skr", { asOf: "2018-06-01" })?.name.sv, getActor("skr", { asOf: "2020-01-01" })?.short];
 * // => ["Sveriges Kommuner och Landsting","SKR"]
 * getActor("no-such-actor", { asOf: "2020-01-01" });
 * // => undefined
 * ```
 */
export function getActor(this: unknown, id: string, options?: { asOf?: string }): ActorAsOf | undefined {
  const context = contextOf(this);
  const asOf = requiredDate(context, options?.asOf, "getActor: options.asOf");
  const actor = actorById(context, id);
  return actor === undefined ? undefined : actorAsOf(actor, asOf);
}

/**
 * An actor's name on a date, in Swedish (default) or English.
 *
 * @category Actors
 * @param id - the actor's id
 * @param options - `asOf` (an ISO date) and `lang`
 * @returns the name, or `undefined` for an unknown id or a date before the actor existed
 * @throws RangeError when `asOf` is not an ISO date
 * @example
 * ```ts
 * import { actorName } from "@romsk-inkludering/catalog";
 * [actorName("mucf", { asOf: "2014-03-31" }), actorName("mucf", { asOf: "2014-04-01", lang: "en" })];
 * // => ["Ungdomsstyrelsen","Swedish Agency for Youth and Civil Society"]
 * ```
 */
export function actorName(this: unknown, id: string, options?: { asOf?: string; lang?: Lang }): string | undefined {
  const context = contextOf(this);
  const asOf = requiredDate(context, options?.asOf, "actorName: options.asOf");
  return getActor.call(context, id, { asOf })?.name[options?.lang ?? "sv"];
}
