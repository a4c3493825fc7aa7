#!/usr/bin/env bash
# Executes examples/notebook/analysis.ipynb headless with the Deno kernel
# (`jupyter nbconvert --to notebook --execute`) and fails on any cell error,
# on a code cell without an id, or when no Vega-Lite chart was drawn.
# Debian's jupyter-nbconvert, python3-nbclient and python3-ipykernel are
# installed when missing, only as root or with CI=true (scripts/examples-apt.sh).
# The Deno binary is the `deno` npm package (a dev dependency of the example),
# registered as a Jupyter kernel here. The notebook imports the built
# workspace packages through the example's node_modules, so it runs offline.
# Needs `pnpm install` and `pnpm build` first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/examples-apt.sh" jupyter-nbconvert jupyter-nbconvert python3-nbclient python3-ipykernel
cd "$root/examples/notebook"

deno=./node_modules/.bin/deno
[ -x "$deno" ] || { echo "examples-notebook: $deno is missing; run pnpm install" >&2; exit 1; }
[ -f ../../packages/sdk/dist/index.js ] || { echo "examples-notebook: the packages are not built; run pnpm build" >&2; exit 1; }
"$deno" jupyter --install --force >/dev/null 2>&1

t=$SECONDS
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
jupyter nbconvert --to notebook --execute analysis.ipynb --ExecutePreprocessor.kernel_name=deno \
  --ExecutePreprocessor.timeout=120 --output-dir "$out" --output analysis.executed.ipynb
python3 - "$out/analysis.executed.ipynb" "$((SECONDS - t))" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1]))
code = [c for c in nb["cells"] if c["cell_type"] == "code"]
outputs = [o for c in code for o in c.get("outputs", [])]
errors = [o for o in outputs if o.get("output_type") == "error"]
charts = [o for o in outputs if "application/vnd.vegalite.v5+json" in o.get("data", {})]
no_id = [i for i, c in enumerate(code) if not c.get("id")]
for e in errors:
    print(f"examples-notebook: {e.get('ename')}: {e.get('evalue')}", file=sys.stderr)
if no_id:
    print(f"examples-notebook: code cells without an id: {no_id}", file=sys.stderr)
print(f"examples-notebook: {len(code)} code cells run in {sys.argv[2]} s, {len(errors)} errors, {len(charts)} Vega-Lite chart(s)")
sys.exit(1 if errors or no_id or not charts else 0)
PY
