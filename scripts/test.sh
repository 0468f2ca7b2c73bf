#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test:
#   1. the full build (GUI included) with warnings as errors, all tests;
#   2. the core and the CLI alone (-DFIELDDAY_GUI=OFF), so a Widgets dependency in the core fails;
#   3. the fuzzers, for a bounded time.
# --sanitize runs the whole suite under ASan and UBSan instead of step 1.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

sanitize=0
for arg in "$@"; do
    case "$arg" in
        --sanitize) sanitize=1 ;;
        *) echo "usage: scripts/test.sh [--sanitize]" >&2; exit 2 ;;
    esac
done

jobs=$(nproc)
if [ "$sanitize" = 1 ]; then
    scripts/setup.sh build-asan -DFIELDDAY_WERROR=ON -DFIELDDAY_SANITIZE=ON
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-asan --output-on-failure -j"$jobs"
    exit 0
fi

echo "== full build"
scripts/setup.sh build -DFIELDDAY_WERROR=ON
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== exports opened in LibreOffice"
scripts/check-exports-libreoffice.sh build

echo "== core and CLI without the GUI"
scripts/setup.sh build-nogui -DFIELDDAY_GUI=OFF -DFIELDDAY_WERROR=ON
ctest --test-dir build-nogui --output-on-failure -j"$jobs"

if [ -x scripts/fuzz.sh ]; then
    echo "== fuzzers"
    scripts/fuzz.sh "${FIELDDAY_FUZZ_SECONDS:-20}"
fi
