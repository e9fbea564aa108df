#!/usr/bin/env bash
# Configures (Ninja, ccache) and builds WedLive into build/ (or $WEDLIVE_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${WEDLIVE_BUILD_DIR:-$root/build}

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=${WEDLIVE_BUILD_TYPE:-RelWithDebInfo} \
    -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    "$@"
cmake --build "$build"
