import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { files, requireBuild, romsk } from "./support.js";

beforeAll(requireBuild);

/** Seed 000's groundwork report, due Saturday 1 September 2012, handed in on Monday the 3rd. */
const dir = files({
  "groundwork.json": JSON.stringify({ subject: "lansstyrelsen-stockholm", submissions: [{ deliverableId: "groundwork-report", submittedOn: "2012-09-03", contents: [] }] }),
  "nulage.json": JSON.stringify({
    subject: "lansstyrelsen-stockholm",
    submissions: [{ deliverableId: "nulagesbeskrivning-2018-report", submittedOn: "2018-11-20", contents: ["area-coverage", "problem-analysis"] }],
  }),
});
const groundwork = join(dir, "groundwork.json");

describe("romsk check --explain", () => {
  it("shows each finding's trace as an indented tree, in Swedish with --lang sv", () => {
    const r = romsk(["check", groundwork, "--as-of", "2012-10-01", "--explain", "--lang", "sv"]);
    expect(r.code).toBe(1);
    const block = r.stdout.split("\n\n").find((b) => b.startsWith("ej uppfyllt · deliverable.on-time · groundwork-report")) ?? "";
    expect(block.split("\n").slice(2)).toEqual([
      "  regelsida: documents/Rule_reference.deliverable.on-time.html",
      "  - Regel deliverable.on-time: Redovisningar lämnas i tid; gäller den per 2012-10-01?: ja [källtext 000_fd74c5439764a9cd.txt; SFS 1930:173 2 §]",
      "    - Utan startdatum",
      "    - Utan slutdatum",
      "  - Inställningar som regeln läser: 3",
      "    - Flytta sista dag till vardag (lag 1930:173 2 §) (deadlines.applyStatutoryShift, ja/nej; standard): nej [SFS 1930:173 2 §]",
      "    - Varningsfönster före sista dag (deadlines.dueSoonDays, dagar; standard): 30",
      "    - Pröva mot det tidigaste datum som någon källa anger (deadlines.earliestDue, ja/nej; standard): nej [källtext 002_45e07da4f0d67e87.txt; FACTS.md: Programmes and commissions]",
      "  - Redovisning i katalogen: Redovisning av underlaget för ett nationellt uppföljningssystem: groundwork-report [källtext 000_fd74c5439764a9cd.txt]",
      "    - Uppdrag: Uppdrag till Länsstyrelsen i Stockholms län 2012: uppföljningssystem, pilotverksamhet och kommunalt nätverk: lansstyrelsen-stockholm-2012 [källtext 000_fd74c5439764a9cd.txt; FACTS.md: Programmes and commissions]",
      "    - Deluppdrag: Underlag för ett nationellt uppföljningssystem: groundwork",
      "    - Sista dag enligt uppdraget: 2012-09-01 [källtext 000_fd74c5439764a9cd.txt]",
      "    - Ingen ändring av datumet beslutad per 2012-10-01",
      "  - Är 2012-09-01 en vardag? (lag 1930:173 2 §: inte lördag, söndag, annan helgdag, midsommar-, jul- eller nyårsafton): nej [SFS 1930:173 2 §]",
      "    - Sista dag flyttad till nästa vardag enligt 2 §: 2012-09-03 [SFS 1930:173 2 §]",
      "    - Förskjutningen tillämpas inte: lagen gäller tid som bestäms i lag eller annan författning, ett uppdrags datum bestäms genom beslut (deadlines.applyStatutoryShift): nej",
      "  - Sista dag som gäller: 2012-09-01",
      "  - Inlämningar kända per 2012-10-01: 2012-09-03",
      "  - Status per 2012-10-01 (kalenderns deadlineStatus; snart aktuell inom 30 dagar): för sent",
      "    - Dagar för sent: 2",
      "    - Arbetsdagar för sent (kalenderns workdaysBetween): 1",
      "    - Status med den andra läsningen av lag (1930:173) 2 §: i tid [SFS 1930:173 2 §]",
      "  - Bedömning: ej uppfyllt",
    ]);
  });

  it("puts the explanation in the JSON findings", () => {
    const findings = JSON.parse(romsk(["check", groundwork, "--as-of", "2012-10-01", "--explain", "--format", "json"]).stdout) as { ruleId: string; explanation?: { ruleUrl?: string } }[];
    expect(findings.every((f) => f.explanation !== undefined)).toBe(true);
    expect(JSON.parse(romsk(["check", groundwork, "--as-of", "2012-10-01", "--format", "json"]).stdout).some((f: { explanation?: unknown }) => f.explanation !== undefined)).toBe(false);
  });
});

describe("romsk check --compare-*", () => {
  it("with and without the shift of lag (1930:173): only the groundwork report differs", () => {
    const r = romsk(["check", groundwork, "--as-of", "2012-10-01", "--compare-setting", "deadlines.applyStatutoryShift=true", "--lang", "sv"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "regel                gäller             a            b",
        "-------------------  -----------------  -----------  --------",
        "deliverable.on-time  groundwork-report  ej uppfyllt  uppfyllt",
        "",
        "1 iakttagelse skiljer sig: a (per 2012-10-01) mot b (per 2012-10-01, deadlines.applyStatutoryShift=true)",
        "",
      ].join("\n"),
    );
  });

  it("the nulägesbeskrivning against 15 October instead of 15 December 2018, with both explanations", () => {
    const r = romsk(["check", join(dir, "nulage.json"), "--as-of", "2018-12-31", "--compare-setting", "deadlines.earliestDue=true", "--explain"]);
    expect(r.stdout).toContain("deliverable.on-time  nulagesbeskrivning-2018-report  pass  fail");
    expect(r.stdout).toContain("\na: pass · deliverable.on-time · nulagesbeskrivning-2018-report\n");
    expect(r.stdout).toContain("\nb: fail · deliverable.on-time · nulagesbeskrivning-2018-report\n");
    expect(r.stdout).toContain("    - Another source gives: 2018-10-15 [FACTS.md: Programmes and commissions]");
    expect(r.stdout).toContain("1 finding differs: a (as of 2018-12-31) against b (as of 2018-12-31, deadlines.earliestDue=true)");
  });

  it("a profile requiring youth, by --compare-profile, in JSON", () => {
    const input = files({
      "samrad.json": JSON.stringify({
        subject: "municipality-0580",
        meetings: [{ id: "samrad-metoder", kind: "consultation", date: "2019-03-12", organiserId: "municipality-0580", areas: ["education"], topics: [], parties: [], participants: [{ role: "roma-representative", count: 2 }], youthInfluence: { methods: ["ungdomsråd"] } }],
      }),
      "unga.json": JSON.stringify({ id: "unga-deltar", actorId: "municipality-0580", name: "Unga deltar", consultation: { requireYouth: true } }),
    });
    // §5 a is judged per authority and year: 2019, ended on 2020-01-15, whose one consultation only described its methods.
    const r = romsk(["check", join(input, "samrad.json"), "--as-of", "2020-01-15", "--compare-profile", join(input, "unga.json"), "--json"]);
    const result = JSON.parse(r.stdout) as { differences: { ruleId: string; subject: { id: string }; a: { verdict: string }; b: { verdict: string } }[] };
    expect(result.differences.map((d) => [d.ruleId, d.subject.id, d.a.verdict, d.b.verdict])).toEqual([["minority-act.youth-influence", "municipality-0580/2019", "pass", "fail"]]);
  });

  it("says what a --setting must look like", () => {
    const r = romsk(["check", groundwork, "--as-of", "2012-10-01", "--compare-setting", "shift", "--lang", "sv"]);
    expect([r.code, r.stderr]).toEqual([2, 'romsk: --compare-setting ska vara nyckel=värde, t.ex. deadlines.applyStatutoryShift=true, fick "shift"\n']);
  });
});
