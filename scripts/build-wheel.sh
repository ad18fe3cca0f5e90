#!/usr/bin/env bash
# Builds the platform wheel of clients/python with the stripped static release binary inside,
# so that `pip install reapi_emulator-….whl` is the whole set-up (plus the Debian runtime
# libraries listed in clients/python/README.md), then installs it into a fresh virtual
# environment in an empty directory and starts the bundled binary once to prove it.
#
# Usage: scripts/build-wheel.sh [OUT_DIR]        (default: clients/python/dist)
# Needs: swift, python3 with venv, strip, objdump; fetches `build` and setuptools from PyPI.
# The tag is py3-none-manylinux_<glibc>_<arch>: <glibc> is the newest GLIBC_ symbol version
# the binary needs. It is "manylinux-style", not auditwheel-clean: libmicrohttpd, libpng and
# libjpeg come from the system, as in the Dockerfile's runtime stage.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(mkdir -p "${1:-clients/python/dist}" && cd "${1:-clients/python/dist}" && pwd)"
step() { printf 'build-wheel: %s\n' "$*" >&2; }

step "swift build -c release --static-swift-stdlib"
swift build -c release --static-swift-stdlib >&2
BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/reapi-emulator"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/pkg"
cp -R clients/python/pyproject.toml clients/python/README.md clients/python/src "$STAGE/pkg/"
find "$STAGE/pkg" -name __pycache__ -prune -exec rm -rf {} + -o -name '*.egg-info' -prune -exec rm -rf {} +
mkdir -p "$STAGE/pkg/src/reapi_emulator/bin"
strip -o "$STAGE/pkg/src/reapi_emulator/bin/reapi-emulator" "$BIN"
chmod 0755 "$STAGE/pkg/src/reapi_emulator/bin/reapi-emulator"

glibc="$(objdump -T "$BIN" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -t. -k1,1n -k2,2n | tail -1)"
[[ $glibc =~ ^([0-9]+)\.([0-9]+) ]] || { echo "build-wheel: no GLIBC version in $BIN" >&2; exit 1; }
TAG="manylinux_${BASH_REMATCH[1]}_${BASH_REMATCH[2]}_$(uname -m)"
step "platform tag $TAG (newest glibc symbol: $glibc)"

python3 -m venv "$STAGE/build-env"
"$STAGE/build-env/bin/pip" install -q build >&2
"$STAGE/build-env/bin/python" -m build --wheel --outdir "$STAGE/out" \
    "-C--build-option=--plat-name=$TAG" "$STAGE/pkg" >&2
WHEEL="$(ls "$STAGE/out"/*.whl)"
[[ $WHEEL == *"-py3-none-$TAG.whl" ]] || { echo "build-wheel: unexpected wheel name $WHEEL" >&2; exit 1; }

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
