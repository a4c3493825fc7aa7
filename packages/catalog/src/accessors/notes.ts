import type { CatalogNote } from "../types.js";
import { contextOf, knownAsOf, optionalDate } from "./context.js";

/**
 * The catalog's sourced notes known as of a date (a note whose source was
 * decided or published after `asOf` is left out; without a date, every
 * note), optionally only those about one subject (an actor, network or
 * commission id). The catalog holds seed 002's count of active
 * municipalities and the board's two proposals, and seed 003's notes on
 * Linköping (young participants dropped out; the action plan 2018–2021)
 * and the municipal network's next meeting, all known from 2018-05-16.
 *
 * @category Catalog
 * @param options - `asOf`, an ISO date (default: the date the accessors are bound to); `subjectId`, an actor, network or commission id
 * @returns the notes, in catalog order, frozen
 * @throws RangeError when `asOf` is not an ISO date
 * @example
 * ```ts
 * import { catalogNotes } from "@romsk-inkludering/catalog";
 * [catalogNotes({ asOf: "2018-05-15" }).length, catalogNotes({ asOf: "2018-05-16", subjectId: "municipal-network" })[0]?.date];
 * // => [0,"2018-11-28"]
 * ```
 */
export function catalogNotes(this: unknown, options?: { asOf?: string; subjectId?: string }): readonly CatalogNote[] {
  const context = contextOf(this);
  const asOf = optionalDate(context, options?.asOf, "catalogNotes: options.asOf");
  const known = knownAsOf(context.data.notes, asOf);
  const subjectId = options?.subjectId;
  return subjectId === undefined ? known : Object.freeze(known.filter((note) => note.subject.id === subjectId));
}
