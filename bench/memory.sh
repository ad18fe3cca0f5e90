#!/usr/bin/env bash
# Bytes per stored task and RSS after retention (issue 10 #10), ratios in one run. See bench/README.md.
# 1. fresh emulator (virtual clock): RSS0
# 2. batch 1: MEM_TASKS z-image submits with a 40-character prompt: RSS1; bytes/task = (RSS1-RSS0)/MEM_TASKS
# 3. advance past URL expiry (24 h) + retention (7 d): every task forgotten (the metrics say 0 kept): RSS2
# 4. batch 2, the same: RSS3; RSS3/RSS1 must be within 10 % (memory is reused, not kept)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
TOOLS="$ROOT/bench/bounds_tools.py"
MEM_TASKS=${MEM_TASKS:-200000}
MEM_CONNS=${MEM_CONNS:-4}
BENCH_BIN=${BENCH_BIN:-}
[[ "$MEM_TASKS" =~ ^[0-9]+$ ]] && (( MEM_TASKS >= 1000 && MEM_TASKS <= 5000000 )) || { echo "MEM_TASKS: 1000-5000000" >&2; exit 1; }

if [[ -n "$BENCH_BIN" ]]; then BIN=$(realpath "$BENCH_BIN"); else
    echo "== swift build -c release --static-swift-stdlib --scratch-path .build-bench --product reapi-emulator" >&2
    swift build -c release --static-swift-stdlib --scratch-path .build-bench --product reapi-emulator >/tmp/reapi-bench-memory-build.log 2>&1
    BIN="$ROOT/.build-bench/release/reapi-emulator"
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" serve --port "$PORT" --clock virtual --log-level warning >/dev/null 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/_emulator/health" >/dev/null && break; sleep 0.05; done
kept() { curl -sf "http://127.0.0.1:$PORT/_emulator/metrics" | awk '/^reapi_emulator_tasks\{/ {s += $2} END {print s}'; }
# 5 credits a task: two batches need more than the default balance of a new key.
curl -sf -X PUT "http://127.0.0.1:$PORT/_emulator/accounts/rk_bench" -d '{"credits": 100000000000}' >/dev/null
sleep 1
RSS0=$(python3 "$TOOLS" rss "$PID")
B1=$(python3 "$TOOLS" submit "$PORT" "$MEM_TASKS" "$MEM_CONNS")
RSS1=$(python3 "$TOOLS" rss "$PID")
K1=$(kept)
T0=$(date +%s%N)
curl -sf -X POST "http://127.0.0.1:$PORT/_emulator/clock/advance" -d '{"seconds": 694800}' >/tmp/reapi-bench-advance.json
ADV_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
sleep 3  # the allocator trim runs within 2 s of the forgetting
ADV=$(python3 -c 'import json; d=json.load(open("/tmp/reapi-bench-advance.json")); print(d["count"], len(d["changes"]), d["truncated"])')
RSS2=$(python3 "$TOOLS" rss "$PID")
K2=$(kept)
B2=$(python3 "$TOOLS" submit "$PORT" "$MEM_TASKS" "$MEM_CONNS")
RSS3=$(python3 "$TOOLS" rss "$PID")
K3=$(kept)
python3 - "$MEM_TASKS" "$RSS0" "$RSS1" "$RSS2" "$RSS3" "$K1" "$K2" "$K3" "$B1" "$B2" "$ADV" "$ADV_MS" <<'PY'
import json, sys
n, r0, r1, r2, r3, k1, k2, k3 = map(int, sys.argv[1:9])
b1, b2, adv, adv_ms = json.loads(sys.argv[9]), json.loads(sys.argv[10]), sys.argv[11].split(), sys.argv[12]
mib = lambda b: f"{b / 1048576:8.1f} MiB"
per = (r1 - r0) / n
print(f"fresh start                      {mib(r0)}")
print(f"batch 1: {n:,} tasks kept {k1:>9,}   {mib(r1)}   ({b1['accepted']:,} accepted in {b1['seconds']} s)")
print(f"advanced 24 h + 7 d in {adv_ms} ms: {int(adv[0]):,} changes (listed {adv[1]}, truncated {adv[2]}), kept {k2:,}   {mib(r2)}")
print(f"batch 2: {n:,} tasks kept {k3:>9,}   {mib(r3)}   ({b2['accepted']:,} accepted in {b2['seconds']} s)")
print(f"bytes per stored task (40-char prompt)   {per:7.0f} B    target <= 512 B   {'ok' if per <= 512 else 'MISSED'}")
ratio = r3 / r1
print(f"RSS after batch 2 / after batch 1        {ratio:7.3f}      target within 10 %  {'ok' if abs(ratio - 1) <= 0.10 else 'MISSED'}")
PY
