/**
 * The light entry point `@romsk-inkludering/sdk/core`: validation, JSON
 * Schemas and statutory dates (`@romsk-inkludering/model` and
 * `@romsk-inkludering/calendar`) without the catalog, the rules or the
 * reports, for programs that start often and only validate or compute
 * deadlines (the `romsk` command's `validate`, `schema` and `deadline`).
 * Everything here is also exported by `@romsk-inkludering/sdk`.
 *
 * @packageDocumentation
 * @module @romsk-inkludering/sdk/core
 */
export { isKind, isOutputKind, kinds, outputKinds, toJsonSchema, validate } from "@romsk-inkludering/model";
export type { Kind, OutputKind, ValidationIssue } from "@romsk-inkludering/model";
export { dayOfWeek, isPublicHoliday, isWorkday, MAX_YEAR, midsummerEve, MIN_YEAR, parseIsoDate, publicHolidays, statutoryDeadline } from "@romsk-inkludering/calendar";
