#!/usr/bin/env bash
# Held answers at scale (issue 10): for each count in HELD_CONNECTIONS (1,000 and 10,000), that
# many wrk connections poll one task whose answer a scenario holds HELD_SECONDS (1 s) on a real
# clock, for HELD_DURATION (12 s). Prints wrk's latency percentiles, the p99's error against the
# hold, and the emulator's thread count sampled before and during the load (answers are held
# without a thread, so it must not grow with the connections).
#
# The reference, in the same run: the same poll with 64 connections and no hold. wrk's
# connections all start together, so their held answers fall due together, every second, in one
# burst; answering N requests takes N ÷ (the reference's req/s) on this machine whatever the
# hold, and the report shows that "burst floor" next to the error.
#
# Usage: bench/held.sh          (BENCH_BIN=path to skip the release build)
# Env:   HELD_CONNECTIONS=N[,N…] (1000,10000), HELD_SECONDS=S (1), HELD_DURATION=S (12),
#        HELD_WRK_THREADS=N (2)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/lib.sh"
IFS=, read -r -a COUNTS <<<"${HELD_CONNECTIONS:-1000,10000}"
HOLD=${HELD_SECONDS:-1}
DURATION=${HELD_DURATION:-12}
WRK_THREADS=${HELD_WRK_THREADS:-2}
die() { echo "held: error: $*" >&2; exit 1; }
int_in() { [[ "$2" =~ ^[0-9]+$ ]] && (( $2 >= $3 && $2 <= $4 )) || die "$1=$2: expected an integer $3-$4"; }
CONNECTIONS=0
for n in "${COUNTS[@]}"; do int_in HELD_CONNECTIONS "$n" 1 15000; (( n > CONNECTIONS )) && CONNECTIONS=$n; done
int_in HELD_SECONDS "$HOLD" 1 30
int_in HELD_DURATION "$DURATION" 3 120
int_in HELD_WRK_THREADS "$WRK_THREADS" 1 16
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"

BIN=${BENCH_BIN:-}
if [[ -z "$BIN" ]]; then
    swift build -c release --static-swift-stdlib --scratch-path .build-bench >&2
    BIN="$ROOT/.build-bench/release/reapi-emulator"
fi
[[ -x "$BIN" ]] || die "no binary at $BIN"
# wrk and the emulator each need a descriptor per connection.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
(( $(ulimit -n) > CONNECTIONS + 200 )) || die "the open-file limit $(ulimit -n) is too low for $CONNECTIONS connections"

WORK=$(mktemp -d /tmp/reapi-held.XXXXXX)
EMU_PID=""
cleanup() {
    local rc=$?
    if [[ -n "$EMU_PID" ]] && kill -0 "$EMU_PID" 2>/dev/null; then kill -TERM "$EMU_PID"; wait "$EMU_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

threads_of() { awk '$1 == "Threads:" {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
start() {  # scenario text -> EMU_PID, URL
    printf '%s\n' "$1" >"$WORK/scenario.yaml"
    : >"$WORK/emu.out"
    "$BIN" serve --port 0 --threads 2 --max-connections $(( CONNECTIONS + 1000 )) --scenario "$WORK/scenario.yaml" \
        --log-level warning >"$WORK/emu.out" 2>"$WORK/emu.err" </dev/null &
    EMU_PID=$!
    URL=$(ready_url "$WORK/emu.out" "$EMU_PID") || { cat "$WORK/emu.err" >&2; die "the emulator did not start on loopback"; }
    local id
    id=$(curl -sS -m 5 -X POST "$URL/api/v1/images/generations" -H 'Authorization: Bearer rk_bench' \
        -H 'Content-Type: application/json' -d '{"model":"z-image","prompt":"held"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])') \
        || die "submit failed"
    POLL="$URL/api/v1/tasks/$id"
}
stop() { kill -TERM "$EMU_PID"; wait "$EMU_PID" 2>/dev/null || true; EMU_PID=""; }
percentiles() { sed -n '/Latency Distribution/,/requests in/p' "$1" | awk '/%/ {printf "%s %s  ", $1, $2} END {print ""}'; }
p99_ms() {
    awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
                       else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.1f", v }' "$1"
}

echo "== reference: 64 connections, no hold, 5 s" >&2
start "name: held-reference"
wrk -t"$WRK_THREADS" -c64 -d5s --latency -H 'Authorization: Bearer rk_bench' "$POLL" >"$WORK/ref.txt" 2>&1 || die "wrk failed: $(tail -3 "$WORK/ref.txt")"
stop
ref_rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/ref.txt")
echo
echo "reference (64 connections, no hold): $(percentiles "$WORK/ref.txt")"
sed -n '/Requests\/sec/p' "$WORK/ref.txt"

for n in "${COUNTS[@]}"; do
    echo "== $n connections, poll held ${HOLD} s, ${DURATION} s" >&2
    start "latency: {poll: ${HOLD}s}"
    before=$(threads_of "$EMU_PID")
    timeout $(( DURATION + 60 )) wrk -t"$WRK_THREADS" -c"$n" -d"${DURATION}s" --timeout $(( HOLD + 10 ))s --latency \
        -H 'Authorization: Bearer rk_bench' "$POLL" >"$WORK/held-$n.txt" 2>&1 &
    WRK_PID=$!
    samples=()
    while kill -0 "$WRK_PID" 2>/dev/null; do samples+=("$(threads_of "$EMU_PID")"); sleep 0.5; done
    wait "$WRK_PID" || die "wrk failed: $(tail -3 "$WORK/held-$n.txt")"
    stop
    echo
    echo "held ${HOLD} s, $n connections: $(percentiles "$WORK/held-$n.txt")"
    sed -n '/requests in/p;/Socket errors/p;/Non-2xx/p' "$WORK/held-$n.txt"
    p99=$(p99_ms "$WORK/held-$n.txt")
    echo "  p99 error against the hold: $(awk -v p="$p99" -v h="$HOLD" 'BEGIN {printf "%.0f", p - h * 1000}') ms;" \
         "burst floor $n ÷ $ref_rps req/s = $(awk -v n="$n" -v r="$ref_rps" 'BEGIN {printf "%.0f", n / r * 1000}') ms"
    sorted=$(printf '%s\n' "${samples[@]}" | sort -n)
    echo "  emulator threads: $before before the load; during it min $(head -1 <<<"$sorted"), max $(tail -1 <<<"$sorted") over ${#samples[@]} samples"
done
