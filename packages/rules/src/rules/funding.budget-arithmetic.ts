import type { Rule, RuleOutcome } from "../types.js";
import { kronorSv, sekEn } from "../util.js";

const SEED_004 = "004_f723fd64a64a7139.txt";

/**
 * Rule `funding.budget-arithmetic`: the budget lines of a funding
 * application add up to the total applied for. Seed 004's proposals to
 * Länsstyrelsen i Stockholms län for a national network: förslag 1,
 * 130 000 + 100 000 + 100 000 = 330 000 kr; förslag 2, 130 000 + 100 000 =
 * 230 000 kr. A wrong total fails with the difference (total minus sum) in
 * the evidence.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { check, fundingArithmeticRule } from "@romsk-inkludering/rules";
 * const tampered = {
 *   id: "national-network-proposal-1",
 *   applicantId: "malardalen-network",
 *   grantorId: "lansstyrelsen-stockholm",
 *   title: "Förslag 1",
 *   totalSek: 340000,
 *   budgetLines: [
 *     { description: "Samordning", amountSek: 130000 },
 *     { description: "Dokumentation och spridning", amountSek: 100000 },
 *     { description: "Kunskapsseminarier och konferenser", amountSek: 100000 },
 *   ],
 * };
 * const [finding] = check({ fundingApplications: [tampered] }, { asOf: "2012-12-31", rules: [fundingArithmeticRule] });
 * [finding?.verdict, finding?.evidence.differenceSek];
 * // => ["fail",10000]
 * ```
 */
export const fundingArithmeticRule: Rule = {
  id: "funding.budget-arithmetic",
  title: { sv: "Budgetraderna summerar till det sökta beloppet", en: "Budget lines add up to the amount applied for" },
  description: {
    sv: "Summan av en ansökans budgetrader ska vara lika med det totala belopp som söks; skillnaden redovisas.",
    en: "The sum of an application's budget lines must equal the total applied for; the difference is shown.",
  },
  basis: [
    {
      kind: "seed",
      file: SEED_004,
      locator: "Medel från Länsstyrelsen i Stockholms län: Förslag 1 och Förslag 2",
    },
  ],
  appliesTo: ["funding-application"],
  settings: [],
  check(context) {
    return context.data.fundingApplications.map((application): RuleOutcome => {
      const sumSek = application.budgetLines.reduce((sum, line) => sum + line.amountSek, 0);
      const differenceSek = application.totalSek - sumSek;
      const evidence = {
        totalSek: application.totalSek,
        sumSek,
        differenceSek,
        lines: application.budgetLines.length,
        amountsSek: application.budgetLines.map((line) => line.amountSek),
      };
      const subject = { kind: "funding-application" as const, id: application.id };
      const basis = application.sources;
      if (differenceSek === 0) {
        return {
          subject,
          verdict: "pass",
          message: {
            sv: `Budgetraderna (${application.budgetLines.length}) summerar till ${kronorSv(sumSek)}, lika med det sökta beloppet.`,
            en: `The budget lines (${application.budgetLines.length}) add up to ${sekEn(sumSek)}, equal to the amount applied for.`,
          },
          evidence,
          basis,
        };
      }
      return {
        subject,
        verdict: "fail",
        message: {
          sv: `Budgetraderna summerar till ${kronorSv(sumSek)} men ansökan anger ${kronorSv(application.totalSek)} (skillnad ${kronorSv(differenceSek)}).`,
          en: `The budget lines add up to ${sekEn(sumSek)} but the application states ${sekEn(application.totalSek)} (difference ${sekEn(differenceSek)}).`,
        },
        evidence,
        basis,
      };
    });
  },
};
