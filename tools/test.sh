#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds everything with warnings as errors and runs
# the whole test suite (Catch2 core and CLI tests, QtTest widget tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
QT_QPA_PLATFORM=offscreen ctest --preset ci --timeout 600 "$@"
