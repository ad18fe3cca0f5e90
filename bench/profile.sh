#!/usr/bin/env bash
# CPU profile of the emulator answering polls under wrk (perf, software cpu-clock event, DWARF
# call graphs). Uses the binary bench/run.sh built. Usage: bench/profile.sh [poll|health|submit]
# Knobs: PROFILE_SECONDS (8), BENCH_THREADS (nproc), BENCH_BIN (another binary).
# Writes bench/out/profile-*/: perf.data, by-dso.txt, self.txt, inclusive.txt, by-source-line.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/lib.sh"
TARGET=${1:-poll}
[[ "$TARGET" == poll || "$TARGET" == health || "$TARGET" == submit ]] || { echo "usage: bench/profile.sh [poll|health|submit]" >&2; exit 2; }
SECONDS_=${PROFILE_SECONDS:-8}
[[ "$SECONDS_" =~ ^[0-9]+$ ]] && (( SECONDS_ >= 1 && SECONDS_ <= 60 )) || { echo "PROFILE_SECONDS: 1-60" >&2; exit 2; }
THREADS=${BENCH_THREADS:-$(nproc)}
BIN=${BENCH_BIN:-$ROOT/.build-bench/release/reapi-emulator}
[[ -x "$BIN" ]] || { echo "no binary at $BIN: run bench/run.sh first" >&2; exit 1; }
command -v perf >/dev/null && command -v wrk >/dev/null || { echo "needs perf and wrk" >&2; exit 1; }
OUT="$ROOT/bench/out/profile-$(date -u +%Y%m%dT%H%M%SZ)-$TARGET"
mkdir -p "$OUT"
PIDS=()
cleanup() {
    local rc=$? pid
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

: >"$OUT/emu.out"
"$BIN" serve --port 0 --threads "$THREADS" >"$OUT/emu.out" 2>"$OUT/emu.err" </dev/null &
EMU=$!
PIDS+=("$EMU")
URL=$(ready_url "$OUT/emu.out" "$EMU") || { echo "the emulator did not start" >&2; exit 1; }
AUTH="Authorization: Bearer rk_bench"
CURL=(curl -sS --max-time 5 --noproxy '*')
PATH_=/_emulator/health
if [[ "$TARGET" == poll ]]; then
    ID=$("${CURL[@]}" -X POST "$URL/api/v1/images/generations" -H "$AUTH" -H 'Content-Type: application/json' \
        -d '{"model":"z-image","prompt":"bench"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    PATH_=/api/v1/tasks/$ID
    for _ in {1..80}; do
        "${CURL[@]}" -H "$AUTH" "$URL$PATH_" | grep -q '"status":"completed"' && break
        sleep 0.25
    done
fi
WRK_ARGS=(-H "$AUTH")
if [[ "$TARGET" == submit ]]; then
    # As bench/run.sh: a balance that lasts, a bounded task table.
    "${CURL[@]}" -o /dev/null -X PUT "$URL/_emulator/scenario" --data-binary $'default_credits: 1000000000000000\nlimits: {max_tasks: 200000}\n'
    PATH_=/api/v1/images/generations
    WRK_ARGS=(-s "$ROOT/bench/submit.lua")
fi
timeout $(( SECONDS_ + 30 )) wrk -t2 -c64 -d$(( SECONDS_ + 4 ))s "${WRK_ARGS[@]}" "$URL$PATH_" >"$OUT/wrk.txt" 2>&1 &
WRK=$!
PIDS+=("$WRK")
sleep 2
perf record -q -e cpu-clock -F 499 --call-graph dwarf,16384 -p "$EMU" -o "$OUT/perf.data" -- sleep "$SECONDS_" 2>"$OUT/perf-record.log" || true
wait "$WRK" || true
grep 'Requests/sec' "$OUT/wrk.txt" || true

set +e +o pipefail  # reports below end in `head`: SIGPIPE upstream is expected
DEMANGLE=(cat)
command -v swift >/dev/null && DEMANGLE=(swift demangle --simplified)
perf report -i "$OUT/perf.data" --no-children --stdio --sort dso -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -12 >"$OUT/by-dso.txt"
perf report -i "$OUT/perf.data" --no-children --stdio --sort sym -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | "${DEMANGLE[@]}" | head -40 >"$OUT/self.txt"
perf report -i "$OUT/perf.data" --children --stdio --sort sym -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | "${DEMANGLE[@]}" | grep -v '\[k\]' | head -80 >"$OUT/inclusive.txt"
perf script -i "$OUT/perf.data" -F tid,ip,sym,symoff,dso 2>/dev/null \
    | python3 "$ROOT/bench/perf_attrib.py" "$BIN" "$ROOT/Sources" 30 >"$OUT/by-source-line.txt"
echo "== time by shared object";        cat "$OUT/by-dso.txt"
echo "== self time by symbol (top 40)"; cat "$OUT/self.txt"
echo "== inclusive, user space (top 80)"; cat "$OUT/inclusive.txt"
echo "== charged to Sources/ lines, callees included (line numbers are those of the source the binary was built from)"
cat "$OUT/by-source-line.txt"
echo "perf data: $OUT/perf.data"
