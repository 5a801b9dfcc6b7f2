#!/usr/bin/env bash
# Installs the built .deb, starts the installed app on a private X display with --smoke-test, and removes the
# package again. Checks: the app shows the articles ("ok: 19 articles ..."), writes nothing into ~/.openjfx, the
# menu entry is installed and removed, uninstalling leaves the user's read marks alone, the .deb is <= 45 MB.
# Run as root after `mvn -Pinstaller package` (CI does: .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/installer/reading-list_*.deb)
rpm=$(ls target/installer/reading-list-*.rpm)
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

size_mb=$(( $(stat -c %s "$deb") / 1024 / 1024 ))
echo "deb: $deb, ${size_mb} MB, installed size $(( $(dpkg-deb -f "$deb" Installed-Size) / 1024 )) MB"
echo "rpm: $rpm, $(( $(stat -c %s "$rpm") / 1024 / 1024 )) MB"
[ "$size_mb" -le 45 ] || fail ".deb is ${size_mb} MB, more than 45 MB"

# the libraries the package depends on (GTK and friends) come from the distribution, as apt would install them
deps=$(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' ')
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $deps >/dev/null

dpkg -i "$deb"
launcher=/opt/reading-list/bin/reading-list
[ -x "$launcher" ] || fail "$launcher was not installed"
[ -f /usr/share/applications/reading-list.desktop ] || fail "menu entry missing"
[ -f /usr/share/icons/hicolor/256x256/apps/reading-list.png ] || fail "menu icon missing"

home=$(mktemp -d)
data="$home/data"
mkdir -p "$data"
marks='{"version": 1, "read": {"netflix-live-origin-41f1b0ad5371": "2026-11-28T10:15:30Z"}}'
printf '%s\n' "$marks" > "$data/state.json"
out=$(HOME="$home" GDK_GL=disable xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --smoke-test --data-dir "$data")
echo "installed app: $out"
grep -q '^ok: 19 articles, first frame [0-9]* ms$' <<<"$out" || fail "unexpected smoke-test output: $out"
[ ! -e "$home/.openjfx" ] || fail "the installed app unpacked files into ~/.openjfx"

dpkg -r reading-list
[ ! -e /opt/reading-list ] || fail "/opt/reading-list is still there after removal"
[ ! -e /usr/share/applications/reading-list.desktop ] || fail "menu entry left behind"
status=$(dpkg-query -W -f='${Status}' reading-list 2>/dev/null || true)
[ "$status" != "install ok installed" ] || fail "package still installed"
[ "$(cat "$data/state.json")" = "$marks" ] || fail "removing the package changed the user's read marks"
rm -rf "$home"
echo "check-deb: installed, started, removed: ok"
