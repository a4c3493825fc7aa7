import type { Bilingual, JsonValue, Meeting, Source } from "@romsk-inkludering/model";
import { traceStep } from "../trace.js";
import type { Rule } from "../types.js";
import { duty, dutyRule, genitiveSv, measuresEn, measuresOf, measuresSv, silent } from "../minority-act.js";

/** Lag (2009:724) §5 a as the catalog gives it (from 2019-01-01, SFS 2018:1367). */
const DUTY = duty("sfs-2009-724-5-a");

/** What one consultation shows about young people's influence: the evidence, never a verdict of its own. */
export interface YouthObservation {
  readonly id: string;
  readonly date: string;
  /** Young participants (counts with `youth: true`). */
  readonly youthParticipants: number;
  /** How young people were given influence, as the meeting record says. */
  readonly methods: readonly string[];
  /** Whether the meeting counts toward the year under the settings. */
  readonly counts: boolean;
}

/** The observation of one consultation under the settings (`requireYouth`: only young participants count). */
export function observeYouth(meeting: Meeting, settings: { requireYouth: boolean; minYouthParticipants: number }): YouthObservation {
  let youth = 0;
  for (const p of meeting.participants) if (p.youth === true) youth += p.count;
  const methods = [...(meeting.youthInfluence?.methods ?? [])].sort();
  const counts = youth >= settings.minYouthParticipants || (!settings.requireYouth && methods.length > 0);
  return { id: meeting.id, date: meeting.date, youthParticipants: youth, methods, counts };
}

/**
 * Rule `minority-act.youth-influence` (lag 2009:724 §5 a, from 2019-01-01,
 * SFS 2018:1367): per authority and year, did the authority promote Roma
 * children's and young people's influence and consultation, in forms
 * adapted to them? §5 a is a duty of the authority over its work, not of
 * each meeting: one consultation of the year in which young people took
 * part (at least `consultation.minYouthParticipants`) or that describes
 * how they were given influence (`youthInfluence.methods`), or measures in
 * the annual report (`youthInfluence.measures`), pass the year, even when
 * its other consultations had no young people. Each consultation is
 * evidence (`consultations`: its young participants, methods and whether
 * it counts), never a finding of its own. A profile's
 * `consultation.requireYouth` (Linköping's) counts only young
 * participants: a year whose consultations had none fails once it has
 * ended. A report that states nothing was done (an empty list) fails; no
 * record either way is a warning; a running year is never a fail.
 * Subject: the actor-year.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const consultation = (id: string, date: string, youth: number) => ({
 *   id, date, organiserId: "municipality-0580", kind: "consultation" as const, areas: [], topics: [], parties: [],
 *   participants: [{ role: "roma-representative" as const, count: 4 }, ...(youth > 0 ? [{ role: "roma-representative" as const, count: youth, youth: true }] : [])],
 * });
 * const meetings = [consultation("samrad-2019-03", "2019-03-12", 0), consultation("samrad-2019-10", "2019-10-08", 2), consultation("samrad-2019-11", "2019-11-20", 0)];
 * check({ meetings }, { asOf: "2020-01-15", rules: ["minority-act.youth-influence"] })
 *   .map((f) => [f.subject.id, f.verdict, f.evidence.consultationsCounted]);
 * // => [["municipality-0580/2019","pass",1]]
 * check({ meetings: [consultation("samrad-2020-02", "2020-02-11", 0)] }, { asOf: "2020-06-30", rules: ["minority-act.youth-influence"] })
 *   .map((f) => [f.subject.id, f.verdict]);
 * // => [["municipality-0580/2020","not-applicable"]]
 * ```
 */
export const youthInfluenceRule: Rule = dutyRule({
  id: "minority-act.youth-influence",
  title: { sv: "Barns och ungas inflytande och samråd (5 a §)", en: "Children's and young people's influence and consultation (section 5 a)" },
  description: {
    sv: "Per myndighet och år: främjade myndigheten romska barns och ungas inflytande och samråd i former anpassade till dem? Ett samråd under året där unga deltog eller som visar hur unga fått inflytande, eller årsrapportens insatser, räcker; varje samråd redovisas som underlag.",
    en: "Per authority and year: did the authority promote Roma children's and young people's influence and consultation in forms adapted to them? One consultation of the year in which young people took part or that shows how they were given influence, or the annual report's measures, suffice; each consultation is shown as evidence.",
  },
  duty: DUTY,
  from: "reports-and-consultations",
  settings: ["consultation.requireYouth", "consultation.minYouthParticipants"],
  judgeWith: (context) => {
    const { asOf } = context;
    const { requireYouth, minYouthParticipants } = context.settings.consultation;
    const profileBasis: readonly Source[] = requireYouth ? (context.profile?.sources ?? []) : [];
    const observing = { requireYouth, minYouthParticipants };
    return (y) => {
      const observed = y.consultations.map((m) => observeYouth(m, observing));
      const counted = observed.filter((o) => o.counts);
      const withYouth = observed.filter((o) => o.youthParticipants > 0).length;
      const measures = measuresOf(y.report?.youthInfluence);
      const reportCounts = !requireYouth && measures !== null && measures.length > 0;
      const first = counted[0];
      // The sentences are made only for the verdict that shows one.
      const shown =
        first !== undefined
          ? first.youthParticipants >= minYouthParticipants
            ? () => ({
                sv: `${first.youthParticipants} unga deltog i samrådet ${first.date} (${counted.length} av ${observed.length} samråd ${y.year} visar ungas inflytande).`,
                en: `${first.youthParticipants} young people took part in the consultation of ${first.date} (${counted.length} of ${observed.length} consultations in ${y.year} show young people's influence).`,
              })
            : () => ({
                sv: `Samrådet ${first.date} beskriver hur unga fått inflytande (${counted.length} av ${observed.length} samråd ${y.year} visar ungas inflytande).`,
                en: `The consultation of ${first.date} describes how young people were given influence (${counted.length} of ${observed.length} consultations in ${y.year} show young people's influence).`,
              })
          : reportCounts
            ? () => ({
                sv: `Årsrapporten för ${y.year} anger ${measuresSv(measures.length)} för barns och ungas inflytande och samråd.`,
                en: `The annual report for ${y.year} states ${measuresEn(measures.length)} for children's and young people's influence and consultation.`,
              })
            : undefined;
      const notMet =
        requireYouth && observed.length > 0
          ? () => {
              const describedOnly = observed.some((o) => o.methods.length > 0) || (measures !== null && measures.length > 0);
              return {
                sv: `Inget av ${genitiveSv(y.name.sv)} ${observed.length} samråd ${y.year} hade minst ${minYouthParticipants} unga deltagare${describedOnly ? " (metoder för ungas inflytande beskrivs, men unga deltog inte)" : ""}; profilen kräver unga deltagare.`,
                en: `None of ${y.name.en}'s ${observed.length} consultations in ${y.year} had at least ${minYouthParticipants} young participant(s)${describedOnly ? " (methods for young people's influence are described, but no young people took part)" : ""}; the profile requires young participants.`,
              };
            }
          : measures !== null && measures.length === 0 && !requireYouth
            ? () => ({
                sv: `Årsrapporten för ${y.year} anger inga insatser för barns och ungas inflytande, och inget samråd det året visar ungas inflytande.`,
                en: `The annual report for ${y.year} states no measures for children's and young people's influence, and no consultation that year shows young people's influence.`,
              })
            : undefined;
      const open = (): Bilingual => {
        const most = observed.reduce<YouthObservation | undefined>((best, o) => (o.youthParticipants > (best?.youthParticipants ?? 0) ? o : best), undefined);
        return most !== undefined
          ? {
              sv: `Som mest deltog ${most.youthParticipants} unga i ett samråd ${y.year} (${most.date}); minst ${minYouthParticipants} räknas som att unga deltog, och inget samråd beskriver hur unga fått inflytande.`,
              en: `At most ${most.youthParticipants} young people took part in a consultation in ${y.year} (${most.date}); at least ${minYouthParticipants} count as young people taking part, and no consultation describes how young people were given influence.`,
            }
          : observed.length > 0
          ? {
              sv: `Inget av ${genitiveSv(y.name.sv)} ${observed.length} samråd ${y.year} hade unga deltagare eller beskriver hur unga fått inflytande, och ${y.report === undefined ? `ingen årsrapport för ${y.year} är känd per ${asOf}` : "årsrapporten anger inga insatser för barns och ungas inflytande"}.`,
              en: `None of ${y.name.en}'s ${observed.length} consultations in ${y.year} had young participants or describes how young people were given influence, and ${y.report === undefined ? `no annual report for ${y.year} is known as of ${asOf}` : "the annual report states no measures for children's and young people's influence"}.`,
            }
          : silent(y, asOf, { sv: "hur barn och unga fått inflytande", en: "how children and young people were given influence" });
      };
      // The observations are this outcome's own, made above: the evidence takes each one's sorted copy of the methods as it is (the trace makes its own).
      const consultations: JsonValue[] = observed.map((o) => ({ id: o.id, date: o.date, youthParticipants: o.youthParticipants, methods: o.methods as string[], counts: o.counts }));
      return {
        shown,
        notMet,
        open,
        evidence: {
          dutyId: DUTY.id,
          consultations,
          consultationsWithYouth: withYouth,
          consultationsCounted: counted.length,
          measures,
          requireYouth,
          minYouthParticipants,
          profileId: requireYouth ? (context.profile?.id ?? null) : null,
        },
        basis: profileBasis,
        steps: () => [
          traceStep("lookup", { sv: `Samråd med minoriteten ${y.year}`, en: `Consultations with the minority in ${y.year}` }, observed.length, { sources: DUTY.sources }),
          ...observed.map((o) =>
            traceStep(
              "compute",
              { sv: `Samrådet ${o.date} (${o.id}): unga deltagare och metoder; räknas${requireYouth ? " (profilen kräver unga deltagare)" : ""}`, en: `The consultation of ${o.date} (${o.id}): young participants and methods; counts${requireYouth ? " (the profile requires young participants)" : ""}` },
              { youthParticipants: o.youthParticipants, methods: [...o.methods], counts: o.counts },
              { depth: 1 },
            ),
          ),
          traceStep("lookup", { sv: "Årsrapportens insatser för barns och ungas inflytande (youthInfluence.measures)", en: "The annual report's measures for children's and young people's influence (youthInfluence.measures)" }, measures),
          traceStep("compute", { sv: "Samråd som visar ungas inflytande", en: "Consultations that show young people's influence" }, counted.length),
        ],
      };
    };
  },
});
