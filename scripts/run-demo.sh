#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and start WedLive with five demo cameras.
# Extra arguments go to the app, e.g. ./scripts/run-demo.sh --headless
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$root/scripts/setup-deps.sh"
"$root/scripts/build.sh"
exec "$root/build/bin/wedlive" --demo "$@"
