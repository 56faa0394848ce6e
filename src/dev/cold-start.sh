#!/usr/bin/env bash
# Cold start of the window under Xvfb: launch -> window shown -> main window painted (metrics and the first
# chart with the loaded design rendered), median of N runs, each with a fresh, empty user home.
# Usage: src/dev/cold-start.sh [-n RUNS] [LAUNCHER...]
#   src/dev/cold-start.sh -n 7 target/dist/roma-dse/bin/roma-dse    # the packaged app (mvn -Pdist package)
#   src/dev/cold-start.sh -n 7                                        # the fat jar: java -jar target/roma-dse.jar
# The app prints "roma-startup shown=<epoch ms>" and "painted=<epoch ms>" when run with -Droma.startup.trace
# and quits after painting with -Droma.startup.exit (ui/StartupTrace.java); both, the fresh user.home and
# software rendering (Xvfb has no GPU) go in through JAVA_TOOL_OPTIONS, which every Java launcher honours.
# EXTRA_OPTS adds JVM options (to try one). On a busy machine set NICE (e.g. NICE=-15, as root) to run the app at a higher priority than the load.
# Needs: apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=5
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
if [ $# -eq 0 ]; then set -- java -jar target/roma-dse.jar; fi
display="${DISPLAY_NUM:-:99}"
if [ ! -e "/tmp/.X11-unix/X${display#:}" ]; then
  Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid"' EXIT
  sleep 1
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

shown_all=()
painted_all=()
cpu_all=()
for i in $(seq "$runs"); do
  home="$(mktemp -d)"
  start=$(date +%s%3N)
  out=$(DISPLAY="$display" \
        JAVA_TOOL_OPTIONS="-Duser.home=$home -Droma.startup.trace=true -Droma.startup.exit=true -Dprism.order=sw ${EXTRA_OPTS:-}" \
        nice -n "${NICE:-0}" timeout 60 "$@" 2>/dev/null || true)
  rm -rf "$home"
  shown=$(sed -n 's/^roma-startup shown=\([0-9]*\).*/\1/p' <<<"$out")
  painted=$(sed -n 's/^roma-startup painted=\([0-9]*\).*/\1/p' <<<"$out")
  cpu=$(sed -n 's/^roma-startup painted=.* cpu=//p' <<<"$out")
  if [ -z "$shown" ] || [ -z "$painted" ]; then
    echo "run $i: no start-up marks; output was:" >&2
    echo "$out" >&2
    exit 1
  fi
  shown_all+=($((shown - start)))
  painted_all+=($((painted - start)))
  cpu_all+=("$cpu")
  echo "run $i: shown $((shown - start)) ms, painted $((painted - start)) ms, CPU until painted $cpu ms"
done
echo "median of $runs: shown $(printf '%s\n' "${shown_all[@]}" | median) ms," \
     "painted $(printf '%s\n' "${painted_all[@]}" | median) ms, CPU $(printf '%s\n' "${cpu_all[@]}" | median) ms" \
     "(load average $(cut -d' ' -f1 /proc/loadavg); $*)"
