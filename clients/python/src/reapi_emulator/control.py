"""The control API of one emulator (or one session of it), as Python methods."""
from __future__ import annotations

import json
import os
import pathlib
import urllib.parse
from typing import Any, Optional, Union

from . import _http
from .errors import ControlError

#: A scenario: YAML or JSON text, a mapping, or the path of a file (`pathlib.Path`, or a string
#: ending in `.yaml`, `.yml` or `.json`).
Scenario = Union[str, os.PathLike, dict]

_SCENARIO_SUFFIXES = (".yaml", ".yml", ".json")


def is_scenario_path(scenario: Scenario) -> bool:
    """True when `scenario` names a file rather than holding the scenario's text."""
    if isinstance(scenario, os.PathLike):
        return True
    return isinstance(scenario, str) and "\n" not in scenario and scenario.endswith(_SCENARIO_SUFFIXES)


def scenario_text(scenario: Scenario) -> str:
    """The scenario's text: the file read when it is a path, JSON when it is a mapping."""
    if isinstance(scenario, dict):
        return json.dumps(scenario)
    if is_scenario_path(scenario):
        return pathlib.Path(scenario).read_text(encoding="utf-8")
    return str(scenario)


class ControlClient:
    """Everything a test does to an emulator besides calling the provider API.

    `base_url` is where the provider API is served (`<base_url>/api/v1/images/generations`);
    the control API is under `<base_url>/_emulator/`. `Emulator` and `Session` both are one."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    def url(self, path: str) -> str:
        """`base_url` joined with `path` (which starts with `/`)."""
        return self.base_url + path

    def _control(self, method: str, path: str, body: Any = None, raw: Optional[bytes] = None) -> Any:
        return _http.control(method, self.url("/_emulator" + path), body=body, raw=raw)

    def health(self) -> dict:
        """`GET /_emulator/health`: status, version, provider, uptime."""
        return self._control("GET", "/health")

    def clock(self) -> dict:
        """The clock: `mode`, `time_scale`, `now`, `now_unix`, `now_ms`, and the `seed` in force
        (drawn at random when none was given: `--seed` with it replays the run)."""
        return self._control("GET", "/clock")

    def advance(self, seconds: float) -> dict:
        """Moves the clock `seconds` ahead and applies what fell due; returns `changes` and `clock`."""
        return self._control("POST", "/clock/advance", {"seconds": seconds})

    def reset(self) -> dict:
        """Tasks, ledger, journal, rule counters and clock back to the scenario's start."""
        return self._control("POST", "/reset")

    def load_scenario(self, scenario: Scenario) -> dict:
        """Replaces the scenario (and resets state); an invalid one raises `ControlError` (400)."""
        return self._control("PUT", "/scenario", raw=scenario_text(scenario).encode("utf-8"))

    def scenario(self) -> dict:
        """The running scenario: `name`, `source`, `rules`, `accounts`, `text`."""
        return self._control("GET", "/scenario")

    def requests(self, path: Optional[str] = None, status: Optional[int] = None,
                 limit: Optional[int] = None) -> list:
        """The request journal, oldest first, optionally filtered by path prefix, status, latest N."""
        query = {name: value for name, value in (("path", path), ("status", status), ("limit", limit))
                 if value is not None}
        suffix = "?" + urllib.parse.urlencode(query) if query else ""
        return self._control("GET", "/requests" + suffix)["requests"]

    def clear_requests(self) -> int:
        """Empties the journal; returns how many entries it held."""
        return self._control("DELETE", "/requests")["cleared"]

    def tasks(self, key: Optional[str] = None, status: Optional[str] = None) -> list:
        """Every task (optionally one key's, or one status), as the control API lists them."""
        query = {name: value for name, value in (("key", key), ("status", status)) if value is not None}
        suffix = "?" + urllib.parse.urlencode(query) if query else ""
        return self._control("GET", "/tasks" + suffix)["tasks"]

    def task(self, task_id: str) -> dict:
        """One task with its parameters, image URLs, timeline and current poll body."""
        return self._control("GET", "/tasks/" + urllib.parse.quote(task_id, safe=""))

    def account(self, key: str) -> Optional[dict]:
        """One key's `credits`, `revoked` and `ledger`; None when the key is unknown (404)."""
        url = self.url("/_emulator/accounts/" + urllib.parse.quote(key, safe=""))
        answer = _http.call("GET", url)
        if answer.status == 404:
            return None
        if answer.status != 200:
            raise ControlError("GET", url, answer.status, answer.body.decode("utf-8", "replace"))
        return answer.json()

    def balance(self, key: str) -> int:
        """`GET /api/v1/balance` as that key: its integer credits (free to read, journaled like
        any provider call, refused when the scenario does not accept the key)."""
        url = self.url("/api/v1/balance")
        request_answer = _http.call("GET", url, headers={"Authorization": "Bearer " + key})
        if request_answer.status != 200:
            raise ControlError("GET", url, request_answer.status, request_answer.body.decode("utf-8", "replace"))
        return int(request_answer.json()["balance"])

    def set_account(self, key: str, credits: Optional[int] = None, revoked: Optional[bool] = None) -> dict:
        """Sets a key's balance and/or revoked flag, creating the account when needed."""
        body = {name: value for name, value in (("credits", credits), ("revoked", revoked)) if value is not None}
        return self._control("PUT", "/accounts/" + urllib.parse.quote(key, safe=""), body)
