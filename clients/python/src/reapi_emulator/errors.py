"""The exceptions the package raises; all derive from `EmulatorError`."""
from __future__ import annotations


class EmulatorError(Exception):
    """Anything that went wrong starting or driving the emulator."""


class BinaryNotFound(EmulatorError):
    """No `reapi-emulator` executable was found where the package looks for one."""


class StartError(EmulatorError):
    """The emulator did not print its ready line: it exited, or took too long.

    `stderr` holds what it wrote on stderr (its `reapi-emulator: error: …` line when a flag or
    the port was refused); `returncode` is its exit status, or None if it was still running."""

    def __init__(self, message: str, stderr: str, returncode: "int | None") -> None:
        super().__init__(message)
        self.stderr = stderr
        self.returncode = returncode


class ControlError(EmulatorError):
    """A control-API call answered with a non-2xx status."""

    def __init__(self, method: str, url: str, status: int, body: str) -> None:
        super().__init__(f"{method} {url} answered {status}: {body}")
        self.status = status
        self.body = body


class SessionsUnsupported(EmulatorError):
    """The emulator has no sessions: `POST /_emulator/sessions` answered 404 or 405."""
