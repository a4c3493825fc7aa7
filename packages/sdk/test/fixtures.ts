/**
 * A municipality's own commission (to its own administration) with one
 * yearly or fixed deliverable: what a municipality adds to the catalog.
 */
import type { AnnualReport, Commission, ContentRequirement, DueRule, Source } from "../src/index.js";

/** The FACTS file's section on the law (lag 2009:724), the basis of municipal minority work. */
export const LAW: Source[] = [{ kind: "facts", section: "Law" }];

/** The commission `id` of municipality `code` (`place` in its title) for `period`, with one deliverable `deliverableId` due by `due`. */
export function ownCommission(options: {
  readonly id: string;
  readonly code: string;
  readonly place: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly deliverableId: string;
  readonly due: DueRule;
  readonly requiredContent?: ContentRequirement[];
}): Commission {
  const actorId = `municipality-${options.code}`;
  const followUp = { sv: "Årlig uppföljning", en: "Yearly follow-up" };
  return {
    id: options.id,
    title: { sv: `Romsk inkludering i ${options.place}`, en: `Roma inclusion in ${options.place}` },
    issuerId: actorId,
    assigneeId: actorId,
    decisions: [],
    period: { ...options.period },
    parts: [
      {
        id: "yearly-follow-up",
        title: followUp,
        consultations: [{ mode: "consultation", parties: [{ kind: "role", role: "roma-representatives" }] }],
        deliverables: [
          {
            id: options.deliverableId,
            kind: "annual-report",
            title: followUp,
            recipientId: actorId,
            due: options.due,
            requiredContent: options.requiredContent ?? [],
            amendments: [],
            sources: LAW,
          },
        ],
        sources: LAW,
      },
    ],
    sources: LAW,
  };
}

/** Gävle's annual report for 2017 (a development municipality; seed-based figures from the model's fixture). */
export const GAVLE_2017: AnnualReport = {
  id: "municipality-2180-2017",
  year: 2017,
  actorId: "municipality-2180",
  reporterKind: "municipality",
  submittedOn: "2018-02-28",
  areas: ["health-social-care-safety"],
  activities: [
    {
      id: "gavle-health-inspirers-2017",
      actorId: "municipality-2180",
      areas: ["health-social-care-safety"],
      kind: "health-inspirers",
      title: "Romska hälsoinspiratörer i Gävle",
      period: { from: "2017-01-01", to: "2017-12-31" },
      // Illustrative: seed 003 gives no count for Gävle (its 160 are Romska ungdomsförbundet's national total since 2015).
      outputs: [{ metric: "people-trained", value: 12 }],
    },
  ],
  consultations: [],
  observations: [],
  problems: [],
  proposals: [],
};
