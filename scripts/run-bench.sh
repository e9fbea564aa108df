#!/usr/bin/env bash
# Builds and runs the benchmarks; arguments go to bench_ingest (e.g. --seconds 20).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup-deps.sh"
"$root/scripts/build.sh"
"$root/build/tests/bench/bench_ingest" "$@"
