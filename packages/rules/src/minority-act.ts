/**
 * What the rules of lag (2009:724) §§3, 4, 5, 5 a and 5 b share: the duty
 * as the catalog states it (who owes it, from when), the actor-years to
 * judge (one actor, one year, from what its annual reports, plans and
 * consultations known as of `asOf` show), whether a year has ended, and the
 * one verdict ladder every one of these rules follows.
 */
import { getStatutoryDuty, type StatutoryDuty } from "@romsk-inkludering/catalog";
import { ACTOR_KIND_LABELS, isInForce, overlaps, valueAsOf, type Actor, type ActorKind, type AnnualReport, type Bilingual, type JsonValue, type Meeting, type MunicipalPlan, type Source, type TraceStep } from "@romsk-inkludering/model";
import { startTrace, traceStep } from "./trace.js";
import type { CatalogView, Rule, RuleContext, RuleOutcome, Subject } from "./types.js";
import { compareStrings, isMinorityConsultation, reportKnown, yearText } from "./util.js";

/**
 * The catalog's entry for a duty of lag (2009:724): the one owner of its
 * section, validity and actor kinds, which the rules read (a missing entry
 * is a programming error, caught when the module loads).
 */
export function duty(id: string): StatutoryDuty {
  const entry = getStatutoryDuty(id);
  if (entry === undefined) throw new Error(`rules: the catalog has no statutory duty ${id}`);
  return entry;
}

/** The rule's validity: the duty's, as the catalog gives it. */
export function validityOf(entry: StatutoryDuty): { validFrom: string; validTo?: string } {
  return entry.validTo === undefined ? { validFrom: entry.validFrom } : { validFrom: entry.validFrom, validTo: entry.validTo };
}

/**
 * The rule's basis: the duty's statute section (its note a summary, not
 * the statute's text), `FACTS.md`'s wording as the catalog cites it and,
 * for a duty an amendment introduced, the amending SFS.
 */
export function basisOf(entry: StatutoryDuty, ...more: StatutoryDuty[]): Source[] {
  const out: Source[] = [];
  for (const d of [entry, ...more]) {
    out.push({
      kind: "sfs",
      sfs: d.sfs,
      section: d.section,
      title: "Lag om nationella minoriteter och minoritetsspråk",
      note: d.introducedBy === d.sfs ? `${d.summary.en} (A summary, not the statute's text.)` : `${d.summary.en} In force from ${d.validFrom} (SFS ${d.introducedBy}). (A summary, not the statute's text.)`,
    });
    if (d.introducedBy !== d.sfs && !out.some((s) => s.kind === "sfs" && s.sfs === d.introducedBy)) {
      out.push({ kind: "sfs", sfs: d.introducedBy, title: "Lag om ändring i lagen (2009:724) om nationella minoriteter och minoritetsspråk" });
    }
    for (const s of d.sources) if (s.kind === "facts") out.push(s);
  }
  return out;
}

/** The spans of the years asked for so far: made once per year, frozen, since every rule asks for the same few years again and again. */
const YEAR_SPANS = new Map<number, Readonly<{ validFrom: string; validTo: string }>>();

/** A calendar year as a span of validity (both ends inclusive); frozen (it is shared). */
export function yearSpan(year: number): Readonly<{ validFrom: string; validTo: string }> {
  let span = YEAR_SPANS.get(year);
  if (span === undefined) {
    span = Object.freeze({ validFrom: `${year}-01-01`, validTo: `${year}-12-31` });
    // Years are 1900–2200 (the model's range), so the cache holds at most 301 spans.
    YEAR_SPANS.set(year, span);
  }
  return span;
}

/** Whether the year has ended as of `asOf` (the model's `isInForce` on the span up to its last day). */
export function yearEnded(year: number, asOf: string): boolean {
  return !isInForce({ validTo: yearSpan(year).validTo }, asOf);
}

/** The kind of an actor: the catalog's (`actor`, as the catalog gives it as of the check's date), a municipality id's shape, or the kind its annual reports give. */
export function actorKindOf(actor: Actor | undefined, actorId: string, reports: readonly AnnualReport[]): ActorKind | undefined {
  if (actor !== undefined) return actor.kind;
  if (/^municipality-\d{4}$/.test(actorId)) return "municipality";
  return reports[0]?.reporterKind;
}

/** An actor's name as of `asOf` (the model's `valueAsOf` over the names of `actor`, as the catalog gives it), or its id when the catalog does not know it. */
export function actorNameOf(actor: Actor | undefined, actorId: string, asOf: string): Bilingual {
  const name = actor === undefined ? undefined : valueAsOf(actor.names, asOf)?.name;
  return name ?? { sv: actorId, en: actorId };
}

/** The Swedish genitive of a name: "Linköpings", but "Borås" and "Länsstyrelsen i Stockholms län" + s. */
export function genitiveSv(name: string): string {
  return /[sxz]$/.test(name) ? name : `${name}s`;
}

/** What one actor's records show for one year, as known on `asOf`. */
export interface ActorYear {
  readonly actorId: string;
  /** The actor's name as of `asOf` (its id when the catalog does not know it). */
  readonly name: Bilingual;
  readonly kind: ActorKind | undefined;
  readonly year: number;
  readonly ended: boolean;
  readonly subject: Subject;
  /** The actor's annual report for the year (the last one handed in, by id, when there are several), if known. */
  readonly report: AnnualReport | undefined;
  /** Every annual report of the actor known on `asOf`, any year, by year and id. */
  readonly reports: readonly AnnualReport[];
  /** The actor's consultations with the minority in the year, held by `asOf`, by date. */
  readonly consultations: readonly Meeting[];
  /** The ids of the actor's plans adopted by `asOf` whose period covers part of the year. */
  readonly plans: readonly string[];
}

const NO_MEETINGS: readonly Meeting[] = Object.freeze([]);

/** Which records give the years a rule judges: annual reports only, or consultations too. */
export type YearSource = "reports" | "reports-and-consultations";

function plansCovering(plans: readonly MunicipalPlan[], year: number, asOf: string): string[] {
  const span = yearSpan(year);
  const ids: string[] = [];
  for (const p of plans) if (p.adoptedOn <= asOf && overlaps({ validFrom: p.period.from, validTo: p.period.to }, span)) ids.push(p.id);
  return ids.sort(compareStrings);
}

/** What the rules of lag (2009:724) read of one actor, the same for each of them within one check. */
interface ActorRecords {
  readonly reports: readonly AnnualReport[];
  readonly kind: ActorKind | undefined;
  readonly name: Bilingual;
  readonly plans: readonly MunicipalPlan[];
  /** The actor's consultations with the minority held by `asOf`, by date (made when a rule first asks). */
  consultations?: readonly Meeting[];
  /** The years the annual reports show up to the year of `asOf`, and each year's {@link ActorYear} (made when a rule first asks). */
  yearsOfReports?: YearsOfActor;
  /** The same for the annual reports and consultations together. */
  yearsOfAll?: YearsOfActor;
}

/** The years one actor's records show (up to the year of `asOf`), ascending, and what they show for each year. */
interface YearsOfActor {
  readonly inRange: readonly number[];
  /** The {@link ActorYear} of each year of `inRange`, at the year's place there (made when a rule first asks). */
  readonly byYear: (ActorYear | undefined)[];
}

/** One check's actors as the rules of lag (2009:724) read them: the actors to judge per year source, and each actor's records. */
interface ActorsOfCheck {
  readonly asOf: string;
  readonly data: RuleContext["data"];
  readonly catalog: CatalogView;
  readonly ids: Map<YearSource, readonly string[]>;
  readonly records: Map<string, ActorRecords>;
}

/**
 * The check index's slot (see `CheckIndex.shared`) for what the five rules
 * share: which actors to judge and, per actor, its reports, kind, name,
 * plans and consultations, looked up once per check rather than once per rule.
 */
const ACTORS_OF_CHECK = Symbol("the actors the rules of lag (2009:724) judge");

function actorsOf(context: RuleContext): ActorsOfCheck {
  const { asOf, data, index, catalog } = context;
  const make = (): ActorsOfCheck => ({ asOf, data, catalog, ids: new Map(), records: new Map() });
  const shared = index.shared?.(ACTORS_OF_CHECK, make);
  // An index is one check's; a context that pairs it with another date, input or catalog gets its own lookup.
  return shared !== undefined && shared.asOf === asOf && shared.data === data && shared.catalog === catalog ? shared : make();
}

function actorIdsOf(actors: ActorsOfCheck, from: YearSource): readonly string[] {
  const known = actors.ids.get(from);
  if (known !== undefined) return known;
  const { asOf, data } = actors;
  const actorIds = new Set<string>();
  if (data.subject !== undefined) actorIds.add(data.subject);
  else {
    for (const report of data.reports) if (reportKnown(report, asOf)) actorIds.add(report.actorId);
    if (from === "reports-and-consultations") for (const meeting of data.meetings) if (isMinorityConsultation(meeting)) actorIds.add(meeting.organiserId);
  }
  const ids = [...actorIds].sort(compareStrings);
  actors.ids.set(from, ids);
  return ids;
}

function recordsOf(actors: ActorsOfCheck, index: RuleContext["index"], actorId: string): ActorRecords {
  const known = actors.records.get(actorId);
  if (known !== undefined) return known;
  const { asOf, catalog } = actors;
  const reports = index
    .reportsOf(actorId)
    .filter((r) => r.actorId === actorId && reportKnown(r, asOf))
    .sort((a, b) => a.year - b.year || compareStrings(a.id, b.id) || compareStrings(a.reporterKind, b.reporterKind));
  // One catalog look-up for both the kind and the name.
  const actor = catalog.getActor(actorId, { asOf });
  const records: ActorRecords = {
    reports,
    kind: actorKindOf(actor, actorId, reports),
    name: actorNameOf(actor, actorId, asOf),
    plans: index.plansOf(actorId).filter((p) => p.actorId === actorId),
  };
  actors.records.set(actorId, records);
  return records;
}

function consultationsOf(records: ActorRecords, index: RuleContext["index"], actorId: string, asOf: string): readonly Meeting[] {
  if (records.consultations === undefined) {
    records.consultations = index.meetingsOrganisedBy(actorId).filter((m) => m.organiserId === actorId && isMinorityConsultation(m) && m.date <= asOf);
  }
  return records.consultations;
}

/**
 * The actor-years a rule of lag (2009:724) judges, and the outcomes for
 * actors it does not: with a `subject`, that actor only; otherwise every
 * actor with an annual report (or, with `reports-and-consultations`, a
 * consultation it organised) in the input. A year is judged when a record
 * shows it, up to the year of `asOf`; a year wholly outside the duty's
 * validity gets its `not-applicable` outcome, as does an actor whose kind
 * the duty does not apply to, and a named subject with no records.
 */
export function actorYears(
  entry: StatutoryDuty,
  context: RuleContext,
  from: YearSource,
): { years: ActorYear[]; outcomes: RuleOutcome[] } {
  const { asOf, data, index } = context;
  const asOfYear = Number(yearText(asOf));
  const outcomes: RuleOutcome[] = [];
  const years: ActorYear[] = [];
  const actors = actorsOf(context);
  for (const actorId of actorIdsOf(actors, from)) {
    const records = recordsOf(actors, index, actorId);
    const { reports, kind, name } = records;
    const consultations = from === "reports" ? NO_MEETINGS : consultationsOf(records, index, actorId, asOf);
    if (kind !== undefined && !entry.actorKinds.includes(kind)) {
      outcomes.push({
        subject: { kind: "actor", id: actorId },
        verdict: "not-applicable",
        message: {
          sv: `${entry.section} i lag (2009:724) gäller inte ${name.sv} (${ACTOR_KIND_LABELS[kind].sv}).`,
          en: `Section ${entry.section} of lag (2009:724) does not apply to ${name.en} (${ACTOR_KIND_LABELS[kind].en}).`,
        },
        evidence: { actorId, actorKind: kind, dutyId: entry.id, actorKinds: [...entry.actorKinds] },
      });
      continue;
    }
    const known = yearsOf(records, from, reports, consultations, asOfYear);
    const inRange = known.inRange;
    if (inRange.length === 0 && data.subject !== undefined) {
      outcomes.push({
        subject: { kind: "actor", id: actorId },
        verdict: "not-applicable",
        message: {
          sv: `Inget underlag om ${name.sv} per ${asOf}: ingen årsrapport${from === "reports" ? "" : " och inget samråd"} att bedöma ${entry.section} efter.`,
          en: `Nothing on ${name.en} as of ${asOf}: no annual report${from === "reports" ? "" : " and no consultation"} to judge section ${entry.section} by.`,
        },
        evidence: { actorId, actorKind: kind ?? null, asOf, dutyId: entry.id },
      });
      continue;
    }
    for (let at = 0; at < inRange.length; at += 1) {
      const year = inRange[at] as number;
      if (!overlaps(entry, yearSpan(year))) {
        outcomes.push({
          subject: { kind: "actor-year", id: `${actorId}/${year}` },
          verdict: "not-applicable",
          message: {
            sv: `${entry.section} i lag (2009:724) gäller från ${entry.validFrom}; ${year} ligger före.`,
            en: `Section ${entry.section} of lag (2009:724) applies from ${entry.validFrom}; ${year} is before that.`,
          },
          evidence: { actorId, year, validFrom: entry.validFrom, validTo: entry.validTo ?? null },
        });
        continue;
      }
      // The same for every rule that reads these years: made once per check, and shared (the rules only read it).
      let y = known.byYear[at];
      if (y === undefined) {
        let report: AnnualReport | undefined;
        for (const r of reports) if (r.year === year && (report === undefined || compareStrings(r.id, report.id) > 0)) report = r;
        y = {
          actorId,
          name,
          kind,
          year,
          ended: yearEnded(year, asOf),
          subject: { kind: "actor-year", id: `${actorId}/${year}` },
          report,
          reports,
          consultations: consultations.filter((m) => Number(yearText(m.date)) === year),
          plans: plansCovering(records.plans, year, asOf),
        };
        known.byYear[at] = y;
      }
      years.push(y);
    }
  }
  return { years, outcomes };
}

/** The years an actor's records show for a year source, up to the year of `asOf` (made once per check and source). */
function yearsOf(records: ActorRecords, from: YearSource, reports: readonly AnnualReport[], consultations: readonly Meeting[], asOfYear: number): YearsOfActor {
  const known = from === "reports" ? records.yearsOfReports : records.yearsOfAll;
  if (known !== undefined) return known;
  const yearSet = new Set<number>();
  for (const r of reports) yearSet.add(r.year);
  for (const m of consultations) yearSet.add(Number(yearText(m.date)));
  const inRange = [...yearSet].filter((y) => y <= asOfYear).sort((a, b) => a - b);
  const fresh: YearsOfActor = { inRange, byYear: inRange.map(() => undefined) };
  if (from === "reports") records.yearsOfReports = fresh;
  else records.yearsOfAll = fresh;
  return fresh;
}

/** What a rule found for one actor-year, for {@link judgeYear}. */
export interface YearFindings {
  /**
   * What shows the duty was met in the year (a pass): the sentence, made
   * only when the verdict needs it; `undefined` when nothing does.
   */
  readonly shown: (() => Bilingual) | undefined;
  /** What states or shows it was not (a fail once the year has ended): the sentence, made only when needed; `undefined` when nothing does. */
  readonly notMet: (() => Bilingual) | undefined;
  /** What the records leave open (a warning once the year has ended): the sentence, made only when needed. */
  readonly open: () => Bilingual;
  /** The rule's evidence for the year. */
  readonly evidence: Record<string, JsonValue>;
  /** Sources added to the basis (e.g. the profile's, when it decided the verdict). */
  readonly basis?: readonly Source[];
  /**
   * The rule's own steps (what it looked up and computed), built only when
   * the check explains: without `explain` the function is never called.
   */
  readonly steps: () => readonly TraceStep[];
}

/**
 * The one verdict ladder: shown → `pass`; a year still running on `asOf`
 * is never a `fail` or a `warning` (it says so: `not-applicable`, with
 * what is known so far); an ended year that the records show was not met
 * → `fail`; an ended year the records leave open → `warning`. The trace
 * (these steps and the rule's own) is built only when `context.explain`.
 */
export function judgeYear(y: ActorYear, context: Pick<RuleContext, "asOf" | "explain">, found: YearFindings): RuleOutcome {
  const { asOf } = context;
  const evidence: Record<string, JsonValue> = { actorId: y.actorId, actorKind: y.kind ?? null, year: y.year, yearEnded: y.ended, asOf, reportId: y.report?.id ?? null, plans: [...y.plans], ...found.evidence };
  // The trace only when the check explains: without it nothing is built.
  const steps = startTrace(context);
  steps?.push(
    traceStep("lookup", { sv: `Aktör och år: ${y.name.sv}, ${y.year}`, en: `Actor and year: ${y.name.en}, ${y.year}` }, { actorId: y.actorId, actorKind: y.kind ?? null, year: y.year }),
    traceStep(
      "calendar",
      { sv: `Har året ${y.year} tagit slut per ${asOf}?`, en: `Has the year ${y.year} ended as of ${asOf}?` },
      y.ended,
      { depth: 1 },
    ),
    traceStep("lookup", { sv: `Årsrapport för ${y.year} känd per ${asOf}`, en: `Annual report for ${y.year} known by ${asOf}` }, y.report?.id ?? null, { depth: 1 }),
    traceStep("lookup", { sv: `Planer som omfattar ${y.year}`, en: `Plans that cover ${y.year}` }, [...y.plans], { depth: 1 }),
    ...found.steps(),
  );
  // Only the one sentence the verdict shows is made.
  if (found.shown !== undefined) return yearOutcome(y, "pass", found.shown(), evidence, steps, found.basis);
  if (!y.ended) {
    const sofar = (found.notMet ?? found.open)();
    const message = {
      sv: `${y.year} pågår fortfarande per ${asOf}; hittills: ${lowerFirst(sofar.sv)}`,
      en: `${y.year} is still running as of ${asOf}; so far: ${lowerFirst(sofar.en)}`,
    };
    return yearOutcome(y, "not-applicable", message, evidence, steps, found.basis);
  }
  if (found.notMet !== undefined) return yearOutcome(y, "fail", found.notMet(), evidence, steps, found.basis);
  return yearOutcome(y, "warning", found.open(), evidence, steps, found.basis);
}

/** The outcome for an actor-year, with `basis` only when the rule adds one. */
function yearOutcome(y: ActorYear, verdict: RuleOutcome["verdict"], message: Bilingual, evidence: Record<string, JsonValue>, trace: TraceStep[] | undefined, basis: readonly Source[] | undefined): RuleOutcome {
  return basis === undefined ? { subject: y.subject, verdict, message, evidence, trace } : { subject: y.subject, verdict, message, evidence, trace, basis };
}

function lowerFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The report's statement for the year as evidence: its measures, or `null` when the report says nothing. */
export function measuresOf(statement: { readonly measures: readonly string[] } | undefined): string[] | null {
  return statement === undefined ? null : [...statement.measures];
}

/** "1 insats" / "2 insatser". */
export function measuresSv(n: number): string {
  return `${n} ${n === 1 ? "insats" : "insatser"}`;
}

/** "1 measure" / "2 measures". */
export function measuresEn(n: number): string {
  return `${n} ${n === 1 ? "measure" : "measures"}`;
}

/** The open sentence when the year's report is missing or silent. */
export function silent(y: ActorYear, asOf: string, what: Bilingual): Bilingual {
  return y.report === undefined
    ? {
        sv: `Ingen årsrapport från ${y.name.sv} för ${y.year} är känd per ${asOf}, så inget visar ${what.sv}.`,
        en: `No annual report of ${y.name.en} for ${y.year} is known as of ${asOf}, so nothing shows ${what.en}.`,
      }
    : {
        sv: `Årsrapporten för ${y.year} (${y.report.id}) anger inte ${what.sv}.`,
        en: `The annual report for ${y.year} (${y.report.id}) does not state ${what.en}.`,
      };
}

/**
 * A rule of lag (2009:724), for {@link dutyRule}: what the rule says of
 * itself, the duty it judges, which records give the years, and how it
 * judges one actor-year (`judgeWith` is called once per check, so what is
 * the same for every year, a setting or a catalog look-up, is read once).
 */
export interface DutyRuleSpec {
  readonly id: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
  /** The duty, as the catalog gives it: the rule's validity, and the first part of its basis. */
  readonly duty: StatutoryDuty;
  /** Further duties whose basis the rule cites (e.g. an amendment). */
  readonly alsoCites?: readonly StatutoryDuty[];
  readonly from: YearSource;
  readonly settings: readonly string[];
  readonly judgeWith: (context: RuleContext) => (y: ActorYear) => YearFindings;
}

/**
 * The one shape of the rules of lag (2009:724): per actor-year (see
 * {@link actorYears}), the rule's findings through the one verdict ladder
 * ({@link judgeYear}), after the outcomes of the actors and years it does
 * not judge.
 */
export function dutyRule(spec: DutyRuleSpec): Rule {
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    basis: basisOf(spec.duty, ...(spec.alsoCites ?? [])),
    ...validityOf(spec.duty),
    appliesTo: ["actor-year", "actor"],
    settings: [...spec.settings],
    check(context) {
      const judge = spec.judgeWith(context);
      const { years, outcomes } = actorYears(spec.duty, context, spec.from);
      const out: RuleOutcome[] = [...outcomes];
      for (const y of years) out.push(judgeYear(y, context, judge(y)));
      return out;
    },
  };
}

/**
 * A duty judged from what the year's annual report states as measures
 * (§3 and §4): measures stated pass, an empty list fails an ended year, a
 * report that says nothing (or none) is a warning. The sentences are built
 * from the parts below, the same for each duty.
 */
export interface MeasuresDuty {
  readonly id: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
  readonly duty: StatutoryDuty;
  /** The report's statement for the duty. */
  readonly statement: (report: AnnualReport) => { readonly measures: readonly string[]; readonly children?: readonly string[] | undefined } | undefined;
  /** The trace step's label for the measures (naming the report's field). */
  readonly measuresLabel: Bilingual;
  /** What was done, as a pass says it: sv "informerade {år} de nationella minoriteterna …", en "informed the national minorities … in {year}". */
  readonly did: { readonly sv: readonly [string, string]; readonly en: string };
  /** What was not done, as a fail says it ("inte informerade …" / "did not inform …"). */
  readonly notDone: Bilingual;
  /** What a silent report does not show (for {@link silent}). */
  readonly what: Bilingual;
  /** Measures for children counted too (§4): the step's label, and the note when the report states none. */
  readonly children?: { readonly label: Bilingual; readonly none: Bilingual };
}

/** Lag (2009:724) §3 and §4, the duties judged from the year's measures: one row each, through {@link measuresRule}. */
export const MEASURE_DUTIES = {
  information: {
    id: "minority-act.information",
    title: { sv: "Information om minoriteternas rättigheter (3 §)", en: "Information on the minorities' rights (section 3)" },
    description: {
      sv: "Per myndighet och år: informerade myndigheten de nationella minoriteterna, romerna bland dem, om deras rättigheter? Bedöms efter årsrapportens uppgifter om information om rättigheter.",
      en: "Per authority and year: did the authority inform the national minorities, the Roma among them, of their rights? Judged from what the annual report says about information on rights.",
    },
    duty: duty("sfs-2009-724-3"),
    statement: (report) => report.rightsInformation,
    measuresLabel: { sv: "Årsrapportens information om rättigheter (rightsInformation)", en: "The annual report's information on rights (rightsInformation)" },
    did: { sv: ["informerade", "de nationella minoriteterna om deras rättigheter"], en: "informed the national minorities of their rights" },
    notDone: { sv: "inte informerade minoriteterna om deras rättigheter", en: "did not inform the minorities of their rights" },
    what: { sv: "hur minoriteterna informerats om sina rättigheter", en: "how the minorities were informed of their rights" },
  },
  languageAndCulture: {
    id: "minority-act.language-and-culture",
    title: { sv: "Romani chib och romsk kultur skyddas och främjas (4 §)", en: "Romani chib and Roma culture are protected and promoted (section 4)" },
    description: {
      sv: "Per myndighet och år: skyddade och främjade myndigheten romani chib och romsk kultur, särskilt barns kulturella identitet och språk? Bedöms efter årsrapportens uppgifter om språk och kultur.",
      en: "Per authority and year: did the authority protect and promote Romani chib and Roma culture, children's cultural identity and language especially? Judged from what the annual report says about language and culture.",
    },
    duty: duty("sfs-2009-724-4"),
    statement: (report) => report.languageAndCulture,
    measuresLabel: { sv: "Årsrapportens insatser för språk och kultur (languageAndCulture.measures)", en: "The annual report's measures for language and culture (languageAndCulture.measures)" },
    did: { sv: ["skyddade och främjade", "romani chib och romsk kultur"], en: "protected and promoted Romani chib and Roma culture" },
    notDone: { sv: "inte gjorde något för att skydda och främja romani chib och romsk kultur", en: "did nothing to protect and promote Romani chib and Roma culture" },
    what: { sv: "hur romani chib och romsk kultur skyddats och främjats", en: "how Romani chib and Roma culture were protected and promoted" },
    children: {
      label: { sv: "Insatser för barns kulturella identitet och språk (languageAndCulture.children)", en: "Measures for children's cultural identity and language (languageAndCulture.children)" },
      none: { sv: "; rapporten anger inget särskilt för barns kulturella identitet och språk", en: "; the report states nothing in particular for children's cultural identity and language" },
    },
  },
} as const satisfies Record<string, MeasuresDuty>;

/** The rule of one row of {@link MEASURE_DUTIES}. */
export function measuresRule(row: MeasuresDuty): Rule {
  const { duty: entry, children: forChildren } = row;
  return dutyRule({
    id: row.id,
    title: row.title,
    description: row.description,
    duty: entry,
    from: "reports",
    settings: [],
    judgeWith: (context) => (y) => {
      const { asOf } = context;
      const statement = y.report === undefined ? undefined : row.statement(y.report);
      const measures = measuresOf(statement);
      const children = forChildren === undefined || statement?.children === undefined ? null : [...statement.children];
      const done = (measures?.length ?? 0) + (children?.length ?? 0);
      return {
        shown:
          done > 0
            ? () => {
                const note =
                  forChildren === undefined
                    ? { sv: "", en: "" }
                    : children !== null && children.length > 0
                      ? { sv: `, varav ${measuresSv(children.length)} för barn`, en: `, ${measuresEn(children.length)} of them for children` }
                      : forChildren.none;
                return {
                  sv: `${y.name.sv} ${row.did.sv[0]} ${y.year} ${row.did.sv[1]} (${measuresSv(done)} enligt årsrapporten${note.sv}).`,
                  en: `${y.name.en} ${row.did.en} in ${y.year} (${measuresEn(done)} in the annual report${note.en}).`,
                };
              }
            : undefined,
        notMet:
          measures !== null && done === 0
            ? () => ({
                sv: `Årsrapporten för ${y.year} anger att ${y.name.sv} ${row.notDone.sv} det året.`,
                en: `The annual report for ${y.year} states that ${y.name.en} ${row.notDone.en} that year.`,
              })
            : undefined,
        open: () => silent(y, asOf, row.what),
        evidence: forChildren === undefined ? { dutyId: entry.id, measures } : { dutyId: entry.id, measures, children },
        steps: () => [
          traceStep("lookup", row.measuresLabel, measures, { sources: entry.sources }),
          ...(forChildren === undefined
            ? []
            : [traceStep("lookup", forChildren.label, children, { depth: 1 }), traceStep("compute", { sv: "Insatser sammanlagt", en: "Measures in all" }, done)]),
        ],
      };
    },
  });
}
