// What the package's tests share: the binary under test and a plain client of the provider API.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

/** The emulator under test: $REAPI_EMULATOR_BIN (the suite sets it to the built binary). */
export const binary = process.env.REAPI_EMULATOR_BIN;
assert.ok(binary, "set REAPI_EMULATOR_BIN to a built reapi-emulator to run these tests");

/** Calls the provider API under `baseUrl` with `key`; resolves to { status, headers, body }. */
export async function call(baseUrl, path, { body, key = "rk_test_1" } = {}) {
  const response = await fetch(baseUrl + path, {
    method: body === undefined ? "GET" : "POST",
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

export const submit = (baseUrl, body = { model: "z-image", prompt: "a red fox" }, key) =>
  call(baseUrl, "/api/v1/images/generations", { body, key });

/** True while a process with this pid runs (a zombie waiting for its reaper has ended). */
function alive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** Resolves once `pid` is gone; rejects after `timeoutMs` (a bound, not a figure: on a loaded machine
 * an emulator has taken 17 s to finish after SIGTERM). */
export async function gone(pid, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > deadline) throw new Error(`process ${pid} still runs after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
