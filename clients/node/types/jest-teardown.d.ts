/** Jest's globalTeardown: stops the emulator reapi-emulator/jest started. */
declare function globalTeardown(): Promise<void>;
export = globalTeardown;
