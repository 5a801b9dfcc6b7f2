#!/usr/bin/env bash
# The floor under the app's start-up: runs packaging/empty-window/EmptyWindow.java (one label in a window) RUNS
# times on the app image's runtime, with the image's JVM options and a class cache trained for it the way the build
# trains the app's, and prints the median and worst time to its first frame and its resident memory SETTLE seconds
# later, in the format of measure-startup.sh. Compare the two to see what the app itself adds.
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
java="$image/lib/runtime/bin/java"
# the image's JVM options, without its own class cache
mapfile -t options < <(sed -n 's/^java-options=//p' "$image/lib/app/reading-list.cfg" | grep -v -e '^-XX:AOTCache=' \
    -e '^-XX:SharedArchiveFile=' -e '^-Djpackage')

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

frames=() rss=()
for i in $(seq "$runs"); do
    line=$("$java" "${options[@]}" "${cache[@]}" -cp "$work/window.jar" EmptyWindow "$settle" 2>/dev/null | tr '\n' ' ')
    frame=$(sed -n 's/.*first frame \([0-9]*\) ms.*/\1/p' <<<"$line")
    mem=$(sed -n 's/.*rss: \([0-9]*\) MB.*/\1/p' <<<"$line")
    [ -n "$frame" ] || { echo "run $i failed: $line" >&2; exit 1; }
    echo "run $i: first frame ${frame} ms, rss ${mem} MB"
    frames+=("$frame") rss+=("$mem")
done
stats() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %s, worst %s", m, a[NR]}'; }
echo "empty window, first frame (ms): $(printf '%s\n' "${frames[@]}" | stats)"
echo "empty window, resident after ${settle} s (MB): $(printf '%s\n' "${rss[@]}" | stats)"
