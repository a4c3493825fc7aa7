#!/usr/bin/env node
// Runs the time-zone-sensitive test files under several process time zones.
// Results must not depend on the zone: each run executes the same assertions
// on the same exact values, so any zone-dependent behaviour fails here.
//
//   node scripts/test-timezones.mjs                 every zone below
//   node scripts/test-timezones.mjs --skip-current  not the zone this process runs in: `pnpm test`
//                                                   runs the unit tests (these files among them) in
//                                                   that zone just before, with the same environment
import { spawnSync } from "node:child_process";

const zones = ["UTC", "Europe/Stockholm", "America/Los_Angeles", "Pacific/Kiritimati"];
/** Test paths whose results must be identical in every zone. */
const paths = ["packages/calendar/test", "packages/rules/test", "packages/reports/test"];

/** The IANA name a zone resolves to (`Etc/UTC` and `UTC` are one zone). */
const resolved = (zone) => new Intl.DateTimeFormat("en", zone === undefined ? {} : { timeZone: zone }).resolvedOptions().timeZone;
const current = resolved(undefined);
const skipCurrent = process.argv.includes("--skip-current");

let failed = 0;
let ran = 0;
for (const zone of zones) {
  if (skipCurrent && resolved(zone) === current) {
    console.log(`\n== TZ=${zone}: the unit tests just ran in this zone (${current}), not run again`);
    continue;
  }
  console.log(`\n== TZ=${zone}`);
  ran++;
  const run = spawnSync("pnpm", ["exec", "vitest", "run", "--reporter=default", "--passWithNoTests", ...paths], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`\n${failed} of ${ran} time zones failed`);
  process.exit(1);
}
console.log(`\nall ${ran} time zones passed${ran < zones.length ? ` (and ${current} in the unit run)` : ""}`);
