#!/usr/bin/env bash
# The project's whole test run: installs what is missing, builds the desktop program, the
# CLI and the tests, builds the page, prints the page size report, then runs every test
# through ctest (GoogleTest suites, the browser end-to-end tests, the desktop smoke test and
# the page size budget). Ends with ctest's summary; exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

./scripts/setup.sh
jobs=$(nproc)
BUILD_DIR=${BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DPE_BUILD_TESTS=ON -DPE_DIST_DIR="$PWD/dist" >/dev/null
fi
echo "== native build"
cmake --build "$BUILD_DIR" -j"$jobs"
echo "== web build"
./build-wasm.sh
echo "== page size"
./scripts/size-report.sh dist || true   # the budget itself is checked by ctest (page_size_budget)
echo "== tests"
echo "test.sh: built in $(( $(date +%s) - start )) s"
# Last: ctest's summary ("100% tests passed, 0 tests failed out of N") ends the output.
exec ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$jobs" --timeout 300
