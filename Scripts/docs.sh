#!/usr/bin/env bash
# Builds the DocC archive without the plugin, with warnings as errors.
#
# The library is one module, CouncilPerformance, that re-exports its layers (Support, Model, Rules, IO,
# Reporting; see Documentation/Architecture.md). Each layer's symbol graph names its own module, so they
# are merged into one CouncilPerformance graph first: readers see one library, as users import it.
set -euo pipefail
cd "$(dirname "$0")/.."
MODULE=CouncilPerformance
SCRATCH=.build/docc-scratch
SG=$SCRATCH/symbol-graphs
MERGED=.build/docc/symbol-graphs
OUT=.build/docc/$MODULE.doccarchive
# A fresh build every time: the compiler writes a module's graph only when it compiles the module, so
# graphs left from an earlier build could describe an API that has since changed.
rm -rf "$SCRATCH" && mkdir -p "$SG"
swift build --target "$MODULE" --scratch-path "$SCRATCH" \
    -Xswiftc -emit-symbol-graph \
    -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$SG" \
    -Xswiftc -emit-extension-block-symbols \
    -Xswiftc -symbol-graph-minimum-access-level -Xswiftc public
rm -rf .build/docc && mkdir -p "$MERGED"
python3 Scripts/merge-symbol-graphs.py "$MODULE" "$SG" "$MERGED"
docc convert "Sources/$MODULE/$MODULE.docc" \
    --additional-symbol-graph-dir "$MERGED" \
    --output-path "$OUT" \
    --fallback-display-name "$MODULE" \
    --fallback-bundle-identifier org.councilperformance \
    --warnings-as-errors
echo "docs: $OUT"
