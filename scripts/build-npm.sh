#!/usr/bin/env bash
# Packs the npm packages of clients/node: `reapi-emulator` (the JavaScript package) and the platform
# package `reapi-emulator-linux-<arch>` carrying the stripped static-stdlib release binary in
# bin/reapi-emulator (the esbuild pattern: the main package lists it in optionalDependencies and
# npm installs only the one whose os/cpu fields match). Prints the two tarballs' paths.
#
# Usage: scripts/build-npm.sh [OUT_DIR]             (default: clients/node/dist)
#   REAPI_EMULATOR_BIN=PATH packs that executable instead of building the release one (the suite
#   packs the debug build it already has this way; it is stripped the same).
# Needs: swift (without REAPI_EMULATOR_BIN), node, npm, strip. No network: npm only packs.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(mkdir -p "${1:-clients/node/dist}" && cd "${1:-clients/node/dist}" && pwd)"
step() { printf 'build-npm: %s\n' "$*" >&2; }

if [ -n "${REAPI_EMULATOR_BIN:-}" ]; then
    BIN="$REAPI_EMULATOR_BIN"
else
    step "swift build -c release --static-swift-stdlib"
    swift build -c release --static-swift-stdlib >&2
    BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/reapi-emulator"
fi
[ -x "$BIN" ] || { echo "build-npm: $BIN is not an executable" >&2; exit 1; }

case "$(uname -m)" in
    x86_64) ARCH=x64 ;;
    aarch64) ARCH=arm64 ;;
    *) echo "build-npm: no npm cpu name for $(uname -m)" >&2; exit 1 ;;
esac
PLATFORM="reapi-emulator-linux-$ARCH"
VERSION="$(node -p 'require("./clients/node/package.json").version')"
node -e '
const deps = require("./clients/node/package.json").optionalDependencies || {};
if (deps[process.argv[1]] !== process.argv[2]) {
  console.error(`build-npm: clients/node/package.json must list ${process.argv[1]}@${process.argv[2]} in optionalDependencies`);
  process.exit(1);
}' "$PLATFORM" "$VERSION"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/main" "$STAGE/platform/bin"
cp -R clients/node/package.json clients/node/README.md clients/node/lib clients/node/esm clients/node/types "$STAGE/main/"
cp clients/node/platform/README.md "$STAGE/platform/"
[ "$ARCH" = x64 ] || sed -i "s/linux-x64/linux-$ARCH/g; s/x86-64/$(uname -m)/" "$STAGE/platform/README.md"
strip -o "$STAGE/platform/bin/reapi-emulator" "$BIN"
chmod 0755 "$STAGE/platform/bin/reapi-emulator"
node -e '
const [name, version, cpu, file] = process.argv.slice(1);
const manifest = {
  name, version,
  description: `The reapi-emulator executable for Linux on ${cpu} (installed by the reapi-emulator package).`,
  license: require("./clients/node/package.json").license,
  os: ["linux"], cpu: [cpu],
  files: ["bin", "README.md"],
};
require("node:fs").writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
' "$PLATFORM" "$VERSION" "$ARCH" "$STAGE/platform/package.json"

for package in main platform; do
    (cd "$STAGE/$package" && npm pack --silent --pack-destination "$OUT" >/dev/null)
done
MAIN="$OUT/reapi-emulator-$VERSION.tgz"
PLAT="$OUT/$PLATFORM-$VERSION.tgz"
[ -f "$MAIN" ] && [ -f "$PLAT" ] || { echo "build-npm: npm pack did not write $MAIN and $PLAT" >&2; exit 1; }
tar -tvzf "$PLAT" package/bin/reapi-emulator | grep -q '^-rwx' \
    || { echo "build-npm: bin/reapi-emulator lost its executable bit in $PLAT" >&2; exit 1; }
step "$(du -h "$MAIN" | cut -f1) $MAIN"
step "$(du -h "$PLAT" | cut -f1) $PLAT"
echo "$MAIN"
echo "$PLAT"
