#!/usr/bin/env bash
# The national benchmark: CouncilPerformance against its peers, reference jobs in pandas, polars and
# DuckDB, side by side on the same generated data (Benchmarks/SPEC.md, Benchmarks/reference/README.md).
#
#   Scripts/benchmark.sh [small|medium|national|huge]   (small by default; huge is 5x national, 1.2 GB)
#   Scripts/benchmark.sh large                          (one large council through council-report)
#   ROUNDS=5 Scripts/benchmark.sh national              (rounds of timed runs: 3 at medium and national, else 1)
#
# Builds council-benchmark in release mode, generates the data once (cached under .build/bench), installs
# the references' pinned requirements into a virtual environment under .build (never a dependency of the
# library; without PyPI it warns and runs what it can), checks every implementation against the
# hand-worked edge cases (Benchmarks/edge), runs each in turn for some rounds, fails if any summary.csv
# differs from ours in any cell or if the polars or DuckDB dashboards differ from pandas', and prints one
# table of each implementation's median round.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-small}
case "$size" in small|medium|national|huge|large) ;; *) echo "usage: Scripts/benchmark.sh [small|medium|national|huge|large]" >&2; exit 2;; esac
# Rounds of timed runs: three at medium and national, where the speed goal is judged; one at small (CI's
# correctness check) and at huge (a round there takes about five minutes); ROUNDS=n overrides.
case "$size" in medium | national) rounds=${ROUNDS:-3} ;; *) rounds=${ROUNDS:-1} ;; esac
case "$rounds" in '' | *[!0-9]* | 0) echo "ROUNDS must be a positive whole number" >&2; exit 2;; esac
root=.build/bench
data=$root/data-$size
out=$root/out-$size
mkdir -p "$root"
# How every benchmarked binary is built (Documentation/Performance.md): release, with cross-module
# optimisation (the library is built in layer modules) and the Swift runtime linked in statically, as a
# server binary is deployed; calls into the runtime then need no indirection through the dynamic linker.
release=(-c release -Xswiftc -cross-module-optimization --static-swift-stdlib)

if [ "$size" = large ]; then
    # One large council (about 190 MB of CSV) through the path users run: council-report, every report in
    # every format, in a release build. Prints the wall time and the peak resident set size as
    # /usr/bin/time -v reports it, beside the input's size on disk. The goal (issue 19) is a peak below
    # the input's size; the script reports the gap and does not fail on it.
    echo "== building council-report (release)"
    swift build "${release[@]}" --product council-report >/dev/null
    report=$(swift build "${release[@]}" --show-bin-path)/council-report
    if [ ! -f "$data/.complete" ]; then
        echo "== generating one large council"
        rm -rf "$data"
        python3 Benchmarks/generate.py --size large --seed 42 --out "$data"
        touch "$data/.complete"
    fi
    council=$(find "$data" -mindepth 1 -maxdepth 1 -type d | head -1)
    input_bytes=$(du -sb "$council" | cut -f1)
    rm -rf "$out"
    /usr/bin/time -v "$report" --data "$council" --format all --output "$out" --quiet >/dev/null 2>"$root/time-large.txt"
    python3 - "$input_bytes" "$root/time-large.txt" "$out" <<'PY'
import os, re, sys
input_bytes, timing, out = int(sys.argv[1]), open(sys.argv[2]).read(), sys.argv[3]
peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1)) * 1024
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", timing).group(1)
written = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs)
print(f"one large council: {input_bytes / 1e6:.0f} MB of CSV in, {written / 1e6:.0f} MB of reports out")
print(f"council-report --format all: wall {wall}, peak resident {peak / 2**20:.0f} MiB "
      f"({peak / input_bytes:.1f}x the input)")
if peak >= input_bytes:
    print("goal not met: the peak should be below the input's size on disk (Documentation/Reliability.md)")
PY
    exit 0
fi

echo "== building council-benchmark (release)"
# Linking the runtime statically, the linker warns about glibc's mktemp, which Foundation links in and
# the library never calls.
swift build "${release[@]}" --product council-benchmark >/dev/null
bin=$(swift build "${release[@]}" --show-bin-path)/council-benchmark

if [ ! -f "$data/.complete" ]; then
    echo "== generating $size data"
    rm -rf "$data"
    python3 Benchmarks/generate.py --size "$size" --seed 42 --out "$data"
    touch "$data/.complete"
fi
input_bytes=$(du -sb "$data" | cut -f1)

# The peers: a name, the module it needs, and its job (Benchmarks/reference/README.md).
peer_names=(pandas polars duckdb)
declare -A peer_module=([pandas]=pandas [polars]=polars [duckdb]=duckdb)
declare -A peer_job=([pandas]=job.py [polars]=job_polars.py [duckdb]=job_duckdb.py)
declare -A peer_options=([pandas]="--workers 2" [polars]="" [duckdb]="")
venv=$root/venv
pinned() {
    # Whether the virtual environment has every pinned requirement at its pinned version.
    [ -x "$venv/bin/python" ] && "$venv/bin/python" - Benchmarks/reference/requirements.txt <<'PY' 2>/dev/null
import sys
from importlib.metadata import version
for line in open(sys.argv[1]):
    name, _, pin = line.strip().partition("==")
    if name and version(name) != pin:
        sys.exit(1)
PY
}
if ! pinned; then
    echo "== installing the references' requirements into $venv"
    if ! { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet -r Benchmarks/reference/requirements.txt; }; then
        echo "warning: could not install every reference's requirements (is PyPI reachable?); running what can run" >&2
    fi
fi
peers=()
for peer in "${peer_names[@]}"; do
    if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import ${peer_module[$peer]}" 2>/dev/null; then
        peers+=("$peer")
    else
        echo "warning: $peer is not installed; its reference is skipped" >&2
    fi
done

# The edge cases first: one council on the boundaries of the rules, whose summary row is worked out by
# hand (Benchmarks/edge/README.md). Each implementation must write exactly that row.
edge=$root/out-edge
rm -rf "$edge"
mkdir -p "$edge/ours"
"$bin" --data Benchmarks/edge/data --output "$edge/ours" >/dev/null
edge_runs=(ours)
for peer in "${peers[@]}"; do
    mkdir -p "$edge/$peer"
    "$venv/bin/python" "Benchmarks/reference/${peer_job[$peer]}" --data Benchmarks/edge/data --output "$edge/$peer" >/dev/null
    edge_runs+=("$peer")
done
for run in "${edge_runs[@]}"; do
    if ! cmp -s Benchmarks/edge/expected-summary.csv "$edge/$run/summary.csv"; then
        echo "error: the edge cases' summary from $run differs from the one worked out by hand (expected, then $run):" >&2
        diff Benchmarks/edge/expected-summary.csv "$edge/$run/summary.csv" >&2 || true
        exit 1
    fi
done
echo "== edge cases: ${edge_runs[*]} match the summary worked out by hand"

# Each implementation runs once a round, in turn, so that a neighbour's burst on this shared machine falls
# on a round rather than on one implementation; the table shows each one's median round and the goal is
# judged on the medians (Documentation/Performance.md, "How it is measured").
rm -rf "$out"
mkdir -p "$out"
results=()
for round in $(seq "$rounds"); do
    [ "$rounds" -gt 1 ] && echo "== round $round of $rounds"
    rm -rf "$out/ours"
    mkdir -p "$out/ours"
    echo "== CouncilPerformance"
    python3 Benchmarks/harness.py "CouncilPerformance" "$out/ours-$round.json" "$bin" --data "$data" --output "$out/ours"
    results+=("$out/ours-$round.json")
    for peer in "${peers[@]}"; do
        echo "== $peer reference"
        rm -rf "$out/$peer"
        mkdir -p "$out/$peer"
        # shellcheck disable=SC2086 # the options are words
        python3 Benchmarks/harness.py "$peer" "$out/$peer-$round.json" "$venv/bin/python" \
            "Benchmarks/reference/${peer_job[$peer]}" --data "$data" --output "$out/$peer" ${peer_options[$peer]}
        results+=("$out/$peer-$round.json")
        if ! cmp -s "$out/ours/summary.csv" "$out/$peer/summary.csv"; then
            echo "error: the summaries differ (ours, then $peer):" >&2
            diff "$out/ours/summary.csv" "$out/$peer/summary.csv" | head -20 >&2
            exit 1
        fi
        # polars and DuckDB write the tables pandas' to_html writes, byte for byte (the reference README).
        if [ "$peer" != pandas ] && [ -d "$out/pandas/dashboards" ] &&
            ! diff -rq "$out/pandas/dashboards" "$out/$peer/dashboards" >/dev/null; then
            echo "error: the $peer dashboards differ from pandas':" >&2
            diff -rq "$out/pandas/dashboards" "$out/$peer/dashboards" | head -5 >&2
            exit 1
        fi
    done
done
if [ ${#peers[@]} -gt 0 ]; then
    echo "== summaries agree cell for cell ($(($(wc -l <"$out/ours/summary.csv") - 1)) councils): ours, ${peers[*]}"
fi
echo
python3 Benchmarks/report.py "$input_bytes" "${results[@]}"

# The store stage: every council imported into one new history store, then each loaded back
# (Benchmarks/SPEC.md). Both routes' loads are timed the same way on the same workers, alternating; the
# store's must stay within 2x the CSV's time at medium, national and huge (a warning at small).
echo
echo "== history store: import every council, then load each back"
store_json=$("$bin" --data "$data" --store "$root/store-$size.sqlite")
rm -f "$root/store-$size.sqlite" "$root/store-$size.sqlite-wal" "$root/store-$size.sqlite-shm"
python3 - "$input_bytes" "$store_json" "$size" <<'PY'
import json, sys
csv_bytes, result, size = int(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
ratio = result["store_load"] / max(result["csv_load"], 1e-9)
print(f"import: {result['observations']:,} observations in {result['store_import']:.2f} s "
      f"({result['import_observations_per_second']:,} a second)")
print(f"size on disk: {result['store_bytes'] / 1e6:.0f} MB against {csv_bytes / 1e6:.0f} MB of CSV "
      f"({result['store_bytes'] / csv_bytes:.2f}x)")
print(f"load: {result['store_load']:.2f} s from the store against {result['csv_load']:.2f} s from CSV "
      f"(summed over councils, the faster of two alternating rounds each; {ratio:.2f}x; "
      f"wall {result['store_load_wall']:.2f} s against {result['csv_load_wall']:.2f} s)")
if ratio > 2:
    # The smoke test (small) has no timing thresholds; the goal is held at medium, national and huge sizes.
    message = f"loading from the store took {ratio:.2f}x the CSV load (the goal is at most 2x)"
    if size == "small":
        print(f"warning: {message}", file=sys.stderr)
    else:
        sys.exit(f"error: {message}")
PY

# Refused without reading (Documentation/Reliability.md): a 2 GB JSON document (sparse: its size is on
# the file system, no bytes on disk), a 2 GB table in a CSV folder, a FIFO and a device must each be
# refused with exit status 1 and a peak resident memory under 100 MB, as /usr/bin/time -v reports it.
echo
echo "== refused without reading: peak memory of council-report on a 2 GB file, a FIFO and a device"
swift build "${release[@]}" --product council-report >/dev/null
report=$(swift build "${release[@]}" --show-bin-path)/council-report
refuse=$root/refuse
rm -rf "$refuse"
mkdir -p "$refuse/folder"
truncate -s 2G "$refuse/big.json"
cp -r Benchmarks/edge/data/e0001/. "$refuse/folder/"
truncate -s 2G "$refuse/folder/observations.csv"
mkfifo "$refuse/fifo.json"
for input in "$refuse/big.json" "$refuse/folder" "$refuse/fifo.json" /dev/zero; do
    set +e
    /usr/bin/time -v "$report" --data "$input" --output "$refuse/out" >/dev/null 2>"$refuse/time.txt"
    status=$?
    set -e
    peak=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$refuse/time.txt")
    reason=$(grep -m1 "cannot read" "$refuse/time.txt" | sed 's/.*(open): //')
    printf '%-40s exit %s, peak %s MB: %s\n' "${input#$root/}" "$status" "$((peak / 1024))" "$reason"
    if [ "$status" -ne 1 ] || [ "$peak" -ge $((100 * 1024)) ]; then
        echo "error: $input was not refused before reading (exit $status, peak ${peak} kB)" >&2
        exit 1
    fi
done
rm -rf "$refuse"
