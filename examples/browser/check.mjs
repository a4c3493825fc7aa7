// Checks the page in headless Chromium (Debian's /usr/bin/chromium, driven
// by playwright-core): serves this folder on a local port, pastes a valid
// and an invalid annual report, and asserts what the page shows.
// Exit 1 on any failure. Run after `pnpm --filter @romsk-inkludering/example-browser build`.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, serve } from "../../scripts/static-server.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));
const server = await serve(root);
const url = server.url;

const report = (await readFile(new URL("../data/annual-reports-2017.ndjson", import.meta.url), "utf8")).split("\n")[0];
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
process.exitCode = failed ? 1 : 0;
