#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds everything (release), creates a demo database
# on the first run and opens Karvan on it.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

# The data folder of the app and karvan-cli (QStandardPaths::AppDataLocation for "Karvan").
data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/Karvan/Karvan"
demo_db="$data_dir/demo.sqlite"
if [ ! -f "$demo_db" ]; then
    mkdir -p "$data_dir"
    echo "Creating a demo database at $demo_db"
    build/release/src/cli/karvan-cli --db "$demo_db" demo
fi

echo "Opening Karvan on $demo_db"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting Karvan inside a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/release/src/app/karvan --db "$demo_db"
fi
exec build/release/src/app/karvan --db "$demo_db"
