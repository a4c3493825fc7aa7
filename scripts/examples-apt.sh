#!/usr/bin/env bash
# Installs Debian packages for the example checks when a command is missing:
#   bash scripts/examples-apt.sh <command> <package>...
# Does nothing when <command> is on the PATH (or is an existing file).
# Installs without recommended packages, only as root, or when CI=true through `sudo -n`; otherwise says
# what to install and fails. Prints how long the installation took.
set -euo pipefail
cmd="$1"; shift
if command -v "$cmd" >/dev/null 2>&1 || [ -x "$cmd" ]; then exit 0; fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  if [ "${CI:-}" = true ] && command -v sudo >/dev/null 2>&1; then
    sudo="sudo -n"
  else
    echo "examples: $cmd is missing; install Debian's $* (or run as root, or with CI=true and sudo)" >&2
    exit 1
  fi
fi
t=$SECONDS
echo "examples: apt-get install $*"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
echo "examples: installed $* in $((SECONDS - t)) s"
