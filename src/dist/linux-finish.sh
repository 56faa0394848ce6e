#!/usr/bin/env bash
# Linux part of `mvn -Pdist package` (pom.xml, profile dist), run after jpackage made the app image:
#  1. an AppCDS archive (lib/app/roma-dse.jsa) from a training run of the launcher, added to its java-options;
#  2. a .deb when fakeroot and dpkg-deb are installed (skipped with -Ddist.deb=false).
# Usage: src/dist/linux-finish.sh DIST_DIR VERSION
set -euo pipefail
dist="$1"
version="$2"
here="$(cd "$(dirname "$0")/../.." && pwd)"
app="$dist/roma-dse"
launcher="$app/bin/roma-dse"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

# Without a display, an Xvfb of our own (when installed) lets the training run open the window.
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  for n in $(seq 90 130); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
  Xvfb ":$n" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid" 2>/dev/null; rm -rf "$home"' EXIT
  export DISPLAY=":$n"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi

# The training run: the window until its first painted frame when there is a display, else a CLI command.
# The launcher reads JAVA_TOOL_OPTIONS like any JVM, so it runs with exactly its own class path and options.
train() {
  if [ -n "${DISPLAY:-}" ] && JAVA_TOOL_OPTIONS="$1 -Duser.home=$home -Droma.startup.exit=true" \
       timeout 120 "$launcher" >/dev/null 2>&1; then
    echo "AppCDS: trained on the window"
  else
    JAVA_TOOL_OPTIONS="$1 -Duser.home=$home" "$launcher" eval --preset llama3.2-3b-int4 --json >/dev/null 2>&1
    echo "AppCDS: no display, trained on the CLI only"
  fi
}

train "-XX:DumpLoadedClassList=$dist/classes.lst"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$dist/classes.lst -XX:SharedArchiveFile=$app/lib/app/roma-dse.jsa" \
  "$launcher" >"$dist/cds-dump.log" 2>&1 || { cat "$dist/cds-dump.log" >&2; exit 1; }
echo 'java-options=-XX:SharedArchiveFile=$APPDIR/roma-dse.jsa' >> "$app/lib/app/roma-dse.cfg"
# The archive must map: -Xshare:on fails instead of silently running without it.
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 || { echo "AppCDS archive does not map" >&2; exit 1; }

if [ "${DIST_DEB:-true}" != "true" ]; then
  echo "no .deb: -Ddist.deb=false"
elif command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
  # The .deb's archive is made by its postinst at the installed path: ship the class list, not this archive.
  rm -rf "$dist/deb-image"
  cp -a "$app" "$dist/deb-image"
  rm "$dist/deb-image/lib/app/roma-dse.jsa"
  cp "$dist/classes.lst" "$dist/deb-image/lib/app/"
  "${JPACKAGE:-jpackage}" --type deb --app-image "$dist/deb-image" --dest "$dist" --name roma-dse --app-version "$version" \
    --resource-dir "$here/src/dist/deb" --install-dir /opt \
    --vendor "ROMA Explorer" --description "Design-space explorer for ROMA, the ROM-based QLoRA accelerator" \
    --icon "$here/assets/roma-dse.png" --linux-shortcut --linux-menu-group "Development;Science;" \
    --linux-app-category science --license-file "$here/LICENSE"
else
  echo "no .deb: fakeroot and dpkg-deb are not both installed (apt-get install fakeroot dpkg-dev)"
fi
