#!/usr/bin/env bash
# Cold start of the window under Xvfb, seen from outside by src/dev/cold-start-probe.py (one process reading the
# X server through Xlib): launch -> window mapped -> main window painted (its parameter panel is no longer blank:
# sliders and fields drawn), median of N runs, each with a fresh, empty user home. Also prints the app's own
# marks (-Droma.startup.trace: main entered, window built, shown, frame painted; ui/StartupTrace.java) and the
# CPU time it used until that frame.
# Usage: src/dev/cold-start.sh [-n RUNS] [LAUNCHER...]
#   src/dev/cold-start.sh -n 7 target/dist/roma-dse/bin/roma-dse    # the packaged app (mvn -Pdist package)
#   src/dev/cold-start.sh -n 7                                        # the fat jar: java -jar target/roma-dse.jar
# The fresh user.home, the trace and software rendering (Xvfb has no GPU) go in through JAVA_TOOL_OPTIONS, which
# every Java launcher honours; EXTRA_OPTS adds JVM options (to try one). On a busy machine NICE=-15 (as root)
# runs the app at a higher priority than the load; the load average is printed with the result.
# Needs python3 and: apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0
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

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

one_run() {
  local home out r launch mapped painted
  home="$(mktemp -d)"
  out="$home.out"
  r=$(JAVA_TOOL_OPTIONS="-Duser.home=$home -Droma.startup.trace=true -Dprism.order=sw ${EXTRA_OPTS:-}" \
    nice -n "${NICE:-0}" python3 src/dev/cold-start-probe.py "$out" "$@") || { rm -rf "$home" "$out"; exit 1; }
  read -r launch mapped painted <<<"$r"
  # The app's marks in ms after launch (main, window built, shown, frame painted), then its CPU ms at the frame.
  local marks
  marks=$(awk -v l="$launch" -F'[ =]' '/^roma-startup/ { t[$2] = $3 - l; if ($2 == "painted") c = $5 }
    END { if ("painted" in t) print t["main"], t["built"], t["shown"], t["painted"], c }' "$out")
  rm -rf "$home" "$out"
  [ -n "$marks" ] || { echo "run: the app printed no painted mark" >&2; exit 1; }
  echo "$mapped $painted $marks"
}

results=()
for i in $(seq "$runs"); do
  r=$(one_run "$@")
  results+=("$r")
  read -r m p a b s q c <<<"$r"
  echo "run $i: mapped $m ms, painted $p ms (app: main $a, built $b, shown $s, frame $q ms; CPU $c ms)"
done
col() { printf '%s\n' "${results[@]}" | cut -d' ' -f"$1" | median; }
echo "median of $runs: mapped $(col 1) ms, painted $(col 2) ms (app: main $(col 3), built $(col 4), shown $(col 5)," \
     "frame $(col 6) ms; CPU $(col 7) ms); load average $(cut -d' ' -f1 /proc/loadavg); $*"
