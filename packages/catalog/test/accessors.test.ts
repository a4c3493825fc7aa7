/**
 * The accessors: effective dating, unknown ids, bad dates, deliverable
 * expansion with amendments and alternative dates, freezing, and accessors
 * bound to an extended catalog.
 */
import type { Commission } from "@romsk-inkludering/model";
import {
  actorName,
  actors,
  areas,
  catalog,
  citations,
  commissions,
  commissionsFor,
  createCatalog,
  deliverables,
  evaluations,
  extendCatalog,
  forums,
  fundingApplications,
  getActor,
  getArea,
  getCommission,
  getEvaluation,
  getForum,
  getFundingApplication,
  getLocalProfile,
  getNetwork,
  getPrinciple,
  getProgramme,
  getRomaGroup,
  getTargetGroup,
  indicators,
  localProfiles,
  networkMembers,
  networkPartners,
  networks,
  principles,
  programmeMunicipalities,
  programmes,
  responsibleMinistry,
  romaGroups,
  strategy,
  targetGroups,
} from "@romsk-inkludering/catalog";
import { describe, expect, it } from "vitest";

describe("effective-dated names", () => {
  it.each([
    ["folkhalsomyndigheten", "2013-12-31", "Statens folkhälsoinstitut", "2014-01-01", "Folkhälsomyndigheten"],
    ["mucf", "2014-03-31", "Ungdomsstyrelsen", "2014-04-01", "Myndigheten för ungdoms- och civilsamhällesfrågor"],
    ["skr", "2019-11-26", "Sveriges Kommuner och Landsting", "2019-11-27", "Sveriges Kommuner och Regioner"],
    ["imy", "2020-12-31", "Datainspektionen", "2021-01-01", "Integritetsskyddsmyndigheten"],
    ["region-stockholm", "2018-12-31", "Stockholms läns landsting", "2019-01-01", "Region Stockholm"],
    ["region-vasterbotten", "2018-12-31", "Västerbottens läns landsting", "2019-01-01", "Region Västerbotten"],
    ["romano-center-i-vast", "2017-12-31", "Romskt informations- och kunskapscenter", "2018-05-16", "Romano center i Väst"],
  ])("%s: %s %s, %s %s", (id, before, oldName, after, newName) => {
    expect(actorName(id, { asOf: before })).toBe(oldName);
    expect(actorName(id, { asOf: after })).toBe(newName);
    expect(getActor(id, { asOf: after })?.id).toBe(id);
  });

  it("answers in English on request and keeps the short form of the name in force", () => {
    expect(actorName("imy", { asOf: "2021-06-01", lang: "en" })).toBe("Swedish Authority for Privacy Protection");
    expect(getActor("imy", { asOf: "2021-06-01" })?.short).toBe("IMY");
    expect(getActor("imy", { asOf: "2020-06-01" })).not.toHaveProperty("short");
    expect(getActor("folkhalsomyndigheten", { asOf: "2012-01-01" })?.short).toBe("FHI");
  });

  it("returns undefined for an actor before it existed and for unknown ids", () => {
    expect(getActor("malardalen-network", { asOf: "2008-12-31" })).toBeUndefined();
    expect(getActor("malardalen-network", { asOf: "2009-01-01" })?.name.sv).toBe("Mälardalens nätverk");
    expect(getActor("unknown", { asOf: "2012-01-01" })).toBeUndefined();
    expect(actorName("unknown", { asOf: "2012-01-01" })).toBeUndefined();
  });

  it("filters actors by kind and date", () => {
    expect(actors({ kind: "region" }).map((a) => a.id)).toEqual(["region-vasterbotten", "region-stockholm"]);
    expect(actors({ kind: "network", asOf: "2008-01-01" })).toEqual([]);
    expect(actors({ kind: "network", asOf: "2012-01-01" }).map((a) => a.name.sv)).toEqual(["Mälardalens nätverk"]);
    expect(actors().length).toBe(catalog.actors.length);
    expect(actors({ asOf: "2012-01-01" }).length).toBe(catalog.actors.length);
    expect(actors({ asOf: "2008-12-31" }).length).toBe(catalog.actors.length - 1);
  });

  it("moves responsibility for the strategy at the turn of 2014/15", () => {
    expect(responsibleMinistry({ asOf: "2012-02-15" })).toBeUndefined();
    expect(responsibleMinistry({ asOf: "2012-02-16" })?.name.sv).toBe("Arbetsmarknadsdepartementet");
    expect(responsibleMinistry({ asOf: "2015-01-01" })?.name.en).toBe("Ministry of Culture");
  });
});

describe("bad dates", () => {
  it.each(["2012-02-30", "12-02-2012", "", "2012-1-1", "2201-01-01"])("throws a RangeError naming %j", (bad) => {
    expect(() => getActor("skr", { asOf: bad })).toThrow(RangeError);
    expect(() => getActor("skr", { asOf: bad })).toThrow(JSON.stringify(bad));
    expect(() => deliverables({ from: bad })).toThrow(/deliverables: options.from/);
    expect(() => networkMembers("municipal-network", { asOf: bad })).toThrow(RangeError);
    expect(() => programmes({ asOf: bad })).toThrow(RangeError);
  });

  it("rejects a missing asOf where the answer depends on the date", () => {
    expect(() => getActor("skr", {} as { asOf: string })).toThrow(/getActor: options.asOf must be an ISO date/);
    expect(() => actorName("skr", {} as { asOf: string })).toThrow(RangeError);
  });
});

describe("lookups", () => {
  it("finds entries by id and gives undefined for unknown ids", () => {
    expect([getArea("civil-society")?.name.sv, getArea("x")]).toEqual(["Civilsamhällets organisering", undefined]);
    expect([getPrinciple("roma-participation")?.scope, getPrinciple("x")]).toEqual(["municipal-work", undefined]);
    expect([getRomaGroup("non-nordic-roma")?.name.sv, getRomaGroup("x")]).toEqual(["Utomnordiska romer", undefined]);
    expect([getTargetGroup("women")?.name.sv, getTargetGroup("x")]).toEqual(["Kvinnor och flickor", undefined]);
    expect([getCommission("ku2016-00159-disk")?.assigneeId, getCommission("x")]).toEqual(["lansstyrelsen-stockholm", undefined]);
    expect([getProgramme("development-municipalities-2016-2019")?.kind, getProgramme("x")]).toEqual(["development-municipalities", undefined]);
    expect([getForum("pilot-forum")?.organiserId, getForum("x")]).toEqual(["lansstyrelsen-stockholm", undefined]);
    expect([getEvaluation("pilot-external-evaluation")?.tasks.length, getEvaluation("x")]).toEqual([5, undefined]);
    expect([getNetwork("municipal-network")?.coordinatorId, getNetwork("x")]).toEqual(["lansstyrelsen-stockholm", undefined]);
    expect([getFundingApplication("national-network-proposal-1")?.totalSek, getFundingApplication("x")]).toEqual([330_000, undefined]);
    expect([getLocalProfile("linkoping-consultation")?.actorId, getLocalProfile("x")]).toEqual(["municipality-0580", undefined]);
    expect(programmeMunicipalities("x")).toBeUndefined();
    expect(programmeMunicipalities("x", { asOf: "2013-01-01" })).toBeUndefined();
    expect(networkMembers("x", { asOf: "2013-01-01" })).toBeUndefined();
    expect(networkPartners("x")).toBeUndefined();
  });

  it("lists the strategy's reference data", () => {
    expect(strategy().overallGoal.sv).toBe("Den rom som fyller 20 år 2032 ska ha likvärdiga möjligheter i livet som den som är icke-rom.");
    expect(strategy().parliament).toMatchObject({ committeeReport: "bet. 2011/12:KU17", decision: "rskr. 2011/12:227" });
    expect(areas().map((a) => a.id)).toEqual(["education", "employment", "housing", "health-social-care-safety", "culture-language", "civil-society"]);
    expect(principles({ scope: "strategy" })).toHaveLength(3);
    expect(romaGroups()).toHaveLength(5);
    expect(targetGroups()).toHaveLength(3);
    expect(forums()).toHaveLength(1);
    expect(evaluations().map((e) => e.reference ?? null)).toEqual([null, "Statskontoret 2018:13"]);
    expect(fundingApplications()).toHaveLength(2);
    expect(localProfiles()[0]?.consultation).toEqual({
      representativesPerRomaGroup: 2,
      romaGroups: ["swedish-roma", "finnish-roma", "travellers", "non-nordic-roma", "newly-arrived-roma"],
    });
  });

  it("gives the programmes running on a date and their municipalities then", () => {
    expect(programmes({ asOf: "2011-12-31" })).toEqual([]);
    expect(programmes({ asOf: "2015-12-31" }).map((p) => p.id)).toEqual(["pilot-2012-2015"]);
    expect(programmeMunicipalities("pilot-2012-2015", { asOf: "2016-01-01" })).toEqual([]);
    expect(programmeMunicipalities("pilot-2012-2015")?.map((m) => m.id)).toEqual([
      "municipality-2580",
      "municipality-0580",
      "municipality-1480",
      "municipality-1283",
      "municipality-1280",
    ]);
  });

  it("gives a network's members only while it exists", () => {
    expect(networkMembers("municipal-network", { asOf: "2012-06-30" })).toEqual([]);
    // The network is in force from 1 July 2012; its 30 members are known from the presentation of 16 May 2018 only.
    expect(networkMembers("municipal-network", { asOf: "2012-07-01" })).toEqual([]);
    expect(networkMembers("municipal-network", { asOf: "2018-05-16" })).toHaveLength(30);
    expect(networkMembers("municipal-network", { asOf: "2018-05-16" })?.find((m) => m.id === "region-stockholm")?.name.sv).toBe(
      "Stockholms läns landsting",
    );
    expect(networkMembers("national-network", { asOf: "2013-01-01" })).toEqual([]);
    expect(networkPartners("national-network")).toEqual([]);
  });

  it("finds commissions by the actor's role", () => {
    expect(commissionsFor("lansstyrelsen-stockholm").map((c) => c.id)).toEqual([
      "a2009-2285-disk",
      "a2010-2210-disk",
      "lansstyrelsen-stockholm-2012",
      "nulagesbeskrivning-2012",
      "ku2016-00159-disk",
      "nulagesbeskrivning-2018",
      "ku2019-02101-csm",
      "lansstyrelsen-stockholm-regleringsbrev-2024",
    ]);
    expect(commissionsFor("skolverket", { role: "party" }).map((c) => c.id)).toEqual(["lansstyrelsen-stockholm-2012", "nulagesbeskrivning-2018"]);
    expect(commissionsFor("skolverket", { role: "any" }).map((c) => c.id)).toEqual([
      "lansstyrelsen-stockholm-2012",
      "skolverket-pilot-2012",
      "nulagesbeskrivning-2018",
    ]);
    expect(commissionsFor("regeringskansliet", { role: "recipient" }).map((c) => c.id)).toEqual([
      "nulagesbeskrivning-2018",
      "lansstyrelsen-stockholm-regleringsbrev-2024",
    ]);
    expect(commissionsFor("regeringen", { role: "issuer" })).toHaveLength(catalog.commissions.length);
    expect(commissionsFor("nobody", { role: "any" })).toEqual([]);
  });
});

describe("deliverables", () => {
  it("writes the dates as in the commission, without shifting weekends (2012-09-01 is a Saturday), and gives the date the law would give", () => {
    const [groundwork] = deliverables({ from: "2012-01-01", to: "2012-09-30" });
    expect(groundwork).toEqual({
      commissionId: "lansstyrelsen-stockholm-2012",
      partId: "groundwork",
      deliverableId: "groundwork-report",
      assigneeId: "lansstyrelsen-stockholm",
      occurrence: null,
      due: "2012-09-01",
      writtenDue: "2012-09-01",
      statutoryDue: "2012-09-03",
      recipientId: "arbetsmarknadsdepartementet",
      kind: "report",
      title: { sv: "Redovisning av underlaget för ett nationellt uppföljningssystem", en: "Report on the groundwork for a national follow-up system" },
    });
  });

  it("includes an occurrence when only another source's date is in range", () => {
    const october = deliverables({ from: "2018-10-01", to: "2018-10-31" });
    expect(october.map((d) => [d.deliverableId, d.due, d.alternativeDue?.[0]?.due])).toEqual([
      ["nulagesbeskrivning-2018-report", "2018-12-15", "2018-10-15"],
    ]);
    expect(october[0]?.alternativeDue?.[0]?.sources).toEqual([{ kind: "facts", section: "Programmes and commissions", note: "A public page of minoritet.se gives 15 Oct 2018." }]);
  });

  it("filters by assignee and returns nothing for an empty range", () => {
    expect(deliverables({ actorId: "skolverket" })).toEqual([]);
    expect(deliverables({ from: "2020-01-01", to: "2019-01-01" })).toEqual([]);
    expect(deliverables({ to: "2012-12-31" }).map((d) => d.due)).toEqual(["2012-09-01", "2012-10-01"]);
  });

  it("applies amendments decided by asOf, naming the decision and the written date", () => {
    const base = getCommission("ku2019-02101-csm") as Commission;
    const amended: Commission = {
      ...base,
      parts: base.parts.map((part) => ({
        ...part,
        deliverables: part.deliverables.map((d) =>
          d.id !== "ku2019-yearly-report"
            ? d
            : {
                ...d,
                amendments: [
                  { decision: "Ku2021/00001/CSM", date: "2021-03-01", occurrence: 2021, newDue: "2021-05-03", sources: [{ kind: "facts", section: "Example" }] },
                  { decision: "Ku2021/00002/CSM", date: "2021-03-15", occurrence: 2021, newDue: "2021-06-01", sources: [{ kind: "facts", section: "Example" }] },
                ],
              },
        ),
      })),
    };
    const accessors = createCatalog(extendCatalog(catalog, { commissions: [amended] }));
    const occurrences = (asOf?: string) =>
      accessors
        .deliverables({ from: "2021-01-01", to: "2021-12-31", ...(asOf === undefined ? {} : { asOf }) })
        .map((d) => [d.due, d.amended?.decision ?? null, d.amended?.writtenDue ?? null]);
    expect(occurrences("2021-02-28")).toEqual([["2021-04-15", null, null]]);
    expect(occurrences("2021-03-01")).toEqual([["2021-05-03", "Ku2021/00001/CSM", "2021-04-15"]]);
    expect(occurrences()).toEqual([["2021-06-01", "Ku2021/00002/CSM", "2021-04-15"]]);
    expect(accessors.deliverables({ from: "2022-01-01", to: "2022-12-31" }).map((d) => d.amended ?? null)).toEqual([null]);
  });
});

describe("frozen data and bound accessors", () => {
  it("freezes the catalog deeply and every answer", () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.commissions[4]?.parts[0]?.consultations[0]?.parties[0])).toBe(true);
    expect(Object.isFrozen(getActor("skr", { asOf: "2020-01-01" }))).toBe(true);
    expect(Object.isFrozen(deliverables()[0]?.title)).toBe(true);
    expect(Object.isFrozen(citations()[0])).toBe(true);
    expect(() => {
      (catalog.areas as unknown as { id: string }[]).push({ id: "x" });
    }).toThrow(TypeError);
  });

  it("extends the catalog without touching the base, replacing entries with the same id", () => {
    const extended = extendCatalog(catalog, {
      actors: [
        {
          id: "skr",
          kind: "other",
          names: [{ validFrom: "2019-01-01", value: { name: { sv: "SKR", en: "SALAR" } } }],
          sources: [{ kind: "facts", section: "Example" }],
        },
        {
          id: "example-association",
          kind: "roma-organisation",
          names: [{ validFrom: "2020-01-01", value: { name: { sv: "Exempelföreningen", en: "Example association" } } }],
          sources: [{ kind: "facts", section: "Example" }],
        },
      ],
    });
    const accessors = createCatalog(extended);
    expect(accessors.actors().length).toBe(catalog.actors.length + 1);
    expect(accessors.actorName("skr", { asOf: "2020-01-01" })).toBe("SKR");
    expect(accessors.actorName("skr", { asOf: "2018-01-01" })).toBeUndefined();
    expect(actorName("skr", { asOf: "2018-01-01" })).toBe("Sveriges Kommuner och Landsting");
    expect(accessors.actors().findIndex((a) => a.id === "skr")).toBe(catalog.actors.findIndex((a) => a.id === "skr"));
    expect(accessors.data.commissions).toEqual(catalog.commissions);
    expect(accessors.data.commissions).not.toBe(catalog.commissions);
    expect(Object.isFrozen(accessors)).toBe(true);
  });
});

describe("citations", () => {
  it("lists every source with its entry, filtered by entry kind, source kind and seed file", () => {
    const all = citations();
    expect(all.length).toBeGreaterThan(300);
    expect(citations({ entryKind: "evaluation", sourceKind: "publication" }).map((c) => c.entry.id)).toEqual([
      "statskontoret-2018-13",
    ]);
    const pilotPage = citations({ file: "001_90733e24716ad9fb.txt" });
    expect(pilotPage.every((c) => c.source.kind === "seed")).toBe(true);
    expect(new Set(pilotPage.map((c) => c.entry.kind))).toEqual(
      new Set(["strategy", "area", "principle", "target-group", "actor", "commission", "programme", "forum", "evaluation"]),
    );
    // Public pages: the follow-up authority's 2024 analysis commission (on the strategy), the renames dated
    // against public sources, Forum för levande historia, the 2020–2023 commission, the duties of
    // lag (2009:724) (their days of entry into force, and §§3 and 5 b as SFS 2019:938 prints them) and
    // the state grant (förordning 2022:259: the board's föreskrifter, its grant page and minoritet.se).
    expect([...new Set(citations({ sourceKind: "url" }).map((c) => c.entry.id))]).toEqual([
      "romsk-inkludering-2012-2032",
      "folkhalsomyndigheten",
      "imy",
      "mucf",
      "forum-for-levande-historia",
      "skr",
      "region-vasterbotten",
      "region-stockholm",
      "ku2019-02101-csm",
      "sfs-2009-724-3",
      "sfs-2009-724-4",
      "sfs-2009-724-5",
      "sfs-2009-724-5-structured-dialogue",
      "sfs-2009-724-5-a",
      "sfs-2009-724-5-b",
      "sfs-2009-724-6-18",
      "statsbidrag-romsk-inkludering",
    ]);
  });
});

describe("createCatalog binds the package's own accessors", () => {
  it("answers as the unbound functions do on the same catalog", () => {
    const bound = createCatalog(catalog);
    expect(bound.getActor("skr", { asOf: "2018-06-01" })).toEqual(getActor("skr", { asOf: "2018-06-01" }));
    expect(bound.deliverables({ from: "2013-01-01", to: "2013-12-31" })).toEqual(deliverables({ from: "2013-01-01", to: "2013-12-31" }));
    expect(bound.commissionsFor("skolverket")).toEqual(commissionsFor("skolverket"));
  });

  it("binds a date: every accessor that takes one uses it unless the call gives its own", () => {
    const bound = createCatalog(catalog, { asOf: "2013-12-31" });
    expect(bound.actorName("mucf")).toBe("Ungdomsstyrelsen");
    expect(bound.actorName("mucf", { asOf: "2014-06-01" })).toBe("Myndigheten för ungdoms- och civilsamhällesfrågor");
    // The Mälardalen network is known from the 2012 proposal until the end of 2012.
    expect(bound.networkMembers("malardalen-network")?.length).toBe(0);
    expect(bound.networkMembers("malardalen-network", { asOf: "2012-06-01" })?.length).toBe(5);
    expect(bound.programmes().map((p) => p.id)).toEqual(["pilot-2012-2015"]);
    expect(bound.responsibleMinistry()?.id).toBe("arbetsmarknadsdepartementet");
  });

  it("keeps the bindings when the accessors are taken off the object", () => {
    const { getActor: bare } = createCatalog(catalog, { asOf: "2020-01-01" });
    expect(bare("skr")?.short).toBe("SKR");
  });

  it("rejects a malformed bound date, naming it", () => {
    expect(() => createCatalog(catalog, { asOf: "2014-13-01" })).toThrow(/createCatalog: options\.asOf .*"2014-13-01"/);
  });

  it("without a bound date, a dated accessor throws a RangeError naming the option", () => {
    expect(() => getActor("skr")).toThrow(/getActor: options\.asOf must be an ISO date/);
  });
});

describe("as of a date, only what had been decided", () => {
  it("leaves out the deliverables of Ku2019/02101/CSM (decided 2019-12-19) and of the 2024 regleringsbrev as of 2016-01-01", () => {
    const known = deliverables({ asOf: "2016-01-01" }).map((d) => d.commissionId);
    expect(known).not.toContain("ku2019-02101-csm");
    expect(known).not.toContain("lansstyrelsen-stockholm-regleringsbrev-2024");
    expect(deliverables({ asOf: "2019-12-18" }).some((d) => d.commissionId === "ku2019-02101-csm")).toBe(false);
    expect(deliverables({ asOf: "2019-12-19" }).filter((d) => d.commissionId === "ku2019-02101-csm").map((d) => d.due)).toEqual([
      "2021-04-15",
      "2022-04-15",
      "2023-04-15",
      "2024-04-15",
    ]);
  });

  it("knows each commission from its decision on: Statskontoret's on 2017-04-06, SKL's pilot commission from the press release of 2012-06-25", () => {
    const ids = (asOf: string) => commissions({ asOf }).map((c) => c.id);
    expect(ids("2017-04-05")).not.toContain("ku2017-01054-disk");
    expect(ids("2017-04-06")).toContain("ku2017-01054-disk");
    expect(ids("2012-06-24")).not.toContain("skl-pilot-2012");
    expect(ids("2012-06-25")).toContain("skl-pilot-2012");
    expect(commissionsFor("lansstyrelsen-stockholm", { asOf: "2016-01-01" }).map((c) => c.id)).toEqual([
      "a2009-2285-disk",
      "a2010-2210-disk",
      "lansstyrelsen-stockholm-2012",
      "nulagesbeskrivning-2012",
      "ku2016-00159-disk",
    ]);
  });

  it("gives every catalog commission, programme, network, profile and EU or strategy indicator a decision date with its sources", () => {
    const dated = [...commissions(), ...programmes(), ...networks(), ...localProfiles(), ...indicators().filter((i) => i.source.kind !== "kolada")];
    for (const entry of dated) {
      expect(entry.decided, entry.id).toBeDefined();
      expect(entry.decided?.sources.length, entry.id).toBeGreaterThan(0);
      if (entry.decided?.precision === "year") expect(entry.decided.on.slice(4), entry.id).toBe("-01-01");
    }
  });

  it("lists networks, profiles and indicators only from the day they were decided or became known", () => {
    expect(networks({ asOf: "2011-12-31" }).map((n) => n.id)).toEqual(["malardalen-network"]);
    expect(localProfiles({ asOf: "2018-05-15" })).toEqual([]);
    expect(localProfiles({ asOf: "2018-05-16" }).map((p) => p.id)).toEqual(["linkoping-consultation"]);
    expect(indicators({ asOf: "2021-03-11", population: "gap" }).map((i) => i.id)).toEqual(["strategy-goal-opportunity-gap"]);
    expect(indicators({ asOf: "2021-03-12", population: "gap" }).length).toBeGreaterThan(1);
  });
});
