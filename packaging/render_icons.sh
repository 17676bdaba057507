#!/bin/sh
# Re-render the PNG, .ico and .icns icons from the one SVG source.
# Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and png2icns (icnsutils).
set -eu
cd "$(dirname "$0")/.."
svg=resources/icons/hicolor/scalable/apps/fi.rekisteri.Rekisteri.svg
for n in 16 24 32 48 64 128 256 512; do
    mkdir -p "resources/icons/hicolor/${n}x${n}/apps"
    rsvg-convert -w "$n" -h "$n" "$svg" -o "resources/icons/hicolor/${n}x${n}/apps/fi.rekisteri.Rekisteri.png"
done
png() { echo "resources/icons/hicolor/$1x$1/apps/fi.rekisteri.Rekisteri.png"; }
icotool -c -o packaging/rekisteri.ico \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" -r "$(png 256)"
png2icns packaging/rekisteri.icns \
    "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null
