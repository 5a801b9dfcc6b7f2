#!/usr/bin/env bash
# Installs the built .deb, starts the installed app on a private X display with --smoke-test, and removes the
# package again. Checks: the app shows the articles ("ok: 19 articles ...") from its class cache (a cache that does
# not match stops it), reads the feed and the OPML list shipped in it with Rome ("feeds: read 2 entries ..."; Rome
# finds its parsers through a properties file and reflection, which the module descriptors it gets at build time must
# allow), SLF4J (Rome's logging) finds its provider and so says nothing on stderr, creates its library (library.db)
# in the data folder, loads SQLite's native library from the package and unpacks nothing into its temp folder, writes
# nothing into ~/.openjfx, the menu entry is installed and removed, an older version's read marks (state.json) move
# into the library, uninstalling leaves the user's data folder alone, the .deb is <= 45 MB.
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

# The app's temp folder is a private one: sqlite-jdbc deletes the copy it unpacks when the JVM exits, so it is looked
# for while the app runs, and nothing that other processes put into /tmp meanwhile is taken for the app's.
tmp="$home/tmp"
mkdir -p "$tmp"
# the installed class cache must match the installed runtime: with these options a stale one stops the app
case "$(ls /opt/reading-list/lib/app)" in
    *reading-list.aot*) cache_check=-XX:AOTMode=on ;;
    *reading-list.jsa*) cache_check=-Xshare:on ;;
    *) fail "no class cache in /opt/reading-list/lib/app" ;;
esac
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$home/display" >/dev/null 2>&1 &
xvfb=$!
app=
trap 'kill $app "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$home/display" ] && break; sleep 0.1; done
# --settle-seconds keeps the window open for a few seconds after the first frame, while the checks look at it
HOME="$home" DISPLAY=":$(head -1 "$home/display")" GDK_GL=disable \
    JDK_JAVA_OPTIONS="-Djava.io.tmpdir=$tmp $cache_check" \
    "$launcher" --smoke-test --settle-seconds 3 --data-dir "$data" >"$home/out.txt" 2>"$home/err.txt" &
app=$!   # the launcher script execs the JVM: this is the app's process
for _ in $(seq 600); do
    grep -q '^ok: ' "$home/out.txt" && break
    # gone, or exited and not yet waited for
    case "$(cut -d ' ' -f 3 "/proc/$app/stat" 2>/dev/null)" in ''|Z) break ;; esac
    sleep 0.1
done
# SQLite's native library as the running app has it mapped, and what it unpacked into its temp folder
sqlite_maps=$(grep -o '/.*sqlitejdbc.*' "/proc/$app/maps" 2>/dev/null | sort -u || true)
unpacked=$(find "$tmp" -mindepth 1 \( -name 'sqlite-*' -o -name '*sqlitejdbc*' \) || true)
status=0
wait "$app" || status=$?
app=
kill "$xvfb" 2>/dev/null || true
out=$(cat "$home/out.txt")
echo "installed app: $out"
[ "$status" -eq 0 ] || fail "the installed app exited with status $status: $(cat "$home/err.txt")"
grep -q '^ok: 19 articles, first frame [0-9]* ms' <<<"$out" || fail "unexpected smoke-test output: $out"
grep -qx 'feeds: read 2 entries and 1 subscription' <<<"$out" ||
    fail "the installed app did not read its shipped feed and OPML list: $out"
! grep -q '^SLF4J' "$home/err.txt" || fail "SLF4J found no provider in the installed runtime: $(cat "$home/err.txt")"
echo "SQLite native library loaded: $sqlite_maps"
[ "$sqlite_maps" = /opt/reading-list/lib/runtime/lib/libsqlitejdbc.so ] ||
    fail "SQLite's native library was not loaded from the package, but from: ${sqlite_maps:-(nothing)}"
[ -z "$unpacked" ] || fail "the installed app unpacked SQLite's native library into its temp folder: $unpacked"
[ -z "$(find "$tmp" -mindepth 1 \( -name 'sqlite-*' -o -name '*sqlitejdbc*' \))" ] ||
    fail "SQLite files were left in the temp folder"
[ -s "$data/library.db" ] || fail "no library.db in the data folder: $(ls -A "$data")"
[ ! -e "$home/.openjfx" ] || fail "the installed app unpacked files into ~/.openjfx"
# the marks of an older version's state.json move into the library; the file stays, renamed
migrated=("$data"/state.json.migrated-*)
[ -f "${migrated[0]}" ] && [ "$(cat "${migrated[0]}")" = "$marks" ] ||
    fail "state.json was not moved into the library: $(ls -A "$data")"
user_files() { (cd "$data" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
before_removal=$(user_files)

dpkg -r reading-list
[ ! -e /opt/reading-list ] || fail "/opt/reading-list is still there after removal"
[ ! -e /usr/share/applications/reading-list.desktop ] || fail "menu entry left behind"
status=$(dpkg-query -W -f='${Status}' reading-list 2>/dev/null || true)
[ "$status" != "install ok installed" ] || fail "package still installed"
[ "$(user_files)" = "$before_removal" ] || fail "removing the package changed the user's library or read marks"
rm -rf "$home"
echo "check-deb: installed, started, removed: ok"
