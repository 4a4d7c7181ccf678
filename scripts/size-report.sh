#!/usr/bin/env bash
# Prints the raw and gzip size of every file the page downloads, and the total; then the part
# the font, the data and the code take, from the build's generated assets (the embedded bytes
# inside app.wasm); exits 1 when the gzip total is over the budget (a size is deterministic,
# unlike a timing).
#   scripts/size-report.sh [DIST_DIR] [WASM_BUILD_DIR]   (defaults dist/ and build-wasm/)
# The parts' gzip figures are each part compressed alone (their share of the compressed
# app.wasm is close to that); "code" is the rest: app.wasm without the parts, and the scripts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist=${1:-dist}
build=${2:-$root/build-wasm}
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

# The parts: what the build embedded (scripts/generate_assets.py, app/tools/font_atlas_baker.cpp).
generated="$build/generated"
font_files=("$generated/font_subset.otf" "$generated/font_atlas.bin")
data_files=("$root/assets/data/beijing-stem-cell.json" "$root/assets/strings/ui_strings.json" "$generated/district_outlines.json")
part() {  # prints "raw gzip" of the files given
  local raw=0 gz=0 f
  for f in "$@"; do
    [ -f "$f" ] || continue
    raw=$((raw + $(stat -c %s "$f")))
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done
  echo "$raw $gz"
}
each() {  # one line per file given: name, raw, gzip
  local f
  for f in "$@"; do
    if [ -f "$f" ]; then printf '    %-38s %12d %12d\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"; fi
  done
}
if [ -f "$generated/font_subset.otf" ]; then
  read -r font_raw font_gz < <(part "${font_files[@]}")
  read -r data_raw data_gz < <(part "${data_files[@]}")
  page_files=("$dist/index.html" "$dist/style.css")
  read -r page_raw page_gz < <(part "${page_files[@]}")
  code_raw=$((raw_total - font_raw - data_raw - page_raw))
  code_gz=$((gz_total - font_gz - data_gz - page_gz))
  echo "parts (font and data are the bytes embedded in app.wasm; code is the rest of app.wasm and the scripts):"
  printf '  %-40s %12d %12d\n' "font (CJK subset + baked atlas)" "$font_raw" "$font_gz"
  each "${font_files[@]}"
  printf '  %-40s %12d %12d\n' "data (dataset, UI strings, districts)" "$data_raw" "$data_gz"
  each "${data_files[@]}"
  printf '  %-40s %12d %12d\n' "code (WebAssembly and JavaScript)" "$code_raw" "$code_gz"
  printf '  %-40s %12d %12d\n' "page (index.html, style.css)" "$page_raw" "$page_gz"
else
  echo "parts: $generated not found (pass the web build folder as the second argument)"
fi

if [ "$gz_total" -gt "$budget" ]; then
  echo "size-report: over budget by $((gz_total - budget)) bytes gzip" >&2
  exit 1
fi
