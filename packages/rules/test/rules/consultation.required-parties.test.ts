import type { ConsultationRequirement, Finding, Meeting, PartyRef, Submission } from "@romsk-inkludering/model";
import { check, defaultCatalog } from "@romsk-inkludering/rules";
import { describe, expect, it } from "vitest";
import { groundwork } from "../fixtures.js";

const rules = ["consultation.required-parties"];

/** Seed 000's groundwork part: "i dialog med" seven agencies; "i samråd med" the ministry, the pilot municipalities, Roma representatives and experts. */
function requirements(): { dialogue: ConsultationRequirement; consultation: ConsultationRequirement } {
  const { part } = groundwork();
  const dialogue = part.consultations.find((c) => c.mode === "dialogue");
  const consultation = part.consultations.find((c) => c.mode === "consultation");
  if (dialogue === undefined || consultation === undefined) throw new Error("the groundwork part lacks its consultation requirements");
  return { dialogue, consultation };
}

const actorIds = (refs: readonly PartyRef[]): string[] => refs.flatMap((r) => (r.kind === "actor" ? [r.actorId] : []));

function pilotMunicipalities(): string[] {
  const ref = requirements().consultation.parties.find((p) => p.kind === "programme-municipalities");
  if (ref?.kind !== "programme-municipalities") throw new Error("the groundwork part does not name the pilot municipalities");
  const programme = defaultCatalog.programmes().find((p) => p.id === ref.programmeId);
  return (programme?.municipalities ?? []).map((m) => m.actorId).sort();
}

const meeting = (id: string, date: string, extra: Partial<Meeting>): Meeting => ({
  id,
  date,
  organiserId: groundwork().commission.assigneeId,
  kind: "consultation",
  areas: [],
  topics: ["Underlag för ett nationellt uppföljningssystem"],
  commissionId: groundwork().commission.id,
  partId: groundwork().part.id,
  parties: [],
  participants: [],
  ...extra,
});

const submitted = (): Submission[] => [{ deliverableId: groundwork().deliverable.id, submittedOn: "2012-09-03", contents: [] }];

function findingFor(findings: Finding[], mode: string): Finding {
  const found = findings.find((f) => f.evidence.mode === mode);
  if (found === undefined) throw new Error(`no finding for ${mode}`);
  return found;
}

describe("consultation.required-parties (seed 000, the groundwork part)", () => {
  it("names the seed's parties: seven agencies in dialogue; the pilot's five municipalities in consultation", () => {
    expect(actorIds(requirements().dialogue.parties)).toHaveLength(7);
    expect(pilotMunicipalities()).toEqual(["municipality-0580", "municipality-1280", "municipality-1283", "municipality-1480", "municipality-2580"]);
  });

  it("passes when every party took part before the report was handed in", () => {
    const agencies = meeting("dialog-myndigheter-2012-05-10", "2012-05-10", {
      kind: "dialogue",
      parties: actorIds(requirements().dialogue.parties).map((actorId) => ({ kind: "actor" as const, actorId })),
    });
    const samrad = meeting("samrad-2012-06-12", "2012-06-12", {
      parties: [
        ...actorIds(requirements().consultation.parties).map((actorId) => ({ kind: "actor" as const, actorId })),
        ...requirements().consultation.parties.filter((p) => p.kind === "programme-municipalities"),
      ],
      participants: [
        { role: "roma-representative", count: 4 },
        { role: "roma-expert", count: 2 },
      ],
    });
    const findings = check({ subject: groundwork().commission.assigneeId, meetings: [agencies, samrad], submissions: submitted() }, { asOf: "2012-12-31", rules })
      .filter((f) => f.subject.id === `${groundwork().commission.id}/${groundwork().part.id}`);
    expect(findings.map((f) => [f.evidence.mode, f.verdict])).toEqual([
      ["dialogue", "pass"],
      ["consultation", "pass"],
    ]);
    // Consultation counts within the part's period and up to the submission of 2012-09-03, whichever ends first.
    const partEnd = groundwork().part.period?.to ?? groundwork().commission.period.to;
    const deadline = partEnd < "2012-09-03" ? { deadline: partEnd, deadlineReason: "period-end" } : { deadline: "2012-09-03", deadlineReason: "submission" };
    expect(findingFor(findings, "dialogue").evidence).toMatchObject({ ...deadline, missing: [] });
    expect(findingFor(findings, "consultation").evidence.consulted).toContainEqual({ party: "role:roma-experts", date: "2012-06-12", meetingId: "samrad-2012-06-12" });
  });

  it("lists the missing parties: two agencies, Roma experts and a pilot municipality met one by one", () => {
    const [first, second, ...rest] = actorIds(requirements().dialogue.parties).sort();
    const agencies = meeting("dialog-2012-05-10", "2012-05-10", { kind: "dialogue", parties: rest.map((actorId) => ({ kind: "actor" as const, actorId })) });
    const municipalities = pilotMunicipalities();
    const samrad = meeting("samrad-2012-06-12", "2012-06-12", {
      parties: [
        ...actorIds(requirements().consultation.parties).map((actorId) => ({ kind: "actor" as const, actorId })),
        ...municipalities.slice(0, 4).map((actorId) => ({ kind: "actor" as const, actorId })),
      ],
      participants: [{ role: "roma-representative", count: 4 }],
    });
    const findings = check({ subject: groundwork().commission.assigneeId, meetings: [agencies, samrad], submissions: submitted() }, { asOf: "2012-12-31", rules });
    const dialogue = findingFor(findings, "dialogue");
    expect([dialogue.verdict, dialogue.evidence.missing]).toEqual(["fail", [first, second]]);
    const consultation = findingFor(findings, "consultation");
    expect([consultation.verdict, consultation.evidence.missing]).toEqual(["fail", [municipalities[4], "role:roma-experts"]]);
    expect(consultation.message.sv).toContain("romska sakkunniga");
  });

  it("does not count a meeting after the submission, or one not linked to the commission", () => {
    const late = meeting("samrad-2012-09-10", "2012-09-10", { participants: [{ role: "roma-expert", count: 3 }] });
    const unlinked: Meeting = { ...meeting("samrad-utan-koppling", "2012-06-01", { participants: [{ role: "roma-expert", count: 3 }] }) };
    delete unlinked.commissionId;
    delete unlinked.partId;
    const findings = check({ subject: groundwork().commission.assigneeId, meetings: [late, unlinked], submissions: submitted() }, { asOf: "2012-12-31", rules });
    const consultation = findingFor(findings, "consultation");
    expect(consultation.evidence.missing).toContain("role:roma-experts");
    expect(consultation.evidence.meetingsAfterDeadline).toEqual(["samrad-2012-09-10"]);
    expect(consultation.evidence.linkedMeetings).toEqual(["samrad-2012-09-10"]);
  });

  it("warns while the part runs and nothing has been handed in, and is not applicable before it starts", () => {
    const running = check({ subject: groundwork().commission.assigneeId }, { asOf: "2012-06-01", rules });
    expect(findingFor(running, "dialogue")).toMatchObject({ verdict: "warning", evidence: { deadlineReason: "as-of", deadline: "2012-06-01" } });
    // As of 2011-12-31 the catalog does not know the 2012 commission yet (decided in 2012): nothing to report.
    const unknown = check({ subject: groundwork().commission.assigneeId }, { asOf: "2011-12-31", rules });
    expect(unknown.filter((f) => f.subject.id.startsWith(`${groundwork().commission.id}/`))).toEqual([]);
    // Given as input, the commission is not known before its decision either (as the catalog's are).
    const asDecided = check({ commissions: [groundwork().commission] }, { asOf: "2011-12-31", rules });
    expect(asDecided.filter((f) => f.subject.id.startsWith(`${groundwork().commission.id}/`))).toEqual([]);
    // Without a decision date it is checked, and its part has not started yet.
    const { decided: _decided, ...undated } = groundwork().commission;
    const before = check({ commissions: [undated] }, { asOf: "2011-12-31", rules });
    expect(before.filter((f) => f.subject.id === `${groundwork().commission.id}/${groundwork().part.id}`).map((f) => f.verdict)).toEqual([
      "not-applicable",
      "not-applicable",
    ]);
  });

  it("fails once the part's report is past due unsubmitted, even while the commission runs", () => {
    const commission = structuredClone(groundwork().commission);
    for (const part of commission.parts) if (part.id === groundwork().part.id) delete part.period;
    const findings = check({ commissions: [commission] }, { asOf: "2012-10-01", rules }).filter(
      (f) => f.subject.id === `${commission.id}/${groundwork().part.id}`,
    );
    expect(findings.map((f) => [f.verdict, f.evidence.deadlineReason, f.evidence.lastDue])).toEqual([
      ["fail", "due-date-passed", "2012-09-01"],
      ["fail", "due-date-passed", "2012-09-01"],
    ]);
    expect(findings[0]?.message.en).toContain("as of 2012-10-01, and the deliverable was due by 2012-09-01");
  });
});
