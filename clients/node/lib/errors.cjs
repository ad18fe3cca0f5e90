"use strict";
// The errors the package throws; all are EmulatorError.

class EmulatorError extends Error {
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
}

/** No reapi-emulator executable where the package looks for one. */
class BinaryNotFoundError extends EmulatorError {}

/**
 * The emulator did not print its ready line: it exited, could not be spawned, or took too long.
 * `stderr` holds what it wrote on stderr (its `reapi-emulator: error: …` line when a flag or the
 * port was refused), `exitCode` its exit status (null while it runs or when it never ran).
 */
class StartError extends EmulatorError {
  constructor(message, stderr, exitCode) {
    super(message);
    this.stderr = stderr;
    this.exitCode = exitCode;
  }
}

/** A control-API call answered with a status outside 2xx. */
class ControlError extends EmulatorError {
  constructor(method, url, status, body) {
    super(`${method} ${url} answered ${status}: ${body}`);
    this.method = method;
    this.url = url;
    this.status = status;
    this.body = body;
  }
}

module.exports = { EmulatorError, BinaryNotFoundError, StartError, ControlError };
