#!/usr/bin/env bash
# Builds the project with AddressSanitizer (+UBSan) and with ThreadSanitizer in build-asan/ and
# build-tsan/, and runs the unit and integration tests in each. Pass "address" or "thread" to
# run only one.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kinds=("${@:-address thread}")
"$root/scripts/setup-deps.sh"

for kind in ${kinds[@]}; do
    dir="$root/build-${kind:0:1}san"
    [[ $kind == thread ]] && dir="$root/build-tsan"
    [[ $kind == address ]] && dir="$root/build-asan"
    WEDLIVE_BUILD_DIR="$dir" WEDLIVE_BUILD_TYPE=Debug "$root/scripts/build.sh" \
        -DWEDLIVE_SANITIZE="$kind" -DWEDLIVE_BUILD_BENCH=OFF
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
    export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=$root/tests/sanitizers/tsan.supp"
    ctest --test-dir "$dir" --output-on-failure -LE fuzz -j 1
done
