/**
 * validate() against a raw zod `safeParse` of the same schema, for every
 * kind: on its valid fixtures, and on the same fixtures with two mistakes
 * each (an unknown key and a value of the wrong type), plus payload sizes
 * from one observation to an annual report with 10 000 observations. CPU
 * time in 11 interleaved rounds (scripts/bench/kit.ts); each row prints the
 * median ratio, its spread and the target (≤ 1.10× valid, ≤ 1.25× invalid).
 *
 * The raw side of an invalid row reads `error.issues` (zod builds its error
 * only when asked): what a caller of zod needs to say what is wrong, as
 * validate() does in two languages.
 */
import type * as z from "zod";
import { compare } from "../../../scripts/bench/kit.js";
import { kinds, schemas, validate, type Kind } from "@romsk-inkludering/model";
import { validFixtures } from "../test/fixtures/index.js";

const VALID = 1.1;
const INVALID = 1.25;

/** Two mistakes: an unknown key, and the first text field given a number (the root replaced when it is not an object). */
function broken(data: unknown): unknown {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { unexpected: data };
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>), unexpectedKey: 1 };
  const text = Object.keys(copy).find((k) => typeof copy[k] === "string");
  if (text !== undefined) copy[text] = 12;
  return copy;
}

function rows(kind: Kind, label: string, payloads: readonly unknown[]): void {
  const schema = schemas[kind] as z.ZodType;
  const invalid = payloads.map(broken);
  for (const p of payloads) if (!validate(kind, p).success) throw new Error(`${label}: a valid payload is rejected`);
  for (const p of invalid) if (validate(kind, p).success) throw new Error(`${label}: a broken payload is accepted`);
  let sink = 0;
  compare({
    group: "model",
    row: `validate ÷ zod safeParse, valid ${label}`,
    subject: () => {
      for (const p of payloads) sink += validate(kind, p).success ? 1 : 0;
    },
    baseline: () => {
      for (const p of payloads) sink += schema.safeParse(p).success ? 1 : 0;
    },
    target: VALID,
    roundMs: 80,
    rounds: 11,
  });
  compare({
    group: "model",
    row: `validate ÷ zod safeParse, invalid ${label}`,
    subject: () => {
      for (const p of invalid) {
        const r = validate(kind, p);
        sink += r.success ? 0 : r.issues.length;
      }
    },
    baseline: () => {
      for (const p of invalid) {
        const r = schema.safeParse(p);
        sink += r.success ? 0 : r.error.issues.length;
      }
    },
    target: INVALID,
    roundMs: 80,
    rounds: 11,
  });
  if (sink === -1) console.log(sink);
}

const only = process.argv.slice(2);
for (const kind of kinds) {
  if (only.length > 0 && !only.includes(kind)) continue;
  const payloads = validFixtures.filter((f) => f.kind === kind).map((f) => f.data);
  if (payloads.length > 0) rows(kind, `${kind} (${payloads.length} fixture${payloads.length === 1 ? "" : "s"})`, payloads);
}

// Payload sizes: one observation, a realistic annual report, one with 10 000 observations.
const report = validFixtures.find((f) => f.kind === "annual-report")?.data as { observations: unknown[] };
const bigReport = {
  ...report,
  observations: Array.from({ length: 10_000 }, (_, i) => ({
    indicatorId: "n03926",
    place: { level: "municipality", code: String(1000 + (i % 290)).padStart(4, "0") },
    year: 2010 + (i % 10),
    gender: (["T", "K", "M"] as const)[i % 3],
    value: i % 7 === 0 ? null : (i % 100) / 10,
  })),
};
if (only.length === 0 || only.includes("sizes")) {
  rows("observation", "one observation", [{ indicatorId: "n03926", place: { level: "municipality", code: "1283" }, year: 2019, gender: "T", value: 1.5 }]);
  rows("annual-report", "annual report, 10 000 observations", [bigReport]);
}
