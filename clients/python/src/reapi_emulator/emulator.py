"""`Emulator`: a `reapi-emulator serve` child process on a free port, and its control API."""
from __future__ import annotations

import os
import selectors
import signal
import subprocess
import tempfile
import time
import weakref
from typing import Iterable, Optional

from .binary import find_binary
from .control import ControlClient, Scenario, is_scenario_path, scenario_text
from .errors import SessionsUnsupported, StartError
from .session import Session, open_session, session_body

#: The emulator's only line on stdout, followed by its base URL.
READY_PREFIX = "reapi-emulator listening on "


class Emulator(ControlClient):
    """Starts `reapi-emulator serve --port 0` and waits for its ready line.

    `base_url` is where it listens (`http://127.0.0.1:PORT`); the control methods of
    `ControlClient` drive it; `stop()` (or leaving the `with` block) ends it with SIGTERM.

    - `binary`: the executable; else `$REAPI_EMULATOR_BIN`, the wheel's own, the PATH's.
    - `scenario`: a path, YAML/JSON text or a mapping, loaded at start (`--scenario`).
    - `provider`: `reapi` or `apiinone`, the dialect of the listener.
    - `clock`: `virtual` (frozen until `advance`), `real`, or None for the scenario's choice.
    - `seed`: makes ids, durations and image bytes repeatable.
    - `args`: more command-line flags (`("--time-scale", "60")`).

    Raises `BinaryNotFound`, or `StartError` (with the emulator's stderr) when it does not start."""

    def __init__(self, binary: "Optional[str | os.PathLike]" = None, scenario: Optional[Scenario] = None,
                 provider: str = "reapi", clock: Optional[str] = "virtual", seed: Optional[int] = None,
                 args: Iterable[str] = (), startup_timeout: float = 10.0) -> None:
        self.binary = find_binary(binary)
        self.provider = provider
        self._scenario_file: Optional[str] = None
        self._sessions_supported: Optional[bool] = None
        command = [str(self.binary), "serve", "--port", "0", "--provider", provider]
        if clock is not None:
            command += ["--clock", clock]
        if seed is not None:
            command += ["--seed", str(seed)]
        if scenario is not None:
            command += ["--scenario", self._scenario_path(scenario)]
        command += [str(arg) for arg in args]
        self.command = command
        self._stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=self._stderr)
        # A forgotten emulator is stopped when the object goes or the interpreter exits.
        self._finalizer = weakref.finalize(self, _kill, self.process)
        try:
            super().__init__(self._await_ready(startup_timeout))
        except BaseException:
            self.stop()
            raise

    def _scenario_path(self, scenario: Scenario) -> str:
        if is_scenario_path(scenario):
            return os.fspath(scenario)
        suffix = ".json" if isinstance(scenario, dict) else ".yaml"
        handle, path = tempfile.mkstemp(prefix="reapi-scenario-", suffix=suffix)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(scenario_text(scenario))
        self._scenario_file = path
        return path

    def _await_ready(self, timeout: float) -> str:
        """Reads stdout up to the first newline, within `timeout`; returns the base URL."""
        deadline = time.monotonic() + timeout
        selector = selectors.DefaultSelector()
        selector.register(self.process.stdout, selectors.EVENT_READ)
        received = b""
        try:
            while b"\n" not in received:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not selector.select(timeout=remaining):
                    raise self._start_error(f"no ready line within {timeout} s")
                chunk = os.read(self.process.stdout.fileno(), 4096)
                if not chunk:
                    try:
                        self.process.wait(timeout=5)
                    except subprocess.TimeoutExpired:
                        pass  # it closed stdout but runs on: stop() ends it
                    raise self._start_error(f"exited with status {self.process.returncode} before its ready line")
                received += chunk
        finally:
            selector.close()
        line = received.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        if not line.startswith(READY_PREFIX):
            raise self._start_error(f"printed {line!r} instead of its ready line")
        listening = line[len(READY_PREFIX):]
        # A 0.0.0.0 bind (from --host in args) is reached on loopback.
        return listening.replace("://0.0.0.0:", "://127.0.0.1:")

    def _start_error(self, what: str) -> StartError:
        stderr = self.stderr_text()
        last = stderr.strip().splitlines()[-1] if stderr.strip() else "(nothing on stderr)"
        return StartError(f"reapi-emulator did not start ({' '.join(self.command)}): {what}; stderr: {last}",
                          stderr, self.process.poll())

    def stderr_text(self) -> str:
        """What the emulator wrote on stderr so far (its log lines)."""
        # pread leaves the file offset alone: the child writes through the same open file.
        fd = self._stderr.fileno()
        return os.pread(fd, os.fstat(fd).st_size, 0).decode("utf-8", "replace")

    @property
    def running(self) -> bool:
        """True while the process is alive."""
        return self.process.poll() is None

    def session(self, scenario: Optional[Scenario] = None, clock: Optional[str] = "virtual",
                seed: Optional[int] = None, time_scale: Optional[float] = None,
                name: Optional[str] = None) -> Session:
        """A new isolated session (`POST /_emulator/sessions`); close it, or use it in `with`.

        Raises `SessionsUnsupported` when this emulator has no sessions (it answered 404/405)."""
        try:
            created = open_session(self.base_url, session_body(scenario, clock, seed, time_scale, name))
        except SessionsUnsupported:
            self._sessions_supported = False
            raise
        self._sessions_supported = True
        return created

    @property
    def sessions_supported(self) -> Optional[bool]:
        """What the last `session()` call learnt: True, False, or None before the first call."""
        return self._sessions_supported

    def stop(self, timeout: float = 10.0) -> Optional[int]:
        """SIGTERM, then waits up to `timeout` (then SIGKILL); returns the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=timeout)
        self._finalizer.detach()
        if self.process.stdout is not None:
            self.process.stdout.close()
        if self._scenario_file is not None:
            os.unlink(self._scenario_file)
            self._scenario_file = None
        return self.process.returncode

    def __enter__(self) -> "Emulator":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else f"exited {self.process.returncode}"
        return f"Emulator({getattr(self, 'base_url', '?')!r}, {state})"


def _kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)
