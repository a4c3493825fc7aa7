import type { Commission, Finding, LocalProfile, Submission } from "@romsk-inkludering/model";
import { check } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { groundwork, nulagesbeskrivning, statusReport } from "../fixtures.js";

const rules = ["deliverable.on-time"];
const shift: LocalProfile = { id: "statutory-shift", name: "Förskjutning enligt lag (1930:173)", deadlines: { applyStatutoryShift: true } };

function only(findings: Finding[], subjectId: string): Finding {
  const matching = findings.filter((f) => f.ruleId === "deliverable.on-time" && f.subject.id === subjectId);
  expect(matching, `findings for ${subjectId}`).toHaveLength(1);
  return matching[0] as Finding;
}

describe("deliverable.on-time: the groundwork report due Saturday 2012-09-01 (seed 000)", () => {
  const submitted: Submission[] = [{ deliverableId: groundwork().deliverable.id, submittedOn: "2012-09-03", contents: ["methods", "area-coverage", "cost-estimate"] }];

  it("is two days late by default: a commission is not a författning, so lag 1930:173 does not move the date", () => {
    const id = groundwork().deliverable.id;
    const finding = only(check({ subject: groundwork().commission.assigneeId, submissions: submitted }, { asOf: "2012-12-31", rules }), id);
    expect(finding.verdict).toBe("fail");
    expect(finding.evidence).toMatchObject({
      status: "late",
      writtenDue: "2012-09-01",
      statutoryDue: "2012-09-03",
      applyStatutoryShift: false,
      due: "2012-09-01",
      submittedOn: "2012-09-03",
      daysLate: 2,
      workdaysLate: 1,
    });
    expect(finding.message.sv).toContain("2 dagar (1 arbetsdag) för sent");
    expect(finding.message.en).toContain("2012-09-03");
    expect(finding.basis).toContainEqual(expect.objectContaining({ kind: "seed", file: "000_fd74c5439764a9cd.txt" }));
  });

  it("is on time with applyStatutoryShift: the Saturday moves to Monday 2012-09-03", () => {
    const id = groundwork().deliverable.id;
    const finding = only(check({ subject: groundwork().commission.assigneeId, submissions: submitted }, { asOf: "2012-12-31", profile: shift, rules }), id);
    expect(finding.verdict).toBe("pass");
    expect(finding.evidence).toMatchObject({ status: "on-time", writtenDue: "2012-09-01", due: "2012-09-03", applyStatutoryShift: true });
    expect(finding.basis).toContainEqual(expect.objectContaining({ kind: "sfs", sfs: "1930:173", section: "2 §" }));
  });

  it("is overdue when nothing was submitted by asOf, and a submission after asOf is not yet known", () => {
    const id = groundwork().deliverable.id;
    const finding = only(check({ subject: groundwork().commission.assigneeId, submissions: submitted }, { asOf: "2012-09-02", rules }), id);
    expect(finding.verdict).toBe("fail");
    expect(finding.evidence).toMatchObject({ status: "overdue", daysOverdue: 1, workdaysOverdue: 0, submittedOn: null });
  });

  it("is due soon within 30 days and upcoming before that", () => {
    const id = groundwork().deliverable.id;
    const soon = only(check({ subject: groundwork().commission.assigneeId }, { asOf: "2012-08-15", rules }), id);
    expect([soon.verdict, soon.evidence.status, soon.evidence.daysLeft]).toEqual(["warning", "due-soon", 17]);
    const later = only(check({ subject: groundwork().commission.assigneeId }, { asOf: "2012-06-01", rules }), id);
    expect([later.verdict, later.evidence.status, later.evidence.daysLeft]).toEqual(["not-applicable", "upcoming", 92]);
  });
});

describe("deliverable.on-time: the pilot's status reports, 15 April 2013–2015 (seed 000)", () => {
  const { deliverable, commission } = statusReport();
  const subject = commission.assigneeId;
  const submissions: Submission[] = [
    { deliverableId: deliverable.id, occurrence: 2013, submittedOn: "2013-04-15", contents: ["problem-analysis", "proposed-measures"] },
    { deliverableId: deliverable.id, occurrence: 2014, submittedOn: "2014-04-16", contents: ["problem-analysis", "proposed-measures"] },
  ];

  it("has one finding per year: 2013 on time, 2014 one day late, 2015 due soon", () => {
    const findings = check({ subject, submissions }, { asOf: "2015-04-01", rules });
    const y2013 = only(findings, `${deliverable.id}/2013`);
    const y2014 = only(findings, `${deliverable.id}/2014`);
    const y2015 = only(findings, `${deliverable.id}/2015`);
    expect([y2013.verdict, y2013.evidence.due]).toEqual(["pass", "2013-04-15"]);
    expect([y2014.verdict, y2014.evidence.daysLate, y2014.evidence.workdaysLate]).toEqual(["fail", 1, 1]);
    expect([y2015.verdict, y2015.evidence.daysLeft]).toEqual(["warning", 14]);
  });

  it("counts days and workdays overdue for the missing 2015 report", () => {
    const finding = only(check({ subject, submissions }, { asOf: "2015-04-20", rules }), `${deliverable.id}/2015`);
    expect(finding.verdict).toBe("fail");
    expect(finding.evidence).toMatchObject({ status: "overdue", due: "2015-04-15", daysOverdue: 5, workdaysOverdue: 3 });
  });

  it("matches a submission without an occurrence to the year it was handed in", () => {
    const finding = only(
      check({ subject, submissions: [{ deliverableId: deliverable.id, submittedOn: "2014-04-16", contents: [] }] }, { asOf: "2014-12-31", rules }),
      `${deliverable.id}/2014`,
    );
    expect(finding.evidence.daysLate).toBe(1);
  });

  it("widens the due-soon window with a profile (60 days), never narrows it", () => {
    const wide: LocalProfile = { id: "wide", name: "Tidig varning", deadlines: { dueSoonDays: 60 } };
    const narrow: LocalProfile = { id: "narrow", name: "Sen varning", deadlines: { dueSoonDays: 10 } };
    const id = `${deliverable.id}/2015`;
    expect(only(check({ subject, submissions }, { asOf: "2015-03-01", rules }), id).verdict).toBe("not-applicable");
    expect(only(check({ subject, submissions }, { asOf: "2015-03-01", profile: wide, rules }), id).verdict).toBe("warning");
    const narrowed = check({ subject, submissions }, { asOf: "2015-04-01", profile: narrow, rules });
    expect(only(narrowed, id).verdict).toBe("warning");
    expect(narrowed.find((f) => f.ruleId === "profile.tightens-only")?.evidence).toMatchObject({ requested: 10, applied: 30 });
  });

  it("uses an amended date decided by asOf and says so; an amendment decided later is not yet known", () => {
    const amended: Commission = structuredClone(commission);
    for (const part of amended.parts) {
      for (const d of part.deliverables) {
        if (d.id === deliverable.id) {
          d.amendments = [
            {
              decision: "A2015/00001/DISK",
              date: "2015-03-02",
              occurrence: 2015,
              newDue: "2015-05-15",
              sources: [{ kind: "decision", number: "A2015/00001/DISK", note: "A later decision that moves the 2015 report (test scenario)." }],
            },
          ];
        }
      }
    }
    const id = `${deliverable.id}/2015`;
    const after = only(check({ commissions: [amended], submissions: [{ deliverableId: deliverable.id, occurrence: 2015, submittedOn: "2015-05-04", contents: [] }] }, { asOf: "2015-06-01", rules }), id);
    expect(after.verdict).toBe("pass");
    expect(after.evidence).toMatchObject({
      writtenDue: "2015-04-15",
      due: "2015-05-15",
      amended: { decision: "A2015/00001/DISK", decidedOn: "2015-03-02", from: "2015-04-15", to: "2015-05-15" },
    });
    expect(after.message.en).toContain("moved from 2015-04-15 to 2015-05-15 by decision A2015/00001/DISK");
    expect(after.basis).toContainEqual(expect.objectContaining({ kind: "decision", number: "A2015/00001/DISK" }));
    const before = only(check({ commissions: [amended] }, { asOf: "2015-03-01", rules }), id);
    expect([before.evidence.due, before.evidence.amended]).toEqual(["2015-04-15", null]);
    const other = only(check({ commissions: [amended] }, { asOf: "2015-06-01", rules }), `${deliverable.id}/2014`);
    expect(other.evidence.amended).toBeNull();
  });

  it("reports a submission that matches no occurrence as a warning", () => {
    const findings = check(
      { subject, submissions: [{ deliverableId: deliverable.id, occurrence: 2016, submittedOn: "2016-04-15", contents: [] }] },
      { asOf: "2016-12-31", rules },
    );
    const stray = findings.find((f) => f.subject.kind === "submission");
    expect(stray).toMatchObject({ verdict: "warning", subject: { id: `${deliverable.id}/2016` }, evidence: { knownDeliverable: true, occurrence: 2016 } });
  });
});

describe("deliverable.on-time: the nulägesbeskrivning (seeds 002/003: 15 Dec 2018; minoritet.se: 15 Oct 2018)", () => {
  it("is evaluated against the primary date and mentions the alternative in the evidence", () => {
    const { deliverable, commission } = nulagesbeskrivning();
    const finding = only(check({ subject: commission.assigneeId }, { asOf: "2018-11-20", rules }), deliverable.id);
    expect(finding.verdict).toBe("warning");
    expect(finding.evidence).toMatchObject({ writtenDue: "2018-12-15", due: "2018-12-15", statutoryDue: "2018-12-17", daysLeft: 25 });
    expect(finding.evidence.alternativeDue).toEqual([expect.objectContaining({ date: "2018-10-15" })]);
    expect(finding.message.sv).toContain("En annan källa anger 2018-10-15.");
  });

  it("is on time when handed in on 2018-12-14 even though another source gave 15 October", () => {
    const { deliverable, commission } = nulagesbeskrivning();
    const findings = check(
      { subject: commission.assigneeId, submissions: [{ deliverableId: deliverable.id, submittedOn: "2018-12-14", contents: [] }] },
      { asOf: "2019-01-31", rules },
    );
    expect(only(findings, deliverable.id).verdict).toBe("pass");
  });
});
