// Checks examples/browser in headless Chromium (Debian's /usr/bin/chromium,
// or CHROMIUM_PATH, driven by playwright-core): bundles the page's script
// with esbuild, serves the folder on a local port, pastes a valid and a
// broken annual report and text that is not JSON, asserts what the page
// shows and saves examples/browser/screenshot.png. Exit 1 on any failure.
// Needs `pnpm install` and `pnpm build` (the page bundles the built sdk).
//
//   node scripts/examples-browser.mjs
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, serve } from "./static-server.mjs";

const started = performance.now();
const root = fileURLToPath(new URL("../examples/browser/", import.meta.url));
const build = spawnSync("pnpm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) {
  console.error("examples-browser: bundling the page's script with esbuild failed");
  process.exit(1);
}
console.log(`examples-browser: dist/app.js is ${(statSync(join(root, "dist/app.js")).size / 1000).toFixed(1)} kB (minified, uncompressed)`);

const server = await serve(root);
const url = server.url;

const report = (await readFile(new URL("../examples/data/annual-reports-2017.ndjson", import.meta.url), "utf8")).split("\n")[0];
const broken = JSON.stringify({ ...JSON.parse(report), submittedOn: "2018-02-29", contactPerson: "x" });

const browser = await launchChromium();
let failed = false;
const expect = (what, ok, got) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${ok ? "" : `: got ${JSON.stringify(got)}`}`);
  if (!ok) failed = true;
};
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.selectOption("#kind", "annual-report");
  await page.fill("#payload", report);
  await page.click("#validate");
  const valid = await page.textContent("#result");
  expect("a valid annual report (Gävle 2017) is shown as valid", valid === "Giltig.", valid);

  await page.fill("#payload", broken);
  await page.click("#validate");
  const invalid = (await page.textContent("#result")) ?? "";
  expect("a broken one names the non-existent date 2018-02-29", invalid.includes("submittedOn") && invalid.includes("2018-02-29"), invalid);
  expect("and the unknown field", invalid.includes("contactPerson"), invalid);

  await page.check('input[value="en"]');
  await page.fill("#payload", "{ not json");
  await page.click("#validate");
  const bad = (await page.textContent("#result")) ?? "";
  expect("text that is not JSON is reported, in English", bad.startsWith("Invalid JSON"), bad);
  await page.screenshot({ path: join(root, "screenshot.png") });
  expect("no script errors on the page", errors.length === 0, errors);
} finally {
  await browser.close();
  server.close();
}
console.log(`examples-browser: ${failed ? "FAILED" : "passed"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failed ? 1 : 0;
