/**
 * The catalog's data against the model's schemas, its sources and its
 * references, with spot checks of real values from the seeds and FACTS.
 */
import {
  BilingualSchema,
  CountyCodeSchema,
  IdSchema,
  IsoDateSchema,
  PeriodSchema,
  SourcesSchema,
  validate,
  validateWith,
} from "@romsk-inkludering/model";
import type { Kind, Source } from "@romsk-inkludering/model";
import {
  actors,
  catalog,
  checkCatalog,
  citations,
  commissions,
  counties,
  deliverables,
  getActor,
  getCommission,
  getNetwork,
  getProgramme,
  municipalities,
  networks,
  programmeMunicipalities,
} from "@romsk-inkludering/catalog";
import { describe, expect, it } from "vitest";

const SEED_000 = "000_fd74c5439764a9cd.txt";
const SEED_002 = "002_45e07da4f0d67e87.txt";
const SEED_003 = "003_c330e8c89015faff.txt";
const SEED_004 = "004_f723fd64a64a7139.txt";

/** Every entry with the model kind that validates it. */
const modelEntries: [Kind, { id: string }][] = [
  ...catalog.areas.map((e) => ["area", e] as [Kind, { id: string }]),
  ...catalog.principles.map((e) => ["principle", e] as [Kind, { id: string }]),
  ...catalog.romaGroups.map((e) => ["roma-group", e] as [Kind, { id: string }]),
  ...catalog.targetGroups.map((e) => ["target-group", e] as [Kind, { id: string }]),
  ...catalog.actors.map((e) => ["actor", e] as [Kind, { id: string }]),
  ...catalog.commissions.map((e) => ["commission", e] as [Kind, { id: string }]),
  ...catalog.programmes.map((e) => ["programme", e] as [Kind, { id: string }]),
  ...catalog.forums.map((e) => ["forum", e] as [Kind, { id: string }]),
  ...catalog.evaluations.map((e) => ["evaluation", e] as [Kind, { id: string }]),
  ...catalog.networks.map((e) => ["network", e] as [Kind, { id: string }]),
  ...catalog.fundingApplications.map((e) => ["funding-application", e] as [Kind, { id: string }]),
  ...catalog.localProfiles.map((e) => ["local-profile", e] as [Kind, { id: string }]),
];

const seedFile = (s: Source) => (s.kind === "seed" ? s.file : undefined);

describe("schemas", () => {
  it.each(modelEntries.map(([kind, entry]) => [`${kind} ${entry.id}`, kind, entry] as const))("%s validates", (_, kind, entry) => {
    const result = validate(kind, entry);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it("validates the strategy, counties and network partners field by field", () => {
    const s = catalog.strategy;
    const checks: [Parameters<typeof validateWith>[0], unknown][] = [
      [IdSchema, s.id],
      [BilingualSchema, s.title],
      [BilingualSchema, s.overallGoal],
      [BilingualSchema, s.approach],
      [IsoDateSchema, s.decidedOn],
      [PeriodSchema, s.period],
      [SourcesSchema, s.sources],
      ...s.funding.flatMap((f): [Parameters<typeof validateWith>[0], unknown][] => [
        [PeriodSchema, f.period],
        [SourcesSchema, f.sources],
      ]),
      ...catalog.counties.flatMap((c): [Parameters<typeof validateWith>[0], unknown][] => [
        [CountyCodeSchema, c.code],
        [SourcesSchema, c.sources],
      ]),
      ...catalog.networkPartners.flatMap((p): [Parameters<typeof validateWith>[0], unknown][] => [
        [BilingualSchema, p.role],
        [SourcesSchema, p.sources],
      ]),
    ];
    expect(checks).toHaveLength(7 + 2 * 2 + 21 * 2 + 4 * 2);
    for (const [schema, value] of checks) {
      const result = validateWith(schema, value);
      expect(result.success ? [] : result.issues).toEqual([]);
    }
  });

  it("passes checkCatalog: schemas, sources, references and unique ids", () => {
    const result = checkCatalog(catalog);
    expect(result.success ? [] : result.issues).toEqual([]);
  });
});

describe("sources", () => {
  it("gives every entry at least one source of its own", () => {
    const all = [
      catalog.strategy,
      ...catalog.areas,
      ...catalog.principles,
      ...catalog.romaGroups,
      ...catalog.targetGroups,
      ...catalog.actors,
      ...catalog.counties,
      ...catalog.commissions,
      ...catalog.programmes,
      ...catalog.forums,
      ...catalog.evaluations,
      ...catalog.networks,
      ...catalog.networkPartners,
      ...catalog.fundingApplications,
      ...catalog.localProfiles,
    ];
    const unsourced = all.filter((e) => (e.sources ?? []).length === 0);
    expect(unsourced).toEqual([]);
    expect(all.length).toBe(
      1 + 6 + 7 + 5 + 3 + catalog.actors.length + 21 + catalog.commissions.length + 2 + 1 + 2 + 3 + 4 + 2 + 1,
    );
  });

  it("sources every commission part and every deliverable", () => {
    for (const c of commissions()) {
      for (const part of c.parts) {
        expect(part.sources.length, `${c.id}/${part.id}`).toBeGreaterThan(0);
        for (const d of part.deliverables) expect(d.sources.length, d.id).toBeGreaterThan(0);
      }
    }
  });

  it("cites all five seeds, and seed 004's OCR'd names are written correctly", () => {
    const files = new Set(citations({ sourceKind: "seed" }).map((c) => seedFile(c.source)));
    expect([...files].sort()).toEqual([SEED_000, "001_90733e24716ad9fb.txt", SEED_002, SEED_003, SEED_004]);
    const names = actors({ asOf: "2012-06-01" }).map((a) => a.name.sv);
    expect(names).toEqual(expect.arrayContaining(["Västerås", "Örebro", "Södertälje", "Eskilstuna", "Länsstyrelsen i Västmanlands län"]));
    expect(getNetwork("malardalen-network")?.name.sv).toBe("Mälardalens nätverk");
  });

  it("explains each rename whose day is not in the sources in the name's source note", () => {
    // FACTS gives Datainspektionen -> IMY the year only; the other renames have their day from a source
    // (see corrections.test.ts).
    for (const [id, day] of [["imy", "2021-01-01"]] as const) {
      const name = catalog.actors.find((a) => a.id === id)?.names.find((n) => n.validFrom === day);
      expect(name?.sources?.some((s) => s.note?.includes("first day")), id).toBe(true);
    }
  });
});

describe("references", () => {
  it("resolves every actor, programme, network and commission id named anywhere", () => {
    const actorIds = new Set(catalog.actors.map((a) => a.id));
    const programmeIds = new Set(catalog.programmes.map((p) => p.id));
    const networkIds = new Set(catalog.networks.map((n) => n.id));
    const referenced: string[] = [];
    const programmeRefs: string[] = [];
    for (const a of catalog.actors) referenced.push(...[a.parentId, a.successorId].flatMap((x) => x ?? []));
    for (const c of catalog.commissions) {
      referenced.push(c.issuerId, c.assigneeId);
      for (const part of c.parts) {
        for (const d of part.deliverables) referenced.push(d.recipientId);
        for (const req of part.consultations) {
          for (const p of req.parties) {
            if (p.kind === "actor") referenced.push(p.actorId);
            if (p.kind === "programme-municipalities") programmeRefs.push(p.programmeId);
          }
        }
      }
    }
    for (const p of catalog.programmes) {
      referenced.push(p.coordinatorId, ...p.municipalities.map((m) => m.actorId), ...p.participants.map((m) => m.actorId));
      referenced.push(...p.components.flatMap((c) => c.actorId ?? []));
    }
    for (const f of catalog.forums) {
      referenced.push(f.organiserId);
      programmeRefs.push(...(f.programmeId === undefined ? [] : [f.programmeId]));
    }
    for (const e of catalog.evaluations) {
      referenced.push(e.evaluatorId, e.commissionedById);
      if (e.subject.kind === "programme" && e.subject.id !== undefined) programmeRefs.push(e.subject.id);
    }
    for (const n of catalog.networks) referenced.push(...(n.coordinatorId === undefined ? [] : [n.coordinatorId]), ...n.members.map((m) => m.actorId));
    for (const p of catalog.networkPartners) {
      referenced.push(p.actorId);
      expect(networkIds.has(p.networkId)).toBe(true);
    }
    for (const f of catalog.fundingApplications) referenced.push(f.applicantId, f.grantorId);
    for (const p of catalog.localProfiles) referenced.push(...(p.actorId === undefined ? [] : [p.actorId]));
    referenced.push(catalog.strategy.decidedById, ...catalog.strategy.responsibleMinistry.map((m) => m.value));

    expect(referenced.filter((id) => !actorIds.has(id))).toEqual([]);
    expect(programmeRefs.filter((id) => !programmeIds.has(id))).toEqual([]);
    expect(referenced.length).toBeGreaterThan(100);
  });

  it("uses unique ids, and deliverable ids unique across commissions", () => {
    const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
    for (const list of [catalog.actors, catalog.commissions, catalog.programmes, catalog.networks, catalog.principles]) {
      expect(new Set(ids(list)).size).toBe(list.length);
    }
    const deliverableIds = catalog.commissions.flatMap((c) => c.parts.flatMap((p) => p.deliverables.map((d) => d.id)));
    expect(new Set(deliverableIds).size).toBe(deliverableIds.length);
  });
});

describe("spot checks against the seeds and FACTS", () => {
  it("has 290 municipalities and 21 counties; Helsingborg is 1283 in county 12", () => {
    expect(municipalities()).toHaveLength(290);
    expect(counties()).toHaveLength(21);
    const helsingborg = getActor("municipality-1283", { asOf: "2012-04-10" });
    expect([helsingborg?.name.sv, helsingborg?.municipalityCode, helsingborg?.countyCode]).toEqual(["Helsingborg", "1283", "12"]);
    expect(counties().find((c) => c.code === "12")?.name).toBe("Skåne län");
  });

  it("has exactly the five pilot municipalities of 10 April 2012 (seed 001)", () => {
    const pilot = getProgramme("pilot-2012-2015");
    expect(pilot?.municipalities.map((m) => m.validFrom)).toEqual(Array(5).fill("2012-04-10"));
    const members = programmeMunicipalities("pilot-2012-2015", { asOf: "2012-04-10" })?.map((m) => [m.name.sv, m.municipalityCode]);
    expect(members).toEqual([
      ["Luleå", "2580"],
      ["Linköping", "0580"],
      ["Göteborg", "1480"],
      ["Helsingborg", "1283"],
      ["Malmö", "1280"],
    ]);
    // The 46 MSEK of 2012–2015 are the strategy's funding for those years (FACTS), not the programme's.
    expect(pilot).not.toHaveProperty("fundingSek");
  });

  it("has the development municipalities 2016–2019 with Borås's note (FACTS)", () => {
    const names = programmeMunicipalities("development-municipalities-2016-2019", { asOf: "2017-01-01" })?.map((m) => m.name.sv);
    expect(names).toEqual(["Gävle", "Borås", "Stockholm", "Haninge", "Uppsala"]);
    const boras = catalog.actors.find((a) => a.id === "municipality-1490");
    expect(boras?.sources.some((s) => s.note?.includes("omits Borås"))).toBe(true);
  });

  it("expands the pilot status report to 15 April 2013, 2014 and 2015 (seed 000)", () => {
    const dates = deliverables({ from: "2013-01-01", to: "2015-12-31" })
      .filter((d) => d.deliverableId === "pilot-status-report")
      .map((d) => d.due);
    expect(dates).toEqual(["2013-04-15", "2014-04-15", "2015-04-15"]);
    const status = getCommission("lansstyrelsen-stockholm-2012")?.parts.find((p) => p.id === "pilot-coordination")?.deliverables[0];
    expect(status?.requiredContent).toEqual(["problem-analysis", "proposed-measures"]);
  });

  it("has one yearly report of the Board per year, none counted twice (seed 000, FACTS: every year since 2013)", () => {
    // 2013–2015: the pilot programme's status reports of seed 000; 2016–2020 under Ku2016/00159/DISK;
    // 2021–2023 and the final report of 2024 under Ku2019/02101/CSM; 2025 under the regleringsbrev 2024.
    const yearly = deliverables({ actorId: "lansstyrelsen-stockholm", from: "2013-01-01" }).filter(
      (d) => d.deliverableId !== "nulagesbeskrivning-2018-report",
    );
    expect(yearly.map((d) => [d.due, d.deliverableId, d.recipientId])).toEqual([
      ...[2013, 2014, 2015].map((y) => [`${y}-04-15`, "pilot-status-report", "arbetsmarknadsdepartementet"]),
      ...[2016, 2017, 2018, 2019, 2020].map((y) => [`${y}-04-15`, "annual-report-2016-2020", "kulturdepartementet"]),
      ...[2021, 2022, 2023].map((y) => [`${y}-04-15`, "ku2019-yearly-report", "kulturdepartementet"]),
      ["2024-04-15", "ku2019-final-report", "kulturdepartementet"],
      ["2025-03-31", "regleringsbrev-2024-report", "regeringskansliet"],
    ]);
    const years = yearly.map((d) => d.due.slice(0, 4));
    expect(new Set(years).size).toBe(years.length);
  });

  it("names SKL as of 2018-06-01 and SKR as of 2020-01-01", () => {
    expect(getActor("skr", { asOf: "2018-06-01" })?.name.sv).toBe("Sveriges Kommuner och Landsting");
    expect(getActor("skr", { asOf: "2018-06-01" })?.short).toBe("SKL");
    expect(getActor("skr", { asOf: "2020-01-01" })?.name.sv).toBe("Sveriges Kommuner och Regioner");
    expect(getActor("skr", { asOf: "2020-01-01" })?.short).toBe("SKR");
  });

  it("keeps both due dates of the nulägesbeskrivning, each with its sources", () => {
    const d = getCommission("nulagesbeskrivning-2018")?.parts[0]?.deliverables[0];
    expect(d?.due).toEqual({ kind: "fixed", date: "2018-12-15" });
    expect(d?.sources.map(seedFile)).toEqual([SEED_002, SEED_003]);
    // Seed 002: "samt se om insatser bidrar till strategins övergripande mål".
    expect(d?.requiredContent).toEqual(["area-coverage", "problem-analysis", "contribution-to-overall-goal"]);
    expect(d?.alternativeDue?.map((a) => [a.due, a.sources.map((s) => s.kind)])).toEqual([[{ kind: "fixed", date: "2018-10-15" }, ["facts"]]]);
    const cooperation = getCommission("nulagesbeskrivning-2018")?.parts[0]?.consultations[0];
    expect(cooperation?.mode).toBe("cooperation");
    expect(cooperation?.parties).toEqual([
      { kind: "actor", actorId: "arbetsformedlingen" },
      { kind: "actor", actorId: "boverket" },
      { kind: "actor", actorId: "socialstyrelsen" },
      { kind: "actor", actorId: "skolverket" },
      { kind: "actor", actorId: "folkhalsomyndigheten" },
      { kind: "role", role: "roma-experts" },
    ]);
  });

  it("has the seven agencies of the 2012 groundwork 'i dialog med' under their names of 2012 (seed 000)", () => {
    const part = getCommission("lansstyrelsen-stockholm-2012")?.parts.find((p) => p.id === "groundwork");
    const dialogue = part?.consultations.find((c) => c.mode === "dialogue")?.parties ?? [];
    const names = dialogue.map((p) => (p.kind === "actor" ? getActor(p.actorId, { asOf: "2012-06-01" })?.name.sv : p.kind));
    expect(names).toEqual([
      "Statens skolverk",
      "Boverket",
      "Statens folkhälsoinstitut",
      "Socialstyrelsen",
      "Diskrimineringsombudsmannen",
      "Statistiska centralbyrån",
      "Datainspektionen",
    ]);
    const consultation = part?.consultations.find((c) => c.mode === "consultation")?.parties;
    expect(consultation).toEqual([
      { kind: "actor", actorId: "arbetsmarknadsdepartementet" },
      { kind: "programme-municipalities", programmeId: "pilot-2012-2015" },
      { kind: "role", role: "roma-representatives" },
      { kind: "role", role: "roma-experts" },
    ]);
    expect(part?.deliverables.map((d) => [d.id, d.due, d.recipientId])).toEqual([
      ["groundwork-report", { kind: "fixed", date: "2012-09-01" }, "arbetsmarknadsdepartementet"],
    ]);
    const network = getCommission("lansstyrelsen-stockholm-2012")?.parts.find((p) => p.id === "municipal-network-preparation");
    expect(network?.deliverables.map((d) => [d.kind, d.due])).toEqual([["final-report", { kind: "fixed", date: "2012-10-01" }]]);
    expect(network?.consultations).toEqual([expect.objectContaining({ mode: "consultation", parties: [{ kind: "actor", actorId: "skr" }] })]);
    expect(getCommission("lansstyrelsen-stockholm-2012")?.decisions.map((d) => d.number)).toEqual(["A2009/2285/DISK", "A2010/2210/DISK"]);
  });

  it("counts the municipal network's members as listed in seed 002: 28 municipalities and 2 regions", () => {
    // Read off seed 002 ("Kommunalt nätverk – sedan 2012"), in its order.
    const listed = [
      "Botkyrka", "Eskilstuna", "Göteborg", "Haparanda", "Helsingborg", "Luleå", "Linköping", "Lund", "Malmö",
      "Norrköping", "Norrtälje", "Nyköping", "Ronneby", "Sigtuna", "Skellefteå", "Staffanstorp", "Borås", "Sundsvall",
      "Haninge", "Surahammar", "Gävle", "Södertälje", "Stockholm", "Upplands Väsby", "Uppsala", "Vänersborg",
      "Västerås", "Örebro", "Region Västerbotten", "Stockholms läns landsting",
    ];
    const members = getNetwork("municipal-network")?.members ?? [];
    expect(members).toHaveLength(30);
    const names = members.map((m) => getActor(m.actorId, { asOf: "2019-01-01" })?.name.sv);
    // As of the presentation's day the two regions bore their landsting names; "Region Västerbotten" is
    // the county council's name from 2019 (the seed's list names it so; see the actor's note).
    expect(members.map((m) => getActor(m.actorId, { asOf: "2018-05-16" })?.name.sv).slice(-2)).toEqual([
      "Västerbottens läns landsting",
      "Stockholms läns landsting",
    ]);
    expect(names).toEqual([...listed.slice(0, -1), "Region Stockholm"]);
    expect(getActor("region-stockholm", { asOf: "2020-01-01" })?.name.sv).toBe("Region Stockholm");
  });

  it("has the Mälardalen network since 2009 and the proposed national network's commitments (seed 004)", () => {
    const [malardalen, , national] = networks();
    expect([malardalen?.validFrom, malardalen?.meetingsPerYear, malardalen?.members.length]).toEqual(["2009-01-01", { min: 2, max: 3 }, 5]);
    expect(national?.status).toBe("proposed");
    expect(Object.fromEntries((national?.commitments ?? []).map((c) => [c.kind, c.params ?? null]))).toEqual({
      "participation-period": { years: 4 },
      "activity-plan": null,
      "contact-person": null,
      "elected-representative": null,
      meetings: { meetingsPerYear: 4, meetingsWithElectedPerYear: 2 },
      "peer-review": { everyYears: 3, atLeastOncePerPeriod: true },
      "own-costs": null,
      "roma-consultation": null,
    });
    const sums = catalog.fundingApplications.map((f) => [f.totalSek, f.budgetLines.reduce((s, l) => s + l.amountSek, 0), f.applicantId, f.grantorId]);
    expect(sums).toEqual([
      [330_000, 330_000, "malardalen-network", "lansstyrelsen-stockholm"],
      [230_000, 230_000, "malardalen-network", "lansstyrelsen-stockholm"],
    ]);
  });

  it("has the commission 2020–2023 with its decision, reports and tasks (FACTS)", () => {
    const c = getCommission("ku2019-02101-csm");
    expect(c?.decisions).toEqual([{ number: "Ku2019/02101/CSM", date: "2019-12-19", kind: "decision" }]);
    expect(deliverables({ actorId: "lansstyrelsen-stockholm", from: "2021-01-01", to: "2024-12-31" }).map((d) => [d.due, d.kind])).toEqual([
      ["2021-04-15", "report"],
      ["2022-04-15", "report"],
      ["2023-04-15", "report"],
      ["2024-04-15", "final-report"],
    ]);
    expect(c?.parts.map((p) => p.id)).toEqual(["support-municipalities", "follow-up", "follow-up-system", "antiziganism-book"]);
  });

  it("has the bridge-builder training and the Public Employment Service's bridge builders (seed 001)", () => {
    const components = getProgramme("pilot-2012-2015")?.components ?? [];
    const training = components.find((c) => c.id === "bridge-builder-training");
    expect([training?.actorId, training?.startDate, training?.counts]).toEqual([
      "sodertorns-hogskola",
      "2012-12-14",
      [
        { metric: "duration-years", value: 2 },
        { metric: "share-of-post-percent", value: 50 },
      ],
    ]);
    expect(components.find((c) => c.actorId === "arbetsformedlingen")?.counts).toEqual([
      { metric: "bridge-builders", value: 5 },
      { metric: "national-coordinators", value: 1 },
    ]);
  });

  it("leaves out decision days that the sources do not give", () => {
    expect(getCommission("ku2016-00159-disk")?.decisions).toEqual([{ number: "Ku2016/00159/DISK", kind: "decision" }]);
    expect(getCommission("nulagesbeskrivning-2018")?.decisions).toEqual([]);
  });
});
