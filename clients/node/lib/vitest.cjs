"use strict";
// reapi-emulator/vitest: a Vitest globalSetup module. One emulator for the run; its URL reaches the
// workers as $REAPI_EMULATOR_URL and as `inject("reapiEmulatorUrl")`; each test file opens its
// own session with connectSession().
const { startForRun, stopForRun } = require("./globalsetup.cjs");

/** The key under which the emulator's base URL is provided to the workers. */
const PROVIDE_KEY = "reapiEmulatorUrl";

/** A globalSetup function starting the emulator with `options` (those of startEmulator). */
function emulatorSetup(options = {}) {
  return async function setup(context) {
    const emulator = await startForRun(options);
    if (context && typeof context.provide === "function") context.provide(PROVIDE_KEY, emulator.baseUrl);
    return () => stopForRun(emulator);
  };
}

const setup = emulatorSetup();

module.exports = setup;
module.exports.default = setup;
module.exports.setup = setup;
module.exports.emulatorSetup = emulatorSetup;
module.exports.PROVIDE_KEY = PROVIDE_KEY;
