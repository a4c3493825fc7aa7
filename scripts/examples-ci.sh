#!/usr/bin/env bash
# The example checks that do not run inside vitest, after `pnpm install` and
# `pnpm build` (`pnpm test` does both):
#   1. scripts/examples-browser.mjs: examples/browser bundled with esbuild and
#      checked in headless Chromium (a valid, a broken and a non-JSON paste);
#   2. scripts/report-html.mjs: the demo's national report of 2017 as HTML
#      (romsk report --format html, sv and en) in headless Chromium, every
#      request routed and none allowed to leave the file, headings and one
#      <svg> per chart checked, a screenshot kept in artifacts/ and the
#      README's (docs/images/national-report-2017.png) checked as current;
#   3. scripts/examples-notebook.sh: examples/notebook/analysis.ipynb executed
#      with the Deno kernel by nbclient (scripts/notebook-execute.py, which
#      keeps the outputs the kernel publishes after a cell's idle status),
#      failing on any cell error or any code cell without output.
# examples/municipal-system and examples/integrator (including its command,
# `node validate-folder.mjs payloads`) are vitest tests of `pnpm test`.
# Debian's chromium is installed when missing, only as root or with CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

if [ -z "${CHROMIUM_PATH:-}" ]; then
  bash scripts/examples-apt.sh /usr/bin/chromium chromium fonts-liberation
fi

t=$SECONDS
echo "== examples/browser"
node scripts/examples-browser.mjs
echo "examples-ci: browser check in $((SECONDS - t)) s"

t=$SECONDS
echo "== the HTML report"
node scripts/report-html.mjs
echo "examples-ci: HTML report in $((SECONDS - t)) s"

t=$SECONDS
echo "== examples/notebook"
bash scripts/examples-notebook.sh
echo "examples-ci: notebook in $((SECONDS - t)) s"

echo "examples-ci: done in $((SECONDS - start)) s"
