"""A recording stand-in for the sessions API (`POST/DELETE /_emulator/sessions`), on loopback."""
import contextlib
import http.server
import json
import threading


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers like the sessions API (201 with id and base_url, 200 on DELETE) and records calls."""

    calls: list = []
    create_status = 201

    def _record(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.calls.append((self.command, self.path, json.loads(body) if body else None))

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        self._record()
        host = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.create_status == 201:
            self._answer(201, {"id": "ses_1", "base_url": f"{host}/sessions/ses_1", "clock": {"mode": "virtual"}})
        else:
            self._answer(self.create_status, {"error": {"code": 40404, "message": "no route"}})

    def do_DELETE(self) -> None:
        self._record()
        self._answer(200, {"id": "ses_1", "deleted": True})

    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serving():
    """Serves `Recorder` on a free loopback port; yields its base URL, with `Recorder.calls` emptied."""
    Recorder.calls = []
    Recorder.create_status = 201
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
