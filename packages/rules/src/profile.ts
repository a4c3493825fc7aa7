import { isInForce, validate, type Finding, type JsonValue, type LocalProfile, type Source } from "@romsk-inkludering/model";
import { DEFAULT_SETTINGS, SETTING_KEYS, settingValue, type SettingKey } from "./settings.js";
import type { RuleSettings } from "./types.js";

/** Rule id of the profile's validation findings. */
const PROFILE_VALID = "profile.valid";
/** Rule id of the findings about settings that would loosen a rule. */
const PROFILE_TIGHTENS_ONLY = "profile.tightens-only";
/** Rule id of the findings about a profile that does not apply to this check. */
const PROFILE_APPLIES = "profile.applies";

/**
 * The result of {@link resolveProfile}: the merged settings, the profile
 * that was applied (if any), findings that explain what happened to the
 * profile, and whether the rules may run (`false` when the profile is
 * invalid: an invalid profile is reported, never silently replaced).
 *
 * @category Compliance
 * @example
 * ```ts
 * import { resolveProfile, type ResolvedProfile } from "@romsk-inkludering/rules";
 * const resolved: ResolvedProfile = resolveProfile(undefined, { asOf: "2020-01-01" });
 * resolved.runRules;
 * // => true
 * ```
 */
export interface ResolvedProfile {
  /** The settings the rules use. */
  readonly settings: RuleSettings;
  /** The profile that was applied, or `undefined` (none given, invalid, not in force, or for another actor). */
  readonly applied: LocalProfile | undefined;
  /** Findings about the profile (rule ids `profile.valid`, `profile.applies`, `profile.tightens-only`). */
  readonly findings: readonly Finding[];
  /** Whether the rules may run (`false` only for an invalid profile). */
  readonly runRules: boolean;
}

function profileFinding(
  ruleId: string,
  profileId: string,
  verdict: Finding["verdict"],
  message: Finding["message"],
  basis: readonly Source[],
  evidence: Record<string, JsonValue>,
): Finding {
  return { ruleId, verdict, subject: { kind: "profile", id: profileId }, message, basis: [...basis], evidence };
}

function profileIdOf(profile: unknown): string {
  if (typeof profile === "object" && profile !== null && "id" in profile) {
    const id = (profile as { id: unknown }).id;
    if (typeof id === "string" && id.length > 0 && id.length <= 500) return id;
  }
  return "profile";
}

/** The settings a profile asks for, with any loosening request dropped and reported. */
function mergeSettings(
  profile: LocalProfile,
  basis: readonly Source[],
): { settings: RuleSettings; findings: Finding[] } {
  const findings: Finding[] = [];
  const defaults = DEFAULT_SETTINGS;
  const loosening = (setting: string, requested: number, defaultValue: number, what: Finding["message"]) => {
    findings.push(
      profileFinding(
        PROFILE_TIGHTENS_ONLY,
        profile.id,
        "warning",
        {
          sv: `Profilen ${profile.id} begär ${setting} = ${requested}, vilket skulle lätta på regeln (standard ${defaultValue}). En profil kan bara skärpa reglerna: inställningen ignoreras och standardvärdet gäller. ${what.sv}`,
          en: `Profile ${profile.id} asks for ${setting} = ${requested}, which would loosen the rule (default ${defaultValue}). A profile can only tighten the rules: the setting is ignored and the default applies. ${what.en}`,
        },
        basis,
        { setting, requested, default: defaultValue, applied: defaultValue },
      ),
    );
  };

  let dueSoonDays = defaults.deadlines.dueSoonDays;
  const requestedDueSoon = profile.deadlines?.dueSoonDays;
  if (requestedDueSoon !== undefined) {
    if (requestedDueSoon < defaults.deadlines.dueSoonDays) {
      loosening("deadlines.dueSoonDays", requestedDueSoon, defaults.deadlines.dueSoonDays, {
        sv: "Ett kortare varningsfönster ger färre varningar.",
        en: "A shorter window gives fewer warnings.",
      });
    } else {
      dueSoonDays = requestedDueSoon;
    }
  }

  const consultation = profile.consultation;
  let representativesPerRomaGroup = defaults.consultation.representativesPerRomaGroup;
  const requestedPerGroup = consultation?.representativesPerRomaGroup;
  if (requestedPerGroup !== undefined) {
    if (requestedPerGroup < defaults.consultation.minRomaRepresentatives) {
      loosening(
        "consultation.representativesPerRomaGroup",
        requestedPerGroup,
        defaults.consultation.minRomaRepresentatives,
        {
          sv: "Samråd ska alltid ha minst en romsk företrädare.",
          en: "A consultation always needs at least one Roma representative.",
        },
      );
    } else {
      representativesPerRomaGroup = requestedPerGroup;
    }
  } else if (consultation?.romaGroups !== undefined) {
    // Naming the groups without a count means each named group is represented.
    representativesPerRomaGroup = defaults.consultation.minRomaRepresentatives;
  }
  const romaGroups =
    consultation?.romaGroups === undefined ? defaults.consultation.romaGroups : [...new Set(consultation.romaGroups)].sort();
  const atLeast = (setting: string, requested: number | undefined, defaultValue: number, what: Finding["message"]): number => {
    if (requested === undefined) return defaultValue;
    if (requested < defaultValue) {
      loosening(setting, requested, defaultValue, what);
      return defaultValue;
    }
    return requested;
  };
  const minRomaRepresentatives = atLeast(
    "consultation.minRomaRepresentatives",
    consultation?.minRomaRepresentatives,
    defaults.consultation.minRomaRepresentatives,
    { sv: "Samråd ska alltid ha minst en romsk företrädare.", en: "A consultation always needs at least one Roma representative." },
  );
  const minYouthParticipants = atLeast(
    "consultation.minYouthParticipants",
    consultation?.minYouthParticipants,
    defaults.consultation.minYouthParticipants,
    { sv: "Att unga deltog betyder minst en ung deltagare.", en: "Young people taking part means at least one young participant." },
  );
  const network = profile.network;
  let meetingsShortfallTolerance = defaults.network.meetingsShortfallTolerance;
  const requestedTolerance = network?.meetingsShortfallTolerance;
  if (requestedTolerance !== undefined) {
    if (requestedTolerance > meetingsShortfallTolerance) {
      loosening("network.meetingsShortfallTolerance", requestedTolerance, meetingsShortfallTolerance, {
        sv: "En större tolerans ger färre underkända år.",
        en: "A larger tolerance gives fewer failed years.",
      });
    } else {
      meetingsShortfallTolerance = requestedTolerance;
    }
  }

  const settings: RuleSettings = {
    deadlines: {
      applyStatutoryShift: profile.deadlines?.applyStatutoryShift ?? defaults.deadlines.applyStatutoryShift,
      dueSoonDays,
      earliestDue: (profile.deadlines?.earliestDue ?? false) || defaults.deadlines.earliestDue,
    },
    consultation: {
      minRomaRepresentatives,
      representativesPerRomaGroup,
      romaGroups,
      requireYouth: (consultation?.requireYouth ?? false) || defaults.consultation.requireYouth,
      minYouthParticipants,
    },
    // The catalog entry's own number applies where it is stricter (the rules take the stricter of the two).
    forum: { minMeetings: profile.forum?.minMeetings },
    network: {
      minMeetingsPerYear: network?.minMeetingsPerYear,
      minMeetingsWithElectedPerYear: network?.minMeetingsWithElectedPerYear,
      meetingsShortfallTolerance,
      maxPeerReviewEveryYears: network?.maxPeerReviewEveryYears,
      minParticipationYears: network?.minParticipationYears,
    },
    yearlyReports: { due: profile.yearlyReports?.due },
  };
  return { settings, findings };
}

/** The settings added since the evidence's first six keys, where they differ from the defaults (so a default check's evidence stays as it was). */
function changedFromDefault(settings: RuleSettings): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const key of LATER_KEYS) {
    const value = settingValue(settings, key);
    if (JSON.stringify(value) !== JSON.stringify(settingValue(DEFAULT_SETTINGS, key))) out[key] = value;
  }
  return out;
}

const LATER_KEYS: readonly SettingKey[] = SETTING_KEYS.filter(
  (key) => !["deadlines.applyStatutoryShift", "deadlines.dueSoonDays", "consultation.minRomaRepresentatives", "consultation.representativesPerRomaGroup", "consultation.romaGroups", "consultation.requireYouth"].includes(key),
);

/** The settings as plain JSON for evidence. */
export function settingsEvidence(settings: RuleSettings): Record<string, JsonValue> {
  const perGroup = settings.consultation.representativesPerRomaGroup;
  return {
    applyStatutoryShift: settings.deadlines.applyStatutoryShift,
    dueSoonDays: settings.deadlines.dueSoonDays,
    minRomaRepresentatives: settings.consultation.minRomaRepresentatives,
    representativesPerRomaGroup: perGroup === undefined ? null : perGroup,
    romaGroups: [...settings.consultation.romaGroups],
    requireYouth: settings.consultation.requireYouth,
    ...changedFromDefault(settings),
  };
}

/**
 * Validates a local profile and merges it into {@link DEFAULT_SETTINGS}.
 * A profile only tightens: a setting that would loosen a rule (a
 * representative count below one, a due-soon window shorter than the
 * default) is ignored and reported as a `warning` finding
 * (`profile.tightens-only`). An invalid profile gives an `error` finding
 * (`profile.valid`) with the issues, and `runRules: false`. A profile that
 * is not yet in force at `asOf`, or names another actor than the checked
 * subject, is not applied and gives a `warning` (`profile.applies`).
 * `deadlines.applyStatutoryShift` is an interpretation of the law (whether
 * lag 1930:173 applies to a commission's dates), not a tightening, so both
 * values are accepted; the evidence of each deadline always shows both dates.
 *
 * @category Compliance
 * @param profile - The profile, or `undefined` for the defaults.
 * @param options - `asOf`, and the checked `subject` (an actor id) if any.
 * @returns The merged settings and findings about the profile.
 * @example
 * ```ts
 * import { resolveProfile } from "@romsk-inkludering/rules";
 * const linkoping = {
 *   id: "linkoping-consultation",
 *   actorId: "municipality-0580",
 *   name: "Linköpings samråd: två deltagare per romsk grupp",
 *   consultation: { representativesPerRomaGroup: 2 },
 * };
 * resolveProfile(linkoping, { asOf: "2018-05-16", subject: "municipality-0580" }).settings.consultation.representativesPerRomaGroup;
 * // => 2
 * resolveProfile({ ...linkoping, consultation: { representativesPerRomaGroup: 0 } }, { asOf: "2018-05-16" }).findings.map((f) => [f.ruleId, f.verdict]);
 * // => [["profile.valid","pass"],["profile.tightens-only","warning"]]
 * resolveProfile({ id: "x", name: "X", deadlines: { dueSoonDays: -1 } }, { asOf: "2018-05-16" }).runRules;
 * // => false
 * ```
 */
export function resolveProfile(
  profile: LocalProfile | undefined,
  options: { asOf: string; subject?: string | undefined },
): ResolvedProfile {
  if (profile === undefined) {
    return { settings: DEFAULT_SETTINGS, applied: undefined, findings: [], runRules: true };
  }
  const result = validate("local-profile", profile);
  if (!result.success) {
    const id = profileIdOf(profile);
    const issues = result.issues.map((issue) => ({
      path: issue.path.join("."),
      code: issue.code,
      message: { sv: issue.message.sv, en: issue.message.en },
    }));
    const first = issues[0];
    const finding = profileFinding(
      PROFILE_VALID,
      id,
      "error",
      {
        sv: `Profilen ${id} är ogiltig (${issues.length} fel${first === undefined ? "" : `, först ${first.path || "(roten)"}: ${first.message.sv}`}). Inga regler kördes: rätta profilen eller kör utan profil.`,
        en: `Profile ${id} is invalid (${issues.length} issue${issues.length === 1 ? "" : "s"}${first === undefined ? "" : `, first ${first.path || "(root)"}: ${first.message.en}`}). No rules were run: fix the profile or check without one.`,
      },
      [],
      { issues },
    );
    return { settings: DEFAULT_SETTINGS, applied: undefined, findings: [finding], runRules: false };
  }
  const valid = result.data;
  const basis = valid.sources ?? [];
  if (valid.validFrom !== undefined && !isInForce(valid, options.asOf)) {
    const finding = profileFinding(
      PROFILE_APPLIES,
      valid.id,
      "warning",
      {
        sv: `Profilen ${valid.id} gäller från ${valid.validFrom}, efter ${options.asOf}: standardinställningarna används.`,
        en: `Profile ${valid.id} applies from ${valid.validFrom}, after ${options.asOf}: the default settings are used.`,
      },
      basis,
      { validFrom: valid.validFrom, asOf: options.asOf },
    );
    return { settings: DEFAULT_SETTINGS, applied: undefined, findings: [finding], runRules: true };
  }
  if (valid.actorId !== undefined && options.subject !== undefined && valid.actorId !== options.subject) {
    const finding = profileFinding(
      PROFILE_APPLIES,
      valid.id,
      "warning",
      {
        sv: `Profilen ${valid.id} gäller ${valid.actorId}, inte ${options.subject}: standardinställningarna används.`,
        en: `Profile ${valid.id} is for ${valid.actorId}, not ${options.subject}: the default settings are used.`,
      },
      basis,
      { profileActorId: valid.actorId, subject: options.subject },
    );
    return { settings: DEFAULT_SETTINGS, applied: undefined, findings: [finding], runRules: true };
  }
  const merged = mergeSettings(valid, basis);
  const applied = profileFinding(
    PROFILE_VALID,
    valid.id,
    "pass",
    { sv: `Profilen ${valid.id} är giltig och tillämpas.`, en: `Profile ${valid.id} is valid and applied.` },
    basis,
    { settings: settingsEvidence(merged.settings) },
  );
  return { settings: merged.settings, applied: valid, findings: [applied, ...merged.findings], runRules: true };
}
