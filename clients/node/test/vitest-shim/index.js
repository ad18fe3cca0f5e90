// Vitest's test, beforeAll, afterAll and expect(…).toBe/toEqual on top of node:test and node:assert.
import assert from "node:assert/strict";
import { after, before, test as nodeTest } from "node:test";

export const test = (name, fn) => nodeTest(name, () => fn());
export const beforeAll = (fn) => before(() => fn());
export const afterAll = (fn) => after(() => fn());
export const expect = (actual) => ({
  toBe: (expected) => assert.strictEqual(actual, expected),
  toEqual: (expected) => assert.deepStrictEqual(actual, expected),
});
