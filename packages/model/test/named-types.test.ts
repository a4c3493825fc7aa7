/**
 * The domain types of the payload kinds are named interfaces (so editors and
 * the reference show `AnnualReport`, not its structure) that extend the
 * output type of their zod schema: the schema stays the one source of truth.
 * The type-level checks below run in `pnpm typecheck` (tsc reads the tests).
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  kinds,
  schemas,
  validate,
  type Activity,
  type AnnualReport,
  type Commission,
  type KindType,
  type KindTypes,
  type Observation,
} from "@romsk-inkludering/model";

describe("named types of the payload kinds", () => {
  it("equal the output types of their schemas, for every kind", () => {
    expectTypeOf<AnnualReport>().toEqualTypeOf<z.output<typeof schemas["annual-report"]>>();
    expectTypeOf<Activity>().toEqualTypeOf<z.output<typeof schemas.activity>>();
    expectTypeOf<Commission>().toEqualTypeOf<z.output<typeof schemas.commission>>();
    expectTypeOf<Observation>().toEqualTypeOf<z.output<typeof schemas.observation>>();
    // Every kind: the named type and the schema's output are assignable both ways.
    type Both<K extends keyof KindTypes> = [KindTypes[K]] extends [z.output<(typeof schemas)[K]>]
      ? [z.output<(typeof schemas)[K]>] extends [KindTypes[K]]
        ? true
        : false
      : false;
    type All = { [K in keyof KindTypes]: Both<K> }[keyof KindTypes];
    expectTypeOf<All>().toEqualTypeOf<true>();
    // KindTypes has exactly the kinds of the registry.
    expectTypeOf<keyof KindTypes>().toEqualTypeOf<keyof typeof schemas>();
    expect(Object.keys(schemas).sort()).toEqual([...kinds]);
  });

  it("are what validate returns, by name", () => {
    const result = validate("observation", { indicatorId: "n03926", place: { level: "country" }, year: 2019, gender: "T", value: 1.5 });
    if (!result.success) throw new Error("must validate");
    expectTypeOf(result.data).toEqualTypeOf<Observation>();
    expectTypeOf<KindType<"annual-report">>().toEqualTypeOf<AnnualReport>();
    expect(result.data.year).toBe(2019);
  });
});
