#!/usr/bin/env bash
# Cold start of the window under Xvfb, seen from outside: launch -> window mapped (xdotool) -> main window
# painted (a screenshot of its parameter panel is no longer blank: sliders and fields drawn), median of N runs,
# each with a fresh, empty user home. Also prints the app's own marks (ui/StartupTrace.java, -Droma.startup.trace:
# its window-shown event and its painted frame) and the CPU time it used until then.
# Usage: src/dev/cold-start.sh [-n RUNS] [LAUNCHER...]
#   src/dev/cold-start.sh -n 7 target/dist/roma-dse/bin/roma-dse    # the packaged app (mvn -Pdist package)
#   src/dev/cold-start.sh -n 7                                        # the fat jar: java -jar target/roma-dse.jar
# The fresh user.home, the trace and software rendering (Xvfb has no GPU) go in through JAVA_TOOL_OPTIONS, which
# every Java launcher honours; EXTRA_OPTS adds JVM options (to try one). On a busy machine NICE=-15 (as root)
# runs the app at a higher priority than the load; the load average is printed with the result.
# Needs: apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0 imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=5
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
if [ $# -eq 0 ]; then set -- java -jar target/roma-dse.jar; fi
export DISPLAY="${DISPLAY_NUM:-:99}"
if [ ! -e "/tmp/.X11-unix/X${DISPLAY#:}" ]; then
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid"' EXIT
  sleep 1
fi

now() { date +%s%3N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Standard deviation of a 300x200 patch of the parameter panel: 0 while the window is blank.
patch_sd() { import -window "$1" -crop 300x200+20+100 -format '%[fx:standard_deviation]' info: 2>/dev/null || echo 0; }

one_run() {
  local home out start win="" mapped="" painted="" app
  home="$(mktemp -d)"
  out="$home.out"
  start=$(now)
  JAVA_TOOL_OPTIONS="-Duser.home=$home -Droma.startup.trace=true -Dprism.order=sw ${EXTRA_OPTS:-}" \
    nice -n "${NICE:-0}" "$@" >"$out" 2>/dev/null &
  app=$!
  while [ -z "$painted" ] && [ $(($(now) - start)) -lt 60000 ]; do
    if [ -z "$win" ]; then
      win=$(xdotool search --onlyvisible --name '^ROMA Explorer' 2>/dev/null | head -1 || true)
      [ -n "$win" ] && mapped=$(($(now) - start))
    elif awk -v s="$(patch_sd "$win")" 'BEGIN { exit !(s > 0.05) }'; then
      painted=$(($(now) - start))
    fi
    sleep 0.03
  done
  sleep 0.5
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  local in_shown in_painted cpu
  in_shown=$(sed -n 's/^roma-startup shown=\([0-9]*\).*/\1/p' "$out")
  in_painted=$(sed -n 's/^roma-startup painted=\([0-9]*\).*/\1/p' "$out")
  cpu=$(sed -n 's/^roma-startup painted=.* cpu=//p' "$out")
  rm -rf "$home" "$out"
  [ -n "$painted" ] && [ -n "$in_painted" ] || { echo "run: no painted window within 60 s" >&2; exit 1; }
  echo "$mapped $painted $((in_shown - start)) $((in_painted - start)) $cpu"
}

results=()
for i in $(seq "$runs"); do
  r=$(one_run "$@")
  results+=("$r")
  read -r m p s q c <<<"$r"
  echo "run $i: mapped $m ms, painted $p ms (app: shown $s ms, frame $q ms, CPU $c ms)"
done
col() { printf '%s\n' "${results[@]}" | cut -d' ' -f"$1" | median; }
echo "median of $runs: mapped $(col 1) ms, painted $(col 2) ms (app: shown $(col 3) ms, frame $(col 4) ms," \
     "CPU $(col 5) ms); load average $(cut -d' ' -f1 /proc/loadavg); $*"
