#!/usr/bin/env bash
# The hostile-client attacks of issue 23, kept so they stay fixed. Health is probed every 50 ms
# (a new connection each) during each attack and its worst and median answer times are printed
# against a reference measured in the same run with nothing going on:
#   1. webhook receivers that accept and never answer: two sessions, four tasks each, both
#      advanced at once on 2 worker threads (API in One listener: callback_url);
#   2. a hostile scenario: PUT of a 5,000-model `extends` chain (refused by the session's
#      memory budget, docs/limits.md) and of a 1,000-model chain (accepted), timed;
#   3. an encode storm: HOSTILE_CLIPS video clips (5 s 720p with sound) and as many songs,
#      all fetched at once (the render pool is bounded; health must stay fast);
#   4. a connection flood past --max-connections 1000: 1,500 connections opened at once, idle
#      1.5 s (so the oldest are shed), then each sends a poll: every one must get an answer
#      (404 for the unknown task, or 503), none a bare close.
# Loopback only; every loop is bounded in count and time.
# Usage: bench/hostile.sh   knobs: HOSTILE_CLIPS (8), BENCH_BIN=path (else release is built)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/lib.sh"
CLIPS=${HOSTILE_CLIPS:-8}
[[ "$CLIPS" =~ ^[0-9]+$ ]] && (( CLIPS >= 1 && CLIPS <= 64 )) || { echo "HOSTILE_CLIPS: 1-64" >&2; exit 2; }
release_binary
WORK=$(mktemp -d /tmp/reapi-hostile.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$WORK"; }
trap cleanup EXIT

: >"$WORK/aio"; : >"$WORK/reapi"; : >"$WORK/flood"
"$BIN" --port 0 --provider apiinone --clock virtual --threads 2 --log-level warning >"$WORK/aio" 2>"$WORK/aio.err" &
PIDS+=($!)
AIO=$(ready_url "$WORK/aio" "${PIDS[-1]}") || { echo "the API in One emulator did not start" >&2; exit 1; }
"$BIN" --port 0 --clock virtual --threads 2 --log-level warning >"$WORK/reapi" 2>"$WORK/reapi.err" &
PIDS+=($!)
REAPI=$(ready_url "$WORK/reapi" "${PIDS[-1]}") || { echo "the reAPI emulator did not start" >&2; exit 1; }
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"
(( $(ulimit -n) >= 4000 )) || { echo "bench: needs an open-file limit of at least 4000 (ulimit -n)" >&2; exit 1; }
"$BIN" --port 0 --max-connections 1000 --threads 2 --log-level warning >"$WORK/flood" 2>"$WORK/flood.err" &
PIDS+=($!)
FLOOD=$(ready_url "$WORK/flood" "${PIDS[-1]}") || { echo "the flooded emulator did not start" >&2; exit 1; }

python3 - "$AIO" "$REAPI" "$CLIPS" "$FLOOD" <<'PY'
import collections, json, selectors, socket, statistics, sys, threading, time, urllib.error, urllib.parse, urllib.request
aio, reapi, clips, flood = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

def call(url, method="GET", body=None, key=None, timeout=120):
    headers = {"Content-Type": "application/json"}
    if key: headers["Authorization"] = "Bearer " + key
    data = None if body is None else (body.encode() if isinstance(body, str) else json.dumps(body).encode())
    req = urllib.request.Request(url, method=method, data=data, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r: return r.status, r.read()
    except urllib.error.HTTPError as e: return e.code, e.read()

class Probe:
    """Health every 50 ms on a new connection until stopped (at most 2,400 probes)."""
    def __init__(self, base): self.base, self.times, self.stop = base, [], threading.Event()
    def run(self):
        while not self.stop.is_set() and len(self.times) < 2400:
            t = time.monotonic(); call(self.base + "/_emulator/health", timeout=30); self.times.append(time.monotonic() - t)
            self.stop.wait(0.05)
    def __enter__(self): self.thread = threading.Thread(target=self.run); self.thread.start(); return self
    def __exit__(self, *a): self.stop.set(); self.thread.join()
    def summary(self):
        return f"health worst {max(self.times)*1000:.1f} ms, median {statistics.median(self.times)*1000:.1f} ms over {len(self.times)} probes"

def reference(base):
    with Probe(base) as p: time.sleep(2)
    return p

# 1. Hanging webhook receivers.
ref = reference(aio)
print(f"reference (API in One listener, idle): {ref.summary()}")
hang = socket.socket(); hang.bind(("127.0.0.1", 0)); hang.listen(64)
held = []
def accept_forever():
    while len(held) < 64:
        try: c, _ = hang.accept(); held.append(c)   # never answered
        except OSError: return
threading.Thread(target=accept_forever, daemon=True).start()
hook = f"http://127.0.0.1:{hang.getsockname()[1]}/hook"
sessions = []
for _ in range(2):
    s = json.loads(call(aio + "/_emulator/sessions", "POST", {"clock": "virtual"})[1])["id"]
    for i in range(4):
        call(f"{aio}/sessions/{s}/api/v1/images/generations", "POST", {"model": "imagen4", "prompt": f"p{i}", "callback_url": hook}, "aio_hostile")
    sessions.append(s)
advances = {}
def advance(s):
    t = time.monotonic(); status, _ = call(f"{aio}/sessions/{s}/_emulator/clock/advance", "POST", {"seconds": 60}, timeout=120)
    advances[s] = (status, time.monotonic() - t)
with Probe(aio) as p:
    ts = [threading.Thread(target=advance, args=(s,)) for s in sessions]
    for t in ts: t.start()
    for t in ts: t.join()
print(f"1. two advances, 4 hanging receivers each: " + ", ".join(f"{st} in {d:.1f} s" for st, d in advances.values())
      + f"; meanwhile {p.summary()}")
hang.close()
for c in held: c.close()

# 2. Hostile scenarios.
ref = reference(reapi)
print(f"reference (reAPI listener, idle): {ref.summary()}")
def chain(n):
    return "models:\n  m1: {extends: z-image}\n" + "".join(f"  m{i}: {{extends: m{i-1}}}\n" for i in range(2, n + 1))
for n in (5000, 1000):
    with Probe(reapi) as p:
        t = time.monotonic(); status, body = call(reapi + "/_emulator/scenario", "PUT", chain(n)); took = time.monotonic() - t
    message = json.loads(body).get("error", {}).get("message", "")[:90] if status != 200 else "accepted"
    print(f"2. PUT of a {n}-model chain ({len(chain(n))/1024:.0f} KB): {status} in {took*1000:.0f} ms ({message}); meanwhile {p.summary()}")
call(reapi + "/_emulator/scenario", "PUT", "{}")

# 3. Encode storm: video clips and songs, fetched all at once.
urls = []
def media_urls(value):
    if isinstance(value, dict): return [u for v in value.values() for u in media_urls(v)]
    if isinstance(value, list): return [u for v in value for u in media_urls(v)]
    return [value] if isinstance(value, str) and "/media/" in value else []
ids = []
for i in range(clips):
    _, b = call(reapi + "/api/v1/videos/generations", "POST", {"model": "doubao-seedance-2.0", "prompt": f"storm {i}", "duration": 5,
                 "resolution": "720p", "size": "16:9", "generate_audio": True}, "rk_hostile")
    ids.append(json.loads(b)["id"])
    _, b = call(reapi + "/api/v1/audio/generations", "POST", {"model": "mureka-v9-song", "lyrics": f"la {i}", "prompt": "synthwave"}, "rk_hostile")
    ids.append(json.loads(b)["id"])
call(reapi + "/_emulator/clock/advance", "POST", {"seconds": 3600})
for tid in ids:
    urls += media_urls(json.loads(call(f"{reapi}/api/v1/tasks/{tid}", key="rk_hostile")[1]))
statuses = []
def fetch(u):
    status, body = call(u, timeout=300); statuses.append((status, len(body)))
with Probe(reapi) as p:
    t = time.monotonic()
    ts = [threading.Thread(target=fetch, args=(u,)) for u in urls]
    for th in ts: th.start()
    for th in ts: th.join()
    took = time.monotonic() - t
codes = {}
for s, _ in statuses: codes[s] = codes.get(s, 0) + 1
print(f"3. {len(urls)} result files ({clips} clips 5 s 720p with sound, {clips} songs) fetched at once: {took:.1f} s, "
      f"statuses {codes}, {sum(n for _, n in statuses)/2**20:.1f} MB; meanwhile {p.summary()}")

# 4. Connection flood: 1,500 connections past --max-connections 1000, idle 1.5 s, then a poll each.
port = urllib.parse.urlparse(flood).port
request = b"GET /api/v1/tasks/task_missing HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nConnection: close\r\n\r\n"
socks = []
for _ in range(1500):
    s = socket.socket(); s.setblocking(False)
    try: s.connect(("127.0.0.1", port))
    except BlockingIOError: pass
    socks.append(s)
time.sleep(1.5)
sel = selectors.DefaultSelector(); got = {}; sent = set(); results = collections.Counter()
for s in socks: sel.register(s, selectors.EVENT_WRITE | selectors.EVENT_READ); got[s] = b""
open_ = set(socks); deadline = time.time() + 60
while open_ and time.time() < deadline:
    for key, ev in sel.select(timeout=1):
        s = key.fileobj
        if ev & selectors.EVENT_WRITE and s not in sent:
            try: s.send(request); sent.add(s); sel.modify(s, selectors.EVENT_READ)
            except OSError: results["closed before the request"] += 1; sel.unregister(s); open_.discard(s); s.close()
            continue
        try: chunk = s.recv(65536)
        except OSError: chunk = b""
        if chunk: got[s] += chunk; continue
        results[got[s][9:12].decode() if got[s].startswith(b"HTTP/1.1 ") else "closed without an answer"] += 1
        sel.unregister(s); open_.discard(s); s.close()
results["still open after 60 s"] = len(open_)
for s in open_: s.close()
print(f"4. 1,500 connections past --max-connections 1000, idle 1.5 s, then a poll each: {dict(results)}")
PY
