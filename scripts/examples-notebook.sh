#!/usr/bin/env bash
# Executes examples/notebook/analysis.ipynb headless with the Deno kernel and
# fails on any cell error, on a code cell without an id, on a code cell
# without output (each cell displays its result explicitly, so a missing
# output is a lost result, not a quiet cell), when a chart is not there both
# as an SVG image and as its Vega-Lite spec, when a chart is labelled with a
# raw indicator id, or when the national report is not shown whole as HTML.
# How every output is kept: the Deno kernel (2.9) publishes a cell's displays
# from a queue of its own, after the fact, and can send the cell's `idle`
# status before them; nbclient (so `jupyter nbconvert --execute`) ends the
# cell at `idle` and drops what comes later. scripts/notebook-execute.py runs
# the notebook with nbclient and, after each cell, a silent request whose
# token display comes through the same queue behind the cell's outputs: when
# the token is in, so is every output of the cell. It prints which outputs
# came late (and were kept). No time is waited for; order is.
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
# The Python that has nbclient: Debian's, which jupyter-nbconvert runs on.
py=python3
python3 -c 'import nbclient' 2>/dev/null || py=/usr/bin/python3
"$py" "$root/scripts/notebook-execute.py" analysis.ipynb "$out/analysis.executed.ipynb" deno 120
python3 - "$out/analysis.executed.ipynb" "$((SECONDS - t))" <<'PY'
import json, re, sys
nb = json.load(open(sys.argv[1]))
code = [c for c in nb["cells"] if c["cell_type"] == "code"]
outputs = [o for c in code for o in c.get("outputs", [])]
errors = [o for o in outputs if o.get("output_type") == "error"]
data = [o.get("data", {}) for o in outputs]
svgs = [d for d in data if "image/svg+xml" in d]
specs = [d for d in data if "application/vnd.vegalite.v5+json" in d]
text = lambda v: "".join(v) if isinstance(v, list) else str(v)
no_id = [i for i, c in enumerate(code) if not c.get("id")]
silent = [c.get("id") or i for i, c in enumerate(code) if not c.get("outputs")]
# A chart is an SVG image beside its spec, in one output.
unpaired = [d for d in svgs + specs if not ("image/svg+xml" in d and "application/vnd.vegalite.v5+json" in d)]
raw_ids = [d["application/vnd.vegalite.v5+json"].get("title") for d in specs if re.fullmatch(r"[nu]\d{5}", str(d["application/vnd.vegalite.v5+json"].get("title", "")))]
raw_ids += [m for d in svgs for m in re.findall(r">([nu]\d{5})<", text(d["image/svg+xml"]))]
reports = [d for d in data if "Nationell årsrapport 2017" in text(d.get("text/html", "")) and text(d.get("text/html", "")).count("&lt;svg ") + text(d.get("text/html", "")).count("<svg ") >= 2]
problems = []
for e in errors:
    problems.append(f"{e.get('ename')}: {e.get('evalue')}")
# The runner's flush tokens never become outputs.
tokens = [c.get("id") for c in code for o in c.get("outputs", []) if "notebook-execute flush" in text(o.get("data", {}).get("text/plain", ""))]
if tokens:
    problems.append(f"flush tokens left in cells: {tokens}")
if no_id:
    problems.append(f"code cells without an id: {no_id}")
if silent:
    problems.append(f"code cells without output: {silent}")
if len(svgs) < 2:
    problems.append(f"{len(svgs)} chart(s) drawn as SVG, expected 2 (the trend of n03926 and the poverty gap's progress)")
if unpaired:
    problems.append(f"{len(unpaired)} chart output(s) without both the SVG image and the Vega-Lite spec")
if raw_ids:
    problems.append(f"charts labelled with raw ids: {raw_ids}")
if not reports:
    problems.append("the national report of 2017 is not shown as HTML with its charts")
for p in problems:
    print(f"examples-notebook: {p}", file=sys.stderr)
print(f"examples-notebook: {len(code)} code cells run in {sys.argv[2]} s, {len(errors)} errors, {len(code) - len(silent)} with output, {len(svgs)} chart(s) as SVG beside their Vega-Lite spec, national report as HTML: {'yes' if reports else 'no'}")
sys.exit(1 if problems else 0)
PY
