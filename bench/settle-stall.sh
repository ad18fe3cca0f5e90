#!/usr/bin/env bash
# Settlement stall: how long a request to a session waits while one clock advance settles
# hundreds of thousands of its tasks (issue 23: 1M tasks held the session's lock 5-6 s; an
# advance now settles in slices of 2,000 with the lock free between them).
# Submits z-image tasks with wrk for STALL_SUBMIT_SECONDS on a virtual clock, then advances the
# clock one hour (every task completes) while another client polls `GET /_emulator/tasks?limit=1`
# of the same session on fresh connections; prints the advance's time and the worst and median
# answer time of those requests, against the same requests with no advance running (reference,
# same run). Loopback only; every loop bounded in time and count.
# Usage: bench/settle-stall.sh   knobs: STALL_SUBMIT_SECONDS (20), BENCH_BIN=path (else release is built)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/lib.sh"
SUBMIT_SECONDS=${STALL_SUBMIT_SECONDS:-20}
[[ "$SUBMIT_SECONDS" =~ ^[0-9]+$ ]] && (( SUBMIT_SECONDS >= 1 && SUBMIT_SECONDS <= 120 )) || { echo "STALL_SUBMIT_SECONDS: 1-120" >&2; exit 2; }
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
release_binary
WORK=$(mktemp -d /tmp/reapi-stall.XXXXXX)
PID=""
cleanup() { [[ -n "$PID" ]] && kill -TERM "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

: >"$WORK/ready"
"$BIN" --port 0 --clock virtual --max-tasks 5000000 --log-level warning >"$WORK/ready" 2>"$WORK/stderr" &
PID=$!
BASE=$(ready_url "$WORK/ready" "$PID") || { echo "the emulator did not start: $(cat "$WORK/stderr")" >&2; exit 1; }
# One key: enough credits for every submit (the default 1,000,000 stops z-image at 200,000).
curl -sf -X PUT "$BASE/_emulator/scenario" --data-binary 'default_credits: 1000000000000' >/dev/null
wrk -t2 -c32 -d"${SUBMIT_SECONDS}s" -s "$ROOT/bench/submit.lua" "$BASE/api/v1/images/generations" >"$WORK/wrk.txt"

python3 - "$BASE" <<'PY'
import http.client, json, statistics, sys, threading, time, urllib.parse
base = urllib.parse.urlparse(sys.argv[1])
def request(method, path, body=None, timeout=600):
    c = http.client.HTTPConnection(base.hostname, base.port, timeout=timeout)
    c.request(method, path, body=None if body is None else json.dumps(body), headers={"Content-Type": "application/json"})
    r = c.getresponse(); data = r.read(); c.close()
    return r.status, data
def probe(stop, times, limit=20000):
    while not stop() and len(times) < limit:
        t = time.monotonic(); request("GET", "/_emulator/tasks?limit=1"); times.append(time.monotonic() - t)
reference = []
deadline = time.monotonic() + 2
probe(lambda: time.monotonic() > deadline, reference)
done = threading.Event(); result = {}
def advance():
    t = time.monotonic(); status, body = request("POST", "/_emulator/clock/advance", {"seconds": 3600})
    result["seconds"] = time.monotonic() - t; result["count"] = json.loads(body).get("count"); done.set()
during = []
th = threading.Thread(target=advance); th.start()
probe(done.is_set, during)
th.join()
ms = lambda s: s * 1000
print(f"advance settling {result['count']} tasks: {ms(result['seconds']):.0f} ms")
print(f"requests to that session meanwhile: {len(during)}, worst {ms(max(during)):.1f} ms, median {ms(statistics.median(during)):.1f} ms; "
      f"reference without an advance: worst {ms(max(reference)):.1f} ms, median {ms(statistics.median(reference)):.1f} ms "
      f"(worst/reference median {max(during)/statistics.median(reference):.0f}x)")
PY
