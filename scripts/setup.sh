#!/usr/bin/env bash
# Almanac set-up on a fresh Debian 12 machine.
#   scripts/setup.sh run    install what is missing, build, start the desktop app
#   scripts/setup.sh test   install what is missing, build, run the whole test suite
#   scripts/setup.sh package  install what is missing, build a release, check the desktop
#                             file and metainfo, make build/release/almanac_<version>_<arch>.deb
# Works as root or as a user with sudo; apt-get runs only when a package is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-}"
shift || true

build_packages=(cmake ninja-build ccache clang libclang-rt-14-dev pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev libicu-dev libgl-dev qtkeychain-qt6-dev)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "== installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local preset="$1"
    cmake --preset "$preset" -S "$here" >/dev/null
    cmake --build --preset "$preset"
}

case "$mode" in
run)
    install_missing "${build_packages[@]}"
    build dev
    exec "$here/build/dev/bin/almanac" "$@"
    ;;
test)
    install_missing "${build_packages[@]}"
    # The Bluesky test runs the reference PDS from npm (tests/bluesky/run-pds.sh).
    if ! command -v npm >/dev/null 2>&1; then
        install_missing nodejs npm libnode-dev
    fi
    build dev
    cd "$here/build/dev"
    # The fuzz run and the slow end-to-end tests overlap with the rest on 2 cores.
    exec ctest --output-on-failure -j2 --timeout 900 "$@"
    ;;
package)
    install_missing "${build_packages[@]}" dpkg-dev file desktop-file-utils appstream
    desktop-file-validate "$here/resources/app.almanac.Almanac.desktop"
    appstreamcli validate --no-net "$here/resources/app.almanac.Almanac.metainfo.xml"
    build release
    cd "$here/build/release"
    cpack -G DEB
    ls -1 "$here"/build/release/almanac_*.deb
    ;;
*)
    echo "usage: scripts/setup.sh run|test|package [args...]" >&2
    exit 2
    ;;
esac
