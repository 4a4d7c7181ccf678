#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh Debian bookworm machine
# (root; only Debian's archive and the npm registry reachable). Idempotent: when all is
# present it only checks and returns within seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

IMGUI_VERSION=1.90.1
IMGUI_DEB_VERSION=1.90.1+ds-1
IMGUI_TARBALL=imgui_${IMGUI_VERSION}+ds.orig.tar.xz
IMGUI_SHA256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
IMGUI_DIR=$ROOT/third_party/imgui

PACKAGES=(cmake g++ pkg-config emscripten libglfw3-dev nlohmann-json3-dev googletest libgtest-dev
  libbenchmark-dev fonts-noto-cjk python3-fonttools chromium xvfb xauth libgl1-mesa-dri
  imagemagick x11-utils clang-format xz-utils)

log() { printf '[setup] %s\n' "$*"; }

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$p"
  done
}

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

install_debian_packages() {
  local missing
  missing=$(missing_packages)
  [ -z "$missing" ] && { log "Debian packages: present"; return; }
  log "installing Debian packages: $(echo $missing | tr '\n' ' ')"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

fetch_imgui_from_debian() {
  local list=/etc/apt/sources.list.d/trixie-src.sources
  if [ ! -f "$list" ]; then
    $SUDO tee "$list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    $SUDO apt-get update -qq
  fi
  local work
  work=$(mktemp -d)
  (cd "$work" && apt-get source --download-only "imgui=$IMGUI_DEB_VERSION" >/dev/null 2>&1) || {
    $SUDO apt-get update -qq
    (cd "$work" && apt-get source --download-only "imgui=$IMGUI_DEB_VERSION" >/dev/null)
  }
  local sum
  sum=$(sha256sum "$work/$IMGUI_TARBALL" | cut -d' ' -f1)
  if [ "$sum" != "$IMGUI_SHA256" ]; then
    echo "setup: $IMGUI_TARBALL checksum mismatch: got $sum, expected $IMGUI_SHA256" >&2
    exit 1
  fi
  rm -rf "$IMGUI_DIR.tmp" && mkdir -p "$IMGUI_DIR.tmp"
  tar -xJf "$work/$IMGUI_TARBALL" -C "$IMGUI_DIR.tmp" --strip-components=1
  rm -rf "$IMGUI_DIR" && mv "$IMGUI_DIR.tmp" "$IMGUI_DIR"
  echo "$IMGUI_DEB_VERSION $IMGUI_SHA256" >"$IMGUI_DIR/.source-version"
  rm -rf "$work"
}

install_imgui() {
  if [ -f "$IMGUI_DIR/.source-version" ] && grep -q "$IMGUI_SHA256" "$IMGUI_DIR/.source-version"; then
    log "Dear ImGui $IMGUI_VERSION: present"
    return
  fi
  if command -v apt-get >/dev/null; then
    log "fetching Dear ImGui $IMGUI_DEB_VERSION from Debian's source archive"
    fetch_imgui_from_debian
  else
    log "not Debian: CMake will fetch Dear ImGui v$IMGUI_VERSION (FetchContent fallback)"
  fi
}

install_npm_packages() {
  if [ -d node_modules/playwright-core ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
    log "npm packages: present"
    return
  fi
  log "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
}

if command -v apt-get >/dev/null; then install_debian_packages; fi
install_imgui
install_npm_packages
log "done"
