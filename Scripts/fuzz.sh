#!/usr/bin/env bash
# Fuzzing: libFuzzer targets for the JSON reader, the CSV reader, the Excel workbook reader, the value
# parsers, and a render of
# whatever loads (Fuzz/). Builds the library with coverage instrumentation and AddressSanitizer into its
# own scratch folder, links each target, seeds its corpus from the test fixtures, and runs each for the
# given number of seconds. A crash is saved under .build/fuzz/findings/<target>/ and fails the script;
# make it a regression test (MalformedInputTests) before fixing it.
#
#   Scripts/fuzz.sh [seconds-per-target] [target...]      (60 s each, every target, by default)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzJSON FuzzCSV FuzzExcel FuzzValues)
scratch=.build/fuzz
flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)

echo "== building the library with -sanitize=fuzzer,address"
swift build --scratch-path "$scratch" --target CouncilPerformance "${flags[@]}" >/dev/null
build=$(swift build --scratch-path "$scratch" "${flags[@]}" --show-bin-path)
objects=()
for layer in Support Model Rules IO Reporting Store; do
    objects+=("$build"/CouncilPerformance$layer.build/*.o)
done
objects+=("$build"/CouncilPerformance.build/*.o)

# Seeds: every JSON and CSV file of the test fixtures, and a few values.
seeds=$scratch/seeds
rm -rf "$seeds"
mkdir -p "$seeds/FuzzJSON" "$seeds/FuzzCSV" "$seeds/FuzzExcel" "$seeds/FuzzValues"
# Workbooks: the small fixtures and the malformed cases (under the 64 KiB inputs are cut to).
find Tests/CouncilPerformanceTests/Fixtures -name '*.xlsx' -size -64k | while IFS= read -r file; do
    cp "$file" "$seeds/FuzzExcel/$(printf '%s' "$file" | md5sum | cut -c1-12).xlsx"
done
find Tests/CouncilPerformanceTests/Fixtures -name '*.json' -size -1M -exec cp {} "$seeds/FuzzJSON/" \; 2>/dev/null || true
i=0
while IFS= read -r file; do
    # The first byte chooses the table (Fuzz/FuzzCSV.swift); the fixtures' tables seed each choice.
    { printf "\\x$(printf %02x $((i % 13)))"; cat "$file"; } >"$seeds/FuzzCSV/seed-$i"
    i=$((i + 1))
done < <(find Tests/CouncilPerformanceTests/Fixtures -name '*.csv' -size -256k | head -400)
for value in "£1,080" "-£1.538m" "31.0%" "Q2 2018/19" "2018/19" "Sep 2018" "T1 2018/19" "2018-11-05" \
    "90%" "5%" "2pp" "1,234.5" "yes" "0.000001" "99999999999999"; do
    printf '%s' "$value" >"$seeds/FuzzValues/$(printf '%s' "$value" | md5sum | cut -c1-12)"
done

status=0
for target in "${targets[@]}"; do
    echo "== $target: ${seconds}s"
    binary=$scratch/$target
    swiftc -sanitize=fuzzer,address -parse-as-library -I "$build/Modules" -I Sources/CSQLite -I Sources/CZlib \
        Fuzz/"$target".swift Fuzz/FuzzRender.swift "${objects[@]}" -lsqlite3 -lz -o "$binary" 2>"$scratch/$target.link.log" \
        || { cat "$scratch/$target.link.log" >&2; exit 1; }
    corpus=$scratch/corpus/$target
    findings=$scratch/findings/$target
    mkdir -p "$corpus" "$findings"
    if ! "$binary" "$corpus" "$seeds/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/" -print_final_stats=1 2>"$scratch/$target.log"; then
        status=1
        echo "error: $target found a problem; the input is in $findings (log: $scratch/$target.log)" >&2
    fi
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: " "$scratch/$target.log" | tail -3 || true
done
exit $status
