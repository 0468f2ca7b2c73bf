#!/usr/bin/env python3
"""Fault tests for the event file, run against the real fieldday-cli (see docs/reliability.md).

Usage: reliability.py CLI TEST [ROUNDS]
  crash      SIGKILL imports and allocations at random moments; after each kill the file must
             open, pass integrity_check and foreign_key_check, and hold each change wholly or
             not at all.
  diskfull   an import past a file-size limit (ulimit -f) fails with "disk full", event unchanged.
  readonly   a read-only file refuses every change with a clear message and is not written.
  backup     a backup taken while another process imports is consistent.
  doubleopen a second writer is refused while the first works on.
  mergekill  SIGKILL merges of a shared copy at random moments; after each kill the original
             is wholly as it was or wholly merged, sound, and a merge after it completes.
"""
import csv
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

CLI = sys.argv[1]
TEST = sys.argv[2]
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 0
WORK = tempfile.mkdtemp(prefix="fieldday-reliability-")
failures = []


def cli(*args, **kwargs):
    return subprocess.run([CLI, *args], capture_output=True, text=True, **kwargs)


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def write_bookings(path, rows, start=0):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["First name", "Surname", "Email", "1st choice", "2nd choice"])
        for i in range(start, start + rows):
            w.writerow(["Zoë", "Nguyễn %d" % i, "crash%d@example.org" % i, "Group 01", "Group 02"])


def counts(path):
    """Participants and assignments, through SQLite itself, after checking the file is sound."""
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        ok = db.execute("PRAGMA integrity_check").fetchone()[0]
        fk = db.execute("PRAGMA foreign_key_check").fetchall()
        people = db.execute("SELECT count(*) FROM participant").fetchone()[0]
        choices = db.execute("SELECT count(*) FROM participant_choice").fetchone()[0]
        assigned = db.execute("SELECT count(*) FROM assignment").fetchone()[0]
    finally:
        db.close()
    return ok, fk, people, choices, assigned


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def base_event(people=200):
    path = os.path.join(WORK, "base.fieldday")
    if not os.path.exists(path):
        r = cli("generate", path, "--participants", str(people), "--destinations", "4")
        assert r.returncode == 0, r.stderr
    return path


def test_crash():
    rounds = ROUNDS or 120
    # Big enough that an import or an allocation takes a few tenths of a second to kill into.
    base = os.path.join(WORK, "crash-base.fieldday")
    r = cli("generate", base, "--participants", "20000", "--destinations", "10")
    assert r.returncode == 0, r.stderr
    bookings = os.path.join(WORK, "bookings.csv")
    write_bookings(bookings, 20000, start=100000)
    header_only = os.path.join(WORK, "header.csv")
    write_bookings(header_only, 0)
    _, _, people0, choices0, _ = counts(base)
    killed_mid_change = 0
    deadline = time.time() + 180
    for n in range(rounds):
        if time.time() > deadline:
            print("stopping after %d rounds: time limit" % n)
            break
        event = os.path.join(WORK, "crash.fieldday")
        for suffix in ("", "-wal", "-shm", ".lock"):
            if os.path.exists(event + suffix):
                os.remove(event + suffix)
        shutil.copy(base, event)
        # Half the rounds allocate first, so an import meets a file with assignments, and the
        # other half kill the allocation itself.
        action = random.choice(["import", "allocate"])
        process = subprocess.Popen([CLI, action, event] + ([bookings] if action == "import" else []),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.02, 0.5))
        if process.poll() is None:
            killed_mid_change += 1
        process.send_signal(signal.SIGKILL)
        process.wait()
        # The file opens again (a stale lock is taken over) ...
        r = cli("info", event, "--json")
        check(r.returncode == 0, "round %d (%s): info after kill failed: %s" % (n, action, r.stderr.strip()))
        ok, fk, people, choices, assigned = counts(event)
        check(ok == "ok", "round %d: integrity_check: %s" % (n, ok))
        check(fk == [], "round %d: foreign_key_check: %s" % (n, fk))
        # ... and each change is wholly there or wholly absent.
        if action == "import":
            check(people in (people0, people0 + 20000), "round %d: half an import: %d people" % (n, people))
            check(choices in (choices0, choices0 + 40000), "round %d: half an import: %d choices" % (n, choices))
        else:
            check(assigned in (0, people0), "round %d: half an allocation: %d of %d assigned" % (n, assigned, people0))
        # A writer can take the file again: the dead process's lock is taken over.
        r = cli("import", event, header_only)
        check(r.returncode == 0, "round %d: the file cannot be written after the kill: %s" % (n, r.stderr.strip()))
    print("%d rounds, %d killed in the middle of a change" % (n + 1, killed_mid_change))
    check(killed_mid_change > (n + 1) // 4, "too few kills landed mid-change to prove anything")


def test_diskfull():
    base = base_event()
    event = os.path.join(WORK, "full.fieldday")
    shutil.copy(base, event)
    bookings = os.path.join(WORK, "big.csv")
    write_bookings(bookings, 20000)
    before = digest(event)
    size_kib = os.path.getsize(event) // 1024
    # A file-size limit just above the event: the import's writes hit it.
    r = subprocess.run(["bash", "-c", 'ulimit -f %d; exec "$0" import "$1" "$2"' % (size_kib + 64), CLI, event, bookings],
                       capture_output=True, text=True)
    check(r.returncode == 2, "a full disk should be exit 2, got %d" % r.returncode)
    check("disk full" in r.stderr, "the message should say the disk is full: %r" % r.stderr)
    check(r.stderr.count("\n") == 1, "one line on stderr: %r" % r.stderr)
    ok, fk, people, _, _ = counts(event)
    check(ok == "ok" and fk == [], "the event is sound after a full disk")
    check(people == counts(base)[2], "nothing of the import is there")
    r = cli("import", event, os.path.join(WORK, "bookings.csv") if os.path.exists(os.path.join(WORK, "bookings.csv")) else bookings, "--dry-run")
    check(r.returncode == 0, "the event still works: %s" % r.stderr)
    del before


def as_nobody(args):
    if os.geteuid() == 0:
        return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *args]
    return args


def test_readonly():
    folder = os.path.join(WORK, "ro")
    os.makedirs(folder)
    event = os.path.join(folder, "ro.fieldday")
    r = cli("new", event, "--sample")
    assert r.returncode == 0
    bookings = os.path.join(WORK, "few.csv")
    write_bookings(bookings, 5)
    for path in (event, bookings, WORK):
        os.chmod(path, 0o755 if os.path.isdir(path) else 0o644)
    os.chmod(event, 0o444)
    os.chmod(folder, 0o555)
    before = digest(event)
    for args in (["import", event, bookings], ["allocate", event]):
        r = subprocess.run(as_nobody([CLI, *args]), capture_output=True, text=True)
        check(r.returncode == 2, "%s on a read-only file: exit %d" % (args[0], r.returncode))
        check("read-only" in r.stderr, "%s: the message names read-only: %r" % (args[0], r.stderr))
    # Reading still works.
    r = subprocess.run(as_nobody([CLI, "info", event]), capture_output=True, text=True)
    check(r.returncode == 0, "info on a read-only file works: %r" % r.stderr)
    check(digest(event) == before, "the read-only file was not written")
    os.chmod(folder, 0o755)
    os.chmod(event, 0o644)


def test_backup():
    base = base_event()
    event = os.path.join(WORK, "busy.fieldday")
    shutil.copy(base, event)
    bookings = os.path.join(WORK, "many.csv")
    write_bookings(bookings, 30000)
    _, _, people0, _, _ = counts(event)
    for n in range(5):
        process = subprocess.Popen([CLI, "import", event, bookings, "--on-duplicate", "add"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(0.05 + 0.1 * n)
        copy = os.path.join(WORK, "backup-%d.fieldday" % n)
        r = cli("backup", event, copy)
        check(r.returncode == 0, "backup during an import: %s" % r.stderr)
        process.wait()
        if r.returncode == 0:
            ok, fk, people, choices, _ = counts(copy)
            check(ok == "ok" and fk == [], "backup %d is sound" % n)
            # A committed state: before the import, or after it, never between.
            check((people - people0) % 30000 == 0, "backup %d holds %d people: half an import" % (n, people))
            check(choices == people * 2 - (people0 * 2 - counts(base)[3]), "backup %d: choices match people" % n)


def test_doubleopen():
    base = base_event()
    event = os.path.join(WORK, "twice.fieldday")
    shutil.copy(base, event)
    bookings = os.path.join(WORK, "long.csv")
    write_bookings(bookings, 60000)
    first = subprocess.Popen([CLI, "import", event, bookings], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(0.3)
    second = cli("allocate", event)
    check(second.returncode == 2, "the second writer is refused: exit %d" % second.returncode)
    check("already open" in second.stderr, "it says already open: %r" % second.stderr)
    reader = cli("info", event)
    check(reader.returncode == 0, "a reader may still look: %r" % reader.stderr)
    first.wait()
    check(first.returncode == 0, "the first keeps working: %r" % first.stderr.read())
    check(counts(event)[2] == counts(base)[2] + 60000, "the first's import is all there")


def test_mergekill():
    rounds = ROUNDS or 15
    workload = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts",
                            "merge-workload.py")
    base = os.path.join(WORK, "merge-base.fieldday")
    base_copy = os.path.join(WORK, "merge-base-copy.fieldday")
    r = cli("generate", base, "--participants", "20000", "--destinations", "10")
    assert r.returncode == 0, r.stderr
    r = cli("share", base, "--out", base_copy, "--name", "Group lead")
    assert r.returncode == 0, r.stderr
    subprocess.run([sys.executable, workload, base, base_copy], check=True)

    def state(path):
        db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        try:
            ok = db.execute("PRAGMA integrity_check").fetchone()[0]
            fk = db.execute("PRAGMA foreign_key_check").fetchall()
            people = db.execute("SELECT count(*) FROM participant").fetchone()[0]
            checked = db.execute("SELECT count(*) FROM participant WHERE checked_in_at IS NOT NULL").fetchone()[0]
            merges = db.execute("SELECT merges FROM sharing").fetchone()[0]
        finally:
            db.close()
        return ok, fk, (people, checked, merges)

    _, _, before = state(base)
    # Kills land at random moments over about the time one merge takes on this machine (most
    # in the middle of it, some after): a faster merge must not make the test prove less.
    timed = os.path.join(WORK, "timed.fieldday")
    shutil.copy(base, timed)
    started = time.time()
    r = cli("merge", timed, base_copy, "--take", "theirs")
    assert r.returncode == 0, r.stderr
    duration = time.time() - started
    killed_mid_merge = 0
    deadline = time.time() + 120
    for n in range(rounds):
        if time.time() > deadline:
            print("stopping after %d rounds: time limit" % n)
            break
        event = os.path.join(WORK, "merge.fieldday")
        for name in os.listdir(WORK):
            if name.startswith("merge.") and name != "merge.fieldday" or name.startswith("merge.fieldday"):
                os.remove(os.path.join(WORK, name))
        shutil.copy(base, event)
        process = subprocess.Popen([CLI, "merge", event, base_copy, "--take", "theirs"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.01, 1.3 * duration))
        if process.poll() is None:
            killed_mid_merge += 1
        process.send_signal(signal.SIGKILL)
        process.wait()
        r = cli("info", event, "--json")
        check(r.returncode == 0, "round %d: info after kill failed: %s" % (n, r.stderr.strip()))
        ok, fk, now = state(event)
        check(ok == "ok", "round %d: integrity_check: %s" % (n, ok))
        check(fk == [], "round %d: foreign_key_check: %s" % (n, fk))
        merged = (before[0] + 200, before[1] + 2200, before[2] + 1)
        check(now in (before, merged), "round %d: half a merge: %s (before %s)" % (n, now, before))
        # Merged or not, merging again completes and leaves it merged.
        r = cli("merge", event, base_copy, "--take", "theirs")
        check(r.returncode == 0, "round %d: merge after the kill: %s" % (n, r.stderr.strip()))
        check(state(event)[2] == merged, "round %d: not merged after a second merge" % n)
    print("%d rounds, %d killed in the middle of a merge" % (n + 1, killed_mid_merge))
    check(killed_mid_merge > (n + 1) // 4, "too few kills landed mid-merge to prove anything")


try:
    {"mergekill": test_mergekill, "crash": test_crash, "diskfull": test_diskfull, "readonly": test_readonly,
     "backup": test_backup, "doubleopen": test_doubleopen}[TEST]()
finally:
    shutil.rmtree(WORK, ignore_errors=True)
print("%s: %d passed, %d failed" % (TEST, 0 if failures else 1, 1 if failures else 0))
sys.exit(1 if failures else 0)
