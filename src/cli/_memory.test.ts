import { describe, expect, it } from "vitest";
import { collectGarbage } from "./_memory";

describe("collectGarbage (the CLI's full collection on demand)", () => {
  it("frees a large buffer nothing references any more, and leaves no global gc behind", () => {
    const before = process.memoryUsage().arrayBuffers;
    let big: Float64Array | null = new Float64Array(8 << 20); // 64 MB
    big[0] = 1;
    expect(process.memoryUsage().arrayBuffers - before).toBeGreaterThanOrEqual(64 << 20);
    big = null;
    collectGarbage();
    // freed at once by the full collection (without it, V8 frees it at some later collection)
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 << 20);
    expect(big).toBeNull();
    // the flag was set only while the function was fetched: no global gc appears
    if (!process.execArgv.includes("--expose-gc")) expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    // a second call reuses the function it got
    expect(() => collectGarbage()).not.toThrow();
  });
});
