#!/usr/bin/env bash
# The whole suite on a busy machine: `stress-ng --cpu N` (default 2, one worker per core of a
# small CI runner) keeps every core busy while scripts/test.sh (`make test`) runs beside it.
# A check that waits on a fixed wall-clock deadline instead of an event fails here; the suite
# must pass.
#
# Usage: scripts/stress-test.sh [swift test arguments, e.g. --filter ReAPIEmulatorKitTests]
# Environment: STRESS_CPUS (default 2). Needs stress-ng (Debian: stress-ng).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v stress-ng >/dev/null || { echo "stress-test: stress-ng is not installed (apt-get install stress-ng)" >&2; exit 1; }
CPUS="${STRESS_CPUS:-2}"

# Bounded: stress-ng stops by itself after an hour even if this script is killed.
stress-ng --cpu "$CPUS" --timeout 3600s --quiet &
STRESS=$!
trap 'kill "$STRESS" 2>/dev/null || true; wait "$STRESS" 2>/dev/null || true' EXIT
echo "stress-test: stress-ng --cpu $CPUS running beside the suite (pid $STRESS)" >&2

scripts/test.sh "$@"
