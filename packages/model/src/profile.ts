import * as z from "zod";
import { DecidedSchema } from "./decided.js";
import { RomaGroupIdSchema } from "./areas.js";
import { SourceListSchema } from "./sources.js";
import { FreeTextSchema, IdSchema, IsoDateSchema } from "./shared.js";

/** A day of the year, `MM-DD`, that exists in every year (so not `02-29`). */
const MONTH_DAY_PATTERN = /^(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))$/;

/**
 * A local profile: how a municipality tightens the checks (never loosens
 * them), e.g. two representatives per Roma group in its consultations, or
 * youth taking part. `networkCommitments` lists the proposed networks whose
 * commitments the actor adopted, with the day it did: a proposal's
 * commitments (e.g. seed 004's national network) bind only a member that
 * adopted them.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { validate } from "@romsk-inkludering/model";
 * validate("local-profile", {
 *   id: "linkoping-consultation",
 *   actorId: "municipality-0580",
 *   name: "Linköpings samråd: två deltagare per romsk grupp",
 *   consultation: { representativesPerRomaGroup: 2, requireYouth: true },
 *   sources: [{ kind: "seed", file: "003_c330e8c89015faff.txt" }],
 * }).success;
 * // => true
 * ```
 */
export const LocalProfileSchema = z.strictObject({
  id: IdSchema.describe("Id (id): the profile's kebab-case id."),
  actorId: IdSchema.optional().describe("Kommun (actorId): the municipality the profile belongs to."),
  name: FreeTextSchema.describe("Namn (name): the profile's name."),
  validFrom: IsoDateSchema.optional().describe("Gäller från (validFrom): the first day the profile applies (YYYY-MM-DD)."),
  decided: DecidedSchema.optional().describe("Beslutad (decided): the day it was decided or became known, with its sources; as of an earlier date it is not yet known."),
  consultation: z
    .strictObject({
      representativesPerRomaGroup: z.int().min(0).max(100).optional().describe("Representanter per grupp (representativesPerRomaGroup): the least number of representatives of each Roma group a consultation must have."),
      romaGroups: z.array(RomaGroupIdSchema).max(5).optional().describe("Romska grupper (romaGroups): the Roma groups every consultation must include."),
      requireYouth: z.boolean().optional().describe("Kräv unga (requireYouth): whether every consultation must include young people."),
      minRomaRepresentatives: z.int().min(1).max(100).optional().describe("Minsta antal romska företrädare (minRomaRepresentatives): the least number of Roma representatives, of any group, a consultation must have; 1 when absent, and a lower number is ignored."),
      minYouthParticipants: z.int().min(1).max(100).optional().describe("Minsta antal unga (minYouthParticipants): the least number of young participants that counts as youth taking part; 1 when absent, and a lower number is ignored."),
    })
    .optional()
    .describe("Samråd (consultation): stricter consultation requirements."),
  networkCommitments: z
    .array(
      z.strictObject({
        networkId: IdSchema.describe("Nätverk (networkId): the proposed network whose commitments the actor adopted."),
        adoptedOn: IsoDateSchema.optional().describe("Antagna (adoptedOn): the day the actor adopted them (YYYY-MM-DD)."),
      }),
    )
    .max(50)
    .optional()
    .describe("Antagna nätverksåtaganden (networkCommitments): the proposed networks whose commitments bind the actor, because it adopted them."),
  forum: z
    .strictObject({
      minMeetings: z.int().min(1).max(100).optional().describe("Minsta antal forummöten (minMeetings): the least number of meetings per term (or year, as the forum counts) the profile requires; the forum's own number applies when it is higher."),
    })
    .optional()
    .describe("Forum (forum): stricter settings for a forum's meetings."),
  network: z
    .strictObject({
      minMeetingsPerYear: z.int().min(1).max(100).optional().describe("Minsta antal nätverksmöten (minMeetingsPerYear): the least number of network meetings a year; the commitment's own number applies when it is higher."),
      minMeetingsWithElectedPerYear: z.int().min(1).max(100).optional().describe("Möten med förtroendevalda (minMeetingsWithElectedPerYear): the least number of those meetings a year with elected representatives; the commitment's own number applies when it is higher."),
      meetingsShortfallTolerance: z.int().min(0).max(100).optional().describe("Tolerans för färre möten (meetingsShortfallTolerance): how many meetings fewer than the yearly number give a warning instead of a fail (the commitment says \"ca\", about); 1 when absent, and a higher number is ignored."),
      maxPeerReviewEveryYears: z.int().min(1).max(100).optional().describe("Kollegial granskning senast vart n:e år (maxPeerReviewEveryYears): the most years between peer reviews; the commitment's own interval applies when it is shorter."),
      minParticipationYears: z.int().min(1).max(100).optional().describe("Deltagandeperiod i år (minParticipationYears): the least number of years of participation; the commitment's own period applies when it is longer."),
    })
    .optional()
    .describe("Nätverk (network): stricter settings for network commitments."),
  yearlyReports: z
    .strictObject({
      due: z
        .string()
        .regex(MONTH_DAY_PATTERN, { message: "must be a day of the year MM-DD that exists in every year, e.g. 03-01 (not 02-29)" })
        .optional()
        .describe("Sista dag för årsrapporter (due): the day (MM-DD) of the year after the year reported on by which the municipalities' and agencies' yearly reports reach the follow-up authority; no source gives one, so the follow-up authority sets it here; absent: no date (the listing says no-deadline)."),
    })
    .optional()
    .describe("Årsrapporter (yearlyReports): the follow-up authority's setting for the yearly reports it asks of municipalities and agencies."),
  deadlines: z
    .strictObject({
      applyStatutoryShift: z.boolean().optional().describe("Flytta till vardag (applyStatutoryShift): whether a commission's due date that falls on a Saturday, Sunday or public holiday moves to the next working day, as lag (1930:173) om beräkning av lagstadgad tid does for time limits set by law; false when absent."),
      earliestDue: z.boolean().optional().describe("Tidigaste datum (earliestDue): whether a deliverable is judged against the earliest due date any source gives (e.g. 15 October 2018 instead of the seeds' 15 December for the nulägesbeskrivning); false when absent."),
      dueSoonDays: z.int().min(0).max(366).optional().describe("Snart förfallen (dueSoonDays): how many days before a due date a deliverable not yet handed in counts as due soon (a warning); 30 when absent."),
    })
    .optional()
    .describe("Förfallodagar (deadlines): settings for deadline checks."),
  sources: SourceListSchema.optional().describe("Källor (sources): the local decisions behind the profile."),
});

/**
 * A local profile (see {@link LocalProfileSchema}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { LocalProfile } from "@romsk-inkludering/model";
 * const p: LocalProfile = { id: "default", name: "Standard", deadlines: { dueSoonDays: 30 } };
 * p.deadlines?.dueSoonDays;
 * // => 30
 * ```
 */
export interface LocalProfile extends z.output<typeof LocalProfileSchema> {}
