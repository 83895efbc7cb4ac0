#!/usr/bin/env bash
# Issue 5's speed target: on 200 000 customers / 2 000 000 orders, `kehu-cli abc --format json`
# for one year against one SQL statement computing the same classes in the sqlite3 shell on the
# same file, in the same run. Target: at most 1x the statement's time (aim: 0.25x).
# Usage: bench/abc.sh [DATABASE]   (after scripts/build; without DATABASE a demo file is made)
# KEHU_CLI picks another kehu-cli binary; RUNS sets how many times each side runs (best is kept).
set -euo pipefail
cd "$(dirname "$0")/.."

cli=${KEHU_CLI:-build/bin/kehu-cli}
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ $# -ge 1 ]]; then
    db=$1
else
    db="$work/bench.sqlite"
    echo "== kehu-cli demo --customers 200000 --orders 2000000"
    "$cli" --db "$db" demo --customers 200000 --orders 2000000 --seed 1
fi
to=$(date +%F)
from=$(date -d "$to -1 year +1 day" +%F)

# Opening the file once brings an older file to the current schema (the indexes and monthly
# rollups of migrations 3-5), so that neither side pays for the upgrade in the timed runs.
"$cli" --db "$db" abc --from "$to" --to "$to" --format csv > /dev/null
echo "== period $from .. $to, by profit, limits 50/80"

# The same classes in one statement: per-customer sums over the period (zeros included,
# archived customers out), ranked by value then code, cumulative positive value before each.
cat > "$work/abc.sql" <<SQL
WITH v AS (
  SELECT c.code, c.name, COALESCE(s.sales, 0) AS sales, COALESCE(s.profit, 0) AS profit
  FROM customers c LEFT JOIN (
    SELECT customer_id, sum(amount) AS sales, sum(amount - cost) AS profit FROM orders
    WHERE date BETWEEN '$from' AND '$to' GROUP BY customer_id) s ON s.customer_id = c.id
  WHERE c.archived_at IS NULL),
r AS (
  SELECT code, name, sales, profit, profit AS value,
         COALESCE(sum(max(profit, 0)) OVER (ORDER BY profit DESC, code
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before,
         sum(max(profit, 0)) OVER () AS total
  FROM v)
SELECT code, name, sales, profit, value, before,
       CASE WHEN value <= 0 THEN 'C' WHEN before * 100 < 50 * total THEN 'A'
            WHEN before * 100 < 80 * total THEN 'B' ELSE 'C' END AS class
FROM r ORDER BY value DESC, code;
SQL

best() { sort -n | head -1; }
# seconds OUTPUT COMMAND...: runs COMMAND with its stdout in OUTPUT, prints the wall time.
seconds() {
    local output=$1 s e
    shift
    s=$(date +%s.%N)
    "$@" > "$output"
    e=$(date +%s.%N)
    awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f\n", e - s }'
}

cli_times=(); sql_times=()
for ((i = 0; i < runs; i++)); do
    cli_times+=("$(seconds "$work/abc.json" "$cli" --db "$db" abc --from "$from" --to "$to" --format json)")
    sql_times+=("$(seconds "$work/abc.csv" sqlite3 -csv "$db" ".read $work/abc.sql")")
done
cli_best=$(printf '%s\n' "${cli_times[@]}" | best)
sql_best=$(printf '%s\n' "${sql_times[@]}" | best)

# Both must give the same class to the same customer in the same order.
python3 - "$work/abc.json" "$work/abc.csv" <<'PY'
import csv, json, sys
cli = [(c["code"], c["class"]) for c in json.load(open(sys.argv[1]))["customers"]]
sql = [(row[0], row[6]) for row in csv.reader(open(sys.argv[2], encoding="utf-8"))]
counts = {k: sum(1 for _, c in cli if c == k) for k in "ABC"}
print("classes: A %(A)d, B %(B)d, C %(C)d" % counts, "| same as SQL:", "yes" if cli == sql else "NO")
sys.exit(0 if cli == sql else 1)
PY

echo "kehu-cli abc --format json: ${cli_times[*]} s (best $cli_best s)"
echo "sqlite3 one statement:      ${sql_times[*]} s (best $sql_best s)"
awk -v c="$cli_best" -v s="$sql_best" 'BEGIN { printf "ratio: %.2fx the statement (target <= 1x, aim 0.25x)\n", c / s }'
