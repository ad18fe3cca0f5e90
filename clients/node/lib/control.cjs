"use strict";
// The control API of one emulator, or one session of it, as methods: ControlClient and Session.
require("./dispose.cjs");
const http = require("./http.cjs");
const { ControlError } = require("./errors.cjs");
const { scenarioText } = require("./scenario.cjs");

function query(pairs) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(pairs || {})) {
    if (value !== undefined && value !== null) search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/**
 * Everything a test does to an emulator besides calling the provider API. `baseUrl` is where the
 * provider API is served (`${baseUrl}/api/v1/images/generations`); the control API is under
 * `${baseUrl}/_emulator/`.
 */
class ControlClient {
  constructor(baseUrl) {
    this.baseUrl = String(baseUrl).replace(/\/+$/, "");
  }

  /** `baseUrl` joined with `path` (which starts with `/`). */
  url(path) {
    return this.baseUrl + path;
  }

  _control(method, path, options) {
    return http.control(method, this.url(`/_emulator${path}`), options);
  }

  health() { return this._control("GET", "/health"); }

  clock() { return this._control("GET", "/clock"); }

  /** Moves the clock `seconds` ahead and applies what fell due (completions, refunds, expiry, webhooks). */
  advance(seconds) { return this._control("POST", "/clock/advance", { json: { seconds } }); }

  /** Tasks, ledger, journal, rule counters and clock back to the scenario's start. */
  reset() { return this._control("POST", "/reset"); }

  /** Replaces the scenario (and resets state); an invalid one rejects with ControlError (400). */
  loadScenario(textOrPath) { return this._control("PUT", "/scenario", { text: scenarioText(textOrPath) }); }

  scenario() { return this._control("GET", "/scenario"); }

  /** The request journal, oldest first; `filter`: `path` (prefix), `status`, `limit`, `cursor`. */
  async requests(filter) { return (await this._control("GET", `/requests${query(filter)}`)).requests; }

  /** Empties the journal; resolves to how many entries it held. */
  async clearRequests() { return (await this._control("DELETE", "/requests")).cleared; }

  /** Tasks as the control API lists them; `filter`: `key`, `status`, `limit`, `cursor`. */
  async tasks(filter) { return (await this._control("GET", `/tasks${query(filter)}`)).tasks; }

  /** One task with its parameters, image URLs, timeline and current poll body. */
  task(id) { return this._control("GET", `/tasks/${encodeURIComponent(id)}`); }

  /** One key's credits, revoked flag and ledger; null when the key is unknown (404). */
  async account(key) {
    const url = this.url(`/_emulator/accounts/${encodeURIComponent(key)}`);
    const answer = await http.call("GET", url);
    if (answer.status === 404) return null;
    if (answer.status !== 200) {
      throw new ControlError("GET", url, answer.status, answer.text);
    }
    return JSON.parse(answer.text);
  }

  /** Sets a key's balance and/or revoked flag, creating the account when needed. */
  setAccount(key, { credits, revoked } = {}) {
    const json = {};
    if (credits !== undefined) json.credits = credits;
    if (revoked !== undefined) json.revoked = revoked;
    return this._control("PUT", `/accounts/${encodeURIComponent(key)}`, { json });
  }

  /** Coverage and client-behaviour report: JSON, or Markdown text with `{ format: "markdown" }`. */
  report(options = {}) {
    if (options.format === "markdown") return this._control("GET", "/report?format=markdown", { raw: true });
    return this._control("GET", "/report");
  }

  /** Starts the report over. */
  clearReport() { return this._control("DELETE", "/report"); }
}

/** The body of POST /_emulator/sessions: only the fields given; an object scenario stays an object. */
function sessionBody({ scenario, clock = "virtual", seed, timeScale, name } = {}) {
  const body = {};
  if (scenario !== undefined && scenario !== null) {
    body.scenario = typeof scenario === "object" && !(scenario instanceof URL) ? scenario : scenarioText(scenario);
  }
  if (clock !== undefined && clock !== null) body.clock = clock;
  if (seed !== undefined && seed !== null) body.seed = seed;
  if (timeScale !== undefined && timeScale !== null) body.time_scale = timeScale;
  if (name !== undefined && name !== null) body.name = name;
  return body;
}

/** One session of a running emulator: its own tasks, ledger, journal, clock and scenario. */
class Session extends ControlClient {
  constructor(rootUrl, answer) {
    super(answer.base_url);
    this.id = answer.id;
    this.rootUrl = String(rootUrl).replace(/\/+$/, "");
    this.closed = false;
  }

  /** Ends the session (DELETE /_emulator/sessions/{id}); closing twice does nothing. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    await http.control("DELETE", `${this.rootUrl}/_emulator/sessions/${encodeURIComponent(this.id)}`);
  }

  [Symbol.asyncDispose]() { return this.close(); }
}

/** Opens a session on the emulator at `rootUrl` (POST /_emulator/sessions). */
async function openSession(rootUrl, options) {
  const root = String(rootUrl).replace(/\/+$/, "");
  const answer = await http.control("POST", `${root}/_emulator/sessions`, { json: sessionBody(options) });
  return new Session(root, answer);
}

module.exports = { ControlClient, Session, openSession, sessionBody };
