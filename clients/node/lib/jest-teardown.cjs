"use strict";
// reapi-emulator/jest/teardown: Jest's globalTeardown; stops the emulator reapi-emulator/jest started
// (Jest runs both in the same process).
const { stopForRun } = require("./globalsetup.cjs");
const { KEY } = require("./jest.cjs");

async function globalTeardown() {
  const emulator = globalThis[KEY];
  delete globalThis[KEY];
  if (emulator) await stopForRun(emulator);
}

module.exports = globalTeardown;
module.exports.default = globalTeardown;
