#!/usr/bin/env bash
# Smoke test of the desktop program: starts it under Xvfb (Mesa's llvmpipe renders), takes
# a screenshot of the screen, checks the program is still running and the picture is not
# blank, then closes it.   tests/smoke/native_smoke.sh PROGRAM [OUT_DIR]
set -euo pipefail
program=$(realpath "$1")
out=${2:-$(dirname "$0")/../../out/smoke}
mkdir -p "$out"
out=$(realpath "$out")
shot="$out/native-zh.png"
rm -f "$shot"

# Inside the X server: run the program, wait until its window is mapped and drawn, grab it.
inner=$(cat <<'INNER'
set -u
"$PROGRAM" --lang zh >"$OUT/native.log" 2>&1 &
pid=$!
for _ in $(seq 1 50); do
  sleep 0.2
  xwininfo -root -tree 2>/dev/null | grep -q '"Policy Explorer"' && break
done
sleep 1.5
if ! kill -0 "$pid" 2>/dev/null; then echo "native_smoke: the program exited early:"; cat "$OUT/native.log"; exit 1; fi
import -window root "$SHOT"
kill "$pid"
wait "$pid" 2>/dev/null || true
INNER
)
# The layout settings go to a scratch file, not the user's ~/.config.
export POLICY_EXPLORER_SETTINGS="$out/settings.ini"
rm -f "$POLICY_EXPLORER_SETTINGS"
PROGRAM="$program" OUT="$out" SHOT="$shot" \
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$inner"

[ -f "$shot" ] || { echo "native_smoke: no screenshot taken"; exit 1; }
colours=$(convert "$shot" -format '%k' info:)
# Share of the picture that is not its most common colour (the background).
# (awk reads the whole histogram: a `| head` here would SIGPIPE its writer under pipefail)
top=$(convert "$shot" -format %c histogram:info:- | awk '{ n = $1 + 0; if (n > max) max = n } END { print max }')
size=$(convert "$shot" -format '%[fx:w*h]' info:)
share=$(awk -v t="$top" -v s="$size" 'BEGIN { printf "%.3f", 1 - t / s }')
echo "native_smoke: screenshot $shot, $colours colours, $share of pixels not background"
if [ "$colours" -lt 16 ] || awk -v s="$share" 'BEGIN { exit !(s < 0.02) }'; then
  echo "native_smoke: the window looks blank"
  exit 1
fi
echo "native_smoke: 1 passed, 0 failed"
