#!/usr/bin/env python3
"""Edits for the merge benchmark and fault test (scripts/bench-merge.sh, tests/reliability).

Usage: merge-workload.py ORIGINAL COPY [CHECKINS WALKINS EDITS]
In COPY (a shared copy, closed): CHECKINS people checked in and WALKINS walk-ins added in the
copy's own id range, each checked in and put in a group. In ORIGINAL: EDITS people's phone
numbers changed. Written with Python's sqlite3, as another program would; no Fieldday needed.
"""
import random
import sqlite3
import sys

original, copy = sys.argv[1], sys.argv[2]
checkins, walkins, edits = (int(v) for v in (sys.argv[3:6] if len(sys.argv) > 5 else (2000, 200, 500)))
rng = random.Random(16)

db = sqlite3.connect(copy)
db.execute("PRAGMA foreign_keys = ON")
space = db.execute("SELECT id_space FROM replica").fetchone()[0]
ids = [r[0] for r in db.execute("SELECT id FROM participant ORDER BY id")]
groups = [r[0] for r in db.execute("SELECT id FROM destination ORDER BY id")]
with db:
    for n, pid in enumerate(rng.sample(ids, checkins)):
        db.execute("UPDATE participant SET status = 'attended', checked_in_at = ? WHERE id = ?",
                   ("2019-03-26T09:%02d:00Z" % (30 + n % 30), pid))
    first = (space << 40) + 1
    last = db.execute("SELECT max(id) FROM participant WHERE id BETWEEN ? AND ?",
                      (first, (space + 1 << 40) - 1)).fetchone()[0]
    start = (last or first - 1) + 1
    for n in range(walkins):
        pid = start + n
        db.execute("INSERT INTO participant (id, given_name, family_name, email, status, checked_in_at) "
                   "VALUES (?, 'Walk', ?, ?, 'attended', '2019-03-26T09:45:00Z')",
                   (pid, "In %d" % pid, "walkin%d@example.org" % pid))
        db.execute("INSERT INTO assignment (participant_id, destination_id, pinned) VALUES (?, ?, 1)",
                   (pid, rng.choice(groups)))
db.close()

db = sqlite3.connect(original)
with db:
    for n, pid in enumerate(rng.sample(ids, edits)):
        db.execute("UPDATE participant SET phone = ? WHERE id = ?", ("0161 496 %04d" % n, pid))
db.close()
