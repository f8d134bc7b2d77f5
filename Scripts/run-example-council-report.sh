#!/usr/bin/env bash
# Runs the council-report example the way a user would and checks its exit statuses:
# 0 with reports written, 1 for bad data (diagnostics on stderr), 2 for bad usage.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product council-report -Xswiftc -warnings-as-errors >/dev/null
bin=$(swift build --show-bin-path)/council-report
example=Tests/CouncilPerformanceTests/Fixtures/Examples/small-council.json
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin" --help | grep -q -- "--as-of <period>"
"$bin" --data "$example" --format all --output "$out/reports" | grep -q "wrote $out/reports/dashboard.html"
for name in dashboard.md savings.html changes.json dashboard-section-1.csv; do
    test -s "$out/reports/$name" || { echo "council-report did not write $name" >&2; exit 1; }
done

set +e
"$bin" --data "$example" --format pdf 2>"$out/usage.txt"; usage=$?
printf '{"formatVersion": 1, "council": [{"council": "X"}]}' >"$out/bad.json"
"$bin" --data "$out/bad.json" 2>"$out/data.txt"; bad=$?
set -e
[ "$usage" -eq 2 ] || { echo "bad usage exited $usage, expected 2" >&2; exit 1; }
[ "$bad" -eq 1 ] || { echo "bad data exited $bad, expected 1" >&2; exit 1; }
grep -q "plan_title is empty" "$out/data.txt" || { cat "$out/data.txt" >&2; exit 1; }
echo "council-report: ok"
