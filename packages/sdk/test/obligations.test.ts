/**
 * `client.obligations`: what an actor owes in a window, as of a date, from
 * the catalog (deliverables, yearly reports, network commitments), sorted
 * by date, each item valid against the output contract.
 */
import { describe, expect, it } from "vitest";
import { ObligationSchema } from "@romsk-inkludering/model";
import { createClient, type ObligationOutput } from "../src/index.js";

const dateOf = (o: ObligationOutput): string => o.due ?? o.period?.from ?? "";

function expectSorted(list: readonly ObligationOutput[]): void {
  for (let i = 1; i < list.length; i += 1) {
    const [a, b] = [list[i - 1] as ObligationOutput, list[i] as ObligationOutput];
    expect(dateOf(a) < dateOf(b) || (dateOf(a) === dateOf(b) && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
  }
}

describe("client.obligations", () => {
  it("lists Länsstyrelsen i Stockholms län's deliverables of 2012 through the catalog's occurrences, sorted by date, with their rule", () => {
    const list = createClient({ asOf: "2012-08-15" }).obligations("lansstyrelsen-stockholm", { from: "2012-01-01", to: "2012-12-31" });
    expect(list.map((o) => [o.kind, o.due, o.status, o.ruleId])).toEqual([
      ["deliverable", "2012-09-01", "due-soon", "deliverable.on-time"],
      ["deliverable", "2012-10-01", "upcoming", "deliverable.on-time"],
    ]);
    expect(list[0]?.basis.some((s) => s.kind === "seed" && s.file === "000_fd74c5439764a9cd.txt")).toBe(true);
    expectSorted(list);
  });

  it("with hand-ins given, a deliverable is on time, late or overdue (the groundwork report handed in Monday 3 September 2012 is late; the network's final report, none in, overdue)", () => {
    const client = createClient({ asOf: "2013-01-01" });
    const window = { from: "2012-09-01", to: "2012-10-31" };
    expect(client.obligations("lansstyrelsen-stockholm", window).map((o) => o.status)).toEqual(["passed", "passed"]);
    expect(client.obligations("lansstyrelsen-stockholm", { ...window, submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03" }] }).map((o) => o.status)).toEqual(["late", "overdue"]);
    expect(client.obligations("lansstyrelsen-stockholm", { ...window, submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-08-31" }] }).map((o) => o.status)).toEqual(["on-time", "overdue"]);
  });

  it("gives Linköping, a pilot municipality 2012–2015, its yearly reports to the follow-up authority, with no invented due date", () => {
    const list = createClient({ asOf: "2014-06-01" }).obligations("municipality-0580", { from: "2013-01-01", to: "2014-12-31" });
    expect(list.filter((o) => o.kind === "yearly-report").map((o) => [o.id, o.due, o.status, o.ruleId])).toEqual([
      ["municipality-0580/yearly-report/2012", null, "no-deadline", "report.area-coverage"],
      ["municipality-0580/yearly-report/2013", null, "no-deadline", "report.area-coverage"],
    ]);
    expect(list[0]?.title.sv).toBe("Årsrapport 2012 till Länsstyrelsen i Stockholms län");
  });

  it("takes the due date of the yearly reports from the follow-up authority's profile: Gävle's report on 2017, due 1 March 2018, came in on 30 March", () => {
    const profile = { id: "lst-yearly-reports", name: "Länsstyrelsens årsrapporter", actorId: "lansstyrelsen-stockholm", yearlyReports: { due: "03-01" } };
    const client = createClient({ asOf: "2018-05-16", profile });
    const window = { from: "2018-01-01", to: "2018-12-31" };
    expect(client.obligations("municipality-2180", window).map((o) => [o.due, o.status])).toEqual([["2018-03-01", "passed"]]);
    expect(client.obligations("municipality-2180", { ...window, reports: [{ actorId: "municipality-2180", year: 2017, submittedOn: "2018-03-30" }] }).map((o) => o.status)).toEqual(["late"]);
    expect(client.obligations("municipality-2180", { ...window, reports: [] }).map((o) => o.status)).toEqual(["overdue"]);
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
    expect(list.map((o) => o.id.split("/")[2])).toEqual(["activity-plan", "contact-person", "elected-representative", "meetings", "own-costs", "participation-period", "peer-review"]);
    expect(list.every((o) => o.ruleId === "network.commitments" && o.period?.from === "2013-03-01" && o.period.to === "2013-12-31" && o.validity?.to === null)).toBe(true);
  });

  it("gives items that validate against the output contract", () => {
    const client = createClient({ asOf: "2026-11-23" });
    for (const actor of ["lansstyrelsen-stockholm", "municipality-0580", "municipality-0484", "municipality-2180", "skolverket"]) {
      const list = client.obligations(actor, { from: "2012-01-01", to: "2026-12-31" });
      for (const item of list) expect(ObligationSchema.safeParse(item).success, item.id).toBe(true);
      expectSorted(list);
    }
  });

  it("takes the client's date by default, and a date per call", () => {
    const client = createClient({ asOf: "2012-08-15" });
    const window = { from: "2012-09-01", to: "2012-09-30" };
    expect(client.obligations("lansstyrelsen-stockholm", window)[0]?.status).toBe("due-soon");
    expect(client.obligations("lansstyrelsen-stockholm", { ...window, asOf: "2012-09-02" })[0]?.status).toBe("passed");
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
