"""A stand-in for the client a team writes against reAPI: the code the tests exercise.

A real suite imports its own client here; this one is plain urllib so the tests need nothing
but the standard library, pytest and the plugin."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass
class Reply:
    """An HTTP answer from the provider API."""

    status: int
    headers: dict = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def error_code(self) -> Optional[int]:
        """reAPI's five-digit `error.code` (clients match on it, never on the message)."""
        return self.json()["error"]["code"] if self.status >= 400 else None


class ImageClient:
    """Submits image tasks, polls them and downloads their images."""

    def __init__(self, base_url: str, api_key: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key

    def _send(self, method: str, url: str, body: Optional[dict] = None) -> Reply:
        request = urllib.request.Request(url, method=method,
                                         data=None if body is None else json.dumps(body).encode())
        request.add_header("Authorization", f"Bearer {self.api_key}")
        if body is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return Reply(response.status, dict(response.headers.items()), response.read())
        except urllib.error.HTTPError as error:
            with error:
                return Reply(error.code, dict(error.headers.items()), error.read())

    def submit(self, **fields: Any) -> Reply:
        """`POST /api/v1/images/generations` with the fields as the JSON body."""
        return self._send("POST", f"{self.base_url}/api/v1/images/generations", fields)

    def poll(self, task_id: str) -> Reply:
        """`GET /api/v1/tasks/{id}`."""
        return self._send("GET", f"{self.base_url}/api/v1/tasks/{task_id}")

    def download(self, url: str) -> Reply:
        """`GET` an image URL from a completed task."""
        return self._send("GET", url)


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from a JPEG's first start-of-frame marker."""
    assert data[:3] == b"\xff\xd8\xff", "not a JPEG"
    index = 2
    while index + 9 < len(data):
        assert data[index] == 0xFF, "broken JPEG marker"
        marker, length = data[index + 1], int.from_bytes(data[index + 2:index + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(data[index + 7:index + 9], "big"), int.from_bytes(data[index + 5:index + 7], "big")
        index += 2 + length
    raise AssertionError("no start-of-frame marker in the JPEG")
