#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test:
#   1. the full build (GUI included) with warnings as errors, all tests, and the exports
#      opened in LibreOffice;
#   2. the Debian package made from that build, checked (desktop entry, AppStream, lintian),
#      installed, tried and removed again;
#   3. the core and the CLI alone (-DFIELDDAY_GUI=OFF), so a Widgets dependency in the core fails;
#   4. everything again with AddressSanitizer and UndefinedBehaviorSanitizer;
#   5. the fuzzers, for a bounded time.
# --sanitize runs only step 4; --quick only step 1.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

mode=all
for arg in "$@"; do
    case "$arg" in
        --sanitize) mode=sanitize ;;
        --quick) mode=quick ;;
        *) echo "usage: scripts/test.sh [--sanitize|--quick]" >&2; exit 2 ;;
    esac
done
jobs=$(nproc)

sanitized() {
    echo "== everything under ASan and UBSan"
    scripts/setup.sh build-asan -DFIELDDAY_WERROR=ON -DFIELDDAY_SANITIZE=ON
    # Qt's own allocations outlive main(); leaks are not what this run looks for. The crash test
    # (SIGKILL during writes: SQLite's atomicity) runs once, in the full build: two minutes here
    # would find no memory error the other tests do not.
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-asan --output-on-failure -j"$jobs" -E '^Reliability_crash$'
}

if [ "$mode" = sanitize ]; then
    sanitized
    exit 0
fi

echo "== full build"
scripts/setup.sh build -DFIELDDAY_WERROR=ON
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== exports opened in LibreOffice"
scripts/check-exports-libreoffice.sh build
[ "$mode" = quick ] && exit 0

echo "== the Debian package"
scripts/package.sh build
scripts/check-package.sh

echo "== core and CLI without the GUI"
scripts/setup.sh build-nogui -DFIELDDAY_GUI=OFF -DFIELDDAY_WERROR=ON
# The reliability tests drive the same CLI as in the full build; they ran there.
ctest --test-dir build-nogui --output-on-failure -j"$jobs" -E '^Reliability_'

sanitized

echo "== fuzzers"
scripts/fuzz.sh "${FIELDDAY_FUZZ_SECONDS:-20}"
