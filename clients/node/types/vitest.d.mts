export * from "./vitest.js";
import setup from "./vitest.js";
export default setup;
