"use strict";
// `await using emu = await startEmulator()` needs Symbol.asyncDispose; Node releases before 18.18
// and 20.4 lack it. The same polyfill TypeScript's down-level `using` expects.
if (typeof Symbol.asyncDispose !== "symbol") {
  Object.defineProperty(Symbol, "asyncDispose", { value: Symbol("Symbol.asyncDispose") });
}
