#!/bin/sh
# Makes docs/screenshots/report-*.png from karvan-cli report on a demo database: the client
# status report of an English and a Persian account and the portfolio report, each as PDF
# (pages rendered with pdftoppm) and as HTML (headless Chromium).
# Usage: tools/report-screenshots.sh [BUILD_DIR]   (default: build/ci, already built)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build/ci}
OUT=$ROOT/docs/screenshots
CLI=$BUILD/src/cli/karvan-cli
TMP=$(mktemp -d)
DB=$TMP/demo.sqlite
mkdir -p "$OUT"

"$CLI" --db "$DB" demo --accounts 80 >/dev/null
# The busiest English account and the busiest Persian one, with their current owners.
pick() {
    sqlite3 "$DB" "SELECT a.ext_id FROM accounts a WHERE a.status = 'active' AND ($1)
                   ORDER BY (SELECT count(*) FROM interactions i WHERE i.account_id = a.id) DESC LIMIT 1"
}
EN=$(pick "a.name NOT GLOB '*[^ -~]*'")
FA=$(pick "a.name GLOB '*[^ -~]*'")
owner() {
    sqlite3 "$DB" "SELECT p.email FROM accounts a JOIN ownership o ON o.account_id = a.id AND o.stage = a.stage
                   JOIN people p ON p.id = o.person_id WHERE a.ext_id = '$1'"
}
MONTH=$(sqlite3 "$DB" "SELECT max(month) FROM revenue")
FROM=$(date -d "$MONTH-01 -2 months" +%Y-%m)
TODAY=$(date +%Y-%m-%d)
for who in "$EN" "$FA"; do
    "$CLI" --db "$DB" task add "$who" --title "Prepare the quarterly business review" \
        --due "$(date -d '+10 days' +%Y-%m-%d)" --owner "$(owner "$who")" >/dev/null
done

"$CLI" --db "$DB" --as "$(owner "$EN")" report "$EN" --as-of "$TODAY" --page a4 --out "$TMP/report-en.pdf"
"$CLI" --db "$DB" --as "$(owner "$EN")" report "$EN" --as-of "$TODAY" --out "$TMP/report-en.html"
"$CLI" --db "$DB" --as "$(owner "$FA")" report "$FA" --as-of "$TODAY" --page letter --out "$TMP/report-fa.pdf"
"$CLI" --db "$DB" --as "$(owner "$FA")" report "$FA" --as-of "$TODAY" --out "$TMP/report-fa.html"
"$CLI" --db "$DB" report --portfolio --from "$FROM" --to "$MONTH" --page a4 --out "$TMP/report-portfolio.pdf"
"$CLI" --db "$DB" report --portfolio --from "$FROM" --to "$MONTH" --out "$TMP/report-portfolio.html"

for name in report-en report-fa report-portfolio; do
    rm -f "$OUT/$name-pdf-"*.png
    pdftoppm -r 80 -png "$TMP/$name.pdf" "$OUT/$name-pdf"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,2600 \
        --screenshot="$OUT/$name-html.png" "file://$TMP/$name.html" 2>/dev/null
done
ls -l "$OUT"/report-*
