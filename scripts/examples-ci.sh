#!/usr/bin/env bash
# The example checks that do not run inside vitest: the browser page in
# headless Chromium and the notebook with the Deno kernel. (The
# municipal-system and integrator examples are vitest tests of `pnpm test`.)
# Installs Debian's chromium when it is missing and we are root. Needs
# `pnpm install` and `pnpm build` first.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "examples-ci: installing chromium (Debian)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "examples-ci: /usr/bin/chromium is missing; install Debian's chromium or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi

echo "== examples/browser"
pnpm --filter @romsk-inkludering/example-browser build
pnpm --filter @romsk-inkludering/example-browser check
echo "== examples/notebook"
bash scripts/examples-notebook.sh
