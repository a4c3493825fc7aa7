#!/usr/bin/env bash
# Runs the Python snippet of docs/validating-payloads.md with the standard
# `jsonschema` package (Debian's python3-jsonschema; scripts/docs-ci.sh
# installs it) against the JSON Schemas, placed where an app that installed
# @romsk-inkludering/model finds them. Writes the schemas first when no
# build has (packages/model/schemas is a build output). Its output must be
# the lines of the guide's ```text block (in any order).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f packages/model/schemas/observation.schema.json ]; then
  (cd packages/model && node --import tsx scripts/build-schemas.ts)
fi
snippet="$(awk '/^```python$/{f=1;next} /^```$/{f=0} f' docs/validating-payloads.md)"
expected="$(awk '/^```text$/{f=1;next} /^```$/{f=0} f' docs/validating-payloads.md | sort)"
[ -n "$snippet" ] && [ -n "$expected" ] || { echo "docs-python: no python block or no text block in docs/validating-payloads.md" >&2; exit 1; }
app="$(mktemp -d)"
trap 'rm -rf "$app"' EXIT
mkdir -p "$app/node_modules/@romsk-inkludering"
ln -s "$PWD/packages/model" "$app/node_modules/@romsk-inkludering/model"
out="$(cd "$app" && "${PYTHON:-python3}" -c "$snippet")"
echo "$out"
if [ "$(sort <<<"$out")" != "$expected" ]; then
  echo "docs-python: the output differs from the guide's text block:" >&2
  diff <(echo "$expected") <(sort <<<"$out") >&2 || true
  exit 1
fi
echo "docs-python: the guide's Python snippet ran with jsonschema $("${PYTHON:-python3}" -c 'from importlib.metadata import version; print(version("jsonschema"))') and printed what the guide says"
