#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 (a debootstrap chroot, nothing else
# on it) with apt, as a user would, and runs the installed programs there.
#   installer/test-deb-install.sh [path/to/almanac_*.deb]   (default: build/release/almanac_*.deb,
#                                                           made by scripts/setup.sh package)
# Needs root (debootstrap, chroot) and Debian's mirror; takes a few minutes.
# MIRROR=... overrides http://deb.debian.org/debian; KEEP=1 leaves the chroot.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="${1:-$(ls -1 "$here"/build/release/almanac_*.deb 2>/dev/null | tail -1)}"
[ -f "$deb" ] || { echo "test-deb-install: no .deb; run scripts/setup.sh package first" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || exec sudo "$0" "$deb"
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap

root="$(mktemp -d /tmp/almanac-deb-test.XXXXXX)"
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    [ -n "${KEEP:-}" ] && { echo "chroot kept in $root"; return; }
    rm -rf "$root"
}
trap cleanup EXIT

echo "== debootstrap bookworm into $root"
debootstrap --variant=minbase bookworm "$root" "${MIRROR:-http://deb.debian.org/debian}" >"$root.log" 2>&1 \
    || { tail -20 "$root.log" >&2; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env LC_ALL=C.UTF-8 HOME=/root "$@"; }

echo "== apt install ./$(basename "$deb")"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" >/dev/null

echo "== the installed programs"
in_root almanac-cli --version
in_root almanacd --help >/dev/null
in_root env QT_QPA_PLATFORM=offscreen almanac --version
# A store, an account and an imported plan, as a smoke test of the SQLite driver and the CSV path.
in_root almanac-cli --db /tmp/store.sqlite integrations add --id int_x --platform x >/dev/null
printf 'content,integrations,schedule_at\n"Hello from the package",int_x,2099-01-01T09:00:00Z\n' >"$root/tmp/plan.csv"
in_root env ALMANAC_NOW=2098-12-01T00:00:00Z almanac-cli --db /tmp/store.sqlite import /tmp/plan.csv
# The catalogs are built in: the CLI speaks the environment's language.
said="$(in_root env LANG=de_DE.UTF-8 LC_ALL= almanac-cli --db /tmp/store.sqlite import /tmp/missing.csv 2>&1 || true)"
[[ "$said" == *"konnte nicht geöffnet werden"* ]] || { echo "test-deb-install: almanac-cli does not speak German: $said" >&2; exit 1; }
for f in usr/share/applications/app.almanac.Almanac.desktop usr/share/metainfo/app.almanac.Almanac.metainfo.xml \
         usr/share/icons/hicolor/256x256/apps/app.almanac.Almanac.png usr/lib/systemd/user/almanacd.service \
         usr/share/icons/hicolor/scalable/apps/app.almanac.Almanac.svg; do
    [ -f "$root/$f" ] || [ -f "$root/${f/usr\/lib/lib}" ] || { echo "test-deb-install: /$f is missing" >&2; exit 1; }
done
echo "== the package installs and runs on a clean Debian 12"
