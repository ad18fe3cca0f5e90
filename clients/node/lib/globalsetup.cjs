"use strict";
// One emulator for a whole test run, shared by the Vitest and Jest global set-ups.
const { URL_VARIABLE } = require("./connect.cjs");
const { startEmulator } = require("./emulator.cjs");

/** Options from the environment: REAPI_EMULATOR_SCENARIO, REAPI_EMULATOR_PROVIDER are read by the binary itself. */
async function startForRun(options = {}) {
  const emulator = await startEmulator(options);
  process.env[URL_VARIABLE] = emulator.baseUrl;
  return emulator;
}

async function stopForRun(emulator) {
  if (process.env[URL_VARIABLE] === emulator.baseUrl) delete process.env[URL_VARIABLE];
  await emulator.stop();
}

module.exports = { startForRun, stopForRun };
