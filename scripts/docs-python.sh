#!/usr/bin/env bash
# Runs the Python snippet of docs/validating-payloads.md against a built
# JSON Schema with the standard `jsonschema` package (Debian's
# python3-jsonschema; installed when missing and we are root). Expects the
# two problems of the guide's payload. Needs `pnpm build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c "import jsonschema" 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jsonschema >/dev/null
  else
    echo "docs-python: python3 jsonschema is missing (Debian: python3-jsonschema)" >&2
    exit 1
  fi
fi
snippet="$(awk '/^```python$/{f=1;next} /^```$/{f=0} f' docs/validating-payloads.md)"
# Where an app that installed the package would find the schema.
app="$(mktemp -d)"
mkdir -p "$app/node_modules/@romsk-inkludering"
ln -s "$PWD/packages/model" "$app/node_modules/@romsk-inkludering/model"
out="$(cd "$app" && python3 -c "$snippet")"
rm -rf "$app"
echo "$out"
grep -q "^place .*is not valid" <<<"$out" || { echo "docs-python: expected the municipality code at place to be rejected" >&2; exit 1; }
echo "docs-python: the guide's Python snippet ran with jsonschema"
