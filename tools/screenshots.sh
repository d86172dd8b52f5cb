#!/bin/sh
# Makes docs/screenshots/*.png: the book, an account's workspace, the dashboard, people & teams,
# the import dialog with a file that has errors, the duplicates dialog, the guided tour, the About
# box and the first-run assistant, on a demo database.
# Usage: tools/screenshots.sh [BUILD_DIR]   (default: build/debug; configured if missing)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build/debug}
OUT=$ROOT/docs/screenshots
DB=${KARVAN_SCREENSHOT_DB:-$(mktemp -d)/karvan-demo.sqlite}

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug
fi
cmake --build "$BUILD" --target karvan-screenshots
BIN=$(find "$BUILD" -name karvan-screenshots -type f -perm -u+x | head -n 1)
mkdir -p "$OUT"
# A throwaway settings file, so the user's recent databases and window state are untouched.
export XDG_CONFIG_HOME=$(mktemp -d)
xvfb-run -a -s "-screen 0 1600x1000x24" "$BIN" --db "$DB" --out "$OUT"
ls -l "$OUT"
