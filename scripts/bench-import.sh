#!/usr/bin/env bash
# Benchmark: import N generated booking rows (default 100,000) into an event, side by side
# with the sqlite3 shell's .import of the same file into one plain table.
# A third line is the floor for any importer into the event's schema: SQLite's own INSERT…SELECT
# from an already imported plain table into the participant and choice tables. A fourth is the
# same into a copy of the event stripped of every index, unique constraint and foreign key that
# these two tables have: what no schema with a choice row per ranked choice can go below.
# Usage: scripts/bench-import.sh [ROWS]   (needs a build in build/, hyperfine and GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
cli=build/app/cli/fieldday-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/bookings.csv" "$rows" <<'PY'
import csv, random, sys
random.seed(1)
given = ["Zoë", "Siobhán", "Łukasz", "Mai", "Aoife", "Priya", "Björn", "Chiara", "James", "Amira"]
family = ["Nguyễn", "O'Brien", "Kowalski", "Dvořák", "Okafor", "Patel", "Smith", "Khan", "Rossi"]
groups = ["Group %02d" % (i + 1) for i in range(40)]
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["First name", "Surname", "Email", "Phone", "Organisation", "Job title", "Sector",
                "1st choice", "2nd choice", "3rd choice", "Dietary requirements", "Notes"])
    for i in range(int(sys.argv[2])):
        c = random.sample(groups, 3)
        w.writerow([random.choice(given), random.choice(family), f"person{i}@example.org",
                    f"07700 9{i % 100000:05d}", "Salford City Council, Place team", "Officer",
                    "Public sector", c[0], c[1], c[2], "Vegetarian" if i % 9 == 0 else "",
                    "Arrives \"early\"" if i % 50 == 0 else ""])
PY
$cli generate "$work/template.fieldday" --participants 0 --destinations 40 >/dev/null

# The floor: SQLite alone moving the same people (already in a plain table) into the event's
# schema, with its indexes and foreign keys, in one INSERT…SELECT per table.
sqlite3 "$work/staged.db" ".import --csv $work/bookings.csv bookings"
cat > "$work/floor.sql" <<SQL
PRAGMA foreign_keys = ON;
ATTACH '$work/staged.db' AS s;
BEGIN;
INSERT INTO participant (id, given_name, family_name, email, phone, organisation, role, sector,
                         dietary_needs, notes)
    SELECT rowid, "First name", Surname, Email, Phone, Organisation, "Job title", Sector,
           "Dietary requirements", Notes FROM s.bookings;
INSERT INTO participant_choice (participant_id, rank, destination_id)
    SELECT b.rowid, c.rank, d.id FROM s.bookings b
    JOIN (SELECT 1 AS rank UNION ALL SELECT 2 UNION ALL SELECT 3) c
    JOIN destination d ON d.name = CASE c.rank WHEN 1 THEN b."1st choice"
                                               WHEN 2 THEN b."2nd choice"
                                               ELSE b."3rd choice" END
    ORDER BY b.rowid, c.rank;
COMMIT;
SQL
cp "$work/template.fieldday" "$work/stripped.fieldday"
sqlite3 "$work/stripped.fieldday" <<'SQL'
DROP INDEX participant_email;
DROP INDEX participant_choice_destination;
DROP TABLE participant_choice;
CREATE TABLE participant_choice (participant_id INTEGER NOT NULL, rank INTEGER NOT NULL,
                                 destination_id INTEGER NOT NULL,
                                 PRIMARY KEY (participant_id, rank)) WITHOUT ROWID;
SQL
sed 's/PRAGMA foreign_keys = ON/PRAGMA foreign_keys = OFF/' "$work/floor.sql" >"$work/stripped.sql"

echo "== $rows rows, $(du -h "$work/bookings.csv" | cut -f1) of CSV"
hyperfine --warmup 1 --runs 5 --export-markdown "$work/import.md" \
    --prepare "rm -f $work/e.fieldday* $work/s.fieldday* $work/plain.db; cp $work/template.fieldday $work/e.fieldday; cp $work/stripped.fieldday $work/s.fieldday" \
    -n "fieldday-cli import" "$cli import $work/e.fieldday $work/bookings.csv" \
    -n "sqlite3 .import" "sqlite3 $work/plain.db '.import --csv $work/bookings.csv bookings'" \
    -n "sqlite3 INSERT…SELECT into the event schema" "sqlite3 $work/e.fieldday < $work/floor.sql" \
    -n "sqlite3 INSERT…SELECT into a schema without constraints" "sqlite3 $work/s.fieldday < $work/stripped.sql"
cat "$work/import.md"

echo "== peak memory (maximum resident set size)"
rm -f "$work/e.fieldday"*; cp "$work/template.fieldday" "$work/e.fieldday"
/usr/bin/time -f "fieldday-cli import: %M KiB" $cli import "$work/e.fieldday" "$work/bookings.csv" >/dev/null
rm -f "$work/plain.db"
/usr/bin/time -f "sqlite3 .import:     %M KiB" sqlite3 "$work/plain.db" ".import --csv $work/bookings.csv bookings"
