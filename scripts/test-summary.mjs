#!/usr/bin/env node
// Prints one closing line from the unit-test run's JSON report
// (written by vitest, see vitest.config.ts): "unit tests: N passed, N failed".
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(".vitest/results.json", "utf8"));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(
  `unit tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed` +
    (skipped > 0 ? `, ${skipped} skipped` : ""),
);
if (report.numFailedTests > 0 || report.numTotalTests === 0) process.exit(1);
