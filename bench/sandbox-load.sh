#!/usr/bin/env bash
# Sandbox load figure: requests/s over loopback for a searchPeople document, with error counts.
#
#   bench/sandbox-load.sh [seconds] [connections]
#
# Starts `leadiq sandbox` on a free loopback port (LEADIQ_BIN, default: the release build under .build-release, built
# first), drives it with wrk for a bounded time, prints req/s, non-2xx responses, socket errors and GraphQL errors, and
# stops the sandbox it started. Needs wrk (apt-get install -y wrk).
set -euo pipefail

duration="${1:-10}"
connections="${2:-16}"
threads=2
cd "$(dirname "$0")/.."
. bench/lib.sh
require_tools "apt-get install -y wrk" wrk
LEADIQ_BIN=$(leadiq_binary)

work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
    [[ -n "$sandbox_pid" ]] && kill "$sandbox_pid" 2> /dev/null && wait "$sandbox_pid" 2> /dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# Enough credits that the run never hits 402; port 0 lets the system pick a free one.
"$LEADIQ_BIN" sandbox --port 0 --credits 1000000000 > "$work/env" 2> "$work/log" &
sandbox_pid=$!
for _ in $(seq 1 100); do
    grep -q LEADIQ_API_KEY "$work/env" 2> /dev/null && break
    kill -0 "$sandbox_pid" 2> /dev/null || { cat "$work/log" >&2; exit 1; }
    sleep 0.1
done
# shellcheck disable=SC1091
source "$work/env"

cat > "$work/search.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $LEADIQ_API_KEY"
wrk.body = '{"query":"query SearchPerson(\$input: SearchPeopleInput!) { searchPeople(input: \$input) { totalResults results { id name { fullName } currentPositions { title companyInfo { name domain } emails { value status } } } } }","variables":{"input":{"email":"ada.lovelace@analyticalengines.com"}}}'

local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) graphql_errors = 0 end
function response(status, headers, body)
    if status == 200 and string.find(body, '"errors"', 1, true) then graphql_errors = graphql_errors + 1 end
end
function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do total = total + thread:get("graphql_errors") end
    io.write(string.format("graphql_errors %d\n", total))
    io.write(string.format("p50_ms %.2f\np99_ms %.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

wrk -t "$threads" -c "$connections" -d "${duration}s" --latency -s "$work/search.lua" "$LEADIQ_GRAPHQL_URL" > "$work/wrk"

requests_per_second="$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk")"
non_2xx="$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$work/wrk")"
socket_errors="$(awk -F'Socket errors: ' '/Socket errors:/ {print $2}' "$work/wrk")"
echo "binary:            $LEADIQ_BIN"
echo "duration:          ${duration}s, $connections connections, $threads threads"
echo "requests/s:        $requests_per_second"
echo "non-2xx responses: ${non_2xx:-0}"
echo "socket errors:     ${socket_errors:-none}"
awk '/^graphql_errors/ {print "graphql errors:    " $2} /^p50_ms/ {print "latency p50:       " $2 " ms"} /^p99_ms/ {print "latency p99:       " $2 " ms"}' "$work/wrk"
