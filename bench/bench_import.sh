#!/bin/sh
# Import benchmark, in one run (see bench/README.md and docs/import.md, "Speed"):
#
#   bench_import.sh KARVAN_CLI WORK_DIR [ACCOUNTS] [MONTHS] [RUNS]
#
# 1. generates ACCOUNTS x MONTHS (default 50000 x 36) into WORK_DIR/data;
# 2. revenue, RUNS times (default 3), alternating: `karvan-cli import revenue` into a book
#    holding the people and accounts; `sqlite3 .import` of the same file into an equivalent
#    table (same columns, same primary key, same covering index, WAL, synchronous = FULL);
#    `sqlite3 .import` into a bare table (no key, no index); pandas read_csv + to_sql into the
#    equivalent table. Prints each median (wall and CPU = user + system) and the ratios;
# 3. every kind imported in the contract's order into one book: rows, seconds, rows per
#    second, peak RSS; then every kind at 2,000,000 rows (BIG_ROWS; the generated rows
#    repeated with new keys; BIG_KINDS chooses the kinds) for the memory bound;
# 4. `karvan-cli metrics` over the book against one hand-written SQL query in sqlite3.
# Exits 1 when a step fails; the figures are informative, not a test.
set -eu

usage="usage: bench_import.sh KARVAN_CLI WORK_DIR [ACCOUNTS] [MONTHS] [RUNS]"
cli=${1:?$usage}
work=${2:?$usage}
accounts=${3:-50000}
months=${4:-36}
runs=${5:-3}
big=${BIG_ROWS:-2000000}
sqlite=${SQLITE3:-sqlite3}
python=${PYTHON3:-/usr/bin/python3}
timer=${TIME:-/usr/bin/time}

command -v "$sqlite" >/dev/null || { echo "bench_import: '$sqlite' not found" >&2; exit 1; }
[ -x "$timer" ] || { echo "bench_import: GNU time ($timer) not found" >&2; exit 1; }

# measure NAME COMMAND...: runs COMMAND; sets NAME_wall, NAME_cpu (user + system, s) and
# NAME_rss (peak resident set, MB).
measure() {
    name=$1
    shift
    "$timer" -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null
    read -r wall user system rss <"$work/time.txt"
    eval "${name}_wall=$wall"
    eval "${name}_cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')"
    eval "${name}_rss=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')"
}
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
per_s() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
rows_of() { echo $(($(wc -l <"$1") - 1)); }

rm -rf "$work"
mkdir -p "$work"
data=$work/data
book0=$work/book0.sqlite

measure generate "$cli" generate --accounts "$accounts" --months "$months" --out "$data"
"$cli" --db "$book0" import people "$data/people.csv" >/dev/null
"$cli" --db "$book0" import accounts "$data/accounts.csv" >/dev/null
revenue=$data/revenue.csv
rows=$(rows_of "$revenue")

equivalent="PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
CREATE TABLE revenue (account_id TEXT NOT NULL, month TEXT NOT NULL,
  mrr INTEGER NOT NULL CHECK (mrr >= 0), PRIMARY KEY (account_id, month)) WITHOUT ROWID;
CREATE INDEX revenue_month ON revenue(month, account_id, mrr);"

cat >"$work/pandas_import.py" <<'EOF'
import sqlite3, sys
import pandas as pd
frame = pd.read_csv(sys.argv[1], dtype={"account_id": str, "month": str})
frame["mrr"] = (frame["mrr"] * 100).round().astype("int64")
with sqlite3.connect(sys.argv[2]) as db:
    frame.to_sql("revenue", db, if_exists="append", index=False)
EOF
if "$python" -c "import pandas" 2>/dev/null; then has_pandas=yes; else has_pandas=no; fi

kw=; kc=; ew=; ec=; bw=; bc=; pw=; pc=
i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    rm -f "$work/k.sqlite" "$work/k.sqlite-wal" "$work/k.sqlite-shm" "$work"/eq.sqlite* "$work"/bare.sqlite* "$work"/pd.sqlite*
    cp "$book0" "$work/k.sqlite"
    measure karvan "$cli" --db "$work/k.sqlite" import revenue "$revenue"
    "$sqlite" "$work/eq.sqlite" "$equivalent" >/dev/null
    measure eq "$sqlite" "$work/eq.sqlite" ".import --csv --skip 1 $revenue revenue"
    measure bare "$sqlite" "$work/bare.sqlite" ".import --csv $revenue raw"
    kw="$kw $karvan_wall"; kc="$kc $karvan_cpu"; ew="$ew $eq_wall"; ec="$ec $eq_cpu"
    bw="$bw $bare_wall"; bc="$bc $bare_cpu"
    if [ "$has_pandas" = yes ]; then
        "$sqlite" "$work/pd.sqlite" "$equivalent" >/dev/null
        measure pandas "$python" "$work/pandas_import.py" "$revenue" "$work/pd.sqlite"
        pw="$pw $pandas_wall"; pc="$pc $pandas_cpu"
    fi
    for db in k eq bare; do
        table=revenue; [ "$db" = bare ] && table=raw
        n=$("$sqlite" "$work/$db.sqlite" "SELECT count(*) FROM $table")
        if [ "$n" -ne "$rows" ]; then
            echo "bench_import: $db holds $n rows, the file $rows" >&2
            exit 1
        fi
    done
done

m() { echo "$1" | median; }
echo "data set:   $accounts accounts x $months months, generated in ${generate_wall} s"
echo "revenue.csv: $rows rows, $(wc -c <"$revenue") bytes; median of $runs runs (wall / CPU seconds)"
printf '  %-46s %6s / %6s\n' "karvan-cli import revenue" "$(m "$kw")" "$(m "$kc")"
printf '  %-46s %6s / %6s\n' "sqlite3 .import, equivalent table" "$(m "$ew")" "$(m "$ec")"
printf '  %-46s %6s / %6s\n' "sqlite3 .import, bare table (no key, no index)" "$(m "$bw")" "$(m "$bc")"
if [ "$has_pandas" = yes ]; then
    printf '  %-46s %6s / %6s\n' "pandas read_csv + to_sql, equivalent table" "$(m "$pw")" "$(m "$pc")"
else
    echo "  pandas: not installed (apt-get install python3-pandas); skipped"
fi
echo "  ratio karvan / sqlite3 equivalent: $(ratio "$(m "$kw")" "$(m "$ew")") x wall," \
     "$(ratio "$(m "$kc")" "$(m "$ec")") x CPU (target: within 1.5 x)"
echo "  ratio karvan / sqlite3 bare:       $(ratio "$(m "$kw")" "$(m "$bw")") x wall," \
     "$(ratio "$(m "$kc")" "$(m "$bc")") x CPU"
[ "$has_pandas" = yes ] && echo "  ratio karvan / pandas:             $(ratio "$(m "$kw")" "$(m "$pw")") x wall," \
     "$(ratio "$(m "$kc")" "$(m "$pc")") x CPU"

# stored_rows DB: the rows of every table of DB but the health now (written by the refresh).
stored_rows() {
    q=$("$sqlite" "$1" "SELECT group_concat('(SELECT count(*) FROM \"' || name || '\")', ' + ')
                      FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                      AND name <> 'health_current'")
    "$sqlite" "$1" "SELECT $q"
}
# logged_ms LOG TEXT: the milliseconds of KARVAN_DEBUG's "import of ...: TEXT at N ms" line.
logged_ms() { sed -n "s/.*: $2 at \([0-9]*\) ms.*/\1/p" "$1" | tail -1; }

# health_s LOG: the seconds of the health refresh after the import's commit, from KARVAN_DEBUG's log.
health_s() {
    committed=$(logged_ms "$1" committed)
    refreshed=$(logged_ms "$1" "health now refreshed")
    awk -v a="${committed:-0}" -v b="${refreshed:-0}" 'BEGIN { printf "%.2f", (b - a) / 1000 }'
}
# import_s LOG: the seconds from the import's start to its commit, from KARVAN_DEBUG's log.
import_s() { awk -v a="$(logged_ms "$1" committed)" 'BEGIN { printf "%.2f", (a == "" ? 0 : a) / 1000 }'; }
# tables_of KIND: the tables an import of KIND writes.
tables_of() {
    case $1 in
        accounts) echo accounts account_fields stage_history ownership ownership_history ;;
        ownership) echo ownership ownership_history ownership_supporting ;;
        stages) echo stage_history ;;
        *) echo "$1" ;;
    esac
}
# max_rowid DB TABLE: the table's largest rowid (0 when empty or WITHOUT ROWID).
max_rowid() { "$sqlite" "$1" "SELECT coalesce(max(rowid), 0) FROM \"$2\"" 2>/dev/null || echo 0; }

echo "every kind, in the contract's order, into one book: the file's rows; the rows the import added"
echo "to the database's tables (accounts: the account, its custom fields, its stage and owner rows"
echo "and their history; stages: net of the import-day placeholders it replaces); wall and CPU seconds"
echo "of the whole command; health: the seconds of the health refresh that follows the kinds the"
echo "health score reads; import: the import's own seconds, from its start to its"
echo "commit (KARVAN_DEBUG's log), one thread; rows per second of the import. Two peers, wall seconds"
echo "with their process (one thread): floor, sqlite3 storing exactly the rows Karvan added (INSERT ... SELECT from"
echo "the book) into empty tables made from Karvan's own CREATE TABLE and CREATE INDEX statements; csv,"
echo "sqlite3 .import of the same file into a bare table (every column text, no key, no index)."
echo "x floor and x csv: the import's seconds / the peer's."
printf '  %-13s %9s %9s %6s %6s %6s %6s %10s %9s %6s %7s %6s %6s %6s\n' kind file_rows stored wall_s cpu_s \
    health import file_rows/s stored/s floor x_flr csv x_csv rss_MB
book=$work/book.sqlite
"$cli" --db "$book" init >/dev/null
export KARVAN_DEBUG=1
for kind in people accounts ownership stages revenue usage interactions tickets surveys costs; do
    before=$(stored_rows "$book")
    for t in $(tables_of "$kind"); do eval "max_$t=$(max_rowid "$book" "$t")"; done
    measure kind "$cli" --db "$book" import "$kind" "$data/$kind.csv" 2>"$work/log.txt"
    stored=$(($(stored_rows "$book") - before))
    health=$(health_s "$work/log.txt")
    # The peer: the same rows into the same table definitions, copied by one INSERT ... SELECT
    # per table (no CSV to parse, no validation, no look-ups, no foreign key checks).
    rm -f "$work"/peer.sqlite*
    copy="ATTACH '$book' AS src; BEGIN;"
    for t in $(tables_of "$kind"); do
        eval "m=\$max_$t"
        "$sqlite" "$book" "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = '$t' AND sql IS NOT NULL
                           ORDER BY type = 'index'" | "$sqlite" "$work/peer.sqlite"
        newer=; [ "$m" -gt 0 ] && newer=" WHERE rowid > $m"
        copy="$copy INSERT INTO main.\"$t\" SELECT * FROM src.\"$t\"$newer;"
    done
    "$sqlite" "$work/peer.sqlite" "PRAGMA journal_mode = WAL" >/dev/null
    measure peer "$sqlite" "$work/peer.sqlite" "$copy COMMIT;"
    rm -f "$work"/csv.sqlite*
    "$sqlite" "$work/csv.sqlite" "PRAGMA journal_mode = WAL" >/dev/null
    measure csv "$sqlite" "$work/csv.sqlite" ".import --csv $data/$kind.csv raw"
    n=$(rows_of "$data/$kind.csv")
    imp=$(import_s "$work/log.txt")
    printf '  %-13s %9s %9s %6s %6s %6s %6s %10s %9s %6s %7s %6s %6s %6s\n' "$kind" "$n" "$stored" "$kind_wall" \
        "$kind_cpu" "$health" "$imp" "$(per_s "$n" "$imp")" "$(per_s "$stored" "$imp")" "$peer_wall" \
        "$(ratio "$imp" "$peer_wall")" "$csv_wall" "$(ratio "$imp" "$csv_wall")" "$kind_rss"
done
unset KARVAN_DEBUG

# big_file KIND SOURCE N: the kind's generated rows repeated to N rows, each repetition's keys
# made new (ids suffixed, months and dates moved back by whole years, before the generated ones
# so an account's latest stage stays the same); interactions, surveys and costs without ids.
big_file() {
    awk -v kind="$1" -v n="$3" -F, -v OFS=, '
        function back(d, years) { return sprintf("%04d", substr(d, 1, 4) - years) substr(d, 5) }
        NR == 1 { print; next }
        { a[c++] = $0 }
        END {
            for (i = 0; i < n; i++) {
                line = a[i % c]; k = int(i / c)
                if (kind == "surveys") {            # no id, no ticket: every row added
                    sub(/^[^,]*/, "", line); sub(/,[^,]*$/, ",", line)
                } else if (kind == "interactions" || kind == "costs") {
                    sub(/^[^,]*/, "", line)         # no id: every row added
                } else if (k > 0 && (kind == "people" || kind == "accounts" || kind == "tickets")) {
                    sub(/^[^@,]*/, "&-r" k, line)   # the key (first column) made new
                } else if (k > 0 && (kind == "revenue" || kind == "usage")) {
                    split(line, f, ","); f[2] = back(f[2], 3 * k)
                    line = f[1]; for (j = 2; j <= length(f); j++) line = line "," f[j]
                } else if (k > 0 && (kind == "stages" || kind == "ownership")) {
                    m = split(line, f, ","); f[m] = back(f[m], 8 * k)
                    line = f[1]; for (j = 2; j <= m; j++) line = line "," f[j]
                }
                print line
            }
        }' "$2"
}

# Every kind at BIG_ROWS rows (default 2,000,000) into a copy of the book that holds the kinds
# before it (for the memory bound of issue 8: every kind under 300 MB peak). BIG_KINDS chooses.
big_kinds=${BIG_KINDS:-people accounts ownership stages revenue usage interactions tickets surveys costs}
echo "every kind at $big rows (the generated rows repeated, keys made new), into a book holding the kinds before it;"
echo "import: the import's own seconds, to its commit; rows per second of the import:"
printf '  %-13s %9s %8s %8s %8s %8s %10s %8s\n' kind rows wall_s cpu_s health import rows/s rss_MB
export KARVAN_DEBUG=1
for kind in $big_kinds; do
    big_file "$kind" "$data/$kind.csv" "$big" >"$work/big_$kind.csv"
    rm -f "$work"/big.sqlite*
    case $kind in
        people) "$cli" --db "$work/big.sqlite" init >/dev/null 2>&1 ;;
        accounts) "$cli" --db "$work/big.sqlite" import people "$data/people.csv" >/dev/null 2>&1 ;;
        *) cp "$book0" "$work/big.sqlite" ;;  # people and accounts
    esac
    measure kind "$cli" --db "$work/big.sqlite" import "$kind" "$work/big_$kind.csv" 2>"$work/log.txt"
    health=$(health_s "$work/log.txt")
    imp=$(import_s "$work/log.txt")
    printf '  %-13s %9s %8s %8s %8s %8s %10s %8s\n' "$kind" "$big" "$kind_wall" "$kind_cpu" "$health" \
        "$imp" "$(per_s "$big" "$imp")" "$kind_rss"
    rm -f "$work/big_$kind.csv" "$work"/big.sqlite*
done
unset KARVAN_DEBUG

to=$("$sqlite" "$book" "SELECT max(month) FROM revenue")
from=$(awk -v m="$to" 'BEGIN { split(m, p, "-"); printf "%04d-%s", p[1] - 1, p[2] }')
hand="WITH p AS (SELECT account_id,
  SUM(CASE WHEN month = '$from' THEN mrr ELSE 0 END) AS ma, SUM(CASE WHEN month = '$to' THEN mrr ELSE 0 END) AS mb
  FROM revenue WHERE month = '$from' OR month = '$to' GROUP BY account_id)
SELECT SUM(ma > 0), SUM(ma > 0 AND mb = 0), SUM(CASE WHEN ma > 0 THEN ma ELSE 0 END) FROM p;"
mw=; mc=; hw=; hc=
i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    measure metrics "$cli" --db "$book" metrics --from "$from" --to "$to" --json
    measure handsql "$sqlite" "$book" "$hand"
    mw="$mw $metrics_wall"; mc="$mc $metrics_cpu"; hw="$hw $handsql_wall"; hc="$hc $handsql_cpu"
done
echo "metrics --from $from --to $to on the book, median of $runs runs (wall / CPU seconds):"
printf '  %-46s %6s / %6s\n' "karvan-cli metrics (all metrics, process)" "$(m "$mw")" "$(m "$mc")"
printf '  %-46s %6s / %6s\n' "sqlite3, one hand-written query (process)" "$(m "$hw")" "$(m "$hc")"
