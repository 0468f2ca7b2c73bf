#!/usr/bin/env bash
# Checks the Debian package as a distribution and a desktop would, then installs it on this
# machine, tries the installed programs and the event file type, and removes it again:
#   desktop-file-validate, appstreamcli validate, lintian (no errors), apt-get install, the
#   versions, `fieldday-cli new --sample`, xdg-mime on the event, on a renamed copy and on a plain
#   SQLite database, the app opening the event offscreen, apt-get remove.
# Needs root (or sudo) for apt-get. Usage: scripts/check-package.sh [DEB] (default: dist/'s)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(realpath "${1:-$(ls dist/fieldday_*_amd64.deb)}")
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
# xdg-mime reads the shared-mime-info database through File::MimeInfo (libfile-mimeinfo-perl);
# without it, it falls back on file(1), which knows nothing of Fieldday.
scripts/install-packages.sh desktop-file-utils appstream lintian xdg-utils libfile-mimeinfo-perl \
    shared-mime-info sqlite3

version=$(dpkg-deb -f "$deb" Version)
upstream=${version%-*}
work=$(mktemp -d)
installed=no
cleanup() {
    if [ "$installed" = yes ]; then $sudo apt-get remove -y -qq fieldday >/dev/null; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "== the package's files"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/fieldday.desktop"
echo "ok: desktop entry"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/"*.metainfo.xml
# Warnings and notes are shown; each one left is explained in docs/architecture.md.
status=0
report=$(lintian --fail-on error --display-info "$deb" 2>&1) || status=$?
grep -v 'running with root privileges' <<<"$report" || true
[ $status -eq 0 ] || fail "lintian reports errors"
echo "ok: lintian, no errors"

echo "== installed"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
installed=yes
[ "$(command -v fieldday-cli)" = /usr/bin/fieldday-cli ] || fail "fieldday-cli is not /usr/bin/fieldday-cli"
[ "$(/usr/bin/fieldday-cli --version)" = "fieldday-cli $upstream" ] || fail "fieldday-cli --version"
[ "$(/usr/bin/fieldday --version 2>/dev/null)" = "fieldday $upstream" ] || fail "fieldday --version"
echo "ok: both programs say $upstream"
man -w fieldday-cli >/dev/null && man -w fieldday >/dev/null || fail "manual pages not found by man"

cd "$work"
/usr/bin/fieldday-cli new X.fieldday --sample >/dev/null
cp X.fieldday renamed
sqlite3 other.db 'CREATE TABLE t (x); INSERT INTO t VALUES (1);'
cp other.db other
for f in X.fieldday renamed; do
    type=$(xdg-mime query filetype "$f")
    [ "$type" = application/x-fieldday ] || fail "xdg-mime says $f is $type"
    echo "ok: $f is application/x-fieldday"
done
type=$(xdg-mime query filetype other)
[ "$type" != application/x-fieldday ] || fail "a plain SQLite database is taken for an event"
echo "ok: another SQLite database is $type"
app=$(xdg-mime query default application/x-fieldday)
[ "$app" = fieldday.desktop ] || fail "application/x-fieldday opens with '$app', not fieldday.desktop"
echo "ok: an event file opens with fieldday.desktop"

# The installed app opens the event: --startup-probe prints the time of the first paint once the
# participants are on screen, then quits. A file it cannot open leaves it waiting on a message.
HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen \
    timeout 120 /usr/bin/fieldday --startup-probe X.fieldday >probe.txt 2>probe.err \
    || { cat probe.err >&2; fail "the installed app did not open the event"; }
grep -q '^first-paint-ms [0-9]' probe.txt || fail "the app showed no participants: $(cat probe.txt)"
echo "ok: /usr/bin/fieldday opened the event ($(head -1 probe.txt))"

echo "== removed"
$sudo apt-get remove -y -qq fieldday >/dev/null
installed=no
[ ! -e /usr/bin/fieldday-cli ] || fail "fieldday-cli is still there after removal"
type=$(xdg-mime query filetype renamed)
[ "$type" != application/x-fieldday ] || fail "the event file type is still known after removal"
echo "ok: removed, and the file type with it"
