import { isInForce, type ActorKind, type AnnualReport, type JsonValue } from "@romsk-inkludering/model";
import type { Rule, RuleContext, RuleOutcome } from "../types.js";
import { compareStrings, reportKnown } from "../util.js";
import { organiserKind } from "./consultation.youth-influence.js";

/** Lag (2009:724) §5 b in force from 1 Jan 2019 (SFS 2018:1367). */
const VALIDITY = { validFrom: "2019-01-01" } as const;

const MUNICIPAL_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>(["municipality", "region"]);

/** Why each municipality or region is in scope: network memberships, programmes, annual reports. */
function scope(context: RuleContext): Map<string, { networks: string[]; programmes: string[]; reports: string[] }> {
  const { asOf, catalog, data } = context;
  const out = new Map<string, { networks: string[]; programmes: string[]; reports: string[] }>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (e === undefined) {
      e = { networks: [], programmes: [], reports: [] };
      out.set(id, e);
    }
    return e;
  };
  const isMunicipal = (id: string) => {
    const kind = organiserKind(catalog, id, asOf);
    return kind !== undefined && MUNICIPAL_KINDS.has(kind);
  };
  for (const network of catalog.networks()) {
    if (network.status === "proposed" || !isInForce(network, asOf)) continue;
    for (const member of network.members) {
      if (isInForce(member, asOf) && isMunicipal(member.actorId)) entry(member.actorId).networks.push(network.id);
    }
  }
  for (const programme of catalog.programmes()) {
    if (!isInForce({ validFrom: programme.period.from, validTo: programme.period.to }, asOf)) continue;
    for (const member of programme.municipalities) {
      if (isInForce(member, asOf) && isMunicipal(member.actorId)) entry(member.actorId).programmes.push(programme.id);
    }
  }
  for (const report of data.reports) {
    if ((report.reporterKind === "municipality" || report.reporterKind === "region") && reportKnown(report, asOf)) {
      entry(report.actorId).reports.push(report.id);
    }
  }
  for (const e of out.values()) {
    e.networks.sort(compareStrings);
    e.programmes.sort(compareStrings);
    e.reports.sort(compareStrings);
  }
  return out;
}

/** The latest report (by year, then id) known as of `asOf` that states goals and guidelines (`reports`: the actor's, from the check's index). */
function latestStatement(reports: readonly AnnualReport[], actorId: string, asOf: string): AnnualReport | undefined {
  let best: AnnualReport | undefined;
  for (const report of reports) {
    if (report.actorId !== actorId || report.goalsAndGuidelines === undefined || !reportKnown(report, asOf)) continue;
    if (best === undefined || report.year > best.year || (report.year === best.year && compareStrings(report.id, best.id) > 0)) {
      best = report;
    }
  }
  return best;
}

/**
 * Rule `municipality.goals-and-guidelines` (lag 2009:724 §5 b, from
 * 2019-01-01, SFS 2018:1367): a municipality or region has adopted goals
 * and guidelines (mål och riktlinjer) for its minority policy work. Checked
 * for the municipalities and regions active in the strategy as of `asOf`:
 * members of an active network, municipalities of a running programme, and
 * those that hand in an annual report. The latest annual report known as of
 * `asOf` that states `goalsAndGuidelines` decides: adopted (on or before
 * `asOf`) passes, not adopted fails, no statement is a warning. §5 b has
 * them handed to the follow-up authority on request: the evidence names it
 * (`followUpAuthorityId`), asked of the catalog as of `asOf`, so a transfer
 * of the task is a change of the catalog's data.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { check } from "@romsk-inkludering/rules";
 * const report = (goalsAndGuidelines: { adopted: boolean; adoptedOn?: string }) => ({
 *   id: "municipality-2180-2019",
 *   year: 2019,
 *   actorId: "municipality-2180",
 *   reporterKind: "municipality" as const,
 *   submittedOn: "2020-02-14",
 *   areas: [],
 *   activities: [],
 *   consultations: [],
 *   observations: [],
 *   problems: [],
 *   proposals: [],
 *   goalsAndGuidelines,
 * });
 * const rules = ["municipality.goals-and-guidelines"];
 * check({ subject: "municipality-2180", reports: [report({ adopted: true, adoptedOn: "2019-06-10" })] }, { asOf: "2020-04-15", rules })
 *   .map((f) => f.verdict);
 * // => ["pass"]
 * check({ subject: "municipality-2180", reports: [report({ adopted: false })] }, { asOf: "2020-04-15", rules })
 *   .map((f) => f.verdict);
 * // => ["fail"]
 * check({ subject: "municipality-2180" }, { asOf: "2018-12-31", rules }).map((f) => f.verdict);
 * // => ["not-applicable"]
 * ```
 */
export const goalsAndGuidelinesRule: Rule = {
  id: "municipality.goals-and-guidelines",
  title: {
    sv: "Kommunen har antagit mål och riktlinjer för minoritetspolitiken",
    en: "The municipality has adopted goals and guidelines for its minority policy",
  },
  description: {
    sv: "Kommuner och regioner ska anta mål och riktlinjer för sitt minoritetspolitiska arbete. Kontrolleras för kommuner och regioner i ett nätverk, ett program eller som lämnar årsrapport.",
    en: "Municipalities and regions must adopt goals and guidelines for their minority policy work. Checked for municipalities and regions in a network or programme, or that hand in an annual report.",
  },
  basis: [
    {
      kind: "sfs",
      sfs: "2009:724",
      section: "5 b §",
      title: "Lag om nationella minoriteter och minoritetsspråk",
      note: "In force from 2019-01-01 (SFS 2018:1367).",
    },
  ],
  ...VALIDITY,
  appliesTo: ["actor"],
  settings: [],
  check(context) {
    const { asOf, data } = context;
    const inScope = scope(context);
    const followUpAuthorityId = context.catalog.followUpAuthority?.({ asOf })?.id ?? null;
    const outcomes: RuleOutcome[] = [];
    let actorIds = [...inScope.keys()].sort(compareStrings);
    if (data.subject !== undefined) {
      const subjectId = data.subject;
      if (!inScope.has(subjectId)) {
        const kind = organiserKind(context.catalog, subjectId, asOf);
        const municipal = kind !== undefined && MUNICIPAL_KINDS.has(kind);
        return [
          {
            subject: { kind: "actor", id: subjectId },
            verdict: "not-applicable",
            message: municipal
              ? {
                  sv: `${subjectId} är per ${asOf} inte med i något nätverk eller program och har ingen årsrapport; regeln följer upp kommuner som är aktiva i strategin.`,
                  en: `${subjectId} is, as of ${asOf}, in no network or programme and has no annual report; the rule follows up municipalities active in the strategy.`,
                }
              : {
                  sv: `5 b § gäller kommuner och regioner; ${subjectId} är ${kind === undefined ? "inte känd som kommun eller region" : `av typen ${kind}`}.`,
                  en: `§5 b applies to municipalities and regions; ${subjectId} is ${kind === undefined ? "not known as a municipality or region" : `of kind ${kind}`}.`,
                },
            evidence: { asOf, actorKind: kind ?? null },
          },
        ];
      }
      actorIds = [subjectId];
    }
    for (const actorId of actorIds) {
      const why = inScope.get(actorId) ?? { networks: [], programmes: [], reports: [] };
      const report = latestStatement(context.index.reportsOf(actorId), actorId, asOf);
      const statement = report?.goalsAndGuidelines;
      const evidence: Record<string, JsonValue> = {
        asOf,
        networks: why.networks,
        programmes: why.programmes,
        reports: why.reports,
        reportId: report?.id ?? null,
        reportYear: report?.year ?? null,
        adopted: statement?.adopted ?? null,
        adoptedOn: statement?.adoptedOn ?? null,
        followUpAuthorityId,
      };
      const subject = { kind: "actor" as const, id: actorId };
      if (report === undefined || statement === undefined) {
        outcomes.push({
          subject,
          verdict: "warning",
          message: {
            sv: `Ingen årsrapport per ${asOf} anger om mål och riktlinjer för minoritetspolitiken har antagits.`,
            en: `No annual report as of ${asOf} states whether goals and guidelines for the minority policy have been adopted.`,
          },
          evidence,
        });
      } else if (statement.adopted && (statement.adoptedOn === undefined || statement.adoptedOn <= asOf)) {
        outcomes.push({
          subject,
          verdict: "pass",
          message: {
            sv: `Mål och riktlinjer är antagna${statement.adoptedOn === undefined ? "" : ` (${statement.adoptedOn})`} enligt årsrapporten för ${report.year}.`,
            en: `Goals and guidelines have been adopted${statement.adoptedOn === undefined ? "" : ` (${statement.adoptedOn})`} according to the annual report for ${report.year}.`,
          },
          evidence,
        });
      } else {
        const later = statement.adopted && statement.adoptedOn !== undefined;
        outcomes.push({
          subject,
          verdict: "fail",
          message: later
            ? {
                sv: `Mål och riktlinjer antogs först ${statement.adoptedOn}, efter ${asOf}.`,
                en: `Goals and guidelines were adopted only on ${statement.adoptedOn}, after ${asOf}.`,
              }
            : {
                sv: `Enligt årsrapporten för ${report.year} har mål och riktlinjer för minoritetspolitiken inte antagits.`,
                en: `According to the annual report for ${report.year}, goals and guidelines for the minority policy have not been adopted.`,
              },
          evidence,
        });
      }
    }
    return outcomes;
  },
};
