#!/usr/bin/env bash
# Runs ROMA Explorer in a real window under Xvfb (software rendering) and keeps it up until killed.
# Needs: apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0 imagemagick xdotool
# Then, e.g.: DISPLAY=:99 xdotool key ctrl+7; DISPLAY=:99 import -window root shot.png
set -euo pipefail
cd "$(dirname "$0")/../.."
DISPLAY_NUM="${DISPLAY_NUM:-:99}"
mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/runtime.cp -Dmdep.includeScope=runtime
if [ ! -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ]; then
  Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 &
  sleep 1
fi
# The plain launcher: the Application subclass cannot be the main class on the class path.
DISPLAY="$DISPLAY_NUM" exec java -Dprism.order=sw -cp "target/classes:$(cat target/runtime.cp)" \
  org.romaexplorer.ui.ExplorerLauncher
