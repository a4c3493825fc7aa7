/**
 * Type-level tests: types flow by kind, and a client without `asOf` needs a
 * date in every dated call. The `@ts-expect-error` lines fail the type
 * check (`pnpm typecheck`, and typecheck.test.ts, which compiles this file)
 * if the call stops being an error; at run time the same calls show what
 * happens in JavaScript: a RangeError, or the rules' `check.as-of` finding.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  createClient,
  createClientSafe,
  type AnnualReport,
  type Client,
  type ClientOptions,
  type Commission,
  type Deadline,
  type Finding,
  type LocalProfile,
  type NationalReport,
  type Observation,
  type Result,
} from "../src/index.js";

const WINDOW = { from: "2013-01-01", to: "2013-12-31" } as const;

describe("types flow by kind", () => {
  it("validate('commission') yields Result<Commission>, and the data is a Commission", () => {
    const client = createClient();
    const result = client.validate("commission", {});
    expectTypeOf(result).toEqualTypeOf<Result<Commission>>();
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Commission>();
    expectTypeOf(client.validate("annual-report", {})).toEqualTypeOf<Result<AnnualReport>>();
    expectTypeOf(client.validate("observation", {})).toEqualTypeOf<Result<Observation>>();
    // A kind known only at run time gives unknown data.
    const kind: string = "commission";
    expectTypeOf(client.validate(kind, {})).toEqualTypeOf<Result<unknown>>();
    expect(result.success).toBe(false);
  });

  it("the methods return the packages' types", () => {
    const client = createClient({ asOf: "2014-05-01" });
    expectTypeOf(client.check({})).toEqualTypeOf<Finding[]>();
    expectTypeOf(client.deadlines(WINDOW)).toEqualTypeOf<readonly Deadline[]>();
    expectTypeOf(client.aggregate([], { year: 2013 })).toEqualTypeOf<NationalReport>();
    expectTypeOf(client.profile).toEqualTypeOf<LocalProfile | undefined>();
  });
});

describe("asOf at the type level", () => {
  it("the client's date type follows the options", () => {
    expectTypeOf(createClient({ asOf: "2014-05-01" })).toEqualTypeOf<Client<string>>();
    expectTypeOf(createClient()).toEqualTypeOf<Client<undefined>>();
    expectTypeOf(createClient({ profile: "linkoping-consultation" })).toEqualTypeOf<Client<undefined>>();
    expectTypeOf(createClient({ asOf: "2014-05-01" }).asOf).toEqualTypeOf<string>();
    expectTypeOf(createClient().asOf).toEqualTypeOf<undefined>();
    // Options typed only as ClientOptions may or may not have a date: the calls need one.
    const options: ClientOptions = { asOf: "2014-05-01" };
    expectTypeOf(createClient(options)).toEqualTypeOf<Client<string | undefined>>();
    expectTypeOf(createClient({ asOf: undefined })).toEqualTypeOf<Client<undefined>>();
    const safe = createClientSafe({ asOf: "2014-05-01" });
    if (safe.success) expectTypeOf(safe.data).toEqualTypeOf<Client<string>>();
  });

  it("a dated client takes an optional date per call", () => {
    const client = createClient({ asOf: "2014-03-20" });
    expectTypeOf(client.deadlines).parameter(0).toExtend<{ from: string; to: string }>();
    expect(client.deadlines(WINDOW).length).toBeGreaterThan(0);
    // 1 January to 15 April 2013: 104 days, more than the 30 of "due soon".
    expect(client.deadlines({ ...WINDOW, asOf: "2013-01-01" })[0]?.status).toBe("upcoming");
    // An empty input has nothing to check: an input error, never a list of not-applicable findings that reads as all clear.
    expect(client.check({}).map((f) => [f.ruleId, f.verdict, f.evidence.code])).toEqual([["check.input", "error", "empty-input"]]);
    expect(client.check({ subject: "lansstyrelsen-stockholm" }, { rules: ["deliverable.on-time"] }).length).toBeGreaterThan(0);
    expect(client.aggregate([], { year: 2013 }).year).toBe(2013);
  });

  it("a client without a date needs one in deadlines: a type error, and a RangeError in JavaScript", () => {
    const client = createClient();
    // @ts-expect-error: no asOf on the client and none in the call
    expect(() => client.deadlines(WINDOW)).toThrow(RangeError);
    // @ts-expect-error: an explicit undefined is no date either
    expect(() => client.deadlines({ ...WINDOW, asOf: undefined })).toThrow(/no date/);
    // One yearly report of the Board in 2013: the pilot programme's status report (seed 000).
    expect(client.deadlines({ ...WINDOW, asOf: "2013-01-01" }).map((d) => d.due)).toEqual(["2013-04-15"]);
  });

  it("a client without a date needs one in progress", () => {
    const client = createClient();
    const level = { id: "n15428", direction: "higher-is-better", population: "general" } as const;
    // @ts-expect-error: no asOf on the client and no options
    expect(() => client.progress(level, [])).toThrow(/client\.progress: no date/);
    expect(client.progress(level, [], { asOf: "2018-01-01" }).status).toBe("insufficient-data");
    expect(createClient({ asOf: "2018-01-01" }).progress(level, []).status).toBe("insufficient-data");
  });

  it("a client without a date needs one in aggregate", () => {
    const client = createClient();
    // @ts-expect-error: no asOf on the client and none in the call
    expect(() => client.aggregate([], { year: 2013 })).toThrow(/client\.aggregate: no date/);
    expect(client.aggregate([], { year: 2013, asOf: "2014-04-16" }).year).toBe(2013);
  });

  it("a client without a date needs options with one in check; in JavaScript check gives the check.as-of finding", () => {
    const client = createClient();
    const input = { subject: "lansstyrelsen-stockholm" };
    // @ts-expect-error: the options (with asOf) are required
    expect(client.check(input).map((f) => f.ruleId)).toEqual(["check.as-of"]);
    // @ts-expect-error: options without asOf
    expect(client.check(input, { rules: ["deliverable.on-time"] }).map((f) => f.ruleId)).toEqual(["check.as-of"]);
    expect(client.check(input, { asOf: "2014-05-01", rules: ["deliverable.on-time"] }).every((f) => f.ruleId === "deliverable.on-time")).toBe(true);
    // An empty input is an input error, and the missing date is reported with it.
    // @ts-expect-error: the options (with asOf) are required
    expect(client.check({}).map((f) => f.ruleId)).toEqual(["check.input", "check.as-of"]);
  });

  it("code written against any Client must pass a date", () => {
    const upcoming = (client: Client) => client.deadlines({ ...WINDOW, asOf: "2013-01-01" }).length;
    const careless = (client: Client) =>
      // @ts-expect-error: a Client of unknown date may have none
      client.deadlines(WINDOW).length;
    expect(upcoming(createClient())).toBe(1);
    expect(careless(createClient({ asOf: "2013-01-01" }))).toBe(1);
    expect(() => careless(createClient())).toThrow(RangeError);
    expectTypeOf<Client<string>>().toExtend<Client>();
    expectTypeOf<Client<undefined>>().toExtend<Client>();
  });

  it("asOf must be a string", () => {
    // @ts-expect-error: a Date is not an ISO date string
    const result = createClientSafe({ asOf: new Date(2014, 4, 1) });
    expect(result.success ? [] : result.issues.map((i) => [i.option, i.code])).toEqual([["asOf", "not-plain-data"]]);
  });
});
