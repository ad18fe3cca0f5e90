"""`Emulator` on its own: finding the binary, starting, failing to start, options, control calls."""
import os
import pathlib

import pytest

from imagegen_client import ImageClient
from reapi_emulator import BinaryNotFound, ControlError, Emulator, StartError, find_binary

BUILT = pathlib.Path(os.environ["REAPI_EMULATOR_BIN"])
SCENARIO = "accounts:\n  - {key: rk_test_listed, credits: 500}\n"


def test_an_explicit_binary_wins_over_the_variable(monkeypatch):
    monkeypatch.setenv("REAPI_EMULATOR_BIN", "/nonexistent/reapi-emulator")
    assert find_binary(BUILT) == BUILT


def test_the_variable_is_used_when_no_binary_is_given():
    assert find_binary() == BUILT


def test_a_named_binary_that_is_missing_is_an_error_not_a_fallback(monkeypatch, tmp_path):
    (tmp_path / "reapi-emulator").symlink_to(BUILT)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("REAPI_EMULATOR_BIN", "/nonexistent/reapi-emulator")
    with pytest.raises(BinaryNotFound, match="REAPI_EMULATOR_BIN names '/nonexistent/reapi-emulator'"):
        find_binary()


def test_the_path_is_the_last_place_looked(monkeypatch, tmp_path):
    (tmp_path / "reapi-emulator").symlink_to(BUILT)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("REAPI_EMULATOR_BIN")
    assert find_binary() == tmp_path / "reapi-emulator"
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(BinaryNotFound, match="on the PATH"):
        find_binary()


def test_a_refused_start_raises_with_the_emulators_stderr_line():
    with pytest.raises(StartError) as raised:
        Emulator(provider="nope")
    # The CLI refuses a bad value with one `reapi-emulator: error: …` line and a non-zero exit.
    assert "reapi-emulator: error: " in str(raised.value)
    assert '"nope"' in str(raised.value)
    assert raised.value.returncode not in (None, 0)


def test_it_listens_on_a_free_loopback_port_and_stops_cleanly_on_sigterm():
    with Emulator() as emulator:
        assert emulator.base_url.startswith("http://127.0.0.1:")
        assert emulator.health()["status"] == "ok"
        assert emulator.clock()["mode"] == "virtual"
    assert not emulator.running
    assert emulator.process.returncode == 0


def test_provider_and_clock_reach_the_command_line():
    with Emulator(provider="apiinone", clock=None) as emulator:
        assert emulator.health()["provider"] == "apiinone"
        assert emulator.clock()["mode"] == "real"


@pytest.mark.parametrize("form", ["path", "text", "mapping"])
def test_a_scenario_is_loaded_at_start_from_a_path_text_or_mapping(form, tmp_path):
    path = tmp_path / "listed.yaml"
    path.write_text(SCENARIO)
    scenario = {"path": path, "text": SCENARIO,
                "mapping": {"accounts": [{"key": "rk_test_listed", "credits": 500}]}}[form]
    with Emulator(scenario=scenario) as emulator:
        assert emulator.account("rk_test_listed")["credits"] == 500
        stranger = ImageClient(emulator.base_url, "rk_test_stranger").submit(model="z-image", prompt="a fox")
        assert stranger.status == 401 and stranger.error_code == 10003


def test_the_same_seed_gives_the_same_task_ids():
    ids = []
    for _ in range(2):
        with Emulator(seed=7) as emulator:
            ids.append(ImageClient(emulator.base_url, "rk_test_seed").submit(model="z-image", prompt="a fox").json()["id"])
    assert ids[0] == ids[1]


def test_runs_without_a_seed_draw_one_show_it_and_share_no_task_id():
    ids, seeds = [], []
    for _ in range(2):
        with Emulator() as emulator:
            client = ImageClient(emulator.base_url, "rk_test_seedless")
            ids.append({client.submit(model="z-image", prompt="a fox").json()["id"] for _ in range(3)})
            seeds.append(emulator.clock()["seed"])
    assert ids[0].isdisjoint(ids[1])
    assert seeds[0] != seeds[1] and all(isinstance(seed, int) for seed in seeds)
    # The seed shown replays the run's ids.
    with Emulator(seed=seeds[0]) as replay:
        client = ImageClient(replay.base_url, "rk_test_seedless")
        assert {client.submit(model="z-image", prompt="a fox").json()["id"] for _ in range(3)} == ids[0]


def test_balance_reads_the_keys_credits_without_charging():
    with Emulator(scenario=SCENARIO) as emulator:
        assert emulator.balance("rk_test_listed") == 500
        assert emulator.balance("rk_test_listed") == 500
        ImageClient(emulator.base_url, "rk_test_listed").submit(model="z-image", prompt="a fox")
        assert emulator.balance("rk_test_listed") == 495        # z-image costs 5 credits
        assert [r["path"] for r in emulator.requests()][-1] == "/api/v1/balance"
        with pytest.raises(ControlError) as refused:
            emulator.balance("rk_test_stranger")
        assert refused.value.status == 401 and "10003" in refused.value.body


def test_control_calls_drive_the_running_emulator():
    with Emulator() as emulator:
        client = ImageClient(emulator.base_url, "rk_test_control")
        first = client.submit(model="z-image", prompt="one").json()["id"]
        client.submit(model="z-image", prompt="")  # 400, 20002
        assert [r["status"] for r in emulator.requests()] == [200, 400]
        assert [r["status"] for r in emulator.requests(status=400)] == [400]
        assert len(emulator.requests(limit=1)) == 1
        assert emulator.task(first)["prompt"] == "one"
        assert [t["status"] for t in emulator.tasks(status="processing")] == ["processing"]
        assert emulator.clear_requests() == 2 and emulator.requests() == []

        emulator.load_scenario(SCENARIO)
        assert emulator.tasks() == [] and emulator.account("rk_test_listed")["credits"] == 500
        with pytest.raises(ControlError) as refused:
            emulator.load_scenario("rate_limit: {requests_per_minute: 0}\n")
        assert refused.value.status == 400 and "requests_per_minute" in refused.value.body
