#!/usr/bin/env bash
# Runs the test suite under the thread sanitizer and the address sanitizer, each in its own
# scratch path (.build-tsan, .build-asan), and prints how long each build and run took.
#
# Usage: scripts/sanitize.sh [thread|address|all]   default all
# Env:   SANITIZE_FILTER=REGEX   only the matching tests (swift test --filter), e.g.
#                                'EmulatorCoreTests|ReAPIEmulatorKitTests' for the core and HTTP tests
# Exit 0 when every chosen run passed with no sanitizer report, 1 otherwise.
#
# The code locks with `Locking.Locked` (a pthread mutex), never `Synchronization.Mutex`: on Linux a
# contended Mutex hands the lock over in the kernel, where TSan cannot see it, and every piece of
# state it guards is then reported as a race. The thread run first checks that no Mutex came back.
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
# Every report is collected (the run goes on); the summary lists them.
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=0 report_signal_unsafe=0}
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1 detect_leaks=0}

# The first frame of each report, as `file:line`, with how often it was reported.
report_sites() {
    awk '/WARNING: ThreadSanitizer|ERROR: AddressSanitizer/ { want = 1; next }
         want && /#0 / { site = $2; for (i = 1; i <= NF; i++) if ($i ~ /\.(swift|c|h)(:[0-9]+)*$/) site = $i
                         sub(/:[0-9]+$/, "", site); count[site]++; want = 0 }
         END { for (s in count) printf "  %4d  %s\n", count[s], s }' "$1" | sort -rn
}

# Sources or tests that lock with Synchronization.Mutex (TSan cannot see its hand-overs).
mutex_uses() {
    grep -rnE '\bMutex(<|\()' Sources Tests --include='*.swift' || true
}

failed=0
summary=()
for kind in "${KINDS[@]}"; do
    if [[ "$kind" == thread && -n "$(mutex_uses)" ]]; then
        summary+=("thread: FAILED — Synchronization.Mutex is used; TSan cannot see it, use Locking.Locked:" "$(mutex_uses)")
        failed=1
        continue
    fi
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
    # One test at a time: under a sanitizer the CPU-heavy tests (renders, fuzz passes, scaling
    # checks) run 2-15 times slower, and in parallel they starve the live tests' listener threads
    # past their waits (seen: held polls not suspended within 5 s). Serial, the core and HTTP tests
    # take 140 s under TSan and the whole suite 290 s under ASan.
    SERIAL=(--no-parallel)
    # The tests that start the binary with a scrubbed environment (env -i, as a container does)
    # cannot pass ASAN_OPTIONS to it, so LeakSanitizer runs at its exit and reports the boxes of
    # Swift's indirect enums (LookupTable.Node) as leaked: their pointers carry tag bits LSan does
    # not recognise. Not a leak: 4,000 scenario PUTs that rebuild those tables leave RSS flat.
    # Those four tests run in every plain `swift test`.
    SKIP=()
    # ScenarioScalingTests compares one thread's CPU time at two rule counts: no concurrency for
    # TSan to see, and 40 s of CI time under it (it runs in every plain `swift test`).
    [[ "$kind" == thread ]] && SKIP=(--skip 'ScenarioScalingTests')
    [[ "$kind" == address ]] && SKIP=(--skip 'RuntimeTests/emptyDirectoryEnvironmentOnly|RuntimeTests/runtimeCheckScript|HealthcheckCommandTests/defaultsFromEnvironment|PythonClientTests/packageTestsPass')
    echo "== $kind: swift test --skip-build ${SERIAL[*]} ${FILTER[*]} ${SKIP[*]}" >&2
    status=passed
    if ! swift test --skip-build "${SERIAL[@]}" --sanitize="$kind" --scratch-path "$scratch" "${FILTER[@]}" "${SKIP[@]}" >"$log" 2>&1; then status=FAILED; fi
    t2=$(date +%s)
    reports=$(grep -cE 'WARNING: ThreadSanitizer|ERROR: AddressSanitizer' "$log" || true)
    (( reports == 0 )) || status="FAILED ($reports sanitizer reports)"
    [[ "$status" == passed ]] || failed=1
    tests=$(grep -Eo 'Test run with [0-9]+ tests' "$log" | tail -1 || true)
    summary+=("$kind: $status — build $((t1 - t0)) s, tests $((t2 - t1)) s${tests:+ ($tests)} (log: $log)")
    if (( reports > 0 )); then summary+=("  first frame of each report (count, site):" "$(report_sites "$log")"); fi
    # What failed, so a CI log says it without the log file.
    if [[ "$status" != passed ]]; then grep -E '✘|error:|SUMMARY: (Thread|Address)Sanitizer' "$log" | head -40 >&2 || true; fi
done
printf '%s\n' "${summary[@]}"
exit "$failed"
