/**
 * checkCatalog finds what is wrong in an extended catalog: schema issues,
 * unresolved references, duplicates and missing sources.
 */
import type { Actor, Commission, Network } from "@romsk-inkludering/model";
import { catalog, checkCatalog, extendCatalog, getCommission, type Catalog, type CatalogIssue } from "@romsk-inkludering/catalog";
import { describe, expect, it } from "vitest";

const source = [{ kind: "facts" as const, section: "Example" }];

function issues(data: Catalog): [string, string, string, string][] {
  const result = checkCatalog(data);
  return result.success ? [] : result.issues.map((i: CatalogIssue) => [i.entry.kind, i.entry.id, i.path.join("."), i.code]);
}

describe("checkCatalog", () => {
  it("reports unknown actors, programmes and networks with their paths", () => {
    const network: Network = {
      id: "example-network",
      name: { sv: "Exempel", en: "Example" },
      status: "active",
      coordinatorId: "nobody",
      members: [{ actorId: "municipality-0180" }, { actorId: "municipality-9999" }],
      commitments: [],
      sources: source,
    };
    const base = getCommission("lansstyrelsen-stockholm-2012") as Commission;
    const commission: Commission = {
      ...base,
      id: "example-commission",
      parts: [
        {
          id: "only",
          title: { sv: "Del", en: "Part" },
          consultations: [{ mode: "together", parties: [{ kind: "programme-municipalities", programmeId: "no-programme" }] }],
          deliverables: [],
          sources: source,
        },
      ],
    };
    const data = extendCatalog(catalog, {
      networks: [network],
      commissions: [commission],
      networkPartners: [{ networkId: "no-network", actorId: "skr", role: { sv: "Roll", en: "Role" }, sources: source }],
    });
    expect(issues(data)).toEqual([
      ["commission", "example-commission", "parts.0.consultations.0.parties.0.programmeId", "unknown-reference"],
      ["network", "example-network", "coordinatorId", "unknown-reference"],
      ["network", "example-network", "members.1.actorId", "unknown-reference"],
      ["network-partner", "no-network/skr", "networkId", "unknown-reference"],
    ]);
    const result = checkCatalog(data);
    expect(result.success ? null : result.issues[1]?.message).toEqual({ sv: "Okänd aktör: nobody.", en: "Unknown actor: nobody." });
  });

  it("reports schema issues from the model, missing sources and county mismatches", () => {
    const badActor = {
      id: "Bad Id",
      kind: "agency",
      names: [{ validFrom: "2020-02-30", value: { name: { sv: "X", en: "X" } } }],
      sources: source,
    } as Actor;
    const wrongCounty: Actor = {
      id: "municipality-0181",
      kind: "municipality",
      names: [{ validFrom: "1900-01-01", value: { name: { sv: "Södertälje", en: "Södertälje" } } }],
      municipalityCode: "0181",
      countyCode: "03",
      sources: source,
    };
    const data = extendCatalog(catalog, {
      actors: [badActor, wrongCounty],
      localProfiles: [{ id: "unsourced", name: "Utan källa" }],
    });
    const found = issues(data);
    expect(found).toContainEqual(["actor", "Bad Id", "id", "invalid-id"]);
    expect(found).toContainEqual(["actor", "Bad Id", "names.0.validFrom", "invalid-date"]);
    expect(found).toContainEqual(["local-profile", "unsourced", "sources", "missing-source"]);
    expect(found).toContainEqual(["actor", "municipality-0181", "countyCode", "county-mismatch"]);
    expect(found).toHaveLength(4);
  });

  it("reports duplicate ids, and a deliverable id used by two commissions", () => {
    const base = getCommission("nulagesbeskrivning-2018") as Commission;
    const data: Catalog = { ...catalog, programmes: [...catalog.programmes, catalog.programmes[0]!], commissions: [...catalog.commissions, { ...base, id: "copy" }] };
    expect(issues(data)).toEqual([
      ["programme", "pilot-2012-2015", "", "duplicate-id"],
      ["commission", "copy", "parts.0.deliverables.0.id", "duplicate-id"],
    ]);
  });

  it("checks the strategy's own fields", () => {
    const data: Catalog = {
      ...catalog,
      strategy: { ...catalog.strategy, decidedOn: "16 februari 2012", decidedById: "riksdagen", sources: [] },
    };
    expect(issues(data)).toEqual([
      ["strategy", "romsk-inkludering-2012-2032", "decidedOn", "invalid-date"],
      ["strategy", "romsk-inkludering-2012-2032", "sources", "too-small"],
      ["strategy", "romsk-inkludering-2012-2032", "decidedById", "unknown-reference"],
    ]);
  });

  it("checks the fields of statutory duties, grant schemes and the strategy's funding by their tables, and says so when a list is missing or not a list, without throwing", () => {
    const [duty3] = catalog.statutoryDuties;
    const [scheme] = catalog.grantSchemes;
    if (duty3 === undefined || scheme === undefined) throw new Error("the catalog has duties and a grant scheme");
    const [round] = scheme.rounds;
    const data = {
      ...catalog,
      strategy: { ...catalog.strategy, funding: [{ ...catalog.strategy.funding[0], amountSek: -1 }] },
      statutoryDuties: [{ ...duty3, actorKinds: "municipality", validTo: "2019-02-30" }, ...catalog.statutoryDuties.slice(1)],
      grantSchemes: [{ ...scheme, criteria: undefined, rounds: [{ ...round, deadline: "2022-13-01" }, "round", ...scheme.rounds.slice(1)] }],
    } as unknown as Catalog;
    expect(issues(data)).toEqual([
      ["strategy", "romsk-inkludering-2012-2032", "funding.0.amountSek", "too-small"],
      ["statutory-duty", duty3.id, "actorKinds", "invalid-type"],
      ["statutory-duty", duty3.id, "validTo", "invalid-date"],
      ["grant-scheme", scheme.id, "criteria", "missing"],
      ["grant-scheme", scheme.id, "rounds.0.deadline", "invalid-date"],
      ["grant-scheme", scheme.id, "rounds.1", "invalid-type"],
    ]);
  });
});
