/**
 * Linköping's own commission, as a municipal system would hold it: the
 * yearly follow-up of its action plan for Roma inclusion to the municipal
 * board, due 31 March each year 2019–2022 (illustrative: the seeds name
 * Linköping's revised action plan 2018–2021 and its Roma consultation, not
 * its internal deadlines), to be prepared in consultation with Roma
 * representatives. Basis: lag (2009:724) on national minorities.
 */
import type { Commission, Meeting } from "@romsk-inkludering/sdk";

export const LINKOPING = "municipality-0580";

export const actionPlanFollowUp: Commission = {
  id: "linkoping-action-plan-2018-2021",
  title: { sv: "Uppföljning av handlingsplanen för romsk inkludering 2018–2021", en: "Follow-up of the action plan for Roma inclusion 2018–2021" },
  issuerId: LINKOPING,
  assigneeId: LINKOPING,
  decisions: [],
  period: { from: "2018-01-01", to: "2022-12-31" },
  parts: [
    {
      id: "yearly-follow-up",
      title: { sv: "Årlig uppföljning", en: "Yearly follow-up" },
      consultations: [{ mode: "consultation", parties: [{ kind: "role", role: "roma-representatives" }] }],
      deliverables: [
        {
          id: "linkoping-action-plan-follow-up",
          kind: "annual-report",
          title: { sv: "Uppföljning till kommunstyrelsen", en: "Follow-up to the municipal board" },
          recipientId: LINKOPING,
          due: { kind: "yearly", month: 3, day: 31, fromYear: 2019, toYear: 2022 },
          requiredContent: [],
          amendments: [],
          sources: [{ kind: "sfs", sfs: "2009:724" }],
        },
      ],
      sources: [{ kind: "sfs", sfs: "2009:724" }],
    },
  ],
  sources: [{ kind: "seed", file: "003_c330e8c89015faff.txt", locator: "Linköping" }],
};

const GROUPS = ["swedish-roma", "finnish-roma", "travellers", "non-nordic-roma", "newly-arrived-roma"] as const;

/** A consultation (samråd) of Linköping with `perGroup` representatives of each Roma group. */
export function consultation(id: string, date: string, perGroup: Partial<Record<(typeof GROUPS)[number], number>>): Meeting {
  return {
    id,
    date,
    organiserId: LINKOPING,
    kind: "consultation",
    areas: ["education", "employment"],
    topics: ["Uppföljning av handlingsplanen"],
    parties: [{ kind: "role", role: "roma-representatives" }],
    participants: GROUPS.filter((g) => (perGroup[g] ?? 0) > 0).map((romaGroup) => ({ role: "roma-representative" as const, count: perGroup[romaGroup] ?? 0, romaGroup })),
  };
}
