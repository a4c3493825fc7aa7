#!/usr/bin/env node
// Runs the time-zone-sensitive test files under several process time zones.
// Results must not depend on the zone: each run executes the same assertions
// on the same exact values, so any zone-dependent behaviour fails here.
//
//   node scripts/test-timezones.mjs                 every zone below
//   node scripts/test-timezones.mjs --skip-current  not the zone this process runs in: `pnpm test`
//                                                   runs the unit tests (these files among them) in
//                                                   that zone just before, with the same environment
//
// The zones run side by side, one vitest process each (a process has one
// zone), and each prints its output in one block when it ends, in the order
// below. Like the unit run, the files of a run share the modules a worker
// has imported (vitest.config.ts, `isolate: false`).
import { spawn } from "node:child_process";

const zones = ["UTC", "Europe/Stockholm", "America/Los_Angeles", "Pacific/Kiritimati"];
/** Test paths whose results must be identical in every zone. */
const paths = ["packages/calendar/test", "packages/rules/test", "packages/reports/test"];

/** The IANA name a zone resolves to (`Etc/UTC` and `UTC` are one zone). */
const resolved = (zone) => new Intl.DateTimeFormat("en", zone === undefined ? {} : { timeZone: zone }).resolvedOptions().timeZone;
const current = resolved(undefined);
const skipCurrent = process.argv.includes("--skip-current");

/** Runs the files in `zone`; resolves with the exit status and everything the run printed. */
function run(zone) {
  return new Promise((resolve) => {
    const child = spawn("pnpm", ["exec", "vitest", "run", "--reporter=default", "--passWithNoTests", ...paths], {
      env: { ...process.env, TZ: zone, ...(process.stdout.isTTY ? { FORCE_COLOR: "1" } : {}) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", (error) => resolve({ status: 1, output: `${error.message}\n` }));
    child.on("close", (status, signal) => resolve({ status: status ?? 1, output: Buffer.concat(output).toString() + (signal ? `killed by ${signal}\n` : "") }));
  });
}

const started = Date.now();
const runs = zones.map((zone) => (skipCurrent && resolved(zone) === current ? undefined : { zone, result: run(zone) }));
let failed = 0;
let ran = 0;
for (const [index, entry] of runs.entries()) {
  if (entry === undefined) {
    console.log(`\n== TZ=${zones[index]}: the unit tests just ran in this zone (${current}), not run again`);
    continue;
  }
  const { status, output } = await entry.result;
  console.log(`\n== TZ=${entry.zone}`);
  process.stdout.write(output);
  ran++;
  if (status !== 0) {
    failed++;
    console.log(`== TZ=${entry.zone}: failed (exit ${status})`);
  }
}
const seconds = Math.round((Date.now() - started) / 1000);
if (failed > 0) {
  console.error(`\n${failed} of ${ran} time zones failed (${seconds} s)`);
  process.exit(1);
}
console.log(`\nall ${ran} time zones passed${ran < zones.length ? ` (and ${current} in the unit run)` : ""} in ${seconds} s`);
