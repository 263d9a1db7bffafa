#!/usr/bin/env bash
# Render the app icon (resources/icons/counterdesk.svg, the one source) into
# the PNG sizes the app shows and the .ico the Windows executables carry.
#
# Run by hand after changing the SVG, and commit the results: the build then
# needs no SVG renderer (the app does not link Qt Svg, which saves memory and
# a module the Windows SDK would have to build). Needs Debian's librsvg2-bin
# (rsvg-convert) and icoutils (icotool); installs them when missing.
set -euo pipefail

icons=$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)
# shellcheck source=lib/debian-packages.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/debian-packages.sh"
ensure_packages render-icons librsvg2-bin icoutils

sizes=(16 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    rsvg-convert -w "$size" -h "$size" "$icons/counterdesk.svg" -o "$icons/counterdesk-$size.png"
done
# Windows picks the size it needs from the .ico: taskbar, title bar, Explorer's views.
# The 256 px image goes in as PNG (-r), as Windows Vista and later read it: a
# 256 px bitmap would make the file fifty times larger.
icotool -c -o "$icons/counterdesk.ico" "$icons"/counterdesk-{16,24,32,48}.png -r "$icons/counterdesk-256.png"
echo "render-icons: wrote ${#sizes[@]} PNGs and counterdesk.ico in $icons"
