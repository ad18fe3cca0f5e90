#!/usr/bin/env bash
# Builds the repository's Dockerfile as it is committed, with podman (no daemon, no registry),
# runs the image as a CI service would, and checks what docs/container.md promises:
#   - every stage builds (`podman build --pull=never --format docker`: the OCI format would drop
#     the HEALTHCHECK, which Docker's format keeps): the base images the Dockerfile names,
#     swift:6.3-bookworm and debian:bookworm-slim, are stood in for by local images built from
#     Debian's packages with mmdebstrap (cached: built once per machine, reused by every run);
#     the Swift toolchain on this machine is mounted into the build stage, with a git mirror of
#     the Swift packages when this machine reads them from one (git's url.*.insteadOf);
#   - run with -p on a loopback port, configured by environment variables only, a scenario
#     (a virtual clock) mounted read-only;
#   - health through the mapped port, then scripts/walkthrough.sh through it (submit, advance the
#     clock, poll, download the image, its expiry, the ledger), then a video clip with sound
#     (decoded with ffprobe: H.264 and MP3, so the image's codec libraries load);
#   - `podman healthcheck run` (the image's HEALTHCHECK), the user it runs as (not root);
#   - SIGTERM (`podman stop`) stops it within the documented drain, exit code 0;
#   - prints the image size.
#
# Usage: scripts/container-test.sh            (needs podman, runc, mmdebstrap, curl, swift, python3, ffprobe; root)
# Environment: REAPI_CONTAINER_REBUILD_BASES=1 rebuilds the stand-in base images;
#   REAPI_CONTAINER_BINARY_OUT=path copies the image's release binary there (scripts/wheel-test.sh
#   packs it: REAPI_WHEEL_BINARY); REAPI_CONTAINER_SKIP_BUILD=1 runs the image the last run built
#   (for iterating on the run-time checks).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf 'container-test: %s\n' "$*" >&2; }
fail() { say "FAIL: $*"; exit 1; }

for tool in podman runc mmdebstrap curl swift python3 ffprobe; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done

# crun cannot raise rlimits in some sandboxes (setrlimit RLIMIT_NOFILE: Operation not permitted):
# runc, and no default ulimits, for this script's podman calls only.
WORK="$(mktemp -d)"
NAME="reapi-emulator-test-$$"
cleanup() { podman rm -f "$NAME" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
printf '[containers]\ndefault_ulimits = []\n[engine]\nruntime = "runc"\n' >"$WORK/containers.conf"
export CONTAINERS_CONF="$WORK/containers.conf"

IMAGE="localhost/reapi-emulator:container-test"
BUILDER="docker.io/library/swift:6.3-bookworm"
RUNTIME="docker.io/library/debian:bookworm-slim"
MIRROR="${REAPI_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# The toolchain directory holding usr/bin/swift.
TOOLCHAIN="$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")"
# Where git reads github.com packages from on this machine (empty: from github.com itself).
PACKAGES_MIRROR="$(git config --get-regexp '^url\..*\.insteadof$' 'https://github.com/' 2>/dev/null \
                   | sed -nE 's/^url\.(.*)\.insteadof .*/\1/p' | head -1)"

# A stand-in is rebuilt when missing, when asked, or when its recipe below changed (the
# runtime stand-in's reapi.standin label names its recipe's version).
RUNTIME_RECIPE=2
needs_build() {
  [ -n "${REAPI_CONTAINER_REBUILD_BASES:-}" ] && return 0
  podman image exists "$1" || return 0
  [ -n "${2:-}" ] && [ "$(podman image inspect --format '{{index .Labels "reapi.standin"}}' "$1")" != "$2" ]
}
tag_both() { podman tag "$1" "$2" "localhost/${2#docker.io/library/}"; }

# --- stand-in base images -------------------------------------------------------------------
if needs_build "$RUNTIME" "$RUNTIME_RECIPE"; then
  say "building the stand-in for $RUNTIME (mmdebstrap, minbase, slimmed as Docker Hub's -slim)"
  # As the official image: no man pages, documentation or locales, and apt keeps no package
  # caches or lists in the image (its docker-clean settings).
  mmdebstrap --variant=minbase --quiet \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' \
    --aptopt='Dir::Cache::pkgcache ""' --aptopt='Dir::Cache::srcpkgcache ""' \
    --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin' \
    bookworm - "$MIRROR" \
    | podman import --change 'CMD ["bash"]' --change "LABEL reapi.standin=$RUNTIME_RECIPE" - "$RUNTIME" >/dev/null 2>&1
  tag_both "$RUNTIME" "$RUNTIME"
fi
if needs_build "$BUILDER"; then
  say "building the stand-in for $BUILDER (mmdebstrap; the toolchain $TOOLCHAIN is mounted at build time)"
  # The packages the official swift images add to Debian for the toolchain to compile and link.
  gitconfig="[safe]\n\tdirectory = *\n"
  if [ -n "$PACKAGES_MIRROR" ]; then
    gitconfig+="[url \"$PACKAGES_MIRROR\"]\n\tinsteadOf = https://github.com/\n"
  fi
  mmdebstrap --variant=minbase --quiet \
    --include=binutils,git,libc6-dev,libcurl4-openssl-dev,libedit2,libgcc-12-dev,libpython3.11,libsqlite3-0,libstdc++-12-dev,libxml2-dev,libncurses6,libz3-4,pkg-config,tzdata,zlib1g-dev,ca-certificates \
    --customize-hook="printf '$gitconfig' > \"\$1/etc/gitconfig\"" \
    bookworm - "$MIRROR" \
    | podman import --change "ENV PATH=$TOOLCHAIN/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
        --change 'CMD ["bash"]' - "$BUILDER" >/dev/null 2>&1
  tag_both "$BUILDER" "$BUILDER"
fi

# --- the Dockerfile, unchanged ----------------------------------------------------------------
mounts=(--volume "$TOOLCHAIN:$TOOLCHAIN:ro")
[ -n "$PACKAGES_MIRROR" ] && mounts+=(--volume "$PACKAGES_MIRROR:$PACKAGES_MIRROR:ro")
if [ -n "${REAPI_CONTAINER_SKIP_BUILD:-}" ] && podman image exists "$IMAGE"; then
  say "REAPI_CONTAINER_SKIP_BUILD: running the image built before ($IMAGE)"
else
  say "podman build (every stage of ./Dockerfile)"
  started=$SECONDS
  podman build --pull=never --network=host --format docker "${mounts[@]}" -f Dockerfile -t "$IMAGE" . >"$WORK/build.log" 2>&1 \
    || { tail -40 "$WORK/build.log" >&2; fail "podman build failed"; }
  say "built in $((SECONDS - started)) s"
fi

# --- run it as a CI service would -----------------------------------------------------------
# Without systemd podman cannot set up its healthcheck timers and says so on every run and stop;
# `podman healthcheck run` below runs the HEALTHCHECK by hand.
QUIET='unable to get systemd connection'

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$port"
# The walk-through's scenario: a virtual clock, every key welcome (ci-virtual.yaml names its own
# accounts), mounted read-only as a CI job mounts its checkout's scenarios.
mkdir -p "$WORK/scenarios"
printf 'name: container-test\nclock: virtual\nseed: 42\n' >"$WORK/scenarios/walkthrough.yaml"
chmod -R a+rX "$WORK"
podman run -d --name "$NAME" -p "127.0.0.1:$port:8080" \
  -e REAPI_EMULATOR_SCENARIO=/scenarios/walkthrough.yaml -e REAPI_EMULATOR_PUBLIC_URL="$BASE" \
  -v "$WORK/scenarios:/scenarios:ro" "$IMAGE" 2> >(grep -v "$QUIET" >&2) >/dev/null

healthy=""
for _ in $(seq 1 300); do
  if curl -fsS -m 2 "$BASE/_emulator/health" >"$WORK/health" 2>/dev/null; then healthy=1; break; fi
  [ "$(podman inspect --format '{{.State.Running}}' "$NAME")" = true ] || break
  sleep 0.1
done
[ -n "$healthy" ] || { podman logs "$NAME" >&2; fail "no health answer on $BASE"; }
say "health on $BASE: $(cat "$WORK/health")"

scripts/walkthrough.sh "$BASE" >"$WORK/walkthrough.log" 2>&1 \
  || { cat "$WORK/walkthrough.log" >&2; fail "the walk-through through the mapped port failed"; }
say "walk-through (submit, advance, poll, image download, expiry, ledger) through the mapped port: PASS"

# A result clip with sound through the mapped port: the image's libx264 and LAME at work,
# checked by decoding the served bytes (ffprobe on this machine names both streams).
auth='Authorization: Bearer rk_test_container'
clip="$(curl -fsS "$BASE/api/v1/videos/generations" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"model":"doubao-seedance-2.0","prompt":"container test","duration":5,"resolution":"720p","size":"16:9","generate_audio":true}' \
  | sed -nE 's/.*"id":"([^"]+)".*/\1/p')"
[ -n "$clip" ] || fail "no task id for a video submit"
curl -fsS -X POST "$BASE/_emulator/clock/advance" -d '{"seconds": 7200}' >/dev/null
clip_url="$(curl -fsS "$BASE/api/v1/tasks/$clip" -H "$auth" | sed -nE 's/.*"video_urls":\["([^"]+)".*/\1/p')"
[ -n "$clip_url" ] || fail "the video task names no video URL after two hours"
curl -fsS -o "$WORK/clip.mp4" "$clip_url" || fail "downloading $clip_url failed"
streams="$(ffprobe -v error -show_entries stream=codec_name -of csv=p=0 "$WORK/clip.mp4" | sort | tr '\n' ' ')"
[ "$streams" = "h264 mp3 " ] || fail "the clip's streams are '$streams', not h264 and mp3"
say "video with sound (doubao-seedance-2.0, 5 s 720p) through the mapped port: $(stat -c %s "$WORK/clip.mp4") bytes, streams $streams"

podman healthcheck run "$NAME" >/dev/null || fail "podman healthcheck run: unhealthy"
say "podman healthcheck run: healthy"

uid="$(podman top "$NAME" huser user | awk 'NR == 2 {print $1 " (" $2 ")"}')"
[[ $uid == 10001* ]] || fail "the emulator runs as $uid, not as 10001"
say "runs as user $uid"

# SIGTERM: the drain waits at most 5 s for answers handed out (docs/limits.md#stopping); podman
# stop sends SIGKILL after 10 s, which the exit code would show (137).
started=$(date +%s%N)
podman stop -t 10 "$NAME" 2> >(grep -v "$QUIET" >&2) >/dev/null
stopped_ms=$(( ($(date +%s%N) - started) / 1000000 ))
code="$(podman inspect --format '{{.State.ExitCode}}' "$NAME")"
[ "$code" = 0 ] || { podman logs "$NAME" >&2; fail "exit code $code after SIGTERM (137: it was killed)"; }
podman logs "$NAME" 2>&1 | grep -q stopped || fail "no 'stopped' log line after SIGTERM"
[ "$stopped_ms" -le 5000 ] || fail "SIGTERM took $stopped_ms ms, more than the documented 5 s drain"
say "SIGTERM: exit code 0 after $stopped_ms ms (drain: at most 5 s)"

if [ -n "${REAPI_CONTAINER_BINARY_OUT:-}" ]; then
  podman cp "$NAME:/usr/local/bin/reapi-emulator" "$REAPI_CONTAINER_BINARY_OUT"
  say "the image's binary copied to $REAPI_CONTAINER_BINARY_OUT"
fi

size="$(podman image inspect --format '{{.Size}}' "$IMAGE")"
say "image $IMAGE: $((size / 1000000)) MB ($size bytes)"
echo "container-test: PASS (image $((size / 1000000)) MB)"
