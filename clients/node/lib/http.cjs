"use strict";
// The few HTTP calls the package makes to a running emulator, on Node's global fetch.
const { ControlError } = require("./errors.cjs");

/** Milliseconds any one control call may take: the emulator answers in milliseconds, but an advance
 * waits for the webhook attempts that fall due (5 s each at most). This only bounds a wedge. */
const TIMEOUT_MS = 60_000;

/** Sends one request; returns `{ status, text }` whatever the status (network errors throw). */
async function call(method, url, { json, text, headers = {} } = {}) {
  const init = { method, headers: { ...headers }, signal: AbortSignal.timeout(TIMEOUT_MS) };
  if (json !== undefined) {
    init.body = JSON.stringify(json);
    init.headers["Content-Type"] = "application/json";
  } else if (text !== undefined) {
    init.body = text;
  }
  const response = await fetch(url, init);
  return { status: response.status, text: await response.text() };
}

/** A control call that must succeed: its JSON answer (or text), else ControlError with the body. */
async function control(method, url, options = {}) {
  const answer = await call(method, url, options);
  if (answer.status < 200 || answer.status > 299) {
    throw new ControlError(method, url, answer.status, answer.text);
  }
  if (options.raw) return answer.text;
  return answer.text ? JSON.parse(answer.text) : null;
}

module.exports = { TIMEOUT_MS, call, control };
