"use strict";
// Where the reapi-emulator executable is: the `binary` option, then $REAPI_EMULATOR_BIN, then the
// platform package (reapi-emulator-<platform>-<arch>, an optional dependency), then the PATH.
const fs = require("node:fs");
const path = require("node:path");
const { BinaryNotFoundError } = require("./errors.cjs");

const BINARY_VARIABLE = "REAPI_EMULATOR_BIN";
const BINARY_NAME = "reapi-emulator";

/** The platform package's name for this machine, e.g. `reapi-emulator-linux-x64`. */
function platformPackageName(platform = process.platform, arch = process.arch) {
  return `${BINARY_NAME}-${platform}-${arch}`;
}

function isExecutable(file) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The executable inside the installed platform package, or null when it is not installed. */
function bundledBinary(resolve = require.resolve) {
  let manifest;
  try {
    manifest = resolve(`${platformPackageName()}/package.json`);
  } catch {
    return null;
  }
  const file = path.join(path.dirname(manifest), "bin", BINARY_NAME);
  return fs.existsSync(file) ? file : null;
}

function onPath(name) {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

/**
 * The executable to start. A place that is named (the option or the variable) must hold an
 * executable: it is never skipped for the next one. Throws BinaryNotFoundError naming every
 * place looked at.
 */
function findBinary(binary) {
  const looked = [];
  for (const [origin, value] of [["binary option", binary], [BINARY_VARIABLE, process.env[BINARY_VARIABLE]]]) {
    if (value === undefined || value === null || value === "") {
      looked.push(`${origin} (not set)`);
      continue;
    }
    const named = String(value);
    if (isExecutable(named)) return path.resolve(named);
    const found = named.includes(path.sep) ? null : onPath(named);
    if (found) return found;
    throw new BinaryNotFoundError(`${origin} names ${JSON.stringify(named)}, which is not an executable file`);
  }
  const bundled = bundledBinary();
  if (bundled) {
    if (!isExecutable(bundled)) {
      throw new BinaryNotFoundError(`${bundled} (from ${platformPackageName()}) is not executable`);
    }
    return bundled;
  }
  looked.push(`the ${platformPackageName()} package (not installed)`);
  const found = onPath(BINARY_NAME);
  if (found) return found;
  looked.push(`${BINARY_NAME} on the PATH (not found)`);
  throw new BinaryNotFoundError(`no reapi-emulator executable found; looked at: ${looked.join("; ")}. ` +
    `Install ${platformPackageName()} (npm installs it with reapi-emulator on that platform), or set ${BINARY_VARIABLE}.`);
}

module.exports = { BINARY_VARIABLE, BINARY_NAME, platformPackageName, bundledBinary, findBinary };
