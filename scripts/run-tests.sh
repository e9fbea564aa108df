#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run every test: unit and integration tests
# (build/), then each libFuzzer target for a few thousand inputs under ASan (build-fuzz/).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc)

"$root/scripts/setup-deps.sh"

"$root/scripts/build.sh"
ctest --test-dir "$root/build" --output-on-failure -j "$jobs"

WEDLIVE_BUILD_DIR="$root/build-fuzz" "$root/scripts/build.sh" -DWEDLIVE_FUZZ=ON \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14
ctest --test-dir "$root/build-fuzz" --output-on-failure -j "$jobs"
