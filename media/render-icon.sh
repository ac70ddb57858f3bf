#!/usr/bin/env bash
# Renders media/icon.svg to media/icon.png (256x256, transparent corners) with headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
html="$(mktemp --suffix=.html)"
trap 'rm -f "$html"' EXIT
printf '<html><body style="margin:0;background:transparent">%s</body></html>' "$(cat icon.svg)" >"$html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=256,256 --screenshot="$PWD/icon.png" "file://$html" 2>/dev/null
file icon.png 2>/dev/null || ls -l icon.png
