#!/usr/bin/env bash
# Renders every HTML report under a folder (and its subfolders) to a full-page PNG with headless
# Chromium (from Debian's packages), so a person can look at what a councillor would see.
#
#   Scripts/screenshot.sh [reports-folder] [png-folder] [width]
#
# With no arguments it shoots what the README's command (`swift run nottinghamshire`) writes:
# reports/nottinghamshire and its 2015 folder, 1280 px wide, into reports/nottinghamshire/screenshots.
# It fails when the folder holds no HTML report, rather than succeeding with nothing to look at.
#
# Installs chromium with apt-get when it is missing (needs root, as on CI and the dev machines).
set -euo pipefail
cd "$(dirname "$0")/.."
in=${1:-reports/nottinghamshire}
out=${2:-$in/screenshots}
width=${3:-1280}
if [ ! -d "$in" ]; then
    echo "no folder $in: run 'swift run nottinghamshire' first, or name a folder of HTML reports" >&2
    exit 1
fi
mapfile -t pages < <(find "$in" -name '*.html' -not -path "$out/*" | sort)
if [ "${#pages[@]}" -eq 0 ]; then
    echo "no HTML report under $in (expected the .html files a report command writes)" >&2
    exit 1
fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "installing chromium (Debian package)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    browser=$(command -v chromium)
fi
mkdir -p "$out"
out=$(realpath "$out")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
chrome() {
    "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$scratch/profile" "$@"
}
for page in "${pages[@]}"; do
    # A name per folder, so reports/nottinghamshire/2015/savings.html does not overwrite savings.html.
    relative=${page#"$in"/}
    name=${relative%.html}
    name=${name//\//-}
    rm -f "$out/$name.png"
    # The page's full height at this width: a copy beside the page (so relative links still resolve)
    # writes it into its title, which --dump-dom prints once the page has laid out.
    probe="$(dirname "$page")/.screenshot-probe-$$.html"
    sed 's|</body>|<script>document.title = "height:" + document.documentElement.scrollHeight;</script></body>|' \
        "$page" >"$probe"
    height=$(chrome --window-size="$width,1000" --dump-dom "file://$(realpath "$probe")" 2>/dev/null |
        sed -n 's|.*<title>height:\([0-9]*\)</title>.*|\1|p' | head -n 1)
    rm -f "$probe"
    height=${height:-2200}
    chrome --window-size="$width,$height" --screenshot="$out/$name.png" "file://$(realpath "$page")" \
        >/dev/null 2>&1 || true
    if [ ! -s "$out/$name.png" ]; then
        echo "could not render $page" >&2
        exit 1
    fi
    echo "wrote $out/$name.png (${width}x$height)"
done
