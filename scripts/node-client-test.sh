#!/usr/bin/env bash
# The npm package's tests (Tests/CLITests/NodeClientTests.swift runs this from `swift test`):
#  1. clients/node's own tests, `node --test`, against the binary in REAPI_EMULATOR_BIN;
#  2. the user's path: scripts/build-npm.sh packs both packages with that binary, an empty scratch
#     project installs the two tarballs with npm --offline (an empty cache, an unreachable
#     registry), the README's Vitest file is compiled there with `tsc --strict`, and runs with the
#     package's Vitest set-up and node:test standing in for Vitest — alone, then two copies in two
#     worker processes at once — with no REAPI_EMULATOR_BIN and no emulator on the PATH, so the
#     binary comes from the platform package.
# Usage: REAPI_EMULATOR_BIN=path/to/reapi-emulator scripts/node-client-test.sh
# Needs: node (>= 18), npm, tsc (Debian: nodejs npm node-typescript), strip.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$(pwd)"
step() { printf '\nnode-client-test: %s\n' "$*"; }
fail() { printf 'node-client-test: FAIL: %s\n' "$*" >&2; exit 1; }
for tool in node npm tsc strip; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done
[ -x "${REAPI_EMULATOR_BIN:-}" ] || fail "REAPI_EMULATOR_BIN must name the built reapi-emulator"
BIN="$(cd "$(dirname "$REAPI_EMULATOR_BIN")" && pwd)/$(basename "$REAPI_EMULATOR_BIN")"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# A summary line of node:test ("# pass 17") or of run-workers.mjs ("passed 4 failed 0") must show
# passes and no failure, skip or cancellation.
check_node_test() {
    local log="$1"
    grep -q '^# pass [1-9]' "$log" && grep -q '^# fail 0$' "$log" && grep -q '^# skipped 0$' "$log" \
        && grep -q '^# cancelled 0$' "$log" || fail "node --test: $(grep -E '^# (tests|pass|fail|cancelled|skipped)' "$log" | tr '\n' ' ')"
}

step "node $(node --version), npm $(npm --version), $(tsc --version); binary $BIN"

step "1. the package's own tests (node --test)"
(cd clients/node && REAPI_EMULATOR_BIN="$BIN" node --test test/*.test.mjs) > "$WORK/own.log" 2>&1 || true
cat "$WORK/own.log"
check_node_test "$WORK/own.log"

step "2. npm pack both packages"
mapfile -t TARBALLS < <(REAPI_EMULATOR_BIN="$BIN" scripts/build-npm.sh "$WORK/dist")
[ "${#TARBALLS[@]}" = 2 ] || fail "build-npm.sh printed ${#TARBALLS[@]} tarballs"

step "3. an empty project installs the two tarballs with no network"
PROJECT="$WORK/project"
mkdir -p "$PROJECT"
cp -R clients/node/test/vitest-shim "$WORK/vitest-shim"
cp clients/node/test/user/run-workers.mjs "$PROJECT/"
cd "$PROJECT"
printf '{"name": "scratch", "private": true, "type": "module"}\n' > package.json
npm install --offline --no-audit --no-fund --cache "$WORK/npm-cache" --registry http://127.0.0.1:9/ \
    "${TARBALLS[@]}" "$WORK/vitest-shim" 2>&1 | tail -5
[ -x node_modules/reapi-emulator-linux-x64/bin/reapi-emulator ] \
    || fail "node_modules/reapi-emulator-linux-x64/bin/reapi-emulator is missing or not executable"
node -e 'const lock = require("./package-lock.json").packages;
const platform = lock["node_modules/reapi-emulator-linux-x64"];
if (!platform || !platform.resolved.startsWith("file:")) throw new Error("platform package not from the tarball: " + JSON.stringify(platform));'

step "4. the README's Vitest file, compiled with tsc --strict"
node -e '
const fs = require("node:fs");
const blocks = process.argv.slice(1).map((readme) => {
  const found = fs.readFileSync(readme, "utf8").match(/<!-- file: reapi\.test\.ts -->\n```ts\n([\s\S]*?)\n```\n/);
  if (!found) throw new Error(`${readme} has no reapi.test.ts block`);
  return found[1] + "\n";
});
if (blocks[0] !== blocks[1]) throw new Error("README.md and clients/node/README.md show different reapi.test.ts files");
fs.mkdirSync("test");
fs.writeFileSync("test/reapi.test.ts", blocks[0]);
fs.writeFileSync("test/reapi-copy.test.ts", blocks[0]);
' "$REPO/README.md" "$REPO/clients/node/README.md"
cat > tsconfig.json <<'JSON'
{"compilerOptions": {"strict": true, "target": "es2022", "module": "node16", "moduleResolution": "node16",
  "lib": ["es2022", "dom"], "types": [], "outDir": "out", "skipLibCheck": false, "forceConsistentCasingInFileNames": true},
 "include": ["test/*.ts", "types-check.ts", "types-check.cts"]}
JSON
# What a user's editor would complete: the envelopes, the control answers, the CommonJS face.
cat > types-check.ts <<'TS'
import { startEmulator, type ApiInOneTask, type CanonicalTask, type ImagenTask, type TaskDetail } from "reapi-emulator";
import setup, { emulatorSetup } from "reapi-emulator/vitest";
export async function check(task: CanonicalTask, imagen: ImagenTask, aio: ApiInOneTask): Promise<string | undefined> {
  const emu = await startEmulator({ scenario: { default_credits: 10 }, clock: "virtual", seed: 1, args: ["--threads", "2"] });
  const session = await emu.session({ timeScale: 60, clock: "real" });
  const detail: TaskDetail = await session.task(task.id);
  const markdown: string = await emu.report({ format: "markdown" });
  const credits: number | undefined = (await emu.account("rk_test_1"))?.ledger[0]?.amount;
  await emu[Symbol.asyncDispose]();
  void [setup, emulatorSetup({ provider: "apiinone" }), detail.timeline[0].at_unix, markdown, credits];
  return task.output?.image_urls[0] ?? imagen.data.result?.images[0].url ?? aio.data.output?.image_urls[0];
}
TS
cat > types-check.cts <<'TS'
import reapi = require("reapi-emulator");
import jestSetup = require("reapi-emulator/jest");
import jestTeardown = require("reapi-emulator/jest/teardown");
export const cjs: Array<unknown> = [reapi.startEmulator, reapi.connectSession, jestSetup.emulatorSetup({ seed: 1 }), jestTeardown];
TS
tsc -p tsconfig.json || fail "tsc --strict"
ls out/test/reapi.test.js out/test/reapi-copy.test.js >/dev/null

step "5. the file runs: the package's Vitest set-up, node:test standing in for Vitest"
SCRUBBED=(env -u REAPI_EMULATOR_BIN -u REAPI_EMULATOR_URL PATH=/usr/bin:/bin:"$(dirname "$(command -v node)")")
"${SCRUBBED[@]}" sh -c '! command -v reapi-emulator' >/dev/null || fail "a reapi-emulator is on the scrubbed PATH"
for run in "1 out/test/reapi.test.js" "2 out/test/reapi.test.js out/test/reapi-copy.test.js"; do
    set -- $run
    concurrency="$1"; shift
    CONCURRENCY="$concurrency" "${SCRUBBED[@]}" node run-workers.mjs "$@" | tee "$WORK/run.log"
    grep -q "^binary $PROJECT/node_modules/reapi-emulator-linux-x64/bin/reapi-emulator$" "$WORK/run.log" \
        || fail "the binary was not the platform package's"
    grep -q "^passed $((2 * $#)) failed 0$" "$WORK/run.log" || fail "run-workers with concurrency $concurrency"
done

step "6. CommonJS: require() in the scratch project"
node -e 'const r = require("reapi-emulator"); if (typeof r.startEmulator !== "function" || typeof require("reapi-emulator/jest") !== "function") process.exit(1)' \
    || fail "require(\"reapi-emulator\")"
step "passed"
