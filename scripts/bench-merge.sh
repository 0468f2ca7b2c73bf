#!/usr/bin/env bash
# Benchmark: merge a shared copy back into a 20,000-person event end to end (open, compare with
# the shared state through SQLite's session extension, apply with the conflict handler, back up
# the original first, record the new shared state, run the check), side by side with
# `sqldiff --changeset` (Debian sqlite3-tools) computing only the copy's diff against the shared
# state. The copy holds 2,000 check-ins and 200 walk-ins (each in a group); the original has
# 500 edits of its own (scripts/merge-workload.py). `fieldday-cli check` of the original is
# timed too: opening the event with the checks every open makes (issue 18) and checking it is
# part of every merge, a floor under it.
# Usage: scripts/bench-merge.sh [PARTICIPANTS]   (needs build/, hyperfine and sqldiff)
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-20000}
cli=build/app/cli/fieldday-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$cli generate "$work/original.fieldday" --participants "$people" --destinations 40 >/dev/null
# The copy as shared is sqldiff's "before": the same content the original keeps compressed.
$cli share "$work/original.fieldday" --out "$work/copy.fieldday" --name "Wigan lead" >/dev/null
$cli backup "$work/copy.fieldday" "$work/shared.fieldday" >/dev/null
python3 scripts/merge-workload.py "$work/original.fieldday" "$work/copy.fieldday"

hyperfine --warmup 1 --runs 10 --export-markdown "$work/merge.md" \
    --prepare "rm -f $work/e.fieldday* $work/e.before-merge-*; cp $work/original.fieldday $work/e.fieldday" \
    -n "fieldday-cli merge (end to end)" "$cli merge $work/e.fieldday $work/copy.fieldday --take theirs > /dev/null" \
    -n "fieldday-cli merge --dry-run" "$cli merge $work/e.fieldday $work/copy.fieldday --dry-run > /dev/null" \
    -n "sqldiff --changeset (the copy's diff only)" "sqldiff --changeset $work/diff.bin $work/shared.fieldday $work/copy.fieldday" \
    -n "fieldday-cli check (a part of every merge: open with the file's checks, check)" "$cli check $work/original.fieldday > /dev/null"
cat "$work/merge.md"

echo "== what the merge did"
cp "$work/original.fieldday" "$work/r.fieldday"
$cli merge "$work/r.fieldday" "$work/copy.fieldday" --take theirs | head -1
echo "changeset bytes: sqldiff $(stat -c %s "$work/diff.bin")"
