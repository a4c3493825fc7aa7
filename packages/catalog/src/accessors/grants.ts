import { DEFAULT_APPLY_STATUTORY_SHIFT, compareIsoDates } from "@romsk-inkludering/calendar";
import { overlaps, valueAsOf } from "@romsk-inkludering/model";
import { deepFreeze } from "../freeze.js";
import type { GrantRoundAsOf, GrantScheme } from "../types.js";
import { contextOf, knownAsOf, knownBy, optionalDate, requiredDate } from "./context.js";
import { shifted } from "./deliverables.js";

/**
 * The state grants known as of a date (each with its grantor over time,
 * criteria and every round; a scheme decided after `asOf` is left out;
 * without a date, every scheme). The catalog holds förordning (2022:259)
 * om statsbidrag till kommuner för att främja romsk inkludering, distributed
 * by Länsstyrelsen i Stockholms län, known from 2022-09-07 (the board's
 * föreskrifter 01FS 2022:28). Use {@link grantRounds} for the rounds as of a
 * date.
 *
 * @category Catalog
 * @param options - `asOf`, an ISO date (default: the date the accessors are bound to)
 * @returns the schemes, frozen
 * @throws RangeError when `asOf` is not an ISO date
 * @example
 * ```ts
 * import { grantSchemes } from "@romsk-inkludering/catalog";
 * [grantSchemes({ asOf: "2022-09-06" }).length, grantSchemes({ asOf: "2022-09-07" })[0]?.id];
 * // => [0,"statsbidrag-romsk-inkludering"]
 * ```
 */
export function grantSchemes(this: unknown, options?: { asOf?: string }): readonly GrantScheme[] {
  const context = contextOf(this);
  const asOf = optionalDate(context, options?.asOf, "grantSchemes: options.asOf");
  return knownAsOf(context.data.grantSchemes, asOf);
}

/**
 * The application rounds of the state grants as of a date, sorted by
 * deadline: only rounds (and schemes) known by `asOf`, each with the
 * grantor that receives applications on its deadline as known on `asOf`
 * (a transfer of the grantor role decided later is not yet known), the
 * deadline as written, the date lag (1930:173) §2 would give, the deadline
 * that applies (`due`: the §2 date when `applyStatutoryShift` is true; its
 * default is the calendar's `DEFAULT_APPLY_STATUTORY_SHIFT`, the same
 * setting as for commission deadlines, which a profile's
 * `deadlines.applyStatutoryShift` overrides) and whether the round has
 * closed by `asOf`. `from`/`to` keep the rounds whose deadline falls in
 * the window; `schemeId` the rounds of one scheme. No round has an opening
 * day: the sources do not give one.
 *
 * @category Deadlines
 * @param options - `asOf` (required here or bound), `from`, `to` (ISO dates), `schemeId`, `applyStatutoryShift`
 * @returns the rounds, frozen
 * @throws RangeError when a date is not an ISO date, or no `asOf` is given or bound
 * @example
 * ```ts
 * import { grantRounds } from "@romsk-inkludering/catalog";
 * grantRounds({ asOf: "2023-03-01" }).map((r) => [r.deadline, r.closed]);
 * // => [["2022-11-13",true],["2023-02-01",true],["2023-06-01",false],["2023-10-01",false]]
 * grantRounds({ asOf: "2024-03-01", from: "2024-01-01", to: "2024-12-31" }).map((r) => [r.id, r.grantorId]);
 * // => [["grant-round-2024-04-15","lansstyrelsen-stockholm"]]
 * grantRounds({ asOf: "2023-09-01", from: "2023-10-01", applyStatutoryShift: true }).map((r) => [r.deadline, r.due]);
 * // => [["2023-10-01","2023-10-02"]]
 * ```
 */
export function grantRounds(
  this: unknown,
  options?: { asOf?: string; from?: string; to?: string; schemeId?: string; applyStatutoryShift?: boolean },
): readonly GrantRoundAsOf[] {
  const context = contextOf(this);
  const asOf = requiredDate(context, options?.asOf, "grantRounds: options.asOf");
  const from = optionalDate(context, options?.from ?? "1900-01-01", "grantRounds: options.from");
  const to = optionalDate(context, options?.to ?? "2200-12-31", "grantRounds: options.to");
  const shift = options?.applyStatutoryShift ?? DEFAULT_APPLY_STATUTORY_SHIFT;
  const window = { validFrom: from, validTo: to };
  const out: GrantRoundAsOf[] = [];
  for (const scheme of knownAsOf(context.data.grantSchemes, asOf)) {
    if (options?.schemeId !== undefined && scheme.id !== options.schemeId) continue;
    const grantors = scheme.grantor.filter((g) => knownBy(g, asOf));
    for (const round of scheme.rounds) {
      if (!knownBy(round, asOf)) continue;
      if (!overlaps({ validFrom: round.deadline, validTo: round.deadline }, window)) continue;
      const statutoryDeadline = shifted(round.deadline);
      const due = shift ? statutoryDeadline : round.deadline;
      out.push({
        id: round.id,
        schemeId: scheme.id,
        sfs: scheme.sfs,
        applicantKinds: scheme.applicantKinds,
        year: round.year,
        grantorId: valueAsOf(grantors, round.deadline),
        deadline: round.deadline,
        statutoryDeadline,
        due,
        closed: compareIsoDates(asOf, due) > 0,
        criteria: scheme.criteria,
        decided: round.decided,
        sources: round.sources,
      });
    }
  }
  out.sort((a, b) => compareIsoDates(a.deadline, b.deadline) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return deepFreeze(out);
}
