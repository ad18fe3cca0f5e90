"use strict";
// startEmulator: `reapi-emulator serve --port 0` as a child process, its ready line, its control API.
require("./dispose.cjs");
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { fileURLToPath } = require("node:url");
const { findBinary } = require("./binary.cjs");
const { ControlClient, openSession } = require("./control.cjs");
const { StartError } = require("./errors.cjs");
const lifetime = require("./lifetime.cjs");
const { isScenarioPath, scenarioText } = require("./scenario.cjs");

/** The emulator's only line on stdout, followed by its base URL. */
const READY_PREFIX = "reapi-emulator listening on ";
/** Bytes of stderr kept (the latest), for errors and `stderr()`. */
const STDERR_KEPT = 64 * 1024;

class Emulator extends ControlClient {
  constructor(baseUrl, child, binary, command, stderr, cleanup, release) {
    super(baseUrl);
    this.binary = binary;
    this.command = command;
    this.process = child;
    this.pid = child.pid;
    this._stderr = stderr;
    this._cleanup = cleanup;
    this._release = release;
    this._exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(exitStatus(child));
      else child.once("exit", () => resolve(exitStatus(child)));
    });
  }

  /** True while the process is alive. */
  get running() {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** What the emulator wrote on stderr so far (the latest 64 KiB): its log lines. */
  stderr() {
    return this._stderr.text();
  }

  /** A new isolated session (POST /_emulator/sessions); close it, or `await using` it. */
  session(options) {
    return openSession(this.baseUrl, options);
  }

  /**
   * SIGTERM (the emulator then writes its `--report` file and exits), SIGKILL after `timeoutMs`.
   * Resolves to the exit status (128 + signal number when a signal ended it).
   */
  async stop({ timeoutMs = 10_000 } = {}) {
    if (this.running) {
      this.process.kill("SIGTERM");
      let timer;
      const killed = new Promise((resolve) => {
        timer = setTimeout(() => { this.process.kill("SIGKILL"); resolve(); }, timeoutMs);
      });
      await Promise.race([this._exited, killed]);
      clearTimeout(timer);
    }
    const status = await this._exited;
    this._release();
    this._cleanup();
    return status;
  }

  [Symbol.asyncDispose]() {
    return this.stop().then(() => undefined);
  }
}

function exitStatus(child) {
  if (child.exitCode !== null) return child.exitCode;
  return 128 + (os.constants.signals[child.signalCode] || 0);
}

/** The latest `STDERR_KEPT` bytes a stream wrote. */
function tail(stream) {
  let chunks = [];
  let size = 0;
  stream.on("data", (chunk) => {
    chunks.push(chunk);
    size += chunk.length;
    if (size > 2 * STDERR_KEPT) {
      const joined = Buffer.concat(chunks).subarray(-STDERR_KEPT);
      chunks = [joined];
      size = joined.length;
    }
  });
  return { text: () => Buffer.concat(chunks).subarray(-STDERR_KEPT).toString("utf8") };
}

function lastLine(text) {
  const lines = text.trim().split("\n");
  return lines[lines.length - 1] || "(nothing on stderr)";
}

/** The scenario option as a file path: a path as it is, text or an object written to a temporary file. */
function scenarioFile(scenario) {
  if (isScenarioPath(scenario)) return { file: scenario instanceof URL ? fileURLToPath(scenario) : scenario, cleanup: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reapi-scenario-"));
  const file = path.join(dir, typeof scenario === "string" ? "scenario.yaml" : "scenario.json");
  fs.writeFileSync(file, scenarioText(scenario));
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The command line: serve on a free loopback port, then the options as flags, then `args`. */
function commandLine(binary, { scenarioPath, provider, clock = "virtual", seed, args = [] }) {
  const command = [binary, "serve", "--port", "0"];
  if (provider !== undefined && provider !== null) command.push("--provider", provider);
  if (clock !== undefined && clock !== null) command.push("--clock", clock);
  if (seed !== undefined && seed !== null) command.push("--seed", String(seed));
  if (scenarioPath) command.push("--scenario", scenarioPath);
  return command.concat(args.map(String));
}

/**
 * Starts the emulator and resolves once it printed its ready line. Options: `binary`, `scenario`
 * (text, object or path), `provider` (`reapi` | `apiinone`), `clock` (`virtual` by default,
 * `real`, or null for the scenario's), `seed`, `args` (more flags), `env`, `startupTimeoutMs`.
 * Rejects with BinaryNotFoundError, or StartError carrying the emulator's stderr.
 */
async function startEmulator(options = {}) {
  const binary = findBinary(options.binary);
  const scenario = options.scenario === undefined || options.scenario === null ? null : scenarioFile(options.scenario);
  const cleanup = scenario ? scenario.cleanup : () => {};
  const command = commandLine(binary, { ...options, scenarioPath: scenario && scenario.file });
  const child = spawn(command[0], command.slice(1), {
    stdio: ["ignore", "pipe", "pipe"],
    env: options.env ? { ...process.env, ...options.env } : process.env,
  });
  const stderr = tail(child.stderr);
  const release = lifetime.bind(child);
  const timeoutMs = options.startupTimeoutMs ?? 10_000;
  let baseUrl;
  try {
    baseUrl = await readyLine(child, stderr, command, timeoutMs);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    release();
    cleanup();
    throw error;
  }
  // A forgotten emulator does not keep Node running; lifetime ends it when Node exits.
  child.unref();
  child.stdout.unref?.();
  child.stderr.unref?.();
  child.stdout.resume();
  child.on("error", () => {}); // a failed kill of an exited process; stop() reads the exit itself
  return new Emulator(baseUrl, child, binary, command, stderr, cleanup, release);
}

/** Resolves to the base URL of the ready line; rejects with StartError on exit, bad line or timeout. */
function readyLine(child, stderr, command, timeoutMs) {
  return new Promise((resolve, reject) => {
    let received = "";
    const fail = (what, exitCode = null) => {
      finish();
      const text = stderr.text();
      reject(new StartError(`reapi-emulator did not start (${command.join(" ")}): ${what}; stderr: ${lastLine(text)}`,
        text, exitCode));
    };
    const onData = (chunk) => {
      received += chunk.toString("utf8");
      const newline = received.indexOf("\n");
      if (newline < 0) return;
      const line = received.slice(0, newline).trim();
      if (!line.startsWith(READY_PREFIX)) return fail(`printed ${JSON.stringify(line)} instead of its ready line`);
      finish();
      // A 0.0.0.0 bind (from --host in args) is reached on loopback.
      resolve(line.slice(READY_PREFIX.length).replace("://0.0.0.0:", "://127.0.0.1:"));
    };
    // 'close' (not 'exit'): stderr is read to its end first, so the error carries the last line.
    const onClose = (code, signal) => fail(`exited with ${signal ? `signal ${signal}` : `status ${code}`} before its ready line`,
      code ?? 128 + (os.constants.signals[signal] || 0));
    const onError = (error) => fail(`could not be run: ${error.message}`);
    const timer = setTimeout(() => fail(`no ready line within ${timeoutMs} ms`), timeoutMs);
    function finish() {
      clearTimeout(timer);
      child.stdout.off("data", onData);
      child.off("close", onClose);
      child.off("error", onError);
    }
    child.stdout.on("data", onData);
    child.on("close", onClose);
    child.on("error", onError);
  });
}

module.exports = { READY_PREFIX, Emulator, startEmulator };
