#!/usr/bin/env bash
# The project's checks, in the order CI runs them: lint, build with warnings as errors, tests,
# the examples, the docs. Run from anywhere; exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "lint (swift format lint --strict)"
swift format lint --strict --recursive --parallel Package.swift Sources Tests Examples Benchmarks

step "build (warnings as errors)"
swift build -Xswiftc -warnings-as-errors

step "test (swift test)"
swift test -Xswiftc -warnings-as-errors

if [ -d Examples ] && ls Examples/*/ >/dev/null 2>&1; then
    step "examples"
    for example in Examples/*/; do
        name=$(basename "$example")
        if [ -x "Scripts/run-example-$name.sh" ]; then
            "Scripts/run-example-$name.sh"
        fi
    done
fi

step "docs (DocC, warnings as errors)"
Scripts/docs.sh
