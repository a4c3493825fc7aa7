import * as z from "zod";
import { BudgetLineSchema } from "./reports.js";
import { SourceListSchema } from "./sources.js";
import { AmountSekSchema, FreeTextSchema, IdSchema, IsoDateSchema } from "./shared.js";

/**
 * What an application says it does for one criterion of the grant: the
 * criterion's id in the catalog (e.g. `long-term-effect`,
 * `anchoring-among-roma`) and the application's own text for it.
 *
 * @category Reports
 * @example
 * ```ts
 * import { GrantCriterionAnswerSchema } from "@romsk-inkludering/model";
 * GrantCriterionAnswerSchema.safeParse({ criterionId: "long-term-effect", description: "Brobyggarna anställs i ordinarie verksamhet efter projektet." }).success;
 * // => true
 * GrantCriterionAnswerSchema.safeParse({ criterionId: "long-term-effect", description: "" }).success;
 * // => false
 * ```
 */
export const GrantCriterionAnswerSchema = z.strictObject({
  criterionId: IdSchema.describe("Kriterium (criterionId): the id of the grant's criterion in the catalog, e.g. long-term-effect."),
  description: FreeTextSchema.describe("Beskrivning (description): what the measure does for the criterion, in the application's words."),
});

/**
 * An application's answer for one criterion (see {@link GrantCriterionAnswerSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { GrantCriterionAnswer } from "@romsk-inkludering/model";
 * const answer: GrantCriterionAnswer = { criterionId: "anchoring-among-roma", description: "Planerad i samråd med romska föreningar." };
 * answer.criterionId;
 * // => "anchoring-among-roma"
 * ```
 */
export type GrantCriterionAnswer = z.infer<typeof GrantCriterionAnswerSchema>;

/**
 * An application by a municipality to a round of a state grant in the
 * catalog (the grant for Roma inclusion under förordning 2022:259): the
 * applicant, the round (its id in the catalog, e.g.
 * `grant-round-2023-02-01`), the amount, the day it came in, what the
 * measure does for each criterion and how Roma women and children are
 * involved (each described on its own: the rule `grant.application` says
 * which is missing).
 *
 * It is a funding application to a known grant: where a
 * `funding-application` names its grantor and stands alone (e.g. the
 * Mälardalen network's proposal to Länsstyrelsen), a `grant-application`
 * names a round, whose grantor, deadline and criteria the catalog holds.
 * The two share their pieces: the same budget lines
 * ({@link BudgetLineSchema}), amounts ({@link AmountSekSchema}) and free
 * texts, which refuse personal identity numbers, e-mail addresses and phone
 * numbers ({@link FreeTextSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("grant-application", {
 *   id: "eskilstuna-2023-02",
 *   applicantId: "municipality-0484",
 *   roundId: "grant-round-2023-02-01",
 *   amountSek: 450000,
 *   submittedOn: "2023-01-30",
 *   criteria: [{ criterionId: "long-term-effect", description: "Brobyggarfunktionen blir ordinarie verksamhet." }],
 *   romaInvolvement: { women: "Romska kvinnors förening leder läxhjälpen.", children: "Barn i årskurs 4–9 deltar." },
 * }).success;
 * // => true
 * validate("grant-application", { id: "x", applicantId: "municipality-0484", roundId: "grant-round-2023-02-01", amountSek: 1.5, submittedOn: "2023-01-30", criteria: [] }).success;
 * // => false
 * ```
 */
export const GrantApplicationSchema = z.strictObject({
  id: IdSchema.describe("Id (id): the application's kebab-case id."),
  applicantId: IdSchema.describe("Sökande kommun (applicantId): the applying municipality, by its catalog id (e.g. municipality-0484)."),
  roundId: IdSchema.describe("Ansökningsomgång (roundId): the grant round applied to, by its catalog id (e.g. grant-round-2023-02-01)."),
  title: FreeTextSchema.optional().describe("Rubrik (title): the measure's title."),
  amountSek: AmountSekSchema.describe("Sökt belopp (amountSek): the amount applied for in whole kronor (SEK)."),
  submittedOn: IsoDateSchema.describe("Inkom (submittedOn): the day the application came in to the grantor (YYYY-MM-DD)."),
  criteria: z
    .array(GrantCriterionAnswerSchema)
    .max(50)
    .describe("Kriterier (criteria): what the measure does for each criterion of the grant, one answer per criterion id; which criteria are missing is checked by a rule."),
  romaInvolvement: z
    .strictObject({
      women: FreeTextSchema.optional().describe("Romska kvinnor (women): how Roma women are involved in the measure."),
      children: FreeTextSchema.optional().describe("Romska barn (children): how Roma children are involved in the measure."),
    })
    .optional()
    .describe("Romska kvinnors och barns delaktighet (romaInvolvement): how Roma women and children are involved, each on its own; the grant's criterion roma-women-and-children is judged from it."),
  budgetLines: z.array(BudgetLineSchema).max(500).optional().describe("Budgetposter (budgetLines): the budget's lines, as in a funding application."),
  sources: SourceListSchema.optional().describe("Källor (sources): where the application is recorded."),
});

/**
 * An application to a state grant round (see {@link GrantApplicationSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { GrantApplication } from "@romsk-inkludering/model";
 * const involvement: GrantApplication["romaInvolvement"] = { children: "Barn i årskurs 4–9 deltar." };
 * involvement?.women;
 * // => undefined
 * ```
 */
export interface GrantApplication extends z.output<typeof GrantApplicationSchema> {}
