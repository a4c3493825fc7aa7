/**
 * A large compliance input made from a seed: `n` records (annual reports,
 * meetings, submissions, network participation, plans, funding
 * applications, forum records) over the catalog's municipalities and
 * commissions and as many other municipal actors again, so that the number
 * of actors grows with `n`. Used by the scaling benchmark and by the test
 * that the findings and their order do not change. Deterministic: the same
 * `n` and `seed` give the same input (UTC date arithmetic only).
 */
import type {
  Activity,
  AnnualReport,
  AreaId,
  ComplianceInput,
  ContentRequirement,
  FundingApplication,
  Meeting,
  MunicipalPlan,
  NetworkParticipation,
  RomaGroupId,
  Submission,
} from "@romsk-inkludering/model";
import { municipalities } from "@romsk-inkludering/catalog";
import { defaultCatalog } from "@romsk-inkludering/rules";

/** mulberry32: a small deterministic pseudo-random generator in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS: readonly AreaId[] = ["education", "employment", "housing", "health-social-care-safety", "culture-language", "civil-society"];
const GROUPS: readonly RomaGroupId[] = ["swedish-roma", "finnish-roma", "travellers", "non-nordic-roma", "newly-arrived-roma"];
const CONTENTS: readonly ContentRequirement[] = ["problem-analysis", "proposed-measures", "area-coverage", "cost-estimate", "methods", "conclusions"];
const KINDS: readonly Activity["kind"][] = ["bridge-building", "health-inspirers", "homework-support", "mother-tongue-tuition", "other"];
const MEETING_KINDS: readonly Meeting["kind"][] = ["consultation", "dialogue", "network-meeting", "seminar", "consultation"];
const DAY = 86_400_000;

/** A compliance input of about `n` top-level records, made from `seed`. */
export function largeInput(n: number, seed = 2012): ComplianceInput {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
  const date = (fromYear: number, toYear: number): string =>
    new Date(Date.UTC(fromYear, 0, 1) + Math.floor(rnd() * ((Date.UTC(toYear + 1, 0, 1) - Date.UTC(fromYear, 0, 1)) / DAY)) * DAY)
      .toISOString()
      .slice(0, 10);

  const commissions = defaultCatalog.commissions();
  const deliverables = commissions.flatMap((c) => c.parts.flatMap((p) => p.deliverables.map((d) => ({ commissionId: c.id, partId: p.id, id: d.id }))));
  const networks = defaultCatalog.networks().map((x) => x.id);
  const forums = defaultCatalog.forums().map((x) => x.id);
  const principles = defaultCatalog.principles({ scope: "municipal-work" }).map((p) => p.id);
  const targetGroups = defaultCatalog.targetGroups().map((g) => g.id);
  const catalogMunicipalities = municipalities()
    .map((m) => m.id)
    .sort();
  // As many actors again as the catalog has municipalities for every 2 000 records.
  const extra = Math.max(1, Math.ceil(n / 2000) * catalogMunicipalities.length);
  const actors = [...catalogMunicipalities, ...Array.from({ length: extra }, (_, i) => `kommun-${String(i + 1).padStart(5, "0")}`)];
  const actor = (): string => pick(actors);

  const meeting = (id: string, organiserId: string, year: number): Meeting => {
    const linked = rnd() < 0.3 ? pick(deliverables) : undefined;
    return {
      id,
      date: date(year, year),
      organiserId,
      kind: pick(MEETING_KINDS),
      areas: [pick(AREAS)],
      topics: ["Handlingsplan för romsk inkludering"],
      ...(linked === undefined ? {} : { commissionId: linked.commissionId, partId: linked.partId }),
      parties: rnd() < 0.7 ? [{ kind: "role", role: "roma-representatives" }] : [{ kind: "actor", actorId: actor() }],
      participants: [
        { role: "roma-representative", count: int(0, 3), romaGroup: pick(GROUPS), ...(rnd() < 0.3 ? { youth: true } : {}) },
        { role: "official", count: int(1, 4) },
      ],
      ...(rnd() < 0.4 ? { youthInfluence: { methods: ["Ungdomssamråd inför mötet"] } } : {}),
    };
  };

  const reports: AnnualReport[] = [];
  const meetings: Meeting[] = [];
  const submissions: Submission[] = [];
  const networkParticipation: NetworkParticipation[] = [];
  const plans: MunicipalPlan[] = [];
  const fundingApplications: FundingApplication[] = [];
  const forumRecords: NonNullable<ComplianceInput["forumRecords"]> = [];
  const reportYears = new Map<string, number>();

  for (let i = 0; i < n; i += 1) {
    const r = rnd();
    if (r < 0.25) {
      const actorId = actor();
      const year = (reportYears.get(actorId) ?? int(2012, 2016)) + 1;
      reportYears.set(actorId, year);
      const statement = rnd();
      reports.push({
        id: `${actorId}-${year}`,
        year,
        actorId,
        reporterKind: rnd() < 0.9 ? "municipality" : "region",
        ...(rnd() < 0.9 ? { submittedOn: date(year + 1, year + 1) } : {}),
        areas: AREAS.filter(() => rnd() < 0.5),
        activities: Array.from({ length: int(0, 3) }, (_, k) => ({
          id: `${actorId}-${year}-insats-${k + 1}`,
          actorId,
          areas: [pick(AREAS)],
          kind: pick(KINDS),
          title: "Brobyggare i skolan",
          period: { from: `${year}-01-01`, to: `${year}-12-31` },
          outputs: [{ metric: "participants", value: int(1, 40) }],
        })),
        consultations: Array.from({ length: int(0, 2) }, (_, k) => meeting(`${actorId}-${year}-samrad-${k + 1}`, actorId, year)),
        observations: [],
        problems: rnd() < 0.5 ? [{ areaId: pick(AREAS), text: "Få elever läser romani chib." }] : [],
        proposals: rnd() < 0.5 ? [{ areaId: pick(AREAS), text: "Fler brobyggare." }] : [],
        ...(statement < 0.4
          ? { goalsAndGuidelines: { adopted: true, adoptedOn: date(2016, 2021) } }
          : statement < 0.7
            ? { goalsAndGuidelines: { adopted: false } }
            : {}),
        ...(rnd() < 0.6 ? { principlesAddressed: principles.filter(() => rnd() < 0.7), targetGroupsAddressed: targetGroups.filter(() => rnd() < 0.6) } : {}),
      });
    } else if (r < 0.55) {
      // Some meeting ids repeat (the runner keeps one per id).
      meetings.push(meeting(`moete-${rnd() < 0.05 ? int(1, 20) : i}`, actor(), int(2012, 2021)));
    } else if (r < 0.7) {
      const d = pick(deliverables);
      submissions.push({
        deliverableId: d.id,
        ...(rnd() < 0.5 ? { occurrence: int(2012, 2020) } : {}),
        submittedOn: date(2012, 2021),
        contents: CONTENTS.filter(() => rnd() < 0.5),
      });
    } else if (r < 0.8) {
      const from = int(2012, 2018);
      networkParticipation.push({
        networkId: pick(networks),
        memberId: actor(),
        period: { from: `${from}-01-01`, to: `${from + int(0, 4)}-12-31` },
        ...(rnd() < 0.7 ? { activityPlanAdoptedOn: date(from, from) } : {}),
        hasContactPerson: rnd() < 0.8,
        hasElectedRepresentative: rnd() < 0.6,
        meetings: Array.from({ length: int(0, 8) }, () => ({ date: date(from, from + 3), withElectedRepresentatives: rnd() < 0.5 })),
        peerReviews: rnd() < 0.5 ? [date(from, from + 3)] : [],
      });
    } else if (r < 0.9) {
      const actorId = actor();
      const from = int(2012, 2020);
      plans.push({
        id: `${actorId}-plan-${i}`,
        actorId,
        adoptedOn: date(from, from),
        period: { from: `${from}-01-01`, to: `${from + 3}-12-31` },
        principlesAddressed: principles.filter(() => rnd() < 0.8),
        targetGroupsAddressed: targetGroups.filter(() => rnd() < 0.7),
      });
    } else if (r < 0.98) {
      const lines = Array.from({ length: int(1, 4) }, () => ({ description: "Samordning", amountSek: int(1, 30) * 10_000 }));
      const sum = lines.reduce((s, l) => s + l.amountSek, 0);
      fundingApplications.push({
        id: `ansokan-${rnd() < 0.05 ? int(1, 20) : i}`,
        applicantId: actor(),
        grantorId: "lansstyrelsen-stockholm",
        title: "Statsbidrag för romsk inkludering",
        totalSek: rnd() < 0.8 ? sum : sum + 10_000,
        budgetLines: lines,
      });
    } else {
      const from = int(2012, 2018);
      forumRecords.push({
        forumId: pick(forums),
        period: { from: `${from}-01-01`, to: `${from + 2}-12-31` },
        meetingDates: Array.from({ length: int(0, 10) }, () => date(from, from + 2)),
      });
    }
  }
  return { reports, meetings, submissions, networkParticipation, plans, fundingApplications, forumRecords };
}
