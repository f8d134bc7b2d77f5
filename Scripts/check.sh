#!/usr/bin/env bash
# The project's checks, exactly as CI runs them: lint, build with warnings as errors, the tests, the
# examples, the docs and the benchmark smoke test. Run from anywhere; stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash .ci/run
