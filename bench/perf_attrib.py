#!/usr/bin/env python3
"""Charges every perf sample to the innermost line of the project's own code on its stack.

  perf script -i perf.data -F tid,ip,sym,symoff,dso | bench/perf_attrib.py BINARY SOURCES_DIR

A sample spent in the Swift runtime, the standard library (even when specialized into the
binary), malloc or memset is charged to the Sources/ line that called into it, through inlined
frames too (addr2line -i), so the table reads "what this line costs, callees included".
Samples with no Sources/ frame are grouped by where they are (kernel, libmicrohttpd, ...).
"""
import collections
import os
import subprocess
import sys


def samples(stream):
    frames = []
    for line in stream:
        line = line.rstrip("\n")
        if not line.strip():
            if frames:
                yield frames
            frames = []
            continue
        if not line.startswith("\t") and not line.startswith(" "):
            continue  # the sample's header line (tid)
        parts = line.strip().split(" ", 1)
        if len(parts) < 2:
            continue
        ip, rest = parts
        dso = rest[rest.rfind("(") + 1:-1] if rest.endswith(")") else "?"
        sym = rest[:rest.rfind("(")].strip() if "(" in rest else rest
        frames.append((ip, sym, dso))
    if frames:
        yield frames


def resolve(binary, addresses, root):
    """address -> [(function, file, line)] innermost first, only frames under `root`."""
    out = {}
    if not addresses:
        return out
    addrs = sorted(addresses)
    proc = subprocess.run(["addr2line", "-e", binary, "-i", "-f", "-a"] + [f"0x{a}" for a in addrs],
                          capture_output=True, text=True, timeout=600)
    current, chain, lines = None, [], proc.stdout.splitlines()
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("0x") and all(c in "0123456789abcdefx" for c in l):
            if current is not None:
                out[current] = chain
            current, chain = l[2:].lstrip("0") or "0", []
            i += 1
            continue
        func = l
        loc = lines[i + 1] if i + 1 < len(lines) else "??:0"
        i += 2
        path, _, ln = loc.partition(":")
        ln = ln.split(" ")[0]
        if path.startswith(root):
            chain.append((func, os.path.relpath(path, os.path.dirname(root)), ln))
    if current is not None:
        out[current] = chain
    return out


def demangle(names):
    try:
        p = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
                           capture_output=True, text=True, timeout=120)
        d = p.stdout.splitlines()
        if len(d) == len(names):
            return dict(zip(names, d))
    except (OSError, subprocess.SubprocessError):
        pass
    return {n: n for n in names}


def main():
    binary, root = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    all_samples = list(samples(sys.stdin))
    total = len(all_samples)
    if not total:
        sys.exit("no samples")
    wanted = set()
    for frames in all_samples:
        for ip, sym, dso in frames:
            if os.path.realpath(dso) == binary:
                wanted.add(ip.lstrip("0") or "0")
    chains = resolve(binary, wanted, root)

    by_line, by_func, elsewhere = collections.Counter(), collections.Counter(), collections.Counter()
    for frames in all_samples:
        hit = None
        for ip, sym, dso in frames:
            if os.path.realpath(dso) != binary:
                continue
            chain = chains.get(ip.lstrip("0") or "0")
            if chain:
                hit = chain[0]
                break
        if hit:
            func, path, ln = hit
            by_line[(path, ln, func)] += 1
            by_func[(func, path)] += 1
        else:
            leaf = frames[0][2]
            if leaf.startswith("[kernel"):
                # Which user-space code entered the kernel (send, recv, epoll...).
                user = next((f for f in frames if not f[2].startswith("[kernel")), None)
                leaf = "kernel, from " + (os.path.basename(user[2]) + " " + user[1].split("+")[0] if user else "?")
            else:
                leaf = os.path.basename(leaf) + " " + frames[0][1].split("+")[0]
            elsewhere[leaf] += 1

    names = demangle(sorted({f for f, _ in by_func} | {f for _, _, f in by_line}))
    charged = sum(by_func.values())
    print(f"{total} samples; {charged} ({100 * charged / total:.1f}%) charged to Sources/, callees included")
    print(f"\n-- by function (innermost Sources/ frame), top {top}")
    for (func, path), n in by_func.most_common(top):
        print(f"{100 * n / total:6.2f}%  {path}  {names.get(func, func)[:110]}")
    print(f"\n-- by line, top {top}")
    for (path, ln, func), n in by_line.most_common(top):
        print(f"{100 * n / total:6.2f}%  {path}:{ln}  {names.get(func, func)[:90]}")
    print("\n-- not under Sources/ (no project frame on the stack), top 15")
    for where, n in elsewhere.most_common(15):
        print(f"{100 * n / total:6.2f}%  {where}")


if __name__ == "__main__":
    main()
