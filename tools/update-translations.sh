#!/bin/bash
# Brings translations/*.ts up to date with the sources: new strings are added
# (unfinished, for a translator), vanished ones dropped. English carries only
# the plural forms ("%n post(s)" -> "1 post" / "%n posts").
#   tools/update-translations.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
cd "$here"
for lang in de fr es; do
    "$lupdate" -no-obsolete -locations none -target-language "$lang" app models ui -ts "translations/almanac_$lang.ts"
done
"$lupdate" -no-obsolete -locations none -pluralonly -target-language en app models ui -ts translations/almanac_en.ts
