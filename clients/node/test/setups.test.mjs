// The Vitest and Jest global set-ups, called as the runners call them, and the CommonJS face.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import vitestSetup, { PROVIDE_KEY, emulatorSetup } from "reapi-emulator/vitest";
import { URL_VARIABLE, connectSession } from "reapi-emulator";
import { binary, submit } from "./helpers.mjs";

const require = createRequire(import.meta.url);

test("reapi-emulator/vitest starts one emulator, provides its URL and tears it down", async () => {
  process.env.REAPI_EMULATOR_BIN = binary;
  const provided = {};
  const teardown = await vitestSetup({ provide: (key, value) => { provided[key] = value; } });
  const url = process.env[URL_VARIABLE];
  assert.equal(provided[PROVIDE_KEY], url);
  const session = await connectSession();
  assert.equal((await submit(session.baseUrl)).status, 200);
  await session.close();
  await teardown();
  assert.equal(process.env[URL_VARIABLE], undefined);
  await assert.rejects(fetch(`${url}/_emulator/health`));
});

test("emulatorSetup passes its options to startEmulator", async () => {
  const teardown = await emulatorSetup({ binary, provider: "apiinone" })({});
  const health = await (await fetch(`${process.env[URL_VARIABLE]}/_emulator/health`)).json();
  assert.equal(health.provider, "apiinone");
  await teardown();
});

test("reapi-emulator/jest and reapi-emulator/jest/teardown share the emulator through the process", async () => {
  process.env.REAPI_EMULATOR_BIN = binary;
  const globalSetup = require("reapi-emulator/jest");
  const globalTeardown = require("reapi-emulator/jest/teardown");
  await globalSetup({}, {});
  const url = process.env[URL_VARIABLE];
  assert.equal((await (await fetch(`${url}/_emulator/health`)).json()).status, "ok");
  await globalTeardown({}, {});
  assert.equal(process.env[URL_VARIABLE], undefined);
  await assert.rejects(fetch(`${url}/_emulator/health`));
});

test("require() gives the same API as import", async () => {
  const cjs = require("reapi-emulator");
  const esm = await import("reapi-emulator");
  for (const name of Object.keys(cjs)) assert.equal(esm[name], cjs[name], name);
  assert.deepEqual(Object.keys(esm).sort(), Object.keys(cjs).sort());
  assert.equal(typeof require("reapi-emulator/vitest"), "function");
});
