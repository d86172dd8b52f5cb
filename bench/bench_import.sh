#!/bin/sh
# Import benchmark: `karvan-cli import revenue` against sqlite3's own `.import --csv` of the
# same file into a bare table. See bench/README.md.
#
#   bench_import.sh KARVAN_CLI WORK_DIR [ACCOUNTS] [MONTHS]
#
# Generates ACCOUNTS x MONTHS (default 50000 x 36) into WORK_DIR/data, imports people and
# accounts into a fresh database, then times the revenue import both ways and prints the
# times and their ratio. Exits 1 when a step fails; the figures are informative, not a test.
set -eu

cli=${1:?usage: bench_import.sh KARVAN_CLI WORK_DIR [ACCOUNTS] [MONTHS]}
work=${2:?usage: bench_import.sh KARVAN_CLI WORK_DIR [ACCOUNTS] [MONTHS]}
accounts=${3:-50000}
months=${4:-36}
sqlite=${SQLITE3:-sqlite3}

command -v "$sqlite" >/dev/null || { echo "bench_import: '$sqlite' not found" >&2; exit 1; }

timer=${TIME:-/usr/bin/time}
[ -x "$timer" ] || { echo "bench_import: GNU time ($timer) not found" >&2; exit 1; }

# measure NAME COMMAND...: runs COMMAND; sets NAME_wall and NAME_cpu (user + system) in seconds.
measure() {
    name=$1
    shift
    "$timer" -f "%e %U %S" -o "$work/time.txt" "$@" >/dev/null
    read -r wall user system <"$work/time.txt"
    eval "${name}_wall=$wall"
    eval "${name}_cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')"
}

rm -rf "$work"
mkdir -p "$work"
data=$work/data
db=$work/karvan.sqlite
raw=$work/raw.sqlite

measure generate "$cli" generate --accounts "$accounts" --months "$months" --out "$data"

"$cli" --db "$db" import people "$data/people.csv" >/dev/null
"$cli" --db "$db" import accounts "$data/accounts.csv" >/dev/null

rows=$(($(wc -l <"$data/revenue.csv") - 1))
bytes=$(wc -c <"$data/revenue.csv")

measure karvan "$cli" --db "$db" import revenue "$data/revenue.csv"
measure reference "$sqlite" "$raw" ".import --csv $data/revenue.csv raw"

imported=$("$sqlite" "$db" "SELECT count(*) FROM revenue")
copied=$("$sqlite" "$raw" "SELECT count(*) FROM raw")
if [ "$imported" -ne "$rows" ] || [ "$copied" -ne "$rows" ]; then
    echo "bench_import: row counts differ: file $rows, karvan $imported, sqlite3 $copied" >&2
    exit 1
fi

ratio() { awk -v k="$1" -v s="$2" 'BEGIN { printf "%.2f", (s > 0 ? k / s : 0) }'; }
echo "data set:          $accounts accounts x $months months"
echo "generate:          ${generate_wall} s wall, ${generate_cpu} s cpu"
echo "revenue.csv:       $rows rows, $bytes bytes"
echo "karvan-cli import: ${karvan_wall} s wall, ${karvan_cpu} s cpu"
echo "sqlite3 .import:   ${reference_wall} s wall, ${reference_cpu} s cpu" \
     "(bare table: no key, no index, no validation)"
echo "ratio:             $(ratio "$karvan_wall" "$reference_wall") x wall," \
     "$(ratio "$karvan_cpu" "$reference_cpu") x cpu (target: within 2 x)"
