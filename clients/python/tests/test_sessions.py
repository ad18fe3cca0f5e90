"""Sessions: against the built emulator (whichever it is, with or without sessions), and the
client side of `POST/DELETE /_emulator/sessions` against a recording stub."""
import urllib.error
import urllib.request

import pytest

from imagegen_client import ImageClient
from reapi_emulator import Emulator, SessionsUnsupported
from reapi_emulator.session import open_session, session_body
from sessions_stub import Recorder


def test_a_session_is_isolated_or_the_emulator_says_it_has_none():
    with Emulator() as emulator:
        try:
            session = emulator.session(name="isolated")
        except SessionsUnsupported:
            request = urllib.request.Request(emulator.url("/_emulator/sessions"), data=b"{}", method="POST")
            with pytest.raises(urllib.error.HTTPError) as answered:
                urllib.request.urlopen(request, timeout=10)
            assert answered.value.code in (404, 405)
            assert emulator.sessions_supported is False
            return
        assert emulator.sessions_supported is True
        with session:
            assert session.base_url == f"{emulator.base_url}/sessions/{session.id}"
            assert session.id.startswith("ses_")
            task = ImageClient(session.base_url, "rk_test_session").submit(model="z-image", prompt="a fox")
            assert task.status == 200
            session.advance(3600)
            assert [t["id"] for t in session.tasks()] == [task.json()["id"]]
            assert emulator.tasks() == [] and emulator.requests() == []
            assert emulator.clock()["now_ms"] < session.clock()["now_ms"]
        health = urllib.request.Request(session.url("/_emulator/health"))
        with pytest.raises(urllib.error.HTTPError) as gone:
            urllib.request.urlopen(health, timeout=10)
        assert gone.value.code == 404


def test_a_session_is_created_with_only_the_fields_given_and_deleted_on_close(stub):
    body = session_body("rate_limit: {requests_per_minute: 2}\n", "virtual", 7, None, "t")
    with open_session(stub, body) as session:
        assert session.id == "ses_1" and session.base_url == f"{stub}/sessions/ses_1"
        assert session.url("/_emulator/reset") == f"{stub}/sessions/ses_1/_emulator/reset"
    session.close()  # a second close sends nothing
    assert Recorder.calls == [
        ("POST", "/_emulator/sessions",
         {"scenario": "rate_limit: {requests_per_minute: 2}\n", "clock": "virtual", "seed": 7, "name": "t"}),
        ("DELETE", "/_emulator/sessions/ses_1", None),
    ]


def test_a_mapping_scenario_is_sent_as_a_json_object():
    assert session_body({"seed": 3}, None, None, 60, None) == {"scenario": {"seed": 3}, "time_scale": 60}


@pytest.mark.parametrize("status", [404, 405])
def test_404_or_405_means_the_emulator_has_no_sessions(stub, status):
    Recorder.create_status = status
    with pytest.raises(SessionsUnsupported, match=f"answered {status}"):
        open_session(stub, {})
