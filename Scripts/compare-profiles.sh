#!/usr/bin/env bash
# Compares two builds of council-benchmark by one function's share of the CPU samples, for a step too
# small for timings on this shared machine to see (Documentation/Performance.md, "Measuring a small step").
#
#   Scripts/compare-profiles.sh BEFORE AFTER FUNCTION [councils] [profiles]
#
# BEFORE and AFTER are council-benchmark binaries (copy each build aside first); FUNCTION is part of a
# demangled name, such as 'PerformanceDataReader.readObservations'. Each binary is profiled in turn,
# alternating, `profiles` times (3 by default) on the councils Scripts/profile.sh links (40 by default),
# and the function's share of the samples is printed for each profile: with its callees (inclusive) and
# alone (self), and the mean of each. Needs perf, as Scripts/profile.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 3 ]; then
    echo "usage: Scripts/compare-profiles.sh BEFORE AFTER FUNCTION [councils] [profiles]" >&2
    exit 2
fi
before=$1
after=$2
function=$3
councils=${4:-40}
profiles=${5:-3}
command -v perf >/dev/null || { echo "compare-profiles.sh needs perf (apt-get install linux-perf)" >&2; exit 2; }
subset=.build/bench/profile-$councils
if [ ! -d "$subset" ]; then
    echo "no $subset: run Scripts/profile.sh $councils first, which links that many national councils" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for round in $(seq "$profiles"); do
    for side in before after; do
        binary=${!side}
        rm -rf "$work/out"
        perf record -F 4000 -g -o "$work/$side-$round.data" "$binary" --data "$subset" --output "$work/out" \
            --workers 1 >/dev/null 2>&1
        # One line a symbol: its share with callees, its share alone, and its name, demangled.
        perf report -i "$work/$side-$round.data" --children --sort sym --stdio -g none 2>/dev/null |
            swift demangle --simplified >"$work/$side-$round.txt"
    done
done
python3 - "$work" "$function" "$profiles" <<'PY'
import re, sys
work, function, profiles = sys.argv[1], sys.argv[2], int(sys.argv[3])
line = re.compile(r"^\s*([\d.]+)%\s+([\d.]+)%\s+\[.\]\s+(.*)$")
for side in ("before", "after"):
    shares = []
    for round in range(1, profiles + 1):
        inclusive = alone = 0.0
        for text in open(f"{work}/{side}-{round}.txt"):
            match = line.match(text)
            if match and function in match.group(3):
                # The largest entry is the function itself; specialised copies add their own lines.
                inclusive = max(inclusive, float(match.group(1)))
                alone += float(match.group(2))
        shares.append((inclusive, alone))
    listed = ", ".join(f"{i:.2f}% / {a:.2f}%" for i, a in shares)
    mean = (sum(i for i, _ in shares) / len(shares), sum(a for _, a in shares) / len(shares))
    print(f"{side:6}  with callees / alone: {listed}; mean {mean[0]:.2f}% / {mean[1]:.2f}%")
PY
