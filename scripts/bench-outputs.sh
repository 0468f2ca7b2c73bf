#!/usr/bin/env bash
# Benchmarks for the outputs, each side by side with its peer in one run:
#  1. rosters for 2,000 participants in 40 groups, against LibreOffice converting the same
#     members, as a plain CSV, to PDF (what an organiser would otherwise print);
#  2. a full export of 100,000 participants, against `sqlite3 -csv` of the same rows.
# Usage: scripts/bench-outputs.sh   (needs build/, hyperfine, GNU time, LibreOffice, sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/cli/fieldday-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" # LibreOffice's profile goes here, fresh

$cli generate "$work/r.fieldday" --participants 2000 --destinations 40 >/dev/null
$cli allocate "$work/r.fieldday" >/dev/null || true
sqlite3 -csv -header "$work/r.fieldday" "SELECT d.name AS grp, p.family_name, p.given_name, p.organisation, p.phone
    FROM participant p JOIN assignment a ON a.participant_id = p.id JOIN destination d ON d.id = a.destination_id
    ORDER BY d.position, p.family_name, p.given_name" > "$work/members.csv"
echo "== rosters: 2,000 participants in 40 groups"
hyperfine --warmup 1 --runs 5 --export-markdown "$work/rosters.md" \
    -n "fieldday-cli roster" "$cli roster $work/r.fieldday --out $work/rosters.pdf" \
    -n "soffice --convert-to pdf" "cd $work && soffice --headless --norestore --convert-to pdf members.csv"
cat "$work/rosters.md"
/usr/bin/time -f "fieldday-cli roster peak memory: %M KiB" $cli roster "$work/r.fieldday" --out "$work/rosters.pdf" >/dev/null
(cd "$work" && /usr/bin/time -f "soffice --convert-to pdf peak memory: %M KiB" soffice --headless --norestore --convert-to pdf members.csv >/dev/null)
echo "pages: $(pdfinfo "$work/rosters.pdf" | grep Pages) (fieldday) vs $(pdfinfo "$work/members.pdf" | grep Pages) (LibreOffice)"

$cli generate "$work/x.fieldday" --participants 100000 --destinations 40 >/dev/null
echo "== full export of 100,000 participants"
hyperfine --warmup 1 --runs 5 --export-markdown "$work/export.md" \
    -n "fieldday-cli export --profile full" "$cli export $work/x.fieldday --out $work/full.csv --profile full" \
    -n "sqlite3 -csv" "sqlite3 -csv -header $work/x.fieldday 'SELECT * FROM participant' > $work/plain.csv"
cat "$work/export.md"
/usr/bin/time -f "fieldday-cli export peak memory: %M KiB" $cli export "$work/x.fieldday" --out "$work/full.csv" --profile full >/dev/null
/usr/bin/time -f "sqlite3 -csv peak memory: %M KiB" sqlite3 -csv "$work/x.fieldday" 'SELECT * FROM participant' > "$work/plain.csv"
