#!/bin/sh
# Makes docs/screenshots/report-*.png from karvan-cli report on a demo database (in Toman): the
# client status report of an English account in English and of a Persian account in Persian
# (KARVAN_LANGUAGE=fa: right to left, Jalali dates, Persian digits), and the portfolio report in
# English and in Persian (report-portfolio-fa), each as PDF (its first two pages rendered with
# pdftoppm) and as HTML (headless Chromium). A developer's tool, not run in CI: it needs
# chromium and poppler-utils (pdftoppm).
# Usage: tools/report-screenshots.sh [BUILD_DIR]   (default: build/ci, karvan-cli built)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build/ci}
OUT=$ROOT/docs/screenshots
CLI=$BUILD/src/cli/karvan-cli
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB=$TMP/demo.sqlite
mkdir -p "$OUT"

# Made in Persian, so the database's money is in Toman (a new database takes the locale's currency).
KARVAN_LANGUAGE=fa "$CLI" --db "$DB" demo >/dev/null
# The busiest active English account and the busiest active Persian one.
pick() {
    sqlite3 "$DB" "SELECT a.ext_id FROM accounts a WHERE a.status = 'active' AND ($1)
                   ORDER BY (SELECT count(*) FROM interactions i WHERE i.account_id = a.id) DESC, a.ext_id
                   LIMIT 1"
}
EN=$(pick "a.name NOT GLOB '*[^ -~]*'")
FA=$(pick "a.name GLOB '*[^ -~]*'")
# The person who owns an account's current stage: the report is prepared by them.
owner() {
    sqlite3 "$DB" "SELECT p.email FROM accounts a JOIN ownership o ON o.account_id = a.id AND o.stage = a.stage
                   JOIN people p ON p.id = o.person_id WHERE a.ext_id = '$1'"
}
# The quarter up to the demo's latest month of revenue, and that month's last day.
MONTH=$(sqlite3 "$DB" "SELECT max(month) FROM revenue")
FROM=$(date -d "$MONTH-01 -2 months" +%Y-%m)
ASOF=$(date -d "$MONTH-01 +1 month -1 day" +%Y-%m-%d)
for who in "$EN" "$FA"; do
    "$CLI" --db "$DB" --as "$(owner "$who")" task add "$who" --title "Prepare the quarterly business review" \
        --due "$(date -d "$ASOF +10 days" +%Y-%m-%d)" --owner "$(owner "$who")" >/dev/null
done

for lang in en fa; do
    if [ "$lang" = en ]; then id=$EN; else id=$FA; fi
    for kind in pdf html; do
        KARVAN_LANGUAGE=$lang "$CLI" --db "$DB" --as "$(owner "$id")" report "$id" --as-of "$ASOF" --page a4 \
            --out "$TMP/report-$lang.$kind"
    done
done
for kind in pdf html; do
    KARVAN_LANGUAGE=en "$CLI" --db "$DB" report --portfolio --from "$FROM" --to "$MONTH" --page a4 \
        --out "$TMP/report-portfolio.$kind"
    KARVAN_LANGUAGE=fa "$CLI" --db "$DB" report --portfolio --from "$FROM" --to "$MONTH" --page a4 \
        --out "$TMP/report-portfolio-fa.$kind"
done

for name in report-en report-fa report-portfolio report-portfolio-fa; do
    rm -f "$OUT/$name-page"*.png "$OUT/$name-html.png"
    pages=$(pdfinfo "$TMP/$name.pdf" | awk '/^Pages:/ { print $2 }')
    for n in 1 2; do
        [ "$n" -le "$pages" ] || break
        pdftoppm -r 60 -png -f "$n" -l "$n" -singlefile "$TMP/$name.pdf" "$OUT/$name-page$n"
    done
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1600 \
        --screenshot="$OUT/$name-html.png" "file://$TMP/$name.html" >/dev/null 2>&1
    echo "$name: $pages PDF pages"
done
echo "English account: $EN; Persian account: $FA"
ls -l "$OUT"/report-*.png
