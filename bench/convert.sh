#!/usr/bin/env bash
# Benchmarks `leadiq convert` CSV → JSON Lines against Miller and Python's csv+json on the same generated file, in
# one run: throughput (MB/s, best of N runs) at ROWS rows, the ratios, and peak RSS at 100k and ROWS rows.
# Usage: bench/convert.sh [ROWS] [RUNS]   (defaults: 1000000 rows, 3 runs). Needs miller and GNU time
# (apt-get install -y miller time); builds leadiq in release mode under .build-release, unless LEADIQ_BIN names an
# already built optimised binary.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-3}
out=bench/out
mkdir -p "$out"

. bench/lib.sh
require_tools "apt-get install -y miller time python3" mlr python3 /usr/bin/time
leadiq=$(leadiq_binary)

small=$out/contacts-100000.csv
large=$out/contacts-$rows.csv
[ -f "$small" ] || python3 fixtures/generate-contacts.py 100000 "$small"
[ -f "$large" ] || python3 fixtures/generate-contacts.py "$rows" "$large"

python_convert='import csv, json, sys
write = sys.stdout.write
for row in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")):
    write(json.dumps(row, ensure_ascii=False) + "\n")'

run_tool() { # tool file → the command line
    case $1 in
        leadiq) echo "$leadiq convert $2 --to jsonl -o -" ;;
        miller) echo "mlr --icsv --ojsonl cat $2" ;;
        python) echo "python3 -c '$python_convert' $2" ;;
    esac
}

# Prints "seconds max_rss_kb" for the best (fastest) of $runs runs; the RSS is the largest seen.
measure() {
    local best="" rss=0 line seconds kb
    for _ in $(seq "$runs"); do
        line=$( { /usr/bin/time -f '%e %M' bash -c "$(run_tool "$1" "$2") > /dev/null 2> /dev/null"; } 2>&1 | tail -n 1)
        read -r seconds kb <<<"$line"
        if [ -z "$best" ] || awk "BEGIN { exit !($seconds < $best) }"; then best=$seconds; fi
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    echo "$best $rss"
}

megabytes=$(awk "BEGIN { printf \"%.1f\", $(stat -c %s "$large") / 1e6 }")
echo "input: $large ($rows rows, $megabytes MB); best of $runs runs; CSV → JSON Lines"
printf '%-8s %10s %10s %14s %14s\n' tool seconds MB/s "RSS 100k (MB)" "RSS $rows (MB)"
declare -A rate rss_small rss_large
for tool in leadiq miller python; do
    read -r seconds rss_large_kb <<<"$(measure "$tool" "$large")"
    read -r _ rss_small_kb <<<"$(measure "$tool" "$small")"
    rate[$tool]=$(awk "BEGIN { printf \"%.1f\", $megabytes / ($seconds > 0 ? $seconds : 0.01) }")
    rss_small[$tool]=$(awk "BEGIN { printf \"%.1f\", $rss_small_kb / 1024 }")
    rss_large[$tool]=$(awk "BEGIN { printf \"%.1f\", $rss_large_kb / 1024 }")
    printf '%-8s %10s %10s %14s %14s\n' "$tool" "$seconds" "${rate[$tool]}" "${rss_small[$tool]}" "${rss_large[$tool]}"
done

verdict() { awk "BEGIN { exit !($1) }" && echo "met" || echo "MISSED"; }
vs_miller=$(awk "BEGIN { printf \"%.2f\", ${rate[leadiq]} / ${rate[miller]} }")
vs_python=$(awk "BEGIN { printf \"%.2f\", ${rate[leadiq]} / ${rate[python]} }")
growth=$(awk "BEGIN { printf \"%.2f\", ${rss_large[leadiq]} / ${rss_small[leadiq]} }")
echo
echo "leadiq ÷ miller throughput:   ${vs_miller}×  (target ≥ 5×: $(verdict "$vs_miller >= 5"))"
echo "leadiq ÷ python throughput:   ${vs_python}×  (target ≥ 3×: $(verdict "$vs_python >= 3"))"
echo "leadiq peak RSS at $rows rows: ${rss_large[leadiq]} MB  (target ≤ 64 MB: $(verdict "${rss_large[leadiq]} <= 64"))"
echo "leadiq RSS($rows) ÷ RSS(100k): ${growth}  (target ≤ 1.2: $(verdict "$growth <= 1.2"))"
