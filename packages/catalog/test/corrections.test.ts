/**
 * The data corrections checked against public sources: each test names the
 * source of the corrected fact and looks at both sides of its date.
 */
import type { Source } from "@romsk-inkludering/model";
import {
  actorName,
  actorRoles,
  catalog,
  checkCatalog,
  createCatalog,
  followUpAuthority,
  getActor,
  getNetwork,
  getProgramme,
  networkMembers,
  networks,
  strategy,
} from "@romsk-inkludering/catalog";
import { describe, expect, it } from "vitest";
import { catalogWithTransfer } from "./fixtures/transfer.js";

const SEED_002 = "002_45e07da4f0d67e87.txt";
const SEED_003 = "003_c330e8c89015faff.txt";
const SEED_004 = "004_f723fd64a64a7139.txt";
const DATES_CHECKED = "Dates checked against public sources (added after the first release)";

/** The sources on the name of `id` in force on `asOf`. */
function nameSources(id: string, asOf: string): Source[] {
  const actor = catalog.actors.find((a) => a.id === id);
  return actor?.names.find((n) => n.validFrom <= asOf && (n.validTo === undefined || asOf <= n.validTo))?.sources ?? [];
}

const cites = (sources: Source[], test: (s: Source) => boolean) => sources.some(test);
const url = (address: string) => (s: Source) => s.kind === "url" && s.url === address;
const factsNote = (section: string, text: string) => (s: Source) => s.kind === "facts" && s.section === section && (s.note ?? "").includes(text);

describe("renames at their sourced dates", () => {
  it("SKL became SKR on 27 Nov 2019, the congress's decision with immediate effect (FACTS; Läkartidningen 27 Nov 2019)", () => {
    expect([getActor("skr", { asOf: "2019-11-26" })?.short, getActor("skr", { asOf: "2019-11-27" })?.short]).toEqual(["SKL", "SKR"]);
    expect(actorName("skr", { asOf: "2019-06-01" })).toBe("Sveriges Kommuner och Landsting");
    // The English name (SALAR) did not change.
    expect(actorName("skr", { asOf: "2019-11-26", lang: "en" })).toBe(actorName("skr", { asOf: "2019-11-27", lang: "en" }));
    const sources = nameSources("skr", "2019-11-27");
    expect(cites(sources, factsNote(DATES_CHECKED, "27 Nov 2019"))).toBe(true);
    expect(cites(sources, url("https://lakartidningen.se/aktuellt/nyheter/2019/11/skl-har-bytt-namn-till-skr/"))).toBe(true);
  });

  it("Ungdomsstyrelsen became MUCF on 1 April 2014 (FACTS; the press item of 18 Feb 2014)", () => {
    expect(actorName("mucf", { asOf: "2014-03-31" })).toBe("Ungdomsstyrelsen");
    expect(actorName("mucf", { asOf: "2014-04-01" })).toBe("Myndigheten för ungdoms- och civilsamhällesfrågor");
    const sources = nameSources("mucf", "2014-04-01");
    expect(sources.find((s) => s.kind === "url")?.note).toContain("1 april 2014");
    expect(cites(sources, factsNote(DATES_CHECKED, "18 Feb 2014"))).toBe(true);
  });

  it("Stockholms läns landsting became Region Stockholm on 1 Jan 2019, not 2020 (FACTS; Vårdfokus 2 Jan 2019)", () => {
    expect(actorName("region-stockholm", { asOf: "2018-12-31" })).toBe("Stockholms läns landsting");
    expect(actorName("region-stockholm", { asOf: "2019-01-01" })).toBe("Region Stockholm");
    expect(cites(nameSources("region-stockholm", "2019-01-01"), url("https://www.vardfokus.se/vardorganisation/nu-heter-alla-landsting-regioner/"))).toBe(true);
  });

  it("Region Västerbotten was Västerbottens läns landsting until 31 Dec 2018 (the region's news item of 21 Jan 2019)", () => {
    expect(actorName("region-vasterbotten", { asOf: "2012-07-01" })).toBe("Västerbottens läns landsting");
    expect(actorName("region-vasterbotten", { asOf: "2018-12-31" })).toBe("Västerbottens läns landsting");
    expect(actorName("region-vasterbotten", { asOf: "2019-01-01" })).toBe("Region Västerbotten");
    expect(cites(nameSources("region-vasterbotten", "2019-01-01"), url("https://www.regionvasterbotten.se/nytt-ar-ny-region"))).toBe(true);
    // The seed's "Region Västerbotten" of 2018 is explained in the entry: before 2019 the name was the regionförbund's.
    const note = catalog.actors.find((a) => a.id === "region-vasterbotten")?.sources.find((s) => s.kind === "seed")?.note;
    expect(note).toContain("regionförbund");
  });

  it("Statens folkhälsoinstitut became Folkhälsomyndigheten on 1 Jan 2014 (the agency's own page)", () => {
    expect(actorName("folkhalsomyndigheten", { asOf: "2013-12-31" })).toBe("Statens folkhälsoinstitut");
    expect(actorName("folkhalsomyndigheten", { asOf: "2014-01-01" })).toBe("Folkhälsomyndigheten");
    expect(cites(nameSources("folkhalsomyndigheten", "2014-01-01"), url("https://www.folkhalsomyndigheten.se/om-folkhalsomyndigheten/korta-fakta-om-oss/"))).toBe(
      true,
    );
  });

  it("every rename either cites a source for its day or says that the day is the year's first by convention", () => {
    for (const actor of catalog.actors) {
      for (const name of actor.names.slice(1)) {
        const sources = [...(name.sources ?? []), ...(actor.names[0]?.sources ?? [])];
        const dated = sources.some((s) => s.kind === "url" || (s.kind === "facts" && s.section === DATES_CHECKED));
        const convention = sources.some((s) => (s.note ?? "").includes("first day"));
        expect(dated || convention, `${actor.id} from ${name.validFrom}`).toBe(true);
      }
    }
  });
});

describe("renames as of the day they were decided or became known", () => {
  it("every rename carries decided: the day, its precision and sources", () => {
    const decided = catalog.actors.flatMap((actor) => actor.names.slice(1).map((name) => [actor.id, name.decided?.on, name.decided?.precision ?? "day", name.decided?.sources.length ?? 0]));
    expect(decided).toEqual([
      ["folkhalsomyndigheten", "2014-01-01", "day", 1],
      ["imy", "2021-01-01", "year", 2],
      // Announced in February 2014: the press item of 18 Feb 2014 gives the new name from 1 April.
      ["mucf", "2014-02-18", "day", 1],
      // The congress decided it on 27 Nov 2019, with immediate effect.
      ["skr", "2019-11-27", "day", 1],
      // Named first in the notes of the network meeting of 16 May 2018 (seed 003).
      ["romano-center-i-vast", "2018-05-16", "day", 1],
      ["region-vasterbotten", "2019-01-01", "day", 2],
      ["region-stockholm", "2019-01-01", "day", 1],
    ]);
    const mucf = catalog.actors.find((a) => a.id === "mucf")?.names[1]?.decided;
    expect(mucf?.sources[0]).toMatchObject({ kind: "url", url: "https://eskilstunanytt.se/2014/02/18/ungdomsstyrelsen-blir-myndigheten-for-ungdoms-och-civilsamhallesfragor/" });
    // Where no source gives the day of the decision, the entry says the rename is known from the day it took effect.
    const stockholm = catalog.actors.find((a) => a.id === "region-stockholm")?.names[1]?.decided;
    expect(stockholm?.sources[0]?.note).toContain("known from the day it took effect (2019-01-01)");
  });

  it("does not know a rename decided after asOf: the name before it still applies (Region Stockholm, known from Vårdfokus of 2 Jan 2019)", () => {
    const vardfokus = { kind: "url" as const, url: "https://www.vardfokus.se/vardorganisation/nu-heter-alla-landsting-regioner/", title: "Vårdfokus: Nu heter alla landsting regioner (2 Jan 2019)" };
    const knownLater = createCatalog({
      ...catalog,
      actors: catalog.actors.map((a) =>
        a.id !== "region-stockholm" ? a : { ...a, names: a.names.map((n, i) => (i === 1 ? { ...n, decided: { on: "2019-01-02", sources: [vardfokus] } } : n)) },
      ),
    });
    expect(knownLater.actorName("region-stockholm", { asOf: "2018-12-31" })).toBe("Stockholms läns landsting");
    // In force from 1 Jan, but not known until 2 Jan: as of 1 Jan the old name still applies.
    expect(knownLater.actorName("region-stockholm", { asOf: "2019-01-01" })).toBe("Stockholms läns landsting");
    expect(knownLater.actorName("region-stockholm", { asOf: "2019-01-02" })).toBe("Region Stockholm");
    expect(createCatalog(catalog).actorName("region-stockholm", { asOf: "2019-01-01" })).toBe("Region Stockholm");
  });

  it("names Romano center i Väst so only from the notes of 16 May 2018 that first give the name (seed 003)", () => {
    expect(actorName("romano-center-i-vast", { asOf: "2018-05-15" })).toBe("Romskt informations- och kunskapscenter");
    expect(actorName("romano-center-i-vast", { asOf: "2018-05-16" })).toBe("Romano center i Väst");
    expect(catalog.actors.find((a) => a.id === "romano-center-i-vast")?.names[1]?.decided?.sources[0]).toMatchObject({ kind: "seed", file: SEED_003 });
  });
});

describe("memberships as far as the sources know them", () => {
  it("knows the municipal network's 30 members from the presentation of 16 May 2018, as members in 2017, the year it describes (seeds 002 and 003)", () => {
    const network = getNetwork("municipal-network");
    expect([network?.validFrom, network?.validTo]).toEqual(["2012-07-01", "2018-05-16"]);
    expect(network?.members).toHaveLength(30);
    expect(network?.members.every((m) => m.validFrom === "2017-01-01" && m.validTo === "2018-05-16" && m.decided?.on === "2018-05-16")).toBe(true);
    // Gävle is no "network member" in 2012; in 2017 it is one, but not known to be before the presentation of 16 May 2018.
    for (const asOf of ["2012-07-01", "2016-12-31", "2017-06-01", "2018-05-15", "2018-05-17", "2024-01-01"]) {
      expect(networkMembers("municipal-network", { asOf })?.some((m) => m.id === "municipality-2180"), asOf).toBe(false);
    }
    expect(networkMembers("municipal-network", { asOf: "2018-05-16" })?.some((m) => m.id === "municipality-2180")).toBe(true);
    // The roles of a year as known on a date: Västerås a network member in 2017 from 16 May 2018, never in 2012.
    expect(actorRoles(2017, { asOf: "2018-05-15" })["municipality-1980"]?.networkMember ?? false).toBe(false);
    expect(actorRoles(2017, { asOf: "2018-05-16" })["municipality-1980"]?.networkMember).toBe(true);
    expect(actorRoles(2012, { asOf: "2024-01-01" })["municipality-2180"]?.networkMember ?? false).toBe(false);
    // The entry says what is inferred, and the membership's known-date cites both seeds.
    const files = network?.sources.map((s) => (s.kind === "seed" ? s.file : undefined));
    expect(files).toEqual(expect.arrayContaining([SEED_002, SEED_003]));
    expect(network?.sources.find((s) => s.kind === "seed" && s.file === SEED_002)?.note).toContain("Inferred, not stated");
    expect(network?.members[0]?.decided?.sources.map((s) => (s.kind === "seed" ? s.file : undefined))).toEqual([SEED_002, SEED_003]);
  });

  it("ends the Mälardalen network where seed 004's knowledge ends (2012), documented", () => {
    const network = getNetwork("malardalen-network");
    expect([network?.validFrom, network?.validTo]).toEqual(["2009-01-01", "2012-12-31"]);
    expect(networkMembers("malardalen-network", { asOf: "2012-12-31" })?.map((m) => m.name.sv)).toEqual([
      "Västerås",
      "Eskilstuna",
      "Örebro",
      "Södertälje",
      "Uppsala",
    ]);
    expect(networkMembers("malardalen-network", { asOf: "2013-01-01" })).toEqual([]);
    expect(getActor("malardalen-network", { asOf: "2013-01-01" })).toBeUndefined();
    expect(network?.sources.some((s) => s.kind === "seed" && s.file === SEED_004 && (s.note ?? "").includes("not a known end"))).toBe(true);
  });

  it("has no open-ended network membership: each ends where its source's knowledge ends", () => {
    for (const network of networks()) {
      for (const member of network.members) expect(member.validTo, `${network.id}/${member.actorId}`).toBeDefined();
    }
  });
});

describe("strategy-level funding", () => {
  it("puts the 46 and about 58 MSEK on the strategy, not on the programmes (FACTS, The strategy)", () => {
    expect(strategy().funding.map((f) => [f.period.from, f.period.to, f.amountSek, f.approximate])).toEqual([
      ["2012-01-01", "2015-12-31", 46_000_000, false],
      ["2016-01-01", "2019-12-31", 58_000_000, true],
    ]);
    expect(strategy().funding.every((f) => f.sources.some((s) => s.kind === "facts" && (s.note ?? "").includes("46 MSEK 2012–2015; about 58 MSEK 2016–2019")))).toBe(
      true,
    );
    expect(getProgramme("pilot-2012-2015")).not.toHaveProperty("fundingSek");
    expect(getProgramme("development-municipalities-2016-2019")).not.toHaveProperty("fundingSek");
  });
});

describe("the follow-up authority, an effective-dated role", () => {
  it("is Länsstyrelsen i Stockholms län since 2012 (seed 000, FACTS), with MUCF's 2024 analysis as a sourced fact and no transfer", () => {
    expect(followUpAuthority({ asOf: "2011-12-31" })).toBeUndefined();
    expect(followUpAuthority({ asOf: "2012-01-01" })?.id).toBe("lansstyrelsen-stockholm");
    expect(followUpAuthority({ asOf: "2026-11-23" })?.name.sv).toBe("Länsstyrelsen i Stockholms län");
    const [entry] = strategy().followUpAuthority;
    expect(entry?.sources?.some((s) => s.kind === "seed" && s.file === "000_fd74c5439764a9cd.txt")).toBe(true);
    expect(entry?.sources?.some((s) => s.kind === "facts" && (s.note ?? "").includes("20 June 2024") && (s.note ?? "").includes("15 Oct 2024"))).toBe(true);
    expect(strategy().followUpAuthority).toHaveLength(1);
  });

  it("changes after a transfer's day only when a transfer entry is added to the data", () => {
    const transferred = createCatalog(catalogWithTransfer());
    for (const asOf of ["2012-01-01", "2024-06-20", "2025-12-31"]) {
      expect(transferred.followUpAuthority({ asOf })?.id, asOf).toBe(followUpAuthority({ asOf })?.id);
    }
    expect(transferred.followUpAuthority({ asOf: "2026-01-01" })?.id).toBe("mucf");
    expect(followUpAuthority({ asOf: "2026-01-01" })?.id).toBe("lansstyrelsen-stockholm");
    expect(checkCatalog(transferred.data)).toEqual({ success: true });
  });
});
