/**
 * fast-check arbitraries for compliance inputs. Ids are drawn from small
 * pools that include the catalog's commissions, deliverables, networks and
 * forums, so generated records hit the real reference data, and clash (the
 * same id twice) often enough to exercise de-duplication.
 */
import type { Activity, AnnualReport, ComplianceInput, LocalProfile, Meeting, PartyRef } from "@romsk-inkludering/model";
import { defaultCatalog } from "@romsk-inkludering/rules";
import fc from "fast-check";

const DAY = 86_400_000;

/** An ISO date between two UTC dates (UTC arithmetic: independent of the process time zone). */
function between(from: number, to: number): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: Math.round((to - from) / DAY) }).map((n) => new Date(from + n * DAY).toISOString().slice(0, 10));
}

/** Mostly 2010–2026, sometimes at the edges of the supported range (1900, 2200). */
export const dateArb = fc.oneof(
  { weight: 18, arbitrary: between(Date.UTC(2010, 0, 1), Date.UTC(2026, 11, 31)) },
  { weight: 1, arbitrary: between(Date.UTC(2196, 0, 1), Date.UTC(2200, 11, 31)) },
  { weight: 1, arbitrary: between(Date.UTC(1900, 0, 1), Date.UTC(1901, 11, 31)) },
);

export const asOfArb = dateArb;

const periodArb = fc.tuple(dateArb, dateArb).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

const catalogCommissions = defaultCatalog.commissions();
const commissionIds = [...catalogCommissions.map((c) => c.id), "unknown-commission"];
const partIds = [...new Set(catalogCommissions.flatMap((c) => c.parts.map((p) => p.id))), "unknown-part"];
const deliverableIds = [
  ...new Set(catalogCommissions.flatMap((c) => c.parts.flatMap((p) => p.deliverables.map((d) => d.id)))),
  "unknown-deliverable",
];
const networkIds = [...defaultCatalog.networks().map((n) => n.id), "unknown-network"];
const forumIds = [...defaultCatalog.forums().map((f) => f.id), "unknown-forum"];
const actorIds = [
  "municipality-0580",
  "municipality-1283",
  "municipality-2180",
  "municipality-1980",
  "lansstyrelsen-stockholm",
  "skolverket",
  "unknown-actor",
];
const principleIds = [...defaultCatalog.principles({ scope: "municipal-work" }).map((p) => p.id), "unknown-principle"];
const targetGroupIds = [...defaultCatalog.targetGroups().map((g) => g.id), "unknown-group"];
const areaArb = fc.constantFrom(
  "education" as const,
  "employment" as const,
  "housing" as const,
  "health-social-care-safety" as const,
  "culture-language" as const,
  "civil-society" as const,
);
const romaGroupArb = fc.constantFrom(
  "swedish-roma" as const,
  "finnish-roma" as const,
  "travellers" as const,
  "non-nordic-roma" as const,
  "newly-arrived-roma" as const,
);
const idArb = (prefix: string) => fc.integer({ min: 1, max: 6 }).map((n) => `${prefix}-${n}`);
const textArb = fc.constantFrom("Samråd om handlingsplanen", "Brobyggare i skolan", "Läxläsning");

const partyArb: fc.Arbitrary<PartyRef> = fc.oneof(
  fc.constantFrom(...actorIds).map((actorId) => ({ kind: "actor" as const, actorId })),
  fc.constantFrom("pilot-2012-2015", "unknown-programme").map((programmeId) => ({ kind: "programme-municipalities" as const, programmeId })),
  fc
    .constantFrom("roma-representatives" as const, "roma-experts" as const, "roma-organisations" as const, "elected-representatives" as const)
    .map((role) => ({ kind: "role" as const, role })),
);

const participantArb = fc.record(
  {
    role: fc.constantFrom(
      "roma-representative" as const,
      "roma-expert" as const,
      "official" as const,
      "elected-representative" as const,
      "agency-representative" as const,
      "organisation-representative" as const,
      "other" as const,
    ),
    count: fc.integer({ min: 0, max: 12 }),
    romaGroup: romaGroupArb,
    youth: fc.boolean(),
    gender: fc.constantFrom("T" as const, "K" as const, "M" as const),
  },
  { requiredKeys: ["role", "count"] },
);

export const meetingArb: fc.Arbitrary<Meeting> = fc.record(
  {
    id: idArb("meeting"),
    date: dateArb,
    organiserId: fc.constantFrom(...actorIds),
    kind: fc.constantFrom(
      "consultation" as const,
      "dialogue" as const,
      "network-meeting" as const,
      "forum-meeting" as const,
      "learning-meeting" as const,
      "seminar" as const,
      "other" as const,
    ),
    areas: fc.uniqueArray(areaArb, { maxLength: 3 }),
    topics: fc.array(textArb, { maxLength: 2 }),
    commissionId: fc.constantFrom(...commissionIds),
    partId: fc.constantFrom(...partIds),
    parties: fc.array(partyArb, { maxLength: 4 }),
    participants: fc.array(participantArb, { maxLength: 4 }),
    youthInfluence: fc.record({ methods: fc.array(textArb, { maxLength: 2 }) }),
    withElectedRepresentatives: fc.boolean(),
  },
  { requiredKeys: ["id", "date", "organiserId", "kind", "areas", "topics", "parties", "participants"] },
);

const activityArb = fc.record(
  {
    id: idArb("activity"),
    actorId: fc.constantFrom(...actorIds),
    areas: fc.uniqueArray(areaArb, { minLength: 1, maxLength: 3 }),
    kind: fc.constantFrom("bridge-building" as const, "health-inspirers" as const, "homework-support" as const, "other" as const),
    title: textArb,
    period: periodArb,
    outputs: fc.constant([] as Activity["outputs"]),
  },
  { requiredKeys: ["id", "actorId", "areas", "kind", "title", "period", "outputs"] },
);

const reportArb: fc.Arbitrary<AnnualReport> = fc.record(
  {
    id: idArb("report"),
    year: fc.integer({ min: 2012, max: 2025 }),
    actorId: fc.constantFrom(...actorIds),
    reporterKind: fc.constantFrom("municipality" as const, "agency" as const, "region" as const, "county-administrative-board" as const),
    submittedOn: dateArb,
    areas: fc.uniqueArray(areaArb, { maxLength: 4 }),
    activities: fc.array(activityArb, { maxLength: 3 }),
    consultations: fc.array(meetingArb, { maxLength: 3 }),
    observations: fc.constant([] as AnnualReport["observations"]),
    problems: fc.array(fc.record({ areaId: areaArb, text: textArb }, { requiredKeys: ["text"] }), { maxLength: 2 }),
    proposals: fc.array(fc.record({ areaId: areaArb, text: textArb }, { requiredKeys: ["text"] }), { maxLength: 2 }),
    goalsAndGuidelines: fc.record({ adopted: fc.boolean(), adoptedOn: dateArb }, { requiredKeys: ["adopted"] }),
    principlesAddressed: fc.uniqueArray(fc.constantFrom(...principleIds), { maxLength: 5 }),
    targetGroupsAddressed: fc.uniqueArray(fc.constantFrom(...targetGroupIds), { maxLength: 5 }),
  },
  {
    requiredKeys: ["id", "year", "actorId", "reporterKind", "areas", "activities", "consultations", "observations", "problems", "proposals"],
  },
);

const submissionArb = fc.record(
  {
    deliverableId: fc.constantFrom(...deliverableIds),
    occurrence: fc.integer({ min: 2012, max: 2025 }),
    submittedOn: dateArb,
    contents: fc.uniqueArray(
      fc.constantFrom(
        "problem-analysis" as const,
        "proposed-measures" as const,
        "area-coverage" as const,
        "cost-estimate" as const,
        "methods" as const,
        "conclusions" as const,
      ),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ["deliverableId", "submittedOn", "contents"] },
);

const participationArb = fc.record(
  {
    networkId: fc.constantFrom(...networkIds),
    memberId: fc.constantFrom(...actorIds),
    period: periodArb,
    activityPlanAdoptedOn: dateArb,
    hasContactPerson: fc.boolean(),
    hasElectedRepresentative: fc.boolean(),
    meetings: fc.array(fc.record({ date: dateArb, withElectedRepresentatives: fc.boolean() }), { maxLength: 12 }),
    peerReviews: fc.array(dateArb, { maxLength: 3 }),
  },
  { requiredKeys: ["networkId", "memberId", "period", "hasContactPerson", "hasElectedRepresentative", "meetings", "peerReviews"] },
);

const forumRecordArb = fc.record({
  forumId: fc.constantFrom(...forumIds),
  period: periodArb,
  meetingDates: fc.array(dateArb, { maxLength: 12 }),
});

const planArb = fc.record({
  id: idArb("plan"),
  actorId: fc.constantFrom(...actorIds),
  adoptedOn: dateArb,
  period: periodArb,
  principlesAddressed: fc.uniqueArray(fc.constantFrom(...principleIds), { maxLength: 5 }),
  targetGroupsAddressed: fc.uniqueArray(fc.constantFrom(...targetGroupIds), { maxLength: 5 }),
});

const applicationArb = fc.record({
  id: idArb("application"),
  applicantId: fc.constantFrom(...actorIds),
  grantorId: fc.constant("lansstyrelsen-stockholm"),
  title: textArb,
  totalSek: fc.integer({ min: 0, max: 1_000_000 }),
  budgetLines: fc.array(fc.record({ description: textArb, amountSek: fc.integer({ min: 0, max: 500_000 }) }), { maxLength: 4 }),
});

/** A compliance input (valid by construction in almost every case; tests still filter with the model). */
export const arbitraryInput: fc.Arbitrary<ComplianceInput> = fc.record(
  {
    subject: fc.constantFrom(...actorIds),
    commissions: fc.subarray([...catalogCommissions], { maxLength: Math.min(2, catalogCommissions.length) }),
    submissions: fc.array(submissionArb, { maxLength: 6 }),
    meetings: fc.array(meetingArb, { maxLength: 6 }),
    reports: fc.array(reportArb, { maxLength: 3 }),
    networkParticipation: fc.array(participationArb, { maxLength: 2 }),
    forumRecords: fc.array(forumRecordArb, { maxLength: 2 }),
    plans: fc.array(planArb, { maxLength: 2 }),
    fundingApplications: fc.array(applicationArb, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

/** A local profile (valid, or with a loosening setting the rules must refuse). */
export const arbitraryProfile: fc.Arbitrary<LocalProfile> = fc.record(
  {
    id: idArb("profile"),
    actorId: fc.constantFrom("municipality-0580", "municipality-1283"),
    name: fc.constant("Lokal profil"),
    validFrom: dateArb,
    consultation: fc.record(
      {
        representativesPerRomaGroup: fc.integer({ min: 0, max: 4 }),
        romaGroups: fc.uniqueArray(romaGroupArb, { maxLength: 5 }),
        requireYouth: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    deadlines: fc.record(
      { applyStatutoryShift: fc.boolean(), dueSoonDays: fc.integer({ min: 0, max: 120 }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["id", "name"] },
);

/** A deterministic permutation (mulberry32). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The same input with every list (and the reports' nested lists) in another order. */
export function shuffleInput(input: ComplianceInput, seed: number): ComplianceInput {
  const out: ComplianceInput = { ...input };
  if (input.commissions !== undefined) out.commissions = shuffle(input.commissions, seed + 1);
  if (input.submissions !== undefined) out.submissions = shuffle(input.submissions, seed + 2);
  if (input.meetings !== undefined) out.meetings = shuffle(input.meetings, seed + 3);
  if (input.reports !== undefined) {
    out.reports = shuffle(input.reports, seed + 4).map((r, i) => ({
      ...r,
      activities: shuffle(r.activities, seed + 10 + i),
      consultations: shuffle(r.consultations, seed + 20 + i),
      problems: shuffle(r.problems, seed + 30 + i),
      proposals: shuffle(r.proposals, seed + 40 + i),
    }));
  }
  if (input.networkParticipation !== undefined) {
    out.networkParticipation = shuffle(input.networkParticipation, seed + 5).map((p, i) => ({
      ...p,
      meetings: shuffle(p.meetings, seed + 50 + i),
      peerReviews: shuffle(p.peerReviews, seed + 60 + i),
    }));
  }
  if (input.forumRecords !== undefined) {
    out.forumRecords = shuffle(input.forumRecords, seed + 6).map((r, i) => ({ ...r, meetingDates: shuffle(r.meetingDates, seed + 70 + i) }));
  }
  if (input.plans !== undefined) out.plans = shuffle(input.plans, seed + 7);
  if (input.fundingApplications !== undefined) out.fundingApplications = shuffle(input.fundingApplications, seed + 8);
  return out;
}
