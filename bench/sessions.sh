#!/usr/bin/env bash
# Sessions: what one session costs in memory and RSS after sessions are created and ended in
# a loop (measured first, on a fresh process), then poll throughput with 1 session vs 4
# sessions loaded at once (four wrk processes either way, same total connections, same run). All traffic on loopback; every load bounded in time and count.
# Usage: bench/sessions.sh     knobs: BENCH_SECONDS (8), BENCH_CONNECTIONS (64),
#        BENCH_SESSIONS_MEM (1000), BENCH_LOOP_ROUNDS (5), BENCH_SKIP_BUILD=1, BENCH_BIN=path
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/lib.sh"
BENCH_SECONDS=${BENCH_SECONDS:-8}
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-64}
BENCH_SESSIONS_MEM=${BENCH_SESSIONS_MEM:-1000}
BENCH_LOOP_ROUNDS=${BENCH_LOOP_ROUNDS:-5}
PORT=${BENCH_PORT:-18390}
die() { echo "bench: error: $*" >&2; exit 1; }
[[ "$BENCH_SECONDS" =~ ^[0-9]+$ ]] && (( BENCH_SECONDS >= 1 && BENCH_SECONDS <= 120 )) || die "BENCH_SECONDS: 1-120"
[[ "$BENCH_CONNECTIONS" =~ ^[0-9]+$ ]] && (( BENCH_CONNECTIONS >= 4 && BENCH_CONNECTIONS <= 1000 )) || die "BENCH_CONNECTIONS: 4-1000"
(( BENCH_CONNECTIONS % 4 == 0 )) || die "BENCH_CONNECTIONS must be a multiple of 4"
[[ "$BENCH_SESSIONS_MEM" =~ ^[0-9]+$ ]] && (( BENCH_SESSIONS_MEM >= 1 && BENCH_SESSIONS_MEM <= 1000 )) || die "BENCH_SESSIONS_MEM: 1-1000"
[[ "$BENCH_LOOP_ROUNDS" =~ ^[0-9]+$ ]] && (( BENCH_LOOP_ROUNDS >= 1 && BENCH_LOOP_ROUNDS <= 50 )) || die "BENCH_LOOP_ROUNDS: 1-50"

for tool in wrk bc; do command -v "$tool" >/dev/null && continue
    echo "== installing $tool (Debian package)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$tool" >/dev/null
done
release_binary
WORK=$(mktemp -d /tmp/reapi-sessions.XXXXXX)
PID=""
cleanup() { [[ -n "$PID" ]] && kill -TERM "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

"$BIN" --port "$PORT" --clock virtual --max-sessions 1100 --log-level warning >"$WORK/ready" 2>"$WORK/stderr" &
PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/ready" 2>/dev/null && break; sleep 0.05; done
grep -q listening "$WORK/ready" || die "the emulator did not start: $(cat "$WORK/stderr")"
BASE="http://127.0.0.1:$PORT"
rss() { awk '/^VmRSS/ {print $2}' "/proc/$PID/status"; }

# A completed z-image task in the default session and in 4 sessions; writes the poll paths.
python3 - "$BASE" "$WORK" <<'PY'
import json, sys, urllib.request
base, work = sys.argv[1], sys.argv[2]
def call(url, method="GET", body=None, key=None):
    headers = {"Content-Type": "application/json"}
    if key: headers["Authorization"] = f"Bearer {key}"
    req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode(), headers=headers)
    with urllib.request.urlopen(req, timeout=10) as r: return json.loads(r.read())
def completed_task(prefix):
    task = call(base + prefix + "/api/v1/images/generations", "POST", {"model": "z-image", "prompt": "bench"}, "rk_bench")
    call(base + prefix + "/_emulator/clock/advance", "POST", {"seconds": 60})
    return prefix + "/api/v1/tasks/" + task["id"]
with open(f"{work}/default.path", "w") as f: f.write(completed_task(""))
for i in range(4):
    s = call(base + "/_emulator/sessions", "POST", {"clock": "virtual"})
    with open(f"{work}/s{i}.path", "w") as f: f.write(completed_task("/sessions/" + s["id"]))
PY

# Memory: N sessions with one task each, then ended; then create/end rounds.
rss_before=$(rss)
python3 - "$BASE" "$BENCH_SESSIONS_MEM" "$WORK" <<'PY'
import json, sys, urllib.request
base, n, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def call(url, method="GET", body=None, key=None):
    headers = {"Content-Type": "application/json"}
    if key: headers["Authorization"] = f"Bearer {key}"
    req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode(), headers=headers)
    with urllib.request.urlopen(req, timeout=10) as r: return json.loads(r.read() or b"null")
ids = []
for _ in range(n):
    s = call(base + "/_emulator/sessions", "POST", {"clock": "virtual"})
    call(base + "/sessions/" + s["id"] + "/api/v1/images/generations", "POST", {"model": "z-image", "prompt": "mem"}, "rk_bench")
    ids.append(s["id"])
open(f"{work}/ids", "w").write("\n".join(ids))
PY
rss_full=$(rss)
python3 - "$BASE" "$WORK" <<'PY'
import sys, urllib.request
base, work = sys.argv[1], sys.argv[2]
for i in open(f"{work}/ids").read().split():
    urllib.request.urlopen(urllib.request.Request(base + "/_emulator/sessions/" + i, method="DELETE"), timeout=10).read()
PY
rss_ended=$(rss)
python3 - "$BASE" "$BENCH_SESSIONS_MEM" "$BENCH_LOOP_ROUNDS" <<'PY'
import json, sys, urllib.request
base, n, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for _ in range(rounds):
    for _ in range(n):
        req = urllib.request.Request(base + "/_emulator/sessions", method="POST", data=b"{}", headers={"Content-Type": "application/json"})
        sid = json.loads(urllib.request.urlopen(req, timeout=10).read())["id"]
        urllib.request.urlopen(urllib.request.Request(base + "/_emulator/sessions/" + sid, method="DELETE"), timeout=10).read()
PY
rss_loop=$(rss)

rate() { sed -nE 's/^Requests\/sec:[[:space:]]+([0-9.]+).*/\1/p' "$1"; }
C=$BENCH_CONNECTIONS
# Four wrk processes either way, so only the server side differs between the two runs.
four_wrk() {  # $1: label; $2..$5: the poll path file of each process
    local label=$1 WRKS=() i=0
    shift
    for path in "$@"; do
        wrk -t1 -c"$((C / 4))" -d"${BENCH_SECONDS}s" -H 'Authorization: Bearer rk_bench' "$BASE$(cat "$path")" >"$WORK/$label$i.txt" &
        WRKS+=($!)
        i=$((i + 1))
    done
    wait "${WRKS[@]}"
    awk '{s += $1} END {printf "%.0f", s}' <(for j in 0 1 2 3; do rate "$WORK/$label$j.txt"; done)
}
echo "== poll, 1 session (the default), 4 x $((C / 4)) connections, ${BENCH_SECONDS}s" >&2
one=$(four_wrk one "$WORK/default.path" "$WORK/default.path" "$WORK/default.path" "$WORK/default.path")
echo "== poll, 4 sessions at once, 4 x $((C / 4)) connections, ${BENCH_SECONDS}s" >&2
four=$(four_wrk four "$WORK/s0.path" "$WORK/s1.path" "$WORK/s2.path" "$WORK/s3.path")

echo
echo "sessions benchmark ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, loopback)"
printf '  poll req/s, 1 session   (%3d conns):  %s\n' "$C" "$one"
printf '  poll req/s, 4 sessions  (%3d conns):  %s   ratio %.2fx\n' "$C" "$four" "$(echo "$four / $one" | bc -l)"
printf '  RSS before sessions:                  %s KiB\n' "$rss_before"
printf '  RSS with %d sessions (1 task each):  %s KiB   => %.1f KiB per session\n' "$BENCH_SESSIONS_MEM" "$rss_full" \
    "$(echo "($rss_full - $rss_before) / $BENCH_SESSIONS_MEM" | bc -l)"
printf '  RSS after ending them:                %s KiB\n' "$rss_ended"
printf '  RSS after %d x %d create+end:        %s KiB   (%.2fx of before)\n' "$BENCH_LOOP_ROUNDS" "$BENCH_SESSIONS_MEM" "$rss_loop" \
    "$(echo "$rss_loop / $rss_before" | bc -l)"
