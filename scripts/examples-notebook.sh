#!/usr/bin/env bash
# Executes examples/notebook/analysis.ipynb headless with the Deno kernel and
# fails on any cell error. Installs Debian's Jupyter (nbconvert, nbclient,
# ipykernel) when it is missing and we are root; registers the kernel of the
# `deno` npm package. Needs `pnpm install` and `pnpm build` first.
set -euo pipefail
cd "$(dirname "$0")/../examples/notebook"

if ! command -v jupyter-nbconvert >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "examples-notebook: installing jupyter-nbconvert python3-nbclient python3-ipykernel (Debian)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jupyter-nbconvert python3-nbclient python3-ipykernel >/dev/null
  else
    echo "examples-notebook: jupyter-nbconvert is missing; install Debian's jupyter-nbconvert python3-nbclient python3-ipykernel" >&2
    exit 1
  fi
fi

./node_modules/.bin/deno jupyter --install --force >/dev/null 2>&1
out="$(mktemp -d)"
jupyter nbconvert --to notebook --execute analysis.ipynb --ExecutePreprocessor.timeout=120 --output-dir "$out" --output analysis.executed.ipynb
python3 - "$out/analysis.executed.ipynb" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1]))
errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
charts = [o for c in nb["cells"] for o in c.get("outputs", []) if "application/vnd.vegalite.v5+json" in o.get("data", {})]
print(f"examples-notebook: {sum(c['cell_type'] == 'code' for c in nb['cells'])} code cells run, {len(errors)} errors, {len(charts)} Vega-Lite chart(s)")
sys.exit(1 if errors or not charts else 0)
PY
