#!/usr/bin/env bash
# The reference and the guides in CI, after `pnpm install` (no build needed:
# TypeDoc reads the packages' sources through tsconfig.json's paths):
#   1. `pnpm run docs`: the TypeDoc site in docs/api (warnings are errors,
#      every export must be documented);
#   2. scripts/docs-links.mjs: every internal and relative link of the site
#      resolves (pages and anchors), and no text was auto-linked by markdown
#      (http://FACTS.md);
#   3. scripts/readme-links.ts --site docs/api: every link of the READMEs
#      into the reference (typedoc.json's hostedBaseUrl, where the site is
#      published) is a page of the built site, anchors included, and every
#      page the tests predict from the sources (scripts/reference-pages.ts)
#      exists, so the READMEs' links cannot point nowhere;
#   4. scripts/docs-search.mjs: the site's search ranks functions and guides
#      first (typedoc.json's searchGroupBoosts), e.g. "deadline" finds
#      statutoryDeadline and the deadlines guide among the first five;
#   5. scripts/docs-browser.mjs: the site in headless Chromium (search for
#      statutoryDeadline, follow the result, screenshot);
#   6. scripts/docs-python.sh: the Python snippet of the validating-payloads
#      guide against the JSON Schemas, with the standard jsonschema package.
# Debian's chromium and python3-jsonschema are installed when missing, but
# only as root or when CI=true (then through sudo if not root).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if [ "${CI:-}" = true ] && command -v sudo >/dev/null; then sudo="sudo -n"; else return 1; fi
  fi
  local t=$SECONDS
  echo "docs-ci: apt-get install $*"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  echo "docs-ci: installed $* in $((SECONDS - t)) s"
}

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium chromium-driver || {
    echo "docs-ci: /usr/bin/chromium is missing: install Debian's chromium (apt-get install chromium), set CHROMIUM_PATH, or run with CI=true / as root" >&2
    exit 1
  }
fi
# A python3 with jsonschema: $PYTHON, the one on PATH, or Debian's.
if [ -z "${PYTHON:-}" ]; then
  if python3 -c "import jsonschema" 2>/dev/null; then PYTHON=python3
  else
    if ! /usr/bin/python3 -c "import jsonschema" 2>/dev/null; then
      apt_install python3 python3-jsonschema || {
        echo "docs-ci: python3 with jsonschema is missing: install Debian's python3-jsonschema, or run with CI=true / as root" >&2
        exit 1
      }
    fi
    PYTHON=/usr/bin/python3
  fi
fi
export PYTHON

t=$SECONDS
pnpm run docs
echo "docs-ci: reference built in $((SECONDS - t)) s"
node scripts/docs-links.mjs
node --import tsx scripts/readme-links.ts --site docs/api
node scripts/docs-search.mjs
t=$SECONDS
node scripts/docs-browser.mjs
echo "docs-ci: browser check in $((SECONDS - t)) s"
bash scripts/docs-python.sh
