#!/usr/bin/env bash
# Connection-load figures (issue 10): health and control latency with 5,000 idle connections and
# 1,030 abandoned held polls, 2,000 and 5,000 polls held 2 s, slowloris. See bench/README.md.
# Usage: bench/connections.sh   (BENCH_BIN=path to skip the release build)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BIN=${BENCH_BIN:-}
if [[ -z "$BIN" ]]; then
    swift build -c release --product reapi-emulator --scratch-path .build-bench >&2
    BIN="$ROOT/.build-bench/release/reapi-emulator"
fi
[[ -x "$BIN" ]] || { echo "bench: error: no binary at $BIN" >&2; exit 1; }
# The client needs a descriptor per connection: 5,000 idle + 1,030 held + the 5,000 wave.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
exec timeout 600 python3 "$ROOT/bench/connections.py" "$BIN"
