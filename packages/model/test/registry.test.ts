import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import {
  type Commission,
  formatIssues,
  isKind,
  kinds,
  type Result,
  schemas,
  translateIssue,
  validate,
  validateWith,
} from "@romsk-inkludering/model";
import { fixture } from "./fixtures/index.js";

describe("schemas registry", () => {
  it("holds the 25 top-level kinds, sorted and frozen", () => {
    expect(kinds).toEqual([
      "activity",
      "actor",
      "annual-report",
      "area",
      "commission",
      "compliance-input",
      "evaluation",
      "finding",
      "forum",
      "forum-record",
      "funding-application",
      "grant-application",
      "indicator",
      "local-profile",
      "meeting",
      "municipal-plan",
      "network",
      "network-participation",
      "observation",
      "principle",
      "programme",
      "roma-group",
      "scenario",
      "scenario-file",
      "target-group",
    ]);
    expect(Object.isFrozen(schemas)).toBe(true);
    expect(Object.isFrozen(kinds)).toBe(true);
  });

  it("isKind accepts only own keys", () => {
    expect(isKind("commission")).toBe(true);
    expect(isKind("toString")).toBe(false);
    expect(isKind("__proto__")).toBe(false);
    expect(isKind(undefined)).toBe(false);
  });

  it("types validate by kind", () => {
    const result = validate("commission", fixture("commission/lst-stockholm-2012"));
    expectTypeOf(result).toEqualTypeOf<Result<Commission>>();
    if (!result.success) throw new Error("fixture must be valid");
    expect(result.data.parts.map((part) => part.id)).toEqual(["follow-up-groundwork", "pilot-programme", "municipal-network"]);
  });

  it("returns an unknown-kind issue instead of throwing", () => {
    const result = validate("commision", {});
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe("unknown-kind");
    expect(result.issues[0]?.message.en).toContain('Unknown kind "commision"');
    expect(result.issues[0]?.message.sv).toContain("commission");
    expect(validate(42 as unknown as string, {}).success).toBe(false);
  });
});

describe("issues", () => {
  it("are sorted by path, indices numerically", () => {
    const commission = fixture("commission/lst-stockholm-2012");
    commission.parts[2].deliverables[0].due.date = "2012-10-32";
    commission.parts[0].deliverables[0].due.date = "2012-09-31";
    commission.parts[10 - 9].title.zz = "x";
    commission.decisions[1].number = "A2010-2210";
    commission.title.sv = "";
    const result = validate("commission", commission);
    expect(result.success ? [] : result.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["decisions.1.number", "invalid-decision-number"],
      ["parts.0.deliverables.0.due.date", "invalid-date"],
      ["parts.1.title.zz", "unknown-key"],
      ["parts.2.deliverables.0.due.date", "invalid-date"],
      ["title.sv", "too-small"],
    ]);
  });

  it("name the bad value in both languages", () => {
    const result = validate("commission", { ...fixture("commission/lst-stockholm-2012"), period: { from: "2012-01-01", to: "2023-02-29" } });
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: ["period", "to"],
        code: "invalid-date",
        message: {
          sv: 'Väntade ett verkligt datum ÅÅÅÅ-MM-DD under åren 1900–2200 (fick "2023-02-29").',
          en: 'Expected a real calendar date YYYY-MM-DD in the years 1900–2200 (got "2023-02-29").',
        },
      },
    ]);
  });

  it("format as one line per issue in either language", () => {
    const result = validate("roma-group", { id: "travellers", name: { sv: "Resande romer" }, sources: [{ kind: "facts", section: "The strategy" }], colour: 1 });
    if (result.success) throw new Error("must fail");
    expect(formatIssues(result.issues, "en")).toBe(
      ['colour: Unknown field "colour": not in the schema (a typo?). [unknown-key]', "name.en: Missing value: expected a string. [missing]"].join("\n"),
    );
    expect(formatIssues(result.issues, "sv")).toBe(
      ['colour: Okänt fält "colour": finns inte i schemat (stavfel?). [unknown-key]', "name.en: Värde saknas: väntade text. [missing]"].join("\n"),
    );
    expect(formatIssues([{ path: [], code: "x", message: { sv: "Fel", en: "Wrong" } }], "sv")).toBe("(roten): Fel [x]");
    expect(formatIssues([{ path: ["evidence", "a b", 0], code: "x", message: { sv: "Fel", en: "Wrong" } }], "en")).toBe('evidence["a b"][0]: Wrong [x]');
    expect(formatIssues([], "en")).toBe("");
  });
});

describe("translateIssue", () => {
  const issuesOf = (schema: z.ZodType, input: unknown) => {
    const parsed = schema.safeParse(input, { reportInput: true });
    return parsed.success ? [] : parsed.error.issues.flatMap(translateIssue);
  };

  it("maps each zod issue code to a stable code and two languages", () => {
    expect(issuesOf(z.int().min(1900), 1899)[0]).toEqual({
      path: [],
      code: "too-small",
      message: { sv: "Värdet är för litet: minst 1900 (fick 1899).", en: "The value is too small: at least 1900 (got 1899)." },
    });
    expect(issuesOf(z.int().max(12), 13)[0]?.message.en).toBe("The value is too big: at most 12 (got 13).");
    expect(issuesOf(z.string().max(3), "abcd")[0]).toMatchObject({ code: "too-big", message: { en: "Too long: at most 3 characters." } });
    expect(issuesOf(z.array(z.string()).min(2), ["a"])[0]?.message.sv).toBe("För kort: minst 2 element.");
    expect(issuesOf(z.number().multipleOf(5), 7)[0]?.code).toBe("not-multiple-of");
    expect(issuesOf(z.int(), 1.5)[0]?.message.en).toBe("Wrong type: expected an integer, got 1.5.");
    expect(issuesOf(z.string(), [1])[0]?.message).toEqual({ sv: "Fel typ: väntade text, fick en lista.", en: "Wrong type: expected a string, got an array." });
    expect(issuesOf(z.number(), Number.NaN)[0]?.message.en).toBe("Wrong type: expected a number, got NaN.");
    expect(issuesOf(z.union([z.string(), z.number()]), true)[0]?.code).toBe("invalid-union");
    expect(issuesOf(z.record(z.string().max(1), z.number()), { ab: 1 })[0]?.code).toBe("invalid-key");
    expect(issuesOf(z.string().refine(() => false), "x")[0]).toMatchObject({ code: "custom", message: { en: "The value does not meet a condition." } });
    expect(issuesOf(z.strictObject({}), { a: 1, b: 2 }).map((i) => i.path)).toEqual([["a"], ["b"]]);
  });

  it("is pure: translating twice gives equal results and leaves the issue untouched", () => {
    const parsed = z.strictObject({ a: z.string() }).safeParse({ a: 1, b: 2 }, { reportInput: true });
    if (parsed.success) throw new Error("must fail");
    const before = JSON.stringify(parsed.error.issues);
    const once = parsed.error.issues.flatMap(translateIssue);
    expect(parsed.error.issues.flatMap(translateIssue)).toEqual(once);
    expect(JSON.stringify(parsed.error.issues)).toBe(before);
  });
});

describe("validateWith", () => {
  it("works with any zod schema and returns its output type", () => {
    const result = validateWith(z.strictObject({ year: z.int() }), { year: 2032 });
    expectTypeOf(result).toEqualTypeOf<Result<{ year: number }>>();
    expect(result).toEqual({ success: true, data: { year: 2032 } });
  });

  it("does not change zod's global configuration", () => {
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe("Invalid input: expected string, received number");
  });
});
