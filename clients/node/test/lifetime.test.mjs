// The emulator never outlives the Node process that started it.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { binary, gone } from "./helpers.mjs";

const index = fileURLToPath(new URL("../esm/index.mjs", import.meta.url));

/** A Node process that starts an emulator, prints its pid once it answered health, then runs `then`. */
async function parent(then) {
  const code = `import { startEmulator } from ${JSON.stringify(index)};
const emu = await startEmulator({ binary: ${JSON.stringify(binary)} });
if ((await emu.health()).status !== "ok") process.exit(3);
console.log(emu.pid);
${then}`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  const [chunk] = await once(child.stdout, "data");
  const pid = Number(String(chunk).trim());
  assert.ok(pid > 0, `a pid, not ${chunk}`);
  return { child, pid };
}

test("a parent killed with SIGKILL takes the emulator with it (the watchdog)", { timeout: 120_000 }, async () => {
  const { child, pid } = await parent("setInterval(() => {}, 1000);");
  child.kill("SIGKILL");
  await once(child, "exit");
  await gone(pid);
});

test("a parent that forgets stop() exits by itself and the emulator ends with it", { timeout: 120_000 }, async () => {
  const { child, pid } = await parent("");
  const [code] = await once(child, "exit");
  assert.equal(code, 0);
  await gone(pid);
});

test("SIGTERM to a parent with no handler of its own ends both", { timeout: 120_000 }, async () => {
  const { child, pid } = await parent("setInterval(() => {}, 1000);");
  child.kill("SIGTERM");
  const [, signal] = await once(child, "exit");
  assert.equal(signal, "SIGTERM");
  await gone(pid);
});
