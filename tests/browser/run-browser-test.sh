#!/usr/bin/env bash
# Runs one browser test (a .mjs file here) with node, playwright-core from <node_modules dir> and
# Debian's chromium. Exit 77 (CTest: skipped) when chromium or node is not installed.
set -euo pipefail
test_file=$1
modules_dir=$2
chromium=${WEDLIVE_CHROMIUM:-/usr/bin/chromium}
if [[ ! -x "$chromium" ]]; then
    echo "SKIP: $chromium is not installed (apt-get install chromium, or scripts/setup-deps.sh)"
    exit 77
fi
if ! command -v node >/dev/null; then
    echo "SKIP: node is not installed (scripts/setup-deps.sh)"
    exit 77
fi
if [[ ! -d "$modules_dir/playwright-core" ]]; then
    echo "playwright-core is missing in $modules_dir: build the target wedlive_browser_test_deps"
    exit 1
fi
export NODE_PATH=$modules_dir
# ESM ignores NODE_PATH: run from a copy next to node_modules so that imports resolve.
work=$(dirname "$modules_dir")
cp "$(dirname "$test_file")"/*.mjs "$work/"
exec node "$work/$(basename "$test_file")"
