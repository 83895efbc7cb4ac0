#!/usr/bin/env bash
# The foundation's speed targets on 200 000 customers and 2 000 000 orders:
#   demo data itself < 30 s; in the app: first page < 500 ms after the window opens,
#   a filter keystroke < 100 ms, a customer page < 100 ms, resident memory < 300 MB.
# Usage: bench/foundation.sh [CUSTOMERS ORDERS]   (after scripts/build)
set -euo pipefail
cd "$(dirname "$0")/.."

customers=${1:-200000}
orders=${2:-2000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.sqlite"

echo "== kehu-cli demo --customers $customers --orders $orders"
start=$(date +%s.%N)
build/bin/kehu-cli --db "$db" demo --customers "$customers" --orders "$orders" --seed 1
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v mb="$(( $(stat -c %s "$db") / 1048576 ))" \
    'BEGIN { printf "demo: %.1f s (target < 30 s), file %d MB\n", e - s, mb }'

echo "== kehu-cli customers list --filter (whole list, JSON)"
start=$(date +%s.%N)
build/bin/kehu-cli --db "$db" customers list --filter 华美 --format json > "$work/list.json"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "customers list --filter: %.2f s\n", e - s }'

echo "== the app (offscreen)"
QT_QPA_PLATFORM=offscreen build/bin/kehu-app-bench --db "$db"
