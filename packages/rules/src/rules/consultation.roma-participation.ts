import { ROMA_GROUP_LABELS, type JsonValue, type RomaGroupId, type Source } from "@romsk-inkludering/model";
import type { Rule, RuleOutcome } from "../types.js";
import { consultationsToJudge, listEn, listSv } from "../util.js";

/** The Roma group ids in code-unit order (the order of `byGroup` in the evidence). */
const GROUPS_SORTED: readonly RomaGroupId[] = (Object.keys(ROMA_GROUP_LABELS) as RomaGroupId[]).sort();

/** The counts per group, keys in code-unit order; a group id outside the model's list (unvalidated input) keeps its place in that order too. */
function countsByGroup(byGroup: ReadonlyMap<RomaGroupId, number>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  let found = 0;
  for (const group of GROUPS_SORTED) {
    const count = byGroup.get(group);
    if (count === undefined) continue;
    out[group] = count;
    found += 1;
  }
  if (found === byGroup.size) return out;
  const all: Record<string, JsonValue> = {};
  for (const group of [...byGroup.keys()].sort()) all[group] = byGroup.get(group) ?? 0;
  return all;
}

/** From the strategy's decision (16 Feb 2012) to the end of its period. */
const VALIDITY = { validFrom: "2012-02-16", validTo: "2032-12-31" } as const;

/**
 * Rule `consultation.roma-participation`: a consultation (samråd or
 * dialogue) includes Roma representatives, after the strategy's principle
 * of Roma participation and influence (skr. 2011/12:56) and the duty to
 * consult the minorities (lag 2009:724 §5). By default at least one Roma
 * representative takes part; a local profile can require a number per Roma
 * group (Linköping: two per group, seed 003), for the groups it names or
 * all five. Representatives without a stated group count toward the total
 * only. Applies to consultations from 2012-02-16 (the strategy's decision)
 * to 2032-12-31.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const meeting = {
 *   id: "linkoping-samrad-2018-03",
 *   date: "2018-03-20",
 *   organiserId: "municipality-0580",
 *   kind: "consultation" as const,
 *   areas: [],
 *   topics: [],
 *   parties: [{ kind: "role" as const, role: "roma-representatives" as const }],
 *   participants: [
 *     { role: "roma-representative" as const, count: 2, romaGroup: "swedish-roma" as const },
 *     { role: "roma-representative" as const, count: 1, romaGroup: "finnish-roma" as const },
 *   ],
 * };
 * const profile = { id: "linkoping", name: "Linköping", consultation: { representativesPerRomaGroup: 2, romaGroups: ["swedish-roma" as const, "finnish-roma" as const] } };
 * check({ meetings: [meeting] }, { asOf: "2018-05-16", rules: ["consultation.roma-participation"] })
 *   .map((f) => f.verdict);
 * // => ["pass"]
 * check({ meetings: [meeting] }, { asOf: "2018-05-16", profile, rules: ["consultation.roma-participation"] })
 *   .filter((f) => f.ruleId === "consultation.roma-participation")
 *   .map((f) => [f.verdict, f.evidence.groupsShort]);
 * // => [["fail",[{"group":"finnish-roma","count":1,"required":2}]]]
 * ```
 */
export const romaParticipationRule: Rule = {
  id: "consultation.roma-participation",
  title: {
    sv: "Romska företrädare deltar i samråd",
    en: "Roma representatives take part in consultations",
  },
  description: {
    sv: "Samråd och dialoger ska ha romska företrädare (minst en); en lokal profil kan kräva ett antal per romsk grupp.",
    en: "Consultations and dialogues must include Roma representatives (at least one); a local profile can require a number per Roma group.",
  },
  basis: [
    {
      kind: "publication",
      reference: "skr. 2011/12:56",
      title: "En samordnad och långsiktig strategi för romsk inkludering 2012–2032",
      note: "Principle: Roma participation and influence throughout the work.",
    },
    { kind: "sfs", sfs: "2009:724", section: "5 §", title: "Lag om nationella minoriteter och minoritetsspråk" },
  ],
  ...VALIDITY,
  appliesTo: ["meeting"],
  settings: [
    "consultation.minRomaRepresentatives",
    "consultation.representativesPerRomaGroup",
    "consultation.romaGroups",
  ],
  check(context) {
    const { minRomaRepresentatives, representativesPerRomaGroup, romaGroups } = context.settings.consultation;
    const profileBasis: readonly Source[] =
      representativesPerRomaGroup === undefined ? [] : (context.profile?.sources ?? []);
    const outcomes: RuleOutcome[] = [];
    for (const { meeting, subject } of consultationsToJudge(VALIDITY, context.data.meetings, context.asOf, outcomes)) {
      let total = 0;
      let withoutGroup = 0;
      const byGroup = new Map<RomaGroupId, number>();
      for (const p of meeting.participants) {
        if (p.role !== "roma-representative") continue;
        total += p.count;
        if (p.romaGroup === undefined) withoutGroup += p.count;
        else byGroup.set(p.romaGroup, (byGroup.get(p.romaGroup) ?? 0) + p.count);
      }
      const groupCounts = countsByGroup(byGroup);
      const short =
        representativesPerRomaGroup === undefined
          ? []
          : romaGroups
              .map((group) => ({ group, count: byGroup.get(group) ?? 0, required: representativesPerRomaGroup }))
              .filter((g) => g.count < g.required);
      const evidence: Record<string, JsonValue> = {
        date: meeting.date,
        kind: meeting.kind,
        organiserId: meeting.organiserId,
        romaRepresentatives: total,
        withoutGroup,
        byGroup: groupCounts,
        minRomaRepresentatives,
        representativesPerRomaGroup: representativesPerRomaGroup ?? null,
        romaGroups: representativesPerRomaGroup === undefined ? [] : [...romaGroups],
        groupsShort: short,
        profileId: representativesPerRomaGroup === undefined ? null : (context.profile?.id ?? null),
      };
      if (total < minRomaRepresentatives) {
        outcomes.push({
          subject,
          verdict: "fail",
          message: {
            sv: `Samrådet ${meeting.date} hade ${total} romska företrädare; minst ${minRomaRepresentatives} krävs för romers delaktighet och inflytande.`,
            en: `The consultation of ${meeting.date} had ${total} Roma representatives; at least ${minRomaRepresentatives} are needed for Roma participation and influence.`,
          },
          evidence,
          basis: profileBasis,
        });
      } else if (short.length > 0) {
        outcomes.push({
          subject,
          verdict: "fail",
          message: {
            sv: `Samrådet ${meeting.date} hade för få företrädare för ${listSv(short.map((g) => `${ROMA_GROUP_LABELS[g.group].sv} (${g.count})`))}; profilen kräver ${representativesPerRomaGroup} per romsk grupp.`,
            en: `The consultation of ${meeting.date} had too few representatives of ${listEn(short.map((g) => `${ROMA_GROUP_LABELS[g.group].en} (${g.count})`))}; the profile requires ${representativesPerRomaGroup} per Roma group.`,
          },
          evidence,
          basis: profileBasis,
        });
      } else {
        const perGroup =
          representativesPerRomaGroup === undefined
            ? { sv: "", en: "" }
            : {
                sv: `, minst ${representativesPerRomaGroup} per romsk grupp (${romaGroups.length} grupper)`,
                en: `, at least ${representativesPerRomaGroup} per Roma group (${romaGroups.length} groups)`,
              };
        outcomes.push({
          subject,
          verdict: "pass",
          message: {
            sv: `Samrådet ${meeting.date} hade ${total} romska företrädare${perGroup.sv}.`,
            en: `The consultation of ${meeting.date} had ${total} Roma representatives${perGroup.en}.`,
          },
          evidence,
          basis: profileBasis,
        });
      }
    }
    return outcomes;
  },
};
