"use strict";
// A test worker's own session of the emulator a global set-up started (reapi-emulator/vitest,
// reapi-emulator/jest): the set-up puts the emulator's URL in $REAPI_EMULATOR_URL.
const { openSession } = require("./control.cjs");
const { EmulatorError } = require("./errors.cjs");

/** The variable a global set-up puts the running emulator's base URL in. */
const URL_VARIABLE = "REAPI_EMULATOR_URL";

/** `worker-<n>` from Vitest's or Jest's worker number, else `pid-<pid>`. */
function workerName() {
  const worker = process.env.VITEST_POOL_ID || process.env.JEST_WORKER_ID;
  return worker ? `worker-${worker}` : `pid-${process.pid}`;
}

/**
 * Opens a new session of the run's emulator: its own clock (virtual unless `clock` says), scenario,
 * accounts, tasks and journal. `url` defaults to $REAPI_EMULATOR_URL (Vitest: `inject("reapiEmulatorUrl")`).
 */
function connectSession(options = {}) {
  const { url = process.env[URL_VARIABLE], name = workerName(), ...rest } = options;
  if (!url) {
    return Promise.reject(new EmulatorError(`${URL_VARIABLE} is not set: add "reapi-emulator/vitest" to Vitest's ` +
      `globalSetup (or "reapi-emulator/jest" to Jest's), or pass { url } of a running emulator`));
  }
  return openSession(url, { name, ...rest });
}

module.exports = { URL_VARIABLE, connectSession, workerName };
