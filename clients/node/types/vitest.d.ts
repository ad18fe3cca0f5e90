import type { StartOptions } from "./index";

/** Vitest's globalSetup context, as far as this module uses it. */
export interface SetupContext {
  provide?(key: string, value: unknown): void;
}

/** Starts one emulator for the run; returns the teardown. */
export declare function setup(context?: SetupContext): Promise<() => Promise<void>>;
/** A globalSetup function starting the emulator with these options. */
export declare function emulatorSetup(options?: StartOptions): typeof setup;
/** `inject("reapiEmulatorUrl")` gives the emulator's base URL in a test. */
export declare const PROVIDE_KEY: "reapiEmulatorUrl";
export default setup;
