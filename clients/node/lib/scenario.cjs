"use strict";
// A scenario as the package takes it: YAML or JSON text, an object, or the path of a file
// (a string ending in .yaml, .yml or .json with no newline, or a URL).
const fs = require("node:fs");
const { fileURLToPath } = require("node:url");

const SUFFIXES = [".yaml", ".yml", ".json"];

function isScenarioPath(scenario) {
  if (scenario instanceof URL) return true;
  return typeof scenario === "string" && !scenario.includes("\n") && SUFFIXES.some((s) => scenario.endsWith(s));
}

/** The scenario's text: the file read when it is a path, JSON when it is an object. */
function scenarioText(scenario) {
  if (isScenarioPath(scenario)) {
    return fs.readFileSync(scenario instanceof URL ? fileURLToPath(scenario) : scenario, "utf8");
  }
  if (typeof scenario === "string") return scenario;
  return JSON.stringify(scenario);
}

module.exports = { isScenarioPath, scenarioText };
