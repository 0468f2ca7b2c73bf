#!/usr/bin/env bash
# Benchmark of the treasure log's photos, side by side with ImageMagick in one run: 200
# camera-size JPEGs (4,000 x 3,000, with EXIF: orientation, time, GPS) imported into an event
# (turned, downscaled to 2,048 px, re-encoded, stored) and the share-out deck written from
# them, against ImageMagick's `convert` making one PDF of the same photos, downscaled the same.
# Peak memory of both (GNU time), and Fieldday's for a quarter of the photos, to show it stays
# flat. RUNS sets hyperfine's runs (default 3).
# Usage: scripts/bench-treasure.sh [PHOTOS]   (default 200; needs build/ or FIELDDAY_CLI,
#        hyperfine, GNU time, ImageMagick, python3, poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200}
cli=${FIELDDAY_CLI:-$PWD/build/app/cli/fieldday-cli}
convert=${CONVERT:-convert} # ImageMagick's; CONVERT=/usr/bin/convert skips a wrapper on PATH
for tool in hyperfine "$convert" python3 pdfinfo; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install hyperfine imagemagick python3 poppler-utils)"; exit 2; }
done
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

echo "== making $count camera-size photos (4,000 x 3,000, EXIF with GPS)"
for i in 1 2 3 4; do
    "$convert" -size 4000x3000 -seed $i plasma:fractal -blur 0x1 -attenuate 0.25 +noise Gaussian \
        -quality 92 base$i.jpg
done
mkdir photos
# Each photo a base with its own EXIF (a phone's: orientation, time, GPS) and comment, so no
# two files have the same bytes; every fourth is held sideways (orientation 6).
python3 - "$count" <<'PY'
import struct, sys
count = int(sys.argv[1])
def exif(orientation, when):
    # TIFF, little-endian: IFD0 (orientation, Exif and GPS pointers), Exif IFD (time), GPS IFD.
    ifd0, exif_ifd, gps_ifd = 8, 8 + 2 + 3 * 12 + 4, 8 + 2 + 3 * 12 + 4 + 2 + 12 + 4
    data = gps_ifd + 2 + 4 * 12 + 4
    t = b"II*\x00" + struct.pack("<I", ifd0)
    t += struct.pack("<H", 3)
    t += struct.pack("<HHII", 0x0112, 3, 1, orientation)
    t += struct.pack("<HHII", 0x8769, 4, 1, exif_ifd)
    t += struct.pack("<HHII", 0x8825, 4, 1, gps_ifd) + struct.pack("<I", 0)
    t += struct.pack("<H", 1) + struct.pack("<HHII", 0x9003, 2, 20, data) + struct.pack("<I", 0)
    lat, lon = data + 20, data + 44
    t += struct.pack("<H", 4)
    t += struct.pack("<HHI", 1, 2, 2) + b"N\x00\x00\x00"
    t += struct.pack("<HHII", 2, 5, 3, lat)
    t += struct.pack("<HHI", 3, 2, 2) + b"W\x00\x00\x00"
    t += struct.pack("<HHII", 4, 5, 3, lon) + struct.pack("<I", 0)
    t += when.encode() + b"\x00"
    t += struct.pack("<6I", 53, 1, 28, 1, 5736, 100) + struct.pack("<6I", 2, 1, 20, 1, 1536, 100)
    body = b"Exif\x00\x00" + t
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
for i in range(count):
    base = open("base%d.jpg" % (i % 4 + 1), "rb").read()
    when = "2019:03:26 %02d:%02d:%02d" % (10 + i // 60 % 4, i % 60, i % 60)
    comment = b"photo %d by a phone" % i
    com = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
    with open("photos/IMG_%04d.JPG" % i, "wb") as f:
        f.write(base[:2] + exif(6 if i % 4 == 3 else 1, when) + com + base[2:])
PY
echo "$(du -sh photos | cut -f1) in $count files of $(du -h photos/IMG_0000.JPG | cut -f1)"

# Debian's ImageMagick policy forbids the PDF coder (it guards reading PDF through
# Ghostscript) and caps the pixel cache at 1 GiB of disk, which $count photos exceed. The PDF
# is written by ImageMagick's own writer under its PDF/A name, and the cache may use the disk.
mkdir magick
cat > magick/policy.xml <<'XML'
<policymap><policy domain="resource" name="disk" value="64GiB"/></policymap>
XML
export MAGICK_CONFIGURE_PATH=$work/magick

fieldday="$cli treasure add e.fieldday --group Salford --photo photos --share-out --consent room --shows nobody >/dev/null && $cli shareout e.fieldday --out deck.pdf >/dev/null"
magick="$convert photos/*.JPG -auto-orient -resize 2048x2048 -quality 85 PDFA:magick.pdf"
echo "== import $count photos and write the share-out deck, against ImageMagick convert to one PDF"
hyperfine --runs "${RUNS:-3}" --export-markdown times.md \
    --prepare "rm -f e.fieldday e.fieldday-* deck.pdf magick.pdf; $cli new e.fieldday --sample >/dev/null" \
    -n "fieldday-cli treasure add + shareout" "$fieldday" \
    -n "convert -resize 2048x2048 PDFA:" "$magick"
cat times.md

peak() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }
rm -f e.fieldday*; $cli new e.fieldday --sample >/dev/null
import_kib=$(peak $cli treasure add e.fieldday --group Salford --photo photos --share-out --consent room --shows nobody)
deck_kib=$(peak $cli shareout e.fieldday --out deck.pdf)
magick_kib=$(peak "$convert" photos/*.JPG -auto-orient -resize 2048x2048 -quality 85 PDFA:magick.pdf)
quarter=$((count / 4))
mkdir fifty && find photos -name '*.JPG' | sort | head -n "$quarter" | xargs cp -t fifty/
rm -f f.fieldday*; $cli new f.fieldday --sample >/dev/null
import50_kib=$(peak $cli treasure add f.fieldday --group Salford --photo fifty --share-out --consent room --shows nobody)
deck50_kib=$(peak $cli shareout f.fieldday --out deck50.pdf)
echo "peak memory (MiB): fieldday-cli treasure add $((import_kib / 1024)) ($quarter photos: $((import50_kib / 1024))), shareout $((deck_kib / 1024)) ($quarter photos: $((deck50_kib / 1024))); convert $((magick_kib / 1024))"
echo "event file: $(du -h e.fieldday | cut -f1); deck: $(pdfinfo deck.pdf | grep Pages | tr -s ' '), $(du -h deck.pdf | cut -f1); ImageMagick's PDF: $(pdfinfo magick.pdf | grep Pages | tr -s ' '), $(du -h magick.pdf | cut -f1)"
