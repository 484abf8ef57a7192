#!/bin/bash
# Starts Almanac on its demo store under Xvfb and saves PNGs of the month view,
# the week view, the composer, Publishing Accounts, Export, Settings and each page of the import wizard (with the
# sample files under resources/samples, one of them full of errors), in the
# light and the dark palette, for people to look at (nothing here is compared
# automatically). "Now" is pinned so the samples' dates stay ahead.
#   tools/screenshots.sh [OUTPUT_DIR]     (default: build/screenshots)
# English in the light and the dark palette, then German (file names end in -de)
# in the dark one, to see that translated texts fit.
# Needs: xvfb-run, xdotool, ImageMagick's import (apt install xvfb xdotool imagemagick).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here/build/screenshots}"
app="${ALMANAC_BIN:-$here/build/dev/bin/almanac}"
# The daily scenes (a busy month and week at 1280x800, a published and a failed
# post opened, the composer with a thread and alt text, the wizard's detail
# area on a bad row, the first-run window, the composer on a 1280x720 screen)
# are driven by object name by almanac-screens, built with the tests.
screens="${ALMANAC_SCREENS_BIN:-$(dirname "$app")/almanac-screens}"
mkdir -p "$out"
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (apt install xvfb xdotool imagemagick)" >&2; exit 1; }
done
[ -x "$app" ] || { echo "screenshots.sh: build Almanac first ($app not found)" >&2; exit 1; }
[ -x "$screens" ] || { echo "screenshots.sh: build the tests first ($screens not found)" >&2; exit 1; }

samples="$here/resources/samples"
export ALMANAC_NOW=2026-11-24T08:00:00Z

# Starts the demo (with any extra arguments) in a palette; sets $pid, $config.
start() { # palette [args...]
    local palette=$1
    shift
    config="$(mktemp -d)"
    mkdir -p "$config/almanac"
    printf "[appearance]\npalette=%s\nlanguage=%s\n" "${palette%-*}" "$lang" > "$config/almanac/almanac.conf"
    XDG_CONFIG_HOME="$config" "$app" --demo "$@" &
    pid=$!
}

stop() {
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$config"
}

# Waits for a window whose title matches, prints its id.
find_window() { # title-regex
    local window=""
    for _ in $(seq 50); do
        window="$(xdotool search --name "$1" 2>/dev/null | head -1 || true)"
        [ -n "$window" ] && break
        sleep 0.2
    done
    [ -n "$window" ] || { echo "screenshots.sh: no window \"$1\" appeared" >&2; kill "$pid"; exit 1; }
    echo "$window"
}

shoot() { # palette
    local palette=$1 window
    start "$palette"
    window="$(find_window '^Almanac$')"
    xdotool windowsize "$window" 1360 860 windowmove "$window" 0 0 windowfocus --sync "$window"
    sleep 1.5
    import -window "$window" "$out/month-$palette.png"
    xdotool key ctrl+2; sleep 1
    import -window "$window" "$out/week-$palette.png"
    xdotool key ctrl+1; sleep 0.5
    xdotool key ctrl+n; sleep 1.5
    local composer
    composer="$(xdotool search --name "$t_composer" | head -1)"
    xdotool windowfocus --sync "$composer"
    xdotool type --delay 2 "Autumn blend is back! Cosy notes of caramel and cocoa for the colder mornings. Grab a bag before Friday: https://acme.example/autumn #coffee"
    sleep 1
    import -window "$composer" "$out/composer-$palette.png"
    xdotool key ctrl+Tab; sleep 0.7
    import -window "$composer" "$out/composer-x-$palette.png"
    xdotool key Escape; sleep 0.7
    xdotool key $k_discard; sleep 0.7 # the composer asks before it drops what was typed
    xdotool windowfocus --sync "$window"; xdotool key $k_accounts; sleep 1.5
    local accounts
    accounts="$(find_window "^$t_accounts\$")"
    xdotool windowfocus --sync "$accounts"; sleep 0.5
    import -window "$accounts" "$out/accounts-$palette.png"
    xdotool key Escape; sleep 0.7
    xdotool windowfocus --sync "$window"; xdotool key ctrl+e; sleep 1.5
    local export
    export="$(find_window "^$t_export\$")"
    xdotool windowfocus --sync "$export"; sleep 0.5
    import -window "$export" "$out/export-$palette.png"
    xdotool key Escape; sleep 0.7
    xdotool windowfocus --sync "$window"; xdotool key ctrl+comma; sleep 1.5
    local settings
    settings="$(find_window "^$t_settings\$")"
    xdotool windowfocus --sync "$settings"; sleep 0.5
    import -window "$settings" "$out/settings-$palette.png"
    xdotool key ctrl+Tab; sleep 0.5
    xdotool key ctrl+Tab; sleep 0.5
    import -window "$settings" "$out/settings-publishing-$palette.png"
    xdotool key ctrl+Tab; sleep 0.5
    import -window "$settings" "$out/settings-backups-$palette.png"
    stop
}

shoot_wizard() { # palette
    local palette=$1 wizard window
    # A file Almanac cannot read: refused on the first page.
    start "$palette" "$samples/not-utf8.csv"
    wizard="$(find_window "^$t_wizard\$")"
    xdotool windowfocus --sync "$wizard"; sleep 1
    import -window "$wizard" "$out/wizard-1-refused-$palette.png"
    stop
    # A plan with errors: the mapping, then every row judged.
    start "$palette" "$samples/plan-with-errors.csv"
    wizard="$(find_window "^$t_wizard\$")"
    xdotool windowfocus --sync "$wizard"; sleep 1
    import -window "$wizard" "$out/wizard-2-map-$palette.png"
    xdotool key $k_next; sleep 1.5
    xdotool key Tab Down Down; sleep 0.5 # into the table, a row with an error, its fields below
    import -window "$wizard" "$out/wizard-3-preview-$palette.png"
    stop
    # A clean plan: the summary, the result, and the calendar with the new posts selected.
    start "$palette" "$samples/content-plan.csv"
    wizard="$(find_window "^$t_wizard\$")"
    xdotool windowfocus --sync "$wizard"; sleep 1
    xdotool key $k_next; sleep 1.5
    xdotool key $k_next; sleep 1
    import -window "$wizard" "$out/wizard-4-confirm-$palette.png"
    xdotool key alt+i; sleep 1.5
    import -window "$wizard" "$out/wizard-5-result-$palette.png"
    xdotool key Return; sleep 2
    window="$(find_window '^Almanac$')"
    xdotool windowsize "$window" 1360 860 windowfocus --sync "$window"; sleep 1
    import -window "$window" "$out/imported-$palette.png"
    stop
}

scenes() { # palette [scene...]: almanac-screens in that palette and the current language
    local palette=$1
    shift
    local config
    config="$(mktemp -d)"
    mkdir -p "$config/almanac"
    printf "[appearance]\npalette=%s\nlanguage=%s\n" "${palette%-*}" "$lang" > "$config/almanac/almanac.conf"
    XDG_CONFIG_HOME="$config" "$screens" "$out" "$palette" "$@" >/dev/null
    rm -rf "$config"
}

# The composer as it opens on a 1280x720 screen: a screen of that size of its own.
if [ -n "${ALMANAC_SMALL_SCREEN:-}" ]; then
    lang=$ALMANAC_SMALL_SCREEN
    scenes "$ALMANAC_SMALL_PALETTE" composer-720
    exit 0
fi

if [ -z "${ALMANAC_IN_XVFB:-}" ]; then
    for variant in light:en dark:en dark-de:de; do
        ALMANAC_SMALL_SCREEN=${variant#*:} ALMANAC_SMALL_PALETTE=${variant%:*} \
            xvfb-run -a -s "-screen 0 1280x720x24" "$0" "$out"
    done
    ALMANAC_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$out"
fi
# Window titles and keys in the language shown.
lang=en t_composer='New Post' t_accounts='Publishing Accounts' t_export='Export Posts' t_wizard='Import CSV' t_settings='Settings'
k_accounts='alt+f p' k_next='alt+n' k_discard='alt+c'
for palette in light dark; do
    shoot "$palette"
    shoot_wizard "$palette"
    scenes "$palette" month posts composer-thread wizard-detail first-run
done
lang=de t_composer='Neuer Beitrag' t_accounts='Veröffentlichungskonten' t_export='Beiträge exportieren'
t_wizard='CSV importieren' t_settings='Einstellungen' k_accounts='alt+d k' k_next='alt+w' k_discard='alt+v'
shoot dark-de
shoot_wizard dark-de
scenes dark-de month posts composer-thread wizard-detail first-run
echo "screenshots in $out:"; ls "$out"
