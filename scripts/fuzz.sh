#!/usr/bin/env bash
# Seeded fuzzing of the core for a bounded time: JSON, scenario loading with the built-in
# catalogue, bearer headers, request construction and whole requests through EmulatorApp.handle
# (Tests/EmulatorCoreTests/FuzzTests.swift; every `swift test` runs a 1-second smoke pass of it).
#
# Usage: scripts/fuzz.sh [SECONDS]   fuzzing time in all, default 60 (after the build): the five
#                                    targets share the cores, each gets SECONDS / ceil(5 / cores).
# Env:   REAPI_FUZZ_SEED=N           the run's seed (default: 1; the same seed gives the same cases)
#        REAPI_FUZZ_CASE=N           replay only case N of each target (with the seed it came from)
# Exit 0 when every target ran clean; otherwise the failing target, seed and case are printed
# with the command that replays it, and the exit status is 1.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
TOTAL_SECONDS=${1:-60}
[[ "$TOTAL_SECONDS" =~ ^[0-9]+$ ]] && (( TOTAL_SECONDS >= 1 && TOTAL_SECONDS <= 86400 )) \
    || { echo "fuzz: error: SECONDS must be an integer from 1 to 86400, got '$TOTAL_SECONDS'" >&2; exit 2; }
CORES=$(nproc)
ROUNDS=$(( (5 + CORES - 1) / CORES ))
PER_TARGET=$(( TOTAL_SECONDS / ROUNDS ))
(( PER_TARGET >= 1 )) || PER_TARGET=1
SEED=${REAPI_FUZZ_SEED:-1}
[[ "$SEED" =~ ^[0-9]+$ ]] || { echo "fuzz: error: REAPI_FUZZ_SEED must be a non-negative integer" >&2; exit 2; }

echo "== swift build --build-tests" >&2
swift build --build-tests >/tmp/reapi-fuzz-build.log 2>&1 || { tail -30 /tmp/reapi-fuzz-build.log >&2; exit 1; }

PROGRESS=$(mktemp -d /tmp/reapi-fuzz.XXXXXX)
trap 'rm -rf "$PROGRESS"' EXIT
echo "== fuzzing for about $TOTAL_SECONDS s: $PER_TARGET s per target, $CORES cores, seed $SEED" >&2
started=$(date +%s)
set +e
# A hang is a failure too: the run is cut off well after its budget.
REAPI_FUZZ_SECONDS=$PER_TARGET REAPI_FUZZ_SEED=$SEED REAPI_FUZZ_PROGRESS=$PROGRESS \
    timeout --kill-after=10 $(( TOTAL_SECONDS * 2 + 120 )) \
    swift test --skip-build --filter 'FuzzTests' >"$PROGRESS/out.log" 2>&1
rc=$?
set -e
grep -E '^fuzz ' "$PROGRESS/out.log" || true
echo "== $(( $(date +%s) - started )) s" >&2
if (( rc == 0 )); then echo "fuzz: clean"; exit 0; fi

grep -E '✘|Fatal error|signal' "$PROGRESS/out.log" | head -20 >&2 || true
for file in "$PROGRESS"/*.case; do
    [[ -e "$file" ]] || continue
    target=$(basename "$file" .case)
    read -r first second third fourth _ <"$file" || true
    [[ "$first" == done ]] && continue
    # `seed S case N`: the case that was running when the process died or the run was cut off.
    echo "fuzz: $target stopped in seed $second case $fourth; replay with:" >&2
    echo "  REAPI_FUZZ_SEED=$second REAPI_FUZZ_CASE=$fourth swift test --skip-build --filter 'FuzzTests/$target'" >&2
done
echo "fuzz: FAILED (exit $rc; full output kept in /tmp/reapi-fuzz-last.log)" >&2
cp "$PROGRESS/out.log" /tmp/reapi-fuzz-last.log
exit 1
