#!/usr/bin/env bash
# Renders each HTML report in a folder to a PNG with headless Chromium (from Debian's packages), so a
# person can look at what a councillor would see.
#
#   Scripts/screenshot.sh [reports-folder] [png-folder]
#
# Installs chromium with apt-get when it is missing (needs root, as on CI and the dev machines).
set -euo pipefail
cd "$(dirname "$0")/.."
in=${1:-reports}
out=${2:-$in/screenshots}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "installing chromium (Debian package)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    browser=$(command -v chromium)
fi
mkdir -p "$out"
out=$(realpath "$out")
shopt -s nullglob
for page in "$in"/*.html; do
    rm -f "$out/$(basename "$page" .html).png"
    name=$(basename "$page" .html)
    "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size=1400,2200 --screenshot="$out/$name.png" "file://$(realpath "$page")" >/dev/null 2>&1 || true
    if [ ! -s "$out/$name.png" ]; then
        echo "could not render $page" >&2
        exit 1
    fi
    echo "wrote $out/$name.png"
done
