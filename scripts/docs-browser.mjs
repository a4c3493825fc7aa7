// Checks the built reference (docs/api) in a real browser: Debian's
// Chromium (/usr/bin/chromium, or CHROMIUM_PATH), headless, driven by
// playwright-core; installs nothing. Serves docs/api from a local HTTP
// server, types "statutoryDeadline" in the search box, expects a result that
// links to its page (screenshot of the results: docs/api-search-screenshot.png),
// follows it, checks the page and its example (screenshot:
// docs/api-screenshot.png), opens the first guide from the home page, and
// opens the rule page of deliverable.on-time (its basis quoted, its settings).
// Exit 1 on any failure. Run `pnpm run docs` first.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, serve } from "./static-server.mjs";

const root = fileURLToPath(new URL("../docs/api/", import.meta.url));
const shot = fileURLToPath(new URL("../docs/api-screenshot.png", import.meta.url));
const searchShot = fileURLToPath(new URL("../docs/api-search-screenshot.png", import.meta.url));
if (!existsSync(join(root, "index.html"))) {
  console.error(`docs-browser: ${root}index.html is missing: run \`pnpm run docs\` first`);
  process.exit(1);
}
const server = await serve(root);
const base = server.url;

const browser = await launchChromium();
let failed = false;
const check = (what, ok, got) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${ok ? "" : `: got ${JSON.stringify(got)}`}`);
  if (!ok) failed = true;
};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(base);
  check("the reference opens", (await page.title()).includes("@romsk-inkludering"), await page.title());
  // The search box of TypeDoc's default theme: a button opens it on narrow and wide layouts alike.
  const trigger = page.locator("#tsd-search-trigger, #tsd-search .field input, #tsd-search-field").first();
  await trigger.click();
  const input = page.locator("#tsd-search-input, #tsd-search-field, #tsd-search .field input").first();
  await input.fill("statutoryDeadline");
  const result = page.locator("#tsd-search-results li a, .results li a").filter({ hasText: "statutoryDeadline" }).first();
  await result.waitFor({ timeout: 15_000 });
  const href = await result.getAttribute("href");
  check("searching 'statutoryDeadline' finds it", href !== null && href.includes("statutoryDeadline"), href);
  await page.screenshot({ path: searchShot });
  await result.click();
  await page.waitForLoadState("load");
  const heading = (await page.locator("h1").first().textContent()) ?? "";
  check("the result opens the function's page", heading.includes("statutoryDeadline"), heading);
  const body = (await page.locator("body").textContent()) ?? "";
  check("the page shows its example (1 September 2012 moves to 3 September)", body.includes('statutoryDeadline("2012-09-01")') && body.includes("2012-09-03"), body.slice(0, 200));
  await page.screenshot({ path: shot, fullPage: false });
  await page.goto(base);
  await page.locator("a", { hasText: "Getting started" }).first().click();
  await page.waitForLoadState("load");
  const guide = (await page.locator("h1").first().textContent()) ?? "";
  check("the home page links to the guides", guide.includes("Getting started"), guide);
  // A rule's reference page (generated from the registry by scripts/rule-reference.ts), at the address findings carry.
  await page.goto(`${base}documents/Rule_reference.deliverable.on-time.html`);
  await page.waitForLoadState("load");
  const rule = (await page.locator("h1").first().textContent()) ?? "";
  const ruleBody = (await page.locator("body").textContent()) ?? "";
  check("the rule page of deliverable.on-time opens", rule.includes("deliverable.on-time"), rule);
  check(
    "it quotes its basis (seed 000's sentence, lag 1930:173 §2 as FACTS.md gives it) and lists its settings",
    ruleBody.includes("senast den 1 september 2012") && ruleBody.includes("moves to the next weekday") && ruleBody.includes("deadlines.applyStatutoryShift"),
    ruleBody.slice(0, 300),
  );
  check("no script errors", errors.length === 0, errors);
} catch (error) {
  check("the browser check ran", false, String(error));
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots: ${searchShot}, ${shot}`);
process.exitCode = failed ? 1 : 0;
