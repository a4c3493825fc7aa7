import { MEETING_KIND_LABELS, ROMA_GROUP_LABELS, type JsonValue, type Meeting, type RomaGroupId, type Source, type TraceStep } from "@romsk-inkludering/model";
import { comparisonStep, traceStep } from "../trace.js";
import type { Rule, RuleContext, RuleOutcome } from "../types.js";
import { consultationsToJudge, listEn, listSv } from "../util.js";

/** The Roma group ids in code-unit order (the order of `byGroup` in the evidence). */
const GROUPS_SORTED: readonly RomaGroupId[] = (Object.keys(ROMA_GROUP_LABELS) as RomaGroupId[]).sort();

/**
 * The Roma representatives per group of one meeting, in the order the
 * groups first appear: a pair of short lists rather than a `Map` per
 * meeting (a meeting names a few groups at most).
 */
interface GroupCounts {
  readonly groups: RomaGroupId[];
  readonly counts: number[];
}

function countOf(byGroup: GroupCounts, group: RomaGroupId): number | undefined {
  const i = byGroup.groups.indexOf(group);
  return i < 0 ? undefined : byGroup.counts[i];
}

/** The place of each Roma group id of the model in {@link GROUPS_SORTED}. */
const GROUP_PLACE: ReadonlyMap<string, number> = new Map(GROUPS_SORTED.map((group, i) => [group, i]));

/** The Roma representatives per group of one meeting, in the order the groups first appear (see {@link GroupCounts}). */
function groupCountsOf(meeting: Meeting): GroupCounts {
  const byGroup: GroupCounts = { groups: [], counts: [] };
  for (const p of meeting.participants) {
    if (p.role !== "roma-representative" || p.romaGroup === undefined) continue;
    const i = byGroup.groups.indexOf(p.romaGroup);
    if (i < 0) {
      byGroup.groups.push(p.romaGroup);
      byGroup.counts.push(p.count);
    } else byGroup.counts[i] = (byGroup.counts[i] as number) + p.count;
  }
  return byGroup;
}

/** The counts as a `Map`, for the trace. */
function asMap(byGroup: GroupCounts): Map<RomaGroupId, number> {
  const out = new Map<RomaGroupId, number>();
  for (let i = 0; i < byGroup.groups.length; i += 1) out.set(byGroup.groups[i] as RomaGroupId, byGroup.counts[i] as number);
  return out;
}

/** The counts per group, keys in code-unit order; a group id outside the model's list (unvalidated input) keeps its place in that order too. */
function countsByGroup(byGroup: GroupCounts): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  let found = 0;
  for (const group of GROUPS_SORTED) {
    const count = countOf(byGroup, group);
    if (count === undefined) continue;
    out[group] = count;
    found += 1;
  }
  if (found === byGroup.groups.length) return out;
  const all: Record<string, JsonValue> = {};
  for (const group of [...byGroup.groups].sort()) all[group] = countOf(byGroup, group) ?? 0;
  return all;
}

/** What the rule looked up in the meeting (its Roma representatives, per group) and the comparisons with what is required. */
function participationTrace(
  meeting: Meeting,
  counts: { total: number; withoutGroup: number; byGroup: ReadonlyMap<RomaGroupId, number> },
  context: RuleContext,
): TraceStep[] {
  const { minRomaRepresentatives, representativesPerRomaGroup, romaGroups } = context.settings.consultation;
  const kind = Object.hasOwn(MEETING_KIND_LABELS, meeting.kind) ? MEETING_KIND_LABELS[meeting.kind] : { sv: meeting.kind, en: meeting.kind };
  const steps: TraceStep[] = [
    traceStep("lookup", { sv: `Möte (${kind.sv}) ${meeting.date}`, en: `Meeting (${kind.en}) on ${meeting.date}` }, meeting.id),
    traceStep("lookup", { sv: "Arrangör", en: "Organiser" }, meeting.organiserId, { depth: 1 }),
    traceStep("compute", { sv: "Romska företrädare bland deltagarna (summa av antalen)", en: "Roma representatives among the participants (sum of the counts)" }, counts.total),
  ];
  for (const [group, count] of [...counts.byGroup.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const label = Object.hasOwn(ROMA_GROUP_LABELS, group) ? ROMA_GROUP_LABELS[group] : { sv: group, en: group };
    steps.push(traceStep("compute", { sv: `varav ${label.sv}`, en: `of whom ${label.en}` }, count, { depth: 1 }));
  }
  if (counts.withoutGroup > 0) steps.push(traceStep("compute", { sv: "varav utan angiven grupp", en: "of whom no group given" }, counts.withoutGroup, { depth: 1 }));
  steps.push(comparisonStep({ sv: "Antal romska företrädare", en: "Number of Roma representatives" }, counts.total, ">=", minRomaRepresentatives));
  if (representativesPerRomaGroup !== undefined) {
    steps.push(traceStep("setting", { sv: "Profilen kräver företrädare per romsk grupp (consultation.representativesPerRomaGroup)", en: "The profile requires representatives per Roma group (consultation.representativesPerRomaGroup)" }, representativesPerRomaGroup, { sources: context.profile?.sources ?? [] }));
    for (const group of romaGroups) {
      const label = Object.hasOwn(ROMA_GROUP_LABELS, group) ? ROMA_GROUP_LABELS[group] : { sv: group, en: group };
      steps.push(comparisonStep({ sv: `Företrädare för ${label.sv}`, en: `Representatives of ${label.en}` }, counts.byGroup.get(group) ?? 0, ">=", representativesPerRomaGroup, { depth: 1 }));
    }
  }
  return steps;
}

/**
 * The groups a meeting was short of, as the lists of its message ("Finska
 * romer (1) och Resande (0)"), made once per set of groups and counts in a
 * check: a profile makes most meetings of a national check short of the
 * same few groups by the same counts.
 */
class ShortLists {
  readonly #made = new Map<string, { readonly sv: string; readonly en: string }>();

  of(short: readonly { readonly group: RomaGroupId; readonly count: number }[]): { readonly sv: string; readonly en: string } {
    let key = "";
    for (const g of short) key += `${g.group}\u0000${g.count}\u0000`;
    let lists = this.#made.get(key);
    if (lists === undefined) {
      lists = {
        sv: listSv(short.map((g) => `${ROMA_GROUP_LABELS[g.group].sv} (${g.count})`)),
        en: listEn(short.map((g) => `${ROMA_GROUP_LABELS[g.group].en} (${g.count})`)),
      };
      this.#made.set(key, lists);
    }
    return lists;
  }
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
    const explain = context.explain === true;
    // What a pass says of the profile's groups, and the profile named in the evidence: the same for every meeting of the check.
    const perGroup =
      representativesPerRomaGroup === undefined
        ? { sv: "", en: "" }
        : {
            sv: `, minst ${representativesPerRomaGroup} per romsk grupp (${romaGroups.length} grupper)`,
            en: `, at least ${representativesPerRomaGroup} per Roma group (${romaGroups.length} groups)`,
          };
    const profileId = representativesPerRomaGroup === undefined ? null : (context.profile?.id ?? null);
    // The groups as a plain list, once per check: the default settings' list is frozen, and reading a frozen list
    // item by item (for…of, spread) takes the iterator's slow path, an object per step.
    const groups: RomaGroupId[] = romaGroups.slice();
    // The representatives of each group of the model per meeting, by the group's place in GROUPS_SORTED
    // (`undefined`: the group is not named): one list for the check, cleared for each meeting.
    const counts: (number | undefined)[] = GROUPS_SORTED.map(() => undefined);
    const shortLists = new ShortLists();
    for (const meeting of consultationsToJudge(VALIDITY, context.data.meetings, context.asOf, outcomes, explain)) {
      const subject = { kind: "meeting" as const, id: meeting.id };
      let total = 0;
      let withoutGroup = 0;
      // A group id outside the model's list (unvalidated input): the meeting is counted group by group in a list of its own.
      let otherGroup = false;
      for (let i = 0; i < counts.length; i += 1) counts[i] = undefined;
      for (const p of meeting.participants) {
        if (p.role !== "roma-representative") continue;
        total += p.count;
        if (p.romaGroup === undefined) {
          withoutGroup += p.count;
          continue;
        }
        const place = GROUP_PLACE.get(p.romaGroup);
        if (place === undefined) otherGroup = true;
        else counts[place] = (counts[place] ?? 0) + p.count;
      }
      const byGroup = otherGroup || explain ? groupCountsOf(meeting) : undefined;
      let groupCounts: Record<string, JsonValue>;
      if (byGroup !== undefined) groupCounts = countsByGroup(byGroup);
      else {
        groupCounts = {};
        for (let i = 0; i < GROUPS_SORTED.length; i += 1) {
          const count = counts[i];
          if (count !== undefined) groupCounts[GROUPS_SORTED[i] as RomaGroupId] = count;
        }
      }
      const trace = byGroup !== undefined && explain ? participationTrace(meeting, { total, withoutGroup, byGroup: asMap(byGroup) }, context) : undefined;
      const short: { group: RomaGroupId; count: number; required: number }[] = [];
      if (representativesPerRomaGroup !== undefined) {
        for (let g = 0; g < groups.length; g += 1) {
          const group = groups[g] as RomaGroupId;
          const place = GROUP_PLACE.get(group);
          const count = (byGroup !== undefined ? countOf(byGroup, group) : place === undefined ? undefined : counts[place]) ?? 0;
          if (count < representativesPerRomaGroup) short.push({ group, count, required: representativesPerRomaGroup });
        }
      }
      const evidence: Record<string, JsonValue> = {
        date: meeting.date,
        kind: meeting.kind,
        organiserId: meeting.organiserId,
        romaRepresentatives: total,
        withoutGroup,
        byGroup: groupCounts,
        minRomaRepresentatives,
        representativesPerRomaGroup: representativesPerRomaGroup ?? null,
        romaGroups: representativesPerRomaGroup === undefined ? [] : groups.slice(),
        groupsShort: short,
        profileId,
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
          trace,
        });
      } else if (short.length > 0) {
        const shortList = shortLists.of(short);
        outcomes.push({
          subject,
          verdict: "fail",
          message: {
            sv: `Samrådet ${meeting.date} hade för få företrädare för ${shortList.sv}; profilen kräver ${representativesPerRomaGroup} per romsk grupp.`,
            en: `The consultation of ${meeting.date} had too few representatives of ${shortList.en}; the profile requires ${representativesPerRomaGroup} per Roma group.`,
          },
          evidence,
          basis: profileBasis,
          trace,
        });
      } else {
        outcomes.push({
          subject,
          verdict: "pass",
          message: {
            sv: `Samrådet ${meeting.date} hade ${total} romska företrädare${perGroup.sv}.`,
            en: `The consultation of ${meeting.date} had ${total} Roma representatives${perGroup.en}.`,
          },
          evidence,
          basis: profileBasis,
          trace,
        });
      }
    }
    return outcomes;
  },
};
