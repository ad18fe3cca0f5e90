#!/usr/bin/env bash
# Session memory budget: what a session costs in resident memory with a scenario of a long
# `models:` extends chain, or of many rules, once its OpenAPI document and models listing are
# built, against the estimate the emulator charges to the session's budget (`memory_bytes` of
# GET /_emulator/scenario, ScenarioFootprint). The estimate must stay above the measured cost;
# the documented worst case (docs/limits.md) is --max-sessions × --max-scenario-bytes.
# Then: 8 concurrent readers of openapi.json against a cached document, and health meanwhile.
# All traffic on loopback; every loop bounded.
# Usage: bench/session-budget.sh     knobs: BUDGET_SESSIONS (6), BENCH_BIN=path (else release is built)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/lib.sh"
SESSIONS=${BUDGET_SESSIONS:-6}
[[ "$SESSIONS" =~ ^[0-9]+$ ]] && (( SESSIONS >= 1 && SESSIONS <= 50 )) || { echo "BUDGET_SESSIONS: 1-50" >&2; exit 2; }
PORT=${BENCH_PORT:-18391}
release_binary
WORK=$(mktemp -d /tmp/reapi-budget.XXXXXX)
PID=""
cleanup() { [[ -n "$PID" ]] && kill -TERM "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

"$BIN" --port "$PORT" --clock virtual --max-sessions 200 --max-body-bytes 8388608 \
    --max-scenario-bytes 1073741824 --log-level warning >"$WORK/ready" 2>"$WORK/stderr" &
PID=$!
for _ in $(seq 200); do grep -q listening "$WORK/ready" 2>/dev/null && break; sleep 0.05; done
grep -q listening "$WORK/ready" || { echo "the emulator did not start: $(cat "$WORK/stderr")" >&2; exit 1; }

python3 - "http://127.0.0.1:$PORT" "$PID" "$SESSIONS" <<'PY'
import json, sys, threading, time, urllib.request
base, pid, sessions = sys.argv[1], sys.argv[2], int(sys.argv[3])
def call(url, method="GET", body=None):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(url, method=method, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=300) as r: return r.read()
def rss():
    with open(f"/proc/{pid}/status") as f:
        return next(int(l.split()[1]) * 1024 for l in f if l.startswith("VmRSS"))
def chain(n):
    return "models:\n  m1: {extends: z-image}\n" + "".join(f"  m{i}: {{extends: m{i-1}}}\n" for i in range(2, n + 1))
def rules(n):
    return "rules:\n" + "".join(f"  - {{match: {{prompt_contains: needle{i}x}}, fail: {{code: 80003}}}}\n" for i in range(n))
print(f"{'scenario':<22} {'text KB':>8} {'estimate MB':>12} {'measured MB/session':>20} {'estimate/measured':>18}")
kept = []
for label, text in [("500-model chain", chain(500)), ("2,000-model chain", chain(2000)), ("6,000 rules", rules(6000)), ("16,000 rules", rules(16000))]:
    before = rss()
    estimate = 0
    ids = []
    for _ in range(sessions):
        s = json.loads(call(base + "/_emulator/sessions", "POST", {"scenario": text}))
        ids.append(s["id"])
        prefix = "/sessions/" + s["id"]
        estimate = json.loads(call(base + prefix + "/_emulator/scenario"))["memory_bytes"]
        call(base + prefix + "/_emulator/openapi.json"); call(base + prefix + "/_emulator/models")
    per = (rss() - before) / sessions
    print(f"{label:<22} {len(text)/1024:>8.0f} {estimate/2**20:>12.1f} {per/2**20:>20.1f} {estimate/max(per,1):>18.2f}")
    kept.extend(ids)   # ended only at the end: memory freed by one row would be reused by the next

for i in kept: call(base + "/_emulator/sessions/" + i, "DELETE")

# Eight readers of a cached OpenAPI document of a 2,000-model chain while health is probed.
s = json.loads(call(base + "/_emulator/sessions", "POST", {"scenario": chain(2000)}))
url = base + "/sessions/" + s["id"] + "/_emulator/openapi.json"
t = time.monotonic(); size = len(call(url)); first = time.monotonic() - t
stop = time.monotonic() + 5
def reader():
    n = 0
    while time.monotonic() < stop and n < 50:
        call(url); n += 1
threads = [threading.Thread(target=reader) for _ in range(8)]
for th in threads: th.start()
worst = 0.0; probes = 0
while any(th.is_alive() for th in threads) and probes < 500:
    t = time.monotonic(); call(base + "/_emulator/health"); worst = max(worst, time.monotonic() - t); probes += 1
    time.sleep(0.05)
for th in threads: th.join()
t = time.monotonic(); call(url); again = time.monotonic() - t
print(f"openapi.json of a 2,000-model chain: {size/2**20:.1f} MB, first GET {first*1000:.0f} ms, a cached GET {again*1000:.0f} ms; "
      f"8 readers: worst health {worst*1000:.0f} ms over {probes} probes")
PY
