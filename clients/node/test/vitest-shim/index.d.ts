// The signatures of Vitest's own for the calls index.js provides.
export declare function test(name: string, fn: () => unknown): void;
export declare function beforeAll(fn: () => unknown): void;
export declare function afterAll(fn: () => unknown): void;
export declare function expect<T>(actual: T): { toBe(expected: T): void; toEqual(expected: unknown): void };
