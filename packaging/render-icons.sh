#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the app icon, resources/icons/io.github.spasmguide.SpasmGuide.svg, to the files the builds use, so no
# build needs an SVG renderer: resources/icons/png/spasmguide-<size>.png (hicolor theme, window icon),
# spasmguide.ico (Windows) and spasmguide.icns (macOS). Run it after editing the SVG and commit the results.
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and python3.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"

svg=io.github.spasmguide.SpasmGuide.svg
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "png/spasmguide-$size.png"
done
convert png/spasmguide-{16,24,32,48,64,256}.png spasmguide.ico
# 1024 px is only for the macOS icon (512 px at 2x), so it is not kept.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rsvg-convert --width 1024 --height 1024 "$svg" --output "$scratch/spasmguide-1024.png"

# .icns: a header, then one PNG per entry (type code, length, data); macOS reads PNG entries since 10.7.
python3 - "$scratch" <<'PY'
import struct, sys
entries = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
           (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]
body = b""
for code, size in entries:
    folder = sys.argv[1] if size == 1024 else "png"
    data = open(f"{folder}/spasmguide-{size}.png", "rb").read()
    body += code + struct.pack(">I", len(data) + 8) + data
open("spasmguide.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "Rendered $(ls png | wc -l) PNGs, spasmguide.ico and spasmguide.icns in resources/icons"
