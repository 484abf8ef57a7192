#!/bin/bash
# Brings translations/*.ts up to date with the sources (lupdate through the
# build's update_translations target): new strings are added unfinished, for a
# translator; vanished ones are dropped. English needs no translator except for
# plural forms: its other new strings are finished here as they are written.
#   tools/update-translations.sh [BUILD_DIR]      (default: build/dev)
# Needs a configured build and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build/dev}"
cmake --build "$build" --target update_translations
python3 - "$here/translations/almanac_en.ts" <<'PY'
import re, sys
path = sys.argv[1]
ts = open(path, encoding="utf-8").read()
def finish(m):
    message = m.group(0)
    if 'numerus="yes"' in message or 'type="unfinished"' not in message:
        return message
    source = re.search(r"<source>(.*?)</source>", message, re.S).group(1)
    return re.sub(r'<translation type="unfinished"\s*(/>|>.*?</translation>)',
                  lambda _: "<translation>" + source + "</translation>", message, count=1, flags=re.S)
ts = re.sub(r"<message[^>]*>.*?</message>", finish, ts, flags=re.S)
open(path, "w", encoding="utf-8").write(ts)
left = ts.count('type="unfinished"')
print(f"almanac_en.ts: {left} plural form(s) left to write" if left else "almanac_en.ts: complete")
PY
