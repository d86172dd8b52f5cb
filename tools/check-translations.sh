#!/usr/bin/env bash
# Fails when the Persian translation is not complete: lupdate refreshes a temporary copy of
# translations/karvan_fa.ts from the sources (the same files the update_translations target
# reads), and any entry left unfinished (a new or changed text) or vanished (a text the sources
# no longer use) is listed. Fix: `cmake --build build/ci --target update_translations`, then
# translate the new entries in translations/karvan_fa.ts (Qt Linguist or a text editor).
# Usage: tools/check-translations.sh [--update]   (--update writes the refreshed file back)
set -euo pipefail
cd "$(dirname "$0")/.."

LUPDATE=${LUPDATE:-}
for candidate in "$LUPDATE" /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
        LUPDATE=$candidate
        break
    fi
done
if [ -z "$LUPDATE" ] || [ ! -x "$LUPDATE" ]; then
    echo "error: lupdate not found (Debian package qt6-l10n-tools; tools/install-deps.sh)" >&2
    exit 1
fi

TS=translations/karvan_fa.ts
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
find src/app src/reports src/core src/cli \( -name '*.cpp' -o -name '*.h' \) -not -path '*/screenshots/*' | sort > "$TMP/files"
find ui -name '*.ui' | sort >> "$TMP/files"
cp "$TS" "$TMP/karvan_fa.ts"
# --update drops the entries the sources no longer use; the check keeps them to report them.
OBSOLETE=""
if [ "${1:-}" = "--update" ]; then
    OBSOLETE="-no-obsolete"
fi
"$LUPDATE" -silent $OBSOLETE -locations none -I src/app -I src/core -I src/reports -I src/cli @"$TMP/files" -ts "$TMP/karvan_fa.ts" >"$TMP/log" 2>&1 || {
    cat "$TMP/log" >&2
    exit 1
}

if [ "${1:-}" = "--update" ]; then
    cp "$TMP/karvan_fa.ts" "$TS"
fi

# Every entry finished: none "unfinished" (new or changed text), none "vanished"/"obsolete"
# (text the sources no longer use), none empty.
total=$(grep -c '<message' "$TMP/karvan_fa.ts" || true)
problems=$(grep -nE 'type="(unfinished|vanished|obsolete)"|<translation>\s*</translation>|<translation/>' "$TMP/karvan_fa.ts" || true)
if [ -n "$problems" ]; then
    # Show each problem with the source text above it.
    grep -nE '<source>|type="(unfinished|vanished|obsolete)"|<translation>\s*</translation>|<translation/>' "$TMP/karvan_fa.ts" \
        | grep -B1 -E 'type="|<translation' | grep '<source>' | sed 's/^[0-9]*: *<source>/  needs work: /; s/<\/source>$//' >&2
    count=$(printf '%s\n' "$problems" | wc -l)
    echo "error: $count of $total entries in $TS are unfinished, vanished or empty." >&2
    echo "Run: cmake --build build/ci --target update_translations (or $0 --update), then translate them." >&2
    exit 1
fi
echo "$TS: all $total entries translated"
