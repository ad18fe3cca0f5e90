#!/usr/bin/env bash
# The platform wheel on a machine that has Python and nothing else: a Debian bookworm root file
# system made with mmdebstrap from python3 and python3-venv alone (no libmicrohttpd, libpng,
# libjpeg, GnuTLS …; the script checks), run with podman. Inside it: a fresh venv, the wheel and
# pytest installed from local files (no network), then the package's user-suite example
# (clients/python/tests/test_user_suite.py) run through the pytest plugin, which starts the
# binary inside the wheel. Also prints `auditwheel show` and the wheel's size.
#
# Usage: scripts/wheel-test.sh [WHEEL]     (default: scripts/build-wheel.sh builds one)
# Needs: root, podman, runc, mmdebstrap, python3 with venv; pytest comes from PyPI (pip download).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf 'wheel-test: %s\n' "$*" >&2; }
fail() { say "FAIL: $*"; exit 1; }
for tool in podman runc mmdebstrap python3; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
printf '[containers]\ndefault_ulimits = []\n[engine]\nruntime = "runc"\n' >"$WORK/containers.conf"
export CONTAINERS_CONF="$WORK/containers.conf"
MIRROR="${REAPI_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
ROOTFS_IMAGE="localhost/reapi-wheel-test-python:bookworm"

WHEEL="${1:-}"
if [ -z "$WHEEL" ]; then
  WHEEL="$(scripts/build-wheel.sh "$WORK/dist" | tail -1)"
fi
[ -f "$WHEEL" ] || fail "no wheel at $WHEEL"

# auditwheel's verdict on the wheel, and its size.
python3 -m venv "$WORK/tools"
"$WORK/tools/bin/pip" install -q --disable-pip-version-check "auditwheel>=6" >&2
"$WORK/tools/bin/auditwheel" show "$WHEEL" >"$WORK/show.txt"
cat "$WORK/show.txt" >&2
tr -s ' \n' ' ' <"$WORK/show.txt" | grep -qE 'consistent with the following platform tag: "?manylinux_' \
  || fail "auditwheel show names no manylinux policy"

# pytest and its dependencies as local wheels, for an install without network.
mkdir -p "$WORK/wheelhouse"
"$WORK/tools/bin/pip" download -q --disable-pip-version-check --only-binary=:all: -d "$WORK/wheelhouse" "pytest>=7" >&2
cp "$WHEEL" "$WORK/wheelhouse/"

if [ -n "${REAPI_CONTAINER_REBUILD_BASES:-}" ] || ! podman image exists "$ROOTFS_IMAGE"; then
  say "building $ROOTFS_IMAGE: Debian bookworm with python3 and python3-venv only (mmdebstrap)"
  mmdebstrap --variant=minbase --quiet --include=python3,python3-venv bookworm - "$MIRROR" \
    | podman import --change 'CMD ["bash"]' - "$ROOTFS_IMAGE" >/dev/null 2>&1
fi

mkdir -p "$WORK/suite"
cp clients/python/tests/conftest.py clients/python/tests/sessions_stub.py \
   clients/python/tests/imagegen_client.py clients/python/tests/test_user_suite.py "$WORK/suite/"

say "installing $(basename "$WHEEL") into a bare bookworm root file system and running the suite"
podman run --rm --network=none \
  -v "$WORK/wheelhouse:/wheelhouse:ro" -v "$WORK/suite:/suite:ro" \
  -e WHEEL="/wheelhouse/$(basename "$WHEEL")" "$ROOTFS_IMAGE" bash -euo pipefail -c '
    for lib in libmicrohttpd.so.12 libpng16.so.16 libjpeg.so.62; do
      if ldconfig -p | grep -q "$lib"; then echo "wheel-test: the root file system has $lib" >&2; exit 1; fi
    done
    echo "wheel-test: the root file system has none of libmicrohttpd, libpng, libjpeg" >&2
    python3 -m venv /tmp/venv
    /tmp/venv/bin/pip install -q --disable-pip-version-check --no-index --find-links /wheelhouse "$WHEEL" "pytest>=7"
    # GnuTLS is in every Debian base (apt needs it): the binary must load the copies inside the
    # wheel, found through its RPATH, and nothing else from outside it but glibc, libstdc++,
    # libgcc_s and zlib (auditwheel leaves libz.so.1 out: the manylinux policies list it as
    # present on every system).
    bin="$(/tmp/venv/bin/python -c "import reapi_emulator.binary as b; print(b.bundled_binary())")"
    ldd "$bin" >&2
    outside="$(ldd "$bin" | grep "=> /" | grep -v "reapi_emulator.libs/" \
               | grep -vE "/(libc|libm|libstdc\+\+|libgcc_s|libz)\.so" || true)"
    if [ -n "$outside" ]; then echo "wheel-test: libraries loaded from outside the wheel: $outside" >&2; exit 1; fi
    echo "wheel-test: every library but glibc, libstdc++, libgcc_s and zlib loads from the wheel" >&2
    cd /tmp && env -u REAPI_EMULATOR_BIN /tmp/venv/bin/python -m pytest -q -p no:cacheprovider /suite/test_user_suite.py
  ' | tee "$WORK/pytest.log" >&2
grep -qE '^[0-9]+ passed' "$WORK/pytest.log" || fail "the suite did not pass"
size="$(stat -c %s "$WHEEL")"
echo "wheel-test: PASS ($(tail -1 "$WORK/pytest.log"); wheel $(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $(basename "$WHEEL"))"
