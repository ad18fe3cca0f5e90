#!/usr/bin/env bash
# Health latency during a storm of distinct 4K renders (issue 10 #8). See bench/README.md.
# Submits STORM_RENDERS gpt-image-2-official 16:9 4k tasks (each a distinct 3840x2160 PNG),
# completes them on the virtual clock, downloads every image at once and, while they are drawn,
# probes GET /_emulator/health every 50 ms and runs the built-in `healthcheck` 5 times.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
TOOLS="$ROOT/bench/bounds_tools.py"
STORM_RENDERS=${STORM_RENDERS:-700}
STORM_THREADS=${STORM_THREADS:-2}
STORM_PENDING=${STORM_PENDING:-1000}      # --max-pending-renders: 1000 lets all 700 be drawn
BENCH_BIN=${BENCH_BIN:-}
[[ "$STORM_RENDERS" =~ ^[0-9]+$ ]] && (( STORM_RENDERS >= 1 && STORM_RENDERS <= 1000 )) || { echo "STORM_RENDERS: 1-1000" >&2; exit 1; }

if [[ -n "$BENCH_BIN" ]]; then BIN=$(realpath "$BENCH_BIN"); else
    echo "== swift build -c release --static-swift-stdlib --scratch-path .build-bench --product reapi-emulator" >&2
    swift build -c release --static-swift-stdlib --scratch-path .build-bench --product reapi-emulator >/tmp/reapi-bench-storm-build.log 2>&1
    BIN="$ROOT/.build-bench/release/reapi-emulator"
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
OUT=$(mktemp -d /tmp/reapi-storm.XXXXXX)
"$BIN" serve --port "$PORT" --clock virtual --threads "$STORM_THREADS" --max-pending-renders "$STORM_PENDING" \
    --log-level warning >/dev/null 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/_emulator/health" >/dev/null && break; sleep 0.05; done
python3 "$TOOLS" storm "$PORT" "$STORM_RENDERS" "$OUT/storm.json" &
STORM=$!
sleep 3
HC_OK=0
for _ in 1 2 3 4 5; do
    if "$BIN" healthcheck --url "http://127.0.0.1:$PORT" >/dev/null 2>&1; then HC_OK=$((HC_OK + 1)); fi
    sleep 0.5
done
wait "$STORM"
PEAK=$(awk '/VmHWM/ {print $2 * 1024}' "/proc/$PID/status")
python3 - "$OUT/storm.json" "$HC_OK" "$PEAK" "$STORM_THREADS" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
hc, peak, threads = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
print(f"{r['renders']} distinct 3840x2160 renders, --threads {threads}: storm lasted {r['storm_seconds']} s;"
      f" images 200: {r['images_200']}, 503: {r['images_503']}, other: {r['images_other']}")
print(f"health during the storm: {r['health_probes']} probes, p50 {r['health_p50_ms']} ms, p99 {r['health_p99_ms']} ms,"
      f" max {r['health_max_ms']} ms, failures {r['health_failures']}   target < 100 ms  "
      f"{'ok' if r['health_max_ms'] is not None and r['health_max_ms'] < 100 else 'MISSED'}")
print(f"built-in healthcheck during the storm: {hc}/5 healthy;  peak RSS (VmHWM) {peak / 1048576:.1f} MiB")
PY
