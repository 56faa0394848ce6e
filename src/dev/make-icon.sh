#!/usr/bin/env bash
# Draws the app icon (assets/roma-dse.png, 256x256) and its Windows form (assets/roma-dse.ico) with
# ImageMagick: a ROM bit array (a 4x4 grid, set bits in amber) on a blue chip.
# Needs: apt-get install -y --no-install-recommends imagemagick
set -euo pipefail
cd "$(dirname "$0")/../.."
draw=$(
  echo "fill '#1f3b5c' roundrectangle 8,8 247,247 40,40"
  echo "fill '#2d5a8a' roundrectangle 28,28 227,227 24,24"
  for r in 0 1 2 3; do
    for c in 0 1 2 3; do
      x=$((50 + c * 42)); y=$((50 + r * 42))
      if [ $(((r * 5 + c * 3 + r * c) % 3)) -eq 0 ]; then fill='#f2b134'; else fill='#dfe8f2'; fi
      echo "fill '$fill' roundrectangle $x,$y $((x + 30)),$((y + 30)) 6,6"
    done
  done
)
convert -size 256x256 xc:none -draw "$draw" -depth 8 assets/roma-dse.png
convert assets/roma-dse.png -define icon:auto-resize=256,64,48,32,16 assets/roma-dse.ico
