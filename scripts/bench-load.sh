#!/usr/bin/env bash
# Builds Release (in build-bench/, or $BUILD_DIR), runs the load and search benchmarks on
# generated datasets (tests/bench/synthetic_dataset.h) and prints plain figures: medians
# of $REPS repetitions (default 5) in MB/s (MB = 10^6 bytes) and microseconds per query,
# then the peak memory (maximum resident set size) of loading the 100k and 1M files, and
# where the loaded Dataset's memory goes per structure (load_bench --memory) at 100k.
# Generated files go to $BUILD_DIR/bench-data and are never committed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build-bench}"
REPS="${REPS:-5}"
JOBS="${JOBS:-2}"
PYTHON=/usr/bin/python3
DATA="$BUILD/bench-data"

cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target load_bench search_bench policy-explorer-cli -j"$JOBS" >/dev/null
mkdir -p "$DATA"

echo "running load_bench ($REPS repetitions; the 1M case takes a few minutes)..." >&2
"$BUILD/tests/load_bench" --benchmark_repetitions="$REPS" --benchmark_report_aggregates_only=true \
    --benchmark_out="$DATA/load_bench.json" --benchmark_out_format=json >/dev/null
echo "running search_bench..." >&2
"$BUILD/tests/search_bench" --benchmark_repetitions="$REPS" --benchmark_report_aggregates_only=true \
    --benchmark_out="$DATA/search_bench.json" --benchmark_out_format=json >/dev/null

"$PYTHON" - "$DATA/load_bench.json" "$DATA/search_bench.json" <<'EOF'
import json, sys

def medians(path):
    with open(path) as f:
        runs = json.load(f)["benchmarks"]
    return [r for r in runs if r.get("aggregate_name") == "median"]

to_ms = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
print("load_dataset = parse + validate + index (median of repetitions, MB = 10^6 bytes)")
for r in medians(sys.argv[1]):
    name = r["run_name"]
    entities = name.split("/")[1]
    ms = r["real_time"] * to_ms[r["time_unit"]]
    if name.startswith("BM_LoadDataset"):
        print(f"  load   {int(entities):>8} entities  {r['MB']:8.1f} MB  {ms:9.1f} ms  "
              f"{r['bytes_per_second'] / 1e6:6.1f} MB/s")
for r in medians(sys.argv[1]):
    name = r["run_name"]
    if name.startswith("BM_BuildSearchIndex"):
        ms = r["real_time"] * to_ms[r["time_unit"]]
        print(f"  search index build {int(name.split('/')[1]):>8} entities  {ms:9.1f} ms")
print("search at 100k entities (median time per query)")
for r in medians(sys.argv[2]):
    label = r["run_name"].replace("BM_Search100k/", "")
    us = r["real_time"] * to_ms[r["time_unit"]] * 1e3
    print(f"  {label:<22} {us:10.1f} us  ({int(r['hits'])} hits)")
EOF

peak_kb() {  # peak RSS in kB of a command, from GNU time
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'
}
for n in 100000 1000000; do
    if [ ! -f "$DATA/synthetic-$n.json" ]; then
        "$BUILD/tests/load_bench" --write-synthetic "$n" "$DATA/synthetic-$n.json" >/dev/null
    fi
done
size_mb() { echo "$(( $(stat -c %s "$1") / 1000000 ))"; }
echo "peak memory (maximum resident set size, MB = 10^6 bytes)"
kb=$(peak_kb "$BUILD/policy-explorer-cli" validate "$DATA/synthetic-100000.json")
echo "  policy-explorer-cli validate, 100k entities ($(size_mb "$DATA/synthetic-100000.json") MB file): $((kb * 1024 / 1000000)) MB"
# The CLI streams the file through the loader (DatasetLoadStream): the peak is the Dataset's
# memory, not the text's plus the Dataset's.
kb=$(peak_kb "$BUILD/policy-explorer-cli" validate "$DATA/synthetic-1000000.json")
echo "  policy-explorer-cli validate, 1M entities ($(size_mb "$DATA/synthetic-1000000.json") MB file): $((kb * 1024 / 1000000)) MB"
echo "the loaded Dataset's memory per structure, 100k entities (load_bench --memory)"
"$BUILD/tests/load_bench" --memory "$DATA/synthetic-100000.json" | sed 's/^/  /'
