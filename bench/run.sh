#!/usr/bin/env bash
# Throughput, p99, start time and RSS of reapi-emulator, each against same-run references: bare
# libmicrohttpd (bench/bare_mhd.c, the emulator's daemon options) and nginx, both answering
# byte-identical bodies. See bench/README.md. Usage: bench/run.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/lib.sh"
TOOLS="$ROOT/bench/bench_tools.py"

# ---- knobs (env) ------------------------------------------------------------------------------
BENCH_SECONDS=${BENCH_SECONDS:-10}           # wrk duration of each measured run
BENCH_WARMUP=${BENCH_WARMUP:-2}              # wrk warm-up before each measured run (0 = none)
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-64}
BENCH_WRK_THREADS=${BENCH_WRK_THREADS:-2}
BENCH_THREADS=${BENCH_THREADS:-$(nproc)}     # emulator --threads == nginx worker_processes
BENCH_STARTS=${BENCH_STARTS:-20}             # starts timed for the ready-line median
BENCH_ROUNDS=${BENCH_ROUNDS:-3}              # rounds of the wrk runs; medians are reported
BENCH_SUBMIT_SECONDS=${BENCH_SUBMIT_SECONDS:-30}  # emulator submit per round: three back-to-back thirds
BENCH_SKIP_BUILD=${BENCH_SKIP_BUILD:-0}      # 1 = reuse .build-bench/release/reapi-emulator
BENCH_BIN=${BENCH_BIN:-}                     # benchmark this binary instead (no build), e.g. an A/B variant
BENCH_STRICT=${BENCH_STRICT:-0}              # 1 = exit 3 when a target is MISSED
BENCH_EMU_ARGS=${BENCH_EMU_ARGS:-}           # extra `serve` flags, e.g. "--log-level warning"
read -r -a EMU_ARGS <<<"$BENCH_EMU_ARGS"

die() { echo "bench: error: $*" >&2; exit 1; }
int_in() { [[ "$2" =~ ^[0-9]+$ ]] && (( $2 >= $3 && $2 <= $4 )) || die "$1=$2: expected an integer $3-$4"; }
int_in BENCH_SECONDS "$BENCH_SECONDS" 1 600
int_in BENCH_WARMUP "$BENCH_WARMUP" 0 60
int_in BENCH_CONNECTIONS "$BENCH_CONNECTIONS" 1 1000
int_in BENCH_WRK_THREADS "$BENCH_WRK_THREADS" 1 64
int_in BENCH_THREADS "$BENCH_THREADS" 1 256
int_in BENCH_STARTS "$BENCH_STARTS" 1 200
int_in BENCH_ROUNDS "$BENCH_ROUNDS" 1 10
int_in BENCH_SUBMIT_SECONDS "$BENCH_SUBMIT_SECONDS" 3 1800
(( BENCH_CONNECTIONS >= BENCH_WRK_THREADS )) || die "BENCH_CONNECTIONS must be >= BENCH_WRK_THREADS"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$ROOT/bench/out/$STAMP"
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/reapi-bench.XXXXXX)
PIDS=()
POLICY_CREATED=0

cleanup() {
    local rc=$? pid i
    for pid in "${PIDS[@]}"; do
        kill -0 "$pid" 2>/dev/null || continue
        kill -TERM "$pid" 2>/dev/null || true
        for i in {1..50}; do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    (( POLICY_CREATED )) && rm -f /usr/sbin/policy-rc.d
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { echo "== $*" >&2; }

# ---- 1. release build in its own scratch path -------------------------------------------------
# What is measured: the commit the build starts from (others commit meanwhile), "+dirty" when
# Sources/ or Package.swift had uncommitted edits then.
source_commit() {
    local c
    c=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
    git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || c="$c+dirty"
    echo "$c"
}
BIN="$ROOT/.build-bench/release/reapi-emulator"
commit=$(source_commit)
if [[ -n "$BENCH_BIN" ]]; then
    BIN=$(realpath "$BENCH_BIN")
    step "benchmarking $BIN (BENCH_BIN, no build)"
    commit="BENCH_BIN=$BIN"
elif [[ "$BENCH_SKIP_BUILD" == 1 && -x "$BIN" ]]; then
    step "reusing $BIN (BENCH_SKIP_BUILD=1)"
    commit="prebuilt binary of $(date -u -r "$BIN" '+%H:%M UTC') (worktree now $commit)"
else
    step "swift build -c release --static-swift-stdlib --scratch-path .build-bench"
    built=0
    for attempt in 1 2 3; do  # others edit Sources/ meanwhile: "modified during the build" is retried
        if swift build -c release --static-swift-stdlib --scratch-path .build-bench >"$OUT/build.log" 2>&1; then built=1; break; fi
        grep -q 'was modified during the build' "$OUT/build.log" || break
        step "a source changed during the build; retry $attempt/2"
        sleep 5
    done
    (( built )) || { tail -40 "$OUT/build.log" >&2; die "release build failed (log: $OUT/build.log)"; }
fi
[[ -x "$BIN" ]] || die "no binary at $BIN"

# ---- 2. wrk and nginx (Debian packages), never nginx's system service --------------------------
export PATH="$PATH:/usr/sbin:/sbin"
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
if (( ${#missing[@]} )); then
    step "apt-get install ${missing[*]}"
    SUDO=""; [[ $(id -u) == 0 ]] || SUDO=sudo
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        # invoke-rc.d asks this before starting a service: 101 = "not allowed", so the nginx
        # package installs without starting (or enabling a running) system nginx.
        printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
        $SUDO chmod 755 /usr/sbin/policy-rc.d
        POLICY_CREATED=1
    fi
    $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >"$OUT/apt.log" 2>&1 \
        || { tail -20 "$OUT/apt.log" >&2; die "apt-get install ${missing[*]} failed"; }
    if (( POLICY_CREATED )); then $SUDO rm -f /usr/sbin/policy-rc.d; POLICY_CREATED=0; fi
fi
NGINX=$(command -v nginx)
WRK=$(command -v wrk)

rss_kb() { awk -v k="${2:-VmRSS}:" '$1 == k {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# nginx master + its worker children (by parent pid).
tree_rss_kb() {
    local total kids c
    total=$(rss_kb "$1")
    kids=$(cat /proc/"$1"/task/*/children 2>/dev/null || true)
    for c in $kids; do total=$(( total + $(rss_kb "$c") )); done
    echo "$total"
}
child_count() { local k; k=$(cat /proc/"$1"/task/*/children 2>/dev/null || true); echo $k | wc -w; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
CLK_TCK=$(getconf CLK_TCK)
# utime+stime of a process (all its threads) plus its direct children (nginx's workers).
cpu_ticks() {
    local total=0 p kids
    kids=$(cat /proc/"$1"/task/*/children 2>/dev/null || true)
    for p in "$1" $kids; do
        total=$(( total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) ))
    done
    echo "$total"
}
LOAD_BEFORE=$(loadavg)

# ---- 5. start time: emulator ready line, nginx first 200 (before the load runs) --------------
step "timing $BENCH_STARTS emulator starts (exec -> ready line)"
python3 "$TOOLS" ready "$BIN" "$BENCH_STARTS" "$BENCH_THREADS" "$OUT/ready-emulator.json" "${EMU_ARGS[@]}" \
    || die "the emulator failed to start (see above)"

# ---- 3. emulator: start, idle RSS, one task, the exact bodies ----------------------------------
step "starting the emulator (--port 0 --threads $BENCH_THREADS)"
: >"$WORK/emu.out"
"$BIN" serve --port 0 --threads "$BENCH_THREADS" "${EMU_ARGS[@]}" >"$WORK/emu.out" 2>"$OUT/emulator.stderr" </dev/null &
EMU_PID=$!
PIDS+=("$EMU_PID")
EMU_URL=$(ready_url "$WORK/emu.out" "$EMU_PID") || { cat "$OUT/emulator.stderr" >&2; die "the emulator did not print a loopback ready line"; }
sleep 1
EMU_IDLE_KB=$(rss_kb "$EMU_PID")
EMU_IDLE_ANON_KB=$(rss_kb "$EMU_PID" RssAnon)
EMU_IDLE_FILE_KB=$(rss_kb "$EMU_PID" RssFile)

CURL=(curl -sS --max-time 5 --noproxy '*')
AUTH="Authorization: Bearer rk_bench"
# After the idle figures: the submit runs create a task per request, so the key's balance must
# last (10^15 credits, the scenario bound) and the task table is kept at 200,000 tasks.
"${CURL[@]}" -o /dev/null -X PUT "$EMU_URL/_emulator/scenario" \
    --data-binary $'default_credits: 1000000000000000\nlimits: {max_tasks: 200000}\n' || die "scenario PUT failed"
"${CURL[@]}" -o "$WORK/submit.json" -X POST "$EMU_URL/api/v1/images/generations" \
    -H "$AUTH" -H 'Content-Type: application/json' -d '{"model":"z-image","prompt":"bench"}' \
    || die "submit failed"
TASK_ID=$(python3 "$TOOLS" task-id "$WORK/submit.json") || die "submit answered $(cat "$WORK/submit.json")"
POLL_PATH="/api/v1/tasks/$TASK_ID"
step "task $TASK_ID submitted; waiting until it completes (z-image: 2-6 s)"
status=""
for _ in {1..80}; do  # <= 20 s: the completed body no longer changes, so it is the one to mirror
    "${CURL[@]}" -o "$WORK/poll.json" -H "$AUTH" "$EMU_URL$POLL_PATH" || die "poll failed"
    status=$(python3 "$TOOLS" task-status "$WORK/poll.json")
    [[ "$status" == completed || "$status" == failed ]] && break
    sleep 0.25
done
[[ "$status" == completed ]] || die "task did not complete (status: ${status:-?})"
code=$("${CURL[@]}" -o "$OUT/poll-body.json" -D "$OUT/emu-poll.headers" -w '%{http_code}' -H "$AUTH" "$EMU_URL$POLL_PATH")
[[ "$code" == 200 ]] || die "poll answered $code"
code=$("${CURL[@]}" -o "$OUT/health-body.json" -D "$OUT/emu-health.headers" -w '%{http_code}' "$EMU_URL/_emulator/health")
[[ "$code" == 200 ]] || die "health answered $code"

# ---- 3b. nginx answering the same bytes ------------------------------------------------------
NGX_PREFIX="$WORK/nginx"
mkdir -p "$NGX_PREFIX/tmp" "$NGX_PREFIX/logs"
cp "$WORK/submit.json" "$OUT/submit-body.json"
python3 "$TOOLS" nginx-conf "$NGX_PREFIX/template.conf" "$NGX_PREFIX" @PORT@ "$BENCH_THREADS" \
    "$OUT/health-body.json" "$OUT/poll-body.json" "$OUT/submit-body.json"
# nginx's own exec -> first 200, for reference (same worker count, its own port each time).
step "timing $BENCH_STARTS nginx starts (exec -> first 200)"
python3 "$TOOLS" nginx-ready "$NGINX" "$NGX_PREFIX/template.conf" "$BENCH_STARTS" "$OUT/ready-nginx.json" \
    || echo "bench: warning: nginx start time not measured" >&2

NGX_PORT=$(python3 "$TOOLS" freeport)
sed -e "s/@PORT@/$NGX_PORT/" -e "s|@PID@|$NGX_PREFIX/nginx.pid|" "$NGX_PREFIX/template.conf" >"$NGX_PREFIX/nginx.conf"
cp "$NGX_PREFIX/nginx.conf" "$OUT/nginx.conf"
"$NGINX" -t -q -e "$NGX_PREFIX/error.log" -c "$NGX_PREFIX/nginx.conf" -p "$NGX_PREFIX" 2>"$OUT/nginx-t.log" || { cat "$OUT/nginx-t.log" >&2; die "nginx config rejected"; }
step "starting nginx on 127.0.0.1:$NGX_PORT (worker_processes $BENCH_THREADS)"
"$NGINX" -e "$NGX_PREFIX/error.log" -c "$NGX_PREFIX/nginx.conf" -p "$NGX_PREFIX" </dev/null >/dev/null 2>"$OUT/nginx.stderr" &
NGX_PID=$!
PIDS+=("$NGX_PID")
NGX_URL="http://127.0.0.1:$NGX_PORT"
ok=0
for _ in {1..100}; do  # <= 10 s
    "${CURL[@]}" -o /dev/null "$NGX_URL/health" 2>/dev/null && { ok=1; break; }
    kill -0 "$NGX_PID" 2>/dev/null || break
    sleep 0.1
done
(( ok )) || { cat "$OUT/nginx.stderr" >&2; die "nginx did not start"; }
for _ in {1..50}; do (( $(child_count "$NGX_PID") >= BENCH_THREADS )) && break; sleep 0.1; done
"${CURL[@]}" -o "$WORK/ngx-health.json" -D "$OUT/nginx-health.headers" "$NGX_URL/health"
"${CURL[@]}" -o "$WORK/ngx-poll.json" -D "$OUT/nginx-poll.headers" -H "$AUTH" "$NGX_URL/poll"
cmp -s "$WORK/ngx-health.json" "$OUT/health-body.json" || die "nginx /health body differs from the emulator's"
cmp -s "$WORK/ngx-poll.json" "$OUT/poll-body.json" || die "nginx /poll body differs from the emulator's"
"${CURL[@]}" -o "$WORK/ngx-submit.json" -D "$OUT/nginx-submit.headers" -X POST -H "$AUTH" -H 'Content-Type: application/json' \
    -d '{"model":"z-image","prompt":"bench"}' "$NGX_URL/submit"
cmp -s "$WORK/ngx-submit.json" "$OUT/submit-body.json" || die "nginx /submit body differs from the emulator's"
sleep 1
NGX_IDLE_KB=$(tree_rss_kb "$NGX_PID")
NGX_WORKERS=$(child_count "$NGX_PID")

# ---- 3c. bare libmicrohttpd answering the same bytes (the architecture's ceiling) -------------
step "building and starting bench/bare_mhd.c (thread pool $BENCH_THREADS)"
cc -O2 -Wall -o "$WORK/bare_mhd" "$ROOT/bench/bare_mhd.c" $(pkg-config --cflags --libs libmicrohttpd) 2>"$OUT/bare-build.log" \
    || { cat "$OUT/bare-build.log" >&2; die "bench/bare_mhd.c did not build (needs cc and libmicrohttpd-dev)"; }
BARE_PORT=$(python3 "$TOOLS" freeport)
: >"$WORK/bare.out"
"$WORK/bare_mhd" "$BARE_PORT" "$BENCH_THREADS" "$OUT/health-body.json" "$OUT/poll-body.json" "$OUT/submit-body.json" \
    >"$WORK/bare.out" 2>"$OUT/bare.stderr" </dev/null &
BARE_PID=$!
PIDS+=("$BARE_PID")
for _ in {1..100}; do grep -q ready "$WORK/bare.out" && break; kill -0 "$BARE_PID" 2>/dev/null || break; sleep 0.05; done
grep -q ready "$WORK/bare.out" || { cat "$OUT/bare.stderr" >&2; die "bare_mhd did not start"; }
BARE_URL="http://127.0.0.1:$BARE_PORT"
"${CURL[@]}" -o "$WORK/bare-health.json" -D "$OUT/bare-health.headers" "$BARE_URL/health"
"${CURL[@]}" -o "$WORK/bare-poll.json" -D "$OUT/bare-poll.headers" -H "$AUTH" "$BARE_URL/poll"
"${CURL[@]}" -o "$WORK/bare-submit.json" -X POST -H "$AUTH" -H 'Content-Type: application/json' \
    -d '{"model":"z-image","prompt":"bench"}' "$BARE_URL/submit"
cmp -s "$WORK/bare-health.json" "$OUT/health-body.json" || die "bare /health body differs from the emulator's"
cmp -s "$WORK/bare-poll.json" "$OUT/poll-body.json" || die "bare /poll body differs from the emulator's"
cmp -s "$WORK/bare-submit.json" "$OUT/submit-body.json" || die "bare /submit body differs from the emulator's"

# ---- 4. load: alternate emulator and nginx, warm-up before each --------------------------------
run_wrk() {  # label url round seconds warmup [header | -s script]
    local label=$1 url=$2 round=$3 seconds=$4 warmup=$5; shift 5
    local args=(-t "$BENCH_WRK_THREADS" -c "$BENCH_CONNECTIONS" --timeout 5s)
    if [[ "${1:-}" == -s ]]; then args+=(-s "$2"); elif (( $# )); then args+=(-H "$1"); fi
    if (( warmup > 0 )); then
        timeout $(( warmup + 30 )) "$WRK" "${args[@]}" -d "${warmup}s" "$url" >/dev/null 2>&1 || true
    fi
    step "wrk $label round $round (${seconds}s)"
    local server=$EMU_PID before after
    [[ $label == nginx-* ]] && server=$NGX_PID
    [[ $label == bare-* ]] && server=$BARE_PID
    before=$(cpu_ticks "$server")
    timeout $(( seconds + 60 )) "$WRK" "${args[@]}" -d "${seconds}s" --latency "$url" \
        >"$OUT/wrk-$label-r$round.txt" 2>&1 || die "wrk $label failed: $(tail -3 "$OUT/wrk-$label-r$round.txt")"
    after=$(cpu_ticks "$server")
    # CPU the server burnt during the run (user+sys, all threads / workers), in seconds.
    echo "server_cpu_seconds: $(awk -v a="$after" -v b="$before" -v t="$CLK_TCK" 'BEGIN {printf "%.3f", (a - b) / t}')" \
        >>"$OUT/wrk-$label-r$round.txt"
    kill -0 "$EMU_PID" 2>/dev/null || die "the emulator died during $label"
}
S=$BENCH_SECONDS W=$BENCH_WARMUP
for (( r = 1; r <= BENCH_ROUNDS; r++ )); do
    run_wrk emu-health "$EMU_URL/_emulator/health" "$r" "$S" "$W"
    run_wrk bare-health "$BARE_URL/health" "$r" "$S" "$W"
    run_wrk nginx-health "$NGX_URL/health" "$r" "$S" "$W"
    run_wrk emu-poll "$EMU_URL$POLL_PATH" "$r" "$S" "$W" "$AUTH"
    run_wrk bare-poll "$BARE_URL/poll" "$r" "$S" "$W" "$AUTH"
    run_wrk nginx-poll "$NGX_URL/poll" "$r" "$S" "$W" "$AUTH"
done
# Submits last: past the 200,000 tasks of the bench scenario the oldest settled task is forgotten,
# the polled one first, and polls of it would be 404. The emulator's submit runs for
# BENCH_SUBMIT_SECONDS as three back-to-back thirds (no warm-up between them), so a slowdown as
# the task table grows shows as the last third against the first.
THIRD=$(( BENCH_SUBMIT_SECONDS / 3 ))
for (( r = 1; r <= BENCH_ROUNDS; r++ )); do
    run_wrk emu-submit-t1 "$EMU_URL/api/v1/images/generations" "$r" "$THIRD" "$W" -s "$ROOT/bench/submit.lua"
    run_wrk emu-submit-t2 "$EMU_URL/api/v1/images/generations" "$r" "$THIRD" 0 -s "$ROOT/bench/submit.lua"
    run_wrk emu-submit-t3 "$EMU_URL/api/v1/images/generations" "$r" "$THIRD" 0 -s "$ROOT/bench/submit.lua"
    run_wrk bare-submit "$BARE_URL/submit" "$r" "$S" "$W" -s "$ROOT/bench/submit.lua"
    run_wrk nginx-submit "$NGX_URL/submit" "$r" "$S" "$W" -s "$ROOT/bench/submit.lua"
done
EMU_AFTER_KB=$(rss_kb "$EMU_PID")
NGX_AFTER_KB=$(tree_rss_kb "$NGX_PID")

# ---- 6/7. figures --------------------------------------------------------------------------
hdr_bytes() { tr -d '\r' <"$1" | awk 'NF' | wc -c; }
# The release binary's size, as built and stripped of symbols (what a container image carries).
strip -o "$WORK/stripped" "$BIN" 2>/dev/null && STRIPPED_BYTES=$(stat -c %s "$WORK/stripped") || STRIPPED_BYTES=0
cat >"$OUT/rss.json" <<EOF
{"emu_idle_kb": $EMU_IDLE_KB, "emu_after_kb": $EMU_AFTER_KB, "emu_idle_anon_kb": $EMU_IDLE_ANON_KB, "emu_idle_file_kb": $EMU_IDLE_FILE_KB, "ngx_idle_kb": $NGX_IDLE_KB,
 "ngx_after_kb": $NGX_AFTER_KB, "ngx_workers": $NGX_WORKERS}
EOF

python3 - "$OUT/meta.json" <<EOF
import json, sys
json.dump({"date": "$(date -u '+%Y-%m-%d %H:%M UTC')", "commit": "$commit",
           "machine": "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//;s/"//g')), shared with other builds; $(uname -r)",
           "emu_args": "$BENCH_EMU_ARGS", "binary_bytes": $(stat -c %s "$BIN"), "stripped_bytes": $STRIPPED_BYTES, "seconds": $BENCH_SECONDS, "warmup": $BENCH_WARMUP, "connections": $BENCH_CONNECTIONS,
           "wrk_threads": $BENCH_WRK_THREADS, "submit_seconds": $BENCH_SUBMIT_SECONDS, "threads": $BENCH_THREADS, "rounds": $BENCH_ROUNDS,
           "load_before": "$LOAD_BEFORE", "load_after": "$(loadavg)",
           "health_bytes": $(stat -c %s "$OUT/health-body.json"), "poll_bytes": $(stat -c %s "$OUT/poll-body.json"),
           "emu_health_hdr": $(hdr_bytes "$OUT/emu-health.headers"), "emu_poll_hdr": $(hdr_bytes "$OUT/emu-poll.headers"),
           "ngx_health_hdr": $(hdr_bytes "$OUT/nginx-health.headers"), "ngx_poll_hdr": $(hdr_bytes "$OUT/nginx-poll.headers"),
           "bare_health_hdr": $(hdr_bytes "$OUT/bare-health.headers"), "bare_poll_hdr": $(hdr_bytes "$OUT/bare-poll.headers")},
          open(sys.argv[1], "w"))
EOF
echo
python3 "$TOOLS" report "$OUT" | tee "$OUT/summary.txt"

if (( BENCH_STRICT )) && grep -q 'MISSED' "$OUT/summary.txt"; then exit 3; fi
exit 0
