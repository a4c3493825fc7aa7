import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validate, type ComplianceInput, type Finding, type LocalProfile, type NetworkParticipation } from "@romsk-inkludering/model";
import { check, DEFAULT_SETTINGS, defaultCatalog, OBLIGATION_SETTINGS, obligations, registry, SETTING_KEYS, SETTINGS, settingValue } from "@romsk-inkludering/rules";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
/** The rule code: every rule file and the helpers they call. */
// The code that judges: the rules, the lag (2009:724) engine they share and the helpers they call. Not scanned:
// short-lists.ts, whose one number is a cost cutoff (the list length at which a helper changes algorithm, with the same
// result either side), and the runner, trace, profile and obligations modules, which judge nothing.
const RULE_CODE = [
  ...readdirSync(join(SRC, "rules")).map((f) => join("rules", f)),
  "minority-act.ts",
  "util.ts",
  "deliverables.ts",
  "data.ts",
  "check-index.ts",
];

const RELATIONAL = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);
const ARITHMETIC = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken]);

/** Whether a literal sits in a size comparison (`a < b - 1`, `n >= 1`), through arithmetic, parentheses and unary minus. */
function inComparison(node: ts.Node): boolean {
  let current: ts.Node = node;
  for (;;) {
    const parent = current.parent;
    if (parent === undefined) return false;
    if (ts.isParenthesizedExpression(parent) || ts.isPrefixUnaryExpression(parent)) {
      current = parent;
      continue;
    }
    if (ts.isBinaryExpression(parent)) {
      if (RELATIONAL.has(parent.operatorToken.kind)) return true;
      if (ARITHMETIC.has(parent.operatorToken.kind)) {
        current = parent;
        continue;
      }
    }
    return false;
  }
}

/**
 * The numeric literals of a source text that could be thresholds: every
 * number but 0, and 1 where it is not compared by size (an index, a step,
 * `length === 1` for a plural). Strings, comments and regular expressions
 * hold no numeric literal nodes, so citations such as "2009:724" pass.
 */
function thresholds(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node) || ts.isBigIntLiteral(node)) {
      const value = Number(node.text.replace(/n$/, ""));
      if (value !== 0 && !(value === 1 && !inComparison(node))) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${fileName}:${line + 1}: ${node.parent.getText().slice(0, 80)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("every number a rule uses is a setting", () => {
  it("finds no numeric threshold in the rule code", () => {
    const found = RULE_CODE.flatMap((file) => thresholds(file, readFileSync(join(SRC, file), "utf8")));
    expect(found).toEqual([]);
  });

  it("the scan catches a bare threshold, a 'one fewer' and a year length, and lets indexes, steps and citations pass", () => {
    expect(thresholds("a.ts", "const ok = count >= 2;")).toHaveLength(1);
    expect(thresholds("a.ts", "const warn = count < perYear - 1;")).toHaveLength(1);
    expect(thresholds("a.ts", "const year = date.slice(0, 4);")).toHaveLength(1);
    expect(thresholds("a.ts", "const present = youth >= 1;")).toHaveLength(1);
    expect(
      thresholds(
        "a.ts",
        'const first = list[0]; const next = addDays(d, 1); k += 1; const one = n === 1 ? "gång" : "gånger"; const s = { sfs: "2009:724" }; // 4 times\nconst r = /\\d{4}/;',
      ),
    ).toEqual([]);
  });

  it("names every setting a rule reads, and every setting is read by a rule", () => {
    // The rules, and the obligations listing (the due day of the yearly reports it lists).
    const read = new Set([...registry.flatMap((rule) => rule.settings), ...OBLIGATION_SETTINGS]);
    expect([...read].filter((key) => !(SETTING_KEYS as readonly string[]).includes(key))).toEqual([]);
    expect(SETTING_KEYS.filter((key) => !read.has(key))).toEqual([]);
    expect(SETTINGS.map((s) => s.key)).toEqual([...SETTING_KEYS]);
  });

  it("gives each setting a unit, a reason and a default that DEFAULT_SETTINGS holds; a default no source gives says so", () => {
    for (const setting of SETTINGS) {
      expect(setting.unit.sv.length, setting.key).toBeGreaterThan(0);
      expect(setting.reason.sv.length, setting.key).toBeGreaterThan(0);
      expect(settingValue(DEFAULT_SETTINGS, setting.key), setting.key).toEqual(setting.default);
      if (setting.sources.length === 0) expect(setting.reason.en, setting.key).toContain("No source gives");
    }
  });

  it("lets a profile set each setting through its profile field", () => {
    for (const setting of SETTINGS) {
      const [group, name] = setting.profileField.split(".") as [string, string];
      // yearlyReports.due is a day of the year (MM-DD), the others booleans, group lists or numbers.
      const value = setting.key === "yearlyReports.due" ? "03-01" : setting.tighten === "narrow" ? ["swedish-roma"] : typeof setting.default === "boolean" ? true : setting.tighten === "lower" ? 1 : 5;
      const profile = { id: "p", name: "P", [group]: { [name]: value } };
      expect(validate("local-profile", profile).success, setting.key).toBe(true);
    }
  });

  it("states, for the settings read from the catalog, the number the catalog entry gives with the same seed", () => {
    const forum = defaultCatalog.forums().find((f) => f.id === "pilot-forum");
    expect(forum?.cadence).toEqual({ meetings: 2, per: "term" });
    const network = defaultCatalog.networks().find((n) => n.id === "national-network");
    const params = Object.fromEntries((network?.commitments ?? []).map((c) => [c.kind, c.params ?? {}]));
    expect(params["meetings"]).toEqual({ meetingsPerYear: 4, meetingsWithElectedPerYear: 2 });
    expect(params["peer-review"]).toEqual({ everyYears: 3, atLeastOncePerPeriod: true });
    expect(params["participation-period"]).toEqual({ years: 4 });
    for (const setting of SETTINGS.filter((s) => s.defaultFrom === "catalog")) {
      expect(setting.default, setting.key).toBeNull();
      expect([...new Set(setting.sources.map((s) => (s.kind === "seed" ? s.file : s.kind)))], setting.key).toEqual([
        setting.key.startsWith("forum") ? "001_90733e24716ad9fb.txt" : "004_f723fd64a64a7139.txt",
      ]);
    }
  });
});

// --- A profile tightening each setting changes the verdict -------------------------------------------

const LST = "lansstyrelsen-stockholm";
const GROUNDWORK = "groundwork-report";

function verdicts(input: ComplianceInput, asOf: string, rule: string, subject: string, profile?: LocalProfile): string[] {
  return check(input, { asOf, rules: [rule], ...(profile === undefined ? {} : { profile }) })
    .filter((f: Finding) => f.ruleId === rule && f.subject.id === subject)
    .map((f) => f.verdict);
}

const profile = (fields: Partial<LocalProfile>): LocalProfile => ({ id: "stricter", name: "Skärpt profil", ...fields });

/** A samråd held by Linköping (municipality 0580) in 2019 with these participants. */
function consultation(participants: NonNullable<ComplianceInput["meetings"]>[number]["participants"], methods?: string[]): ComplianceInput {
  return {
    subject: "municipality-0580",
    meetings: [
      {
        id: "linkoping-samrad-2019-03",
        kind: "consultation",
        date: "2019-03-12",
        organiserId: "municipality-0580",
        areas: [],
        topics: [],
        parties: [],
        participants,
        ...(methods === undefined ? {} : { youthInfluence: { methods } }),
      },
    ],
  };
}

/** Västerås's participation in seed 004's proposed national network 2013–2016, its commitments adopted. */
function network(overrides: Partial<NetworkParticipation>): ComplianceInput {
  const days = ["02-14", "05-16", "09-12", "11-28"];
  return {
    subject: "municipality-1980",
    networkParticipation: [
      {
        networkId: "national-network",
        memberId: "municipality-1980",
        period: { from: "2013-01-01", to: "2016-12-31" },
        activityPlanAdoptedOn: "2013-06-01",
        hasContactPerson: true,
        hasElectedRepresentative: true,
        meetings: [2013, 2014, 2015, 2016].flatMap((year) => days.map((day, i) => ({ date: `${year}-${day}`, withElectedRepresentatives: i < 2 }))),
        peerReviews: ["2015-10-01"],
        ...overrides,
      },
    ],
  };
}
const ADOPTED = { actorId: "municipality-1980", networkCommitments: [{ networkId: "national-network", adoptedOn: "2012-12-01" }] };

function commitmentVerdict(input: ComplianceInput, kind: string, extra: Partial<LocalProfile> = {}): string | undefined {
  return check(input, { asOf: "2017-01-31", rules: ["network.commitments"], profile: profile({ ...ADOPTED, ...extra }) }).find(
    (f) => f.ruleId === "network.commitments" && f.evidence.commitment === kind,
  )?.verdict;
}

describe("a profile that tightens a setting changes the verdict", () => {
  it("deadlines.dueSoonDays: the 2012 groundwork report 47 days ahead is upcoming, within a 60-day window due soon", () => {
    const input = { subject: LST };
    expect(verdicts(input, "2012-07-16", "deliverable.on-time", GROUNDWORK)).toEqual(["not-applicable"]);
    expect(verdicts(input, "2012-07-16", "deliverable.on-time", GROUNDWORK, profile({ deadlines: { dueSoonDays: 60 } }))).toEqual(["warning"]);
  });

  it("deadlines.applyStatutoryShift: the groundwork report handed in Monday 3 September 2012 is late by the written date, on time with the shift", () => {
    const input = { subject: LST, submissions: [{ deliverableId: GROUNDWORK, submittedOn: "2012-09-03", contents: [] }] };
    expect(verdicts(input, "2012-10-01", "deliverable.on-time", GROUNDWORK)).toEqual(["fail"]);
    expect(verdicts(input, "2012-10-01", "deliverable.on-time", GROUNDWORK, profile({ deadlines: { applyStatutoryShift: true } }))).toEqual(["pass"]);
  });

  it("deadlines.earliestDue: the nulägesbeskrivning handed in on 20 November 2018 is on time by the seeds' 15 December, late by minoritet.se's 15 October", () => {
    const input = { subject: LST, submissions: [{ deliverableId: "nulagesbeskrivning-2018-report", submittedOn: "2018-11-20", contents: [] }] };
    expect(verdicts(input, "2018-12-31", "deliverable.on-time", "nulagesbeskrivning-2018-report")).toEqual(["pass"]);
    expect(verdicts(input, "2018-12-31", "deliverable.on-time", "nulagesbeskrivning-2018-report", profile({ deadlines: { earliestDue: true } }))).toEqual(["fail"]);
  });

  const rule = "consultation.roma-participation";
  const meeting = "linkoping-samrad-2019-03";
  it("consultation.minRomaRepresentatives: one representative passes the default, not a profile asking for two", () => {
    const input = consultation([{ role: "roma-representative", count: 1, romaGroup: "finnish-roma" }]);
    expect(verdicts(input, "2019-06-30", rule, meeting)).toEqual(["pass"]);
    expect(verdicts(input, "2019-06-30", rule, meeting, profile({ consultation: { minRomaRepresentatives: 2 } }))).toEqual(["fail"]);
  });

  it("consultation.representativesPerRomaGroup and romaGroups: Linköping's two per group, and a group named by the profile", () => {
    const input = consultation([
      { role: "roma-representative", count: 1, romaGroup: "finnish-roma" },
      { role: "roma-representative", count: 1, romaGroup: "travellers" },
    ]);
    expect(verdicts(input, "2019-06-30", rule, meeting)).toEqual(["pass"]);
    expect(verdicts(input, "2019-06-30", rule, meeting, profile({ consultation: { representativesPerRomaGroup: 2, romaGroups: ["finnish-roma"] } }))).toEqual(["fail"]);
    expect(verdicts(input, "2019-06-30", rule, meeting, profile({ consultation: { romaGroups: ["swedish-roma"] } }))).toEqual(["fail"]);
    expect(verdicts(input, "2019-06-30", rule, meeting, profile({ consultation: { romaGroups: ["finnish-roma", "travellers"] } }))).toEqual(["pass"]);
  });

  // §5 a is judged per authority and year (2019 has ended on 2020-01-15), no longer per meeting.
  const youthRule = "minority-act.youth-influence";
  const year = "municipality-0580/2019";
  it("consultation.requireYouth: described methods pass the year, unless the profile requires young participants", () => {
    const input = consultation([{ role: "roma-representative", count: 2 }], ["youth-council"]);
    expect(verdicts(input, "2020-01-15", youthRule, year)).toEqual(["pass"]);
    expect(verdicts(input, "2020-01-15", youthRule, year, profile({ consultation: { requireYouth: true } }))).toEqual(["fail"]);
  });

  it("consultation.minYouthParticipants: one young participant passes the year; with a profile asking for three nothing shows it (a warning)", () => {
    const input = consultation([{ role: "roma-representative", count: 2 }, { role: "roma-representative", count: 1, youth: true }]);
    expect(verdicts(input, "2020-01-15", youthRule, year)).toEqual(["pass"]);
    const strict = check(input, { asOf: "2020-01-15", rules: [youthRule], profile: profile({ consultation: { minYouthParticipants: 3 } }) }).find((f) => f.ruleId === youthRule);
    expect([strict?.verdict, strict?.evidence.minYouthParticipants, strict?.message.sv]).toEqual([
      "warning",
      3,
      "Som mest deltog 1 unga i ett samråd 2019 (2019-03-12); minst 3 räknas som att unga deltog, och inget samråd beskriver hur unga fått inflytande.",
    ]);
  });

  it("forum.minMeetings: the pilot forum's two meetings in spring 2013 pass its 'två gånger per termin', not a profile asking for three", () => {
    const input = { forumRecords: [{ forumId: "pilot-forum", period: { from: "2013-01-01", to: "2013-06-30" }, meetingDates: ["2013-02-12", "2013-05-21"] }] };
    expect(verdicts(input, "2013-08-01", "forum.cadence", "pilot-forum")).toEqual(["pass"]);
    const strict = check(input, { asOf: "2013-08-01", rules: ["forum.cadence"], profile: profile({ forum: { minMeetings: 3 } }) }).filter((f) => f.ruleId === "forum.cadence");
    expect(strict.map((f) => [f.verdict, f.evidence.required, f.evidence.statedByForum])).toEqual([["fail", 3, 2]]);
    // Asking for fewer than the forum's own number changes nothing: the stricter number holds.
    expect(verdicts(input, "2013-08-01", "forum.cadence", "pilot-forum", profile({ forum: { minMeetings: 1 } }))).toEqual(["pass"]);
  });

  it("network.minMeetingsPerYear: four meetings a year pass seed 004's 'ca fyra', five asked for give a warning", () => {
    expect(commitmentVerdict(network({}), "meetings")).toBe("pass");
    expect(commitmentVerdict(network({}), "meetings", { network: { minMeetingsPerYear: 5 } })).toBe("warning");
    expect(commitmentVerdict(network({}), "meetings", { network: { minMeetingsPerYear: 6 } })).toBe("fail");
  });

  it("network.minMeetingsWithElectedPerYear: two with elected representatives pass, three asked for fail", () => {
    expect(commitmentVerdict(network({}), "meetings", { network: { minMeetingsWithElectedPerYear: 3 } })).toBe("fail");
  });

  it("network.meetingsShortfallTolerance: three meetings a year are a warning ('ca'), a fail with no tolerance; a larger tolerance is refused", () => {
    const three = network({ meetings: [2013, 2014, 2015, 2016].flatMap((y) => ["02-14", "05-16", "09-12"].map((d, i) => ({ date: `${y}-${d}`, withElectedRepresentatives: i < 2 }))) });
    expect(commitmentVerdict(three, "meetings")).toBe("warning");
    expect(commitmentVerdict(three, "meetings", { network: { meetingsShortfallTolerance: 0 } })).toBe("fail");
    const loose = check(three, { asOf: "2017-01-31", rules: ["network.commitments"], profile: profile({ ...ADOPTED, network: { meetingsShortfallTolerance: 2 } }) });
    expect(loose.find((f) => f.ruleId === "profile.tightens-only")?.evidence).toEqual({
      setting: "network.meetingsShortfallTolerance",
      requested: 2,
      default: 1,
      applied: 1,
    });
    expect(loose.find((f) => f.evidence.commitment === "meetings")?.verdict).toBe("warning");
  });

  it("network.maxPeerReviewEveryYears: a review in October 2015 meets 'vart tredje år', not a profile asking for every second year", () => {
    expect(commitmentVerdict(network({}), "peer-review")).toBe("pass");
    expect(commitmentVerdict(network({}), "peer-review", { network: { maxPeerReviewEveryYears: 2 } })).toBe("fail");
  });

  it("network.minParticipationYears: 2013–2016 covers the 'fyraårsperiod', not five years", () => {
    expect(commitmentVerdict(network({}), "participation-period")).toBe("pass");
    expect(commitmentVerdict(network({}), "participation-period", { network: { minParticipationYears: 5 } })).toBe("fail");
  });

  it("yearlyReports.due: Gävle's yearly report on 2017 has no due date (no source gives one) until the follow-up authority's profile sets 1 March", () => {
    const list = (extra?: Partial<LocalProfile>) =>
      obligations("municipality-2180", { from: "2018-01-01", to: "2018-12-31", asOf: "2018-05-16", reports: [], ...(extra === undefined ? {} : { profile: profile(extra) }) })
        .filter((o) => o.kind === "yearly-report")
        .map((o) => [o.due, o.status]);
    expect(list()).toEqual([[null, "no-deadline"]]);
    expect(list({ actorId: "lansstyrelsen-stockholm", yearlyReports: { due: "03-01" } })).toEqual([["2018-03-01", "overdue"]]);
  });
});
