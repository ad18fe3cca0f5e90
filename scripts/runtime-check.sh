#!/usr/bin/env bash
# Proves the container image's runtime side without a Docker engine (none runs on our machines).
#
# 1. Libraries: for a binary built as the Dockerfile builds it (--static-swift-stdlib), every
#    shared library it needs must come from a Debian package the Dockerfile's runtime stage installs.
# 2. Empty directory: the binary is copied alone into a fresh directory outside the repository and
#    started there as the image starts it: no flags, only REAPI_EMULATOR_HOST=0.0.0.0 and
#    REAPI_EMULATOR_PORT. It must print its ready line, accept a submit (which needs the model
#    definitions embedded in the binary), answer a validation error with its documented code, pass
#    `reapi-emulator healthcheck` (the image's HEALTHCHECK), exit 0 on SIGTERM, and then fail the
#    healthcheck.
# 3. Minimal root (as root, for a --static-swift-stdlib binary): the same checks with the binary
#    chrooted into a root that holds only itself, the libraries `ldd` lists and /proc: no /etc, no
#    /usr/share, no toolchain. The image's root holds more than that, never less.
#
# Usage: scripts/runtime-check.sh [BINARY]
#   BINARY  default: build it here with `swift build -c release --static-swift-stdlib`
# Needs bash and curl; the library checks also need readelf (binutils), ldd and dpkg.
# Prints one line per check, then "runtime-check: PASS" (exit 0) or "runtime-check: FAIL" (exit 1).
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

if [[ $# -ge 1 ]]; then
  binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
  echo "building: swift build -c release --static-swift-stdlib"
  (cd "$repo" && swift build -c release --static-swift-stdlib) || { echo "runtime-check: FAIL (build)"; exit 1; }
  binary="$(cd "$repo" && swift build -c release --static-swift-stdlib --show-bin-path)/reapi-emulator"
fi
[[ -x $binary ]] || { echo "runtime-check: FAIL ($binary is not an executable)"; exit 1; }

passed=0 failed=0
ok()   { echo "ok    $*"; passed=$((passed + 1)); }
bad()  { echo "FAIL  $*"; failed=$((failed + 1)); }
skip() { echo "skip  $*"; }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

work="$(mktemp -d)"
pid=""
cleanup() { [[ -n $pid ]] && kill -KILL "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
case "$work/" in "$repo"/*) echo "runtime-check: FAIL (the temporary directory $work is inside the repository; set TMPDIR)"; exit 1 ;; esac
echo "binary: $binary"

# --- 1. Libraries -----------------------------------------------------------------------------
static=false
needed="$(readelf -d "$binary" 2>/dev/null | sed -nE 's/.*\(NEEDED\).*\[(.*)\]/\1/p')"
if ! command -v readelf >/dev/null || ! command -v dpkg >/dev/null; then
  skip "libraries: needs readelf and dpkg"
elif grep -qE '^lib(swift|Foundation|dispatch|BlocksRuntime)' <<<"$needed"; then
  skip "libraries: this binary loads the Swift runtime from the toolchain; the image's is built with --static-swift-stdlib"
elif [[ ! -f $repo/Dockerfile ]]; then
  skip "libraries: no Dockerfile at $repo"
else
  static=true
  # The words of the runtime stage's `apt-get install` command (the stage `AS runtime`, whose
  # libraries the image's root is gathered from; continuation lines joined, comments left out):
  # a package only named in a comment does not count.
  installed="$(awk '/^FROM /{keep = ($0 ~ / AS runtime$/)} keep{stage=stage $0 "\n"} END{printf "%s", stage}' "$repo/Dockerfile" \
    | sed -e ':a' -e '/\\$/N; s/\\\n//; ta' | grep -E '^RUN .*apt-get install' | tr -s ' \t' '\n')"
  for soname in $needed; do
    path="$(ldd "$binary" | awk -v so="$soname" '$1 == so && $3 ~ /^\// {print $3} $1 ~ "/" so "$" {print $1}' | head -n1)"
    if [[ -z $path ]]; then bad "library $soname: not found on this machine"; continue; fi
    # Merged /usr: dpkg may know the file under /lib rather than /usr/lib, or the reverse.
    package=""
    for candidate in "$path" "$(readlink -f "$path")" "${path#/usr}" "/usr$path"; do
      package="$(dpkg -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1)" && [[ -n $package ]] && break
    done
    if [[ -z $package ]]; then bad "library $soname ($path): no Debian package owns it"
    elif grep -qxF -- "$package" <<<"$installed"; then ok "library $soname: $package (installed by the Dockerfile's runtime stage)"
    else bad "library $soname: $package is not installed by the Dockerfile's runtime stage"
    fi
  done
fi

# --- 2 and 3. Serve, submit, healthcheck, stop ------------------------------------------------
free_port() {
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 40000))
    # Connection refused: nothing listens there.
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

# launch ARGS...: runs the copied binary with only the image's two variables, as `$mode` says:
# "directory" (cwd = the empty directory) or "root" (chrooted into the minimal root, /proc mounted
# in a private mount namespace). Every step execs, so `launch &` leaves the emulator's own pid in
# $!; it changes directory, so call it in the background or in a subshell.
launch() {
  if [[ $mode == root ]]; then
    exec env -i REAPI_EMULATOR_HOST=0.0.0.0 REAPI_EMULATOR_PORT="$port" /usr/bin/unshare --mount /bin/sh -c \
      'mount -t proc proc "$0/proc" && exec /usr/sbin/chroot "$0" /reapi-emulator "$@"' "$dir" "$@"
  else
    cd "$dir" && exec env -i REAPI_EMULATOR_HOST=0.0.0.0 REAPI_EMULATOR_PORT="$port" ./reapi-emulator "$@"
  fi
}

start() {
  port="$(free_port)" || return 1
  launch >"$work/stdout" 2>"$work/stderr" &
  pid=$!
  for _ in $(seq 200); do
    [[ -s $work/stdout ]] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

submit() { curl -sS -o "$work/body" -w '%{http_code}' "http://127.0.0.1:$port/api/v1/images/generations" \
  -H 'Authorization: Bearer rk_test_runtime' -H 'Content-Type: application/json' -d "$1"; }
# answer WHAT STATUS PATTERN: the last submit answered STATUS with a body matching PATTERN.
answer() {
  if [[ $status == "$2" ]] && grep -qE "$3" "$work/body"; then ok "$1"; else bad "$1 (got $status: $(cat "$work/body"))"; fi
}
healthcheck() { (launch healthcheck >/dev/null 2>&1); }

# exercise LABEL: the whole run in $dir.
exercise() {
  local label="$1" started=false attempt status code
  for attempt in 1 2 3; do   # another process may take the free port first
    if start; then started=true; break; fi
    [[ -n $pid ]] && kill -KILL "$pid" 2>/dev/null; pid=""
  done
  if ! $started; then
    bad "$label: start with REAPI_EMULATOR_HOST=0.0.0.0 REAPI_EMULATOR_PORT=<free port>, no flags"
    sed 's/^/      stderr: /' "$work/stderr"
    return
  fi
  check "$label: ready line is reapi-emulator listening on http://0.0.0.0:$port" \
    test "$(cat "$work/stdout")" = "reapi-emulator listening on http://0.0.0.0:$port"
  status="$(submit '{"model":"z-image","prompt":"a red fox"}')"
  answer "$label: submit z-image (embedded model definitions) answers 200 with a task_ id" 200 '"id":"task_[0-9a-f]{32}"'
  status="$(submit '{"model":"z-image"}')"
  answer "$label: a submit without prompt answers 400 with code 20002 \"prompt is required\"" 400 '"code":20002,"message":"prompt is required"'
  check "$label: healthcheck (the image's HEALTHCHECK, same variables) exits 0" healthcheck
  kill -TERM "$pid"
  for _ in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  wait "$pid"; code=$?; pid=""
  check "$label: SIGTERM stops it with exit code 0" test "$code" = 0
  healthcheck; code=$?
  check "$label: healthcheck after the stop exits 1" test "$code" = 1
  [[ $failed -eq 0 ]] || sed 's/^/      stderr: /' "$work/stderr"
}

mode=directory dir="$work/empty"
mkdir "$dir" && cp "$binary" "$dir/reapi-emulator"
echo "empty directory: $dir"
exercise "empty directory"
check "empty directory: nothing was written to it" test "$(ls -A "$dir")" = "reapi-emulator"

if ! $static; then
  skip "minimal root: only for a --static-swift-stdlib binary"
elif [[ $(id -u) != 0 ]] || ! /usr/bin/unshare --mount true 2>/dev/null; then
  skip "minimal root: needs root and unshare --mount (chroot, mount /proc)"
else
  mode=root dir="$work/root"
  mkdir -p "$dir/proc" && cp "$binary" "$dir/reapi-emulator"
  for library in $(ldd "$binary" | awk '$3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'); do
    mkdir -p "$dir$(dirname "$library")" && cp -L "$library" "$dir$library"
  done
  echo "minimal root: $dir holds $(cd "$dir" && find . -type f | sort | tr '\n' ' ')"
  exercise "minimal root"
fi

if [[ $failed -gt 0 ]]; then
  echo "runtime-check: FAIL ($failed failed, $passed passed)"
  exit 1
fi
echo "runtime-check: PASS ($passed checks)"
