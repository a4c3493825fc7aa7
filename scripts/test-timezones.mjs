#!/usr/bin/env node
// Runs the time-zone-sensitive test files under several process time zones.
// Results must not depend on the zone: each run executes the same assertions
// on the same exact values, so any zone-dependent behaviour fails here.
import { spawnSync } from "node:child_process";

const zones = ["UTC", "Europe/Stockholm", "America/Los_Angeles", "Pacific/Kiritimati"];
/** Test paths whose results must be identical in every zone. */
const paths = ["packages/calendar/test", "packages/rules/test", "packages/reports/test"];

let failed = 0;
for (const zone of zones) {
  console.log(`\n== TZ=${zone}`);
  const run = spawnSync("pnpm", ["exec", "vitest", "run", "--reporter=default", "--passWithNoTests", ...paths], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`\n${failed} of ${zones.length} time zones failed`);
  process.exit(1);
}
console.log(`\nall ${zones.length} time zones passed`);
