#!/usr/bin/env bash
# Browser benchmark of the timeline: our page against vis-timeline on the same generated
# datasets (1k, 10k, 100k, 1M entities), panned and zoomed the same way in one headless
# Chromium run; prints time to first frame and frame times side by side (see
# tests/bench/browser_timeline_bench.mjs for what is measured and how). Not part of ctest.
#   scripts/bench-browser.sh                     build what is missing, generate data, run
#   SIZES=1000,10000 SECONDS_PER_SIZE=4 scripts/bench-browser.sh
# Environment: BUILD_DIR (native build with load_bench, default build/), DATA (datasets,
# default $BUILD_DIR/bench-browser-data), SECONDS_PER_SIZE (interaction per page, default 4),
# BUDGET (seconds to load one size in one page, default 60), SKIP_PAGE_BUILD=1 (use dist/ as
# it is). Generated files are never committed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build}"
DATA="${DATA:-$BUILD/bench-browser-data}"
SIZES="${SIZES:-1000,10000,100000,1000000}"
cd "$ROOT"

# setup.sh also installs node_modules (playwright-core, vis-timeline: pinned devDependencies).
./scripts/setup.sh
if [ "${SKIP_PAGE_BUILD:-0}" != 1 ]; then ./build-wasm.sh >/dev/null; fi
[ -f dist/app.wasm ] || { echo "bench-browser.sh: dist/ is not built" >&2; exit 1; }

[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target load_bench -j"$(nproc)" >/dev/null
mkdir -p "$DATA"
for n in ${SIZES//,/ }; do
  # The 1M file is ~1.2 GB and takes ~15 s to write: kept between runs.
  [ -f "$DATA/synthetic-$n.json" ] || "$BUILD/tests/load_bench" --write-synthetic "$n" "$DATA/synthetic-$n.json" >&2
done

exec node tests/bench/browser_timeline_bench.mjs --data "$DATA" --dist dist --sizes "$SIZES" \
  --seconds "${SECONDS_PER_SIZE:-4}" --budget "${BUDGET:-60}"
