import * as z from "zod";
import { IsoDateSchema } from "./shared.js";
import { SourcesSchema } from "./sources.js";

/**
 * When an entry came into being: the day it was decided or became known
 * (`on`), how exactly the sources give that day (`precision`), and the
 * sources that give it. As of a date before `on`, the entry is not yet
 * known: the catalog's accessors and the checks leave it out.
 *
 * Convention: where the sources give only a year or a month, `on` is the
 * first day of that year or month and `precision` says `year` or `month`
 * (the entry counts as known from the start of the period the sources
 * name). `precision` defaults to `day`.
 *
 * @category Shared
 * @example
 * ```ts
 * import { DecidedSchema } from "@romsk-inkludering/model";
 * DecidedSchema.safeParse({ on: "2019-12-19", sources: [{ kind: "decision", number: "Ku2019/02101/CSM", date: "2019-12-19" }] }).success;
 * // => true
 * DecidedSchema.safeParse({ on: "2016-01-01", precision: "year", sources: [] }).success;
 * // => false
 * ```
 */
export const DecidedSchema = z.strictObject({
  on: IsoDateSchema,
  precision: z.enum(["day", "month", "year"]).optional(),
  sources: SourcesSchema,
});

/**
 * When an entry was decided or became known (see {@link DecidedSchema}).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { Decided } from "@romsk-inkludering/model";
 * const decided: Decided = { on: "2016-01-01", precision: "year", sources: [{ kind: "decision", number: "Ku2016/00159/DISK" }] };
 * decided.precision;
 * // => "year"
 * ```
 */
export type Decided = z.infer<typeof DecidedSchema>;
