import { overlaps, type Bilingual, type JsonValue, type Meeting } from "@romsk-inkludering/model";
import { traceStep } from "../trace.js";
import type { Rule } from "../types.js";
import { duty, dutyRule, genitiveSv, measuresEn, measuresOf, measuresSv, silent, yearSpan } from "../minority-act.js";

/** Lag (2009:724) §5 as the catalog gives it. */
const DUTY = duty("sfs-2009-724-5");
/** Its amendment by SFS 2018:1367 (from 2019-01-01): the consultation is a structured dialogue. */
const DIALOGUE = duty("sfs-2009-724-5-structured-dialogue");

/** Roma representatives counted in a consultation. */
function romaRepresentatives(meeting: Meeting): number {
  let total = 0;
  for (const p of meeting.participants) if (p.role === "roma-representative") total += p.count;
  return total;
}

/**
 * Rule `minority-act.consultation` (lag 2009:724 §5, from 2010-01-01; from
 * 2019-01-01, SFS 2018:1367, the consultation is "en strukturerad
 * dialog"): per authority and year, did the authority give the Roma
 * minority influence and consult it? A consultation the authority held
 * that year with at least `consultation.minRomaRepresentatives` Roma
 * representatives, or influence measures in its annual report
 * (`influence.measures`), pass; each consultation of the year is listed in
 * the evidence with its count. From 2019, a report that states the
 * consultation was not a structured dialogue (`influence.structuredDialogue:
 * false`) fails once the year has ended; one that does not say is noted.
 * An empty list of measures with no consultation fails; no record either
 * way is a warning; a running year is never a fail. The per-meeting check
 * of Roma participation, with a profile's number per group, stays with
 * `consultation.roma-participation`. Subject: the actor-year.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const meeting = {
 *   id: "linkoping-consultation-2017", date: "2017-10-12", organiserId: "municipality-0580", kind: "consultation" as const,
 *   areas: [], topics: ["Reviderad handlingsplan 2018–2021"], parties: [],
 *   participants: [{ role: "roma-representative" as const, count: 10 }],
 * };
 * check({ meetings: [meeting] }, { asOf: "2018-05-16", rules: ["minority-act.consultation"] })
 *   .map((f) => [f.subject.id, f.verdict, f.evidence.consultationsWithRoma]);
 * // => [["municipality-0580/2017","pass",1]]
 * ```
 */
export const consultationRule: Rule = dutyRule({
  id: "minority-act.consultation",
  title: { sv: "Inflytande och samråd med den romska minoriteten (5 §)", en: "Influence for and consultation with the Roma minority (section 5)" },
  description: {
    sv: "Per myndighet och år: gav myndigheten den romska minoriteten inflytande och samrådde med den, från 2019 genom en strukturerad dialog? Bedöms efter årets samråd och årsrapportens uppgifter om inflytande.",
    en: "Per authority and year: did the authority give the Roma minority influence and consult it, from 2019 as a structured dialogue? Judged from the year's consultations and what the annual report says about influence.",
  },
  duty: DUTY,
  alsoCites: [DIALOGUE],
  from: "reports-and-consultations",
  settings: ["consultation.minRomaRepresentatives"],
  judgeWith: (context) => {
    const { asOf } = context;
    const { minRomaRepresentatives } = context.settings.consultation;
    return (y) => {
      const statement = y.report?.influence;
      const measures = measuresOf(statement);
      const dialogueInForce = overlaps(DIALOGUE, yearSpan(y.year));
      const structuredDialogue = statement?.structuredDialogue ?? null;
      const meetings: JsonValue[] = [];
      let withRoma = 0;
      for (const m of y.consultations) {
        const roma = romaRepresentatives(m);
        if (roma >= minRomaRepresentatives) withRoma += 1;
        meetings.push({ id: m.id, date: m.date, kind: m.kind, romaRepresentatives: roma });
      }
      const consulted = withRoma > 0 || (measures !== null && measures.length > 0);
      const notDialogue = dialogueInForce && structuredDialogue === false;
      // The sentences, made only for the verdict that shows one.
      const shown = (): Bilingual => {
        const what = {
          sv: `${withRoma} av ${y.consultations.length} samråd ${y.year} hade minst ${minRomaRepresentatives} romsk företrädare`,
          en: `${withRoma} of ${y.consultations.length} consultations in ${y.year} had at least ${minRomaRepresentatives} Roma representative${minRomaRepresentatives === 1 ? "" : "s"}`,
        };
        const fromReport = measures !== null && measures.length > 0 ? { sv: `; årsrapporten anger ${measuresSv(measures.length)} för inflytande`, en: `; the annual report states ${measuresEn(measures.length)} for influence` } : { sv: "", en: "" };
        const dialogueNote = !dialogueInForce
          ? { sv: "", en: "" }
          : structuredDialogue === true
            ? { sv: " Samrådet skedde genom en strukturerad dialog.", en: " The consultation took the form of a structured dialogue." }
            : { sv: " Om samrådet skedde genom en strukturerad dialog (krävs från 2019) anges inte.", en: " Whether the consultation took the form of a structured dialogue (required from 2019) is not stated." };
        return { sv: `${y.name.sv} gav minoriteten inflytande ${y.year}: ${what.sv}${fromReport.sv}.${dialogueNote.sv}`, en: `${y.name.en} gave the minority influence in ${y.year}: ${what.en}${fromReport.en}.${dialogueNote.en}` };
      };
      return {
        shown: consulted && !notDialogue ? shown : undefined,
        notMet: notDialogue
          ? () => ({
              sv: `Årsrapporten för ${y.year} anger att samrådet inte skedde genom en strukturerad dialog, som 5 § kräver från 2019 (SFS 2018:1367).`,
              en: `The annual report for ${y.year} states that the consultation was not a structured dialogue, as section 5 requires from 2019 (SFS 2018:1367).`,
            })
          : !consulted && measures !== null && withRoma === 0
            ? () => ({
                sv: `Årsrapporten för ${y.year} anger inga insatser för minoritetens inflytande, och inget samråd med romska företrädare är känt det året.`,
                en: `The annual report for ${y.year} states no measures for the minority's influence, and no consultation with Roma representatives is known that year.`,
              })
            : undefined,
        open:
          y.consultations.length > 0
            ? () => ({
                sv: `Inget av ${genitiveSv(y.name.sv)} ${y.consultations.length} samråd ${y.year} hade romska företrädare (minst ${minRomaRepresentatives}), och ${y.report === undefined ? `ingen årsrapport för ${y.year} är känd per ${asOf}` : "årsrapporten anger inga insatser för inflytande"}.`,
                en: `None of ${y.name.en}'s ${y.consultations.length} consultations in ${y.year} had Roma representatives (at least ${minRomaRepresentatives}), and ${y.report === undefined ? `no annual report for ${y.year} is known as of ${asOf}` : "the annual report states no measures for influence"}.`,
              })
            : () => silent(y, asOf, { sv: "hur minoriteten fått inflytande och samråtts med", en: "how the minority was given influence and consulted" }),
        evidence: {
          dutyId: DUTY.id,
          consultations: meetings,
          consultationsWithRoma: withRoma,
          minRomaRepresentatives,
          measures,
          structuredDialogueRequired: dialogueInForce,
          structuredDialogue,
        },
        steps: () => [
          traceStep("lookup", { sv: `Samråd med minoriteten ${y.year}`, en: `Consultations with the minority in ${y.year}` }, meetings, { sources: DUTY.sources }),
          traceStep(
            "compute",
            { sv: `Samråd med minst ${minRomaRepresentatives} romsk företrädare (consultation.minRomaRepresentatives)`, en: `Consultations with at least ${minRomaRepresentatives} Roma representative(s) (consultation.minRomaRepresentatives)` },
            withRoma,
            { depth: 1 },
          ),
          traceStep("lookup", { sv: "Årsrapportens insatser för inflytande (influence.measures)", en: "The annual report's measures for influence (influence.measures)" }, measures),
          traceStep(
            "lookup",
            { sv: `Krävs strukturerad dialog ${y.year}? (5 § i lydelsen enligt SFS 2018:1367, från ${DIALOGUE.validFrom})`, en: `Is a structured dialogue required in ${y.year}? (section 5 as amended by SFS 2018:1367, from ${DIALOGUE.validFrom})` },
            dialogueInForce,
            { sources: DIALOGUE.sources },
          ),
          traceStep("lookup", { sv: "Årsrapporten: strukturerad dialog (influence.structuredDialogue)", en: "The annual report: structured dialogue (influence.structuredDialogue)" }, structuredDialogue, { depth: 1 }),
        ],
      };
    };
  },
});
