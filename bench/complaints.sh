#!/usr/bin/env bash
# Complaints at scale: a database with 20 000 complaints (about 120 000 steps), then the
# commands that read all of them. The app's Complaints view reads the same way off the GUI
# thread and logs "read N complaints in M ms" to its log.
# Usage: bench/complaints.sh [COMPLAINTS]   (after scripts/build)
set -euo pipefail
cd "$(dirname "$0")/.."

complaints=${1:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.sqlite"

timed() {
    local label=$1; shift
    local start end
    start=$(date +%s.%N)
    "$@" > "$work/out" 2>/dev/null
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v l="$label" 'BEGIN { printf "%s: %.2f s\n", l, e - s }'
}

timed "demo --customers 5000 --orders 50000 --complaints $complaints" \
    build/bin/kehu-cli --db "$db" demo --customers 5000 --orders 50000 --complaints "$complaints"
timed "complaints list --overdue" build/bin/kehu-cli --db "$db" complaints list --overdue
timed "complaints list --format json (all)" build/bin/kehu-cli --db "$db" complaints list --format json
timed "complaints report --format json" build/bin/kehu-cli --db "$db" complaints report --format json
number=$(build/bin/kehu-cli --db "$db" complaints list --state closed --format json | grep -m1 '"number"' | sed 's/.*"\(TS-[^"]*\)".*/\1/')
timed "complaints show $number" build/bin/kehu-cli --db "$db" complaints show "$number" --format json
