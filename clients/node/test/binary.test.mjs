// Where startEmulator looks for the executable: option, $REAPI_EMULATOR_BIN, platform package, PATH.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, test } from "node:test";
import { BinaryNotFoundError, findBinary, platformPackageName } from "reapi-emulator";
import { binary } from "./helpers.mjs";

let saved;
let dir;
beforeEach(() => {
  saved = { bin: process.env.REAPI_EMULATOR_BIN, path: process.env.PATH };
  dir = mkdtempSync(join(tmpdir(), "reapi-binary-"));
});
afterEach(() => {
  if (saved.bin === undefined) delete process.env.REAPI_EMULATOR_BIN;
  else process.env.REAPI_EMULATOR_BIN = saved.bin;
  process.env.PATH = saved.path;
  rmSync(dir, { recursive: true, force: true });
});

test("the binary option comes before $REAPI_EMULATOR_BIN", () => {
  process.env.REAPI_EMULATOR_BIN = "/nonexistent/reapi-emulator";
  assert.equal(findBinary(binary), binary);
});

test("a named place that holds no executable is an error, not skipped", () => {
  const plain = join(dir, "reapi-emulator");
  writeFileSync(plain, "not executable");
  process.env.REAPI_EMULATOR_BIN = plain;
  assert.throws(() => findBinary(), (error) => error instanceof BinaryNotFoundError
    && error.message === `REAPI_EMULATOR_BIN names ${JSON.stringify(plain)}, which is not an executable file`);
  assert.throws(() => findBinary(join(dir, "missing")), BinaryNotFoundError);
});

test("without option, variable or platform package, the PATH's reapi-emulator", () => {
  delete process.env.REAPI_EMULATOR_BIN;
  symlinkSync(binary, join(dir, "reapi-emulator"));
  process.env.PATH = `${join(dir, "empty")}:${dir}`;
  assert.equal(findBinary(), join(dir, "reapi-emulator"));
});

test("nothing anywhere: the error names every place looked at", () => {
  delete process.env.REAPI_EMULATOR_BIN;
  process.env.PATH = dir;
  assert.throws(() => findBinary(), (error) => {
    assert.ok(error instanceof BinaryNotFoundError);
    for (const place of ["binary option (not set)", "REAPI_EMULATOR_BIN (not set)",
      `the ${platformPackageName()} package (not installed)`, "reapi-emulator on the PATH (not found)"]) {
      assert.ok(error.message.includes(place), `${place} in ${error.message}`);
    }
    return true;
  });
  assert.equal(platformPackageName("linux", "x64"), "reapi-emulator-linux-x64");
});
