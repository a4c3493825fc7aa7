import type { ActorKind, JsonValue } from "@romsk-inkludering/model";
import { DEFAULT_SETTINGS } from "../settings.js";
import type { CatalogView, Rule, RuleOutcome } from "../types.js";
import { consultationsToJudge } from "../util.js";

/** Lag (2009:724) §5 a in force from 1 Jan 2019 (SFS 2018:1367). */
const VALIDITY = { validFrom: "2019-01-01" } as const;

/** Actor kinds that are förvaltningsmyndigheter (state or municipal administrative authorities). */
const AUTHORITY_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>([
  "agency",
  "county-administrative-board",
  "municipality",
  "region",
]);

/** The organiser's actor kind, from the catalog or (for an unknown id) a municipality id's shape. */
export function organiserKind(catalog: CatalogView, organiserId: string, date: string): ActorKind | undefined {
  const actor = catalog.getActor(organiserId, { asOf: date });
  if (actor !== undefined) return actor.kind;
  if (/^municipality-\d{4}$/.test(organiserId)) return "municipality";
  return undefined;
}

/**
 * Rule `consultation.youth-influence` (lag 2009:724 §5 a, from 2019-01-01,
 * SFS 2018:1367): an administrative authority (agency, county
 * administrative board, municipality or region) promotes children's and
 * young people's influence and consultation in a form adapted to them. A
 * consultation passes when youth took part (a participant count with
 * `youth: true`) or the meeting describes how young people were given
 * influence (`youthInfluence.methods`); with a profile's `requireYouth`,
 * youth participants are needed. Consultations before 2019 are not
 * applicable; a consultation whose organiser is not an authority is not
 * applicable; an organiser missing from the catalog is checked.
 *
 * @category Consultation
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const consultation = (id: string, date: string) => ({
 *   id,
 *   date,
 *   organiserId: "municipality-0580",
 *   kind: "consultation" as const,
 *   areas: [],
 *   topics: [],
 *   parties: [],
 *   participants: [{ role: "roma-representative" as const, count: 4 }],
 * });
 * check({ meetings: [consultation("samrad-2018", "2018-11-20"), consultation("samrad-2019", "2019-11-20")] }, {
 *   asOf: "2019-12-31",
 *   rules: ["consultation.youth-influence"],
 * }).map((f) => [f.subject.id, f.verdict]);
 * // => [["samrad-2018","not-applicable"],["samrad-2019","fail"]]
 * ```
 */
export const youthInfluenceRule: Rule = {
  id: "consultation.youth-influence",
  title: {
    sv: "Barns och ungas inflytande i samråd",
    en: "Children's and young people's influence in consultations",
  },
  description: {
    sv: "Förvaltningsmyndigheter ska främja barns och ungas inflytande och samråd i former anpassade till dem: unga deltar, eller samrådet visar hur unga fått inflytande.",
    en: "Administrative authorities must promote children's and young people's influence and consultation in forms adapted to them: young people take part, or the consultation shows how they were given influence.",
  },
  basis: [
    {
      kind: "sfs",
      sfs: "2009:724",
      section: "5 a §",
      title: "Lag om nationella minoriteter och minoritetsspråk",
      note: "In force from 2019-01-01 (SFS 2018:1367).",
    },
    { kind: "sfs", sfs: "2018:1367", title: "Lag om ändring i lagen (2009:724) om nationella minoriteter och minoritetsspråk" },
  ],
  ...VALIDITY,
  appliesTo: ["meeting"],
  settings: ["consultation.requireYouth", "consultation.minYouthParticipants"],
  check(context) {
    const { requireYouth, minYouthParticipants } = context.settings.consultation;
    const outcomes: RuleOutcome[] = [];
    for (const { meeting, subject } of consultationsToJudge(VALIDITY, context.data.meetings, context.asOf, outcomes)) {
      const kind = organiserKind(context.catalog, meeting.organiserId, meeting.date);
      if (kind !== undefined && !AUTHORITY_KINDS.has(kind)) {
        outcomes.push({
          subject,
          verdict: "not-applicable",
          message: {
            sv: `Arrangören ${meeting.organiserId} (${kind}) är ingen förvaltningsmyndighet; 5 a § gäller myndigheter.`,
            en: `The organiser ${meeting.organiserId} (${kind}) is not an administrative authority; §5 a applies to authorities.`,
          },
          evidence: { date: meeting.date, organiserId: meeting.organiserId, organiserKind: kind },
        });
        continue;
      }
      let youth = 0;
      for (const p of meeting.participants) if (p.youth === true) youth += p.count;
      const methods = [...(meeting.youthInfluence?.methods ?? [])].sort();
      const evidence: Record<string, JsonValue> = {
        date: meeting.date,
        organiserId: meeting.organiserId,
        organiserKind: kind ?? null,
        youthParticipants: youth,
        methods,
        requireYouth,
        profileId: requireYouth ? (context.profile?.id ?? null) : null,
      };
      if (minYouthParticipants !== DEFAULT_SETTINGS.consultation.minYouthParticipants) evidence.minYouthParticipants = minYouthParticipants;
      const basis = requireYouth ? (context.profile?.sources ?? []) : [];
      if (youth >= minYouthParticipants) {
        outcomes.push({
          subject,
          verdict: "pass",
          message: {
            sv: `${youth} unga deltog i samrådet ${meeting.date}.`,
            en: `${youth} young people took part in the consultation of ${meeting.date}.`,
          },
          evidence,
          basis,
        });
      } else if (methods.length > 0 && !requireYouth) {
        outcomes.push({
          subject,
          verdict: "pass",
          message: {
            sv: `Samrådet ${meeting.date} beskriver hur unga fått inflytande (${methods.length} ${methods.length === 1 ? "metod" : "metoder"}).`,
            en: `The consultation of ${meeting.date} describes how young people were given influence (${methods.length} method${methods.length === 1 ? "" : "s"}).`,
          },
          evidence,
          basis,
        });
      } else if (youth > 0) {
        outcomes.push({
          subject,
          verdict: "fail",
          message: {
            sv: `${youth} unga deltog i samrådet ${meeting.date}; profilen kräver minst ${minYouthParticipants}.`,
            en: `${youth} young people took part in the consultation of ${meeting.date}; the profile requires at least ${minYouthParticipants}.`,
          },
          evidence,
          basis: context.profile?.sources ?? [],
        });
      } else if (methods.length > 0) {
        outcomes.push({
          subject,
          verdict: "fail",
          message: {
            sv: `Samrådet ${meeting.date} beskriver metoder för ungas inflytande men inga unga deltog; profilen kräver unga deltagare.`,
            en: `The consultation of ${meeting.date} describes methods for young people's influence but no young people took part; the profile requires youth participants.`,
          },
          evidence,
          basis,
        });
      } else {
        outcomes.push({
          subject,
          verdict: "fail",
          message: {
            sv: `Samrådet ${meeting.date} visar inte hur barn och unga fått inflytande: inga unga deltog och inga metoder anges.`,
            en: `The consultation of ${meeting.date} does not show how children and young people were given influence: no young participants and no methods stated.`,
          },
          evidence,
          basis,
        });
      }
    }
    return outcomes;
  },
};
