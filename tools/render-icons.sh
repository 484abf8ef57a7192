#!/bin/bash
# Renders the application icon (resources/icons/app.almanac.Almanac.svg) into the
# PNG sizes of the hicolor theme, the Windows .ico and the macOS .icns that the
# build installs. Run after changing the SVG; the results are committed, so a
# build needs no SVG renderer. Needs ImageMagick (apt install imagemagick).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
icons="$here/resources/icons"
svg="$icons/app.almanac.Almanac.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$icons/hicolor/${size}x${size}/apps"
    convert -background none -density 600 "$svg" -resize "${size}x${size}" \
        "PNG32:$icons/hicolor/${size}x${size}/apps/app.almanac.Almanac.png"
done
convert $(for s in 16 24 32 48 64 256; do echo "$icons/hicolor/${s}x${s}/apps/app.almanac.Almanac.png"; done) \
    "$here/installer/windows/almanac.ico"
# ICNS: a header, then one PNG per entry type (ic07 128, ic08 256, ic09 512 px).
python3 - "$icons" "$here/installer/macos/almanac.icns" <<'PY'
import struct, sys
icons, out = sys.argv[1], sys.argv[2]
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    data = open(f"{icons}/hicolor/{size}x{size}/apps/app.almanac.Almanac.png", "rb").read()
    entries += kind + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
echo "icons rendered from $svg"
