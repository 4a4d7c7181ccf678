#!/usr/bin/env bash
# Builds the web page into dist/ (index.html, style.css, explorer.js, app.js, app.wasm).
#   ./build-wasm.sh           build only
#   ./build-wasm.sh --serve   build, then serve dist/ on http://127.0.0.1:8080 (PORT=... to change)
set -euo pipefail
cd "$(dirname "$0")"
serve=0
for arg in "$@"; do
  case "$arg" in
    --serve) serve=1 ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) echo "build-wasm.sh: unknown argument $arg (try --help)" >&2; exit 2 ;;
  esac
done

./scripts/setup.sh
# Debian's emscripten needs Debian's node modules (acorn) when another node is first on PATH.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
BUILD_DIR=${BUILD_DIR:-build-wasm}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  emcmake cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DPE_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD_DIR" --target policy-explorer -j"$(nproc)"

rm -rf dist.tmp && mkdir dist.tmp
cp web/index.html web/style.css web/explorer.js web/text_input.js dist.tmp/
cp "$BUILD_DIR/app.js" "$BUILD_DIR/app.wasm" dist.tmp/
rm -rf dist && mv dist.tmp dist
echo "build-wasm.sh: page built in dist/ ($(du -sh dist | cut -f1))"

if [ "$serve" = 1 ]; then
  port=${PORT:-8080}
  echo "Serving dist/ at http://127.0.0.1:$port/ (Ctrl+C stops)"
  exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
fi
