#!/bin/sh
# Makes docs/screenshots/*.png: the book, an account's workspace, the dashboard, people & teams,
# the import dialog with a file that has errors, the duplicates dialog, the guided tour, the About
# box and the first-run assistant, on a demo database.
# Usage: tools/screenshots.sh [--lang fa] [BUILD_DIR]   (default: build/debug; configured if missing)
# --lang fa (or KARVAN_SCREENSHOT_LANG=fa): the app in Persian, right to left, with Jalali dates
# and Toman; writes docs/screenshots/fa-*.png of the book, the workspace, My day, the hand-off
# form, the dashboard, the report and the settings.
set -eu
if [ "${1:-}" = "--lang" ]; then
    export KARVAN_SCREENSHOT_LANG="$2"
    shift 2
fi
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
