/**
 * `client.obligations`: what an actor owes in a window, as of a date, from
 * the catalog (deliverables, yearly reports, network commitments), sorted
 * by date, each item valid against the output contract.
 */
import { describe, expect, it } from "vitest";
import { ObligationSchema } from "@romsk-inkludering/model";
import { createClient, getRule, type ObligationOutput } from "../src/index.js";

const dateOf = (o: ObligationOutput): string => o.due ?? o.period?.from ?? "";
const KINDS = ["deliverable", "yearly-report", "statutory-duty", "network-commitment", "grant-round"];

function expectSorted(list: readonly ObligationOutput[]): void {
  for (let i = 1; i < list.length; i += 1) {
    const [a, b] = [list[i - 1] as ObligationOutput, list[i] as ObligationOutput];
    expect(dateOf(a) < dateOf(b) || (dateOf(a) === dateOf(b) && KINDS.indexOf(a.kind) <= KINDS.indexOf(b.kind)), `${a.id} before ${b.id}`).toBe(true);
  }
  expect(new Set(list.map((o) => o.id)).size).toBe(list.length);
}

const sfs = (o: ObligationOutput | undefined): string[] => [...new Set((o?.basis ?? []).flatMap((s) => (s.kind === "sfs" ? [s.sfs] : [])))].sort();

describe("client.obligations", () => {
  it("gives Eskilstuna, a network member outside every programme, its duties of 2020 under lag (2009:724) §§3, 4, 5, 5 a and 5 b with their SFS", () => {
    const list = createClient({ asOf: "2020-06-30" }).obligations("municipality-0484", { from: "2020-01-01", to: "2020-12-31" });
    const duties = list.filter((o) => o.kind === "statutory-duty");
    expect(duties.map((o) => o.title.sv.replace(/^.*\((.*)\)$/, "$1"))).toEqual(["3 §", "4 §", "5 §", "5 a §", "5 b §"]);
    expect(duties.map((o) => [o.id, o.status, o.ruleId])).toEqual([
      ["municipality-0484/sfs-2009-724-3/2020", "upcoming", "minority-act.information"],
      ["municipality-0484/sfs-2009-724-4/2020", "upcoming", "minority-act.language-and-culture"],
      ["municipality-0484/sfs-2009-724-5/2020", "upcoming", "minority-act.consultation"],
      ["municipality-0484/sfs-2009-724-5-a/2020", "upcoming", "minority-act.youth-influence"],
      ["municipality-0484/sfs-2009-724-5-b/2020", "upcoming", "minority-act.goals-and-guidelines"],
    ]);
    // The section and the SFS that introduced it: §§3 and 4 of 2009:724, §5 with the structured dialogue of 2018:1367 from 2019, §§5 a and 5 b of 2018:1367.
    expect(duties.map((o) => sfs(o))).toEqual([["2009:724"], ["2009:724"], ["2009:724", "2018:1367"], ["2009:724", "2018:1367"], ["2009:724", "2018:1367"]]);
    expect(duties.every((o) => o.period?.from === "2020-01-01" && o.period.to === "2020-12-31" && o.due === null)).toBe(true);
    expect(duties.map((o) => o.validity?.from)).toEqual(["2010-01-01", "2010-01-01", "2010-01-01", "2019-01-01", "2019-01-01"]);
    expect(duties[2]?.title.sv).toBe("Inflytande och samråd; samråd genom en strukturerad dialog (5 §)");
    // No grant round in 2020 (förordning 2022:259), no yearly report (no role of Eskilstuna in 2019 is known).
    expect(list.length).toBe(5);
  });

  it("does not list §5 a and §5 b for Eskilstuna's 2020 as of 2018, before they entered into force, nor the structured dialogue", () => {
    const list = createClient({ asOf: "2018-06-30" }).obligations("municipality-0484", { from: "2020-01-01", to: "2020-12-31" });
    expect(list.map((o) => o.id)).toEqual(["municipality-0484/sfs-2009-724-3/2020", "municipality-0484/sfs-2009-724-4/2020", "municipality-0484/sfs-2009-724-5/2020"]);
    expect(sfs(list[2])).toEqual(["2009:724"]);
  });

  it("gives a duty one item per year, and the part of a year from its entry into force: §5 a over 2018–2019 as of 2020 is 2019 only", () => {
    const list = createClient({ asOf: "2020-01-15" }).obligations("municipality-0484", { from: "2018-07-01", to: "2019-12-31" });
    expect(list.filter((o) => o.id.includes("/sfs-2009-724-5-a/")).map((o) => [o.period?.from, o.period?.to, o.status])).toEqual([["2019-01-01", "2019-12-31", "passed"]]);
    expect(list.filter((o) => o.id.includes("/sfs-2009-724-3/")).map((o) => o.id.slice(-4))).toEqual(["2018", "2019"]);
  });

  it("gives Linköping in 2023 its duties and the grant rounds it may apply to, open or closed as of the date", () => {
    const list = createClient({ asOf: "2023-05-01" }).obligations("municipality-0580", { from: "2023-01-01", to: "2023-12-31" });
    expect(list.filter((o) => o.kind === "statutory-duty")).toHaveLength(5);
    expect(list.filter((o) => o.kind === "grant-round").map((o) => [o.due, o.status, o.ruleId])).toEqual([
      ["2023-02-01", "passed", "grant.application"],
      ["2023-06-01", "upcoming", "grant.application"],
      ["2023-10-01", "upcoming", "grant.application"],
    ]);
    expect(sfs(list.find((o) => o.kind === "grant-round"))).toEqual(["2022:259"]);
    // A county administrative board applies for no municipal grant.
    expect(createClient({ asOf: "2023-05-01" }).obligations("lansstyrelsen-stockholm", { from: "2023-01-01", to: "2023-12-31" }).some((o) => o.kind === "grant-round")).toBe(false);
  });

  it("lists Länsstyrelsen i Stockholms län's deliverables of 2012 through the catalog's occurrences, sorted by date, with their rule", () => {
    const all = createClient({ asOf: "2012-08-15" }).obligations("lansstyrelsen-stockholm", { from: "2012-01-01", to: "2012-12-31" });
    const list = all.filter((o) => o.kind === "deliverable");
    expect(list.map((o) => [o.kind, o.due, o.status, o.ruleId])).toEqual([
      ["deliverable", "2012-09-01", "due-soon", "deliverable.on-time"],
      ["deliverable", "2012-10-01", "upcoming", "deliverable.on-time"],
    ]);
    expect(list[0]?.basis.some((s) => s.kind === "seed" && s.file === "000_fd74c5439764a9cd.txt")).toBe(true);
    expectSorted(all);
    // A county administrative board owes §§3, 4 and 5 too, from 2010.
    expect(all.filter((o) => o.kind === "statutory-duty").map((o) => o.id)).toEqual(["lansstyrelsen-stockholm/sfs-2009-724-3/2012", "lansstyrelsen-stockholm/sfs-2009-724-4/2012", "lansstyrelsen-stockholm/sfs-2009-724-5/2012"]);
  });

  it("with hand-ins given, a deliverable is on time, late or overdue (the groundwork report handed in Monday 3 September 2012 is late; the network's final report, none in, overdue)", () => {
    const client = createClient({ asOf: "2013-01-01" });
    const window = { from: "2012-09-01", to: "2012-10-31" };
    const statuses = (options: Parameters<typeof client.obligations>[1]) => client.obligations("lansstyrelsen-stockholm", options).filter((o) => o.kind === "deliverable").map((o) => o.status);
    expect(statuses(window)).toEqual(["passed", "passed"]);
    expect(statuses({ ...window, submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03" }] })).toEqual(["late", "overdue"]);
    expect(statuses({ ...window, submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-08-31" }] })).toEqual(["on-time", "overdue"]);
  });

  it("counts a hand-in of a yearly deliverable as the on-time rule does: without a year, for the year it came in; one that came in after the date is not yet known", () => {
    // Ku2019/02101/CSM: Länsstyrelsen's yearly report to Kulturdepartementet, due 15 April 2021–2023.
    const yearly = (asOf: string, submissions: { deliverableId: string; occurrence?: number; submittedOn: string }[]) =>
      createClient({ asOf })
        .obligations("lansstyrelsen-stockholm", { from: "2021-01-01", to: "2022-12-31", submissions })
        .filter((o) => o.id.includes("/ku2019-yearly-report/"))
        .map((o) => [o.due, o.status]);
    expect(yearly("2022-06-30", [{ deliverableId: "ku2019-yearly-report", submittedOn: "2021-04-14" }])).toEqual([
      ["2021-04-15", "on-time"],
      ["2022-04-15", "overdue"],
    ]);
    // The 2021 report handed in a year late, saying so, counts for 2021 and not for 2022.
    expect(yearly("2022-06-30", [{ deliverableId: "ku2019-yearly-report", occurrence: 2021, submittedOn: "2022-04-11" }])).toEqual([
      ["2021-04-15", "late"],
      ["2022-04-15", "overdue"],
    ]);
    expect(yearly("2021-04-14", [{ deliverableId: "ku2019-yearly-report", submittedOn: "2021-04-20" }])).toEqual([
      ["2021-04-15", "due-soon"],
      ["2022-04-15", "upcoming"],
    ]);
  });

  it("gives Linköping, a pilot municipality 2012–2015, its yearly reports to the follow-up authority, with no invented due date", () => {
    const list = createClient({ asOf: "2014-06-01" }).obligations("municipality-0580", { from: "2013-01-01", to: "2014-12-31" });
    expect(list.filter((o) => o.kind === "statutory-duty").map((o) => o.id.split("/")[1])).toEqual(["sfs-2009-724-3", "sfs-2009-724-4", "sfs-2009-724-5", "sfs-2009-724-3", "sfs-2009-724-4", "sfs-2009-724-5"]);
    expect(list.filter((o) => o.kind === "yearly-report").map((o) => [o.id, o.due, o.status, o.ruleId])).toEqual([
      ["municipality-0580/yearly-report/2012", null, "no-deadline", "report.area-coverage"],
      ["municipality-0580/yearly-report/2013", null, "no-deadline", "report.area-coverage"],
    ]);
    expect(list.find((o) => o.kind === "yearly-report")?.title.sv).toBe("Årsrapport 2012 till Länsstyrelsen i Stockholms län");
  });

  it("takes the due date of the yearly reports from the follow-up authority's profile: Gävle's report on 2017, due 1 March 2018, came in on 30 March", () => {
    const profile = { id: "lst-yearly-reports", name: "Länsstyrelsens årsrapporter", actorId: "lansstyrelsen-stockholm", yearlyReports: { due: "03-01" } };
    const client = createClient({ asOf: "2018-05-16", profile });
    const window = { from: "2018-01-01", to: "2018-12-31" };
    const yearly = (options: Parameters<typeof client.obligations>[1]) => client.obligations("municipality-2180", options).filter((o) => o.kind === "yearly-report");
    expect(yearly(window).map((o) => [o.due, o.status])).toEqual([["2018-03-01", "passed"]]);
    expect(yearly({ ...window, reports: [{ actorId: "municipality-2180", year: 2017, submittedOn: "2018-03-30" }] }).map((o) => o.status)).toEqual(["late"]);
    expect(yearly({ ...window, reports: [] }).map((o) => o.status)).toEqual(["overdue"]);
  });

  it("knows, as of a date, only what was known then: Eskilstuna's network membership of 2017 is known from 16 May 2018", () => {
    const client = createClient();
    const window = { from: "2018-01-01", to: "2018-12-31" };
    const kinds = (asOf: string) => client.obligations("municipality-0484", { ...window, asOf }).filter((o) => o.kind === "yearly-report").map((o) => o.id);
    expect(kinds("2018-05-15")).toEqual([]);
    expect(kinds("2018-05-16")).toEqual(["municipality-0484/yearly-report/2017"]);
  });

  it("lists the commitments of a proposed network only for a member that adopted them, from the day it did", () => {
    const adopted = { id: "vasteras-network", name: "Västerås", actorId: "municipality-1980", networkCommitments: [{ networkId: "national-network", adoptedOn: "2013-03-01" }] };
    const window = { from: "2013-01-01", to: "2013-12-31" };
    expect(createClient({ asOf: "2013-06-01" }).obligations("municipality-1980", window).filter((o) => o.kind === "network-commitment")).toEqual([]);
    expect(createClient({ asOf: "2013-02-01", profile: adopted }).obligations("municipality-1980", window).filter((o) => o.kind === "network-commitment")).toEqual([]);
    const list = createClient({ asOf: "2013-06-01", profile: adopted }).obligations("municipality-1980", window).filter((o) => o.kind === "network-commitment");
    expect(list.map((o) => o.id.split("/")[2])).toEqual(["participation-period", "activity-plan", "contact-person", "elected-representative", "meetings", "peer-review", "own-costs", "roma-consultation"]);
    expect(list.every((o) => o.ruleId === "network.commitments" && o.period?.from === "2013-03-01" && o.period.to === "2013-12-31" && o.validity?.to === null)).toBe(true);
  });

  it("gives items that validate against the output contract", () => {
    const client = createClient({ asOf: "2026-11-23" });
    for (const actor of ["lansstyrelsen-stockholm", "municipality-0580", "municipality-0484", "municipality-2180", "skolverket"]) {
      const list = client.obligations(actor, { from: "2012-01-01", to: "2026-12-31" });
      for (const item of list) {
        expect(ObligationSchema.safeParse(item).success, item.id).toBe(true);
        // Every rule id names a rule of the registry.
        if (item.ruleId !== null) expect(getRule(item.ruleId), `${item.id}: ${item.ruleId}`).toBeDefined();
      }
      expectSorted(list);
    }
  });

  it("takes the client's date by default, and a date per call", () => {
    const client = createClient({ asOf: "2012-08-15" });
    const window = { from: "2012-09-01", to: "2012-09-30" };
    const groundwork = (options: Parameters<typeof client.obligations>[1]) => client.obligations("lansstyrelsen-stockholm", options).find((o) => o.kind === "deliverable")?.status;
    expect(groundwork(window)).toBe("due-soon");
    expect(groundwork({ ...window, asOf: "2012-09-02" })).toBe("passed");
  });

  it("throws a RangeError naming an unknown actor, a bad date, a window that ends before it starts, and a missing date", () => {
    const client = createClient({ asOf: "2020-06-30" });
    const window = { from: "2020-01-01", to: "2020-12-31" };
    expect(() => client.obligations("municipality-9999", window)).toThrow(new RangeError('client.obligations: no actor "municipality-9999" in the client\'s catalog'));
    expect(() => client.obligations("municipality-0484", { ...window, to: "2020-02-30" })).toThrow(/client\.obligations: to .*"2020-02-30"/);
    expect(() => client.obligations("municipality-0484", { from: "2020-12-31", to: "2020-01-01" })).toThrow("client.obligations: to 2020-01-01 is before from 2020-12-31");
    expect(() => client.obligations("municipality-0484", null as never)).toThrow(RangeError);
    expect(() => client.obligations("municipality-0484", { ...window, submissions: [{ deliverableId: "x", submittedOn: "soon" }] })).toThrow(/submissions\[0\]\.submittedOn/);
    expect(() => createClient().obligations("municipality-0484", window as never)).toThrow(/client\.obligations: no date/);
  });
});
