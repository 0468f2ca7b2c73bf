#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan into build-fuzz/, and runs each for a
# bounded time (default 30 s) on the seed corpus. Exits non-zero on any crash or report.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFIELDDAY_FUZZ=ON -DFIELDDAY_GUI=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target CsvReaderFuzzer ImportFuzzer OpenPathFuzzer

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
status=0
declare -A seeds=([CsvReaderFuzzer]=csv [ImportFuzzer]=csv [OpenPathFuzzer]=open)
for fuzzer in CsvReaderFuzzer ImportFuzzer OpenPathFuzzer; do
    work="build-fuzz/corpus-$fuzzer"
    mkdir -p "$work"
    echo "== $fuzzer for ${seconds}s"
    if ! "build-fuzz/tests/fuzz/$fuzzer" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="build-fuzz/$fuzzer-" \
        "$work" "tests/fuzz/corpus/${seeds[$fuzzer]}" > "build-fuzz/$fuzzer.log" 2>&1; then
        echo "$fuzzer FAILED:"; tail -40 "build-fuzz/$fuzzer.log"; status=1
    else
        grep -E '^stat::number_of_executed_units|^Done' "build-fuzz/$fuzzer.log" || true
    fi
done
exit $status
