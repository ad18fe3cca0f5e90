#!/usr/bin/env python3
"""Helpers for bench/run.sh (standard library only; every loop bounded in count and time).

  freeport                                   print a free 127.0.0.1 TCP port
  ready BIN N THREADS OUT.json [ARG...]      median exec -> ready line over N starts of the emulator
  nginx-ready NGINX TEMPLATE.conf N OUT.json  median exec -> first HTTP 200 over N starts of nginx
  nginx-conf OUT.conf PREFIX PORT WORKERS health.json poll.json
                                             write the reference nginx config (mirrors both bodies)
  task-id FILE / task-status FILE            read a submit / poll answer
  wrk FILE                                   parse one wrk --latency output as JSON
  report DIR                                 print the figures table from DIR/*.json and DIR/wrk-*.txt
                                             (ratios against bare libmicrohttpd and nginx)
"""
import json
import os
import re
import select
import signal
import socket
import statistics
import subprocess
import sys
import time

READY_PREFIX = b"reapi-emulator listening on http://"


def freeport():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc, sig=signal.SIGTERM, grace=5.0):
    """Ends one process we started (by its pid), KILL after `grace` seconds."""
    if proc.poll() is not None:
        return
    try:
        proc.send_signal(sig)
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
    except ProcessLookupError:
        pass


def summarize(samples_ns):
    ms = [s / 1e6 for s in samples_ns]
    return {"n": len(ms), "median_ms": statistics.median(ms), "min_ms": min(ms), "max_ms": max(ms),
            "samples_ms": [round(x, 3) for x in ms]}


def ready(binary, n, threads, out, extra=()):
    """Exec -> ready line on stdout, each start with --port 0, stopped (SIGTERM) right after."""
    samples, failures = [], []
    for i in range(n + 1):  # start 0 is a discarded warm-up (page cache, dynamic loader)
        t0 = time.perf_counter_ns()
        proc = subprocess.Popen([binary, "serve", "--port", "0", "--threads", str(threads), *extra],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        line, deadline = b"", time.monotonic() + 10
        try:
            while not line.endswith(b"\n") and time.monotonic() < deadline:
                r, _, _ = select.select([proc.stdout], [], [], 0.5)
                if r:
                    chunk = os.read(proc.stdout.fileno(), 4096)
                    if not chunk:
                        break
                    line += chunk
            t1 = time.perf_counter_ns()
        finally:
            stop(proc)
            proc.stdout.close()
        if not line.startswith(READY_PREFIX):
            failures.append(line.decode(errors="replace"))
            continue
        if i > 0:
            samples.append(t1 - t0)
    if not samples:
        sys.exit(f"no emulator start printed the ready line: {failures[:3]}")
    result = summarize(samples)
    result["failures"] = len(failures)
    json.dump(result, open(out, "w"))


def http_ok(port, path):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as s:
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def nginx_ready(nginx, template, n, out):
    """Exec -> first HTTP 200 from nginx (the closest thing nginx has to a ready line)."""
    text = open(template).read()
    prefix = os.path.dirname(os.path.abspath(template))
    samples = []
    for i in range(n + 1):
        port = freeport()
        conf = os.path.join(prefix, f"ready-{i}.conf")
        open(conf, "w").write(text.replace("@PORT@", str(port)).replace("@PID@", os.path.join(prefix, f"ready-{i}.pid")))
        t0 = time.perf_counter_ns()
        proc = subprocess.Popen([nginx, "-e", os.path.join(prefix, "error.log"), "-c", conf, "-p", prefix], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        ok, deadline = False, time.monotonic() + 10
        try:
            while time.monotonic() < deadline and proc.poll() is None:
                if http_ok(port, "/health"):
                    ok = True
                    break
                time.sleep(0.0005)
            t1 = time.perf_counter_ns()
        finally:
            stop(proc, signal.SIGTERM)  # nginx: TERM = fast shutdown of master and workers
        if ok and i > 0:
            samples.append(t1 - t0)
    if not samples:
        sys.exit("nginx never answered 200 on /health")
    json.dump(summarize(samples), open(out, "w"))


def nginx_string(body):
    """The body as an nginx single-quoted `return` string, or None when it needs a static file."""
    text = body.decode("utf-8")
    if any(c in text for c in "'\\$\n\r"):
        return None
    return "'" + text + "'"


def nginx_conf(out, prefix, port, workers, health, poll, submit):
    locations = []
    for name, path in (("health", health), ("poll", poll), ("submit", submit)):
        body = open(path, "rb").read()
        quoted = nginx_string(body)
        if quoted is not None:
            locations.append(f"        location = /{name} {{ return 200 {quoted}; }}")
        else:  # fallback: serve the captured bytes as a static file
            locations.append(f"        location = /{name} {{ alias {os.path.abspath(path)}; }}")
    conf = f"""# reference server for bench/run.sh (generated)
daemon off;
master_process on;
worker_processes {workers};
pid @PID@;
error_log {prefix}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    default_type application/json;
    keepalive_timeout 75s;
    keepalive_requests 10000000;  # libmicrohttpd has no per-connection request cap either
    client_body_temp_path {prefix}/tmp;
    proxy_temp_path {prefix}/tmp;
    fastcgi_temp_path {prefix}/tmp;
    uwsgi_temp_path {prefix}/tmp;
    scgi_temp_path {prefix}/tmp;
    server {{
        listen 127.0.0.1:@PORT@ backlog=4096;  # stock accept (no reuseport), like MHD's shared listen socket
{chr(10).join(locations)}
    }}
}}
"""
    open(out, "w").write(conf)


def parse_wrk(path):
    text = open(path).read()
    def unit(v):
        m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", v)
        if not m:
            return None
        return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[m.group(2)]
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
    p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
    total = re.search(r"^\s+(\d+) requests in", text, re.M)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    cpu = re.search(r"^server_cpu_seconds:\s+([\d.]+)", text, re.M)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    return {"rps": float(rps.group(1)) if rps else None,
            "p99_ms": unit(p99.group(1)) if p99 else None,
            "p50_ms": unit(p50.group(1)) if p50 else None,
            "requests": int(total.group(1)) if total else None,
            "non2xx": int(non2xx.group(1)) if non2xx else 0,
            "socket_errors": sum(int(x) for x in sock.groups()) if sock else 0,
            "cpu_s": float(cpu.group(1)) if cpu else None,
            "per_cpu_s": (int(total.group(1)) / float(cpu.group(1))) if (cpu and total and float(cpu.group(1)) > 0) else None}


def fmt_ms(v):
    return "-" if v is None else (f"{v:.2f} ms" if v < 100 else f"{v:.0f} ms")


def verdict(ok):
    return "ok" if ok else "MISSED"


def median_of(xs, k):
    vals = [x[k] for x in xs if x[k] is not None]
    return statistics.median(vals) if vals else None


def combined(parts):
    """One wrk figure from back-to-back runs: requests, CPU and time summed; p99 the worst."""
    if any(p["requests"] is None or p["rps"] is None for p in parts):
        return parse_wrk_empty()
    reqs = sum(p["requests"] for p in parts)
    secs = sum(p["requests"] / p["rps"] for p in parts)
    cpu = sum(p["cpu_s"] or 0 for p in parts)
    return {"rps": reqs / secs, "p99_ms": max(p["p99_ms"] or 0 for p in parts), "p50_ms": None, "requests": reqs,
            "non2xx": sum(p["non2xx"] for p in parts), "socket_errors": sum(p["socket_errors"] for p in parts),
            "cpu_s": cpu, "per_cpu_s": reqs / cpu if cpu > 0 else None}


def parse_wrk_empty():
    return {"rps": None, "p99_ms": None, "p50_ms": None, "requests": None, "non2xx": 0, "socket_errors": 0,
            "cpu_s": None, "per_cpu_s": None}


def ratios_of(a, b, k):
    return [x[k] / y[k] for x, y in zip(a, b) if x[k] and y[k]]


# Targets of issue 21, against bare libmicrohttpd (bench/bare_mhd.c) in the same run.
TARGETS = {"health": 0.95, "poll": 0.90, "submit": 0.60}
READY_TARGET_MS = 10.0
IDLE_TARGET_MIB = 14.0
SUSTAINED_WITHIN = 0.10


def report(d):
    meta = json.load(open(os.path.join(d, "meta.json")))
    rounds = int(meta["rounds"])
    w = lambda label, r: parse_wrk(os.path.join(d, f"wrk-{label}-r{r}.txt"))
    rows, thirds = [], None
    for endpoint in ("health", "poll", "submit"):
        if endpoint == "submit":
            thirds = [[w(f"emu-submit-t{t}", r) for t in (1, 2, 3)] for r in range(1, rounds + 1)]
            e = [combined(parts) for parts in thirds]
        else:
            e = [w(f"emu-{endpoint}", r) for r in range(1, rounds + 1)]
        b = [w(f"bare-{endpoint}", r) for r in range(1, rounds + 1)]
        n = [w(f"nginx-{endpoint}", r) for r in range(1, rounds + 1)]
        row = {"endpoint": endpoint, "emu_rps": median_of(e, "rps"), "bare_rps": median_of(b, "rps"), "ngx_rps": median_of(n, "rps"),
               "emu_p99": median_of(e, "p99_ms"), "bare_p99": median_of(b, "p99_ms"), "ngx_p99": median_of(n, "p99_ms"),
               "emu_cpu": median_of(e, "per_cpu_s"), "bare_cpu": median_of(b, "per_cpu_s"), "ngx_cpu": median_of(n, "per_cpu_s"),
               "bad": "/".join(str(sum(x["non2xx"] + x["socket_errors"] for x in xs)) for xs in (e, b, n))}
        for ref, xs in (("bare", b), ("ngx", n)):
            row[f"{ref}_ratios"] = ratios_of(e, xs, "rps")
            row[f"{ref}_ratio"] = statistics.median(row[f"{ref}_ratios"]) if row[f"{ref}_ratios"] else None
            row[f"{ref}_cpu_ratios"] = ratios_of(e, xs, "per_cpu_s")
            row[f"{ref}_cpu_ratio"] = statistics.median(row[f"{ref}_cpu_ratios"]) if row[f"{ref}_cpu_ratios"] else None
        rows.append(row)
    json.dump(rows, open(os.path.join(d, "throughput.json"), "w"))

    print(f"reapi-emulator bench  {meta['date']}  commit {meta['commit']}")
    print(f"machine: {meta['machine']}")
    print(f"load: wrk -t{meta['wrk_threads']} -c{meta['connections']} -d{meta['seconds']}s --latency (warm-up {meta['warmup']}s), "
          f"{rounds} round(s), order emulator / bare libmicrohttpd / nginx; emulator submit {meta.get('submit_seconds', '?')} s "
          f"a round in three back-to-back thirds; loadavg before {meta['load_before']}, after {meta.get('load_after', '?')}")
    if meta.get("emu_args"):
        print(f"emulator extra flags (BENCH_EMU_ARGS): {meta['emu_args']}")
    print(f"references: bare = bench/bare_mhd.c (libmicrohttpd, the emulator's flags, --threads {meta['threads']} pool, "
          f"connection limit, timeout and memory); nginx worker_processes {meta['threads']}, access_log off. Bodies "
          f"byte-identical to the emulator's (health {meta['health_bytes']} B, poll {meta['poll_bytes']} B; submit: the "
          f"emulator's first answer, later ones differ only in the task id)")
    print(f"response header bytes: emulator health {meta['emu_health_hdr']} / poll {meta['emu_poll_hdr']}, "
          f"bare {meta.get('bare_health_hdr', '?')} / {meta.get('bare_poll_hdr', '?')}, nginx {meta['ngx_health_hdr']} / {meta['ngx_poll_hdr']}")
    print()
    paths = {"health": "GET /_emulator/health", "poll": "GET /api/v1/tasks/<id> + Bearer", "submit": "POST /api/v1/images/generations"}
    num = lambda v: "-" if v is None else f"{v:,.0f}"
    rat = lambda v: "-" if v is None else f"{v:.2f}"
    head = (f"{'endpoint':<34} {'emulator req/s':>15} {'bare req/s':>11} {'nginx req/s':>12} {'/bare':>6} {'/nginx':>7} "
            f"{'emu p99':>10} {'bare p99':>10} {'nginx p99':>10}  errors(emu/bare/nginx)")
    print(head)
    print("-" * len(head))
    for r in rows:
        print(f"{paths[r['endpoint']]:<34} {num(r['emu_rps']):>15} {num(r['bare_rps']):>11} {num(r['ngx_rps']):>12} "
              f"{rat(r['bare_ratio']):>6} {rat(r['ngx_ratio']):>7} {fmt_ms(r['emu_p99']):>10} {fmt_ms(r['bare_p99']):>10} "
              f"{fmt_ms(r['ngx_p99']):>10}  {r['bad']}")
    for r in rows:
        print(f"  {r['endpoint']} / bare per round: " + ", ".join(f"{x:.2f}" for x in r["bare_ratios"]))
    sustained = []
    for i, parts in enumerate(thirds or [], 1):
        if all(p["rps"] for p in parts):
            sustained.append(parts[2]["rps"] / parts[0]["rps"])
            print(f"  submit round {i} thirds: " + ", ".join(f"{p['rps']:,.0f}" for p in parts)
                  + f" req/s; last / first {sustained[-1]:.2f}")
    print()
    print("noise-robust cross-check: requests per CPU-second the server itself burnt (user+sys, all threads/workers)")
    head2 = f"{'endpoint':<34} {'emulator':>10} {'bare':>10} {'nginx':>10} {'/bare':>6} {'/nginx':>7}  /bare per round"
    print(head2)
    print("-" * len(head2))
    for r in rows:
        print(f"{paths[r['endpoint']]:<34} {num(r['emu_cpu']):>10} {num(r['bare_cpu']):>10} {num(r['ngx_cpu']):>10} "
              f"{rat(r['bare_cpu_ratio']):>6} {rat(r['ngx_cpu_ratio']):>7}  " + ", ".join(f"{x:.2f}" for x in r["bare_cpu_ratios"]))
    print()

    ready = json.load(open(os.path.join(d, "ready-emulator.json")))
    ngx_ready_path = os.path.join(d, "ready-nginx.json")
    ngx_ready = json.load(open(ngx_ready_path)) if os.path.exists(ngx_ready_path) else None
    rss = json.load(open(os.path.join(d, "rss.json")))
    idle_mib = rss["emu_idle_kb"] / 1024

    print(f"{'figure':<44} {'measured':>22} {'target':>12}  verdict")
    print("-" * 90)
    for r in rows:
        want = TARGETS[r["endpoint"]]
        label = f"{r['endpoint']} req/s, emulator / bare libmicrohttpd"
        cell = rat(r["bare_ratio"])
        print(f"{label:<44} {cell:>22} {'>= ' + format(want, '.2f'):>12}  {verdict(r['bare_ratio'] is not None and r['bare_ratio'] >= want)}")
    if sustained:
        worst = min(sustained)
        print(f"{'submit last third / first third (worst)':<44} {worst:>22.2f} {'>= ' + format(1 - SUSTAINED_WITHIN, '.2f'):>12}  "
              f"{verdict(worst >= 1 - SUSTAINED_WITHIN)}")
    ready_cell = f"{ready['median_ms']:.1f} ms"
    print(f"{'exec -> ready line, median of ' + str(ready['n']):<44} {ready_cell:>22} {'<= ' + format(READY_TARGET_MS, '.0f') + ' ms':>12}  "
          f"{verdict(ready['median_ms'] <= READY_TARGET_MS)}")
    idle_cell = f"{idle_mib:.1f} MiB ({rss['emu_idle_kb']} kB)"
    print(f"{'idle RSS (fresh start + 1 s)':<44} {idle_cell:>22} {'<= ' + format(IDLE_TARGET_MIB, '.0f') + ' MiB':>12}  "
          f"{verdict(idle_mib <= IDLE_TARGET_MIB)}")
    print()
    print("for reference:")
    print(f"  ready line min / max: {ready['min_ms']:.1f} / {ready['max_ms']:.1f} ms ({ready.get('failures', 0)} failed starts)")
    if ngx_ready:
        print(f"  nginx exec -> first 200, median of {ngx_ready['n']}: {ngx_ready['median_ms']:.1f} ms "
              f"(min {ngx_ready['min_ms']:.1f}, max {ngx_ready['max_ms']:.1f}); emulator / nginx = "
              f"{ready['median_ms'] / ngx_ready['median_ms']:.2f}")
    print(f"  emulator RSS: idle {rss['emu_idle_kb'] / 1024:.1f} MiB (anonymous {rss['emu_idle_anon_kb'] / 1024:.1f} MiB, "
          f"file-backed i.e. shared libraries {rss['emu_idle_file_kb'] / 1024:.1f} MiB), after load {rss['emu_after_kb'] / 1024:.1f} MiB")
    print(f"  nginx RSS (master + {rss['ngx_workers']} workers): idle {rss['ngx_idle_kb'] / 1024:.1f} MiB, "
          f"after load {rss['ngx_after_kb'] / 1024:.1f} MiB")
    if meta.get("binary_bytes"):
        print(f"  release binary (static Swift stdlib): {meta['binary_bytes'] / 1048576:.1f} MiB, "
              f"stripped {meta['stripped_bytes'] / 1048576:.1f} MiB")
    print(f"raw outputs: {d}")


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "freeport":
        print(freeport())
    elif cmd == "ready":
        ready(argv[2], int(argv[3]), int(argv[4]), argv[5], argv[6:])
    elif cmd == "nginx-ready":
        nginx_ready(argv[2], argv[3], int(argv[4]), argv[5])
    elif cmd == "nginx-conf":
        nginx_conf(*argv[2:9])
    elif cmd == "task-id":
        print(json.load(open(argv[2]))["id"])
    elif cmd == "task-status":
        print(json.load(open(argv[2])).get("status", ""))
    elif cmd == "wrk":
        print(json.dumps(parse_wrk(argv[2])))
    elif cmd == "report":
        report(argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
