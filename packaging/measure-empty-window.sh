#!/usr/bin/env bash
# The floor under the app's start-up: runs packaging/empty-window/EmptyWindow.java (one label in a window) RUNS
# times on the app image's runtime, with the image's JVM options and a class cache trained for it the way the build
# trains the app's, and prints the median and worst time to its first frame and its resident memory SETTLE seconds
# later, through measure-startup.sh. Compare the two to see what the app itself adds.
#
# usage: packaging/measure-empty-window.sh [IMAGE] [RUNS] [SETTLE]
#   IMAGE defaults to target/installer/image/reading-list (made by `mvn -Pinstaller package`)
#   Needs javac and jar (the build JDK), Xvfb.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=${1:-target/installer/image/reading-list}
runs=${2:-7}
settle=${3:-3}
[ -x "$image/lib/runtime/bin/java" ] || { echo "no app image at $image: run mvn -Pinstaller package" >&2; exit 2; }
modules="$image/../../modules"
[ -d "$modules" ] || { echo "no JavaFX modules at $modules" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT

javac -d "$work/classes" --module-path "$modules" --add-modules javafx.controls "$here/empty-window/EmptyWindow.java"
# class caches take jars only, not folders
jar --create --file "$work/window.jar" -C "$work/classes" .
java="$(cd "$image" && pwd)/lib/runtime/bin/java"
# the image's JVM options, without its own class cache (and without the app's SQLite library, which it has no use for)
mapfile -t options < <(sed -n 's/^java-options=//p' "$image/lib/app/reading-list.cfg" | grep -v -e '^-XX:AOTCache=' \
    -e '^-XX:SharedArchiveFile=' -e '^-Djpackage' -e '^-Dorg\.sqlite\.')
# the renderer the app picks (RenderingPipeline): software at once when there is no graphics device
if [ "$(uname -s)" = Linux ] && [ -z "$(ls -A /dev/dri 2>/dev/null)" ] && ! ls /dev/nvidia* >/dev/null 2>&1; then
    options+=(-Dprism.order=sw)
fi

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$work/display")" GDK_GL=disable HOME="$work/home"
mkdir -p "$HOME"

# the same kind of class cache as the app's: an AOT cache on JDK 25 and later, else an AppCDS archive
if "$java" -XX:AOTCacheOutput="$work/probe.aot" -version >/dev/null 2>&1; then
    "$java" "${options[@]}" -XX:AOTCacheOutput="$work/window.aot" -cp "$work/window.jar" EmptyWindow 0 >/dev/null 2>&1
    cache=(-XX:AOTCache="$work/window.aot")
else
    "$java" "${options[@]}" -XX:ArchiveClassesAtExit="$work/window.jsa" -cp "$work/window.jar" EmptyWindow 0 \
        >/dev/null 2>&1
    cache=(-XX:SharedArchiveFile="$work/window.jsa")
fi

# measure-startup.sh does the launches and the figures, with this launcher in the app's place
cat >"$work/empty-window" <<LAUNCHER
#!/usr/bin/env bash
settle=3
while [ \$# -gt 0 ]; do [ "\$1" = --settle-seconds ] && settle=\$2; shift; done
exec "$java" ${options[*]} ${cache[*]} -cp "$work/window.jar" EmptyWindow "\$settle"
LAUNCHER
chmod +x "$work/empty-window"
kill "$xvfb" 2>/dev/null
"$here/measure-startup.sh" "$work/empty-window" "$runs" "$settle"
