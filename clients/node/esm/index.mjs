// The ES module face of reapi-emulator: the same objects as the CommonJS one (lib/index.cjs).
import api from "../lib/index.cjs";

export const {
  BINARY_VARIABLE, URL_VARIABLE, READY_PREFIX,
  startEmulator, connectSession, findBinary, platformPackageName,
  ControlClient, Emulator, Session,
  EmulatorError, BinaryNotFoundError, StartError, ControlError,
} = api;
