/** fast-check arbitraries of observations and annual reports with realistic values. */
import fc from "fast-check";
import type { Activity, AnnualReport, Meeting, Observation } from "@romsk-inkludering/model";
import type { ActorTypes } from "../src/index.js";
import { actorTypes, BORAS, GAVLE, HELSINGBORG, LINKOPING, ROMA_GROUPS, SKOLVERKET, VASTERAS } from "./fixtures.js";

const AREAS = ["education", "employment", "housing", "health-social-care-safety", "culture-language", "civil-society"] as const;
const KINDS = ["bridge-building", "health-inspirers", "individual-support", "training", "lectures", "cooperation"] as const;
const MEETING_KINDS = ["consultation", "dialogue", "network-meeting", "learning-meeting"] as const;
const ROLES = ["roma-representative", "roma-expert", "official", "elected-representative"] as const;
const ACTORS = [GAVLE, LINKOPING, HELSINGBORG, BORAS, VASTERAS, SKOLVERKET, "municipality-0180"] as const;
const CODES = ["2180", "0580", "1283", "1490", "1980", "0180"] as const;

export const types: ActorTypes = actorTypes;

/** Kolada-like values: shares with one or two decimals, some negative gaps, some nulls. */
export const value: fc.Arbitrary<number | null> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.integer({ min: -5000, max: 10000 }).map((n) => n / 100) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10) },
);

export const observation: fc.Arbitrary<Observation> = fc
  .record({
    indicatorId: fc.constantFrom("n15428", "n00914", "n03926", "eu-poverty-gap"),
    place: fc.oneof(
      fc.constant({ level: "country" as const }),
      fc.constantFrom("01", "05", "12", "21").map((code) => ({ level: "county" as const, code })),
      fc.constantFrom(...CODES).map((code) => ({ level: "municipality" as const, code })),
    ),
    year: fc.integer({ min: 2015, max: 2021 }),
    gender: fc.constantFrom("T" as const, "K" as const, "M" as const),
    value,
    group: fc.option(fc.constantFrom("roma" as const, "general" as const), { nil: undefined }),
  })
  .map(({ group, ...o }) => (group === undefined ? o : { ...o, group }));

const areas = fc.uniqueArray(fc.constantFrom(...AREAS), { minLength: 1, maxLength: 3 });

const activity = (actorId: string, i: number): fc.Arbitrary<Activity> =>
  fc
    .record({
      areas,
      kind: fc.constantFrom(...KINDS),
      outputs: fc.array(
        fc
          .record({
            metric: fc.constantFrom("people-trained" as const, "people-reached" as const, "sessions" as const),
            value: fc.integer({ min: 0, max: 2000 }),
            extra: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
          })
          .map(({ metric, value: v, extra }) => (extra === undefined ? { metric, value: v } : { metric, value: v, upTo: v + extra })),
        { maxLength: 2 },
      ),
      funding: fc.option(fc.integer({ min: 0, max: 600_000 }), { nil: undefined }),
    })
    .map(({ areas: a, kind, outputs, funding }) => ({
      id: `activity-${i}`,
      actorId,
      areas: a,
      kind,
      title: "Insats",
      period: { from: "2017-01-01", to: "2017-12-31" },
      outputs,
      ...(funding === undefined ? {} : { fundingSek: funding }),
    }));

const meeting = (actorId: string, i: number): fc.Arbitrary<Meeting> =>
  fc
    .record({
      kind: fc.constantFrom(...MEETING_KINDS),
      areas: fc.uniqueArray(fc.constantFrom(...AREAS), { maxLength: 2 }),
      participants: fc.array(
        fc
          .record({
            role: fc.constantFrom(...ROLES),
            count: fc.integer({ min: 0, max: 12 }),
            romaGroup: fc.option(fc.constantFrom(...ROMA_GROUPS), { nil: undefined }),
            youth: fc.option(fc.boolean(), { nil: undefined }),
          })
          .map(({ romaGroup, youth, ...p }) => ({
            ...p,
            ...(romaGroup === undefined ? {} : { romaGroup }),
            ...(youth === undefined ? {} : { youth }),
          })),
        { maxLength: 4 },
      ),
    })
    .map((m) => ({
      id: `meeting-${i}`,
      date: "2017-10-12",
      organiserId: actorId,
      topics: [],
      parties: [],
      ...m,
    }));

export const annualReport: fc.Arbitrary<AnnualReport> = fc
  .record({
    actorId: fc.constantFrom(...ACTORS),
    year: fc.integer({ min: 2016, max: 2018 }),
    submittedOn: fc.option(fc.constantFrom("2018-04-10", "2018-04-16", "2018-04-18", "2017-04-18"), { nil: undefined }),
    areas: fc.uniqueArray(fc.constantFrom(...AREAS), { maxLength: 2 }),
    nActivities: fc.integer({ min: 0, max: 3 }),
    nMeetings: fc.integer({ min: 0, max: 2 }),
  })
  .chain(({ actorId, year, submittedOn, areas: a, nActivities, nMeetings }) =>
    fc
      .record({
        activities: fc.tuple(...Array.from({ length: nActivities }, (_, i) => activity(actorId, i))),
        consultations: fc.tuple(...Array.from({ length: nMeetings }, (_, i) => meeting(actorId, i))),
        observations: fc.array(observation, { maxLength: 2 }),
      })
      .map(({ activities, consultations, observations }) => ({
        id: `${actorId}-${year}`,
        year,
        actorId,
        reporterKind: actorId.startsWith("municipality-") ? ("municipality" as const) : ("agency" as const),
        ...(submittedOn === undefined ? {} : { submittedOn }),
        areas: a,
        activities: [...activities],
        consultations: [...consultations],
        observations,
        problems: [],
        proposals: [],
      })),
  );

export const item: fc.Arbitrary<AnnualReport | Observation> = fc.oneof(
  { weight: 3, arbitrary: observation },
  { weight: 1, arbitrary: annualReport },
);
