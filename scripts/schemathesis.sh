#!/usr/bin/env bash
# Runs schemathesis against a live emulator, from the OpenAPI document the emulator serves
# itself (GET /_emulator/openapi.json), for one provider. Bounded: examples per operation and
# a time budget, so CI stays fast. Prints schemathesis' report; exits with its status.
#
# Usage: scripts/schemathesis.sh BINARY PROVIDER [MAX_EXAMPLES] [MAX_SECONDS]
#   BINARY   the built reapi-emulator (e.g. .build/debug/reapi-emulator)
#   PROVIDER reapi | apiinone
# The venv is $REAPI_PYTHON_VENV, else .venv (scripts/python-env.sh prepares it).
# The emulator listens on port 0 (the ready line names the port) with a virtual clock and
# scripts/schemathesis/scenario.yaml; it is stopped when the run ends.
set -euo pipefail
cd "$(dirname "$0")/.."
BINARY="$1"
PROVIDER="$2"
MAX_EXAMPLES="${3:-15}"
MAX_SECONDS="${4:-40}"
VENV="$(cd "${REAPI_PYTHON_VENV:-$PWD/.venv}" && pwd)"
case "$PROVIDER" in
  reapi) KEY=rk_schemathesis ;;
  apiinone) KEY=aio_schemathesis ;;
  *) echo "provider must be reapi or apiinone, got $PROVIDER" >&2; exit 2 ;;
esac

WORK="$(mktemp -d)"
"$BINARY" serve --port 0 --clock virtual --provider "$PROVIDER" --seed 1 \
  --scenario scripts/schemathesis/scenario.yaml >"$WORK/stdout" 2>"$WORK/stderr" &
EMULATOR=$!
trap 'kill "$EMULATOR" 2>/dev/null || true; wait "$EMULATOR" 2>/dev/null || true; rm -rf "$WORK"' EXIT

URL=""
for _ in $(seq 1 100); do   # at most 10 s for the ready line
  URL="$(sed -n 's/^reapi-emulator listening on \(http:[^ ]*\)$/\1/p' "$WORK/stdout")"
  [ -n "$URL" ] && break
  kill -0 "$EMULATOR" 2>/dev/null || { cat "$WORK/stderr" >&2; exit 1; }
  sleep 0.1
done
[ -n "$URL" ] || { echo "the emulator printed no ready line" >&2; exit 1; }

# Every check, less the per-operation exclusions (schemathesis.toml); no stateful phase (the
# document has no links); a fixed seed so a CI failure replays; one worker (hypothesis'
# lambda descriptions are not thread-safe on CPython 3.11: "AST constructor recursion depth
# mismatch" with two).
# Run from the scratch directory: schemathesis keeps a .schemathesis/ cache in its working one.
ROOT="$PWD"
cd "$WORK"
"$VENV/bin/st" --no-color --config-file "$ROOT/scripts/schemathesis/schemathesis.toml" run "$URL/_emulator/openapi.json" \
  --header "Authorization: Bearer $KEY" --phases examples,coverage,fuzzing \
  --max-examples "$MAX_EXAMPLES" --max-time "$MAX_SECONDS" --seed 1 --workers 1 \
  --request-timeout 10 --warnings off
