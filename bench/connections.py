#!/usr/bin/env python3
"""Connection-load figures of reapi-emulator (issue 10 #3, #4, #6), loopback only.

Usage: bench/connections.py BINARY   (bench/connections.sh builds the binary and calls this)

Phases, each bounded in count and time:
  1. reference: health and control (GET /_emulator/clock) latency, one new connection per probe;
  2. the same with 5,000 idle connections plus 1,030 abandoned held polls (sent, then hung up);
  3. 2,000 and 5,000 concurrent polls held 2 s on a real clock: when each answer arrives;
  4. 1,030 slowloris connections (one header byte a second): when the server closes them, and
     health latency meanwhile.
Latency figures are printed with the ratio to the reference measured in the same run, because
the machine is shared and absolute figures move with its load.
"""
import asyncio
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import time

IDLE = int(os.environ.get("BENCH_IDLE", "5000"))
ABANDONED = int(os.environ.get("BENCH_ABANDONED", "1030"))
HELD = [int(n) for n in os.environ.get("BENCH_HELD", "2000,5000").split(",") if n]
SLOWLORIS = int(os.environ.get("BENCH_SLOWLORIS", "1030"))
PROBES = int(os.environ.get("BENCH_PROBES", "200"))
HOST = "127.0.0.1"


def raise_nofile():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard, 65536) if hard != resource.RLIM_INFINITY else 65536
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def start(binary, *args):
    """Starts `serve --port 0`, returns (process, port) once the ready line is read."""
    proc = subprocess.Popen([binary, "serve", "--port", "0", "--threads", "2", "--log-level", "warning", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    if "listening on" not in line:
        proc.kill()
        sys.exit(f"bench: emulator did not start: {line!r}")
    return proc, int(line.strip().rsplit(":", 1)[1])


def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


async def request(port, raw, timeout=10.0, from_sent=False):
    """One request on a new connection; returns (status, seconds) (status 0: no answer),
    timed from the connect, or from the request being written with `from_sent`."""
    started = time.monotonic()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), timeout)
        writer.write(raw)
        await writer.drain()
        if from_sent:
            started = time.monotonic()
        data = await asyncio.wait_for(reader.read(65536), timeout)
        writer.close()
        status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else 0
    except (OSError, asyncio.TimeoutError, ValueError, IndexError):
        status = 0
    return status, time.monotonic() - started


def get(path):
    return f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nAuthorization: Bearer rk_bench\r\nConnection: close\r\n\r\n".encode()


async def probe(port, path, n=PROBES):
    """n sequential probes; returns (p50 ms, p99 ms, failures)."""
    times, failures = [], 0
    for _ in range(n):
        status, seconds = await request(port, get(path), timeout=5)
        if status != 200:
            failures += 1
        times.append(seconds * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))], failures


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))] if values else float("nan")


async def open_idle(port, n):
    sockets = []
    for i in range(n):
        try:
            _, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), 5)
            sockets.append(writer)
        except (OSError, asyncio.TimeoutError):
            break
    return sockets


async def abandon_held(port, n):
    """Sends n polls that the scenario holds for an hour, and hangs up on each."""
    sent = 0
    for _ in range(n):
        try:
            _, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), 5)
            writer.write(get("/api/v1/tasks/task_abandoned"))
            await writer.drain()
            writer.close()
            sent += 1
        except (OSError, asyncio.TimeoutError):
            pass
    return sent


async def session(port, body):
    raw = (f"POST /_emulator/sessions HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
           f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n{body}").encode()
    reader, writer = await asyncio.open_connection(HOST, port)
    writer.write(raw)
    data = await asyncio.wait_for(reader.read(65536), 10)
    writer.close()
    return json.loads(data.split(b"\r\n\r\n", 1)[1])["id"]


async def held_wave(port, sid, n, status=404):
    """n concurrent polls held 2 s; returns the answer times (s, from each request written to
    its answer read) of those answered, and the failures."""
    results = await asyncio.gather(*[request(port, get(f"/sessions/{sid}/api/v1/tasks/task_wave"), timeout=30, from_sent=True) for _ in range(n)])
    times = [s for got, s in results if got == status]
    return times, n - len(times)


async def slowloris(port, n, seconds_cap=40):
    """n connections trickling one header byte a second; returns when each was closed (s)."""
    async def one():
        started = time.monotonic()
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), 5)
            writer.write(b"GET /_emulator/health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            while time.monotonic() - started < seconds_cap:
                writer.write(b"a")
                await writer.drain()
                try:
                    data = await asyncio.wait_for(reader.read(1), 1.0)
                    if not data:
                        break
                except asyncio.TimeoutError:
                    continue
            writer.close()
        except OSError:
            pass
        return time.monotonic() - started
    return await asyncio.gather(*[one() for _ in range(n)])


def row(name, value, reference=None):
    ratio = f"  ({value / reference:.2f}x reference)" if reference else ""
    print(f"  {name:<58} {value:8.2f} ms{ratio}")


async def main(binary):
    nofile = raise_nofile()
    print(f"bench/connections: {binary}  (client open-file limit {nofile})")
    scenario = "/tmp/reapi-bench-held-%d.yaml" % os.getpid()
    with open(scenario, "w") as f:
        f.write("clock: virtual\nlatency: {poll: 1h}\n")
    # Long idle and request timeouts, so the idle connections stay for the whole measurement.
    proc, port = start(binary, "--scenario", scenario, "--idle-timeout", "10m", "--request-timeout", "10m")
    try:
        h50, h99, hf = await probe(port, "/_emulator/health")
        c50, c99, cf = await probe(port, "/_emulator/clock")
        print("1. reference (nothing else open)")
        row("health p50", h50); row("health p99", h99)
        row("control GET /_emulator/clock p50", c50); row("control GET /_emulator/clock p99", c99)
        idle = await open_idle(port, IDLE)
        abandoned = await abandon_held(port, ABANDONED)
        await asyncio.sleep(1)
        l50, l99, lf = await probe(port, "/_emulator/health")
        k50, k99, kf = await probe(port, "/_emulator/clock")
        print(f"2. with {len(idle)} idle connections + {abandoned} abandoned held polls")
        row("health p50", l50, h50); row("health p99", l99, h99)
        row("control GET /_emulator/clock p50", k50, c50); row("control GET /_emulator/clock p99", k99, c99)
        print(f"  failures: {hf + cf} reference, {lf + kf} loaded;  target: p99 < 100 ms -> "
              f"{'ok' if max(l99, k99) < 100 and lf + kf == 0 else 'MISSED'}")
        for w in idle:
            w.close()
        await asyncio.sleep(1)
        sid = await session(port, json.dumps({"scenario": "latency: {poll: 2s}\n", "clock": "real"}))
        quick = await session(port, json.dumps({"clock": "real"}))
        print("3. concurrent polls held 2 s (real clock); reference: the same wave unheld, just before")
        for n in HELD:
            reference, _ = await held_wave(port, quick, n, status=404)
            await asyncio.sleep(1)
            times, failed = await held_wave(port, sid, n)
            ms = [t * 1000 for t in times]
            ref = [t * 1000 for t in reference]
            print(f"  {n} held: p50 {pct(ms, .5):.0f} ms, p99 {pct(ms, .99):.0f} ms, max {max(ms, default=float('nan')):.0f} ms,"
                  f" unanswered {failed};  unheld reference p50 {pct(ref, .5):.0f} ms, p99 {pct(ref, .99):.0f} ms;"
                  f"  p99 error {pct(ms, .99) - 2000:+.0f} ms")
            await asyncio.sleep(1)
    finally:
        stop(proc)
        os.unlink(scenario)
    if SLOWLORIS == 0:
        return
    proc, port = start(binary)
    try:
        task = asyncio.ensure_future(slowloris(port, SLOWLORIS))
        await asyncio.sleep(3)
        s50, s99, sf = await probe(port, "/_emulator/health", n=100)
        closed = await task
        print(f"4. {SLOWLORIS} slowloris connections (one header byte a second), default --request-timeout 10s")
        print(f"  closed by the server after: p50 {pct(closed, .5):.1f} s, max {max(closed):.1f} s (cap 10 s + one sweep)")
        row("health p50 meanwhile", s50, h50); row("health p99 meanwhile", s99, h99)
        print(f"  health failures meanwhile: {sf}")
    finally:
        stop(proc)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    asyncio.run(main(sys.argv[1]))
