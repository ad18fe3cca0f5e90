#!/usr/bin/env bash
# The GitHub Action (action.yml): starts reapi-emulator in the background, waits until
# /_emulator/health answers, and reports its URL. Runs outside Actions too (the suite runs it).
#
# Inputs, from the environment (action.yml maps each `with:` input to one):
#   INPUT_BINARY        path of a reapi-emulator executable (wins over INPUT_VERSION)
#   INPUT_VERSION       version of the reapi-emulator Python platform wheel to pip-install (into
#                       its own venv under STATE_DIR; pip's PIP_INDEX_URL / PIP_FIND_LINKS say
#                       where from) and take the bundled binary from (when INPUT_BINARY is empty)
#                       neither: reapi-emulator on the PATH
#   INPUT_SCENARIO      scenario file (YAML or JSON), optional
#   INPUT_PORT          port, default 8080; 0 picks a free one (the URL tells which)
#   INPUT_PROVIDER      reapi (default) or apiinone
#   INPUT_ARGS          more flags, split on whitespace (no quoting): "--seed 7 --clock virtual"
#   INPUT_WAIT_TIMEOUT  seconds to wait for health, default 30
# Outputs: `url` and `pid` lines appended to $GITHUB_OUTPUT (or printed on stdout without it);
# REAPI_EMULATOR_URL appended to $GITHUB_ENV when set. The pid is also written to
# $STATE_DIR/reapi-emulator.pid, its stdout/stderr to reapi-emulator.{out,log} there
# (STATE_DIR: $RUNNER_TEMP, else $TMPDIR, else /tmp). Stop it with: kill "$(cat …/reapi-emulator.pid)".
# On failure: one `::error::` line with the emulator's last stderr line, its whole stderr, exit 1.
set -euo pipefail

STATE_DIR="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
PORT="${INPUT_PORT:-8080}"
PROVIDER="${INPUT_PROVIDER:-reapi}"
TIMEOUT="${INPUT_WAIT_TIMEOUT:-30}"
OUT="$STATE_DIR/reapi-emulator.out"
LOG="$STATE_DIR/reapi-emulator.log"
PIDFILE="$STATE_DIR/reapi-emulator.pid"
: >"$OUT"
: >"$LOG"

fail() {
  echo "::error::reapi-emulator: $1"
  if [ -s "$LOG" ]; then echo "--- reapi-emulator stderr ---"; cat "$LOG"; fi
  exit 1
}

# SIGTERM, up to 5 s to exit (a zombie has), then SIGKILL; reaped either way. SIGTERM alone is
# not enough: a process can inherit SIGTERM ignored from whatever started the step.
stop_emulator() {
  kill -TERM "$PID" 2>/dev/null || return 0
  for _ in $(seq 50); do
    state="$(sed 's/.*) //' "/proc/$PID/stat" 2>/dev/null | cut -d' ' -f1)"
    if [ -z "$state" ] || [ "$state" = Z ]; then break; fi
    sleep 0.1
  done
  kill -KILL "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
}

[[ $PORT =~ ^[0-9]+$ ]] || fail "port must be a number (got \"$PORT\")"
[[ $TIMEOUT =~ ^[0-9]+$ && $TIMEOUT -gt 0 ]] || fail "wait-timeout must be a whole number of seconds > 0 (got \"$TIMEOUT\")"

if [ -n "${INPUT_BINARY:-}" ]; then
  BIN="$INPUT_BINARY"
  [ -x "$BIN" ] && [ -f "$BIN" ] || fail "binary \"$BIN\" is not an executable file"
elif [ -n "${INPUT_VERSION:-}" ]; then
  # Its own venv: no clash with the job's packages, and no externally-managed system Python.
  VENV="$STATE_DIR/reapi-emulator-venv"
  { [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"; } >&2 || fail "python3 -m venv failed (Debian: apt-get install python3-venv)"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "reapi-emulator==$INPUT_VERSION" >&2 \
    || fail "pip could not install reapi-emulator==$INPUT_VERSION"
  BIN="$("$VENV/bin/python" -c 'import reapi_emulator.binary as b; p = b.bundled_binary(); print(p or "")')"
  [ -n "$BIN" ] || fail "reapi-emulator==$INPUT_VERSION installed without a bundled binary (not a platform wheel for this machine)"
else
  BIN="$(command -v reapi-emulator || true)"
  [ -n "$BIN" ] || fail "no binary: give the action's binary or version input, or put reapi-emulator on the PATH"
fi

read -r -a EXTRA <<<"${INPUT_ARGS:-}"
COMMAND=("$BIN" serve --port "$PORT" --provider "$PROVIDER")
if [ -n "${INPUT_SCENARIO:-}" ]; then
  [ -f "$INPUT_SCENARIO" ] || fail "scenario file \"$INPUT_SCENARIO\" not found"
  COMMAND+=(--scenario "$INPUT_SCENARIO")
fi
COMMAND+=("${EXTRA[@]}")

# Started like a daemon: no descriptor of this step but the files below is inherited, so
# nothing that waits on the step's pipes (a runner, a test harness) waits on the emulator too.
(
  for fd in /proc/self/fd/*; do
    fd="${fd##*/}"
    if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
  done 2>/dev/null
  exec nohup "${COMMAND[@]}" </dev/null >"$OUT" 2>"$LOG"
) &
PID=$!
echo "$PID" >"$PIDFILE"

# The ready line gives the URL (and the port, when 0 was asked for); then health must answer.
URL=""
deadline=$((SECONDS + TIMEOUT))
while [ "$SECONDS" -lt "$deadline" ]; do
  if ! kill -0 "$PID" 2>/dev/null; then
    wait "$PID" && status=0 || status=$?
    fail "exited with status $status before it was healthy: $(tail -n 1 "$LOG")"
  fi
  if [ -z "$URL" ]; then
    URL="$(sed -n '1s/^reapi-emulator listening on //p' "$OUT")"
    URL="${URL/:\/\/0.0.0.0:/://127.0.0.1:}"
  fi
  if [ -n "$URL" ] && "$BIN" healthcheck --url "$URL" --timeout 1 >/dev/null 2>&1; then
    if [ -n "${GITHUB_OUTPUT:-}" ]; then printf 'url=%s\npid=%s\n' "$URL" "$PID" >>"$GITHUB_OUTPUT"; else printf 'url=%s\npid=%s\n' "$URL" "$PID"; fi
    if [ -n "${GITHUB_ENV:-}" ]; then printf 'REAPI_EMULATOR_URL=%s\n' "$URL" >>"$GITHUB_ENV"; fi
    echo "reapi-emulator is healthy at $URL (pid $PID)" >&2
    exit 0
  fi
  sleep 0.2
done
stop_emulator
last="$(tail -n 1 "$LOG")"
fail "not healthy within ${TIMEOUT} s (${COMMAND[*]}): ${last:-nothing on stderr}"
