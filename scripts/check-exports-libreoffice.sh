#!/usr/bin/env bash
# Opens partner lists (CSV and XLSX) holding hostile values with LibreOffice, headless, as a
# partner would, and fails if any cell became a formula. Installs LibreOffice Calc if missing.
# Usage: scripts/check-exports-libreoffice.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cli=$build/app/cli/fieldday-cli
if ! command -v soffice >/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$cli new "$work/e.fieldday" --sample >/dev/null
# Hostile values where a booking form lets people type: organisation and role.
sqlite3 "$work/e.fieldday" <<'SQL'
UPDATE participant SET organisation = '=HYPERLINK("http://example.com","click")' WHERE id = 1;
UPDATE participant SET organisation = '+1+1', role = '-2+3' WHERE id = 2;
UPDATE participant SET organisation = '@SUM(1,2)', role = '=1+1' WHERE id = 3;
UPDATE participant SET organisation = char(9) || '=cmd|'' /C calc''!A0' WHERE id = 4;
SQL
$cli export "$work/e.fieldday" --out "$work/list.csv" >/dev/null
$cli export "$work/e.fieldday" --out "$work/list.xlsx" >/dev/null
$cli export "$work/e.fieldday" --out "$work/full.csv" --profile full >/dev/null
status=0
for f in list.csv list.xlsx full.csv; do
    (cd "$work" && HOME="$work" timeout 120 soffice --headless --norestore --convert-to ods "$f" >/dev/null 2>&1)
    ods="$work/${f%.*}.ods"
    [ -f "$ods" ] || { echo "FAILED: LibreOffice did not open $f"; status=1; continue; }
    formulas=$(cd "$work" && python3 -c "import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).read('content.xml').decode().count('table:formula='))" "$ods")
    if [ "$formulas" != "0" ]; then
        echo "FAILED: $f has $formulas formula cells once opened in LibreOffice"; status=1
    else
        echo "ok: $f opens in LibreOffice with no formula"
    fi
    mv "$ods" "$work/${f%.*}-${f##*.}.ods"
done
exit $status
