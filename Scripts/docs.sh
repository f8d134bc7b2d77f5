#!/usr/bin/env bash
# Builds the DocC archive without the plugin, with warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
MODULE=CouncilPerformance
SG=.build/docc/symbol-graphs
OUT=.build/docc/$MODULE.doccarchive
rm -rf .build/docc && mkdir -p "$SG"
swift build --target "$MODULE" --scratch-path .build/docc-scratch \
    -Xswiftc -emit-symbol-graph \
    -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$SG" \
    -Xswiftc -emit-extension-block-symbols \
    -Xswiftc -symbol-graph-minimum-access-level -Xswiftc public
docc convert "Sources/$MODULE/$MODULE.docc" \
    --additional-symbol-graph-dir "$SG" \
    --output-path "$OUT" \
    --fallback-display-name "$MODULE" \
    --fallback-bundle-identifier org.councilperformance \
    --warnings-as-errors
echo "docs: $OUT"
