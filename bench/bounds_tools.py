#!/usr/bin/env python3
"""Load generators for bench/memory.sh and bench/render-storm.sh (standard library only; all
traffic to 127.0.0.1; every loop bounded in count and time).

  submit PORT N CONNS        submit N z-image tasks (40-character prompt) over CONNS keep-alive
                             connections; prints accepted count and seconds
  rss PID                    VmRSS of PID in bytes
  storm PORT N OUT.json      submit N distinct 4K tasks, advance the clock, download all N images
                             at once and probe /_emulator/health every 50 ms while they are drawn
"""
import json
import socket
import statistics
import sys
import threading
import time

PROMPT = "a forty character prompt for the bench!!"  # 40 characters
assert len(PROMPT) == 40
ZIMAGE = json.dumps({"model": "z-image", "prompt": PROMPT}, separators=(",", ":")).encode()
FOURK = {"model": "gpt-image-2-official", "size": "16:9", "resolution": "4k", "quality": "low"}


class Conn:
    """One keep-alive HTTP/1.1 connection with a bounded read."""

    def __init__(self, port, timeout=30):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buf = b""

    def request(self, method, path, body=b"", headers=()):
        head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Authorization: Bearer rk_bench"]
        head += list(headers)
        if body or method in ("POST", "PUT"):
            head += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
        self.sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        return self.read()

    def read(self):
        while b"\r\n\r\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            self.buf += chunk
        head, _, rest = self.buf.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = 0
        for line in lines[1:]:
            k, _, v = line.partition(":")
            if k.strip().lower() == "content-length":
                length = int(v.strip())
        while len(rest) < length:
            chunk = self.sock.recv(max(65536, length - len(rest)))
            if not chunk:
                raise ConnectionError("closed")
            rest += chunk
        self.buf = rest[length:]
        return status, rest[:length]

    def close(self):
        self.sock.close()


def submit(port, n, conns):
    counts = [0] * conns
    per = [n // conns + (1 if i < n % conns else 0) for i in range(conns)]

    def worker(i):
        c = Conn(port)
        for _ in range(per[i]):
            status, _ = c.request("POST", "/api/v1/images/generations", ZIMAGE)
            if status == 200:
                counts[i] += 1
        c.close()

    t0 = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(conns)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=1800)
    print(json.dumps({"accepted": sum(counts), "seconds": round(time.monotonic() - t0, 2)}))


def rss(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                print(int(line.split()[1]) * 1024)
                return
    raise SystemExit("no VmRSS")


def storm(port, n, out):
    c = Conn(port)
    ids = []
    for i in range(n):
        body = dict(FOURK, prompt=f"storm {i}")
        status, data = c.request("POST", "/api/v1/images/generations", json.dumps(body).encode())
        if status != 200:
            raise SystemExit(f"submit {i}: {status} {data[:200]!r}")
        ids.append(json.loads(data)["id"])
    c.request("POST", "/_emulator/clock/advance", b'{"seconds": 3600}')
    urls = []
    for task in ids:
        _, data = c.request("GET", f"/api/v1/tasks/{task}")
        urls.append("/" + json.loads(data)["output"]["image_urls"][0].split("/", 3)[3])
    c.close()
    results, lock = [], threading.Lock()
    start = threading.Event()

    def download(path):
        start.wait()
        t0 = time.monotonic()
        try:
            d = Conn(port, timeout=600)
            status, data = d.request("GET", path)
            d.close()
        except Exception as e:  # noqa: BLE001 - report every failure as a status
            status, data = f"error {e}", b""
        with lock:
            results.append((status, len(data), time.monotonic() - t0))

    threads = [threading.Thread(target=download, args=(u,)) for u in urls]
    for t in threads:
        t.start()
    probes, deadline = [], time.monotonic() + 600
    t_start = time.monotonic()
    start.set()
    while time.monotonic() < deadline:
        with lock:
            done = len(results)
        if done == len(urls):
            break
        t0 = time.monotonic()
        try:
            h = Conn(port, timeout=10)
            status, _ = h.request("GET", "/_emulator/health")
            h.close()
        except Exception:  # noqa: BLE001
            status = 0
        probes.append((status, (time.monotonic() - t0) * 1000))
        time.sleep(0.05)
    for t in threads:
        t.join(timeout=60)
    storm_s = time.monotonic() - t_start
    lat = sorted(p[1] for p in probes)
    report = {
        "renders": n, "storm_seconds": round(storm_s, 2),
        "images_200": sum(1 for r in results if r[0] == 200), "images_503": sum(1 for r in results if r[0] == 503),
        "images_other": [r[0] for r in results if r[0] not in (200, 503)][:10],
        "health_probes": len(probes), "health_failures": sum(1 for p in probes if p[0] != 200),
        "health_p50_ms": round(statistics.median(lat), 2) if lat else None,
        "health_p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))], 2) if lat else None,
        "health_max_ms": round(lat[-1], 2) if lat else None,
    }
    with open(out, "w") as f:
        json.dump(report, f)
    print(json.dumps(report))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "submit":
        submit(int(args[0]), int(args[1]), int(args[2]))
    elif cmd == "rss":
        rss(int(args[0]))
    elif cmd == "storm":
        storm(int(args[0]), int(args[1]), args[2])
    else:
        raise SystemExit(__doc__)
