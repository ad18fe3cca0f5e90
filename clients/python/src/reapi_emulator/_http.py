"""The few HTTP calls the package makes to a running emulator, on the standard library only."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any, Optional

from .errors import ControlError

#: Seconds any one control call may take; the emulator answers them in milliseconds.
TIMEOUT = 10.0


class Answer:
    """An HTTP answer: status, headers and body bytes."""

    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    def json(self) -> Any:
        """The body decoded as JSON."""
        return json.loads(self.body.decode("utf-8"))


def call(method: str, url: str, body: Any = None, raw: Optional[bytes] = None,
         timeout: float = TIMEOUT, headers: Optional[dict[str, str]] = None) -> Answer:
    """Sends one request and returns its answer, whatever the status (network errors raise).

    `body` is sent as JSON; `raw` is sent as it is (a scenario's YAML text)."""
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode("utf-8"))
    request = urllib.request.Request(url, data=data, method=method)
    if body is not None and raw is None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Answer(response.status, dict(response.headers.items()), response.read())
    except urllib.error.HTTPError as error:
        with error:
            return Answer(error.code, dict(error.headers.items()), error.read())


def control(method: str, url: str, body: Any = None, raw: Optional[bytes] = None) -> Any:
    """A control-API call that must succeed: its JSON answer, or `ControlError` with the body."""
    answer = call(method, url, body=body, raw=raw)
    if not 200 <= answer.status < 300:
        raise ControlError(method, url, answer.status, answer.body.decode("utf-8", "replace"))
    return answer.json() if answer.body else None
