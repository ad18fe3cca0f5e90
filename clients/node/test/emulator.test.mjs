// startEmulator against the built binary: start, the control calls, stop, failures to start.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ControlError, StartError, startEmulator } from "reapi-emulator";
import { binary, call, submit } from "./helpers.mjs";

test("starts on a free port, drives a task through the virtual clock and serves its image", async () => {
  const emu = await startEmulator({ binary, seed: 7 });
  try {
    assert.match(emu.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepEqual(emu.command.slice(1, 4), ["serve", "--port", "0"]);
    assert.equal((await emu.health()).status, "ok");
    assert.equal((await emu.clock()).mode, "virtual");

    const accepted = await submit(emu.baseUrl);
    assert.equal(accepted.status, 200);
    assert.equal(accepted.body.status, "processing");
    const advanced = await emu.advance(60);
    assert.equal(advanced.advanced_ms, 60_000);
    assert.deepEqual(advanced.changes.map((c) => [c.task_id, c.event]), [[accepted.body.id, "completed"]]);

    const polled = await call(emu.baseUrl, `/api/v1/tasks/${accepted.body.id}`);
    assert.equal(polled.body.status, "completed");
    const image = await fetch(polled.body.output.image_urls[0]);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get("content-type"), "image/jpeg");
    assert.deepEqual([...new Uint8Array(await image.arrayBuffer()).subarray(0, 3)], [0xff, 0xd8, 0xff]);

    assert.equal((await emu.account("rk_test_1")).credits, 1_000_000 - 5);
    assert.equal(await emu.account("rk_test_nobody"), null);
    const [task] = await emu.tasks();
    assert.equal(task.id, accepted.body.id);
    assert.deepEqual((await emu.task(task.id)).image_urls, polled.body.output.image_urls);
    const journal = await emu.requests({ path: "/api/v1/" });
    assert.deepEqual(journal.map((r) => [r.method, r.status]), [["POST", 200], ["GET", 200]]);
    assert.equal((await emu.requests({ status: 200, limit: 1 }))[0].path, "/media/tasks/" + task.id.slice(5) + "/0.jpg");
    assert.equal(await emu.clearRequests(), 3);

    const report = await emu.report();
    assert.equal(report.coverage.models[0].model, "z-image");
    assert.ok(report.coverage.models[0].exercised.includes("media:served"));
    assert.match(await emu.report({ format: "markdown" }), /z-image/);

    assert.equal((await emu.reset()).status, "reset");
    assert.deepEqual(await emu.tasks(), []);
  } finally {
    assert.equal(await emu.stop(), 0);
  }
  assert.equal(emu.running, false);
});

test("setAccount sets a balance and revokes a key; the provider answers 402 and 401", async () => {
  const emu = await startEmulator({ binary });
  try {
    assert.equal((await emu.setAccount("rk_test_1", { credits: 0 })).credits, 0);
    const broke = await submit(emu.baseUrl);
    assert.equal(broke.status, 402);
    assert.equal(broke.body.error.request_id, broke.headers.get("x-request-id"));
    assert.equal((await emu.setAccount("rk_test_1", { revoked: true })).revoked, true);
    assert.equal((await submit(emu.baseUrl)).status, 401);
  } finally {
    await emu.stop();
  }
});

test("a scenario as text, as an object, as a path; an invalid one is a ControlError 400", async (t) => {
  const emu = await startEmulator({ binary, scenario: { name: "from-object", default_credits: 7 } });
  t.after(() => emu.stop());
  assert.equal((await emu.scenario()).name, "from-object");
  assert.equal((await submit(emu.baseUrl)).status, 200);
  assert.equal((await submit(emu.baseUrl)).status, 402); // 7 credits: one z-image at 5, then 2 left
  await emu.loadScenario("name: rate\nrate_limit: {requests_per_minute: 1}\n");
  assert.equal((await emu.scenario()).name, "rate");
  assert.equal((await submit(emu.baseUrl)).status, 200);
  const limited = await submit(emu.baseUrl);
  assert.equal(limited.status, 429);
  assert.ok(Number(limited.headers.get("retry-after")) > 0);
  await emu.loadScenario(new URL("../../../scenarios/fast.yaml", import.meta.url));
  assert.equal((await emu.scenario()).name, "fast");
  await assert.rejects(emu.loadScenario("rules: [{fail: {code: 12345}}]"),
    (error) => error instanceof ControlError && error.status === 400 && /rules\[0\]/.test(error.body));
});

test("a refused start rejects with StartError carrying the emulator's stderr line", async () => {
  await assert.rejects(startEmulator({ binary, args: ["--threads", "many"] }), (error) => {
    assert.ok(error instanceof StartError);
    assert.notEqual(error.exitCode, 0);
    const last = error.stderr.trim().split("\n").pop();
    assert.match(last, /threads/);
    assert.ok(error.message.endsWith(`stderr: ${last}`), error.message);
    return true;
  });
});

test("an executable that prints something else than the ready line is a StartError", async () => {
  await assert.rejects(startEmulator({ binary: "/bin/echo" }), (error) =>
    error instanceof StartError && /instead of its ready line/.test(error.message));
});

test("Symbol.asyncDispose stops the emulator (what `await using` calls)", async () => {
  const emu = await startEmulator({ binary });
  assert.equal(typeof Symbol.asyncDispose, "symbol");
  await emu[Symbol.asyncDispose]();
  assert.equal(emu.running, false);
});

test("the apiinone dialect answers in API in One's envelope", async () => {
  const emu = await startEmulator({ binary, provider: "apiinone" });
  try {
    assert.equal((await emu.health()).provider, "apiinone");
    const accepted = await submit(emu.baseUrl, { model: "imagen4", prompt: "a red fox" }, "aio_test_1");
    assert.equal(accepted.body.data.status, "IN_PROGRESS");
    await emu.advance(60);
    const polled = await call(emu.baseUrl, `/api/v1/tasks/${accepted.body.data.task_id}`, { key: "aio_test_1" });
    assert.equal(polled.body.data.status, "completed");
    assert.equal(polled.body.data.output.image_urls.length, 1);
  } finally {
    await emu.stop();
  }
});
