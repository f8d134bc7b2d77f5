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
"$bin" --data "$example" --as-of "Q1 2030/31" --output "$out/late" 2>"$out/late.txt"; late=$?
"$bin" --data "$example" --format pdf 2>"$out/usage.txt"; usage=$?
printf '{"formatVersion": 1, "council": [{"council": "X"}]}' >"$out/bad.json"
"$bin" --data "$out/bad.json" 2>"$out/data.txt"; bad=$?
set -e
[ "$late" -eq 2 ] && grep -q "is after the latest period reported" "$out/late.txt" || { cat "$out/late.txt" >&2; exit 1; }
[ ! -e "$out/late" ] || { echo "a refused --as-of wrote reports" >&2; exit 1; }
# A report folder holds one whole set: an earlier run's extra files go, the user's files stay.
echo mine >"$out/reports/notes.txt"
"$bin" --data "$example" --format markdown --output "$out/reports" >/dev/null
[ -f "$out/reports/notes.txt" ] && [ ! -e "$out/reports/dashboard.html" ] || { echo "the report set was not replaced whole" >&2; exit 1; }
"$bin" --data "$example" --format all --output "$out/reports" >/dev/null
rm "$out/reports/notes.txt"
[ "$usage" -eq 2 ] || { echo "bad usage exited $usage, expected 2" >&2; exit 1; }
[ "$bad" -eq 1 ] || { echo "bad data exited $bad, expected 1" >&2; exit 1; }
grep -q "plan_title is empty" "$out/data.txt" || { cat "$out/data.txt" >&2; exit 1; }
# The history store: import, report from it byte-identically, refuse a return out of date order.
store=$out/history.sqlite
"$bin" store import --store "$store" --data "$example" --as-of 2018-11-05 --by "CI" | grep -q "recorded return 1"
"$bin" --store "$store" --format all --output "$out/from-store" >/dev/null
diff -r "$out/reports" "$out/from-store" || { echo "reports from the store differ from the file's" >&2; exit 1; }
"$bin" store revisions --store "$store" | grep -q "No value has been revised"
set +e
"$bin" store import --store "$store" --data "$example" --as-of 2018-11-04 2>"$out/order.txt"; order=$?
set -e
[ "$order" -eq 1 ] && grep -q "return-out-of-order" "$out/order.txt" || { cat "$out/order.txt" >&2; exit 1; }
# The SPC command names an unreadable series file's problem in words, without Foundation's error text.
set +e
"$bin" spc --input "$out" --improvement increase --format csv 2>"$out/spc.txt"; spc=$?
set -e
[ "$spc" -eq 1 ] && grep -q "cannot read .* (open): is a folder" "$out/spc.txt" || { cat "$out/spc.txt" >&2; exit 1; }
echo "council-report: ok"
