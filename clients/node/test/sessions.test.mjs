// Sessions: emu.session() and connectSession(), each with its own state, closed by close() or dispose.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { EmulatorError, URL_VARIABLE, connectSession, startEmulator } from "reapi-emulator";
import { binary, submit } from "./helpers.mjs";

let emu;
before(async () => { emu = await startEmulator({ binary }); });
after(() => emu.stop());

test("two sessions keep their own accounts, clocks and tasks", async () => {
  const one = await emu.session({ name: "one" });
  const two = await emu.session({ name: "two", scenario: "default_credits: 3" });
  try {
    assert.match(one.id, /^ses_[0-9a-f]{24}$/);
    assert.equal(one.baseUrl, `${emu.baseUrl}/sessions/${one.id}`);
    assert.equal((await submit(one.baseUrl)).status, 200);
    assert.equal((await submit(two.baseUrl)).status, 402);
    const before = (await two.clock()).now_ms;
    await one.advance(3600);
    assert.equal((await two.clock()).now_ms, before);
    assert.equal((await one.tasks()).length, 1);
    assert.deepEqual(await two.tasks(), []);
    assert.deepEqual(await emu.tasks(), []);
  } finally {
    await one.close();
    await two[Symbol.asyncDispose]();
  }
  assert.equal(one.closed, true);
  assert.equal((await fetch(`${one.baseUrl}/_emulator/clock`)).status, 404);
  await one.close(); // twice does nothing
});

test("connectSession opens a session of the emulator named by $REAPI_EMULATOR_URL", async () => {
  process.env[URL_VARIABLE] = emu.baseUrl;
  try {
    const session = await connectSession({ clock: "real", seed: 3 });
    assert.equal(session.rootUrl, emu.baseUrl);
    assert.equal((await session.clock()).mode, "real");
    await session.close();
  } finally {
    delete process.env[URL_VARIABLE];
  }
  await assert.rejects(connectSession(), (error) => error instanceof EmulatorError && error.message.includes(URL_VARIABLE));
  const named = await connectSession({ url: emu.baseUrl, name: "explicit" });
  const listed = await (await fetch(`${emu.baseUrl}/_emulator/sessions`)).json();
  assert.deepEqual(listed.sessions.map((s) => s.name), ["explicit"]);
  await named.close();
});
