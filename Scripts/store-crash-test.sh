#!/usr/bin/env bash
# Kills `council-report store import` part way through, again and again, and checks after each kill that
# the store is as it was before that import: `PRAGMA integrity_check` is ok, the store holds exactly the
# returns whose imports finished, and the latest return loads in full and reports.
#
#   Scripts/store-crash-test.sh [rounds]      (10 by default)
#
# The data is one generated council of 120,000 observations (Benchmarks/generate.py), so that an import
# takes long enough to be killed in the middle. Needs the sqlite3 shell (apt-get install sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
swift build --product council-report >/dev/null
bin=$(swift build --show-bin-path)/council-report
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/generate.py --out "$work/data" --councils 1 --measures 5000 --periods 24 --projects 100 --seed 7 >/dev/null
data=$work/data/c0001
store=$work/store.sqlite

count() { sqlite3 "$store" "SELECT count(*) FROM returns"; }

# One import that finishes, so every kill lands on a store with history in it.
"$bin" store import --store "$store" --data "$data" --as-of 2020-01-01 --by "first" >/dev/null 2>&1
killed=0
for round in $(seq 1 "$rounds"); do
    before=$(count)
    day=$(date -u -d "2020-01-01 + $round days" +%F)
    "$bin" store import --store "$store" --data "$data" --as-of "$day" --by "round $round" >/dev/null 2>"$work/progress" &
    pid=$!
    # Wait until the import is writing (it reports progress), then kill it a random moment later.
    for _ in $(seq 1 200); do grep -q importing "$work/progress" 2>/dev/null && break; sleep 0.01; done
    sleep "0.0$((RANDOM % 10))"
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?
    result=$(sqlite3 "$store" "PRAGMA integrity_check")
    [ "$result" = ok ] || { echo "round $round: integrity_check gave $result" >&2; exit 1; }
    after=$(count)
    if [ "$status" -eq 137 ]; then
        killed=$((killed + 1))
        [ "$after" -eq "$before" ] || { echo "round $round: killed, but the store has $after returns, not $before" >&2; exit 1; }
    else
        [ "$after" -eq $((before + 1)) ] || { echo "round $round: finished, but $after returns" >&2; exit 1; }
    fi
    "$bin" --store "$store" --report dashboard --format csv --output "$work/reports" >/dev/null \
        || { echo "round $round: the store did not load after the kill" >&2; exit 1; }
done
echo "store crash test: $rounds rounds, $killed imports killed part way; integrity ok and a full load after each"
