import { municipalities } from "@romsk-inkludering/catalog";

/** The actor ids of the catalog's municipalities (`municipality-<code>`), sorted. */
export function municipalityIds(): string[] {
  return municipalities()
    .map((m) => m.id)
    .sort();
}
