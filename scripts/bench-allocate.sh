#!/usr/bin/env bash
# Benchmark: allocate 20,000 participants to 40 destinations end to end (open, read, solve,
# write the assignments, close), optimal (booking order deciding among equals, the default, and
# the seeded draw instead) against fcfs on the same event. fcfs leaves people without a group on
# this event, so it exits 1 ("problems found"); -i lets hyperfine time it.
# Usage: scripts/bench-allocate.sh [PARTICIPANTS] [DESTINATIONS]   (needs build/ and hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-20000}
groups=${2:-40}
cli=build/app/cli/fieldday-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$cli generate "$work/template.fieldday" --participants "$people" --destinations "$groups" >/dev/null

hyperfine --warmup 1 --runs 5 -i --export-markdown "$work/allocate.md" \
    --prepare "rm -f $work/e.fieldday*; cp $work/template.fieldday $work/e.fieldday" \
    -n "allocate --strategy optimal (booking order)" "$cli allocate $work/e.fieldday --json > /dev/null" \
    -n "allocate --strategy optimal --tie-break draw" "$cli allocate $work/e.fieldday --tie-break draw --json > /dev/null" \
    -n "allocate --strategy fcfs" "$cli allocate $work/e.fieldday --strategy fcfs --json > /dev/null"
cat "$work/allocate.md"

echo "== choices met"
for run in "optimal booking" "optimal draw" "fcfs booking"; do
    set -- $run
    cp "$work/template.fieldday" "$work/r-$1-$2.fieldday"
    $cli allocate "$work/r-$1-$2.fieldday" --strategy $1 --tie-break $2 --json |
        python3 -c "import json,sys; r=json.load(sys.stdin); print('$1 $2', r['rank_counts'], 'objective', r['objective'], 'unassigned', r['unassigned'])"
done
