/**
 * The national check: every rule over a synthetic year (2019) of the 290
 * municipalities, using the catalog's real municipality codes. Each
 * municipality has an annual report with 10 consultations and 20
 * activities, a municipal plan, a network participation record and a
 * funding application. Prints the CPU time of a check (median and spread of
 * its rounds) against the target: well under 100 ms.
 */
import type { Activity, AnnualReport, AreaId, ComplianceInput, Meeting, RomaGroupId } from "@romsk-inkludering/model";
import { check, defaultCatalog, registry } from "@romsk-inkludering/rules";
import { bound } from "../../../scripts/bench/kit.js";
import { municipalityIds } from "./municipalities.js";

const AREAS: readonly AreaId[] = ["education", "employment", "housing", "health-social-care-safety", "culture-language", "civil-society"];
const GROUPS: readonly RomaGroupId[] = ["swedish-roma", "finnish-roma", "travellers", "non-nordic-roma", "newly-arrived-roma"];
const ACTIVITY_KINDS: readonly Activity["kind"][] = ["bridge-building", "health-inspirers", "homework-support", "mother-tongue-tuition", "lectures"];
const ASOF = "2020-04-15";

const pad = (n: number) => String(n).padStart(2, "0");
const principles = defaultCatalog.principles({ scope: "municipal-work" }).map((p) => p.id);
const targetGroups = defaultCatalog.targetGroups().map((g) => g.id);
const network = defaultCatalog.networks().find((n) => n.commitments.length > 0);

function consultations(actorId: string, i: number): Meeting[] {
  return Array.from({ length: 10 }, (_, k) => ({
    id: `${actorId}-samrad-${k + 1}`,
    date: `2019-${pad(1 + k)}-${pad(3 + ((i + k) % 24))}`,
    organiserId: actorId,
    kind: k % 4 === 3 ? "dialogue" : "consultation",
    areas: [AREAS[(i + k) % 6] as AreaId],
    topics: ["Handlingsplan för romsk inkludering"],
    parties: [{ kind: "role", role: "roma-representatives" }],
    participants: [
      { role: "roma-representative", count: 1 + ((i + k) % 3), romaGroup: GROUPS[(i + k) % 5] as RomaGroupId },
      { role: "roma-representative", count: 1, romaGroup: GROUPS[(i + k + 1) % 5] as RomaGroupId, youth: k % 3 === 0 },
      { role: "official", count: 3 },
    ],
    ...(k % 2 === 0 ? { youthInfluence: { methods: ["Ungdomssamråd inför mötet"] } } : {}),
  }));
}

function activities(actorId: string, i: number): Activity[] {
  return Array.from({ length: 20 }, (_, k) => ({
    id: `${actorId}-insats-${k + 1}`,
    actorId,
    areas: [AREAS[(i + k) % 5] as AreaId],
    kind: ACTIVITY_KINDS[k % ACTIVITY_KINDS.length] as Activity["kind"],
    title: "Brobyggare i skolan",
    period: { from: "2019-01-01", to: "2019-12-31" },
    outputs: [{ metric: "participants", value: 10 + k }],
  }));
}

function inputFor(actorId: string, i: number): ComplianceInput {
  const report: AnnualReport = {
    id: `${actorId}-2019`,
    year: 2019,
    actorId,
    reporterKind: "municipality",
    submittedOn: "2020-02-14",
    areas: AREAS.slice(0, 5) as AreaId[],
    activities: activities(actorId, i),
    consultations: consultations(actorId, i),
    observations: [],
    problems: [{ areaId: "education", text: "Få elever läser romani chib." }],
    proposals: [{ areaId: "employment", text: "Fler brobyggare i arbetsmarknadsverksamheten." }],
    goalsAndGuidelines: i % 3 === 0 ? { adopted: false } : { adopted: true, adoptedOn: "2019-05-20" },
    principlesAddressed: principles.slice(0, 3 + (i % 2)),
    targetGroupsAddressed: targetGroups,
  };
  return {
    subject: actorId,
    reports: [report],
    plans: [
      {
        id: `${actorId}-plan`,
        actorId,
        adoptedOn: "2018-03-01",
        period: { from: "2018-01-01", to: "2021-12-31" },
        principlesAddressed: principles,
        targetGroupsAddressed: targetGroups.slice(0, 2),
      },
    ],
    networkParticipation:
      network === undefined
        ? []
        : [
            {
              networkId: network.id,
              memberId: actorId,
              period: { from: "2016-01-01", to: "2019-12-31" },
              activityPlanAdoptedOn: "2016-05-01",
              hasContactPerson: true,
              hasElectedRepresentative: i % 5 !== 0,
              meetings: [2016, 2017, 2018, 2019].flatMap((y) =>
                ["02-10", "05-12", "09-15", "11-20"].map((d, k) => ({ date: `${y}-${d}`, withElectedRepresentatives: k < 2 })),
              ),
              peerReviews: i % 4 === 0 ? [] : ["2018-10-01"],
            },
          ],
    fundingApplications: [
      {
        id: `${actorId}-ansokan`,
        applicantId: actorId,
        grantorId: "lansstyrelsen-stockholm",
        title: "Statsbidrag för romsk inkludering",
        totalSek: 330_000 + (i % 7 === 0 ? 10_000 : 0),
        budgetLines: [
          { description: "Samordning", amountSek: 130_000 },
          { description: "Dokumentation och spridning", amountSek: 100_000 },
          { description: "Kunskapsseminarier", amountSek: 100_000 },
        ],
      },
    ],
  };
}

const ids = municipalityIds();
const inputs = ids.map((id, i) => inputFor(id, i));
const combined: ComplianceInput = {
  reports: inputs.flatMap((x) => x.reports ?? []),
  plans: inputs.flatMap((x) => x.plans ?? []),
  networkParticipation: inputs.flatMap((x) => x.networkParticipation ?? []),
  fundingApplications: inputs.flatMap((x) => x.fundingApplications ?? []),
};

console.log(`${ids.length} municipalities from the catalog, ${registry.length} rules, asOf ${ASOF}`);
console.log(`per municipality: 1 annual report (10 consultations, 20 activities), 1 plan, 1 network record, 1 funding application`);
const findings = check(combined, { asOf: ASOF }).length;
bound({
  group: "rules",
  row: "national check: one check() over all 290 municipalities (CPU ms)",
  fn: () => check(combined, { asOf: ASOF }),
  targetMs: 100,
  note: `${findings} findings`,
});
bound({
  group: "rules",
  row: "national check: one check() per municipality, 290 calls (CPU ms)",
  fn: () => {
    for (const input of inputs) check(input, { asOf: ASOF });
  },
  targetMs: 100,
});
bound({
  group: "rules",
  row: "national check with a profile (two per Roma group), one check() over all (CPU ms)",
  fn: () => check(combined, { asOf: ASOF, profile: { id: "two-per-group", name: "Två per romsk grupp", consultation: { representativesPerRomaGroup: 2 } } }),
  targetMs: 100,
});
