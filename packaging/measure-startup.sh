#!/usr/bin/env bash
# Start-up benchmark of the packaged app: launches it RUNS times with --smoke-test on a private Xvfb display and
# prints the median and worst time from launch to the first frame with the articles shown, and the resident memory
# SETTLE seconds later. Environment as the menu entry starts it (GDK_GL=disable).
#
# usage: packaging/measure-startup.sh [LAUNCHER] [RUNS] [SETTLE] [ARTICLES]
#   LAUNCHER defaults to the installed /opt/reading-list/bin/reading-list
#   (or target/installer/image/reading-list/bin/reading-list after `mvn -Pinstaller package`)
#   ARTICLES is an articles file to import first: a run before the measured ones imports it into the library (as
#   a user's first start with --articles does; its time is printed apart), and the measured runs start from the
#   library alone, as every later start does
set -euo pipefail
launcher=${1:-/opt/reading-list/bin/reading-list}
runs=${2:-7}
settle=${3:-3}
articles=()
[ -n "${4:-}" ] && articles=(--articles "$(realpath "$4")")
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$work/display")" GDK_GL=disable HOME="$work/home"
mkdir -p "$HOME"

if [ ${#articles[@]} -gt 0 ]; then
    line=$("$launcher" --smoke-test --settle-seconds "$settle" "${articles[@]}" --data-dir "$work/data" 2>/dev/null \
        | tr '\n' ' ')
    echo "import run: $line"
    articles=()
fi

frames=() rss=() cpus=()
for i in $(seq "$runs"); do
    # the launcher's own start counts: time from before exec to the frame, measured by the app as process age
    line=$("$launcher" --smoke-test --settle-seconds "$settle" "${articles[@]}" --data-dir "$work/data" 2>/dev/null \
        | tr '\n' ' ')
    frame=$(sed -n 's/.*first frame \([0-9]*\) ms.*/\1/p' <<<"$line")
    mem=$(sed -n 's/.*rss: \([0-9]*\) MB.*/\1/p' <<<"$line")
    cpu=$(sed -n 's/.*first frame [0-9]* ms (cpu \([0-9.]*\) s).*/\1/p' <<<"$line")
    [ -n "$frame" ] || { echo "run $i failed: $line" >&2; exit 1; }
    echo "run $i: first frame ${frame} ms, cpu ${cpu:-?} s, rss ${mem} MB"
    frames+=("$frame") rss+=("$mem") cpus+=("${cpu:-0}")
done
stats() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %s, worst %s", m, a[NR]}'; }
echo "first frame (ms): $(printf '%s\n' "${frames[@]}" | stats)"
echo "resident after ${settle} s (MB): $(printf '%s\n' "${rss[@]}" | stats)"
echo "processor time to the first frame (s): $(printf '%s\n' "${cpus[@]}" | stats)"
if [ -d "$HOME/.openjfx" ]; then echo "note: JavaFX unpacked native libraries into \$HOME/.openjfx"; fi
