/**
 * How a check grows with its input: one check() over 10 000 generated
 * records against one over 1 000 (the same generator, test/large-input.ts:
 * reports, meetings, submissions, network participation, plans, funding
 * applications and forum records over a number of actors that grows with
 * the input). Linear growth gives 10×; the target is at most 12×. CPU time
 * in interleaved rounds (scripts/bench/kit.ts).
 */
import { compare } from "../../../scripts/bench/kit.js";
import { check } from "@romsk-inkludering/rules";
import { largeInput } from "../test/large-input.js";

const ASOF = "2021-06-30";
const small = largeInput(1_000);
const large = largeInput(10_000);
const findings = [check(small, { asOf: ASOF }).length, check(large, { asOf: ASOF }).length];

compare({
  group: "rules",
  row: "check() over 10 000 records ÷ over 1 000",
  subject: () => check(large, { asOf: ASOF }),
  baseline: () => check(small, { asOf: ASOF }),
  target: 12,
  rounds: 9,
  roundMs: 800,
  slices: 1,
  note: `${findings[1]} and ${findings[0]} findings`,
});
