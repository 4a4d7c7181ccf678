#!/usr/bin/env bash
# Prints the raw and gzip size of every file the page downloads, and the total; exits 1 when
# the gzip total is over the budget (a size is deterministic, unlike a timing).
#   scripts/size-report.sh [DIST_DIR]   (default dist/)
set -euo pipefail
dist=${1:-dist}
budget=${PE_PAGE_BUDGET_BYTES:-1572864}  # 1.5 MB
if [ ! -f "$dist/index.html" ]; then
  echo "size-report: $dist/index.html not found: run ./build-wasm.sh first" >&2
  exit 1
fi
raw_total=0
gz_total=0
printf '%-16s %12s %12s\n' file raw gzip
for file in "$dist"/*; do
  [ -f "$file" ] || continue
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  raw_total=$((raw_total + raw))
  gz_total=$((gz_total + gz))
  printf '%-16s %12d %12d\n' "$(basename "$file")" "$raw" "$gz"
done
printf '%-16s %12d %12d\n' total "$raw_total" "$gz_total"
awk -v r="$raw_total" -v g="$gz_total" -v b="$budget" \
  'BEGIN { printf "page size: %.2f MB raw, %.2f MB gzip (budget %.2f MB gzip)\n", r / 1048576, g / 1048576, b / 1048576 }'
if [ "$gz_total" -gt "$budget" ]; then
  echo "size-report: over budget by $((gz_total - budget)) bytes gzip" >&2
  exit 1
fi
