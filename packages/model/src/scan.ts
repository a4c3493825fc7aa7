/**
 * The model's checks that need no zod, as the internal subpath
 * `@romsk-inkludering/model/scan`: for a caller that must know quickly
 * whether a value could fail a zod-only check, without loading the schemas
 * (the cli's fast path for valid records). The schemas use the same
 * functions (`checks.ts`), so there is one owner of each check.
 *
 * @internal
 * @packageDocumentation
 */
export {
  boundsOutOfOrder,
  containsPersonalData,
  datesOutOfOrder,
  MAX_DEPTH,
  MAX_NODES,
  missingYearlyDate,
  municipalityActorId,
  repeatedIds,
  wrongMunicipalityId,
} from "./checks.js";
export { refinementNotes } from "./refinements.js";
