#!/usr/bin/env bash
# Runs the README's main command, `swift run nottinghamshire`, and checks that it wrote the full report
# set and that its HTML is well formed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift build --product nottinghamshire -Xswiftc -warnings-as-errors >/dev/null
bin=$(swift build --show-bin-path)/nottinghamshire
(cd "$out" && "$bin") >"$out/overview.txt"
cat "$out/overview.txt"
for name in dashboard.html dashboard.md savings.html savings.json changes.md changes-applied.html audit.md 2015/savings.html 2015/audit.html; do
    test -s "$out/reports/nottinghamshire/$name" || { echo "nottinghamshire did not write $name" >&2; exit 1; }
done
grep -q "Audit of the published record" "$out/overview.txt"
"$bin" audit --format markdown --output "$out/audit-only" >/dev/null
test -s "$out/audit-only/audit.md"
set +e
"$bin" --format pdf 2>/dev/null; status=$?
set -e
[ "$status" -eq 2 ] || { echo "bad usage exited $status, expected 2" >&2; exit 1; }
echo "nottinghamshire: ok"
