#!/usr/bin/env bash
# Benchmarks reading .xlsx: read throughput (rows/s and MB/s of sheet XML, best of N runs) and peak RSS for a sheet of
# ROWS rows and one of 100k rows, so flat memory shows as an RSS ratio near 1. The workbooks are written by leadiq's
# own XLSX writer from the generated contacts CSV (its write time is reported too).
# Usage: bench/xlsx-bench.sh [ROWS] [RUNS]   (defaults: 1000000 rows, 3 runs). Needs GNU time and unzip
# (apt-get install -y time unzip); builds leadiq in release mode under .build-release unless LEADIQ_BIN names an
# already built one.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-3}
out=bench/out
mkdir -p "$out"

. bench/lib.sh
require_tools "apt-get install -y time unzip python3" python3 unzip /usr/bin/time
leadiq=$(leadiq_binary)

# Writes $out/contacts-N.xlsx from the generated CSV; prints the write's seconds.
make_sheet() {
    local csv=$out/contacts-$1.csv sheet=$out/contacts-$1.xlsx
    [ -f "$csv" ] || python3 fixtures/generate-contacts.py "$1" "$csv"
    /usr/bin/time -f '%e' "$leadiq" convert "$csv" -o "$sheet" 2>&1 >/dev/null | tail -n 1
}

# Prints "seconds max_rss_kb" for the best (fastest) of $runs reads of $1; the RSS is the largest seen.
measure() {
    local best="" rss=0 line seconds kb
    for _ in $(seq "$runs"); do
        line=$( { /usr/bin/time -f '%e %M' bash -c "$leadiq convert $1 --to jsonl -o - > /dev/null"; } 2>&1 | tail -n 1)
        read -r seconds kb <<<"$line"
        if [ -z "$best" ] || awk "BEGIN { exit !($seconds < $best) }"; then best=$seconds; fi
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    echo "$best $rss"
}

write_small=$(make_sheet 100000)
write_large=$(make_sheet "$rows")
large=$out/contacts-$rows.xlsx
sheet_bytes=$(unzip -l "$large" xl/worksheets/sheet1.xml | awk 'NR == 4 { print $1 }')
read -r seconds rss_large_kb <<<"$(measure "$large")"
read -r _ rss_small_kb <<<"$(measure "$out/contacts-100000.xlsx")"

echo "workbook: $large ($rows rows, $(stat -c %s "$large") bytes zipped, sheet XML $sheet_bytes bytes)"
echo "write (CSV → xlsx):   100k rows ${write_small} s, $rows rows ${write_large} s"
awk -v s="$seconds" -v r="$rows" -v b="$sheet_bytes" -v big="$rss_large_kb" -v small="$rss_small_kb" 'BEGIN {
    printf "read (xlsx → JSONL): %.2f s best of runs, %.0f rows/s, %.1f MB/s of sheet XML\n", s, r / s, b / 1e6 / s
    printf "peak RSS: %.1f MB at %d rows, %.1f MB at 100k rows (ratio %.2f)\n", big / 1024, r, small / 1024, big / small
}'
