#!/usr/bin/env bash
# Runs the test suite under the thread sanitizer and the address sanitizer, each in its own
# scratch path (.build-tsan, .build-asan), and prints how long each build and run took.
#
# Usage: scripts/sanitize.sh [thread|address|all]   default all
# Env:   SANITIZE_FILTER=REGEX   only the matching tests (swift test --filter), e.g.
#                                'EmulatorCoreTests|ReAPIEmulatorKitTests' for the core and HTTP tests
# Exit 0 when every chosen run passed with no sanitizer report, 1 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
WHICH=${1:-all}
case "$WHICH" in
    thread) KINDS=(thread) ;;
    address) KINDS=(address) ;;
    all) KINDS=(thread address) ;;
    *) echo "sanitize: error: expected thread, address or all, got '$WHICH'" >&2; exit 2 ;;
esac
FILTER=()
[[ -n "${SANITIZE_FILTER:-}" ]] && FILTER=(--filter "$SANITIZE_FILTER")
# A report fails the run (the default for TSan is to go on after reporting).
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1 second_deadlock_stack=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1 detect_leaks=0}

failed=0
summary=()
for kind in "${KINDS[@]}"; do
    scratch=".build-${kind:0:1}san"   # .build-tsan, .build-asan
    mkdir -p "$scratch"
    log="$scratch/sanitize-test.log"
    echo "== $kind: swift build --build-tests --sanitize=$kind --scratch-path $scratch" >&2
    t0=$(date +%s)
    if ! swift build --build-tests --sanitize="$kind" --scratch-path "$scratch" >"$scratch/sanitize-build.log" 2>&1; then
        tail -30 "$scratch/sanitize-build.log" >&2
        summary+=("$kind: BUILD FAILED (log: $scratch/sanitize-build.log)")
        failed=1
        continue
    fi
    t1=$(date +%s)
    echo "== $kind: swift test --skip-build ${FILTER[*]}" >&2
    status=passed
    if ! swift test --skip-build --sanitize="$kind" --scratch-path "$scratch" "${FILTER[@]}" >"$log" 2>&1; then status=FAILED; fi
    if grep -qE 'WARNING: ThreadSanitizer|ERROR: AddressSanitizer|SUMMARY: (Thread|Address)Sanitizer' "$log"; then
        status="FAILED (sanitizer report)"
        grep -E -A20 'WARNING: ThreadSanitizer|ERROR: AddressSanitizer' "$log" | head -60 >&2
    fi
    [[ "$status" == passed ]] || failed=1
    t2=$(date +%s)
    tests=$(grep -Eo 'Test run with [0-9]+ tests' "$log" | tail -1 || true)
    summary+=("$kind: $status — build $((t1 - t0)) s, tests $((t2 - t1)) s${tests:+ ($tests)} (log: $log)")
done
printf '%s\n' "${summary[@]}"
exit "$failed"
