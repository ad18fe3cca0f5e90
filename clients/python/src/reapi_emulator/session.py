"""Sessions: isolated emulators inside one process, each under its own base URL."""
from __future__ import annotations

import json
from typing import Any, Optional

from . import _http
from .control import ControlClient, Scenario, scenario_text
from .errors import ControlError, SessionsUnsupported


class Session(ControlClient):
    """One session of a running emulator: its own tasks, ledger, journal, clock and scenario.

    Everything a `ControlClient` offers works on the session alone; `close()` (or leaving the
    `with` block) ends it. Created by `Emulator.session(...)`."""

    def __init__(self, root_url: str, answer: dict) -> None:
        super().__init__(answer["base_url"])
        self.id: str = answer["id"]
        self._root_url = root_url.rstrip("/")
        self.closed = False

    def close(self) -> None:
        """Ends the session (`DELETE /_emulator/sessions/{id}`); closing twice does nothing."""
        if self.closed:
            return
        self.closed = True
        _http.control("DELETE", f"{self._root_url}/_emulator/sessions/{self.id}")

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Session({self.id!r}, base_url={self.base_url!r})"


def session_body(scenario: Optional[Scenario], clock: Optional[str], seed: Optional[int],
                 time_scale: Optional[float], name: Optional[str]) -> dict:
    """The body of `POST /_emulator/sessions`: only the fields given; a mapping stays an object."""
    body: dict[str, Any] = {}
    if scenario is not None:
        body["scenario"] = scenario if isinstance(scenario, dict) else scenario_text(scenario)
    for field, value in (("clock", clock), ("seed", seed), ("time_scale", time_scale), ("name", name)):
        if value is not None:
            body[field] = value
    return body


def open_session(root_url: str, body: dict) -> Session:
    """Creates a session; `SessionsUnsupported` when the server has no sessions (404 or 405)."""
    url = root_url.rstrip("/") + "/_emulator/sessions"
    answer = _http.call("POST", url, body=body)
    if answer.status in (404, 405):
        raise SessionsUnsupported(f"POST {url} answered {answer.status}: this emulator has no sessions")
    if answer.status != 201:
        raise ControlError("POST", url, answer.status, answer.body.decode("utf-8", "replace"))
    return Session(root_url, json.loads(answer.body))
