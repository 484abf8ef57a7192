#!/bin/bash
# Starts Almanac on its demo store under Xvfb and saves PNGs of the month view,
# the week view and the composer, in the light and the dark palette, for people
# to look at (nothing here is compared automatically).
#   tools/screenshots.sh [OUTPUT_DIR]     (default: build/screenshots)
# Needs: xvfb-run, xdotool, ImageMagick's import (apt install xvfb xdotool imagemagick).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here/build/screenshots}"
app="${ALMANAC_BIN:-$here/build/dev/bin/almanac}"
mkdir -p "$out"
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (apt install xvfb xdotool imagemagick)" >&2; exit 1; }
done
[ -x "$app" ] || { echo "screenshots.sh: build Almanac first ($app not found)" >&2; exit 1; }

shoot() { # palette
    local palette=$1 config
    config="$(mktemp -d)"
    mkdir -p "$config/almanac"
    printf "[appearance]\npalette=%s\n" "$palette" > "$config/almanac/almanac.conf"
    XDG_CONFIG_HOME="$config" "$app" --demo &
    local pid=$!
    local window=""
    for _ in $(seq 50); do
        window="$(xdotool search --name '^Almanac$' 2>/dev/null | head -1 || true)"
        [ -n "$window" ] && break
        sleep 0.2
    done
    [ -n "$window" ] || { echo "screenshots.sh: the window did not appear" >&2; kill "$pid"; exit 1; }
    xdotool windowsize "$window" 1360 860 windowmove "$window" 0 0 windowfocus --sync "$window"
    sleep 1.5
    import -window "$window" "$out/month-$palette.png"
    xdotool key ctrl+2; sleep 1
    import -window "$window" "$out/week-$palette.png"
    xdotool key ctrl+1; sleep 0.5
    xdotool key ctrl+n; sleep 1.5
    local composer
    composer="$(xdotool search --name 'New Post' | head -1)"
    xdotool windowfocus --sync "$composer"
    xdotool type --delay 2 "Autumn blend is back! Cosy notes of caramel and cocoa for the colder mornings. Grab a bag before Friday: https://acme.example/autumn #coffee"
    sleep 1
    import -window "$composer" "$out/composer-$palette.png"
    xdotool key ctrl+Tab; sleep 0.7
    import -window "$composer" "$out/composer-x-$palette.png"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$config"
}

if [ -z "${ALMANAC_IN_XVFB:-}" ]; then
    ALMANAC_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$out"
fi
shoot light
shoot dark
echo "screenshots in $out:"; ls "$out"
