#!/bin/sh
# A real Bluesky PDS (and its PLC directory) on 127.0.0.1 for Almanac's tests.
#   run-pds.sh install DIR   install the pinned @atproto/pds into DIR (once; again when the lock changes)
#   run-pds.sh start DIR     install if needed, then serve; prints one JSON line
#                            {"service","handle","did","appPassword"} and runs until stdin closes
# Exit 77 (skip) when npm or its registry cannot be reached; any other failure is a failure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mode=${1:?usage: run-pds.sh install|start DIR}
dir=${2:?usage: run-pds.sh install|start DIR}

install_pds() {
    mkdir -p "$dir"
    if [ -f "$dir/node_modules/.almanac-ready" ] && cmp -s "$here/package-lock.json" "$dir/package-lock.json"; then
        return 0
    fi
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        echo "run-pds.sh: node and npm are not installed (scripts/setup.sh test installs them)" >&2
        exit 77
    fi
    if ! npm ping >/dev/null 2>&1; then
        echo "run-pds.sh: the npm registry cannot be reached; the real-PDS test is skipped" >&2
        exit 77
    fi
    rm -f "$dir/node_modules/.almanac-ready"
    cp "$here/package.json" "$here/package-lock.json" "$dir/"
    # better-sqlite3 compiles against the local Node headers: no download from GitHub.
    if [ -f /usr/include/node/node.h ]; then
        npm_config_nodedir=/usr
        export npm_config_nodedir
    fi
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >&2
    (cd "$dir" && node -e "new (require('better-sqlite3'))(':memory:')") >&2
    touch "$dir/node_modules/.almanac-ready"
}

install_pds
case "$mode" in
install) ;;
start)
    cp "$here/pds.cjs" "$dir/"
    cd "$dir"
    exec node pds.cjs
    ;;
*)
    echo "usage: run-pds.sh install|start DIR" >&2
    exit 2
    ;;
esac
