"use strict";
// The emulator never outlives the Node process that started it:
// - a watchdog (/bin/sh blocked reading a pipe from this process) sends it SIGTERM when the pipe
//   closes, which the kernel does however this process ends, SIGKILL included;
// - on exit, and on SIGINT/SIGTERM/SIGHUP when nothing else listens for them, it is sent SIGTERM
//   at once (the watchdog is the fallback).
const { spawn } = require("node:child_process");
const fs = require("node:fs");

const running = new Set();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
let hooked = false;

function terminateAll() {
  for (const child of running) {
    try { child.kill("SIGTERM"); } catch { /* already gone */ }
  }
}

function onSignal(signal) {
  // Another listener (a test runner's) decides whether the process ends; the exit hook and the
  // watchdog follow it. Ours alone: stop the emulators, then end as Node would have without us.
  if (process.listenerCount(signal) > 1) return;
  terminateAll();
  process.removeListener(signal, onSignal);
  process.kill(process.pid, signal);
}

function hook() {
  if (hooked) return;
  hooked = true;
  process.on("exit", terminateAll);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function unhook() {
  if (!hooked || running.size > 0) return;
  hooked = false;
  process.removeListener("exit", terminateAll);
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
}

/** A /bin/sh that sends `pid` SIGTERM once this process's end of its stdin closes; null without /bin/sh. */
function startWatchdog(pid) {
  if (pid === undefined || !fs.existsSync("/bin/sh")) return null;
  const watchdog = spawn("/bin/sh", ["-c", 'read _ignored; kill -TERM "$1" 2>/dev/null', "reapi-emulator-watchdog", String(pid)],
    { stdio: ["pipe", "ignore", "ignore"] });
  watchdog.on("error", () => {});
  watchdog.stdin.on("error", () => {});
  watchdog.unref();
  watchdog.stdin.unref?.();
  return watchdog;
}

/** Ties `child` (a spawned emulator) to this process; returns the function that unties it. */
function bind(child) {
  running.add(child);
  hook();
  const watchdog = startWatchdog(child.pid);
  const release = () => {
    running.delete(child);
    if (watchdog && watchdog.exitCode === null && watchdog.signalCode === null) watchdog.kill("SIGKILL");
    unhook();
  };
  child.once("exit", release);
  return release;
}

module.exports = { bind };
