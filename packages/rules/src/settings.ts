import { DEFAULT_APPLY_STATUTORY_SHIFT, DEFAULT_DUE_SOON_DAYS, isIsoDate } from "@romsk-inkludering/calendar";
import type { Bilingual, JsonValue, RomaGroupId, Source } from "@romsk-inkludering/model";
import type { RuleSettings } from "./types.js";

/** Every Roma group (seed 003, footnote 1). */
const ALL_ROMA_GROUPS: readonly RomaGroupId[] = Object.freeze([
  "swedish-roma",
  "finnish-roma",
  "travellers",
  "non-nordic-roma",
  "newly-arrived-roma",
]);

const SEED_FORUM = "001_90733e24716ad9fb.txt";
const SEED_LINKOPING = "003_c330e8c89015faff.txt";
const SEED_NETWORK = "004_f723fd64a64a7139.txt";
const STRATEGY: Source = {
  kind: "publication",
  reference: "skr. 2011/12:56",
  title: "En samordnad och långsiktig strategi för romsk inkludering 2012–2032",
  note: "Principle: Roma participation and influence throughout the work.",
};

/**
 * The settings the rules read, by key (the path into {@link RuleSettings}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { SETTING_KEYS } from "@romsk-inkludering/rules";
 * SETTING_KEYS.includes("network.meetingsShortfallTolerance");
 * // => true
 * ```
 */
export const SETTING_KEYS = [
  "deadlines.applyStatutoryShift",
  "deadlines.dueSoonDays",
  "deadlines.earliestDue",
  "consultation.minRomaRepresentatives",
  "consultation.representativesPerRomaGroup",
  "consultation.romaGroups",
  "consultation.requireYouth",
  "consultation.minYouthParticipants",
  "forum.minMeetings",
  "network.minMeetingsPerYear",
  "network.minMeetingsWithElectedPerYear",
  "network.meetingsShortfallTolerance",
  "network.maxPeerReviewEveryYears",
  "network.minParticipationYears",
  "yearlyReports.due",
] as const;

/**
 * A setting's key (see {@link SETTING_KEYS}).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { SettingKey } from "@romsk-inkludering/rules";
 * const key: SettingKey = "deadlines.dueSoonDays";
 * key;
 * // => "deadlines.dueSoonDays"
 * ```
 */
export type SettingKey = (typeof SETTING_KEYS)[number];

/**
 * Which way a profile may move a setting: `raise` (a higher number is
 * stricter), `lower` (a lower number is stricter), `enable` (only `true` is
 * stricter), `narrow` (a list of groups each of which must be represented),
 * or `either` (an interpretation of the law, not a tightening: both values
 * are accepted).
 *
 * @category Compliance
 * @example
 * ```ts
 * import type { Tightening } from "@romsk-inkludering/rules";
 * const way: Tightening = "raise";
 * way;
 * // => "raise"
 * ```
 */
export type Tightening = "raise" | "lower" | "enable" | "narrow" | "either";

/**
 * One setting of the rules: its key, title, unit, default and the source of
 * the default, which way a profile may tighten it, the profile field that
 * does, and the rules that read it. A setting whose `defaultFrom` is
 * `catalog` has no number of its own: the rule reads the number the catalog
 * entry states (a forum's cadence, a network commitment's parameters), and a
 * profile's value applies only where it is stricter.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { SETTINGS } from "@romsk-inkludering/rules";
 * const tolerance = SETTINGS.find((s) => s.key === "network.meetingsShortfallTolerance");
 * [tolerance?.default, tolerance?.tighten, tolerance?.profileField];
 * // => [1,"lower","network.meetingsShortfallTolerance"]
 * ```
 */
export interface SettingDefinition {
  /** The key: the path into {@link RuleSettings}. */
  readonly key: SettingKey;
  /** What it is, in Swedish and English. */
  readonly title: Bilingual;
  /** The unit of its value, in Swedish and English. */
  readonly unit: Bilingual;
  /** The default value; `null` when there is none (no requirement, or the catalog entry's number: see `defaultFrom`). */
  readonly default: JsonValue;
  /** `setting`: the default above; `catalog`: the number the catalog entry states. */
  readonly defaultFrom: "setting" | "catalog";
  /** Why this default, in Swedish and English (and where no source gives it, that it is the library's choice). */
  readonly reason: Bilingual;
  /** The sources of the default (empty when no source gives it). */
  readonly sources: readonly Source[];
  /** Which way a profile may move it. */
  readonly tighten: Tightening;
  /** The field of a local profile that sets it. */
  readonly profileField: string;
}

/**
 * Every setting of the rules with its default, unit, source and the way a
 * profile may tighten it. The rules read no number of their own: each
 * threshold is one of these settings (a test scans the rule code for
 * numeric literals).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { SETTINGS } from "@romsk-inkludering/rules";
 * SETTINGS.filter((s) => s.defaultFrom === "catalog").map((s) => s.key);
 * // => ["forum.minMeetings","network.minMeetingsPerYear","network.minMeetingsWithElectedPerYear","network.maxPeerReviewEveryYears","network.minParticipationYears"]
 * ```
 */
export const SETTINGS: readonly SettingDefinition[] = Object.freeze([
  {
    key: "deadlines.applyStatutoryShift",
    title: { sv: "Flytta sista dag till vardag (lag 1930:173 2 §)", en: "Move a due date to the next workday (lag 1930:173 §2)" },
    unit: { sv: "ja/nej", en: "yes/no" },
    default: DEFAULT_APPLY_STATUTORY_SHIFT,
    defaultFrom: "setting",
    reason: {
      sv: "Lagen gäller tid som bestäms i lag eller annan författning; ett uppdrags datum bestäms genom regeringsbeslut, så datumet i uppdraget gäller.",
      en: "The law concerns time limits set in lag or annan författning; a commission's date is set by a government decision, so the date written in the commission holds.",
    },
    sources: [{ kind: "sfs", sfs: "1930:173", section: "2 §", title: "Lag om beräkning av lagstadgad tid" }],
    tighten: "either",
    profileField: "deadlines.applyStatutoryShift",
  },
  {
    key: "deadlines.dueSoonDays",
    title: { sv: "Varningsfönster före sista dag", en: "Warning window before a due date" },
    unit: { sv: "dagar", en: "days" },
    default: DEFAULT_DUE_SOON_DAYS,
    defaultFrom: "setting",
    reason: {
      sv: "Ingen källa anger ett fönster: en månad är bibliotekets val, så att en styrelse eller ledningsgrupp hinner mötas en gång före sista dag.",
      en: "No source gives a window: a month is the library's choice, leaving room for one meeting of a board or management group before the due date.",
    },
    sources: [],
    tighten: "raise",
    profileField: "deadlines.dueSoonDays",
  },
  {
    key: "deadlines.earliestDue",
    title: { sv: "Pröva mot det tidigaste datum som någon källa anger", en: "Judge against the earliest due date any source gives" },
    unit: { sv: "ja/nej", en: "yes/no" },
    default: false,
    defaultFrom: "setting",
    reason: {
      sv: "Datumet i uppdraget gäller; där en annan källa anger ett tidigare datum (nulägesbeskrivningen: 15 oktober 2018 på minoritet.se, 15 december 2018 i seeds 002 och 003) kan en profil pröva mot det.",
      en: "The date of the commission holds; where another source gives an earlier date (the nulägesbeskrivning: 15 October 2018 on minoritet.se, 15 December 2018 in seeds 002 and 003) a profile can judge against it.",
    },
    sources: [
      { kind: "seed", file: "002_45e07da4f0d67e87.txt", locator: "Uppdraget redovisas senast 15 december 2018" },
      { kind: "facts", section: "Programmes and commissions", note: "A public page of minoritet.se gives 15 Oct 2018." },
    ],
    tighten: "enable",
    profileField: "deadlines.earliestDue",
  },
  {
    key: "consultation.minRomaRepresentatives",
    title: { sv: "Minsta antal romska företrädare i ett samråd", en: "Least number of Roma representatives in a consultation" },
    unit: { sv: "personer", en: "persons" },
    default: 1,
    defaultFrom: "setting",
    reason: {
      sv: "Strategins princip om romers delaktighet och inflytande kräver minst en romsk företrädare.",
      en: "The strategy's principle of Roma participation and influence needs at least one Roma representative.",
    },
    sources: [STRATEGY, { kind: "sfs", sfs: "2009:724", section: "5 §", title: "Lag om nationella minoriteter och minoritetsspråk" }],
    tighten: "raise",
    profileField: "consultation.minRomaRepresentatives",
  },
  {
    key: "consultation.representativesPerRomaGroup",
    title: { sv: "Företrädare per romsk grupp", en: "Representatives per Roma group" },
    unit: { sv: "personer per grupp", en: "persons per group" },
    default: null,
    defaultFrom: "setting",
    reason: {
      sv: "Inget krav per grupp om inte en profil anger det; Linköpings samråd har två deltagare per romsk grupp.",
      en: "No per-group requirement unless a profile sets one; Linköping's consultation has two participants per Roma group.",
    },
    sources: [{ kind: "seed", file: SEED_LINKOPING, locator: "två deltagare/romsk grupp" }],
    tighten: "raise",
    profileField: "consultation.representativesPerRomaGroup",
  },
  {
    key: "consultation.romaGroups",
    title: { sv: "Romska grupper som kravet per grupp gäller", en: "Roma groups the per-group requirement covers" },
    unit: { sv: "grupper", en: "groups" },
    default: [...ALL_ROMA_GROUPS],
    defaultFrom: "setting",
    reason: {
      sv: "De fem grupperna i not 1 i minnesanteckningarna från nätverksmötet 2018.",
      en: "The five groups of footnote 1 of the notes of the network meeting of 2018.",
    },
    sources: [{ kind: "seed", file: SEED_LINKOPING, locator: "footnote 1" }],
    tighten: "narrow",
    profileField: "consultation.romaGroups",
  },
  {
    key: "consultation.requireYouth",
    title: { sv: "Kräv unga deltagare i samråd", en: "Require young participants in consultations" },
    unit: { sv: "ja/nej", en: "yes/no" },
    default: false,
    defaultFrom: "setting",
    reason: {
      sv: "5 a § kräver inflytande anpassat till barn och unga, vilket beskrivna metoder kan visa; en profil kan kräva unga deltagare.",
      en: "§5 a asks for influence adapted to children and young people, which described methods can show; a profile can require young participants.",
    },
    sources: [{ kind: "sfs", sfs: "2009:724", section: "5 a §", title: "Lag om nationella minoriteter och minoritetsspråk" }],
    tighten: "enable",
    profileField: "consultation.requireYouth",
  },
  {
    key: "consultation.minYouthParticipants",
    title: { sv: "Minsta antal unga deltagare", en: "Least number of young participants" },
    unit: { sv: "personer", en: "persons" },
    default: 1,
    defaultFrom: "setting",
    reason: {
      sv: "Att unga deltog betyder minst en ung deltagare; 5 a § anger inget antal.",
      en: "Young people taking part means at least one young participant; §5 a gives no number.",
    },
    sources: [{ kind: "sfs", sfs: "2009:724", section: "5 a §", title: "Lag om nationella minoriteter och minoritetsspråk" }],
    tighten: "raise",
    profileField: "consultation.minYouthParticipants",
  },
  {
    key: "forum.minMeetings",
    title: { sv: "Minsta antal forummöten per termin (eller år)", en: "Least number of forum meetings per term (or year)" },
    unit: { sv: "möten per termin eller år, som forumet räknar", en: "meetings per term or year, as the forum counts" },
    default: null,
    defaultFrom: "catalog",
    reason: {
      sv: "Forumets eget antal i katalogen (pilotverksamhetens forum: två gånger per termin); en profil kan kräva fler.",
      en: "The forum's own number in the catalog (the pilot programme's forum: twice per term); a profile can require more.",
    },
    sources: [{ kind: "seed", file: SEED_FORUM, locator: "Forumet träffas två gånger per termin." }],
    tighten: "raise",
    profileField: "forum.minMeetings",
  },
  {
    key: "network.minMeetingsPerYear",
    title: { sv: "Minsta antal nätverksmöten per år", en: "Least number of network meetings a year" },
    unit: { sv: "möten per år", en: "meetings a year" },
    default: null,
    defaultFrom: "catalog",
    reason: {
      sv: "Åtagandets eget antal i katalogen (det nationella nätverket: ca fyra gånger per år), eller för ett nätverk utan åtaganden den nedre gränsen för hur ofta det träffas (Mälardalens nätverk: två–tre gånger per år, alltså minst två); en profil kan kräva fler.",
      en: "The commitment's own number in the catalog (the national network: about four times a year), or for a network without commitments the lower bound of how often it meets (the Mälardalen network: two to three times a year, so at least two); a profile can require more.",
    },
    sources: [
      { kind: "seed", file: SEED_NETWORK, locator: "nätverksmöten där ansvariga politiker och tjänstemän deltar – ca fyra gånger per år" },
      { kind: "seed", file: SEED_NETWORK, locator: "kommunföreträdare som träffas två – tre gånger per år för erfarenhetsutbyte och verksamhetsutveckling" },
    ],
    tighten: "raise",
    profileField: "network.minMeetingsPerYear",
  },
  {
    key: "network.minMeetingsWithElectedPerYear",
    title: { sv: "Minsta antal nätverksmöten med förtroendevalda per år", en: "Least number of network meetings with elected representatives a year" },
    unit: { sv: "möten per år", en: "meetings a year" },
    default: null,
    defaultFrom: "catalog",
    reason: {
      sv: "Åtagandets eget antal i katalogen (det nationella nätverket: två med deltagande från förtroendevalda); en profil kan kräva fler.",
      en: "The commitment's own number in the catalog (the national network: two with elected representatives); a profile can require more.",
    },
    sources: [{ kind: "seed", file: SEED_NETWORK, locator: "varav två med deltagande från förtroendevalda" }],
    tighten: "raise",
    profileField: "network.minMeetingsWithElectedPerYear",
  },
  {
    key: "network.meetingsShortfallTolerance",
    title: { sv: "Tolerans för färre nätverksmöten", en: "Tolerance for fewer network meetings" },
    unit: { sv: "möten", en: "meetings" },
    default: 1,
    defaultFrom: "setting",
    reason: {
      sv: "Förslaget säger \"ca\" fyra gånger per år: ett möte färre ger en varning, inte underkänt; en profil kan sänka toleransen till 0.",
      en: "The proposal says \"about\" four times a year: one meeting fewer gives a warning, not a fail; a profile can lower the tolerance to 0.",
    },
    sources: [{ kind: "seed", file: SEED_NETWORK, locator: "ca fyra gånger per år" }],
    tighten: "lower",
    profileField: "network.meetingsShortfallTolerance",
  },
  {
    key: "network.maxPeerReviewEveryYears",
    title: { sv: "Kollegial granskning senast vart n:e år", en: "Peer review at least every n years" },
    unit: { sv: "år", en: "years" },
    default: null,
    defaultFrom: "catalog",
    reason: {
      sv: "Åtagandets eget intervall i katalogen (det nationella nätverket: vart tredje år); en profil kan kräva ett kortare.",
      en: "The commitment's own interval in the catalog (the national network: every third year); a profile can require a shorter one.",
    },
    sources: [{ kind: "seed", file: SEED_NETWORK, locator: "kollegial granskning av nätverkets medlemskommuner vart tredje år" }],
    tighten: "lower",
    profileField: "network.maxPeerReviewEveryYears",
  },
  {
    key: "network.minParticipationYears",
    title: { sv: "Deltagandeperiod", en: "Participation period" },
    unit: { sv: "år", en: "years" },
    default: null,
    defaultFrom: "catalog",
    reason: {
      sv: "Åtagandets egen period i katalogen (det nationella nätverket: en fyraårsperiod); en profil kan kräva en längre.",
      en: "The commitment's own period in the catalog (the national network: a four-year period); a profile can require a longer one.",
    },
    sources: [{ kind: "seed", file: SEED_NETWORK, locator: "Deltagande kommuner förbinder sig till ett aktivt deltagande under en fyraårsperiod." }],
    tighten: "raise",
    profileField: "network.minParticipationYears",
  },
  {
    key: "yearlyReports.due",
    title: {
      sv: "Sista dag för kommuners och myndigheters årsrapporter till uppföljningsmyndigheten",
      en: "Due date of the municipalities' and agencies' yearly reports to the follow-up authority",
    },
    unit: { sv: "dag (MM-DD) året efter det år som rapporten gäller", en: "a day (MM-DD) of the year after the year reported on" },
    default: null,
    defaultFrom: "setting",
    reason: {
      sv: "Ingen källa anger när kommuners och myndigheters årsrapporter ska lämnas: minnesanteckningarna 2018 säger bara att uppföljningsmyndighetens årsrapport (15 april) bygger på dem. Uppföljningsmyndigheten anger dagen i en profil; utan den har årsrapporten ingen sista dag (no-deadline) och inget datum hittas på.",
      en: "No source gives when the municipalities' and agencies' yearly reports are due: the notes of 2018 only say that the follow-up authority's own annual report (15 April) builds on them. The follow-up authority sets the day in a profile; without it the yearly report has no due date (no-deadline), and none is invented.",
    },
    sources: [],
    tighten: "either",
    profileField: "yearlyReports.due",
  },
] satisfies SettingDefinition[]);

const DEFINITIONS: ReadonlyMap<string, SettingDefinition> = new Map(SETTINGS.map((s) => [s.key, s]));

/**
 * The definition of a setting by key, or `undefined`.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { getSetting } from "@romsk-inkludering/rules";
 * getSetting("deadlines.dueSoonDays")?.unit.sv;
 * // => "dagar"
 * ```
 */
export function getSetting(key: string): SettingDefinition | undefined {
  return DEFINITIONS.get(key);
}

function numberDefault(key: SettingKey): number {
  const value = DEFINITIONS.get(key)?.default;
  if (typeof value !== "number") throw new TypeError(`setting ${key} has no number default`);
  return value;
}

/**
 * The default settings, used where no profile (or no valid profile) says
 * otherwise; each value, its unit and its source are in {@link SETTINGS}.
 * The settings whose default is the catalog entry's own number
 * (`forum.minMeetings`, `network.*` but the tolerance) are `undefined` here.
 *
 * - `deadlines.applyStatutoryShift: false`: lag (1930:173) applies to time
 *   limits set "i lag eller annan författning"; a government commission
 *   (regeringsbeslut) is not a författning, so the date written in the
 *   commission holds. Both dates are shown in the evidence. This is the
 *   library's one default for the shift (the calendar's
 *   `DEFAULT_APPLY_STATUTORY_SHIFT`), read by reports and the SDK too.
 * - `deadlines.dueSoonDays: 30`: a month's notice leaves room for one
 *   meeting cycle of a board or management group before the due date.
 * - `consultation.minRomaRepresentatives: 1`: the strategy's principle of
 *   Roma participation and influence needs at least one Roma representative.
 * - `consultation.representativesPerRomaGroup: undefined`: no per-group
 *   requirement unless a profile sets one (Linköping: two per group).
 * - `consultation.romaGroups`: all five groups of seed 003 (svenska,
 *   finska, resande, utomnordiska and nyanlända romer).
 * - `consultation.requireYouth: false`: lag (2009:724) §5 a asks for
 *   influence adapted to children and young people, which described methods
 *   can show; a profile can require youth participants.
 * - `consultation.minYouthParticipants: 1`: youth taking part means at
 *   least one young participant.
 * - `network.meetingsShortfallTolerance: 1`: "ca fyra gånger per år"
 *   (seed 004): one meeting fewer is a warning, not a fail.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { DEFAULT_SETTINGS } from "@romsk-inkludering/rules";
 * DEFAULT_SETTINGS.deadlines;
 * // => {"applyStatutoryShift":false,"dueSoonDays":30,"earliestDue":false}
 * DEFAULT_SETTINGS.network.meetingsShortfallTolerance;
 * // => 1
 * ```
 */
export const DEFAULT_SETTINGS: RuleSettings = Object.freeze({
  deadlines: Object.freeze({ applyStatutoryShift: DEFAULT_APPLY_STATUTORY_SHIFT, dueSoonDays: DEFAULT_DUE_SOON_DAYS, earliestDue: false }),
  consultation: Object.freeze({
    minRomaRepresentatives: numberDefault("consultation.minRomaRepresentatives"),
    representativesPerRomaGroup: undefined,
    romaGroups: ALL_ROMA_GROUPS,
    requireYouth: false,
    minYouthParticipants: numberDefault("consultation.minYouthParticipants"),
  }),
  forum: Object.freeze({ minMeetings: undefined }),
  network: Object.freeze({
    minMeetingsPerYear: undefined,
    minMeetingsWithElectedPerYear: undefined,
    meetingsShortfallTolerance: numberDefault("network.meetingsShortfallTolerance"),
    maxPeerReviewEveryYears: undefined,
    minParticipationYears: undefined,
  }),
  yearlyReports: Object.freeze({ due: undefined }),
});

/**
 * The value of a setting as plain JSON (`null` for none).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { DEFAULT_SETTINGS, settingValue } from "@romsk-inkludering/rules";
 * settingValue(DEFAULT_SETTINGS, "deadlines.dueSoonDays");
 * // => 30
 * settingValue(DEFAULT_SETTINGS, "forum.minMeetings");
 * // => null
 * ```
 */
export function settingValue(settings: RuleSettings, key: SettingKey): JsonValue {
  const [group, name] = key.split(".") as [keyof RuleSettings, string];
  const value = (settings[group] as Record<string, unknown>)[name];
  if (value === undefined) return null;
  if (Array.isArray(value)) return [...(value as string[])];
  return value as JsonValue;
}

/**
 * The stricter of the number a catalog entry states and the setting's
 * number, as the setting's tightening says: `raise` takes the larger,
 * `lower` the smaller; either may be missing (`undefined` when both are).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { stricter } from "@romsk-inkludering/rules";
 * [stricter(2, 3, "raise"), stricter(3, 2, "lower"), stricter(undefined, 4, "raise"), stricter(4, undefined, "raise")];
 * // => [3,2,4,4]
 * ```
 */
export function stricter(stated: number | undefined, setting: number | undefined, way: "raise" | "lower"): number | undefined {
  if (stated === undefined) return setting;
  if (setting === undefined) return stated;
  return way === "raise" ? Math.max(stated, setting) : Math.min(stated, setting);
}

/**
 * The result of {@link overrideSettings}: the settings with the overrides
 * applied, the keys applied, and the overrides refused (an unknown key, or a
 * value of the wrong type), each with a message in Swedish and English.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { DEFAULT_SETTINGS, overrideSettings, type SettingsOverride } from "@romsk-inkludering/rules";
 * const result: SettingsOverride = overrideSettings(DEFAULT_SETTINGS, {});
 * result.applied;
 * // => []
 * ```
 */
export interface SettingsOverride {
  /** The settings after the overrides. */
  readonly settings: RuleSettings;
  /** The keys applied. */
  readonly applied: readonly SettingKey[];
  /** The overrides refused, with why. */
  readonly refused: readonly { readonly key: string; readonly value: JsonValue; readonly message: Bilingual }[];
}

/** A day of the year `MM-DD` that exists in every year (the month-day of a yearly due date). */
function isMonthDay(value: JsonValue): boolean {
  return typeof value === "string" && /^[01][0-9]-[0-3][0-9]$/.test(value) && isIsoDate(`2001-${value}`);
}

function expected(definition: SettingDefinition): Bilingual {
  if (definition.key === "yearlyReports.due") return { sv: "en dag MM-DD (t.ex. \"03-01\") eller null", en: "a day MM-DD (e.g. \"03-01\") or null" };
  if (typeof definition.default === "boolean") return { sv: "true eller false", en: "true or false" };
  if (definition.tighten === "narrow") return { sv: `en lista av ${ALL_ROMA_GROUPS.join(", ")}`, en: `a list of ${ALL_ROMA_GROUPS.join(", ")}` };
  return definition.default === null
    ? { sv: "ett heltal från 0 eller null", en: "a whole number from 0, or null" }
    : { sv: "ett heltal från 0", en: "a whole number from 0" };
}

function accepts(definition: SettingDefinition, value: JsonValue): boolean {
  if (definition.key === "yearlyReports.due") return value === null || isMonthDay(value);
  if (typeof definition.default === "boolean") return typeof value === "boolean";
  if (definition.tighten === "narrow") {
    return Array.isArray(value) && value.every((v) => typeof v === "string" && (ALL_ROMA_GROUPS as readonly string[]).includes(v));
  }
  if (value === null) return definition.default === null;
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/**
 * Applies what-if settings by key to settings (e.g. those a profile gave),
 * in either direction: for comparing, not for a municipality's profile
 * (which only tightens). `null` clears a setting that may be unset (then the
 * catalog entry's own number, or no per-group requirement, applies). An
 * unknown key or a value of the wrong type is refused and reported.
 *
 * @category Compliance
 * @param settings - The settings to start from.
 * @param overrides - Values by setting key, e.g. `{ "deadlines.applyStatutoryShift": true }`.
 * @returns The settings, the keys applied and the overrides refused.
 * @example
 * ```ts
 * import { DEFAULT_SETTINGS, overrideSettings } from "@romsk-inkludering/rules";
 * const result = overrideSettings(DEFAULT_SETTINGS, { "forum.minMeetings": 3, "deadlines.dueSoonDays": "soon", "no.such": 1 });
 * [result.settings.forum.minMeetings, result.applied, result.refused.map((r) => r.key)];
 * // => [3,["forum.minMeetings"],["deadlines.dueSoonDays","no.such"]]
 * ```
 */
export function overrideSettings(settings: RuleSettings, overrides: Readonly<Record<string, JsonValue>>): SettingsOverride {
  const groups: Record<string, Record<string, unknown>> = {};
  for (const [group, values] of Object.entries(settings)) groups[group] = { ...(values as Record<string, unknown>) };
  const applied: SettingKey[] = [];
  const refused: { key: string; value: JsonValue; message: Bilingual }[] = [];
  for (const key of Object.keys(overrides).sort()) {
    const value = overrides[key] ?? null;
    const definition = DEFINITIONS.get(key);
    if (definition === undefined) {
      refused.push({
        key,
        value,
        message: { sv: `${key} är ingen inställning (${SETTING_KEYS.join(", ")}).`, en: `${key} is not a setting (${SETTING_KEYS.join(", ")}).` },
      });
      continue;
    }
    if (!accepts(definition, value)) {
      const want = expected(definition);
      refused.push({
        key,
        value,
        message: { sv: `${key} ska vara ${want.sv}, fick ${JSON.stringify(value)}.`, en: `${key} must be ${want.en}, got ${JSON.stringify(value)}.` },
      });
      continue;
    }
    const [group, name] = key.split(".") as [string, string];
    const target = groups[group];
    if (target !== undefined) target[name] = value === null ? undefined : Array.isArray(value) ? [...(value as string[])].sort() : value;
    applied.push(definition.key);
  }
  return { settings: groups as unknown as RuleSettings, applied, refused };
}
