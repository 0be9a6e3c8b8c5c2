#!/usr/bin/env bash
# Redraws the README's screenshots from the bundled example data: the SVG images of
# `trialspec km --svg` and `trialspec progression --svg`, rasterised by Debian's chromium, headless.
# Usage (from anywhere): bash examples/screenshots/render.sh path/to/trialspec
set -euo pipefail
tool=$(realpath "${1:?usage: render.sh path/to/trialspec}")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=$here/../cli/tests/data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$tool" km --followup "$data/rates_followup.csv" --relapses "$data/rates_relapses.csv" \
  --logrank msc,control --svg "$work/km.svg" > /dev/null
"$tool" progression --visits "$data/progression_visits_grouped.csv" --relapses "$data/progression_relapses.csv" \
  --baseline roving --events all --svg "$work/progression.svg" > /dev/null

for name in km progression; do
  # The window is the image's own size (the width and height of its <svg> element).
  size=$(sed -n 's/^<svg [^>]*width="\([0-9.]*\)" height="\([0-9.]*\)".*/\1,\2/p' "$work/$name.svg")
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
    --screenshot="$here/$name.png" --window-size="$size" "file://$work/$name.svg" 2> /dev/null
done
