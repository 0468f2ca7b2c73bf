#!/usr/bin/env bash
# Benchmark of opening an event with the checks of issue 18 (schema verified, every row
# checked), side by side with SQLite's own full check of the same file (`PRAGMA
# integrity_check`, which also reads every page): `fieldday-cli info` of 20,000 and 100,000
# participants. Usage: scripts/bench-open.sh   (needs build/, hyperfine, sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/cli/fieldday-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 20000 100000; do
    $cli generate "$work/e$n.fieldday" --participants $n --destinations 40 >/dev/null
    echo "== open and read an event of $n participants"
    hyperfine --warmup 1 --runs 5 --export-markdown "$work/open$n.md" \
        -n "fieldday-cli info ($n)" "$cli info $work/e$n.fieldday --json" \
        -n "sqlite3 integrity_check ($n)" "sqlite3 $work/e$n.fieldday 'PRAGMA integrity_check'"
    cat "$work/open$n.md"
done
