#!/usr/bin/env bash
# Builds the Debian package from the ci build, checks it with lintian (errors fail), installs it
# with apt-get and smoke-tests the installed programs: karvan-cli --version, a database created
# by the installed karvan-cli, and the installed app showing its window under xvfb-run.
# Usage: tools/package.sh [BUILD_DIR]   (default build/ci, built by tools/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}

tools/install-deps.sh
cmake --build "$build"
rm -rf "$build/package"
cpack --config "$build/CPackConfig.cmake" -B "$build/package" >/dev/null
deb=$(ls "$build"/package/karvan_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n 's/^ Depends:/depends:/p'

# lintian: errors fail the build; warnings are shown.
lintian --no-tag-display-limit "$deb" | tee "$build/package/lintian.txt" || true
if grep -q '^E:' "$build/package/lintian.txt"; then
    echo "error: lintian reports errors in $deb" >&2
    exit 1
fi

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
test -x /usr/bin/karvan && test -x /usr/bin/karvan-cli
test -f /usr/share/applications/karvan.desktop
test -f /usr/share/icons/hicolor/48x48/apps/karvan.png
/usr/bin/karvan-cli --version
/usr/bin/karvan --version

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME="$home" /usr/bin/karvan-cli init
test -f "$home/.local/share/Karvan/Karvan/karvan.sqlite" || { find "$home" -name '*.sqlite'; exit 1; }
HOME="$home" xvfb-run -a /usr/bin/karvan --self-test
echo "package smoke test passed"
