// The ES module face of reapi-emulator/vitest (lib/vitest.cjs).
import vitest from "../lib/vitest.cjs";

export const { setup, emulatorSetup, PROVIDE_KEY } = vitest;
export default vitest.setup;
