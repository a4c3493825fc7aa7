import { getStatutoryDuty } from "@romsk-inkludering/catalog";
import type { AnnualReport } from "@romsk-inkludering/model";
import { check, getRule } from "@romsk-inkludering/rules";
import { expect, it } from "vitest";

/**
 * An annual report with nothing in it but what a test of a rule of lag
 * (2009:724) gives: the actor's report for the year, handed in on 31 March
 * of the year after (or `submittedOn`), its kind from the actor id's shape.
 */
export function annualReport(actorId: string, year: number, extra: Partial<AnnualReport> = {}): AnnualReport {
  return {
    id: `${actorId}-${year}`,
    year,
    actorId,
    reporterKind: actorId.startsWith("municipality-") ? "municipality" : "agency",
    submittedOn: `${year + 1}-03-31`,
    areas: [],
    activities: [],
    consultations: [],
    observations: [],
    problems: [],
    proposals: [],
    ...extra,
  };
}

/**
 * A duty judged from the year's stated measures (lag 2009:724 §3 and §4,
 * the rows of the rules' `MEASURE_DUTIES`), as its tests state it: the
 * rule, the catalog's duty, the report field, the actor and the messages
 * its verdict ladder must give.
 */
export interface MeasuresDutyCase {
  readonly rule: string;
  readonly dutyId: string;
  readonly section: string;
  readonly field: "rightsInformation" | "languageAndCulture";
  readonly actorId: string;
  /** The fail of an ended year whose report states an empty list (2020). */
  readonly fail: string;
  /** The warning of an ended year whose report says nothing (2021). */
  readonly warning: string;
  /** The finding of the year still running on 2022-10-15, whose report states an empty list. */
  readonly running: string;
  /** A named subject with no report known on 2021-03-30. */
  readonly nothing: string;
}

export const MEASURES_DUTY_CASES: readonly MeasuresDutyCase[] = [
  {
    rule: "minority-act.information",
    dutyId: "sfs-2009-724-3",
    section: "3 §",
    field: "rightsInformation",
    actorId: "municipality-0484",
    fail: "Årsrapporten för 2020 anger att Eskilstuna inte informerade minoriteterna om deras rättigheter det året.",
    warning: "Årsrapporten för 2021 (municipality-0484-2021) anger inte hur minoriteterna informerats om sina rättigheter.",
    running: "2022 pågår fortfarande per 2022-10-15; hittills: årsrapporten för 2022 anger att Eskilstuna inte informerade minoriteterna om deras rättigheter det året.",
    nothing: "Inget underlag om Eskilstuna per 2021-03-30: ingen årsrapport att bedöma 3 § efter.",
  },
  {
    rule: "minority-act.language-and-culture",
    dutyId: "sfs-2009-724-4",
    section: "4 §",
    field: "languageAndCulture",
    actorId: "municipality-0580",
    fail: "Årsrapporten för 2020 anger att Linköping inte gjorde något för att skydda och främja romani chib och romsk kultur det året.",
    warning: "Årsrapporten för 2021 (municipality-0580-2021) anger inte hur romani chib och romsk kultur skyddats och främjats.",
    running: "2022 pågår fortfarande per 2022-10-15; hittills: årsrapporten för 2022 anger att Linköping inte gjorde något för att skydda och främja romani chib och romsk kultur det året.",
    nothing: "Inget underlag om Linköping per 2021-03-30: ingen årsrapport att bedöma 4 § efter.",
  },
];

/** The case of a rule, failing when there is none. */
export function measuresDutyCase(rule: string): MeasuresDutyCase {
  const found = MEASURES_DUTY_CASES.find((c) => c.rule === rule);
  if (found === undefined) throw new Error(`no measures-duty case for ${rule}`);
  return found;
}

/**
 * The verdict ladder of a duty judged from the year's stated measures, the
 * same tests for each row of {@link MEASURES_DUTY_CASES}: validity and
 * section from the catalog; measures pass, an empty list fails an ended
 * year, silence is a warning, a running year is never a fail; a report not
 * yet handed in is not known; a year before 2010 is not applicable; the
 * plans covering the year are evidence.
 */
export function measuresDutyTests(c: MeasuresDutyCase): void {
  const rules = [c.rule];
  const report = (year: number, measures?: string[], extra: Partial<AnnualReport> = {}): AnnualReport =>
    annualReport(c.actorId, year, { ...(measures === undefined ? {} : { [c.field]: { measures } }), ...extra });

  it(`takes its validity and section from the catalog's duty ${c.dutyId}`, () => {
    expect(getRule(c.rule)?.validFrom).toBe(getStatutoryDuty(c.dutyId)?.validFrom);
    expect(getRule(c.rule)?.basis[0]).toMatchObject({ kind: "sfs", sfs: "2009:724", section: c.section });
  });

  it("measures pass, an empty list fails the ended year, silence is a warning, a running year is never a fail", () => {
    const reports = [report(2019, ["Informationsträff om minoritetslagen"]), report(2020, []), report(2021), report(2022, [], { submittedOn: "2022-09-30" })];
    const findings = check({ reports }, { asOf: "2022-10-15", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict])).toEqual([
      [`${c.actorId}/2019`, "pass"],
      [`${c.actorId}/2020`, "fail"],
      [`${c.actorId}/2021`, "warning"],
      [`${c.actorId}/2022`, "not-applicable"],
    ]);
    expect(findings.slice(1).map((f) => f.message.sv)).toEqual([c.fail, c.warning, c.running]);
  });

  it("a report handed in after asOf is not yet known; a named subject with no report is not applicable, saying so", () => {
    const reports = [report(2020, ["Broschyr"])];
    expect(check({ reports }, { asOf: "2021-03-30", rules })).toEqual([]);
    const named = check({ subject: c.actorId, reports }, { asOf: "2021-03-30", rules });
    expect(named.map((f) => [f.subject.kind, f.subject.id, f.verdict])).toEqual([["actor", c.actorId, "not-applicable"]]);
    expect(named[0]?.message.sv).toBe(c.nothing);
  });

  it("applies from 2010-01-01, as lag (2009:724) does: a report for 2009 is not applicable", () => {
    const findings = check({ reports: [report(2009, ["Kulturdag"])] }, { asOf: "2010-06-30", rules });
    expect(findings.map((f) => [f.subject.id, f.verdict, f.evidence.validFrom])).toEqual([[`${c.actorId}/2009`, "not-applicable", "2010-01-01"]]);
  });

  it("lists the actor's plans covering the year in the evidence", () => {
    const plans = [{ id: "handlingsplan", actorId: c.actorId, adoptedOn: "2019-02-01", period: { from: "2019-01-01", to: "2022-12-31" }, principlesAddressed: [], targetGroupsAddressed: [] }];
    const [finding] = check({ reports: [report(2020)], plans }, { asOf: "2021-06-30", rules });
    expect(finding?.evidence.plans).toEqual(["handlingsplan"]);
  });
}
