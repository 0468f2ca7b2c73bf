#!/usr/bin/env bash
# Opens partner lists (CSV and XLSX) holding hostile values with LibreOffice, headless, as a
# partner would, and fails if any cell became a formula. Then opens the event report's ODT in
# LibreOffice Writer and fails unless its headings, photos and captions come through.
# Installs LibreOffice Calc and Writer if missing.
# Usage: scripts/check-exports-libreoffice.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cli=$build/app/cli/fieldday-cli
if ! command -v soffice >/dev/null || ! dpkg-query -W libreoffice-writer-nogui >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        libreoffice-calc-nogui libreoffice-writer-nogui >/dev/null
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

# The event report as an ODT, opened in Writer and printed to PDF by it.
$cli report "$work/e.fieldday" --out "$work/report.odt" >/dev/null
$cli report "$work/e.fieldday" --out "$work/report.pdf" >/dev/null
mkdir -p "$work/writer"
(cd "$work/writer" && HOME="$work" timeout 180 soffice --headless --norestore --convert-to pdf ../report.odt >/dev/null 2>&1)
writer_pdf="$work/writer/report.pdf"
if [ ! -f "$writer_pdf" ]; then
    echo "FAILED: LibreOffice did not open report.odt"; status=1
else
    text=$(pdftotext "$writer_pdf" - | tr -s ' \n' ' ')
    missing=""
    for heading in "Research questions" "The visits" "Who came" "What we found" "What we learned" "Figure 1."; do
        case "$text" in *"$heading"*) ;; *) missing="$missing [$heading]" ;; esac
    done
    # Every caption of the treasure chosen for the report, as the CLI lists it.
    while IFS= read -r caption; do
        [ -z "$caption" ] && continue
        case "$text" in *"$caption"*) ;; *) missing="$missing [$caption]" ;; esac
    done < <($cli treasure list "$work/e.fieldday" --json | python3 -c '
import json, sys
for item in json.load(sys.stdin):
    if item["in_report"] and item["may_show"]["report"] and item["caption"]:
        print(item["caption"])')
    writer_images=$(pdfimages -list "$writer_pdf" | tail -n +3 | wc -l)
    our_images=$(pdfimages -list "$work/report.pdf" | tail -n +3 | wc -l)
    odt_pictures=$(python3 -c "import zipfile,sys; print(sum(n.startswith('Pictures/') for n in zipfile.ZipFile(sys.argv[1]).namelist()))" "$work/report.odt")
    if [ -n "$missing" ]; then
        echo "FAILED: report.odt in LibreOffice lacks:$missing"; status=1
    elif [ "$writer_images" != "$odt_pictures" ] || [ "$our_images" != "$odt_pictures" ]; then
        echo "FAILED: report photos: $odt_pictures in the ODT, $writer_images once opened in LibreOffice, $our_images in the PDF"; status=1
    else
        echo "ok: report.odt opens in LibreOffice Writer with its headings, captions and $odt_pictures photos"
    fi
fi
exit $status
