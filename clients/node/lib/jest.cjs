"use strict";
// reapi-emulator/jest: a Jest globalSetup module (pair it with reapi-emulator/jest/teardown).
// One emulator for the run; the workers, forked after it, find its URL in $REAPI_EMULATOR_URL
// and each test file opens its own session with connectSession().
const { startForRun } = require("./globalsetup.cjs");

const KEY = Symbol.for("reapi-emulator.jest");

/** A Jest globalSetup function starting the emulator with `options` (those of startEmulator). */
function emulatorSetup(options = {}) {
  return async function globalSetup() {
    globalThis[KEY] = await startForRun(options);
  };
}

const globalSetup = emulatorSetup();

module.exports = globalSetup;
module.exports.default = globalSetup;
module.exports.emulatorSetup = emulatorSetup;
module.exports.KEY = KEY;
