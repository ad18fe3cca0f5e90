#!/usr/bin/env bash
# Soak test: mixed load (submits, polls, media downloads, control-API reads from wrk; resets and
# clock reads from curl) against a release binary on loopback, sampling the emulator's RSS.
# Prints every sample and the slope of RSS over time (KiB/min) by least squares, over the whole
# run and over its second half (after warm-up), and the RSS right after each reset with its
# slope: tasks are kept until a reset, so the samples saw-tooth and the floor is what shows a leak.
#
# Usage: bench/soak.sh [MINUTES]        default 30
# Env:   SOAK_SAMPLE_SECONDS=N          RSS sample interval (default 10)
#        SOAK_RESET_SECONDS=N           POST /_emulator/reset every N seconds (default 60; 0 = never)
#        SOAK_CONNECTIONS=N             wrk connections (default 16), SOAK_WRK_THREADS (default 2)
#        SOAK_TIME_SCALE=S              the emulator's --time-scale (default 1000: tasks settle in
#                                       tens of ms of wall time and URLs expire within minutes)
#        SOAK_MEDIA=0                   no media downloads
#        SOAK_MEDIA_CACHE_BYTES=N       the emulator's --media-cache-bytes (default 33554432, 32 MiB).
#                                       The renderer's cache keeps encoded images across resets up to
#                                       this bound; with the default 256 MiB a 30-minute soak is still
#                                       filling it at the end, so RSS rises and shows nothing. 32 MiB
#                                       fills in the first minutes, after which a flat RSS is the claim.
#        SOAK_BIN=PATH                  soak this binary (no build); else .build-bench/release is built
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/lib.sh"
MINUTES=${1:-30}
SAMPLE=${SOAK_SAMPLE_SECONDS:-10}
RESET=${SOAK_RESET_SECONDS:-60}
CONNECTIONS=${SOAK_CONNECTIONS:-16}
WRK_THREADS=${SOAK_WRK_THREADS:-2}
TIME_SCALE=${SOAK_TIME_SCALE:-1000}
MEDIA_CACHE=${SOAK_MEDIA_CACHE_BYTES:-33554432}
die() { echo "soak: error: $*" >&2; exit 1; }
int_in() { [[ "$2" =~ ^[0-9]+$ ]] && (( $2 >= $3 && $2 <= $4 )) || die "$1=$2: expected an integer $3-$4"; }
int_in MINUTES "$MINUTES" 1 1440
int_in SOAK_SAMPLE_SECONDS "$SAMPLE" 1 600
int_in SOAK_RESET_SECONDS "$RESET" 0 86400
int_in SOAK_CONNECTIONS "$CONNECTIONS" 1 1000
int_in SOAK_WRK_THREADS "$WRK_THREADS" 1 64
int_in SOAK_MEDIA_CACHE_BYTES "$MEDIA_CACHE" 0 17179869184
(( CONNECTIONS >= WRK_THREADS )) || die "SOAK_CONNECTIONS must be >= SOAK_WRK_THREADS"

WORK=$(mktemp -d /tmp/reapi-soak.XXXXXX)
PIDS=()
cleanup() {
    local rc=$? pid i
    for pid in "${PIDS[@]}"; do
        kill -0 "$pid" 2>/dev/null || continue
        kill -TERM "$pid" 2>/dev/null || true
        for i in {1..50}; do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
step() { echo "== $*" >&2; }

# ---- tools and binary ---------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
if (( ${#missing[@]} )); then
    step "apt-get install ${missing[*]}"
    SUDO=""; [[ $(id -u) == 0 ]] || SUDO=sudo
    $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" \
        >"$WORK/apt.log" 2>&1 || { tail -20 "$WORK/apt.log" >&2; die "apt-get install ${missing[*]} failed"; }
fi
if [[ -n "${SOAK_BIN:-}" ]]; then
    BIN=$(realpath "$SOAK_BIN")
else
    step "swift build -c release --static-swift-stdlib --scratch-path .build-bench"
    swift build -c release --static-swift-stdlib --scratch-path .build-bench >"$WORK/build.log" 2>&1 \
        || { tail -30 "$WORK/build.log" >&2; die "release build failed"; }
    BIN="$ROOT/.build-bench/release/reapi-emulator"
fi
[[ -x "$BIN" ]] || die "no binary at $BIN"

# ---- the emulator -------------------------------------------------------------------------------
step "starting $BIN --port 0 --threads 2 --time-scale $TIME_SCALE --media-cache-bytes $MEDIA_CACHE"
: >"$WORK/emu.out"
"$BIN" serve --port 0 --threads 2 --time-scale "$TIME_SCALE" --media-cache-bytes "$MEDIA_CACHE" --log-level warning >"$WORK/emu.out" 2>"$WORK/emu.err" </dev/null &
EMU_PID=$!
PIDS+=("$EMU_PID")
URL=$(ready_url "$WORK/emu.out" "$EMU_PID") || { cat "$WORK/emu.err" >&2; die "the emulator did not print a loopback ready line"; }
rss_kb() { awk '$1 == "VmRSS:" {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# ---- load, resets and samples -------------------------------------------------------------------
DURATION=$(( MINUTES * 60 ))
export SOAK_MEDIA=${SOAK_MEDIA:-1}
step "wrk -t$WRK_THREADS -c$CONNECTIONS -d${DURATION}s (bench/soak-mix.lua, media $([[ "$SOAK_MEDIA" == 0 ]] && echo off || echo on)), RSS every ${SAMPLE} s, reset every ${RESET} s"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$ROOT/bench/soak-mix.lua" "$URL" >"$WORK/wrk.out" 2>&1 &
WRK_PID=$!
PIDS+=("$WRK_PID")
start=$(date +%s)
next_sample=$start
next_reset=$(( start + (RESET > 0 ? RESET : DURATION + 1) ))
resets=0 reset_failures=0
: >"$WORK/samples"
: >"$WORK/floors"
echo "elapsed_s rss_kib"
while kill -0 "$WRK_PID" 2>/dev/null; do
    now=$(date +%s)
    if (( now >= next_sample )); then
        kill -0 "$EMU_PID" 2>/dev/null || die "the emulator exited during the soak: $(tail -5 "$WORK/emu.err")"
        sample="$(( now - start )) $(rss_kb "$EMU_PID")"
        echo "$sample" | tee -a "$WORK/samples"
        next_sample=$(( next_sample + SAMPLE ))
    fi
    if (( RESET > 0 && now >= next_reset )); then
        if curl -fsS -m 5 -X POST "$URL/_emulator/reset" >/dev/null 2>&1 && curl -fsS -m 5 "$URL/_emulator/clock" >/dev/null 2>&1
        then
            resets=$(( resets + 1 ))
            # The floor: what is left right after everything the load created was forgotten.
            echo "$(( $(date +%s) - start )) $(rss_kb "$EMU_PID")" >>"$WORK/floors"
        else reset_failures=$(( reset_failures + 1 )); fi
        next_reset=$(( next_reset + RESET ))
    fi
    sleep 0.2
done
wait "$WRK_PID" || true
kill -0 "$EMU_PID" 2>/dev/null || die "the emulator exited during the soak: $(tail -5 "$WORK/emu.err")"
health=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -m 5 "$URL/_emulator/health" || echo "failed")

# ---- report -------------------------------------------------------------------------------------
echo
sed -n '/Requests\/sec/p;/Non-2xx/p;/requests in/p;/Socket errors/p;/Latency/p;/^answers/p' "$WORK/wrk.out"
echo "resets: $resets ok, $reset_failures failed; health after the soak: $health"
slope() {  # least-squares slope of column 2 over column 1 (seconds), in KiB/min
    awk '{ n++; sx += $1; sy += $2; sxx += $1 * $1; sxy += $1 * $2 }
         END { d = n * sxx - sx * sx; if (n < 2 || d == 0) { print "n/a"; exit }
               printf "%.1f", (n * sxy - sx * sy) / d * 60 }'
}
count=$(wc -l <"$WORK/samples")
echo "RSS: first $(head -1 "$WORK/samples" | cut -d' ' -f2) KiB, last $(tail -1 "$WORK/samples" | cut -d' ' -f2) KiB," \
     "max $(sort -k2 -n "$WORK/samples" | tail -1 | cut -d' ' -f2) KiB over $count samples"
echo "slope: $(slope <"$WORK/samples") KiB/min over the run, $(tail -n $(( count / 2 > 1 ? count / 2 : count )) "$WORK/samples" | slope) KiB/min over its second half"
if [[ -s "$WORK/floors" ]]; then
    echo "RSS right after each reset (elapsed_s rss_kib): $(tr '\n' ',' <"$WORK/floors" | sed 's/,$//; s/,/, /g')"
    echo "slope of the after-reset floor: $(slope <"$WORK/floors") KiB/min"
fi
