/**
 * The output contract: zod schemas of what the library produces (the
 * national report, a list of findings, a deadlines listing, an obligations
 * listing, a progress result). Each has a JSON Schema file
 * `schemas/<kind>.schema.json` beside the payload kinds' schemas. These are
 * outputs, not payloads: they are kept apart from `kinds` and `validate`
 * (see {@link outputKinds}).
 */
import { DEADLINE_STATUSES } from "@romsk-inkludering/calendar";
import * as z from "zod";
import { ActivityKindSchema, OutputSchema } from "./activities.js";
import { AreaIdSchema, RomaGroupIdSchema } from "./areas.js";
import { DeliverableKindSchema } from "./commissions.js";
import { FindingSchema } from "./findings.js";
import { IndicatorSchema, PlaceSchema, PROGRESS_STATUSES, TargetSchema } from "./indicators.js";
import { MeetingKindSchema, ParticipantRoleSchema } from "./meetings.js";
import { BilingualSchema, GenderSchema, IdSchema, IsoDateSchema, YearSchema } from "./shared.js";
import type { Message } from "./messages.js";
import { SourceListSchema } from "./sources.js";

const count = () => z.int().min(0);

/**
 * Where a deadline stands on a date: the calendar's one vocabulary
 * (`DEADLINE_STATUSES`), as a zod enum for the output schemas.
 *
 * @category Validation
 * @example
 * ```ts
 * import { DeadlineStatusSchema } from "@romsk-inkludering/model";
 * [DeadlineStatusSchema.safeParse("overdue").success, DeadlineStatusSchema.safeParse("missing").success];
 * // => [true,false]
 * ```
 */
export const DeadlineStatusSchema = z.enum(DEADLINE_STATUSES);

/**
 * The status counts of a group of reporters: one count per status of the
 * calendar's vocabulary.
 */
const ByStatusSchema = z.strictObject({
  "on-time": count().describe("Antal i tid (on-time): reporters who handed in on time."),
  late: count().describe("Antal för sent (late): reporters who handed in after the deadline."),
  overdue: count().describe("Antal försenade (overdue): reporters with nothing handed in after the deadline passed."),
  passed: count().describe("Antal passerade (passed): deadlines passed where hand-ins are not tracked."),
  "due-soon": count().describe("Antal snart (due-soon): reporters not handed in, due within the due-soon window."),
  upcoming: count().describe("Antal kommande (upcoming): reporters not handed in, due later."),
  "date-unknown": count().describe("Antal datum okänt (date-unknown): reporters who handed in on a date no one gave."),
  "no-deadline": count().describe("Antal utan sista dag (no-deadline): reporters with no deadline to judge by."),
} satisfies Record<(typeof DEADLINE_STATUSES)[number], z.ZodInt>);

// ---------------------------------------------------------------------------
// National report

/**
 * A published or suppressed count of the national report: `{ value, suppressed: null }`
 * or `{ value: null, suppressed: "primary" | "secondary" }`.
 *
 * @category Validation
 * @example
 * ```ts
 * import { CellSchema } from "@romsk-inkludering/model";
 * [CellSchema.safeParse({ value: 5, suppressed: null }).success, CellSchema.safeParse({ value: 3, suppressed: "primary" }).success];
 * // => [true,false]
 * ```
 */
export const CellSchema = z.union([
  z.strictObject({
    value: z.number().min(0).describe("Värde (value): the published count."),
    suppressed: z.null().describe("Dold (suppressed): null, the count is published."),
  }),
  z.strictObject({
    value: z.null().describe("Värde (value): null, the count is not published."),
    suppressed: z.enum(["primary", "secondary"]).describe("Dold (suppressed): primary (the count itself is small) or secondary (hidden so that a small count cannot be worked out)."),
  }),
]);

const AREA_KEYS = [...AreaIdSchema.options, "unspecified", "all"] as const;
const ACTOR_TYPES = ["pilot", "development-municipality", "network-member", "agency", "other"] as const;
const TYPE_KEYS = [...ACTOR_TYPES, "all"] as const;
const ROMA_GROUP_KEYS = [...RomaGroupIdSchema.options, "unspecified"] as const;
const YOUTH_KEYS = ["youth", "not-youth", "unspecified"] as const;
const OutputMetricSchema = OutputSchema.shape.metric;
const AreaKeySchema = z.enum(AREA_KEYS);
const ActorTypeSchema = z.enum(ACTOR_TYPES);
const TypeKeySchema = z.enum(TYPE_KEYS);

const MeasureCellsSchema = z.strictObject({
  reports: CellSchema.describe("Rapporter (reports): annual reports covering the area (published as it is: a count of documents)."),
  activeActors: CellSchema.describe("Aktiva aktörer (activeActors): actors with an activity or a meeting in the area (published as it is)."),
  activities: CellSchema.describe("Insatser (activities): activities in the area (published as it is)."),
  activitiesByKind: z.partialRecord(ActivityKindSchema, CellSchema).describe("Insatser per slag (activitiesByKind): activities by kind."),
  outputs: z
    .partialRecord(
      OutputMetricSchema,
      z.strictObject({
        low: CellSchema.describe("Lägst (low): the sum of the reported values."),
        high: CellSchema.describe("Högst (high): the sum of the upper ends of ranges (the value when there is no range)."),
      }),
    )
    .describe("Resultat (outputs): outputs by metric; those that count people can be suppressed."),
  fundingSek: z.number().min(0).describe("Finansiering (fundingSek): funding of the activities in whole SEK (money, never suppressed)."),
  meetings: CellSchema.describe("Möten (meetings): consultations and other meetings held (published as it is)."),
  meetingsByKind: z.partialRecord(MeetingKindSchema, CellSchema).describe("Möten per slag (meetingsByKind): meetings by kind."),
  participants: CellSchema.describe("Deltagare (participants): people taking part in the meetings (a count of people)."),
  participantsByRole: z.partialRecord(ParticipantRoleSchema, CellSchema).describe("Deltagare per roll (participantsByRole): participants by role."),
  participantsByRomaGroup: z.partialRecord(z.enum(ROMA_GROUP_KEYS), CellSchema).describe("Deltagare per romsk grupp (participantsByRomaGroup): participants by Roma group."),
  participantsByYouth: z.partialRecord(z.enum(YOUTH_KEYS), CellSchema).describe("Deltagare per ålder (participantsByYouth): participants who are young people, not, or not given."),
});

const AreaTableSchema = z.strictObject({
  area: AreaKeySchema.describe("Område (area): the area, `unspecified`, or `all` for the overview."),
  rows: z
    .array(
      z.strictObject({
        actorType: TypeKeySchema.describe("Aktörstyp (actorType): the actor type of the row, or `all`."),
        measures: MeasureCellsSchema.describe("Mått (measures): the counts of the row."),
      }),
    )
    .describe("Rader (rows): one row per actor type present in the year, then `all`."),
});

/**
 * The measures of the national report that count people, and so are
 * suppressed when small (with complementary suppression): participants in
 * total, by role, Roma group and age group, and the outputs that count
 * people. The one list: the output schema's `policy.suppressed` and the
 * reports' suppression policy both read it.
 *
 * @category Validation
 * @example
 * ```ts
 * import { SUPPRESSED_MEASURES } from "@romsk-inkludering/model";
 * SUPPRESSED_MEASURES.filter((m) => m.startsWith("outputs:"));
 * // => ["outputs:people-trained","outputs:people-reached","outputs:participants","outputs:staff"]
 * ```
 */
export const SUPPRESSED_MEASURES = Object.freeze([
  "participants",
  "participants-by-role",
  "participants-by-roma-group",
  "participants-by-youth",
  "outputs:people-trained",
  "outputs:people-reached",
  "outputs:participants",
  "outputs:staff",
] as const);

/**
 * One of {@link SUPPRESSED_MEASURES}: a measure that counts people.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { SuppressedMeasure } from "@romsk-inkludering/model";
 * const m: SuppressedMeasure = "participants-by-roma-group";
 * m;
 * // => "participants-by-roma-group"
 * ```
 */
export type SuppressedMeasure = (typeof SUPPRESSED_MEASURES)[number];

/**
 * The measures of the national report that count organisations,
 * documents, activities, meetings or money, and so are published as they
 * are. The one list, like {@link SUPPRESSED_MEASURES}.
 *
 * @category Validation
 * @example
 * ```ts
 * import { PUBLISHED_MEASURES } from "@romsk-inkludering/model";
 * [PUBLISHED_MEASURES.includes("active-actors"), PUBLISHED_MEASURES.length];
 * // => [true,11]
 * ```
 */
export const PUBLISHED_MEASURES = Object.freeze([
  "reports",
  "active-actors",
  "activities",
  "activities-by-kind",
  "meetings",
  "meetings-by-kind",
  "outputs:sessions",
  "outputs:publications",
  "funding-sek",
  "reporting-status",
  "indicator-statistics",
] as const);

/**
 * One of {@link PUBLISHED_MEASURES}: a measure published as it is.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { PublishedMeasure } from "@romsk-inkludering/model";
 * const m: PublishedMeasure = "active-actors";
 * m;
 * // => "active-actors"
 * ```
 */
export type PublishedMeasure = (typeof PUBLISHED_MEASURES)[number];

const SuppressionSchema = z.strictObject({
  threshold: count().describe("Tröskel (threshold): counts of people from 1 to threshold − 1 are suppressed."),
  primaryCells: count().describe("Primärt dolda (primaryCells): cells suppressed because they are small."),
  secondaryCells: count().describe("Sekundärt dolda (secondaryCells): cells suppressed so that small ones cannot be worked out."),
  policy: z
    .strictObject({
      protects: z.literal("people").describe("Skyddar (protects): \"people\": suppression protects people, never organisations."),
      suppressed: z.array(z.enum(SUPPRESSED_MEASURES)).describe("Dolda mått (suppressed): the measures whose small counts are suppressed."),
      published: z.array(z.enum(PUBLISHED_MEASURES)).describe("Publicerade mått (published): the measures published as they are."),
      statement: BilingualSchema.describe("Redovisning (statement): the policy in words, the report's preamble."),
      basis: SourceListSchema.describe("Grund (basis): the sources of the policy (GDPR art. 9, OSL 24 kap. 8 §, SCB)."),
    })
    .describe("Princip (policy): what is suppressed and why."),
});

const DimensionsSchema = z.strictObject({
  areas: z.array(AreaKeySchema).describe("Områden (areas): the areas present in the year."),
  actorTypes: z.array(ActorTypeSchema).describe("Aktörstyper (actorTypes): the actor types present in the year."),
  activityKinds: z.array(ActivityKindSchema).describe("Insatsslag (activityKinds): the kinds of activity present."),
  outputMetrics: z.array(OutputMetricSchema).describe("Resultatmått (outputMetrics): the output metrics present."),
  meetingKinds: z.array(MeetingKindSchema).describe("Mötesslag (meetingKinds): the kinds of meeting present."),
  roles: z.array(ParticipantRoleSchema).describe("Roller (roles): the participant roles present."),
  romaGroups: z.array(z.enum(ROMA_GROUP_KEYS)).describe("Romska grupper (romaGroups): the Roma groups present."),
  youth: z.array(z.enum(YOUTH_KEYS)).describe("Ålder (youth): the youth categories present."),
});

const ReporterEntrySchema = z.strictObject({
  actorId: IdSchema.describe("Aktör (actorId): the reporter's actor id."),
  name: BilingualSchema.nullable().describe("Namn (name): the reporter's name, null when not given."),
  expected: z.boolean().describe("Förväntad (expected): whether the actor was expected to report."),
  reported: z.boolean().describe("Rapporterat (reported): whether a report of the actor for the year is known by asOf."),
  status: DeadlineStatusSchema.describe("Status (status): where the actor stands, in the calendar's one deadline-status vocabulary."),
  submittedOn: IsoDateSchema.nullable().describe("Inkom (submittedOn): the earliest submission date, null when none is known."),
  daysLate: count().nullable().describe("Dagar sent (daysLate): calendar days after the deadline, for late reports."),
  statusUnderOtherReading: DeadlineStatusSchema.optional().describe("Status enligt annan läsning (statusUnderOtherReading): the status under the other reading of lag (1930:173) 2 §, when it differs."),
});

const CompletenessSchema = z.strictObject({
  year: YearSchema.describe("År (year): the year reported on."),
  deadline: IsoDateSchema.nullable().describe("Sista dag (deadline): the deadline as given, null when none."),
  effectiveDeadline: IsoDateSchema.nullable().describe("Gällande sista dag (effectiveDeadline): the deadline that applies."),
  statutoryDeadline: IsoDateSchema.nullable().optional().describe("Lagstadgad sista dag (statutoryDeadline): the last day under lag (1930:173) 2 §."),
  applyStatutoryShift: z.boolean().optional().describe("Förskjutning (applyStatutoryShift): whether the shift of lag (1930:173) 2 § was applied."),
  asOf: IsoDateSchema.describe("Per (asOf): the date the completeness is judged as of."),
  expected: count().nullable().describe("Förväntade (expected): expected reporters, null when no list was given."),
  reported: count().describe("Inkomna (reported): actors with a report for the year."),
  notReported: count().describe("Ej inkomna (notReported): expected actors without a report."),
  byStatus: ByStatusSchema.describe("Per status (byStatus): reporters by status."),
  unexpected: count().describe("Oväntade (unexpected): reporters not in the expected list."),
  reporters: z.array(ReporterEntrySchema).describe("Rapportörer (reporters): every reporter, expected or not, by actor id."),
});

const ReportRefShape = {
  id: IdSchema.describe("Id (id): the report's id."),
  actorId: IdSchema.describe("Aktör (actorId): the reporting actor."),
  year: YearSchema.describe("År (year): the year reported on."),
  submittedOn: IsoDateSchema.nullable().describe("Inkom (submittedOn): the submission date, null when not given."),
  index: count().describe("Position (index): the report's place in the input, from 0."),
};

const ReplacedReportSchema = z.strictObject({
  ...ReportRefShape,
  replacedBy: z.strictObject(ReportRefShape).describe("Ersatt av (replacedBy): the copy used instead."),
});

const GroupSchema = z.enum(["roma", "general"]).nullable();

const IndicatorsSectionSchema = z.strictObject({
  definitions: z
    .array(
      z.strictObject({
        id: IdSchema.describe("Id (id): the indicator's id."),
        name: BilingualSchema.nullable().describe("Namn (name): the indicator's name, null when not given."),
        unit: IndicatorSchema.shape.unit.nullable().describe("Enhet (unit): the indicator's unit, null when not given."),
        direction: IndicatorSchema.shape.direction.describe("Riktning (direction): higher-is-better or lower-is-better."),
        population: IndicatorSchema.shape.population.describe("Population (population): roma, general or gap."),
      }),
    )
    .describe("Definitioner (definitions): the indicators given to the report."),
  stats: z
    .array(
      z.strictObject({
        indicatorId: IdSchema.describe("Indikator (indicatorId): the indicator."),
        year: YearSchema.describe("År (year): the year of the values."),
        level: z.enum(["country", "county", "municipality"]).describe("Nivå (level): the place level."),
        gender: GenderSchema.describe("Kön (gender): T, K or M."),
        group: GroupSchema.describe("Grupp (group): roma, general, or null for observations without a group."),
        observations: count().describe("Värden (observations): values contributing (places, not people)."),
        missing: count().describe("Saknas (missing): null values."),
        sum: z.number().nullable().describe("Summa (sum): the sum of the values."),
        min: z.number().nullable().describe("Min (min): the smallest value."),
        max: z.number().nullable().describe("Max (max): the largest value."),
        mean: z.number().nullable().describe("Medel (mean): the mean of the values."),
      }),
    )
    .describe("Statistik (stats): statistics by indicator, year, level, gender and group."),
  groups: z
    .array(
      z.strictObject({
        indicatorId: IdSchema.describe("Indikator (indicatorId): the indicator."),
        year: YearSchema.describe("År (year): the year of the values."),
        gender: GenderSchema.describe("Kön (gender): T, K or M."),
        group: GroupSchema.describe("Grupp (group): roma, general, or null."),
        actorType: ActorTypeSchema.describe("Aktörstyp (actorType): the group of municipalities."),
        members: count().nullable().describe("Medlemmar (members): municipalities of the type, null when the types are not known."),
        contributing: count().describe("Med värde (contributing): members with a value."),
        missing: count().describe("Saknas (missing): null values."),
        mean: z.number().nullable().describe("Medel (mean): the unweighted mean."),
        min: z.number().nullable().describe("Min (min): the smallest value."),
        max: z.number().nullable().describe("Max (max): the largest value."),
      }),
    )
    .describe("Gruppmedelvärden (groups): Kolada-style group averages by actor type."),
});

const ProgressPointShape = {
  year: YearSchema.describe("År (year): the year of the point."),
  value: z.number().describe("Värde (value): the value (a gap for gap measures)."),
  roma: z.number().optional().describe("Romer (roma): the Roma value, for gap measures."),
  general: z.number().optional().describe("Befolkningen (general): the general population's value, for gap measures."),
};
const ProgressPointSchema = z.strictObject(ProgressPointShape);

/**
 * The result of `evaluateProgress` for one indicator: status, reason,
 * baseline, latest value, target, trajectory, message and evidence.
 *
 * @category Validation
 * @example
 * ```ts
 * import { ProgressResultSchema } from "@romsk-inkludering/model";
 * ProgressResultSchema.safeParse({ indicatorId: "n15428", status: "unknown" }).success;
 * // => false
 * ```
 */
export const ProgressResultSchema = z.strictObject({
  indicatorId: IdSchema.describe("Indikator (indicatorId): the indicator judged."),
  status: z.enum(PROGRESS_STATUSES).describe("Status (status): reached (uppnått), on-track (på väg), off-track (inte på väg) or insufficient-data (otillräckliga data)."),
  reason: z
    .enum(["no-target", "no-observations", "no-baseline", "no-observation-after-baseline", "conflicting-observations"])
    .nullable()
    .describe("Skäl (reason): why there is no verdict; null when there is one."),
  measure: z.enum(["gap", "level"]).describe("Mått (measure): gap (pairs of Roma and general values) or level (one value a year)."),
  population: IndicatorSchema.shape.population.describe("Population (population): roma, general or gap."),
  direction: IndicatorSchema.shape.direction.describe("Riktning (direction): higher-is-better or lower-is-better."),
  target: TargetSchema.nullable().describe("Mål (target): the indicator's target, null when it has none."),
  targetYear: YearSchema.nullable().describe("Målår (targetYear): the year the target is to be met."),
  targetValue: z.number().nullable().describe("Målvärde (targetValue): the value to reach by the target year."),
  comparator: z.enum(["at-least", "at-most"]).nullable().describe("Jämförelse (comparator): how a value compares with the target."),
  baseline: z
    .strictObject({ ...ProgressPointShape, source: z.enum(["indicator", "observations"]).describe("Källa (source): whether the baseline is the indicator's own or the first observation.") })
    .nullable()
    .describe("Utgångsläge (baseline): the point progress is measured from."),
  latest: ProgressPointSchema.nullable().describe("Senaste (latest): the latest usable point."),
  trajectory: z
    .strictObject({
      fromYear: YearSchema.describe("Från år (fromYear): the start of the line."),
      fromValue: z.number().describe("Från värde (fromValue): the value at the start."),
      toYear: YearSchema.describe("Till år (toYear): the end of the line (the target year)."),
      toValue: z.number().describe("Till värde (toValue): the target value."),
      perYear: z.number().describe("Per år (perYear): the change a year along the line."),
    })
    .nullable()
    .describe("Bana (trajectory): the straight line from the baseline to the target."),
  expectedAtLatest: z.number().nullable().describe("Förväntat vid senaste (expectedAtLatest): the line's value in the year of the latest point."),
  expectedNow: z
    .strictObject({
      year: YearSchema.describe("År (year): the year of asOf, at most the target year."),
      value: z.number().describe("Värde (value): the line's value that year."),
    })
    .nullable()
    .describe("Förväntat nu (expectedNow): where the line is in the year of asOf."),
  judgedAgainst: z.enum(["target", "trajectory"]).nullable().describe("Bedömt mot (judgedAgainst): the target itself or the trajectory."),
  message: BilingualSchema.describe("Meddelande (message): the verdict in words, Swedish and English."),
  evidence: z
    .strictObject({
      asOf: IsoDateSchema.describe("Per (asOf): the date of the judgement."),
      place: PlaceSchema.describe("Plats (place): the place of the series."),
      gender: GenderSchema.describe("Kön (gender): the gender of the series."),
      series: z.array(ProgressPointSchema).describe("Serie (series): the usable series, by year."),
      incompleteYears: z.array(YearSchema).describe("Ofullständiga år (incompleteYears): years of a gap measure with only one of the pair."),
      conflictingYears: z.array(YearSchema).describe("Motstridiga år (conflictingYears): years with disagreeing observations."),
      ignored: count().describe("Ej använda (ignored): observations not used."),
      notes: z.array(z.string()).describe("Anmärkningar (notes): remarks on the data or the target."),
    })
    .describe("Underlag (evidence): what the verdict was drawn from."),
});

/**
 * A progress result (see {@link ProgressResultSchema}).
 *
 * @category Validation
 * @example
 * ```ts
 * import type { ProgressResultOutput } from "@romsk-inkludering/model";
 * const status: ProgressResultOutput["status"] = "off-track";
 * status;
 * // => "off-track"
 * ```
 */
export interface ProgressResultOutput extends z.output<typeof ProgressResultSchema> {}

const ReportingGroupShape = {
  expected: count().nullable().describe("Förväntade (expected): expected reporters in the group, null when no list was given."),
  reported: count().describe("Inkomna (reported): reporters in the group with a report known by asOf."),
  notReported: count().describe("Ej inkomna (notReported): expected reporters in the group without a report."),
  byStatus: ByStatusSchema.describe("Per status (byStatus): reporters in the group by deadline status."),
};

const ReportingStatusSchema = z.strictObject({
  year: YearSchema.describe("År (year): the year reported on."),
  asOf: IsoDateSchema.describe("Per (asOf): the date the status is as of."),
  deadline: IsoDateSchema.nullable().describe("Sista dag (deadline): the deadline that applies, null when none was given."),
  ...ReportingGroupShape,
  byActorType: z
    .array(z.strictObject({ actorType: ActorTypeSchema.describe("Aktörstyp (actorType): the actor type (an actor with two types is in both)."), ...ReportingGroupShape }))
    .describe("Per aktörstyp (byActorType): the reporters of each actor type."),
  byArea: z
    .array(
      z.strictObject({
        area: AreaKeySchema.describe("Område (area): the area (reports naming no area count as unspecified)."),
        reports: count().describe("Rapporter (reports): annual reports covering the area."),
        activeActors: count().describe("Aktiva aktörer (activeActors): reporters with an activity or meeting in the area."),
        byStatus: ByStatusSchema.describe("Per status (byStatus): the active reporters of the area by deadline status."),
      }),
    )
    .describe("Per område (byArea): the reporters active in each area (an expected reporter without a report has no area)."),
  indicators: z
    .array(
      z.strictObject({
        indicatorId: IdSchema.describe("Indikator (indicatorId): the indicator."),
        name: BilingualSchema.nullable().describe("Namn (name): the indicator's name, null when not given."),
        hasData: z.boolean().describe("Har data (hasData): whether any value up to the year is known."),
        hasDataForYear: z.boolean().describe("Har data för året (hasDataForYear): whether a value for the year itself is known."),
        latestYear: YearSchema.nullable().describe("Senaste år (latestYear): the latest year with a value, null when none."),
        years: z.array(YearSchema).describe("År med data (years): the years with a value, ascending."),
      }),
    )
    .describe("Indikatorer (indicators): which indicators have data."),
  indicatorsWithData: count().describe("Indikatorer med data (indicatorsWithData): indicators with any value up to the year."),
  indicatorsWithDataForYear: count().describe("Indikatorer med data för året (indicatorsWithDataForYear): indicators with a value for the year itself."),
});

/**
 * The national annual report as the reports package builds it
 * (`buildNationalReport`): format tag, year, date, suppression and its
 * policy, dimensions, overview and per-area tables of cells, completeness,
 * reporting status at a glance, replaced reports, indicators and progress.
 *
 * @category Validation
 * @example
 * ```ts
 * import { NationalReportSchema } from "@romsk-inkludering/model";
 * NationalReportSchema.safeParse({ format: "romsk-inkludering.reports.national-report/2", year: 2017 }).success;
 * // => false
 * ```
 */
export const NationalReportSchema = z.strictObject({
  format: z.literal("romsk-inkludering.reports.national-report/2").describe("Format (format): the format tag; changes only if the shape does."),
  year: YearSchema.describe("År (year): the year reported on."),
  asOf: IsoDateSchema.describe("Per (asOf): the date of the report; completeness and progress are judged as of it."),
  suppression: SuppressionSchema.describe("Röjandeskydd (suppression): the threshold, the number of suppressed cells and the policy."),
  dimensions: DimensionsSchema.describe("Dimensioner (dimensions): the categories present in the year."),
  overview: AreaTableSchema.describe("Översikt (overview): all areas together."),
  areas: z.array(AreaTableSchema).describe("Områden (areas): one table per area present in the year."),
  completeness: CompletenessSchema.describe("Inrapportering (completeness): who reported, on time, late or not."),
  reportingStatus: ReportingStatusSchema.describe("Rapporteringsläge (reportingStatus): who reported by actor type and area, and which indicators have data."),
  replaced: z.array(ReplacedReportSchema).describe("Ersatta rapporter (replaced): reports a later copy replaced."),
  indicators: IndicatorsSectionSchema.describe("Indikatorer (indicators): definitions, statistics and group averages."),
  progress: z.array(ProgressResultSchema).describe("Måluppfyllelse (progress): progress of each indicator given."),
});

/**
 * The national report (see {@link NationalReportSchema}).
 *
 * @category Validation
 * @example
 * ```ts
 * import type { NationalReportOutput } from "@romsk-inkludering/model";
 * const format: NationalReportOutput["format"] = "romsk-inkludering.reports.national-report/2";
 * format.endsWith("/2");
 * // => true
 * ```
 */
export interface NationalReportOutput extends z.output<typeof NationalReportSchema> {}

/**
 * A list of findings, as `check` returns and `romsk check --format json` writes.
 *
 * @category Validation
 * @example
 * ```ts
 * import { FindingListSchema } from "@romsk-inkludering/model";
 * FindingListSchema.safeParse([]).success;
 * // => true
 * ```
 */
export const FindingListSchema = z.array(FindingSchema);

/**
 * One deadline of a deadlines listing (`client.deadlines`, `romsk deadlines
 * --format json`): a catalog deliverable occurrence with its dates and its
 * status as of the date.
 *
 * @category Validation
 * @example
 * ```ts
 * import { DeadlineOutputSchema } from "@romsk-inkludering/model";
 * DeadlineOutputSchema.shape.status.options.includes("due-soon");
 * // => true
 * ```
 */
export const DeadlineOutputSchema = z.strictObject({
  commissionId: IdSchema.describe("Uppdrag (commissionId): the commission."),
  partId: IdSchema.describe("Deluppdrag (partId): the commission part."),
  deliverableId: IdSchema.describe("Redovisning (deliverableId): the deliverable."),
  assigneeId: IdSchema.describe("Ansvarig (assigneeId): who must deliver."),
  occurrence: YearSchema.nullable().describe("Tillfälle (occurrence): the year of a yearly deliverable's occurrence; null for a fixed date."),
  due: IsoDateSchema.describe("Sista dag (due): the due date, as written or as amended by asOf."),
  writtenDue: IsoDateSchema.describe("Skriven sista dag (writtenDue): the due date as written in the commission."),
  statutoryDue: IsoDateSchema.describe("Lagstadgad sista dag (statutoryDue): due moved to the next workday under lag (1930:173) 2 §."),
  effectiveDue: IsoDateSchema.describe("Gällande sista dag (effectiveDue): the date that applies under the profile."),
  recipientId: IdSchema.describe("Mottagare (recipientId): who receives it."),
  kind: DeliverableKindSchema.describe("Slag (kind): the kind of deliverable."),
  title: BilingualSchema.describe("Titel (title): the deliverable's title."),
  amended: z
    .strictObject({
      decision: z.string().describe("Beslut (decision): the decision that moved the date."),
      date: IsoDateSchema.describe("Datum (date): the day of the decision."),
      writtenDue: IsoDateSchema.describe("Skriven sista dag (writtenDue): the date first written."),
      sources: SourceListSchema.describe("Källor (sources): the sources of the amendment."),
    })
    .optional()
    .describe("Ändrad (amended): present when an amendment moved the date."),
  alternativeDue: z
    .array(
      z.strictObject({
        due: IsoDateSchema.describe("Sista dag (due): the date another source gives."),
        sources: SourceListSchema.describe("Källor (sources): the sources giving it."),
        note: z.string().optional().describe("Anmärkning (note): how the sources differ."),
      }),
    )
    .optional()
    .describe("Andra datum (alternativeDue): dates that other sources give for the same occurrence."),
  daysLeft: z.int().describe("Dagar kvar (daysLeft): calendar days from asOf to effectiveDue (negative once passed)."),
  status: DeadlineStatusSchema.describe("Status (status): where the deadline stands on asOf, in the calendar's one vocabulary."),
});

/**
 * A deadlines listing (see {@link DeadlineOutputSchema}).
 *
 * @category Validation
 * @example
 * ```ts
 * import { DeadlineListSchema } from "@romsk-inkludering/model";
 * DeadlineListSchema.safeParse([{ deliverableId: "x" }]).success;
 * // => false
 * ```
 */
export const DeadlineListSchema = z.array(DeadlineOutputSchema);

/**
 * The kinds of an obligations listing's items: `deliverable`,
 * `statutory-duty`, `yearly-report`, `grant-round` (an opportunity, not a
 * duty) and `network-commitment`.
 *
 * @category Validation
 * @example
 * ```ts
 * import { ObligationKindSchema } from "@romsk-inkludering/model";
 * ObligationKindSchema.options.length;
 * // => 5
 * ```
 */
export const ObligationKindSchema = z.enum(["deliverable", "statutory-duty", "yearly-report", "grant-round", "network-commitment"]);

/**
 * The Swedish and English label of each obligation kind (see
 * {@link ObligationKindSchema}), as a person reads it.
 *
 * @category Validation
 * @example
 * ```ts
 * import { OBLIGATION_KIND_LABELS } from "@romsk-inkludering/model";
 * [OBLIGATION_KIND_LABELS["statutory-duty"].sv, OBLIGATION_KIND_LABELS["grant-round"].en];
 * // => ["lagstadgad skyldighet","grant round"]
 * ```
 */
export const OBLIGATION_KIND_LABELS: Readonly<Record<z.infer<typeof ObligationKindSchema>, Readonly<Message>>> = Object.freeze({
  deliverable: { sv: "redovisning", en: "deliverable" },
  "statutory-duty": { sv: "lagstadgad skyldighet", en: "statutory duty" },
  "yearly-report": { sv: "årsrapport", en: "yearly report" },
  "grant-round": { sv: "utlysning", en: "grant round" },
  "network-commitment": { sv: "nätverksåtagande", en: "network commitment" },
});

/**
 * One item of an actor's obligations listing (`client.obligations`, `romsk
 * obligations --format json`): a deliverable, a statutory duty, a yearly
 * report, a grant round or a network commitment, with its basis, its due
 * date or period, its status as of the date and the rule that judges it.
 * The rules' `obligations` produces it (the sdk's `client.obligations` and
 * `romsk obligations` call it). A statutory duty or a network commitment
 * also carries `validity`, the period in which the provision is in force;
 * the item's own `period` is its part of one year of the window.
 *
 * @category Validation
 * @example
 * ```ts
 * import { ObligationSchema } from "@romsk-inkludering/model";
 * ObligationSchema.safeParse({
 *   id: "municipality-0484/sfs-2009-724-5-a/2020", kind: "statutory-duty",
 *   title: { sv: "Samråd med unga (5 a §)", en: "Consulting young people (section 5 a)" },
 *   basis: [{ kind: "sfs", sfs: "2009:724", section: "5 a §" }],
 *   period: { from: "2020-01-01", to: "2020-12-31" }, due: null, status: "upcoming", ruleId: "minority-act.youth-influence",
 *   validity: { from: "2019-01-01", to: null },
 * }).success;
 * // => true
 * ```
 */
export const ObligationSchema = z.strictObject({
  id: z.string().min(1).max(500).describe("Id (id): the obligation's id, stable for the actor, item and period."),
  kind: ObligationKindSchema.describe("Slag (kind): deliverable (redovisning), statutory-duty (lagstadgad skyldighet), yearly-report (årsrapport), grant-round (utlysning: an opportunity, not a duty) or network-commitment (nätverksåtagande)."),
  title: BilingualSchema.describe("Titel (title): what is owed, in Swedish and English."),
  basis: SourceListSchema.describe("Grund (basis): the statutes, decisions or documents the obligation rests on."),
  due: IsoDateSchema.nullable().describe("Sista dag (due): the due date, null for a duty that runs over a period."),
  period: z
    .strictObject({
      from: IsoDateSchema.describe("Från (from): the first day."),
      to: IsoDateSchema.nullable().describe("Till (to): the last day, null when open-ended."),
    })
    .nullable()
    .describe("Period (period): the period the obligation runs over (or a grant round is open), null for a single due date."),
  status: DeadlineStatusSchema.describe("Status (status): where the obligation stands on the date, in the calendar's one deadline-status vocabulary."),
  ruleId: IdSchema.nullable().describe("Regel (ruleId): the id of the rule that judges it, null when no rule does."),
  validity: z
    .strictObject({
      from: IsoDateSchema.describe("Från (from): the first day the provision or commitment is in force."),
      to: IsoDateSchema.nullable().describe("Till (to): the last day it is in force, null while it is."),
    })
    .optional()
    .describe("Giltighet (validity): for a statutory duty or a network commitment, the period in which it is in force (a duty from the day its SFS took effect)."),
});

/**
 * An obligations listing (see {@link ObligationSchema}).
 *
 * @category Validation
 * @example
 * ```ts
 * import { ObligationListSchema } from "@romsk-inkludering/model";
 * ObligationListSchema.safeParse([]).success;
 * // => true
 * ```
 */
export const ObligationListSchema = z.array(ObligationSchema);

/**
 * One obligation (see {@link ObligationSchema}).
 *
 * @category Validation
 * @example
 * ```ts
 * import type { ObligationOutput } from "@romsk-inkludering/model";
 * const kind: ObligationOutput["kind"] = "grant-round";
 * kind;
 * // => "grant-round"
 * ```
 */
export interface ObligationOutput extends z.output<typeof ObligationSchema> {}

/**
 * One deadline of a listing (see {@link DeadlineOutputSchema}).
 *
 * @category Validation
 * @example
 * ```ts
 * import type { DeadlineOutput } from "@romsk-inkludering/model";
 * const status: DeadlineOutput["status"] = "passed";
 * status;
 * // => "passed"
 * ```
 */
export interface DeadlineOutput extends z.output<typeof DeadlineOutputSchema> {}

/**
 * The output schemas by kind: what the library produces, as opposed to the
 * payload kinds of `schemas` that it reads. `romsk schema <kind>` prints
 * either; `validate` and `romsk validate` take payload kinds only, since
 * outputs are the library's own and are checked by its tests.
 *
 * @category Validation
 * @example
 * ```ts
 * import { outputSchemas } from "@romsk-inkludering/model";
 * Object.keys(outputSchemas);
 * // => ["deadlines","findings","national-report","obligations","progress-result"]
 * ```
 */
export const outputSchemas = Object.freeze({
  deadlines: DeadlineListSchema,
  findings: FindingListSchema,
  "national-report": NationalReportSchema,
  obligations: ObligationListSchema,
  "progress-result": ProgressResultSchema,
});

/**
 * An output kind (a key of {@link outputSchemas}).
 *
 * @category Validation
 * @example
 * ```ts
 * import type { OutputKind } from "@romsk-inkludering/model";
 * const kind: OutputKind = "national-report";
 * kind;
 * // => "national-report"
 * ```
 */
export type OutputKind = keyof typeof outputSchemas;

/**
 * All output kinds, sorted. Kept apart from the payload `kinds`: an output
 * is what the library writes, a payload what it reads.
 *
 * @category Validation
 * @example
 * ```ts
 * import { outputKinds } from "@romsk-inkludering/model";
 * outputKinds.length;
 * // => 5
 * ```
 */
export const outputKinds: readonly OutputKind[] = Object.freeze((Object.keys(outputSchemas) as OutputKind[]).sort());

/**
 * True when `value` is an output kind of {@link outputSchemas}.
 *
 * @category Validation
 * @example
 * ```ts
 * import { isOutputKind } from "@romsk-inkludering/model";
 * [isOutputKind("national-report"), isOutputKind("annual-report")];
 * // => [true,false]
 * ```
 */
export function isOutputKind(value: unknown): value is OutputKind {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(outputSchemas, value);
}
