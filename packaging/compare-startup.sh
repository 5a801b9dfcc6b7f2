#!/usr/bin/env bash
# Start-up of two builds side by side: launches A and B one after the other (A, B, A, B, …) RUNS times each with
# --smoke-test on a private Xvfb display, and prints each one's median first frame (launch to the first frame with
# the articles shown) and their ratio. Launching in turns spreads a shared machine's noise over both alike.
#
# usage: packaging/compare-startup.sh LAUNCHER_A LAUNCHER_B [RUNS] [DATA_DIR]
#   a launcher is an image's bin/reading-list (after `mvn -Pinstaller package`), or the installed one
#   DATA_DIR is a data folder both start on (one with a long library, say); by default each gets a new one
set -euo pipefail
a=$1 b=$2 runs=${3:-15} shared=${4:-}
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$work/display")" GDK_GL=disable

for i in $(seq "$runs"); do
    for which in A B; do
        launcher=$a; [ "$which" = B ] && launcher=$b
        data=${shared:-$work/data-$which}
        line=$(HOME="$work/home-$which" "$launcher" --smoke-test --settle-seconds 1 --data-dir "$data" 2>/dev/null \
            | head -1)
        frame=$(sed -n 's/.*first frame \([0-9]*\) ms.*/\1/p' <<<"$line")
        [ -n "$frame" ] || { echo "$which run $i failed: $line" >&2; exit 1; }
        echo "$which $frame" >>"$work/frames"
    done
done
median() { grep "^$1 " "$work/frames" | cut -d' ' -f2 | sort -n |
    awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%s %s %s", m, v[1], v[NR]}'; }
read -r ma mina maxa <<<"$(median A)"
read -r mb minb maxb <<<"$(median B)"
echo "A: median $ma ms (min $mina, max $maxa) over $runs launches: $a"
echo "B: median $mb ms (min $minb, max $maxb) over $runs launches: $b"
awk -v a="$ma" -v b="$mb" 'BEGIN {printf "B/A: %.2f\n", b / a}'
