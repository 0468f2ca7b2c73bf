#!/usr/bin/env bash
# The app's start-up, search as you type, and one edit of a person (Apply to the table showing
# it) on 20,000 participants (fieldday --startup-probe), five runs, offscreen (no display
# needed). Prints each run's figures and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/app/cli/fieldday-cli generate "$work/p.fieldday" --participants 20000 --destinations 40 >/dev/null
for run in 1 2 3 4 5; do
    # Its own settings, so the generated file is not added to your recent files.
    XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
        build/app/gui/fieldday --startup-probe "$work/p.fieldday" 2>/dev/null
done | python3 -c '
import sys, statistics
paint, keys, edits = [], [], []
for line in sys.stdin:
    name, value = line.split()
    {"first-paint-ms": paint, "keystroke-ms": keys, "edit-ms": edits}[name].append(float(value))
print("first paint: median %.0f ms (runs: %s)" % (statistics.median(paint), ", ".join("%.0f" % p for p in paint)))
print("keystroke filter: median %.1f ms, worst %.1f ms over %d keystrokes" % (statistics.median(keys), max(keys), len(keys)))
print("one edit applied and shown: median %.1f ms (runs: %s)" % (statistics.median(edits), ", ".join("%.1f" % e for e in edits)))'
