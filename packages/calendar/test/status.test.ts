/**
 * The one deadline status of the library, on the real dates of the seeds:
 * the 2012 groundwork report (due Saturday 1 September, handed in Monday 3
 * September), the 2017 annual reports (due Sunday 15 April 2018) and
 * påskafton 2017.
 */
import { describe, expect, it } from "vitest";
import { DEADLINE_STATUS_LABELS, DEADLINE_STATUSES, deadlineStatus, DEFAULT_APPLY_STATUTORY_SHIFT } from "../src/index.js";

describe("deadlineStatus", () => {
  it("applies the written date by default and says what lag (1930:173) §2 would give", () => {
    expect(DEFAULT_APPLY_STATUTORY_SHIFT).toBe(false);
    const r = deadlineStatus({ due: "2012-09-01", asOf: "2012-10-01", submittedOn: "2012-09-03" });
    expect([r.status, r.effectiveDue, r.statutoryDue, r.daysLate]).toEqual(["late", "2012-09-01", "2012-09-03", 2]);
    expect(r.otherReading).toEqual({ applyStatutoryShift: true, status: "on-time", effectiveDue: "2012-09-03" });
    const shifted = deadlineStatus({ due: "2012-09-01", asOf: "2012-10-01", submittedOn: "2012-09-03", applyStatutoryShift: true });
    expect([shifted.status, shifted.effectiveDue, shifted.otherReading?.status]).toEqual(["on-time", "2012-09-03", "late"]);
  });

  it("moves påskafton 2017 past annandag påsk to 18 April under the law", () => {
    expect(deadlineStatus({ due: "2017-04-15", asOf: "2017-04-18", submittedOn: null, applyStatutoryShift: true }).status).toBe("due-soon");
    expect(deadlineStatus({ due: "2017-04-15", asOf: "2017-04-18", submittedOn: null }).status).toBe("overdue");
  });

  it("tells overdue (hand-ins tracked, none) from passed (not tracked)", () => {
    expect(deadlineStatus({ due: "2018-04-15", asOf: "2018-05-02", submittedOn: null }).status).toBe("overdue");
    expect(deadlineStatus({ due: "2018-04-15", asOf: "2018-05-02" }).status).toBe("passed");
  });

  it("does not know a hand-in after asOf: Linköping's report of 18 April is not in as of 12 April", () => {
    const r = deadlineStatus({ due: "2018-04-15", asOf: "2018-04-12", submittedOn: "2018-04-18" });
    expect([r.status, r.submittedOn, r.daysLeft, r.daysLate]).toEqual(["due-soon", null, 3, null]);
  });

  it("counts the due-soon window with the due day included", () => {
    expect(deadlineStatus({ due: "2014-04-15", asOf: "2014-04-15", submittedOn: null }).status).toBe("due-soon");
    expect(deadlineStatus({ due: "2014-04-15", asOf: "2014-03-16", submittedOn: null }).status).toBe("due-soon");
    expect(deadlineStatus({ due: "2014-04-15", asOf: "2014-03-15", submittedOn: null }).status).toBe("upcoming");
    expect(deadlineStatus({ due: "2014-04-15", asOf: "2014-04-05", submittedOn: null, dueSoonDays: 7 }).status).toBe("upcoming");
  });

  it("has a Swedish and an English label for every status", () => {
    for (const status of DEADLINE_STATUSES) {
      expect(DEADLINE_STATUS_LABELS[status].sv.length).toBeGreaterThan(0);
      expect(DEADLINE_STATUS_LABELS[status].en.length).toBeGreaterThan(0);
    }
    expect(new Set(DEADLINE_STATUSES.map((s) => DEADLINE_STATUS_LABELS[s].sv)).size).toBe(DEADLINE_STATUSES.length);
  });

  it("rejects a date that is not an ISO date, naming it", () => {
    expect(() => deadlineStatus({ due: "2018-02-30", asOf: "2018-05-02" })).toThrow('due must be an ISO date YYYY-MM-DD, got "2018-02-30"');
    expect(() => deadlineStatus({ due: "2018-04-15", asOf: "2018-05-02", submittedOn: "18/4" })).toThrow('submittedOn must be an ISO date YYYY-MM-DD, got "18/4"');
  });
});
