#!/usr/bin/env bash
# Start-up benchmark of the page: time to first frame (state().firstFrameMs, median and p95
# over LOADS loads) and where start-up goes, for the built-in dataset and ?data with generated
# datasets; with BASE_DIST, another build of the page (e.g. main's) is loaded alternately with
# this one so both meet the same moments of the machine. Prints figures; not part of ctest.
#   scripts/bench-startup.sh
#   BASE_DIST=/tmp/main-dist SIZES=builtin,10000,100000 LOADS=10 scripts/bench-startup.sh
# Environment: DIST (the page, default dist/; built by hand or ./build-wasm.sh beforehand),
# BASE_DIST, SIZES (builtin and entity counts, default builtin,10000,100000), LOADS (default
# 10), BUILD_DIR (native build with load_bench, default build/), DATA (datasets, default
# $BUILD_DIR/bench-browser-data, shared with bench-browser.sh). Generated files are never committed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build}"
DATA="${DATA:-$BUILD/bench-browser-data}"
SIZES="${SIZES:-builtin,10000,100000}"
DIST="${DIST:-$ROOT/dist}"
cd "$ROOT"
[ -f "$DIST/app.wasm" ] || { echo "bench-startup.sh: $DIST is not built (./build-wasm.sh)" >&2; exit 1; }
[ -d node_modules/playwright-core ] || { echo "bench-startup.sh: node_modules missing (scripts/setup.sh)" >&2; exit 1; }

needs_data=0
for n in ${SIZES//,/ }; do [ "$n" = builtin ] || needs_data=1; done
if [ "$needs_data" = 1 ]; then
  [ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD" --target load_bench -j"$(nproc)" >/dev/null
  mkdir -p "$DATA"
  for n in ${SIZES//,/ }; do
    [ "$n" = builtin ] && continue
    [ -f "$DATA/synthetic-$n.json" ] || "$BUILD/tests/load_bench" --write-synthetic "$n" "$DATA/synthetic-$n.json" >&2
  done
fi

pages="ours=$DIST"
[ -n "${BASE_DIST:-}" ] && pages="base=$BASE_DIST,$pages"
exec node tests/bench/browser_startup_bench.mjs --dist "$pages" --data "$DATA" --sizes "$SIZES" --loads "${LOADS:-10}"
