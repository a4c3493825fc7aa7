/**
 * Dimensions of the national report and their names in Swedish and English.
 * The enumerations follow the model's schemas, so the order of rows and
 * columns in every output is the model's order; the names of the model's
 * enums are the model's labels (capitalised for headings), only the
 * report's own keys ("unspecified", "all", actor types, youth) are named here.
 */
import {
  ACTIVITY_KIND_LABELS,
  ActivityKindSchema,
  AREA_LABELS,
  AreaIdSchema,
  capitalised,
  GENDER_LABELS,
  MEETING_KIND_LABELS,
  MeetingKindSchema,
  OUTPUT_METRIC_LABELS,
  PARTICIPANT_ROLE_LABELS,
  ParticipantRoleSchema,
  PLACE_LEVEL_LABELS,
  ROMA_GROUP_LABELS,
  RomaGroupIdSchema,
  type ActivityKind,
  type AreaId,
  type Gender,
  type Lang as ModelLang,
  type MeetingKind,
  type Message,
  type Output,
  type ParticipantRole,
  type Place,
  type RomaGroupId,
} from "@romsk-inkludering/model";

/**
 * How an actor takes part in the strategy, as the catalog knows it: a pilot
 * municipality (2012–2015), a development municipality (2016–2019), a member
 * of the municipal network, a state agency, or other. An actor can have
 * several types (e.g. a former pilot municipality that is a network member);
 * the caller supplies them per actor id, and actors without a type count as
 * `"other"`.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ActorType } from "@romsk-inkludering/reports";
 * const type: ActorType = "development-municipality";
 * type;
 * // => "development-municipality"
 * ```
 */
export type ActorType = "pilot" | "development-municipality" | "network-member" | "agency" | "other";

/**
 * Every {@link ActorType}, in the order used for table columns.
 *
 * @category Reports
 * @example
 * ```ts
 * import { ACTOR_TYPES } from "@romsk-inkludering/reports";
 * ACTOR_TYPES;
 * // => ["pilot","development-municipality","network-member","agency","other"]
 * ```
 */
export const ACTOR_TYPES: readonly ActorType[] = Object.freeze([
  "pilot",
  "development-municipality",
  "network-member",
  "agency",
  "other",
]);

/**
 * The actor types of each actor id, e.g. `{ "municipality-0580": ["pilot", "network-member"] }`.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ActorTypes } from "@romsk-inkludering/reports";
 * const types: ActorTypes = { "municipality-2180": ["development-municipality", "network-member"] };
 * types["municipality-2180"]?.length;
 * // => 2
 * ```
 */
export type ActorTypes = Readonly<Record<string, readonly ActorType[]>>;

/**
 * An area of the strategy, `"unspecified"` for meetings that name no area,
 * or `"all"` for the whole (each activity and meeting counted once).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { AreaKey } from "@romsk-inkludering/reports";
 * const key: AreaKey = "unspecified";
 * key;
 * // => "unspecified"
 * ```
 */
export type AreaKey = AreaId | "unspecified" | "all";

/**
 * An actor type, or `"all"` for every actor (each actor counted once).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { TypeKey } from "@romsk-inkludering/reports";
 * const key: TypeKey = "all";
 * key;
 * // => "all"
 * ```
 */
export type TypeKey = ActorType | "all";

/**
 * The output metrics of activities (see the model's `Output`).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { OutputMetric } from "@romsk-inkludering/reports";
 * const metric: OutputMetric = "people-reached";
 * metric;
 * // => "people-reached"
 * ```
 */
export type OutputMetric = Output["metric"];

/**
 * Whether participants were young people: `"youth"`, `"not-youth"`, or
 * `"unspecified"` when the count does not say.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { YouthKey } from "@romsk-inkludering/reports";
 * const key: YouthKey = "youth";
 * key;
 * // => "youth"
 * ```
 */
export type YouthKey = "youth" | "not-youth" | "unspecified";

/**
 * A Roma group, or `"unspecified"` for participants counted without a group.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { RomaGroupKey } from "@romsk-inkludering/reports";
 * const key: RomaGroupKey = "finnish-roma";
 * key;
 * // => "finnish-roma"
 * ```
 */
export type RomaGroupKey = RomaGroupId | "unspecified";

/**
 * The languages of rendered reports: Swedish or English (the model's
 * `Lang`, re-exported here so existing imports keep working).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { Lang } from "@romsk-inkludering/reports";
 * const lang: Lang = "sv";
 * lang;
 * // => "sv"
 * ```
 */
export type Lang = ModelLang;

export const AREA_IDS: readonly AreaId[] = AreaIdSchema.options;
export const AREA_KEYS: readonly AreaKey[] = [...AreaIdSchema.options, "unspecified", "all"];
export const TYPE_KEYS: readonly TypeKey[] = [...ACTOR_TYPES, "all"];
export const ACTIVITY_KINDS: readonly ActivityKind[] = ActivityKindSchema.options;
export const MEETING_KINDS: readonly MeetingKind[] = MeetingKindSchema.options;
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ParticipantRoleSchema.options;
export const ROMA_GROUP_KEYS: readonly RomaGroupKey[] = [...RomaGroupIdSchema.options, "unspecified"];
export const YOUTH_KEYS: readonly YouthKey[] = ["youth", "not-youth", "unspecified"];
export const OUTPUT_METRICS: readonly OutputMetric[] = [
  "people-trained",
  "people-reached",
  "participants",
  "sessions",
  "publications",
  "staff",
] satisfies readonly OutputMetric[];

type Names<K extends string> = Readonly<Record<K, Readonly<Message>>>;

/** Labels for a heading or a table cell: the model's labels with an upper-case first letter. */
function headings<K extends string>(labels: Readonly<Record<K, Readonly<Message>>>): Record<K, Message> {
  const out = {} as Record<K, Message>;
  for (const key of Object.keys(labels) as K[]) out[key] = capitalised(labels[key]);
  return out;
}

export const AREA_NAMES: Names<AreaKey> = {
  ...headings(AREA_LABELS),
  unspecified: { sv: "Inget område angivet", en: "No area given" },
  all: { sv: "Alla områden", en: "All areas" },
};

export const TYPE_NAMES: Names<TypeKey> = {
  pilot: { sv: "Pilotkommuner", en: "Pilot municipalities" },
  "development-municipality": { sv: "Utvecklingskommuner", en: "Development municipalities" },
  "network-member": { sv: "Nätverksmedlemmar", en: "Network members" },
  agency: { sv: "Myndigheter", en: "Agencies" },
  other: { sv: "Övriga", en: "Other" },
  all: { sv: "Totalt", en: "Total" },
};

export const ACTIVITY_KIND_NAMES: Names<ActivityKind> = headings(ACTIVITY_KIND_LABELS);

export const MEETING_KIND_NAMES: Names<MeetingKind> = headings(MEETING_KIND_LABELS);

export const ROLE_NAMES: Names<ParticipantRole> = headings(PARTICIPANT_ROLE_LABELS);

export const ROMA_GROUP_NAMES: Names<RomaGroupKey> = {
  ...headings(ROMA_GROUP_LABELS),
  unspecified: { sv: "Ej angiven grupp", en: "Group not given" },
};

export const YOUTH_NAMES: Names<YouthKey> = {
  youth: { sv: "Unga", en: "Young people" },
  "not-youth": { sv: "Ej unga", en: "Not young people" },
  unspecified: { sv: "Ej angivet", en: "Not given" },
};

export const OUTPUT_NAMES: Names<OutputMetric> = headings(OUTPUT_METRIC_LABELS);

export const GENDER_NAMES: Names<Gender> = headings(GENDER_LABELS);

export const LEVEL_NAMES: Names<Place["level"]> = headings(PLACE_LEVEL_LABELS);

/** Sorts keys by their position in `order` (unknown keys last, by code unit order). */
export function byOrder<K extends string>(order: readonly K[]): (a: K, b: K) => number {
  const index = new Map<string, number>(order.map((k, i) => [k, i]));
  return (a, b) => {
    const ia = index.get(a) ?? order.length;
    const ib = index.get(b) ?? order.length;
    return ia !== ib ? ia - ib : a < b ? -1 : a > b ? 1 : 0;
  };
}

export type { ActivityKind, AreaId, MeetingKind, ParticipantRole, RomaGroupId };
