#!/usr/bin/env bash
# The reference in CI: builds the TypeDoc site (warnings are errors), checks
# it in headless Chromium (search for statutoryDeadline), and runs the
# guide's Python snippet with jsonschema. Installs Debian's chromium and
# python3-jsonschema when missing and we are root. Needs `pnpm install` and
# `pnpm build` (for the JSON Schemas).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "docs-ci: /usr/bin/chromium is missing; install Debian's chromium or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi
pnpm run docs
node scripts/docs-browser.mjs
bash scripts/docs-python.sh
