"""A user's suite in miniature: the `reapi` fixture, a client, the documented answers.

Expected values are the providers' documented ones: z-image costs 5 credits ($0.0044) and
returns a JPEG; imagen-4-0 costs 46 credits; gpt-image-2-official at 16:9 and 2k is a
2048x1152 PNG; 402 is code 30001, 429 is code 50001 with Retry-After (docs/contract.md §2)."""
import pytest

from imagegen_client import ImageClient, jpeg_size, png_size

KEY = "rk_test_suite"


@pytest.fixture
def client(reapi):
    """The code under test, pointed at this test's emulator."""
    return ImageClient(reapi.base_url, KEY)


def test_a_submitted_image_completes_once_the_clock_moves(reapi, client):
    submitted = client.submit(model="z-image", prompt="a red fox in the snow")
    assert submitted.status == 200
    task = submitted.json()
    assert task["id"].startswith("task_") and len(task["id"]) == len("task_") + 32
    assert task["status"] == "processing"
    assert client.poll(task["id"]).json()["status"] == "processing"

    changes = reapi.advance(60)["changes"]
    assert [(c["task_id"], c["event"]) for c in changes] == [(task["id"], "completed")]

    done = client.poll(task["id"]).json()
    assert done["status"] == "completed" and done["error"] is None
    image = client.download(done["output"]["image_urls"][0])
    assert image.status == 200
    assert image.headers["Content-Type"] == "image/jpeg"
    assert jpeg_size(image.body) == (1024, 1024)


def test_the_ledger_shows_the_charge_and_the_journal_the_calls(reapi, client):
    task_id = client.submit(model="z-image", prompt="a lighthouse").json()["id"]
    client.poll(task_id)

    account = reapi.account(KEY)
    assert account["credits"] == 1_000_000 - 5
    assert [(e["task_id"], e["amount"], e["reason"]) for e in account["ledger"]] == [(task_id, -5, "charge")]
    assert [(r["method"], r["status"]) for r in reapi.requests()] == [("POST", 200), ("GET", 200)]
    assert [t["id"] for t in reapi.tasks()] == [task_id]


def test_a_wide_2k_image_is_a_2048x1152_png(reapi, client):
    task_id = client.submit(model="gpt-image-2-official", prompt="ancient castle beneath a starry sky",
                            size="16:9", resolution="2k", quality="high").json()["id"]
    reapi.advance(180)  # high x 2k takes 60-120 s
    url = client.poll(task_id).json()["output"]["image_urls"][0]
    image = client.download(url)
    assert image.headers["Content-Type"] == "image/png"
    assert png_size(image.body) == (2048, 1152)


def test_an_empty_balance_is_answered_402_and_not_charged(reapi, client):
    reapi.set_account(KEY, credits=0)
    refused = client.submit(model="z-image", prompt="a red fox")
    assert refused.status == 402
    assert refused.error_code == 30001
    assert reapi.account(KEY)["credits"] == 0
    assert reapi.tasks() == []


@pytest.mark.reapi_scenario("accounts:\n  - {key: rk_test_suite, credits: 50}\n")
def test_a_balance_runs_out_after_one_imagen_image(reapi, client):
    assert client.submit(model="imagen-4-0", prompt="a corgi on the moon").status == 200
    second = client.submit(model="imagen-4-0", prompt="a corgi on the moon")
    assert second.status == 402 and second.error_code == 30001
    assert reapi.account(KEY)["credits"] == 50 - 46


@pytest.mark.reapi_scenario({"rate_limit": {"requests_per_minute": 2}})
def test_past_the_rate_limit_the_answer_is_429_until_the_minute_passes(reapi, client):
    assert client.submit(model="z-image", prompt="one").status == 200
    assert client.submit(model="z-image", prompt="two").status == 200
    limited = client.submit(model="z-image", prompt="three")
    assert limited.status == 429
    assert limited.error_code == 50001
    assert 1 <= int(limited.headers["Retry-After"]) <= 60

    reapi.advance(60)
    assert client.submit(model="z-image", prompt="three, later").status == 200


def test_a_revoked_key_is_refused(reapi, client):
    reapi.set_account(KEY, revoked=True)
    refused = client.submit(model="z-image", prompt="a red fox")
    assert refused.status == 401 and refused.error_code == 10004


def test_every_test_starts_from_a_clean_emulator(reapi):
    # Earlier tests charged, limited and revoked KEY; this one sees none of it.
    assert reapi.account(KEY) is None
    assert reapi.requests() == []
    assert reapi.tasks() == []
    # No scenario: none was ever loaded (null), or a marker's was taken back (empty text).
    assert reapi.scenario()["text"] in (None, "")
