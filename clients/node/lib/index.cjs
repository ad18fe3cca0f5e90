"use strict";
// reapi-emulator: start the emulator of the reAPI / API in One image APIs from JavaScript tests.
const { BINARY_VARIABLE, findBinary, platformPackageName } = require("./binary.cjs");
const { URL_VARIABLE, connectSession } = require("./connect.cjs");
const { ControlClient, Session } = require("./control.cjs");
const { READY_PREFIX, Emulator, startEmulator } = require("./emulator.cjs");
const { BinaryNotFoundError, ControlError, EmulatorError, StartError } = require("./errors.cjs");

module.exports = {
  BINARY_VARIABLE, URL_VARIABLE, READY_PREFIX,
  startEmulator, connectSession, findBinary, platformPackageName,
  ControlClient, Emulator, Session,
  EmulatorError, BinaryNotFoundError, StartError, ControlError,
};
