import type { StartOptions } from "./index";

/** Jest's globalSetup: starts one emulator for the run; pair with reapi-emulator/jest/teardown. */
declare function globalSetup(): Promise<void>;
declare namespace globalSetup {
  /** A globalSetup function starting the emulator with these options. */
  function emulatorSetup(options?: StartOptions): () => Promise<void>;
}
export = globalSetup;
