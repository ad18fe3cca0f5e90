// Stands in for `vitest run` in the scratch project: the package's Vitest globalSetup
// (reapi-emulator/vitest) starts one emulator, then node:test runs the given files, each in a
// process of its own, at most `CONCURRENCY` at once (Vitest's workers), then the teardown.
// Prints the binary the package finds, so the caller can check which one it is.
import { run } from "node:test";
import { findBinary } from "reapi-emulator";
import setup from "reapi-emulator/vitest";

const files = process.argv.slice(2);
const concurrency = Number(process.env.CONCURRENCY || 1);
const teardown = await setup({ provide() {} });
const health = await (await fetch(`${process.env.REAPI_EMULATOR_URL}/_emulator/health`)).json();
console.log(`binary ${findBinary()}`);
console.log(`emulator ${health.version} for ${files.length} file(s), concurrency ${concurrency}`);

// How many sessions were open at once, sampled: shown (not asserted) as a sign the workers overlapped.
let mostSessions = 0;
const sampler = setInterval(async () => {
  try {
    const listed = await (await fetch(`${process.env.REAPI_EMULATOR_URL}/_emulator/sessions`)).json();
    mostSessions = Math.max(mostSessions, listed.count);
  } catch {
    // the emulator is being stopped
  }
}, 25);

let passed = 0;
let failed = 0;
for await (const { type, data } of run({ files, concurrency })) {
  if (type === "test:pass" && !data.skip && !data.todo) {
    passed += 1;
    console.log(`ok ${data.name} (${Math.round(data.details.duration_ms)} ms)`);
  } else if (type === "test:pass" || type === "test:fail") {
    failed += 1;
    console.log(`not ok ${data.name}${data.skip ? " (skipped)" : ""}: ${data.details?.error?.cause ?? data.details?.error ?? ""}`);
  }
}
clearInterval(sampler);
console.log(`sessions open at once, at most (sampled every 25 ms): ${mostSessions}`);
await teardown();
console.log(`passed ${passed} failed ${failed}`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
