#!/usr/bin/env bash
# Browser benchmark of the timeline over data shapes: our page (and vis-timeline at 1k and 10k)
# on generated datasets of each shape and size, zoomed (Ctrl+wheel) and panned the same way in
# one headless Chromium run; prints a markdown table of first frame, frameMs median and p95,
# main-thread ms per frame, WebAssembly memory and the vis-timeline ratio (see
# tests/bench/browser_timeline_bench.mjs for what is measured and how). Not part of ctest.
#   scripts/bench-browser.sh                     build the page, generate data, run the matrix
#   SHAPES=base,mixed SIZES=1000,10000 SKIP_PAGE_BUILD=1 scripts/bench-browser.sh
# Environment: SHAPES (presets of tests/bench/synthetic_shape.h, default all nine), SIZES
# (default 1000,10000,100000,1000000), MILLION_SHAPES (the shapes run at 1M and above, default
# base,mixed: each 1M file is 1.2 GB or more), VIS_SIZES (sizes where vis-timeline runs too,
# default 1000,10000), BUILD_DIR (native build with load_bench, default build/), DATA
# (datasets, default $BUILD_DIR/bench-browser-data, kept between runs as
# synthetic-SHAPE-N.json), SECONDS_PER_SIZE (interaction per page, default 4), BUDGET and
# BUDGET_1M (seconds to load one page, default 60 and 300), OUT (the JSON, default
# out/bench-browser/results.json; pictures beside it in shots/), SKIP_PAGE_BUILD=1 (use dist/
# as it is, and do not run scripts/setup.sh). Generated files are never committed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build}"
DATA="${DATA:-$BUILD/bench-browser-data}"
SHAPES="${SHAPES:-base,lanes24,lanes60,bunched,periods,longnames,links,undated,mixed}"
SIZES="${SIZES:-1000,10000,100000,1000000}"
MILLION_SHAPES="${MILLION_SHAPES:-base,mixed}"
OUT="${OUT:-$ROOT/out/bench-browser/results.json}"
cd "$ROOT"

if [ "${SKIP_PAGE_BUILD:-0}" != 1 ]; then
  # setup.sh also installs node_modules (playwright-core, vis-timeline: pinned devDependencies).
  ./scripts/setup.sh
  ./build-wasm.sh >/dev/null
fi
[ -d node_modules/playwright-core ] && [ -d node_modules/vis-timeline ] ||
  { echo "bench-browser.sh: node_modules lacks playwright-core or vis-timeline (scripts/setup.sh)" >&2; exit 1; }
[ -f dist/app.wasm ] || { echo "bench-browser.sh: dist/ is not built" >&2; exit 1; }

[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target load_bench -j"$(nproc)" >/dev/null
mkdir -p "$DATA"
for n in ${SIZES//,/ }; do
  for shape in ${SHAPES//,/ }; do
    if [ "$n" -ge 1000000 ] && [[ ",$MILLION_SHAPES," != *",$shape,"* ]]; then continue; fi
    file="$DATA/synthetic-$shape-$n.json"
    # A 1M file takes ~15 s to write: kept between runs (written aside, then renamed).
    if [ ! -f "$file" ]; then
      "$BUILD/tests/load_bench" --write-synthetic "$n" "$file.part" --shape "$shape" >&2
      mv "$file.part" "$file"
    fi
  done
done

exec node tests/bench/browser_timeline_bench.mjs --data "$DATA" --dist dist --shapes "$SHAPES" --sizes "$SIZES" \
  --million-shapes "$MILLION_SHAPES" --vis-sizes "${VIS_SIZES:-1000,10000}" --seconds "${SECONDS_PER_SIZE:-4}" \
  --budget "${BUDGET:-60}" --budget-1m "${BUDGET_1M:-300}" --out "$OUT" --shots "$(dirname "$OUT")/shots"
