#!/usr/bin/env bash
# Fuzzes the three readers with libFuzzer: compiles RecordIO's sources with -sanitize=fuzzer,address (SwiftPM cannot
# build a fuzzer product), links one binary per reader with its harness from bench/fuzz/, runs each for SECONDS on its
# seed corpus from fixtures/fuzz/<target>/, and prints executions and crashes per target.
# Usage: bench/fuzz.sh SECONDS [csv|jsonl|xml ...]   (default: all three, run side by side).
# New corpus entries and crash inputs go to bench/out/fuzz/<target>/; a crash input becomes a regression test fixture.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: bench/fuzz.sh SECONDS [csv|jsonl|xml ...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv jsonl xml)
out=bench/out/fuzz
mkdir -p "$out"

harness_for() {
    case $1 in
    csv) echo CSVReaderFuzz ;;
    jsonl) echo JSONLinesReaderFuzz ;;
    xml) echo XMLReaderFuzz ;;
    *) echo "fuzz: unknown target '$1' (csv, jsonl or xml)" >&2; exit 2 ;;
    esac
}

mapfile -t sources < <(find Sources/RecordIO -name '*.swift' | sort)
read -r -a xml_flags <<<"$(pkg-config --cflags libxml-2.0)"
xcc_flags=()
for flag in "${xml_flags[@]}"; do xcc_flags+=(-Xcc "$flag"); done

# RecordIO reads .xlsx through ZIPFoundation: its sources come from SwiftPM's checkout, built once, uninstrumented.
echo "fuzz: building ZIPFoundation, RecordIO and the harnesses (log: $out/build.log)" >&2
swift package resolve >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
zip=.build/checkouts/ZIPFoundation/Sources
swiftc -parse-as-library -module-name ZIPFoundation -emit-library -static -O -I "$zip/CZLib" -Xcc -D_GNU_SOURCE=1 \
    -emit-module -emit-module-path "$out/ZIPFoundation.swiftmodule" "$zip"/ZIPFoundation/*.swift \
    -o "$out/libZIPFoundation.a" >>"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }

# RecordIO is compiled once, instrumented, with -enable-testing so the harnesses reach its internal knobs (chunk size).
common=(-sanitize=fuzzer,address -O -g -use-ld=lld -I Sources/CLibXML2 -I "$zip/CZLib" "${xcc_flags[@]}")
swiftc -parse-as-library -module-name RecordIO -emit-library -static -enable-testing "${common[@]}" -I "$out" \
    -emit-module -emit-module-path "$out/RecordIO.swiftmodule" "${sources[@]}" -o "$out/libRecordIO.a" \
    >>"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
for target in "${targets[@]}"; do
    swiftc -parse-as-library "${common[@]}" -I "$out" -L "$out" -lRecordIO -lZIPFoundation -lxml2 -lz \
        bench/fuzz/FuzzHarness.swift "bench/fuzz/$(harness_for "$target").swift" -o "$out/$target-fuzzer" \
        >>"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
done

# The targets run side by side; -max_len 8192 lets an XML input span two of libxml2's reads; the timeout and RSS
# limit turn hangs and memory blowups into failures. A run stops at its first failure and keeps the input.
pids=()
for target in "${targets[@]}"; do
    work=$out/$target
    rm -rf "$work"
    mkdir -p "$work/corpus"
    "$out/$target-fuzzer" "$work/corpus" "fixtures/fuzz/$target" -max_total_time="$seconds" -max_len=8192 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/" >"$work/fuzz.log" 2>&1 &
    pids+=($!)
done
statuses=()
for pid in "${pids[@]}"; do
    status=0
    wait "$pid" || status=$?
    statuses+=("$status")
done

printf '%-6s %12s %8s %s\n' target executions crashes artifacts
for index in "${!targets[@]}"; do
    target=${targets[$index]}
    work=$out/$target
    log=$work/fuzz.log
    status=${statuses[$index]}
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    artifacts=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
        -o -name 'leak-*' -o -name 'slow-unit-*' \) -printf '%f ' | sed 's/ $//')
    crashes=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
        -o -name 'leak-*' \) | wc -l)
    [ "$status" -eq 0 ] || [ "$crashes" -gt 0 ] || crashes="exit $status (see $log)"
    printf '%-6s %12s %8s %s\n' "$target" "${executions:-?}" "$crashes" "${artifacts:--}"
done
