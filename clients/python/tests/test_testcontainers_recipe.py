"""docs/testcontainers.md without Docker: its Python module, written out of the page, run against
the plain binary started with the environment the container gets (and nothing else)."""
import importlib.util
import json
import os
import pathlib
import re
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from imagegen_client import ImageClient

REPO = pathlib.Path(__file__).resolve().parents[3]
PAGE = REPO / "docs" / "testcontainers.md"


@pytest.fixture(scope="module")
def recipe(tmp_path_factory):
    """The page's `<!-- file: reapi_testcontainer.py -->` block, imported as a module."""
    found = re.search(r"<!-- file: reapi_testcontainer\.py -->\n```python\n(.*?)\n```\n", PAGE.read_text(), re.S)
    assert found, "docs/testcontainers.md has no reapi_testcontainer.py block"
    path = tmp_path_factory.mktemp("recipe") / "reapi_testcontainer.py"
    path.write_text(found.group(1) + "\n")
    spec = importlib.util.spec_from_file_location("reapi_testcontainer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def container_like(recipe, tmp_path):
    """The binary alone in an empty directory, configured only by the container's variables."""
    port = free_port()
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **recipe.container_environment(port=port)}
    process = subprocess.Popen([os.environ["REAPI_EMULATOR_BIN"]], env=environment, cwd=tmp_path,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    assert process.wait(timeout=10) == 0


def test_the_container_environment_alone_starts_a_healthy_virtual_clock_emulator(recipe, container_like):
    health = recipe.wait_for_health(container_like, timeout=10)
    assert health["status"] == "ok" and health["provider"] == "reapi"
    with urllib.request.urlopen(f"{container_like}/_emulator/clock", timeout=10) as answer:
        assert json.load(answer)["mode"] == "virtual"


def test_the_scenario_loads_and_media_urls_are_rewritten_to_the_mapped_address(recipe, container_like):
    recipe.wait_for_health(container_like, timeout=10)
    recipe.load_scenario(container_like, REPO / "scenarios" / "ci-virtual.yaml")
    client = ImageClient(container_like, "rk_test_ci")
    task_id = client.submit(model="z-image", prompt="a red fox").json()["id"]
    advance = urllib.request.Request(f"{container_like}/_emulator/clock/advance", data=b'{"seconds": 60}', method="POST")
    urllib.request.urlopen(advance, timeout=10).close()
    media_url = client.poll(task_id).json()["output"]["image_urls"][0]
    # Bound to 0.0.0.0, the emulator names its own loopback and port (in a container: 127.0.0.1:8080),
    # never the host's mapped address; reachable() puts the address the test uses in its place.
    assert media_url.startswith(container_like + "/media/tasks/")
    mapped = container_like.replace("127.0.0.1", "localhost")
    rewritten = recipe.reachable(media_url, mapped)
    assert rewritten == mapped + media_url[len(container_like):]
    image = client.download(rewritten)
    assert image.status == 200 and image.headers["Content-Type"] == "image/jpeg"


def test_an_invalid_scenario_is_refused_with_its_problems(recipe, container_like, tmp_path):
    recipe.wait_for_health(container_like, timeout=10)
    broken = tmp_path / "broken.yaml"
    broken.write_text("rate_limit: {requests_per_minute: 0}\n")
    with pytest.raises(ValueError, match="requests_per_minute"):
        recipe.load_scenario(container_like, broken)


def test_the_health_wait_gives_up_after_its_timeout(recipe):
    started = time.monotonic()
    with pytest.raises(TimeoutError, match="not ok within 0.5 s"):
        recipe.wait_for_health(f"http://127.0.0.1:{free_port()}", timeout=0.5, interval=0.1)
    assert time.monotonic() - started < 5


def test_only_start_container_needs_testcontainers(recipe):
    assert "testcontainers" not in sys.modules
    if importlib.util.find_spec("testcontainers") is None:
        with pytest.raises(ModuleNotFoundError, match="testcontainers"):
            recipe.start_container()
