import type { FundingApplication, TraceStep } from "@romsk-inkludering/model";
import { comparisonStep, traceStep } from "../trace.js";
import type { Rule, RuleOutcome } from "../types.js";
import { kronorSv, sekEn } from "../util.js";

const KRONOR = { sv: "kr", en: "SEK" } as const;

/** What the rule looked up (the application, its lines, its total) and computed (the sum, the comparison, the difference). */
function budgetTrace(application: FundingApplication, sumSek: number, differenceSek: number): TraceStep[] {
  return [
    traceStep("lookup", { sv: `Ansökan: ${application.title}`, en: `Application: ${application.title}` }, application.id, { sources: application.sources }),
    traceStep("lookup", { sv: "Sökande", en: "Applicant" }, application.applicantId, { depth: 1 }),
    traceStep("lookup", { sv: "Budgetrader (kronor)", en: "Budget lines (SEK)" }, application.budgetLines.length),
    ...application.budgetLines.map((line) => traceStep("lookup", { sv: line.description, en: line.description }, line.amountSek, { depth: 1 })),
    traceStep("compute", { sv: "Summan av budgetraderna (kronor)", en: "Sum of the budget lines (SEK)" }, sumSek),
    traceStep("lookup", { sv: "Sökt belopp enligt ansökan (kronor)", en: "Amount applied for, as the application states it (SEK)" }, application.totalSek),
    comparisonStep({ sv: "Summan av budgetraderna", en: "Sum of the budget lines" }, sumSek, "===", application.totalSek, { unit: KRONOR }),
    traceStep("compute", { sv: "Skillnad: sökt belopp minus summan (kronor)", en: "Difference: amount applied for minus the sum (SEK)" }, differenceSek, { depth: 1 }),
  ];
}

const SEED_004 = "004_f723fd64a64a7139.txt";

/**
 * What seed 004 states, quoted with its OCR errors corrected ("Forslag",
 * "tjanstemannatid per ar, f6r", "példgg" in the scan): the line amounts,
 * and no total.
 */
const SEED_004_LINES =
  "The proposal states the line amounts only, no totals. " +
  "Förslag 1: \"20 % tjänstemannatid per år, för samordning 130 000 kr (inkl PO pålägg)\", \"Dokumentation och spridning 100 000 kr\", \"Kunskapsseminarier och konferenser. 100 000 kr\". " +
  "Förslag 2: \"20 % tjänstemanna tid per år 130 000 kr (inkl PO pålägg)\", \"Dokumentation och spridning 100 000 kr\". " +
  "A total stated in an application (the catalog's 330 000 and 230 000 kr) is the sum of its lines, not a figure of the seed.";

/**
 * Rule `funding.budget-arithmetic`: the budget lines of a funding
 * application add up to the total applied for. Seed 004's proposals to
 * Länsstyrelsen i Stockholms län for a national network state the line
 * amounts only: förslag 1, 130 000, 100 000 and 100 000 kr; förslag 2,
 * 130 000 and 100 000 kr. The seed states no total: the catalog's totals
 * (330 000 and 230 000 kr) are these sums, and the rule checks that a total
 * an application states is its lines' sum. A wrong total fails with the
 * difference (total minus sum) in the evidence.
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
      locator: "Medel från Länsstyrelsen i Stockholms Län",
      note: SEED_004_LINES,
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
      const trace = context.explain === true ? budgetTrace(application, sumSek, differenceSek) : undefined;
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
          trace,
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
        trace,
      };
    });
  },
};
